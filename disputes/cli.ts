/**
 * `brinkwatch disputes [FILE]` (../shared/eval/CONTRACT.md, "Placing events on disputes"): articles in,
 * with their events given or extracted here, placed by placeEvents article by article in order of
 * publication, exactly as the update-disputes stage places a batch; one JSON document out. Nothing is
 * stored: the disputes live in memory for the run and are discarded with it, so two runs on the same
 * input print the same document.
 */
import { createInterface } from 'node:readline';
import { dateArticleEvents } from '../extract/dates.ts';
import { errorMessage, extractOrThrow, stripHtml, EVENT_TYPES, type EventType } from '../extract/index.ts';
import { placementEventOf, type EventForPlacement } from './event.ts';
import { partyOf } from './parties.ts';
import { type Ladder, levelOf } from './ladder.ts';
import { placeEvents, type DisputeRecord, type Merge, type PlacementEvent } from './placement.ts';
import { disputeStateOf, disputeTitle } from './story.ts';

type InputEvent = EventForPlacement;

interface Article {
  id: string;
  line: number;
  published: string;
  title?: string | null;
  text: string;
  events: InputEvent[];
}

export interface DisputesDocument {
  disputes: unknown[];
  merges: { from: string; into: number | null; rule: string }[];
  unplaced: unknown[];
  errors: { line: number; error: string }[];
}

const DAY = /^\d{4}-\d{2}-\d{2}/;

/** Reads one input line into an article (events given or extracted), or says what is wrong with it. */
export function readArticleLine(line: string, n: number, htmlToText: (html: string) => string = stripHtml): Article | { error: string } {
  let rec: unknown;
  try {
    rec = JSON.parse(line);
  } catch {
    return { error: 'disputes: line is not valid JSON' };
  }
  if (!rec || typeof rec !== 'object' || Array.isArray(rec)) return { error: 'disputes: line is not a JSON object' };
  const r = rec as Record<string, unknown>;
  if (typeof r.id !== 'string' && typeof r.id !== 'number') return { error: 'disputes: line has no id' };
  const id = String(r.id);
  const published = typeof r.published === 'string' && DAY.test(r.published) ? r.published.slice(0, 10) : null;
  if (!published) return { error: `disputes: article ${id} has no published date (YYYY-MM-DD)` };
  let text = typeof r.text === 'string' ? r.text : '';
  if (!text && typeof r.html === 'string') {
    try {
      text = htmlToText(r.html);
    } catch (err) {
      return { error: `disputes: article ${id}: cannot read html: ${errorMessage(err)}` };
    }
  }
  const title = typeof r.title === 'string' ? r.title : null;
  if (r.events === undefined || r.events === null) {
    let ex: ReturnType<typeof extractOrThrow>;
    try {
      ex = extractOrThrow({ id, title, published, text });
    } catch (err) {
      // A failed extraction is this line's error, never an article with no events.
      return { error: `disputes: article ${id}: extraction failed: ${errorMessage(err)}` };
    }
    // A person counts as the party the extraction names them acting for, as the worker stores it (extract-article).
    const entity = new Map(ex.entities.map((x) => [x.name, x]));
    const actsFor = (name: string | null, kind: string | null) => {
      if (!name || kind !== 'person') return null;
      const party = partyOf(entity.get(name) ?? { name, kind });
      return party !== name ? party : null;
    };
    return {
      id, line: n, published, text,
      events: ex.events.map((e) => ({
        type: e.type, actor: e.actor, target: e.target, actorKind: e.actorKind, targetKind: e.targetKind, date: e.date,
        actorActsFor: actsFor(e.actor, e.actorKind), targetActsFor: actsFor(e.target, e.targetKind),
        precision: e.datePrecision, background: e.background, sentence: e.sentence, issue: e.issue,
      })),
    };
  }
  if (!Array.isArray(r.events)) return { error: `disputes: article ${id}: events is not a list` };
  const events: InputEvent[] = [];
  for (const [i, raw] of r.events.entries()) {
    const e = (raw ?? {}) as Record<string, unknown>;
    if (typeof e.type !== 'string' || !EVENT_TYPES.includes(e.type as EventType)) return { error: `disputes: article ${id}: event ${i} has an unknown type` };
    if (typeof e.actor !== 'string' || !e.actor.trim()) return { error: `disputes: article ${id}: event ${i} has no actor` };
    const sentence = typeof e.sentence === 'string' ? e.sentence : '';
    const date = typeof e.date === 'string' && DAY.test(e.date) ? e.date.slice(0, 10) : null;
    events.push({
      type: e.type,
      actor: e.actor.trim(),
      target: typeof e.target === 'string' && e.target.trim() ? e.target.trim() : null,
      actorKind: typeof e.actorKind === 'string' ? e.actorKind : null,
      targetKind: typeof e.targetKind === 'string' ? e.targetKind : null,
      date,
      sentence,
      issue: typeof e.issue === 'string' ? e.issue : null,
    });
  }
  return { id, line: n, published, title, text: text || title || '', events };
}

/** Places the articles' events (in order of publication, then input order) and renders the contract's document. */
export function buildDisputesDocument(articles: Article[], ladder: Ladder): DisputesDocument {
  const ordered = [...articles].sort((a, b) => (a.published < b.published ? -1 : a.published > b.published ? 1 : a.line - b.line));
  let nextDispute = 0;
  let nextEntry = 0;
  const ids = { newDisputeId: () => `d${++nextDispute}`, newEntryId: () => `e${++nextEntry}` };
  let state: DisputeRecord[] = [];
  const unplaced = new Map<string, string>();
  /** The rule that placed each event, shown with its source (why it is in this dispute). */
  const rules = new Map<string, string>();
  const merges: Merge[] = [];
  /** Articles whose placement failed: listed as their line's error, their events nowhere else. */
  const errors: { line: number; error: string }[] = [];
  const byRef = new Map<string, { article: Article; index: number; event: InputEvent }>();
  for (const article of ordered) {
    // Given events without a date are dated as the extractor dates its own: from their sentence, else from the rest
    // of the article (the same act dated elsewhere, a definite reference back), else the publication date.
    const fromText = article.events.some((e) => !e.date)
      ? dateArticleEvents({ title: article.title, text: article.text, published: article.published }, article.events)
      : [];
    const events: PlacementEvent[] = article.events.map((e, index) => {
      const ref = `${article.id}#${index}`;
      byRef.set(ref, { article, index, event: e });
      return placementEventOf(ref, article, e, e.date ? undefined : fromText[index]);
    });
    if (events.length === 0) continue;
    let out: ReturnType<typeof placeEvents>;
    try {
      out = placeEvents(state, events, ids);
    } catch (err) {
      // placeEvents is pure: the disputes stay as they were before this article, and the run goes on.
      errors.push({ line: article.line, error: `disputes: article ${article.id}: placement failed: ${errorMessage(err)}` });
      continue;
    }
    const changed = new Map(out.disputes.map((d) => [d.id, d]));
    const gone = new Set(out.merges.map((m) => m.from));
    state = state.filter((d) => !gone.has(d.id)).map((d) => changed.get(d.id) ?? d);
    for (const d of out.disputes) if (!state.some((x) => x.id === d.id)) state.push(d);
    for (const u of out.unplaced) unplaced.set(u.ref, u.reason);
    for (const a of out.assignments) rules.set(a.ref, a.rule);
    merges.push(...out.merges);
  }
  const today = ordered.reduce((m, a) => (a.published > m ? a.published : m), '0000-00-00');
  const disputes = state.map((d, i) => renderDispute(d, i + 1, ladder, today, byRef, rules));
  const shownId = new Map(state.map((d, i) => [d.id, i + 1]));
  return {
    disputes,
    // Disputes that turned out to be one story: the run's own ids for the merged-away ones, the output's for the survivor.
    merges: merges.map((m) => ({ from: m.from, into: shownId.get(finalOf(m.into, merges)) ?? null, rule: m.rule })),
    unplaced: [...unplaced].map(([ref, reason]) => {
      const { article, index, event } = byRef.get(ref)!;
      return { article: article.id, event: index, type: event.type, actor: event.actor, target: event.target, reason };
    }),
    errors,
  };
}

/** Steps reported on one day in narrative order: the accusation before the step taken on it, the answer after. */
const SAME_DAY_ORDER = ['ALLEGATION', 'DEMAND', 'THREAT', 'INVESTIGATION', 'LEGAL_ACTION', 'RESTRICTION', 'DENIAL', 'DEESCALATION'];
/** Where a merged dispute's events ended up (merges can chain). */
function finalOf(id: string, merges: Merge[]): string {
  for (let i = 0; i < merges.length; i++) {
    const m = merges.find((x) => x.from === id);
    if (!m) break;
    id = m.into;
  }
  return id;
}

const sameDayRank = (t: string) => {
  const i = SAME_DAY_ORDER.indexOf(t);
  return i < 0 ? 99 : i;
};

function renderDispute(d: DisputeRecord, id: number, ladder: Ladder, today: string, byRef: Map<string, { article: Article; index: number; event: InputEvent }>, rules: Map<string, string>) {
  const state = disputeStateOf(ladder, d, today);
  const entries = [...d.entries].sort((a, b) => (a.date !== b.date ? (a.date < b.date ? -1 : 1) : sameDayRank(a.type) - sameDayRank(b.type)));
  const levelName = state.levelType && levelOf(ladder, state.levelType) === state.level ? state.levelType : Object.entries(ladder.levels).find(([, v]) => v === state.level)?.[0] ?? null;
  return {
    id,
    title: disputeTitle(d),
    issue: d.issue,
    status: state.status,
    level: state.level,
    levelName,
    parties: d.parties.map((p) => ({ name: p.name, kind: p.kind, role: p.role, counts: p.unit !== p.name ? p.unit : undefined, roles: p.roles })),
    timeline: entries.map((e) => ({
      date: e.date,
      type: e.type,
      actor: e.actor,
      target: e.targets[0] ?? null,
      targets: e.targets,
      background: e.undated || undefined,
      sources: e.refs.map((ref) => {
        const { article, index, event } = byRef.get(ref)!;
        return { article: article.id, event: index, type: event.type, actor: event.actor, target: event.target, rule: rules.get(ref) };
      }),
    })),
  };
}

/** Runs the command over a JSON Lines stream; returns the exit code (non-zero only when nothing can be read). */
export async function runDisputesCli(input: NodeJS.ReadableStream, output: NodeJS.WritableStream, ladder: Ladder, htmlToText?: (html: string) => string): Promise<number> {
  let readError: Error | null = null;
  input.on('error', (err: Error) => { readError = err; });
  const rl = createInterface({ input, crlfDelay: Infinity });
  const articles: Article[] = [];
  const errors: { line: number; error: string }[] = [];
  const seen = new Set<string>();
  let n = 0;
  try {
    for await (const line of rl) {
      n++;
      if (!line.trim()) continue;
      let a: ReturnType<typeof readArticleLine>;
      try {
        a = readArticleLine(line, n, htmlToText);
      } catch (err) {
        a = { error: `disputes: internal error: ${errorMessage(err)}` };
      }
      if ('error' in a) errors.push({ line: n, error: a.error });
      else if (seen.has(a.id)) errors.push({ line: n, error: `disputes: article ${a.id} appears twice` });
      else {
        seen.add(a.id);
        articles.push(a);
      }
    }
  } catch (err) {
    readError = err as Error;
  }
  if (readError && n === 0) {
    process.stderr.write(`disputes: cannot read input: ${(readError as Error).message}\n`);
    return 2;
  }
  const built = buildDisputesDocument(articles, ladder);
  const doc: DisputesDocument = { ...built, errors: [...errors, ...built.errors].sort((a, b) => a.line - b.line) };
  output.write(`${JSON.stringify(doc)}\n`);
  process.stderr.write(`disputes: done articles=${articles.length} disputes=${doc.disputes.length} unplaced=${doc.unplaced.length} errors=${doc.errors.length}\n`);
  return 0;
}
