/**
 * Dating an act by the form of the text that tells it (issue 18 §3): the act's own noun phrase or relative clause,
 * a year used as an adjective, and a definite reference to the act further on. Given events (`brinkwatch disputes`)
 * come without their trigger: the act word of their type in their sentence stands for it. Sentences and parties are
 * our own fiction; 2026-05-20 is a Wednesday.
 */
import { describe, expect, it } from 'vitest';
import { dateArticleEvents, dateEvent, type ActReport } from '../../../extract/dates.ts';

const PUB = '2026-05-20';
const date = (text: string, reports: ActReport[]) => dateArticleEvents({ title: null, text, published: PUB }, reports);
const suit = (sentence: string, actor = 'Corvane AI', target = 'Pellucid Systems'): ActReport => ({ type: 'LEGAL_ACTION', actor, target, sentence });

describe('the act dated in its own noun phrase or clause', () => {
  it('an apposition after the act noun ("the suit, filed in March 2024, ...")', () => {
    expect(dateEvent('The suit, filed in March 2024, accuses Pellucid Systems of copying code.', PUB)).toMatchObject({ date: '2024-03-01', precision: 'month', background: true });
  });

  it('a year as an adjective, after an article or a possessive ("the 2023 complaint", "Corvane\'s 2023 complaint")', () => {
    expect(dateEvent('The 2023 complaint accused Pellucid Systems of copying code.', PUB)).toMatchObject({ date: '2023-01-01', precision: 'year' });
    expect(dateEvent("Corvane AI's 2023 complaint accused Pellucid Systems of copying code.", PUB)).toMatchObject({ date: '2023-01-01', precision: 'year' });
    expect(dateEvent('Tessaract\u2019s 2022 ban on the chips still stands.', PUB)).toMatchObject({ date: '2022-01-01', precision: 'year' });
    // A possessive before a number that is no year is no date.
    expect(dateEvent("Corvane AI's 300 engineers signed the letter.", PUB)).toMatchObject({ explicit: false });
  });

  it('a given event in a relative clause takes that clause\'s date, not the main clause\'s ("which Corvane AI sued last year")', () => {
    const text = 'Pellucid Systems, which Corvane AI sued last year, denied the new claims on Tuesday.';
    const [sued, denied] = date(text, [suit(text), { type: 'DENIAL', actor: 'Pellucid Systems', target: 'Corvane AI', sentence: text }]);
    expect(sued).toMatchObject({ date: '2025-01-01', precision: 'year', background: true });
    expect(denied).toMatchObject({ date: '2026-05-19', precision: 'day', background: false });
  });

  it('the subject of the relative clause is its antecedent ("Corvane AI, which sued Pellucid Systems last year, ...")', () => {
    const text = 'Corvane AI, which sued Pellucid Systems last year, said on Tuesday it had hired new lawyers.';
    expect(date(text, [suit(text)])[0]).toMatchObject({ date: '2025-01-01', precision: 'year' });
  });

  it('a given appeal is not background because the ruling it appeals is told in the pluperfect', () => {
    const text = 'Pellucid Systems has lodged an appeal against a ruling that found it had copied code from Corvane AI.';
    expect(date(text, [suit(text, 'Pellucid Systems', 'Corvane AI')])[0]).toMatchObject({ date: PUB, background: false });
  });
});

describe('a date given further on for the same act', () => {
  it('a definite reference in a later sentence dates the act ("The lawsuit, filed on 4 May, ...")', () => {
    const first = 'Corvane AI has sued Pellucid Systems over its training data.';
    const text = `${first} The lawsuit, filed on 4 May in Veldoria, seeks damages. Pellucid Systems has not commented.`;
    expect(date(text, [suit(first)])[0]).toMatchObject({ date: '2026-05-04', precision: 'day', explicit: true, background: false });
  });

  it('a reporting verb\'s date in the later sentence is the report\'s, not the act\'s', () => {
    const first = 'Corvane AI has sued Pellucid Systems over its training data.';
    const text = `${first} The lawsuit has merit, a Veldoria lawyer said on Monday.`;
    expect(date(text, [suit(first)])[0]).toMatchObject({ date: PUB, explicit: false });
  });

  it('an indefinite act noun further on is another act, and so is one after another act of the type', () => {
    const first = 'Corvane AI has sued Pellucid Systems over its training data.';
    const other = 'Tessaract sued Pellucid Systems too.';
    expect(date(`${first} A lawsuit filed on 4 May by a union is pending.`, [suit(first)])[0]).toMatchObject({ date: PUB, explicit: false });
    const ds = date(`${first} ${other} The lawsuit, filed on 4 May, names two engineers.`, [suit(first), suit(other, 'Tessaract')]);
    expect(ds[0]).toMatchObject({ date: PUB, explicit: false });
  });

  it('a definite noun set apart by a modifier ("its ongoing probe"), or a verb after a definite subject, is another act', () => {
    const probe = 'The Veldoria Competition Office has opened a new investigation into Tessaract.';
    const older = `${probe} It also widened its ongoing investigation opened in March 2024 into the company's pricing.`;
    const inv: ActReport = { type: 'INVESTIGATION', actor: 'Veldoria Competition Office', target: 'Tessaract', sentence: probe };
    expect(date(older, [inv])[0]).toMatchObject({ date: PUB, explicit: false });
    const first = 'Corvane AI agreed to pay authors to end a class action lawsuit.';
    const text = `${first} The authors first sued in 2024, and the publishers sued in 2025.`;
    expect(date(text, [suit(first, 'authors', 'Corvane AI')])[0]).toMatchObject({ date: PUB, explicit: false });
  });

  it('a definite noun of another kind of step of the same type ("the lawsuit" after a ruling) does not date it', () => {
    const ruling = 'A Veldoria judge ruled against Pellucid Systems on its fair-use defence.';
    const text = `${ruling} The lawsuit, filed by Corvane AI in 2023, will now go to trial.`;
    const r: ActReport = { type: 'LEGAL_ACTION', actor: 'Veldoria judge', target: 'Pellucid Systems', sentence: ruling };
    expect(date(text, [r])[0]).toMatchObject({ date: PUB, explicit: false });
  });
});

describe('the text\'s own date above the act (a release or a news dateline), when the feed dates it later', () => {
  const probe = 'The Veldoria Trade Commission today announced an investigation into Tessaract.';
  const inv = (sentence = probe): ActReport => ({ type: 'INVESTIGATION', actor: 'Veldoria Trade Commission', target: 'Tessaract', sentence });
  const at = (text: string, published: string, r = inv()) => dateArticleEvents({ title: null, text, published }, [r])[0];

  it('a date after a short label, or beside its source past a separator', () => {
    expect(at(`For Immediate Release: September 25, 2024\n${probe}`, '2024-10-01')).toMatchObject({ date: '2024-09-25', explicit: true });
    expect(at(`September 25, 2024 | Veldoria Trade Commission\n${probe}`, '2024-10-01')).toMatchObject({ date: '2024-09-25', explicit: true });
    // A breadcrumb trail is no date line of the text.
    expect(at(`Home | News | Releases | September 25, 2024\n${probe}`, '2024-10-01')).toMatchObject({ date: '2024-10-01' });
  });

  it('a dateline opening the lede, with or without a year, dates it and the paragraphs below', () => {
    expect(at(`DALMORE, Sept. 25, 2024 — ${probe}`, '2024-10-01')).toMatchObject({ date: '2024-09-25', explicit: true });
    const opened = 'The ministry opened an investigation into Tessaract.';
    const text = `DALMORE, Dec. 22 (Wire) -- A Veldoria ministry spokesperson spoke to reporters.\n${opened}`;
    expect(at(text, '2025-12-28', inv(opened))).toMatchObject({ date: '2025-12-22', explicit: true, background: false });
    // A dateline's weekday words are read against it: "on Monday" below a Monday dateline is that Monday.
    const monday = 'The ministry on Monday said it would open an investigation into Tessaract.';
    expect(at(`DALMORE, Dec. 22 (Wire) -- ${monday}`, '2025-12-28', inv(monday))).toMatchObject({ date: '2025-12-22' });
  });

  it('a sentence that merely starts with a capitalised word and a date is no dateline', () => {
    const text = `In Veldoria, March 3 was the deadline.\n${probe}`;
    expect(at(text, '2024-10-01')).toMatchObject({ date: '2024-10-01' });
  });
});

