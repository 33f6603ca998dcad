/**
 * Server-side HTML for the timeline page of one dispute, the page of an actor and the index of disputes (pure: data
 * in, string out; the clock comes in as `generatedAt`). No front-end build, no external assets, no script: inline CSS
 * and an inline SVG chart. All text is escaped and only http(s) links are emitted. The pages fit a 390 px phone
 * without sideways scrolling and pass axe-core (tests/unit/render/timeline-page.browser.test.ts); events, levels and
 * changes of level read as words (./words.ts).
 */
import { formatLead, type OfficialLead } from '../../disputes/lead.ts';
import { escapeHtml as h, safeHttpUrl } from './escape.ts';
import type { TimelineEventCore } from '../../disputes/types.ts';
import { describeLevel, describeLevelChange, eventNoun, eventSentence, formatDay, ladderRungs, levelWord, roleWord, type LadderWords } from './words.ts';

export interface PageParty {
  id: number;
  name: string;
  kind?: string;
  /** The party's role in the dispute (accuser, accused, forum, authority, restrictor, responder, supporter). */
  role?: string | null;
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
  /** The event this one answers, when the caller knows it (the actor page; the dispute page finds it on its timeline). */
  answers?: { type: string; actor: string; date?: string } | null;
  sources: PageSource[];
}

export interface DisputePageData {
  dispute: PageDispute;
  changes: PageChange[];
  entries: PageEntry[];
  /** Ladder rungs (type → level): the words of the levels and of the chart's axis. */
  ladderLevels?: Record<string, number>;
  /** The event type that lowers the level (config/ladder.json › deescalation.type). */
  deescalationType?: string;
  generatedAt: Date;
  /** Prefix for links to other pages and feeds, e.g. "" or "https://brinkwatch.example". */
  baseUrl?: string;
  /** Official sources' lead over the press (disputes/lead.ts); the summary line is left out without it. */
  lead?: OfficialLead;
}

const CSS = `
:root{color-scheme:light;--ink:#1b1f24;--muted:#57606a;--line:#d0d7de;--accent:#b3261e;--calm:#1a7f37;--bg:#fff;--soft:#f6f8fa;--link:#0b57d0}
*{box-sizing:border-box}html{-webkit-text-size-adjust:100%}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);background:var(--bg);overflow-wrap:break-word}
header,main,footer{max-width:60rem;margin:0 auto;padding:1rem}
header{border-bottom:1px solid var(--line)}a{color:var(--link)}h1{font-size:1.5rem;line-height:1.25;margin:.2rem 0;overflow-wrap:anywhere}h2{font-size:1.2rem;margin:2rem 0 .5rem}main>section:first-child>h2,main>h2:first-child{margin-top:.5rem}
a:focus-visible,summary:focus-visible,button:focus-visible{outline:3px solid var(--link);outline-offset:2px;border-radius:2px}
.skip{position:absolute;left:-999px;top:0;background:var(--bg);padding:.5rem 1rem}.skip:focus{left:.5rem;z-index:1}
.meta{display:flex;flex-wrap:wrap;gap:.25rem 1.25rem;margin:.5rem 0;padding:0;list-style:none;color:var(--muted)}
.meta strong{color:var(--ink)}.badge{display:inline-block;padding:0 .45rem;border-radius:.6rem;background:var(--soft);border:1px solid var(--line);font-size:.85rem;color:var(--ink)}
.status-escalating{background:#ffebe9;border-color:#ff8182}.status-resolved{background:#dafbe1;border-color:#4ac26b}
ul.plain{list-style:none;padding:0;margin:0}ul.plain>li{margin:.25rem 0}
ol.timeline{list-style:none;padding:0;margin:0}ol.timeline>li{border-left:3px solid var(--line);padding:.25rem 0 1rem 1rem;margin-left:.4rem;position:relative}
ol.timeline>li::before{content:"";position:absolute;left:-.45rem;top:.55rem;width:.6rem;height:.6rem;border-radius:50%;background:var(--accent)}
ol.timeline>li.settle::before{background:var(--calm)}
.event-date{display:block;font-variant-numeric:tabular-nums;color:var(--muted);font-size:.9rem}
h3.event-head{font-size:1.05rem;margin:.1rem 0 .3rem}
.evidence{margin:.3rem 0}
blockquote{margin:.4rem 0;padding:.2rem .8rem;border-left:3px solid var(--line);color:var(--muted)}
ul.sources{margin:.3rem 0 0;padding-left:1.2rem;font-size:.95rem}
figure{margin:0}.chart{display:block;width:100%;height:auto;border:1px solid var(--line);border-radius:.4rem;background:var(--soft)}
.chart-narrow{display:none}@media (max-width:40rem){.chart-wide{display:none}.chart-narrow{display:block}}
.chart .point{fill:var(--accent)}.chart .point.settle{fill:var(--calm)}.chart .step{fill:none;stroke:var(--accent);stroke-width:2}.chart .grid{stroke:var(--line)}.chart text{fill:#3d444d}
figcaption{color:var(--muted);font-size:.9rem;margin:.3rem 0}
details{margin:.5rem 0}summary{cursor:pointer;color:var(--link)}
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.4rem .5rem;border-bottom:1px solid var(--line);vertical-align:top}th{background:var(--soft)}td time{white-space:nowrap}
@media (max-width:40rem){
table.cards thead{position:absolute;left:-9999px}
table.cards,table.cards tbody,table.cards tr,table.cards td{display:block;width:100%}
table.cards tr{border:1px solid var(--line);border-radius:.4rem;margin:0 0 .75rem;padding:.25rem .5rem}
table.cards td{border:0;padding:.15rem 0}table.cards td[data-label]::before{content:attr(data-label) ": ";color:var(--muted)}
table.cards td.title{font-weight:600;font-size:1.05rem}table.cards td.inline{display:inline-block;width:auto;margin-right:1rem}
}
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
<a class="skip" href="#main">Skip to the content</a>
${body}
<footer><p>Brinkwatch · generated ${h(generatedAt.toISOString().slice(0, 16).replace('T', ' '))} UTC · events are extracted automatically from the linked sources; check them before quoting.</p></footer>
</body>
</html>
`;
}

/** Renders an outlet link, or plain text when the URL is not http(s). */
function sourceLink(url: string, text: string): string {
  const safe = safeHttpUrl(url);
  return safe ? `<a href="${h(safe)}" rel="noopener noreferrer nofollow">${h(text)}</a>` : h(text);
}

const wordsOf = (data: { ladderLevels?: Record<string, number>; deescalationType?: string }): LadderWords => ({
  levels: data.ladderLevels ?? {},
  deescalationType: data.deescalationType,
});

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

/** An event as a sentence, with the event it answers found on the same timeline when the entry does not carry it. */
function sentenceOf(e: PageEntry, byId?: Map<number, PageEntry>): string {
  const answered = e.answers ?? (e.answersEntryId ? byId?.get(e.answersEntryId) : undefined);
  return eventSentence({ type: e.type, actor: e.actor, target: e.target, answers: answered ? { type: answered.type, actor: answered.actor } : null, evidence: e.sentence });
}

interface ChartSize {
  width: number;
  height: number;
  font: number;
  /** Class and id suffix of this rendering (the page carries a wide and a narrow one). */
  name: string;
}

const WIDE: ChartSize = { width: 720, height: 280, font: 12, name: 'wide' };
const NARROW: ChartSize = { width: 360, height: 300, font: 12, name: 'narrow' };

/**
 * The inline SVG chart: a step line of the dispute's level over time, the ladder's words on the y axis, and one
 * `circle.point` per event (green for a settlement). Drawn for one width in its own units, so its text keeps its
 * size: the page carries a wide and a narrow rendering and CSS shows the one that fits.
 */
export function renderLevelChart(
  data: Pick<DisputePageData, 'entries' | 'changes' | 'ladderLevels' | 'deescalationType' | 'dispute'>,
  size: ChartSize = WIDE,
): string {
  const words = wordsOf(data);
  const series = levelSeries(data.entries, data.changes);
  const { width: W, height: H, font } = size;
  const rungs = ladderRungs(words);
  const maxLevel = Math.max(1, rungs.length - 1, ...series.map((s) => s.level));
  const axisWords = Array.from({ length: maxLevel + 1 }, (_, lv) => levelWord(lv, words));
  // Room for the longest word at about 0.6 em a character.
  const pad = { l: Math.ceil(Math.max(...axisWords.map((w) => w.length)) * font * 0.6) + 12, r: 16, t: 14, b: 30 };
  const days = series.map((s) => dayNumber(s.entry.date));
  const d0 = days.length ? Math.min(...days) : 0;
  const d1 = days.length ? Math.max(...days) : 1;
  const span = Math.max(1, d1 - d0);
  const x = (d: number) => pad.l + 8 + ((d - d0) / span) * (W - pad.l - pad.r - 16);
  const y = (lv: number) => pad.t + (1 - lv / maxLevel) * (H - pad.t - pad.b);
  const grid: string[] = [];
  for (let lv = 0; lv <= maxLevel; lv++) {
    grid.push(`<line class="grid" x1="${pad.l}" x2="${W - pad.r}" y1="${y(lv).toFixed(1)}" y2="${y(lv).toFixed(1)}"/>`);
    grid.push(`<text x="${pad.l - 6}" y="${(y(lv) + font / 3).toFixed(1)}" text-anchor="end" font-size="${font}">${h(axisWords[lv])}</text>`);
  }
  let path = '';
  let prevY: number | null = null;
  for (let i = 0; i < series.length; i++) {
    const px = x(days[i]!);
    const py = y(series[i]!.level);
    path += prevY === null ? `M${px.toFixed(1)},${py.toFixed(1)}` : ` L${px.toFixed(1)},${prevY.toFixed(1)} L${px.toFixed(1)},${py.toFixed(1)}`;
    prevY = py;
  }
  const byId = new Map(data.entries.map((e) => [e.id, e]));
  // Events on the same day share an x; spread them around it so each point stays visible, inside the plot.
  const perDay = new Map<number, number>();
  for (const d of days) perDay.set(d, (perDay.get(d) ?? 0) + 1);
  const sameDay = new Map<number, number>();
  const points = series.map((s, i) => {
    const k = sameDay.get(days[i]!) ?? 0;
    sameDay.set(days[i]!, k + 1);
    const n = perDay.get(days[i]!)!;
    const start = Math.max(pad.l + 5, Math.min(W - pad.r - 5 - (n - 1) * 6, x(days[i]!) - ((n - 1) / 2) * 6));
    const cx = start + k * 6;
    const settle = s.entry.type === words.deescalationType;
    const label = `${formatDay(s.entry.date)}: ${sentenceOf(s.entry, byId)}; level now ${levelWord(s.level, words)}`;
    return `<circle class="point${settle ? ' settle' : ''}" data-entry-id="${s.entry.id}" data-level="${s.level}" cx="${cx.toFixed(1)}" cy="${y(s.level).toFixed(1)}" r="5"><title>${h(label)}</title></circle>`;
  });
  const first = series[0]?.entry.date;
  const last = series[series.length - 1]?.entry.date;
  const axis =
    first && last
      ? `<text x="${pad.l + 8}" y="${H - 8}" font-size="${font}">${h(formatDay(first))}</text>${last !== first ? `<text x="${W - pad.r}" y="${H - 8}" text-anchor="end" font-size="${font}">${h(formatDay(last))}</text>` : ''}`
      : `<text x="${(pad.l + W) / 2}" y="${H / 2}" text-anchor="middle" font-size="${font}">no events yet</text>`;
  const id = `chart-${size.name}`;
  return `<svg class="chart chart-${size.name}" role="img" aria-labelledby="${id}-title ${id}-desc" viewBox="0 0 ${W} ${H}" xmlns="http://www.w3.org/2000/svg">
<title id="${id}-title">${h(`Escalation level of ${data.dispute.title} over time`)}</title><desc id="${id}-desc">${h(chartSummary(data, series))}</desc>
${grid.join('')}
${path ? `<path class="step" d="${path}"/>` : ''}
${points.join('\n')}
${axis}
</svg>`;
}

/** The chart in one sentence: its span, where the level started, peaked and stands. */
function chartSummary(data: Pick<DisputePageData, 'ladderLevels' | 'deescalationType' | 'dispute'>, series: { entry: PageEntry; level: number }[]): string {
  if (!series.length) return 'No events yet.';
  const words = wordsOf(data);
  const peak = Math.max(...series.map((s) => s.level));
  return `${series.length} event${series.length === 1 ? '' : 's'} from ${formatDay(series[0]!.entry.date)} to ${formatDay(series[series.length - 1]!.entry.date)}: the level started at ${levelWord(series[0]!.level, words)}, peaked at ${levelWord(peak, words)} and stands at ${levelWord(series[series.length - 1]!.level, words)}.`;
}

/** The chart's data as a table: the text alternative for readers who cannot see the chart. */
function chartTable(series: { entry: PageEntry; level: number }[], words: LadderWords, byId: Map<number, PageEntry>): string {
  if (!series.length) return '';
  const rows = series.map((s) => `<tr><td>${h(formatDay(s.entry.date))}</td><td>${h(sentenceOf(s.entry, byId))}</td><td>${h(levelWord(s.level, words))}</td></tr>`);
  return `<details><summary>The chart as a table</summary><table><thead><tr><th scope="col">Date</th><th scope="col">Event</th><th scope="col">Level after it</th></tr></thead><tbody>${rows.join('')}</tbody></table></details>`;
}

function renderEntry(e: PageEntry, byId: Map<number, PageEntry>, words: LadderWords, dispute?: { id: number; title: string; base: string }): string {
  const answered = e.answersEntryId ? byId.get(e.answersEntryId) : undefined;
  const sources = e.sources.map((s) => {
    const copies = (s.syndicatedBy ?? []).map((c) => sourceLink(c.url, c.outlet)).join(', ');
    return `<li>${sourceLink(s.url, s.outlet)}${s.title ? ` — ${h(s.title)}` : ''}${copies ? ` <span class="badge">also carried by ${copies}</span>` : ''}</li>`;
  });
  const outlets = e.corroboration === 1 ? 'outlet' : 'outlets';
  const settle = e.type === words.deescalationType;
  return `<li id="entry-${e.id}" class="event${settle ? ' settle' : ''}" data-entry-id="${e.id}" data-type="${h(e.type)}">
<time class="event-date" datetime="${h(e.date)}">${h(formatDay(e.date))}</time>
<h3 class="event-head">${h(sentenceOf(e, byId))} <span class="badge">${h(eventNoun(e.type))}</span></h3>
${dispute ? `<p>In <a href="${h(`${dispute.base}/app/disputes/${dispute.id}#entry-${e.id}`)}">${h(dispute.title)}</a></p>` : ''}
<p class="evidence">${h(e.sentence)}</p>
${e.quote ? `<blockquote>“${h(e.quote)}”</blockquote>` : ''}
${answered ? `<p class="answers">Answers the <a href="#entry-${answered.id}">${h(eventNoun(answered.type))} of ${h(formatDay(answered.date))}</a>.</p>` : ''}
<p class="corroboration">Reported by <strong>${e.corroboration}</strong> ${outlets}.</p>
${sources.length ? `<ul class="sources" aria-label="Sources">${sources.join('')}</ul>` : ''}
</li>`;
}

const partyLink = (base: string, p: PageParty) => `<a href="${h(`${base}/app/actors/${p.id}`)}">${h(p.name)}</a>`;
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
  const words = wordsOf(data);
  const entries = [...data.entries].sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  const byId = new Map(entries.map((e) => [e.id, e]));
  const parties = d.parties.map((p) => {
    const role = roleWord(p.role);
    return `<li>${partyLink(base, p)}${role ? `, ${h(role)}` : ''}${p.kind ? ` <span class="badge">${h(p.kind.replace(/_/g, ' '))}</span>` : ''}</li>`;
  });
  const changes = data.changes.map((c) => {
    const text = describeLevelChange(c, words);
    return `<li>${h(text[0]!.toUpperCase() + text.slice(1))}${c.timelineEntryId && byId.has(c.timelineEntryId) ? `: <a href="#entry-${c.timelineEntryId}">${h(sentenceOf(byId.get(c.timelineEntryId)!, byId))}</a>` : ''}.</li>`;
  });
  const feedUrl = `${base}/disputes/${d.id}/atom`;
  const chartData = { ...data, entries };
  const body = `<header>
<nav aria-label="Site"><a href="${h(`${base}/app`)}">← All disputes</a></nav>
<h1>${h(d.title)}</h1>
<ul class="meta" aria-label="Dispute summary">
<li>Level: <strong>${h(describeLevel(d.level, d.levelType, words))}</strong></li>
<li>Status: <span class="badge status-${h(d.status)}"><strong>${h(d.status)}</strong></span></li>
<li>Escalation index: <strong>${h(d.escalationIndex.toFixed(2))}</strong></li>
<li>Issue: <strong>${h(d.issue)}</strong></li>
<li>Events: <strong>${entries.length}</strong>${d.firstEventAt ? `, ${h(formatDay(d.firstEventAt))} to ${h(formatDay(d.lastEventAt ?? d.firstEventAt))}` : ''}</li>
${data.lead ? renderLeadItem(data.lead) : ''}</ul>
<p><a href="${h(feedUrl)}">Follow this dispute (Atom feed)</a> · <a href="${h(`${base}/disputes/${d.id}/timeline`)}">JSON</a> · <a href="${h(`${base}/disputes/${d.id}/timeline?format=csv`)}">CSV</a></p>
</header>
<main id="main">
<section aria-labelledby="parties-h"><h2 id="parties-h">Parties</h2><ul class="plain parties">${parties.join('')}</ul></section>
<section aria-labelledby="chart-h"><h2 id="chart-h">Escalation over time</h2>
<figure>
${renderLevelChart(chartData, WIDE)}
${renderLevelChart(chartData, NARROW)}
<figcaption>The level is the highest step on the escalation ladder reached so far; a settlement lowers it.</figcaption>
</figure>
${chartTable(levelSeries(entries, data.changes), words, byId)}
</section>
<section aria-labelledby="changes-h"><h2 id="changes-h">Changes of level</h2>${changes.length ? `<ul class="changes">${changes.join('')}</ul>` : '<p>No change of level recorded.</p>'}</section>
<section aria-labelledby="timeline-h"><h2 id="timeline-h">Timeline</h2>
${entries.length ? `<ol class="timeline">${entries.map((e) => renderEntry(e, byId, words)).join('\n')}</ol>` : '<p>No events yet.</p>'}
</section>
</main>`;
  return layout(`${d.title} — Brinkwatch`, body, data.generatedAt, `<link rel="alternate" type="application/atom+xml" title="${h(d.title)}" href="${h(feedUrl)}">\n`);
}

export interface DisputeIndexData {
  disputes: PageDispute[];
  generatedAt: Date;
  baseUrl?: string;
  ladderLevels?: Record<string, number>;
  deescalationType?: string;
}

/** The index page: disputes in the order given (the route asks for most escalated first), each linked to its page. */
export function renderDisputeIndex(list: DisputeIndexData): string {
  const base = list.baseUrl ?? '';
  const words = wordsOf(list);
  const rows = list.disputes.map(
    (d) => `<tr data-dispute-id="${d.id}">
<td class="title"><a href="${h(`${base}/app/disputes/${d.id}`)}">${h(d.title)}</a></td>
<td data-label="Parties">${d.parties.map((p) => partyLink(base, p)).join(' · ')}</td>
<td class="inline" data-label="Status"><span class="badge status-${h(d.status)}">${h(d.status)}</span></td>
<td class="inline" data-label="Level">${h(describeLevel(d.level, d.levelType, words))}</td>
<td class="inline" data-label="Index">${h(d.escalationIndex.toFixed(2))}</td>
<td class="inline" data-label="Events">${d.eventCount}</td>
<td class="inline" data-label="Last event">${d.lastEventAt ? `<time datetime="${h(d.lastEventAt)}">${h(formatDay(d.lastEventAt))}</time>` : ''}</td>
</tr>`,
  );
  const body = `<header><h1>Disputes over AI, most escalated first</h1>
<p>Each dispute groups the dated events between its parties over one issue. Its level is the highest step reached on the escalation ladder (calm, demand, accusation … restrictions); the index weighs recent, corroborated steps more.</p></header>
<main id="main">
<h2 id="list-h">Disputes</h2>
${rows.length ? `<table class="cards" aria-labelledby="list-h"><thead><tr><th scope="col">Dispute</th><th scope="col">Parties</th><th scope="col">Status</th><th scope="col">Level</th><th scope="col">Index</th><th scope="col">Events</th><th scope="col">Last event</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>` : '<p>No disputes yet.</p>'}
</main>`;
  return layout('Disputes — Brinkwatch', body, list.generatedAt);
}

export interface ActorPageData {
  actor: { id: number; name: string; kind: string; aliases: string[] };
  disputes: { id: number; title: string; issue: string; status: string; level: number; levelType: string | null; lastEventAt: string | null }[];
  /** Recent events where the actor acts or is the target, newest first, each with its dispute. */
  events: { entry: PageEntry; dispute: { id: number; title: string } }[];
  ladderLevels?: Record<string, number>;
  deescalationType?: string;
  generatedAt: Date;
  baseUrl?: string;
}

/** The page of an actor: who it is, its disputes and its recent events, with a link to its Atom feed. */
export function renderActorPage(data: ActorPageData): string {
  const base = data.baseUrl ?? '';
  const words = wordsOf(data);
  const a = data.actor;
  const feedUrl = `${base}/actors/${a.id}/atom`;
  const disputes = data.disputes.map(
    (d) => `<li><a href="${h(`${base}/app/disputes/${d.id}`)}">${h(d.title)}</a> — ${h(describeLevel(d.level, d.levelType, words))}, <span class="badge status-${h(d.status)}">${h(d.status)}</span>${d.lastEventAt ? `, last event ${h(formatDay(d.lastEventAt))}` : ''}</li>`,
  );
  const events = data.events.map(({ entry, dispute }) => renderEntry(entry, new Map(), words, { ...dispute, base }));
  const body = `<header>
<nav aria-label="Site"><a href="${h(`${base}/app`)}">← All disputes</a></nav>
<h1>${h(a.name)}</h1>
<ul class="meta" aria-label="Actor summary">
<li>Kind: <strong>${h(a.kind.replace(/_/g, ' '))}</strong></li>
${a.aliases.length ? `<li>Also called: <strong>${h(a.aliases.join(', '))}</strong></li>` : ''}
<li>Disputes: <strong>${data.disputes.length}</strong></li>
</ul>
<p><a href="${h(feedUrl)}">Follow ${h(a.name)} (Atom feed)</a> · <a href="${h(`${base}/actors/${a.id}`)}">JSON</a></p>
</header>
<main id="main">
<section aria-labelledby="disputes-h"><h2 id="disputes-h">Disputes</h2>${disputes.length ? `<ul class="plain">${disputes.join('')}</ul>` : '<p>No disputes.</p>'}</section>
<section aria-labelledby="events-h"><h2 id="events-h">Recent events</h2>
${events.length ? `<ol class="timeline">${events.join('\n')}</ol>` : '<p>No events yet.</p>'}
</section>
</main>`;
  return layout(`${a.name} — Brinkwatch`, body, data.generatedAt, `<link rel="alternate" type="application/atom+xml" title="${h(a.name)}" href="${h(feedUrl)}">\n`);
}
