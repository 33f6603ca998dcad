// Golden tests over the fictional offline demo sample (feeds/samples/README.md): the seed dispute.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../../extract/index.ts';
import { extractMainText } from '../../../feeds/page.ts';

const page = (name: string) => {
  const html = readFileSync(fileURLToPath(new URL(`../../../feeds/samples/articles/${name}`, import.meta.url)), 'utf8');
  const main = extractMainText(html);
  return extract({ title: main.title, published: main.published ?? '2026-11-20', text: main.text }, { now: new Date('2026-11-26T00:00:00Z') });
};
const triples = (name: string) => page(name).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('golden: feeds/samples seed case', () => {
  it('Anthropic accuses Alibaba and files a complaint', () => {
    const t = triples('wire-anthropic-alibaba-complaint.html');
    expect(t).toContain('ALLEGATION Anthropic -> Alibaba');
    expect(t).toContain('LEGAL_ACTION Anthropic -> Alibaba');
  });

  it('Alibaba denies Anthropic\'s claims', () => {
    const r = page('alibaba-denies-anthropic-claims.html');
    const d = r.events.find((e) => e.type === 'DENIAL');
    expect(d).toMatchObject({ actor: 'Alibaba', target: 'Anthropic' });
    expect(r.entities.find((e) => e.name === 'Alibaba')?.kind).toBe('company');
    // "It has lodged a complaint with the UK AI Safety Board": against Alibaba, whom Anthropic accused — not against the
    // United Kingdom, which a closing sentence about a summit in London ("how to police copying between models") once
    // gave as the target of an allegation carried over to Anthropic.
    const t = r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(t).toContain('LEGAL_ACTION Anthropic -> Alibaba');
    expect(t).not.toContain('LEGAL_ACTION Anthropic -> United Kingdom');
  });

  it('every sample event is grounded in its page text', () => {
    for (const name of ['wire-anthropic-alibaba-complaint.html', 'alibaba-denies-anthropic-claims.html', 'uk-board-inquiry-alibaba.html',
      'us-entity-list-chinese-ai-chips.html', 'mofcom-spokesperson-remarks-2026-10-21.html']) {
      const html = readFileSync(fileURLToPath(new URL(`../../../feeds/samples/articles/${name}`, import.meta.url)), 'utf8');
      const main = extractMainText(html);
      const r = extract({ title: main.title, published: main.published, text: main.text });
      for (const e of r.events) expect((e.field === 'title' ? main.title ?? '' : main.text).slice(e.start, e.end)).toBe(e.sentence);
    }
  });
});
