/**
 * One placement, two paths: `brinkwatch disputes` (all articles stored, then placed one by one in order of
 * publication on its own throw-away database, disputes/cli.ts) and the workers as they run (each article fetched,
 * extracted and placed as it arrives) must group the same articles alike: the same events in each dispute, the
 * same parties in the same roles. Both store with extract-article's storeExtraction and place with update-disputes;
 * the second test holds the database round trip of the open disputes to placement's memory (placeEvents, as one
 * batch holds them). The texts are our own fiction.
 */
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { DbHandle } from '../../../db/client.ts';
import { insertArticleStubs, storeArticleText } from '../../../db/queries/articles.ts';
import { upsertSources } from '../../../db/queries/sources.ts';
import { buildDisputesDocument, readArticleLine } from '../../../disputes/cli.ts';
import { placementEventOf } from '../../../disputes/event.ts';
import { placeEvents, unitsOfEvent, type DisputeRecord, type PlacementEvent } from '../../../disputes/placement.ts';
import { extractArticle } from '../../../workers/extract-article.ts';
import { readOpenDisputes, updateDisputes } from '../../../workers/update-disputes.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';
import { seedArticles, type SeedArticle } from '../../helpers/seed.ts';

const ARTICLES = [
  { id: 'k1', published: '2026-03-02', title: 'Corvane AI accuses Pellucid Systems of stealing trade secrets',
    text: 'Corvane AI accused Pellucid Systems of stealing trade secrets on Monday. The trade secrets complaint says former engineers took source code. Corvane AI said the theft of trade secrets cost it two years of work.' },
  // The sentence with the denial names no issue: the article's opening does, and both paths must read it.
  { id: 'k2', published: '2026-03-04', title: 'Pellucid Systems rejects trade secrets claims',
    text: 'Pellucid Systems rejected the trade secrets claims. Pellucid Systems denied the accusations by Corvane AI on Wednesday. Lawyers expect a long fight over trade secrets.' },
  { id: 'k3', published: '2026-03-20', title: 'Corvane AI sues Pellucid Systems',
    text: 'Corvane AI sued Pellucid Systems in federal court on Friday over trade secrets. Pellucid Systems denied wrongdoing.' },
  { id: 'k4', published: '2026-04-10', title: 'Commerce ministry hits back at chip curbs',
    text: "The United States added Hanlow Semiconductor to the Entity List on Thursday, restricting exports of AI chips. China's Ministry of Commerce condemned the decision on Friday and said it would take countermeasures against the United States. A ministry spokesperson said the move hurt Chinese companies." },
  // A suit whose sentence names no issue, in a piece mostly about another one: the article's opening also names
  // the issue of the open dispute between the two, so the suit joins it (the pair rule), on both paths.
  { id: 'k6', published: '2026-05-04', title: 'Vellum Labs accuses Quorin of privacy breaches',
    text: 'Vellum Labs accused Quorin of violating the privacy of its users on Monday.' },
  { id: 'k7', published: '2026-05-20', title: 'Antitrust pressure mounts on Quorin',
    text: 'Antitrust enforcers are weighing a monopoly case against Quorin, and privacy advocates have joined the antitrust complaints. Vellum Labs sued Quorin on Tuesday.' },
  { id: 'k5', published: '2026-04-16', title: 'Beijing files complaint',
    text: 'China filed a complaint against the United States at the World Trade Organization over the chip export controls on Tuesday.' },
];

let handle: DbHandle | undefined;
afterEach(async () => {
  await handle?.close();
  handle = undefined;
});

type Grouping = { events: string[]; parties: string[] }[];
const canon = (g: Grouping) => g.map((d) => ({ events: [...d.events].sort(), parties: [...d.parties].sort() })).sort((a, b) => (a.events[0]! < b.events[0]! ? -1 : 1));

describe('placement through the CLI and through the workers', () => {
  it('groups the same articles into the same disputes with the same parties and roles', async () => {
    const config = testConfig();
    // The CLI's path: extracted and placed on its own embedded database.
    const read = ARTICLES.map((a, i) => readArticleLine(JSON.stringify(a), i + 1));
    const cliArticles = read.map((r) => {
      if ('error' in r) throw new Error(r.error);
      return r;
    });
    handle = await freshPglite();
    const ctx = testCtx(config, handle, () => new Date('2026-04-20T12:00:00Z'));
    const doc = (await buildDisputesDocument(cliArticles, config, ctx.ladder)) as { disputes: { parties: { name: string; role: string }[]; timeline: { sources: { article: string; type: string; actor: string; target: string | null }[] }[] }[] };
    const cli: Grouping = doc.disputes.map((d) => ({
      events: d.timeline.flatMap((e) => e.sources.map((s) => `${s.article}|${s.type}|${s.actor}|${s.target}`)),
      parties: d.parties.map((p) => `${p.name}:${p.role}`),
    }));

    // The workers' path: stored, extracted, placed one article at a time (as they arrive), read back.
    await upsertSources(handle.db, [{ id: 'wire', name: 'Outlet wire', kind: 'news', url: 'http://127.0.0.1/wire.rss', format: 'rss', pollIntervalMinutes: 60 }]);
    const keyOf = new Map<number, string>();
    for (const a of ARTICLES) {
      const url = `http://127.0.0.1/${a.id}`;
      const { articleIds: [id] } = await insertArticleStubs(handle.db, [{
        canonicalUrl: url, url, sourceId: 'wire', entryKey: `link:${url}`, title: a.title, summary: null, feedContent: null,
        publishedAt: new Date(`${a.published}T12:00:00Z`),
      }]);
      await storeArticleText(handle.db, id!, { text: a.text, byline: null, contentHash: a.id, fingerprint: null, fetchStatus: 'fetched', fetchError: null, fetchedAt: new Date(`${a.published}T13:00:00Z`) });
      keyOf.set(id!, a.id);
      await extractArticle(ctx, { articleId: id! });
      await updateDisputes(ctx, { articleId: id! });
    }
    const rows = ((await handle.db.execute(sql`
      select t.dispute_id as d, e.article_id as article, e.type, a.name as actor, b.name as target
      from events e join timeline_entries t on t.id = e.timeline_entry_id
      join entities a on a.id = e.actor_id left join entities b on b.id = e.target_id`)) as unknown as { rows: { d: number; article: number; type: string; actor: string; target: string | null }[] }).rows;
    const parties = ((await handle.db.execute(sql`
      select dp.dispute_id as d, e.name, dp.role from dispute_parties dp join entities e on e.id = dp.entity_id
      join disputes x on x.id = dp.dispute_id where x.merged_into is null and x.event_count > 0`)) as unknown as { rows: { d: number; name: string; role: string }[] }).rows;
    const byDispute = new Map<number, Grouping[number]>();
    for (const r of rows) {
      const g = byDispute.get(Number(r.d)) ?? { events: [], parties: parties.filter((p) => Number(p.d) === Number(r.d)).map((p) => `${p.name}:${p.role}`) };
      g.events.push(`${keyOf.get(Number(r.article))}|${r.type}|${r.actor}|${r.target}`);
      byDispute.set(Number(r.d), g);
    }
    const worker: Grouping = [...byDispute.values()];

    expect(cli.length).toBeGreaterThanOrEqual(2);
    expect(cli.flatMap((d) => d.events).length).toBeGreaterThanOrEqual(5);
    expect(canon(worker)).toEqual(canon(cli));
  }, 60_000);

  it('reads the open disputes back from the database as placement holds them in memory', async () => {
    const ip = 'distillation / IP theft';
    const articles: SeedArticle[] = [
      { url: 'http://127.0.0.1/r1', title: 'r1', published: '2026-05-10', events: [
        { type: 'ALLEGATION', actor: 'Vellum Labs', target: 'Quorin', date: '2026-05-10', confidence: 0.6, issue: ip, sentence: 'Vellum Labs accused Quorin of copying its model weights.' },
      ] },
      // The same allegation told again, dated earlier and with more confidence: the entry's headline sentence
      // becomes this one, its placement sentence stays the first report's, its date moves earlier.
      { url: 'http://127.0.0.1/r2', title: 'r2', published: '2026-05-12', events: [
        { type: 'ALLEGATION', actor: 'Vellum Labs', target: 'Quorin', date: '2026-05-08', confidence: 0.95, issue: ip, sentence: 'On Friday Vellum Labs said Quorin had copied its model.' },
        { type: 'DENIAL', actor: 'Quorin', target: 'Vellum Labs', date: '2026-05-12', confidence: 0.9, issue: ip, sentence: 'Quorin rejected the claims by Vellum Labs.' },
      ] },
      // One act against two companies, reported twice.
      { url: 'http://127.0.0.1/r3', title: 'r3', published: '2026-06-02', events: [
        { type: 'RESTRICTION', actor: 'United States', target: 'Hanlow Semiconductor', date: '2026-06-01', issue: 'export controls', sentence: 'The United States added Hanlow Semiconductor and Tarvix to its entity list.' },
        { type: 'RESTRICTION', actor: 'United States', target: 'Tarvix', date: '2026-06-01', issue: 'export controls', sentence: 'The United States added Hanlow Semiconductor and Tarvix to its entity list.' },
      ] },
      { url: 'http://127.0.0.1/r4', title: 'r4', published: '2026-06-04', events: [
        { type: 'RESTRICTION', actor: 'United States', target: 'Tarvix', date: '2026-06-03', confidence: 0.9, issue: 'export controls', sentence: 'Washington put Tarvix on its entity list this week.' },
        { type: 'LEGAL_ACTION', actor: 'Vellum Labs', target: 'Quorin', date: '2026-06-04', issue: ip, sentence: 'Vellum Labs sued Quorin over the copied model.' },
      ] },
    ];
    handle = await freshPglite();
    const ctx = testCtx(testConfig(), handle, () => new Date('2026-06-10T12:00:00Z'));
    await seedArticles(ctx, handle, articles);

    // In memory, article by article, as `brinkwatch disputes` places them.
    const kind = (n: string) => (n === 'United States' ? 'government' : 'company');
    let state: DisputeRecord[] = [];
    let k = 0;
    const all: PlacementEvent[] = [];
    for (const [i, a] of articles.entries()) {
      const text = a.events.map((e) => e.sentence).join(' ');
      const events = a.events.map((e, j) =>
        placementEventOf(`${i}#${j}`, { id: String(i), published: a.published, text }, {
          type: e.type, actor: e.actor, actorKind: kind(e.actor), target: e.target, targetKind: e.target ? kind(e.target) : null,
          date: e.date, precision: null, background: false, sentence: e.sentence, issue: e.issue,
        }),
      );
      all.push(...events);
      const out = placeEvents(state, events, { newDisputeId: () => `d${++k}`, newEntryId: () => `e${++k}` });
      const gone = new Set(out.merges.map((m) => m.from));
      const changed = new Map(out.disputes.map((d) => [d.id, d]));
      state = state.filter((d) => !gone.has(d.id)).map((d) => changed.get(d.id) ?? d);
      for (const d of out.disputes) if (!state.some((x) => x.id === d.id)) state.push(d);
    }

    const units = [...new Set(all.flatMap((e) => unitsOfEvent(e)))];
    const { open } = await handle.db.transaction((tx) => readOpenDisputes(tx, units, { from: '2020-01-01', to: '2030-01-01' }));
    const view = (ds: DisputeRecord[]) =>
      ds
        .map((d) => ({
          issue: d.issue,
          issues: d.issues,
          parties: d.parties.map((p) => ({ name: p.name, kind: p.kind, unit: p.unit, role: p.role, roles: p.roles })).sort((x, y) => (x.name < y.name ? -1 : 1)),
          entries: d.entries.map((e) => ({ type: e.type, actor: e.actor, actorUnit: e.actorUnit, targets: [...e.targets].sort(), targetUnits: [...e.targetUnits].sort(), date: e.date, undated: e.undated, sentence: e.sentence })),
        }))
        .sort((x, y) => (x.entries[0]!.sentence < y.entries[0]!.sentence ? -1 : 1));
    expect(state.length).toBe(2);
    expect(view(open)).toEqual(view(state));
  }, 60_000);
});
