/**
 * Serves benchmark articles as RSS feeds (items with full text in content:encoded) and as article
 * pages, on loopback only. Each feed is an outlet with its own host — 127.0.0.2, 127.0.0.3, … — as news
 * sites are, so the per-host politeness limiter spaces requests per outlet, not over the whole run.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BenchArticle } from './corpus.ts';

export interface FeedServer {
  port: number;
  /** One entry per feed, as the sources file lists it. */
  feeds: { id: string; url: string; host: string }[];
  requests: { feeds: number; pages: number };
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const paragraphs = (text: string) => text.split('\n\n').map((p) => `<p>${esc(p)}</p>`).join('\n');

/** Starts one server per feed host on the same port and serves `articles` in feeds of `perFeed` items. */
export async function startFeedServer(articles: BenchArticle[], perFeed = 100): Promise<FeedServer> {
  const feedCount = Math.ceil(articles.length / perFeed);
  if (feedCount > 250) throw new Error('bench: at most 250 feeds (one loopback address each)');
  const requests = { feeds: 0, pages: 0 };
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const host = (req.headers.host ?? '').split(':')[0]!;
    const feed = Number(host.split('.')[3]) - 2;
    const url = req.url ?? '/';
    let m: RegExpMatchArray | null;
    if (url === '/feed.rss' && feed >= 0 && feed < feedCount) {
      requests.feeds++;
      const items = articles.slice(feed * perFeed, (feed + 1) * perFeed);
      // Conditional GET as real outlets answer it: the feed never changes during a run.
      const etag = `"bench-feed-${feed}-${items.length}"`;
      if (req.headers['if-none-match'] === etag) {
        res.writeHead(304, { etag });
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8', etag });
      res.end(renderFeed(host, feed, items, port));
    } else if ((m = url.match(/^\/a\/(\d+)\.html$/)) && articles[Number(m[1]) - 1]) {
      requests.pages++;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(renderPage(articles[Number(m[1]) - 1]!));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  };
  const servers: Server[] = [];
  let port = 0;
  for (let k = 0; k < feedCount; k++) {
    const server = createServer({ keepAliveTimeout: 5_000 }, handler);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, `127.0.0.${k + 2}`, () => resolve());
    });
    port = (server.address() as AddressInfo).port;
    servers.push(server);
  }
  return {
    port,
    feeds: Array.from({ length: feedCount }, (_, k) => ({
      id: `bench-outlet-${String(k + 1).padStart(3, '0')}`,
      host: `127.0.0.${k + 2}`,
      url: `http://127.0.0.${k + 2}:${port}/feed.rss`,
    })),
    requests,
    async close() {
      await Promise.all(
        servers.map((s) => new Promise<void>((resolve) => { s.closeAllConnections(); s.close(() => resolve()); })),
      );
    },
  };
}

function renderFeed(host: string, feed: number, items: BenchArticle[], port: number): string {
  const base = `http://${host}:${port}`;
  const body = items
    .map((a) => `    <item>
      <title>${esc(a.title)}</title>
      <link>${base}/a/${a.id}.html</link>
      <guid isPermaLink="false">bench-${a.id}</guid>
      <pubDate>${new Date(a.published).toUTCString()}</pubDate>
      <description>${esc(a.text.slice(0, a.text.indexOf('. ') + 1 || 200))}</description>
      <content:encoded><![CDATA[${paragraphs(a.text)}]]></content:encoded>
    </item>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
  <channel>
    <title>Bench outlet ${feed + 1}</title>
    <link>${base}/</link>
    <description>Generated for the Brinkwatch benchmark from our own fictional sentences.</description>
    <ttl>60</ttl>
${body}
  </channel>
</rss>
`;
}

function renderPage(a: BenchArticle): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(a.title)} | Bench outlet</title>
<meta property="article:published_time" content="${a.published}"></head>
<body>
<header class="masthead"><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/tech">Tech</a></nav></header>
<main><article class="story">
<h1>${esc(a.title)}</h1>
<p class="byline">By Bench Desk</p>
<div class="story-body">
${paragraphs(a.text)}
</div>
</article>
<aside class="related"><h2>Related</h2><ul><li><a href="/a/1.html">Other story</a></li></ul></aside></main>
<footer>Generated for the Brinkwatch benchmark.</footer>
</body></html>
`;
}
