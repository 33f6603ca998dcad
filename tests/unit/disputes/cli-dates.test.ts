import { describe, expect, it } from 'vitest';
import { buildDisputesDocument, readArticleLine } from '../../../disputes/cli.ts';
import { testConfig } from '../../helpers/env.ts';

const config = testConfig();

// An article of our own: the suit is told in the present perfect, and dated by a later sentence of the same article.
const line = JSON.stringify({
  id: 'q1',
  title: 'Quillon takes Marrowby to court',
  published: '2025-06-12',
  text: 'Quillon has filed a lawsuit against Marrowby over its crawler.\nA Quillon spokesperson said Quillon filed the complaint against Marrowby on Monday.',
  events: [
    { type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', date: null, sentence: 'Quillon has filed a lawsuit against Marrowby over its crawler.' },
  ],
});

describe('brinkwatch disputes: given events without a date', () => {
  it('are dated from the rest of their article, as the extractor dates its own events', async () => {
    const a = readArticleLine(line, 1);
    if ('error' in a) throw new Error(a.error);
    const doc = (await buildDisputesDocument([a], config)) as { disputes: { timeline: { date: string; type: string }[] }[] };
    const entries = doc.disputes.flatMap((d) => d.timeline).filter((e) => e.type === 'LEGAL_ACTION');
    expect(entries.map((e) => e.date)).toEqual(['2025-06-09']);
  });

  it('keep a date given with them', async () => {
    const given = JSON.parse(line);
    given.events[0].date = '2025-06-02';
    const a = readArticleLine(JSON.stringify(given), 1);
    if ('error' in a) throw new Error(a.error);
    const doc = (await buildDisputesDocument([a], config)) as { disputes: { timeline: { date: string; type: string }[] }[] };
    expect(doc.disputes.flatMap((d) => d.timeline).map((e) => e.date)).toEqual(['2025-06-02']);
  });
});

describe('brinkwatch disputes: one act reported with a month, then with its day', () => {
  it('is one entry on the day, carried through the embedded database between articles', async () => {
    const first = JSON.stringify({
      id: 'q2', title: 'Quillon in court', published: '2025-03-20',
      text: 'Quillon filed a lawsuit against Marrowby earlier this month.',
      events: [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', date: null, sentence: 'Quillon filed a lawsuit against Marrowby earlier this month.' }],
    });
    const second = JSON.stringify({
      id: 'q3', title: 'Marrowby answers', published: '2025-04-02',
      text: 'Quillon sued Marrowby on March 12 over its crawler.',
      events: [{ type: 'LEGAL_ACTION', actor: 'Quillon', target: 'Marrowby', date: null, sentence: 'Quillon sued Marrowby on March 12 over its crawler.' }],
    });
    const articles = [readArticleLine(first, 1), readArticleLine(second, 2)].map((a) => {
      if ('error' in a) throw new Error(a.error);
      return a;
    });
    const doc = (await buildDisputesDocument(articles, config)) as { disputes: { timeline: { date: string; sources: unknown[] }[] }[] };
    expect(doc.disputes.flatMap((d) => d.timeline).map((e) => [e.date, e.sources.length])).toEqual([['2025-03-12', 2]]);
  });
});
