/**
 * Serves feeds/samples/ on 127.0.0.1 for the offline demo and the tests, replacing the `{{BASE}}`
 * placeholder in every file with the server's own base URL.
 */
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

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
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
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
