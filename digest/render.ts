/**
 * The daily digest e-mail (pure): subject, plain text and HTML from the day's content. Sections, in
 * order: disputes that escalated, new disputes, new events grouped by dispute (one line each with links
 * to its sources), denials (with the allegation they answer). Empty sections are left out.
 */
import { escapeHtml as h, safeHttpUrl } from '../api/render/escape.ts';
import { describeLevel, describeLevelChange, eventSentence, formatDay, type LadderWords } from '../api/render/words.ts';
import type { TimelineEventCore } from '../disputes/types.ts';

export interface DigestDispute {
  id: number;
  title: string;
  issue: string;
  status: string;
  level: number;
  levelType: string | null;
  parties: string[];
}

export interface DigestSource {
  outlet: string;
  url: string;
  title: string | null;
}

export interface DigestEvent extends TimelineEventCore {
  sources: DigestSource[];
  answers?: { id: number; type: string; date: string; actor: string; sentence: string } | null;
}

export interface DigestEscalation {
  dispute: DigestDispute;
  fromType: string | null;
  toType: string | null;
  fromLevel: number;
  toLevel: number;
  changedOn: string;
}

export interface DigestContent {
  escalated: DigestEscalation[];
  newDisputes: DigestDispute[];
  eventsByDispute: { dispute: DigestDispute; events: DigestEvent[] }[];
  denials: { dispute: DigestDispute; denial: DigestEvent }[];
}

export interface DigestInput extends DigestContent {
  subscriber: string;
  /** The local calendar day covered (closed), YYYY-MM-DD. */
  day: string;
  timeZone: string;
  baseUrl: string;
  unsubscribeUrl: string;
  /** The ladder, so levels read as words ("legal action (6 of 7)"); without it a level is its number. */
  ladder?: LadderWords;
}

export interface RenderedDigest {
  subject: string;
  text: string;
  html: string;
}

/** Whether the digest has anything to report. */
export function isDigestEmpty(c: DigestContent): boolean {
  return c.escalated.length === 0 && c.newDisputes.length === 0 && c.eventsByDispute.length === 0 && c.denials.length === 0;
}

const pageUrl = (base: string, disputeId: number, entryId?: number) => `${base}/app/disputes/${disputeId}${entryId ? `#entry-${entryId}` : ''}`;
/** An event as a dated sentence: "20 Nov 2026: Alibaba denied Anthropic's accusation". */
const eventHead = (e: DigestEvent) => `${formatDay(e.date)}: ${eventSentence({ ...e, evidence: e.sentence })}`;

/** A level in words with the ladder ("legal action (6 of 7)"), its number without. */
const levelTextOf = (ladder: LadderWords | undefined) => (type: string | null, level: number) => describeLevel(level, type, ladder ?? { levels: {} });
/** An escalation in words: "rose from accusation to legal action on 20 Nov 2026". */
const escalationText = (e: DigestEscalation, ladder: LadderWords | undefined) =>
  describeLevelChange({ direction: e.fromLevel === 0 ? 'started' : 'escalated', fromLevel: e.fromLevel, toLevel: e.toLevel, toType: e.toType, changedOn: e.changedOn }, ladder ?? { levels: {} });
/** A denial as a sentence naming what it answers and when: "Alibaba denied Anthropic's accusation of 18 Nov 2026". */
const denialText = (d: DigestEvent) => `${eventSentence(d)}${d.answers ? ` of ${formatDay(d.answers.date)}` : ''}`;

/** Renders the digest as subject, text and HTML. */
export function renderDigest(input: DigestInput): RenderedDigest {
  const eventCount = input.eventsByDispute.reduce((n, g) => n + g.events.length, 0);
  const parts: string[] = [];
  if (input.escalated.length) parts.push(`${input.escalated.length} escalated`);
  if (input.newDisputes.length) parts.push(`${input.newDisputes.length} new`);
  parts.push(`${eventCount} event${eventCount === 1 ? '' : 's'}`);
  const subject = isDigestEmpty(input)
    ? `Brinkwatch digest for ${input.day}: nothing new`
    : `Brinkwatch digest for ${input.day}: ${parts.join(', ')}`;
  return { subject, text: renderText(input), html: renderHtml(input, subject) };
}

function renderText(i: DigestInput): string {
  const levelText = levelTextOf(i.ladder);
  const out: string[] = [`Brinkwatch daily digest — ${i.day} (${i.timeZone})`, ''];
  if (isDigestEmpty(i)) out.push('Nothing to report for this day.', '');
  if (i.escalated.length) {
    out.push('DISPUTES THAT ESCALATED', '');
    for (const e of i.escalated) {
      out.push(`* ${e.dispute.title}: ${escalationText(e, i.ladder)}`);
      out.push(`  ${pageUrl(i.baseUrl, e.dispute.id)}`);
    }
    out.push('');
  }
  if (i.newDisputes.length) {
    out.push('NEW DISPUTES', '');
    for (const d of i.newDisputes) out.push(`* ${d.title} (${d.parties.join(' / ')}; ${levelText(d.levelType, d.level)})`, `  ${pageUrl(i.baseUrl, d.id)}`);
    out.push('');
  }
  if (i.eventsByDispute.length) {
    out.push('NEW EVENTS', '');
    for (const g of i.eventsByDispute) {
      out.push(`${g.dispute.title} — ${pageUrl(i.baseUrl, g.dispute.id)}`);
      for (const e of g.events) {
        out.push(`* ${eventHead(e)} — ${e.sentence} [${e.corroboration} source${e.corroboration === 1 ? '' : 's'}]`);
        for (const s of e.sources) out.push(`  ${s.outlet}: ${s.url}`);
      }
      out.push('');
    }
  }
  if (i.denials.length) {
    out.push('DENIALS', '');
    for (const { dispute, denial } of i.denials) {
      out.push(`* ${dispute.title}: ${denialText(denial)} — ${denial.sentence}`);
      if (denial.quote) out.push(`  "${denial.quote}"`);
      out.push(`  ${pageUrl(i.baseUrl, dispute.id, denial.id)}`);
    }
    out.push('');
  }
  out.push('--', `You receive this because ${i.subscriber} subscribed to the Brinkwatch digest.`, `Unsubscribe: ${i.unsubscribeUrl}`, '');
  return out.join('\n');
}

function link(url: string, text: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${h(safe)}" style="color:#0b57d0">${h(text)}</a>` : h(text);
}

function renderHtml(i: DigestInput, subject: string): string {
  const levelText = levelTextOf(i.ladder);
  const sec = (title: string, body: string) => `<h2 style="font-size:17px;margin:24px 0 8px;border-bottom:1px solid #d0d7de">${h(title)}</h2>${body}`;
  const ul = (items: string[]) => `<ul style="padding-left:20px;margin:0">${items.join('')}</ul>`;
  const body: string[] = [];
  if (isDigestEmpty(i)) body.push('<p>Nothing to report for this day.</p>');
  if (i.escalated.length) {
    body.push(
      sec(
        'Disputes that escalated',
        ul(i.escalated.map((e) => `<li>${link(pageUrl(i.baseUrl, e.dispute.id), e.dispute.title)}: ${h(escalationText(e, i.ladder))}</li>`)),
      ),
    );
  }
  if (i.newDisputes.length) {
    body.push(sec('New disputes', ul(i.newDisputes.map((d) => `<li>${link(pageUrl(i.baseUrl, d.id), d.title)} <span style="color:#57606a">(${h(d.parties.join(' / '))}; ${h(levelText(d.levelType, d.level))})</span></li>`))));
  }
  if (i.eventsByDispute.length) {
    const groups = i.eventsByDispute.map(
      (g) =>
        `<h3 style="font-size:15px;margin:16px 0 4px">${link(pageUrl(i.baseUrl, g.dispute.id), g.dispute.title)}</h3>` +
        ul(
          g.events.map(
            (e) =>
              `<li><strong>${h(eventHead(e))}</strong> — ${h(e.sentence)} <span style="color:#57606a">[${e.corroboration} source${e.corroboration === 1 ? '' : 's'}: ${e.sources.map((s) => link(s.url, s.outlet)).join(', ')}]</span></li>`,
          ),
        ),
    );
    body.push(sec('New events', groups.join('')));
  }
  if (i.denials.length) {
    body.push(
      sec(
        'Denials',
        ul(
          i.denials.map(
            ({ dispute, denial }) =>
              `<li>${link(pageUrl(i.baseUrl, dispute.id, denial.id), dispute.title)}: ${h(denialText(denial))} — ${h(denial.sentence)}${denial.quote ? `<br><em>“${h(denial.quote)}”</em>` : ''}</li>`,
          ),
        ),
      ),
    );
  }
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${h(subject)}</title></head>
<body style="margin:0;padding:16px;font:15px/1.5 -apple-system,'Segoe UI',Roboto,sans-serif;color:#1b1f24;background:#ffffff">
<div style="max-width:640px;margin:0 auto">
<h1 style="font-size:20px;margin:0 0 4px">Brinkwatch daily digest</h1>
<p style="margin:0;color:#57606a">${h(i.day)} (${h(i.timeZone)})</p>
${body.join('\n')}
<hr style="border:0;border-top:1px solid #d0d7de;margin:24px 0 8px">
<p style="font-size:12px;color:#57606a">You receive this because ${h(i.subscriber)} subscribed to the Brinkwatch digest. ${link(i.unsubscribeUrl, 'Unsubscribe')}.</p>
</div></body></html>
`;
}
