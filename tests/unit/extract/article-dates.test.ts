import { describe, expect, it } from 'vitest';
import { dateArticleEvents, type ActReport } from '../../../extract/dates.ts';
import { extract } from '../../../extract/index.ts';

// 2025-06-12 is a Thursday. Every article here is written for these tests; the parties are invented.
const PUB = '2025-06-12';
const date = (text: string, reports: ActReport[], title: string | null = null, published = PUB) =>
  dateArticleEvents({ title, text, published }, reports);

describe('dateArticleEvents: the same act dated elsewhere in the article', () => {
  it('a present perfect with no date takes the date a later sentence gives the same act', () => {
    const text = 'Quillon Labs has filed a lawsuit against Marrowby Data over its crawler.\nA spokesperson said Quillon Labs filed the complaint against Marrowby Data on Monday in Dalmore.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Quillon Labs', target: 'Marrowby Data', sentence: 'Quillon Labs has filed a lawsuit against Marrowby Data over its crawler.' }]);
    expect(d).toMatchObject({ date: '2025-06-09', precision: 'day', explicit: true, background: false });
  });

  it('a sentence that only names the act again ("the Times\' lawsuit") dates another act, not this one', () => {
    const text = 'Quillon has sued Marrowby over its crawler.\nOn Friday, Marrowby said it would fight Quillon\'s lawsuit and the lawyers\' complaint.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', sentence: 'Quillon has sued Marrowby over its crawler.' }]);
    expect(d).toMatchObject({ date: PUB, explicit: false });
  });

  it('another event of the same type and parties lends its date', () => {
    const text = 'Tarvel was fined by the Dalmore authority in March. The authority has fined Tarvel for the breach.';
    const ds = date(text, [
      { type: 'RESTRICTION', actor: 'Dalmore authority', target: 'Tarvel', sentence: 'Tarvel was fined by the Dalmore authority in March.' },
      { type: 'RESTRICTION', actor: 'Dalmore authority', target: 'Tarvel', sentence: 'The authority has fined Tarvel for the breach.' },
    ]);
    expect(ds[1]).toMatchObject({ date: '2025-03-01', precision: 'month', explicit: true });
  });

  it('a sentence that dates an act of another type, or between other parties, lends nothing', () => {
    const text = 'Quillon has sued Marrowby over its crawler. Quillon accused Marrowby of copying on Monday. Ostrel sued Marrowby on Tuesday.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', sentence: 'Quillon has sued Marrowby over its crawler.' }]);
    expect(d).toMatchObject({ date: PUB, explicit: false, background: false });
  });
});

describe('dateArticleEvents: a definite reference back', () => {
  it('an earlier sentence that only names the act again lends the date of its own act, not this one\'s', () => {
    const text = 'On Tuesday, Marrowby said it would appeal Quillon\'s lawsuit. Its lawyers called the lawsuit baseless.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', sentence: 'Its lawyers called the lawsuit baseless.' }]);
    expect(d).toMatchObject({ date: PUB, explicit: false });
  });

  it('"the 2023 lawsuit" and "the suit, filed on March 3," date the act they name', () => {
    const text = 'Marrowby lost its bid to end the suit, filed on March 3, in a Dalmore court. The judge said the suit could go on.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', sentence: 'The judge said the suit could go on.' }]);
    expect(d).toMatchObject({ date: '2025-03-03', explicit: true });
  });

  it('"the lawsuit" takes the date of the earlier sentence that told it, relative dates of the lede included', () => {
    const text = 'Ostrel Systems sued the Dalmore ministry last week over the export rule. The lawsuit asks the court to strike the rule down.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Ostrel Systems', target: 'Dalmore', sentence: 'The lawsuit asks the court to strike the rule down.' }]);
    expect(d).toMatchObject({ date: '2025-06-05', precision: 'day', explicit: true });
  });

  it('an act told before without a date keeps the publication date and is not background', () => {
    const text = 'Ostrel Systems sued the ministry over the export rule. The lawsuit asks the court to strike the rule down.';
    const [d] = date(text, [{ type: 'LEGAL_ACTION', actor: 'Ostrel Systems', target: 'ministry', sentence: 'The lawsuit asks the court to strike the rule down.' }]);
    expect(d).toMatchObject({ date: PUB, explicit: false, background: false });
  });

  it('a possessive act noun the article never tells or dates keeps the publication date (a headline restating it tells nothing)', () => {
    const text = 'The Zemlan trade ministry on Wednesday urged Vareland to withdraw its order concerning the chip maker Kestrix.';
    const [d] = date(text, [{ type: 'RESTRICTION', actor: 'Vareland', target: 'Kestrix', sentence: 'its order concerning the chip maker Kestrix' }],
      'Zemlan urges Vareland to withdraw order on Kestrix');
    expect(d).toMatchObject({ date: PUB, explicit: false, background: false });
  });

  it('a headline gives its date to a definite reference, and a title repeated as the first line is still a headline', () => {
    const title = 'Vareland banned Kestrix routers on Monday';
    const text = `${title}\n\nThe Zemlan ministry urged Vareland to lift the ban on Kestrix, calling it unfair.`;
    const [d] = date(text, [{ type: 'RESTRICTION', actor: 'Vareland', target: 'Kestrix', sentence: 'the ban on Kestrix' }], title);
    expect(d).toMatchObject({ date: '2025-06-09', precision: 'day', explicit: true });
  });

  it('a verb, not a definite noun, is the news of the report: the publication date, not background', () => {
    const text = 'Vareland has ordered Kestrix to halt its exports.';
    const [d] = date(text, [{ type: 'RESTRICTION', actor: 'Vareland', target: 'Kestrix', sentence: text }]);
    expect(d).toMatchObject({ date: PUB, explicit: false, background: false });
  });
});

describe('dateArticleEvents: a list of dated items', () => {
  const text = 'Releases\n\nMarch 3, 2025\n\nThis morning, Senator Ada Vell welcomed the ban on Tarvel routers.\n\nMay 20, 2025\n\nThe committee has sent a letter to the Dalmore regulator.';
  it('a line holding only a date dates the item below it, and "this morning" is read against it', () => {
    const ds = date(text, [
      { type: 'RESTRICTION', actor: 'Vareland', target: 'Tarvel', sentence: 'This morning, Senator Ada Vell welcomed the ban on Tarvel routers.' },
      { type: 'DEMAND', actor: 'committee', target: 'Dalmore regulator', sentence: 'The committee ... has sent a letter to the Dalmore regulator.' },
    ]);
    expect(ds[0]).toMatchObject({ date: '2025-03-03', precision: 'day', explicit: true, background: true });
    expect(ds[1]).toMatchObject({ date: '2025-05-20', precision: 'day', explicit: true, background: false });
  });

  it('a date inside a sentence is no dateline', () => {
    const t = 'The regulator fined Tarvel on March 3, 2025.\nThe regulator has warned Tarvel again.';
    const ds = date(t, [{ type: 'THREAT', actor: 'regulator', target: 'Tarvel', sentence: 'The regulator has warned Tarvel again.' }]);
    expect(ds[0]).toMatchObject({ date: PUB, explicit: false });
  });
});

describe('extract dates its events from the rest of the article', () => {
  it('a headline-style present perfect takes the date the body gives the same suit', () => {
    const ex = extract({
      title: 'Quillon sues Marrowby',
      published: PUB,
      text: 'Quillon has sued Marrowby over its web crawler.\n\nQuillon said it sued Marrowby on Tuesday in a federal court in Dalmore.',
    });
    const suits = ex.events.filter((e) => e.type === 'LEGAL_ACTION' && e.actor === 'Quillon' && e.target === 'Marrowby');
    expect(suits.length).toBeGreaterThan(0);
    for (const e of suits) expect(e).toMatchObject({ date: '2025-06-10', datePrecision: 'day' });
  });
});

describe('dateArticleEvents: a party named elsewhere (the name is looked for by each of its words)', () => {
  const report: ActReport = { type: 'LEGAL_ACTION', actor: 'Quilova Technologies', target: 'Marrowby', sentence: 'Quilova Technologies has sued Marrowby over its crawler.' };
  it('a sentence holding only one word of the name ("Technologies") names another party and lends no date', () => {
    const text = 'Quilova Technologies has sued Marrowby over its crawler.\nDastel Technologies sued Marrowby on Monday, Quilova said.';
    expect(date(text, [report])[0]).toMatchObject({ date: PUB, explicit: false });
  });
  it('the whole name in another case, or with two spaces between its words, still lends its date', () => {
    const text = 'Quilova Technologies has sued Marrowby over its crawler.\nA filing shows that QUILOVA  TECHNOLOGIES sued Marrowby on Monday.';
    expect(date(text, [report])[0]).toMatchObject({ date: '2025-06-09', explicit: true });
  });
  it('a name matched through the long s or the Kelvin sign is still found', () => {
    const text = 'Quilova Technologies has sued Marrowby over its crawler.\nQuilova Technologie\u017f sued Marrowby on Monday, a filing shows.';
    expect(date(text, [report])[0]).toMatchObject({ date: '2025-06-09', explicit: true });
  });
});
