/**
 * Server-side HTML for the timeline page of one dispute and the index of disputes (pure: data in,
 * string out; the clock comes in as `generatedAt`). No front-end build, no external assets, no script:
 * inline CSS and an inline SVG chart. All text is escaped and only http(s) links are emitted.
 */
import { formatLead, type OfficialLead } from '../../disputes/lead.ts';
import { escapeHtml as h, safeHttpUrl } from './escape.ts';
import type { TimelineEventCore } from '../../disputes/types.ts';

export interface PageParty {
  id: number;
  name: string;
  kind?: string;
}

export interface PageDispute {
  id: number;
  title: string;
  issue: string;
  status: string;
  level: number;
  levelType: string | null;
  escalationIndex: number;
  eventCount: number;
  firstEventAt: string | null;
  lastEventAt: string | null;
  parties: PageParty[];
}

export interface PageChange {
  timelineEntryId: number | null;
  fromType: string | null;
  toType: string | null;
  fromLevel: number;
  toLevel: number;
  direction: string;
  changedOn: string;
}

export interface PageSource {
  url: string;
  outlet: string;
  title: string | null;
  publishedAt?: Date | string | null;
  sentence?: string;
  quote?: string | null;
  syndicatedBy?: { outlet: string; url: string }[];
}

export interface PageEntry extends TimelineEventCore {
  firstReportedAt?: Date | string;
  answersEntryId?: number | null;
  sources: PageSource[];
}

export interface DisputePageData {
  dispute: PageDispute;
  changes: PageChange[];
  entries: PageEntry[];
  /** Ladder rungs (type → level) used to label the chart's axis; optional. */
  ladderLevels?: Record<string, number>;
  generatedAt: Date;
  /** Prefix for links to other pages and feeds, e.g. "" or "https://brinkwatch.example". */
  baseUrl?: string;
  /** Official sources' lead over the press (disputes/lead.ts); the summary line is left out without it. */
  lead?: OfficialLead;
}

const CSS = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#b3261e;--bg:#fff;--soft:#f6f8fa}
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg)}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem 1.25rem}
header{border-bottom:1px solid var(--line)}a{color:#0b57d0}h1{font-size:1.6rem;margin:.2rem 0}h2{font-size:1.2rem;margin-top:2rem}
.meta{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin:.5rem 0;padding:0;list-style:none;color:var(--muted)}
.meta strong{color:var(--ink)}.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;background:var(--soft);border:1px solid var(--line);font-size:.85rem}
.status-escalating{background:#ffebe9;border-color:#ff8182}.status-resolved{background:#dafbe1;border-color:#4ac26b}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline>li{border-left:3px solid var(--line);padding:.25rem 0 1rem 1rem;margin-left:.5rem;position:relative}
ol.timeline>li::before{content:"";position:absolute;left:-.45rem;top:.6rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--accent)}
.event-head{font-weight:600}.event-date{font-variant-numeric:tabular-nums;color:var(--muted);margin-right:.5rem}
blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid var(--line);color:var(--muted)}
ul.sources{margin:.3rem 0 0;padding-left:1.2rem;font-size:.92rem}.chart{width:100%;height:auto;max-height:22rem;border:1px solid var(--line);border-radius:.4rem;background:var(--soft)}
.chart .point{fill:var(--accent)}.chart .step{fill:none;stroke:var(--accent);stroke-width:2}.chart .grid{stroke:var(--line)}.chart text{font-size:11px;fill:var(--muted)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line)}th{background:var(--soft)}
footer{color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
`;

function layout(title: string, body: string, generatedAt: Date, extraHead = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)}</title>
<style>${CSS}</style>
${extraHead}</head>
<body>
${body}
<footer><p>Brinkwatch · generated ${h(generatedAt.toISOString())} · events are extracted automatically from the linked sources; check them before quoting.</p></footer>
</body>
</html>
`;
}

/** Renders an outlet link, or plain text when the URL is not http(s). */
function sourceLink(url: string, text: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${h(safe)}" rel="noopener noreferrer nofollow">${h(text)}</a>` : h(text);
}

/** The level after each entry, from the stored change records (same source of truth as the API). */
export function levelSeries(entries: PageEntry[], changes: PageChange[]): { entry: PageEntry; level: number }[] {
  const byEntry = new Map<number, PageChange>();
  for (const c of changes) if (c.timelineEntryId !== null) byEntry.set(c.timelineEntryId, c);
  let level = 0;
  return entries.map((entry) => {
    const c = byEntry.get(entry.id);
    if (c) level = c.toLevel;
    return { entry, level };
  });
}

const dayNumber = (d: string) => Math.floor(Date.parse(`${d}T00:00:00Z`) / 86_400_000);

/** The inline SVG chart: a step line of the level over time and one `circle.point` per event. */
export function renderLevelChart(data: Pick<DisputePageData, 'entries' | 'changes' | 'ladderLevels' | 'dispute'>): string {
  const series = levelSeries(data.entries, data.changes);
  const W = 720;
  const H = 260;
  const pad = { l: 110, r: 20, t: 20, b: 40 };
  const rungs = data.ladderLevels ?? {};
  const maxLevel = Math.max(1, ...Object.values(rungs), ...series.map((s) => s.level));
  const days = series.map((s) => dayNumber(s.entry.date));
  const d0 = days.length ? Math.min(...days) : 0;
  const d1 = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, d1 - d0);
  const x = (d: number) => pad.l + ((d - d0) / span) * (W - pad.l - pad.r);
  const y = (lv: number) => pad.t + (1 - lv / maxLevel) * (H - pad.t - pad.b);
  const labelOf = new Map<number, string>();
  for (const [type, lv] of Object.entries(rungs)) if (!labelOf.has(lv)) labelOf.set(lv, type);
  const grid: string[] = [];
  for (let lv = 0; lv <= maxLevel; lv++) {
    grid.push(`<line class="grid" x1="${pad.l}" x2="${W - pad.r}" y1="${y(lv).toFixed(1)}" y2="${y(lv).toFixed(1)}"/>`);
    grid.push(`<text x="${pad.l - 6}" y="${(y(lv) + 4).toFixed(1)}" text-anchor="end">${h(labelOf.get(lv) ?? String(lv))}</text>`);
  }
  let path = '';
  let prevY: number | null = null;
  for (let i = 0; i < series.length; i++) {
    const px = x(days[i]!);
    const py = y(series[i]!.level);
    path += prevY === null ? `M${px.toFixed(1)},${py.toFixed(1)}` : ` L${px.toFixed(1)},${prevY.toFixed(1)} L${px.toFixed(1)},${py.toFixed(1)}`;
    prevY = py;
  }
  // Events on the same day share an x; nudge them apart so each point stays visible and clickable.
  const sameDay = new Map<number, number>();
  const points = series.map((s, i) => {
    const k = sameDay.get(days[i]!) ?? 0;
    sameDay.set(days[i]!, k + 1);
    const label = `${s.entry.date} ${s.entry.type} by ${s.entry.actor}: level ${s.level}`;
    return `<a href="#entry-${s.entry.id}"><circle class="point" data-entry-id="${s.entry.id}" data-level="${s.level}" cx="${(x(days[i]!) + k * 6).toFixed(1)}" cy="${y(s.level).toFixed(1)}" r="5"><title>${h(label)}</title></circle></a>`;
  });
  const axis =
    series.length > 0
      ? `<text x="${pad.l}" y="${H - 12}">${h(series[0]!.entry.date)}</text><text x="${W - pad.r}" y="${H - 12}" text-anchor="end">${h(series[series.length - 1]!.entry.date)}</text>`
      : `<text x="${W / 2}" y="${H / 2}" text-anchor="middle">no events yet</text>`;
  const title = `Escalation level of ${data.dispute.title} over time`;
  const desc = series.length
    ? `${series.length} events from ${series[0]!.entry.date} to ${series[series.length - 1]!.entry.date}; current level ${data.dispute.level}${data.dispute.levelType ? ` (${data.dispute.levelType})` : ''}.`
    : 'No events yet.';
  return `<svg class="chart" role="img" aria-labelledby="chart-title chart-desc" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
<title id="chart-title">${h(title)}</title><desc id="chart-desc">${h(desc)}</desc>
${grid.join('')}
${path ? `<path class="step" d="${path}"/>` : ''}
${points.join('\n')}
${axis}
</svg>`;
}

function describeChangeText(c: PageChange): string {
  if (c.direction === 'started') return `started at ${c.toType ?? `level ${c.toLevel}`} on ${c.changedOn}`;
  return `${c.direction} from ${c.fromType ?? 'nothing'} to ${c.toType ?? `level ${c.toLevel}`} on ${c.changedOn}`;
}

function renderEntry(e: PageEntry, byId: Map<number, PageEntry>): string {
  const answers = e.answersEntryId ? byId.get(e.answersEntryId) : undefined;
  const sources = e.sources.map((s) => {
    const copies = (s.syndicatedBy ?? []).map((c) => sourceLink(c.url, c.outlet)).join(', ');
    return `<li>${sourceLink(s.url, s.outlet)}${s.title ? ` — ${h(s.title)}` : ''}${copies ? ` <span class="badge">also carried by ${copies}</span>` : ''}</li>`;
  });
  return `<li id="entry-${e.id}" class="event" data-entry-id="${e.id}" data-type="${h(e.type)}">
<div class="event-head"><time class="event-date" datetime="${h(e.date)}">${h(e.date)}</time><span class="badge">${h(e.type)}</span> ${h(e.actor)}${e.target ? ` → ${h(e.target)}` : ''}</div>
<p>${h(e.sentence)}</p>
${e.quote ? `<blockquote>“${h(e.quote)}”</blockquote>` : ''}
${answers ? `<p class="answers">Answers the <a href="#entry-${answers.id}">${h(answers.type.toLowerCase())} of ${h(answers.date)}</a>.</p>` : ''}
<p class="corroboration">Corroboration: reported by <strong>${e.corroboration}</strong> ${e.corroboration === 1 ? 'outlet' : 'outlets'}.</p>
${sources.length ? `<ul class="sources" aria-label="Sources">${sources.join('')}</ul>` : ''}
</li>`;
}

/** The summary line of official sources' lead: steps they reported first, and the median lead where both reported. */
function renderLeadItem(lead: OfficialLead): string {
  if (lead.officialFirst === 0 && lead.pressFirst === 0) return '';
  const median = lead.medianLeadMinutes === null ? '' : `; median lead where both reported: <strong>${h(formatLead(lead.medianLeadMinutes))}</strong>`;
  return `<li>Official sources first on <strong>${lead.officialFirst}</strong> of ${lead.officialFirst + lead.pressFirst} steps${median}</li>\n`;
}

/** The timeline page of one dispute: parties, status, level, index, change records, events with evidence, chart. */
export function renderDisputePage(data: DisputePageData): string {
  const { dispute: d } = data;
  const base = data.baseUrl ?? '';
  const entries = [...data.entries].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parties = d.parties.map((p) => `<li><a href="${h(`${base}/actors/${p.id}/atom`)}" title="Atom feed of ${h(p.name)}">${h(p.name)}</a>${p.kind ? ` <span class="badge">${h(p.kind)}</span>` : ''}</li>`);
  const changes = data.changes.map((c) => `<li>${h(describeChangeText(c))}${c.timelineEntryId ? ` (<a href="#entry-${c.timelineEntryId}">event</a>)` : ''}</li>`);
  const feedUrl = `${base}/disputes/${d.id}/atom`;
  const body = `<header>
<p><a href="${h(`${base}/app`)}">← All disputes</a></p>
<h1>${h(d.title)}</h1>
<ul class="meta" aria-label="Dispute summary">
<li>Status: <span class="badge status-${h(d.status)}"><strong>${h(d.status)}</strong></span></li>
<li>Level: <strong>${d.level}</strong>${d.levelType ? ` (${h(d.levelType)})` : ''}</li>
<li>Escalation index: <strong>${h(d.escalationIndex.toFixed(2))}</strong></li>
<li>Issue: <strong>${h(d.issue)}</strong></li>
<li>Events: <strong>${entries.length}</strong>${d.firstEventAt ? ` from ${h(d.firstEventAt)} to ${h(d.lastEventAt ?? d.firstEventAt)}` : ''}</li>
${data.lead ? renderLeadItem(data.lead) : ''}</ul>
<p><a href="${h(feedUrl)}">Follow this dispute (Atom feed)</a> · <a href="${h(`${base}/disputes/${d.id}/timeline`)}">JSON</a></p>
</header>
<main>
<section aria-labelledby="parties-h"><h2 id="parties-h">Parties</h2><ul class="parties">${parties.join('')}</ul></section>
<section aria-labelledby="chart-h"><h2 id="chart-h">Escalation over time</h2>
${renderLevelChart({ ...data, entries })}
</section>
<section aria-labelledby="changes-h"><h2 id="changes-h">Changes of level</h2>${changes.length ? `<ul class="changes">${changes.join('')}</ul>` : '<p>No change of level recorded.</p>'}</section>
<section aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>
${entries.length ? `<ol class="timeline">${entries.map((e) => renderEntry(e, byId)).join('\n')}</ol>` : '<p>No events yet.</p>'}
</section>
</main>`;
  return layout(`${d.title} — Brinkwatch`, body, data.generatedAt, `<link rel="alternate" type="application/atom+xml" title="${h(d.title)}" href="${h(feedUrl)}">\n`);
}

export interface DisputeIndexData {
  disputes: PageDispute[];
  generatedAt: Date;
  baseUrl?: string;
}

/** The index page: disputes in the order given (the route asks for most escalated first), each linked to its page. */
export function renderDisputeIndex(list: DisputeIndexData): string {
  const base = list.baseUrl ?? '';
  const rows = list.disputes.map(
    (d) => `<tr data-dispute-id="${d.id}">
<td><a href="${h(`${base}/app/disputes/${d.id}`)}">${h(d.title)}</a></td>
<td>${h(d.parties.map((p) => p.name).join(' · '))}</td>
<td><span class="badge status-${h(d.status)}">${h(d.status)}</span></td>
<td>${d.level}${d.levelType ? ` <small>${h(d.levelType)}</small>` : ''}</td>
<td>${h(d.escalationIndex.toFixed(2))}</td>
<td>${d.eventCount}</td>
<td>${h(d.lastEventAt ?? '')}</td>
</tr>`,
  );
  const body = `<header><h1>Disputes over AI, most escalated first</h1>
<p>Each dispute groups the dated events between its parties over one issue. Level is the highest rung reached on the escalation ladder; the index weighs recent, corroborated steps more.</p></header>
<main>
<h2 id="list-h">Disputes</h2>
${rows.length ? `<table aria-labelledby="list-h"><thead><tr><th scope="col">Dispute</th><th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Level</th><th scope="col">Index</th><th scope="col">Events</th><th scope="col">Last event</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>` : '<p>No disputes yet.</p>'}
</main>`;
  return layout('Disputes — Brinkwatch', body, list.generatedAt);
}
