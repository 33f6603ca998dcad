/**
 * A generated corpus for the fault tests: F feeds × N items, each item a full article page on a local
 * HTTP server (one server — one host — per feed), written by us from fixed templates and seeded
 * pseudo-words. Every pair of consecutive articles reports the same event (same sentence, same day)
 * in otherwise different text, and the same (type, actor, target) comes back only every 10 days, so
 * a clean run yields exactly one event per article and one timeline entry per pair, whatever the
 * order the stages run in.
 */
import { createServer, type Server } from 'node:http';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The event sentences, each checked to give exactly one event with the extractor (`extract/`): a suit is told without
 * its wrongdoing, which the extractor reads as an allegation too ("sued X over the theft of …" gives two events). */
const EVENT_SENTENCES = [
  'Anthropic accused Alibaba of copying its models without permission.',
  'OpenAI sued DeepSeek in a federal court in California.',
  'China threatened to retaliate against the United States over new export controls on chips.',
  'The United States banned exports of advanced chips to China, officials said.',
  'Japan demanded that Google hand over records about its data centres.',
  'The Federal Trade Commission opened an investigation into Nvidia over its chip sales.',
  'India accused Meta of misusing the personal data of its citizens.',
  'Mistral sued OpenAI in a Paris court.',
  'The European Commission opened an investigation into Microsoft over its AI partnerships.',
  'South Korea threatened to fine Apple over its handling of AI training data.',
];

export interface CorpusArticle {
  feed: number;
  item: number;
  path: string;
  title: string;
  published: Date;
  text: string;
}

export interface CorpusFeed {
  id: string;
  server: Server;
  base: string;
  host: string;
  articles: CorpusArticle[];
}

export interface RequestRecord {
  host: string;
  path: string;
  startedAt: number;
}

export interface Corpus {
  feeds: CorpusFeed[];
  articles: CorpusArticle[];
  /** Every request the servers received, in arrival order. */
  requests: RequestRecord[];
  /** Per article URL, how many times it was requested. */
  articleHits(): Map<string, number>;
  /** Writes a sources file for `SOURCES_FILE` and returns its path. */
  writeSourcesFile(dir: string): string;
  urlOf(a: CorpusArticle): string;
  close(): Promise<void>;
}

export interface CorpusOptions {
  feeds: number;
  itemsPerFeed: number;
  /** Delay before each article page is served, to keep jobs in flight. */
  articleDelayMs?: number;
  seed?: number;
  /** Source id prefix, so that two corpora never share ids. */
  idPrefix?: string;
}

/** A small deterministic PRNG (mulberry32), so that a seed replays the same sequence. */
export function mulberry32(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ONSETS = ['b', 'br', 'd', 'f', 'g', 'gl', 'k', 'l', 'm', 'n', 'p', 'pr', 'r', 's', 'st', 't', 'tr', 'v', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ou'];
const CODAS = ['', '', 'n', 'r', 'l', 'sk', 'th', 'm'];

function pseudoWords(rand: () => number, n: number): string[] {
  const words = new Set<string>();
  while (words.size < n) {
    let w = '';
    const syllables = 2 + Math.floor(rand() * 2);
    for (let s = 0; s < syllables; s++) {
      w += ONSETS[Math.floor(rand() * ONSETS.length)]! + VOWELS[Math.floor(rand() * VOWELS.length)]!;
    }
    words.add(w + CODAS[Math.floor(rand() * CODAS.length)]!);
  }
  return [...words];
}

/** A filler sentence: "The" and seven pseudo-words, so no two articles share word triples by accident. */
function fillerSentence(pick: () => string): string {
  return `The ${Array.from({ length: 7 }, pick).join(' ')}.`;
}

function escapeXml(s: string): string {
  return s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Generates the corpus and starts one server per feed on 127.0.0.1. */
export async function startCorpus(opts: CorpusOptions): Promise<Corpus> {
  const rand = mulberry32(opts.seed ?? 20261110);
  const vocab = pseudoWords(rand, 3000);
  const pick = () => vocab[Math.floor(rand() * vocab.length)]!;
  const prefix = opts.idPrefix ?? 'fault';
  const base = Date.UTC(2025, 0, 1, 9, 0, 0);
  const requests: RequestRecord[] = [];
  const feeds: CorpusFeed[] = [];
  const all: CorpusArticle[] = [];
  let index = 0;
  for (let f = 0; f < opts.feeds; f++) {
    const articles: CorpusArticle[] = [];
    for (let j = 0; j < opts.itemsPerFeed; j++, index++) {
      const event = Math.floor(index / 2);
      const paragraphs: string[] = [EVENT_SENTENCES[event % EVENT_SENTENCES.length]!];
      for (let p = 0; p < 4; p++) {
        const sentences: string[] = [];
        for (let s = 0; s < 3; s++) sentences.push(fillerSentence(pick));
        paragraphs.push(sentences.join(' '));
      }
      const a: CorpusArticle = {
        feed: f,
        item: j,
        path: `/articles/${f}-${j}.html`,
        title: `Desk note ${f}-${j} on the ${pick()} ${pick()}`,
        published: new Date(base + event * 86_400_000 + j * 60_000),
        text: paragraphs.join('\n\n'),
      };
      articles.push(a);
      all.push(a);
    }
    feeds.push({ id: `${prefix}-feed-${f}`, server: null as never, base: '', host: '', articles });
  }

  for (const feed of feeds) {
    const server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push({ host: feed.host, path, startedAt: Date.now() });
      if (path === '/feed.rss') {
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss(feed));
        return;
      }
      const a = feed.articles.find((x) => x.path === path);
      if (!a) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      const send = () => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(a));
      if (opts.articleDelayMs) setTimeout(send, opts.articleDelayMs);
      else send();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const addr = server.address();
    const port = typeof addr === 'object' && addr ? addr.port : 0;
    feed.server = server;
    feed.host = `127.0.0.1:${port}`;
    feed.base = `http://${feed.host}`;
  }

  const urlOf = (a: CorpusArticle) => `${feeds[a.feed]!.base}${a.path}`;
  return {
    feeds,
    articles: all,
    requests,
    urlOf,
    articleHits() {
      const hits = new Map<string, number>();
      for (const r of requests) if (r.path.startsWith('/articles/')) hits.set(`http://${r.host}${r.path}`, (hits.get(`http://${r.host}${r.path}`) ?? 0) + 1);
      return hits;
    },
    writeSourcesFile(dir) {
      const file = join(dir, 'sources.json');
      const sources = feeds.map((f) => ({ id: f.id, name: `Fault desk ${f.id}`, kind: 'news', url: `${f.base}/feed.rss`, format: 'rss', pollIntervalMinutes: 60 }));
      writeFileSync(file, JSON.stringify(sources, null, 2));
      return file;
    },
    async close() {
      for (const f of feeds) {
        f.server.closeAllConnections();
        await new Promise<void>((r) => f.server.close(() => r()));
      }
    },
  };
}

function rss(feed: CorpusFeed): string {
  const items = feed.articles
    .map(
      (a) => `<item><title>${escapeXml(a.title)}</title><link>${feed.base}${a.path}</link><guid isPermaLink="false">${feed.id}-${a.item}</guid>` +
        `<pubDate>${a.published.toUTCString()}</pubDate><description>${escapeXml(a.text.split('\n\n')[0]!)}</description></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Fault desk ${feed.id} (generated)</title>` +
    `<link>${feed.base}/</link><description>Generated for the Brinkwatch fault tests.</description>\n${items}\n</channel></rss>`;
}

function page(a: CorpusArticle): string {
  const body = a.text.split('\n\n').map((p) => `<p>${escapeXml(p)}</p>`).join('\n');
  return `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escapeXml(a.title)}</title>` +
    `<meta property="article:published_time" content="${a.published.toISOString()}"></head>` +
    `<body><header><a href="/">Fault desk</a></header><main><article><h1>${escapeXml(a.title)}</h1>\n${body}\n</article></main>` +
    `<footer>Generated text, not news.</footer></body></html>`;
}
