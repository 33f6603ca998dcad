/**
 * Serves feeds/samples/ on 127.0.0.1 for the offline demo and the tests, replacing the `{{BASE}}`
 * placeholder in every file with the server's own base URL. Every item link of the sample feeds answers: an
 * article with a page in `articles/` gets that page, any other gets a plain page made from its feed item (title,
 * date, the item's own text), so the demo's evidence links all open while it runs.
 */
import { createServer, type Server } from 'node:http';
import { readdir, readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { escapeHtml as h } from '../api/render/escape.ts';
import { parseFeed, type FeedItem } from '../feeds/parse.ts';

const TYPES: Record<string, string> = {
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.rdf': 'application/rdf+xml; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

export interface SampleServer {
  base: string;
  server: Server;
  requests: string[];
  close(): Promise<void>;
}

/** Starts the sample server on an ephemeral port (or `port`). */
export async function startSampleServer(dir = 'feeds/samples', port = 0): Promise<SampleServer> {
  const root = resolve(dir);
  const requests: string[] = [];
  let base = '';
  let itemPages: Promise<Map<string, FeedItem & { feedTitle: string | null }>> | null = null;
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(root, path));
    if (!file.startsWith(root + '/')) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = (await readFile(file, 'utf8')).replaceAll('{{BASE}}', base);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      const item = (await (itemPages ??= indexFeedItems(root))).get(path);
      if (item) res.writeHead(200, { 'content-type': TYPES['.html']! }).end(itemPage(item));
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : port}`;
  return {
    base,
    server,
    requests,
    close: () => new Promise((r) => server.close(() => r())),
  };
}

/** The items of every feed in the folder, by the path of their link (`/articles/<slug>.html`). */
async function indexFeedItems(root: string): Promise<Map<string, FeedItem & { feedTitle: string | null }>> {
  const byPath = new Map<string, FeedItem & { feedTitle: string | null }>();
  for (const name of await readdir(root)) {
    if (!['.rss', '.atom', '.rdf', '.xml'].includes(extname(name))) continue;
    const feed = await parseFeed((await readFile(join(root, name), 'utf8')).replaceAll('{{BASE}}', 'http://samples.invalid'));
    for (const item of feed.items) {
      if (!item.link) continue;
      const path = new URL(item.link, 'http://samples.invalid').pathname;
      if (!byPath.has(path)) byPath.set(path, { ...item, feedTitle: feed.title });
    }
  }
  return byPath;
}

/** A plain article page for a feed item: its title, date and outlet, then the item's own text (fiction, as the feed says). */
function itemPage(item: FeedItem & { feedTitle: string | null }): string {
  // The feed's HTML is our own fiction, served only on 127.0.0.1: it goes into the page as written.
  const text = item.content ?? (item.summary ? `<p>${h(item.summary)}</p>` : '');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${h(item.title ?? 'Sample article')}</title></head>
<body><header><p>${h(item.feedTitle ?? 'Sample feed')} — fictional sample for the Brinkwatch demo</p></header>
<main><article><h1>${h(item.title ?? '')}</h1>${item.published ? `<p><time datetime="${item.published.toISOString()}">${item.published.toISOString().slice(0, 10)}</time></p>` : ''}
<div class="story-body">${text}</div></article></main></body></html>
`;
}
