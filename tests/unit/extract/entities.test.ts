import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const entity = (text: string, name: string, title?: string) => extract({ text, title, published: '2026-03-10' }).entities.find((e) => e.name === name);

describe('extract entities', () => {
  it('gives canonical names for cloud divisions, groups and state forms', () => {
    const r = extract({ text: "Alibaba Cloud said on Monday that Alibaba Group would appeal. Washington and the U.S. Commerce Department disagreed.", published: '2026-03-10' });
    const names = r.entities.map((e) => e.name);
    expect(names).toContain('Alibaba');
    expect(names).not.toContain('Alibaba Cloud');
    expect(r.entities.find((e) => e.name === 'Alibaba')?.mentions).toBe(2);
    expect(names).toContain('United States');
    expect(r.entities.find((e) => e.name === 'Department of Commerce')?.kind).toBe('government');
  });

  it('maps models to their owners', () => {
    const e = entity('Developers compared Qwen3 with Claude and Kimi last week.', 'Qwen');
    expect(e).toMatchObject({ kind: 'model', organisation: 'Alibaba' });
    expect(entity('Developers compared Qwen3 with Claude and Kimi last week.', 'Kimi')?.organisation).toBe('Moonshot AI');
  });

  it('places a person in the organisation the text gives', () => {
    expect(entity('Zephyr Labs CEO Maria Okafor told investors the model was safe.', 'Maria Okafor')).toMatchObject({ kind: 'person', organisation: 'Zephyr Labs' });
  });

  it('discovers unknown labs and ministries from organisational cues', () => {
    const r = extract({ text: 'Orion Robotics said the Ministry of Digital Affairs had fined it. Nimbus AI declined to comment.', published: '2026-03-10' });
    const kinds = Object.fromEntries(r.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Orion Robotics']).toBe('company');
    expect(kinds['Ministry of Digital Affairs']).toBe('government');
    expect(kinds['Nimbus AI']).toBe('company');
  });

  it('resolves descriptions to the entity they refer to', () => {
    const r = extract({ text: 'DeepSeek released a new model. Rivals accused the Hangzhou-based start-up of cutting corners. OpenAI said the Chinese company had copied it, and the ChatGPT maker asked Congress to act.', published: '2026-03-10' });
    expect(r.entities.find((e) => e.name === 'DeepSeek')!.mentions).toBeGreaterThanOrEqual(3);
    expect(r.entities.find((e) => e.name === 'OpenAI')!.mentions).toBe(2);
  });

  it('does not read a dateline or an adjective as a state acting', () => {
    const r = extract({ text: 'WASHINGTON, D.C. — Lawmakers met US chip makers on Friday.', published: '2026-03-10' });
    expect(r.entities.map((e) => e.name)).not.toContain('United States');
  });
});

describe('names of a made-up word and a common noun', () => {
  it('"Parvel Trading", "Dunmore Machine": a capitalised common noun after a word the lexicon does not know continues the name', () => {
    const r = extract({ text: 'The Federal Trade Commission sued three online sellers — Parvel Trading, Dunmore Machine, and Quellor Goods — on Monday.', published: '2026-03-10' });
    const names = r.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Parvel Trading', 'Dunmore Machine', 'Quellor Goods']));
    expect(r.events.filter((e) => e.type === 'LEGAL_ACTION').map((e) => e.target).sort()).toEqual(['Dunmore Machine', 'Parvel Trading', 'Quellor Goods']);
  });

  it('a clause of a law ("the Takings Clause") is no party', () => {
    expect(entity('The court said the Takings Clause did not apply to the data.', 'Takings Clause')).toBeUndefined();
  });

  it('a common word after a known word is not swallowed ("Officials Trading" stays no name)', () => {
    expect(entity('Senior Officials Trading shares were questioned.', 'Officials Trading')).toBeUndefined();
  });
});

describe('common words an article uses as names', () => {
  const text = 'The data regulator fined Copper Kettle Labs on Monday. A spokesperson for Copper Kettle said the company would appeal. '
    + 'Copper Kettle has 40 staff in Leeds, and its rival Lantern Works sells a similar tool.';
  it('takes a common word written only capitalised, twice inside sentences, as part of a name', () => {
    const r = extract({ text, published: '2026-03-10' });
    expect(r.entities.map((e) => e.name)).toContain('Copper Kettle');
    // Once is not enough: "Lantern Works" is written once.
    expect(r.entities.map((e) => e.name)).not.toContain('Lantern');
  });
  it('finds the name at the start of a sentence too once the article has shown it is one', () => {
    const r = extract({ text: `The Competition Authority accused Harbour Social of misleading users. Harbour said the claims were baseless. The platform's owner, Harbour Social, will appeal.`, published: '2026-03-10' });
    expect(r.events.some((e) => e.type === 'DENIAL' && e.actor === 'Harbour Social')).toBe(true);
  });
  it('leaves a word the article also writes in lower case, and words before a number', () => {
    const r = extract({ text: 'Under Section 301 the office may act. Officials cited Section 232 as well. The copper price rose; Copper futures fell as Copper traders sold.', published: '2026-03-10' });
    const names = r.entities.map((e) => e.name);
    expect(names).not.toContain('Section');
    expect(names).not.toContain('Copper');
  });
});

describe('states of the whole world', () => {
  it('knows a state our gazetteer does not curate, its demonym, and its capital as a place', () => {
    const r = extract({ text: "Slovakia's data protection office fined Harbour Social on Monday. The platform has offices in Dublin and Lisbon and a Kenyan subsidiary.", published: '2026-03-10' });
    const kinds = Object.fromEntries(r.entities.map((e) => [e.name, e.kind]));
    expect(kinds['Slovakia']).toBe('government');
    expect(kinds['Lisbon']).toBeUndefined();
    expect(kinds['Kenyan']).toBeUndefined();
    expect(r.events.find((e) => e.type === 'RESTRICTION')).toMatchObject({ actor: 'Slovakia', target: 'Harbour Social' });
  });
  it('takes the list\'s common name of a curated state as its alias', () => {
    const r = extract({ text: 'Czechia said on Monday it had banned the app.', published: '2026-03-10' });
    expect(r.entities.map((e) => e.name)).toContain('Czech Republic');
  });
  it('leaves out country names that are also given names', () => {
    const r = extract({ text: 'Jordan Pell, a lawyer for Harbour Social, said the fine was unfair.', published: '2026-03-10' });
    expect(r.entities.find((e) => e.kind === 'government')).toBeUndefined();
  });
});

describe('a company or a person by the short form the article uses', () => {
  it('takes a two-word name before a speech verb as a company when the article names it again by its first word', () => {
    const r = extract({ text: 'Copperfield Mosaic accused Tarlow Systems of copying its model. Copperfield declined to comment further.', published: '2026-03-10' });
    expect(r.entities.find((e) => e.name === 'Copperfield Mosaic')?.kind).toBe('company');
  });
  it('keeps a person named again by surname', () => {
    const r = extract({ text: 'Nadia Orlov said Tarlow Systems had copied the model. Orlov declined to comment further.', published: '2026-03-10' });
    expect(r.entities.find((e) => e.name === 'Nadia Orlov')?.kind).toBe('person');
  });
});

describe('a shared full name followed by a known acronym', () => {
  it('is the body the acronym names', () => {
    const r = extract({ text: 'SEOUL, July 27 (Wire) - The Personal Information Protection Commission (PIPC) said Thursday it had fined Harbour Labs for failing to report a data leak.', published: '2026-03-10' });
    expect(r.events.find((e) => e.type === 'RESTRICTION')).toMatchObject({ actor: 'PIPC', target: 'Harbour Labs' });
  });
  it('leaves a full name alone when the acronym in brackets is its own', () => {
    const r = extract({ text: 'The Federal Trade Commission (FTC) sued Harbour Labs on Monday.', published: '2026-03-10' });
    expect(r.events.find((e) => e.type === 'LEGAL_ACTION')?.actor).toBe('Federal Trade Commission');
  });
});
