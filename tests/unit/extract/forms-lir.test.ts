// Recall pass on legal steps, inquiries and restrictions (session 6): a court named after its seat with a name several
// states share ("the Delhi High Court") is that court; an order "to immediately stop …" restricts as "to stop …" does.
// Every text is our own; companies and people are invented, courts and agencies are real. Each row: the text and the
// events (type, actor -> target) it must give, and those it must not.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('forms: a generic court name after its seat ("the Lagos High Court") is one court, no company and no other state\'s court', () => {
  const rows: [string, string[], string[]][] = [
    ['The Bombay High Court ruled against Quillon Systems on Tuesday.', ['LEGAL_ACTION Bombay High Court -> Quillon Systems'], []],
    ['The Lagos High Court ruled against Marrowby Labs, finding that it had ignored the regulator.', ['LEGAL_ACTION Lagos High Court -> Marrowby Labs'], []],
    // A capital before it names the court's seat, no state; so does an opener word ("Federal").
    ['The Seoul High Court ruled against Marrowby Labs on Friday.', ['LEGAL_ACTION Seoul High Court -> Marrowby Labs'], ['LEGAL_ACTION South Korea -> Marrowby Labs']],
    // A known name or a demonym before it keeps the gazetteer's court ("Ireland's High Court"; "The" opens a sentence).
    ["Ireland's High Court ruled against Quillon Systems. The High Court ruled against Marrowby Labs in May.",
      ['LEGAL_ACTION High Court -> Quillon Systems', 'LEGAL_ACTION High Court -> Marrowby Labs'], []],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('forms: an order "to immediately/temporarily stop …" is a restriction, not a demand', () => {
  const rows: [string, string[], string[]][] = [
    ['The Federal Trade Commission ordered Quillon Systems to immediately stop selling its tracking collars.',
      ['RESTRICTION Federal Trade Commission -> Quillon Systems'], ['DEMAND Federal Trade Commission -> Quillon Systems']],
    ['The European Commission ordered Marrowby Labs to temporarily halt the processing of users\' data.',
      ['RESTRICTION European Commission -> Marrowby Labs'], ['DEMAND European Commission -> Marrowby Labs']],
    // Other orders stay demands.
    ['The European Commission ordered Marrowby Labs to immediately publish its audit.', ['DEMAND European Commission -> Marrowby Labs'], []],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('names: an opener word ("Federal", "National", a demonym) before subjects coordinated with "and", with adjectives after the "and", and a head is one name', () => {
  const rows: [string, string[], string[]][] = [
    ["Nigeria's Federal Competition and Consumer Protection Commission fined Quillon Systems $220 million on Tuesday.",
      ['RESTRICTION Federal Competition and Consumer Protection Commission -> Quillon Systems'], ['RESTRICTION Competition and Consumer Protection Commission -> Quillon Systems']],
    ['The National Energy and Water Commission opened an investigation into Marrowby Labs.',
      ['INVESTIGATION National Energy and Water Commission -> Marrowby Labs'], []],
    // After the "and", adjectives may qualify the last subject before the head.
    ['The Saudi Data and Artificial Intelligence Authority opened an investigation into Marrowby Labs.',
      ['INVESTIGATION Saudi Data and Artificial Intelligence Authority -> Marrowby Labs'], ['INVESTIGATION Artificial Intelligence Authority -> Marrowby Labs']],
    ['The Energy and Water Regulatory Authority fined Quillon Systems on Monday.',
      ['RESTRICTION Energy and Water Regulatory Authority -> Quillon Systems'], ['RESTRICTION Water Regulatory Authority -> Quillon Systems']],
    // Names in a list stay apart: a known name after "and" is no qualifier.
    ['The Federal Trade Commission fined Quillon Systems and Marrowby Labs.',
      ['RESTRICTION Federal Trade Commission -> Quillon Systems', 'RESTRICTION Federal Trade Commission -> Marrowby Labs'], []],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('names: more heads of public bodies (Service, Directorate, Procuratorate, Secretariat, Police, Inspectorate, Superintendence)', () => {
  const rows: [string, string[], string[]][] = [
    ["Chile's National Consumer Service (Sernac) sued Quillon Systems on Monday.", ['LEGAL_ACTION National Consumer Service -> Quillon Systems'], ['LEGAL_ACTION Chile -> Quillon Systems']],
    ['The Superintendence of Industry and Commerce fined Marrowby Labs for misleading buyers.', ['RESTRICTION Superintendence of Industry and Commerce -> Marrowby Labs'], []],
    ['The National Cyber Directorate opened an investigation into Quillon Systems.', ['INVESTIGATION National Cyber Directorate -> Quillon Systems'], []],
    // A lower-case "service" is no name.
    ['Quillon Systems said its customer service was not affected.', [], ['RESTRICTION Quillon Systems -> null']],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('names: a possessive inside a public body\'s name ("Prosecutor\'s Office", "People\'s Procuratorate"), also after a capital', () => {
  const rows: [string, string[], string[]][] = [
    ["The Izmir Chief Public Prosecutor's Office opened an investigation into Quillon Systems on Monday.",
      ["INVESTIGATION Izmir Chief Public Prosecutor's Office -> Quillon Systems"], []],
    ["The Izmir Chief Public Prosecutor's Office opened an investigation into Marrowby Labs.",
      ["INVESTIGATION Izmir Chief Public Prosecutor's Office -> Marrowby Labs"], ['INVESTIGATION Turkey -> Marrowby Labs']],
    ["The Prosecutor General's Office charged Tom Reyes, a former engineer at Marrowby Labs, with espionage.",
      ["LEGAL_ACTION Prosecutor General's Office -> Tom Reyes"], []],
    // A company's possessive opens no name of a body.
    ["Marrowby Labs' Chief Executive Tom Reyes said Quillon Systems had copied its code.",
      [], ["ALLEGATION Marrowby Labs' Chief Executive Tom Reyes -> Quillon Systems", "ALLEGATION Labs' Chief Executive -> Quillon Systems"]],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});

describe('names: a list of subjects inside a public body\'s "of"-phrase ("Ministry of Digital Development, Innovation and Aerospace Industry") is one name', () => {
  const rows: [string, string[], string[]][] = [
    ['The Ministry of Digital Development, Innovation and Aerospace Industry blocked Quillon Systems on Friday.',
      ['RESTRICTION Ministry of Digital Development, Innovation and Aerospace Industry -> Quillon Systems'], ['RESTRICTION Innovation -> Quillon Systems', 'RESTRICTION Aerospace Industry -> Quillon Systems']],
    ['The Ministry of Communications, Innovation and Digital Economy opened an investigation into Marrowby Labs.',
      ['INVESTIGATION Ministry of Communications, Innovation and Digital Economy -> Marrowby Labs'], []],
    // A list of parties after a body's name stays a list: a known name after "and" ends it.
    ['The Ministry of Commerce, Quillon Systems and Marrowby Labs met on Monday. The Ministry of Commerce fined Quillon Systems.',
      ['RESTRICTION Ministry of Commerce -> Quillon Systems'], []],
  ];
  it.each(rows)('%s', (text, want, not) => {
    const got = run(text);
    for (const w of want) expect(got).toContain(w);
    for (const w of not) expect(got).not.toContain(w);
  });
});
