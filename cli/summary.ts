/** The demo's report: every dispute with its timeline, as JSON or as readable text. */
import type { Db } from '../db/client.ts';
import { getDisputeChanges, getDisputeParties, getTimelineWithSources, listDisputes } from '../db/queries/disputes.ts';
import { describeLevel, describeLevelChange, eventSentence, type LadderWords } from '../api/render/words.ts';

/** Every dispute with its parties, changes of level (in words) and timeline, most escalated first. */
export async function collectDisputes(db: Db, ladder: LadderWords) {
  const rows = await listDisputes(db, { sort: 'escalation', limit: 200 });
  return Promise.all(
    rows.map(async (d) => ({
      id: d.id,
      title: d.title,
      issue: d.issue,
      status: d.status,
      level: d.level,
      levelType: d.levelType,
      levelWord: describeLevel(d.level, d.levelType, ladder),
      escalationIndex: d.escalationIndex,
      parties: (await getDisputeParties(db, d.id)).map((p) => p.name),
      firstEventAt: d.firstEventAt,
      lastEventAt: d.lastEventAt,
      changes: (await getDisputeChanges(db, d.id)).map((c) => describeLevelChange(c, ladder)),
      timeline: (await getTimelineWithSources(db, d.id, { limit: 500 })).map((e) => ({
        date: e.date,
        type: e.type,
        event: eventSentence({ ...e, evidence: e.sentence }),
        actor: e.actor,
        target: e.target,
        sentence: e.sentence,
        quote: e.quote,
        corroboration: e.corroboration,
        sources: e.sources.map((s) => ({ outlet: s.outlet, url: s.url, title: s.title })),
      })),
    })),
  );
}

export type DisputeReport = Awaited<ReturnType<typeof collectDisputes>>[number];

/** Plain-text rendering for a terminal. */
export function formatDisputes(list: DisputeReport[]): string {
  const out: string[] = [];
  out.push(`${list.length} dispute(s) found\n`);
  for (const d of list) {
    out.push(`#${d.id} ${d.parties.join(' vs ')} — ${d.issue}`);
    out.push(`   status ${d.status}, level ${d.levelWord}, escalation index ${d.escalationIndex}`);
    for (const e of d.timeline) {
      const outlets = [...new Set(e.sources.map((s) => s.outlet))].join(', ');
      out.push(`   ${e.date}  ${e.event}   [${e.corroboration} source(s): ${outlets}]`);
      out.push(`              “${truncate(e.sentence, 150)}”`);
    }
    for (const c of d.changes) out.push(`   · ${c}`);
    out.push('');
  }
  return out.join('\n');
}

function truncate(s: string, n: number): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > n ? `${one.slice(0, n - 1)}…` : one;
}
