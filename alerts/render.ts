/** Alert messages (pure): the webhook JSON body and the e-mail for one or a batch of timeline events. */
import { escapeHtml as h, safeHttpUrl } from '../api/render/escape.ts';
import type { EntryWithDisputeRow } from '../db/queries/digests.ts';

export interface AlertMessageInput {
  batchKey: string;
  rule: { id: number; name: string };
  items: EntryWithDisputeRow[];
  baseUrl: string;
  now: Date;
}

const pageUrl = (base: string, disputeId: number, entryId: number) => `${base}/app/disputes/${disputeId}#entry-${entryId}`;

/** The webhook body: one JSON object, `alerts` holding one event or, after throttling, a batch. */
export function buildWebhookPayload(m: AlertMessageInput) {
  return {
    id: m.batchKey,
    type: 'brinkwatch.alert',
    rule: m.rule,
    batched: m.items.length > 1,
    sentAt: m.now.toISOString(),
    alerts: m.items.map(({ entry: e, dispute: d }) => ({
      timelineEntryId: e.id,
      url: pageUrl(m.baseUrl, d.id, e.id),
      event: {
        date: e.date,
        type: e.type,
        actor: e.actor,
        target: e.target,
        sentence: e.sentence,
        quote: e.quote,
        corroboration: e.corroboration,
        firstReportedAt: e.firstReportedAt,
        answersEntryId: e.answersEntryId,
      },
      dispute: { id: d.id, title: d.title, issue: d.issue, status: d.status, level: d.level, levelType: d.levelType, parties: d.parties.map((p) => p.name) },
      sources: e.sources,
    })),
  };
}

/** The alert e-mail: subject, text and HTML. */
export function renderAlertEmail(m: AlertMessageInput): { subject: string; text: string; html: string } {
  const head = (x: EntryWithDisputeRow) => `${x.entry.date} ${x.entry.type}: ${x.entry.actor}${x.entry.target ? ` → ${x.entry.target}` : ''}`;
  const first = m.items[0]!;
  const subject =
    m.items.length === 1
      ? `Brinkwatch alert: ${head(first)} (${first.dispute.title})`
      : `Brinkwatch alert: ${m.items.length} events for “${m.rule.name}”`;
  const text = [
    `Alert rule “${m.rule.name}”${m.items.length > 1 ? ` — ${m.items.length} events (batched: the rule's hourly limit was reached)` : ''}`,
    '',
    ...m.items.flatMap((x) => [
      `* ${head(x)} — ${x.dispute.title} (level ${x.dispute.level}${x.dispute.levelType ? ` ${x.dispute.levelType}` : ''})`,
      `  ${x.entry.sentence}`,
      ...(x.entry.quote ? [`  "${x.entry.quote}"`] : []),
      `  ${pageUrl(m.baseUrl, x.dispute.id, x.entry.id)}`,
      ...x.entry.sources.map((s) => `  ${s.outlet}: ${s.url}`),
      '',
    ]),
  ].join('\n');
  const link = (url: string, t: string) => {
    const safe = safeHttpUrl(url);
    return safe ? `<a href="${h(safe)}">${h(t)}</a>` : h(t);
  };
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${h(subject)}</title></head><body style="font:15px/1.5 sans-serif;color:#1b1f24">
<p>Alert rule “${h(m.rule.name)}”${m.items.length > 1 ? ` — ${m.items.length} events (batched: the rule's hourly limit was reached)` : ''}</p>
<ul>${m.items
    .map(
      (x) =>
        `<li><strong>${link(pageUrl(m.baseUrl, x.dispute.id, x.entry.id), head(x))}</strong> — ${h(x.dispute.title)}<br>${h(x.entry.sentence)}${x.entry.quote ? `<br><em>“${h(x.entry.quote)}”</em>` : ''}<br><small>${x.entry.sources.map((s) => link(s.url, s.outlet)).join(', ')}</small></li>`,
    )
    .join('')}</ul></body></html>`;
  return { subject, text, html };
}
