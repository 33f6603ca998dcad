/**
 * The list of sources we watch (feeds/sources.json by default, SOURCES_FILE to change it), its schema,
 * and OPML import/export. A source without pollIntervalMinutes is polled adaptively (feeds/policy.ts), starting
 * from 60 minutes for news and 6 hours for official sources; one with it keeps that fixed interval.
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { z } from 'zod';
import type { NewSource, Source } from '../db/queries/sources.ts';

export const SOURCE_KINDS = ['news', 'regulator', 'ministry', 'court', 'legislature'] as const;
export const SOURCE_FORMATS = ['rss', 'atom', 'rdf', 'json', 'federal-register', 'html-list'] as const;

export const SourceDefSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lower-case letters, digits and dashes'),
    name: z.string().min(1),
    kind: z.enum(SOURCE_KINDS),
    url: z.string().url().refine((u) => /^https?:\/\//i.test(u), 'an http or https URL'),
    format: z.enum(SOURCE_FORMATS).default('rss'),
    pollIntervalMinutes: z.number().int().positive().optional(),
    enabled: z.boolean().default(true),
    selectors: z
      .object({ item: z.string(), title: z.string(), link: z.string(), date: z.string().optional(), summary: z.string().optional() })
      .optional(),
  })
  .refine((s) => s.format !== 'html-list' || s.selectors, { message: 'an html-list source needs selectors' });
export type SourceDef = z.infer<typeof SourceDefSchema>;

export const SourceFileSchema = z.object({ sources: z.array(SourceDefSchema) });

/** The default poll interval of a kind of source. */
export function defaultIntervalMinutes(kind: string): number {
  return kind === 'news' ? 60 : 360;
}

/** Parses a sources document (JSON text); `base` replaces a `{{BASE}}` placeholder in URLs. */
export function parseSourceList(json: string, base?: string): SourceDef[] {
  const raw = JSON.parse(base ? json.replaceAll('{{BASE}}', base) : json) as unknown;
  const parsed = SourceFileSchema.safeParse(Array.isArray(raw) ? { sources: raw } : raw);
  if (!parsed.success) {
    throw new Error(`sources: invalid list: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const ids = new Set<string>();
  for (const s of parsed.data.sources) {
    if (ids.has(s.id)) throw new Error(`sources: duplicate id ${s.id}`);
    ids.add(s.id);
  }
  return parsed.data.sources;
}

/** Reads a sources file. */
export function loadSourceFile(path: string, base?: string): SourceDef[] {
  return parseSourceList(readFileSync(path, 'utf8'), base);
}

/** Turns a source definition into a database row. */
export function toSourceRow(s: SourceDef): NewSource {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind,
    url: s.url,
    format: s.format,
    pollIntervalMinutes: s.pollIntervalMinutes ?? defaultIntervalMinutes(s.kind),
    configuredIntervalMinutes: s.pollIntervalMinutes ?? null,
    selectors: s.selectors ?? null,
    enabled: s.enabled,
  };
}

const FORMAT_BY_OPML_TYPE: Record<string, SourceDef['format']> = { rss: 'rss', atom: 'atom', rdf: 'rdf', json: 'json' };

/** An outline parseOpml left out, and why. */
export interface SkippedOutline {
  name: string;
  url: string;
  reason: string;
}

/**
 * Reads an OPML 2.0 subscription list into source definitions (nested outlines are flattened). Only http and
 * https feeds are taken; the others (file:, ftp:, javascript:, …) are listed in `skipped` with the reason. Ids
 * are made unique within the file in linear time (20,000 outlines of one title had taken 35 s).
 */
export function parseOpml(xml: string, skipped: SkippedOutline[] = []): SourceDef[] {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', processEntities: true, htmlEntities: false });
  let doc: unknown;
  try {
    doc = parser.parse(xml);
  } catch (err) {
    throw new Error('opml: not well-formed XML', { cause: err });
  }
  const body = (doc as { opml?: { body?: unknown } }).opml?.body;
  if (!body) throw new Error('opml: no <opml><body> element');
  const out: SourceDef[] = [];
  const unique = uniqueIds();
  const walk = (node: unknown) => {
    for (const o of ([] as unknown[]).concat((node as { outline?: unknown }).outline ?? [])) {
      const outline = o as Record<string, string | undefined>;
      const url = outline.xmlUrl ?? outline.xmlurl;
      const name = outline.title ?? outline.text ?? url;
      if (url && !/^https?:\/\//i.test(String(url).trim())) {
        skipped.push({ name: String(name), url: String(url), reason: 'not an http or https URL' });
      } else if (url) {
        const id = unique((outline.brinkwatchId ?? slugify(String(name))) || 'source');
        const kind = SOURCE_KINDS.includes(outline.brinkwatchKind as never) ? (outline.brinkwatchKind as SourceDef['kind']) : 'news';
        const interval = Number(outline.brinkwatchInterval);
        out.push(
          SourceDefSchema.parse({
            id,
            name,
            kind,
            url: String(url).trim(),
            format: FORMAT_BY_OPML_TYPE[(outline.type ?? 'rss').toLowerCase()] ?? 'rss',
            ...(Number.isInteger(interval) && interval > 0 ? { pollIntervalMinutes: interval } : {}),
          }),
        );
      }
      walk(outline);
    }
  };
  walk(body);
  return out;
}

/** Writes sources as OPML 2.0, keeping our kind and interval in brinkwatch* attributes. */
export function toOpml(sources: Pick<Source, 'id' | 'name' | 'kind' | 'url' | 'format' | 'pollIntervalMinutes'>[], now: Date): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const lines = sources.map(
    (s) =>
      `    <outline type="${esc(s.format === 'atom' ? 'atom' : 'rss')}" text="${esc(s.name)}" title="${esc(s.name)}" xmlUrl="${esc(s.url)}" brinkwatchId="${esc(s.id)}" brinkwatchKind="${esc(s.kind)}" brinkwatchInterval="${s.pollIntervalMinutes}"/>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0">
  <head>
    <title>Brinkwatch sources</title>
    <dateCreated>${now.toUTCString()}</dateCreated>
  </head>
  <body>
${lines.join('\n')}
  </body>
</opml>
`;
}

/**
 * A function that returns `id`, or `id-2`, `id-3`, … when taken (by an earlier call or by `taken`), in amortised
 * constant time: each base remembers the next suffix to try.
 */
export function uniqueIds(taken: Iterable<string> = []): (id: string) => string {
  const used = new Set(taken);
  const next = new Map<string, number>();
  return (base) => {
    let id = base;
    if (used.has(id)) {
      let n = next.get(base) ?? 2;
      while (used.has(`${base}-${n}`)) n++;
      id = `${base}-${n}`;
      next.set(base, n + 1);
    }
    used.add(id);
    return id;
  };
}

/** What importing sources does to the list already stored. */
export interface ImportPlan {
  /** New sources, with ids that no stored source has. */
  add: SourceDef[];
  /** Ids of stored sources that the file names with the same URL: left as they are. */
  unchanged: string[];
  /** A stored source had the id with another URL: the imported one gets a new id (never takes the stored one over). */
  renamed: { from: string; to: string }[];
}

/** Plans an import against the stored sources (pure): a stored source is never changed or taken over by a file. */
export function planImport(defs: SourceDef[], stored: { id: string; url: string }[]): ImportPlan {
  const byId = new Map(stored.map((s) => [s.id, s.url]));
  const storedUrls = new Set(stored.map((s) => s.url));
  const unique = uniqueIds(stored.map((s) => s.id));
  const plan: ImportPlan = { add: [], unchanged: [], renamed: [] };
  for (const d of defs) {
    const existing = byId.get(d.id);
    if (existing === d.url || (existing === undefined && storedUrls.has(d.url))) {
      plan.unchanged.push(d.id);
      continue;
    }
    const id = unique(d.id);
    if (id !== d.id) plan.renamed.push({ from: d.id, to: id });
    plan.add.push({ ...d, id });
  }
  return plan;
}

function slugify(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
