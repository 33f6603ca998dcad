/**
 * A TCP proxy in front of PostgreSQL that a test can cut: `cut()` destroys every open connection and
 * stops listening (new connections are refused, as when the server is down), `restore()` listens
 * again on the same port. The machine's PostgreSQL itself is never touched.
 */
import net from 'node:net';

export interface PgProxy {
  port: number;
  /** DATABASE_URL through the proxy for the given upstream URL. */
  url: string;
  /** Connections opened through the proxy so far. */
  connections: number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
}

/** Starts a proxy on a free port forwarding to the host and port of `upstreamUrl`. */
export async function startPgProxy(upstreamUrl: string): Promise<PgProxy> {
  const up = new URL(upstreamUrl);
  const sockets = new Set<net.Socket>();
  let server: net.Server;
  const listen = (port: number) =>
    new Promise<number>((resolve, reject) => {
      server = net.createServer((client) => {
        self.connections++;
        const upstream = net.connect({ host: up.hostname, port: Number(up.port || 5432) });
        sockets.add(client);
        sockets.add(upstream);
        const drop = () => {
          client.destroy();
          upstream.destroy();
          sockets.delete(client);
          sockets.delete(upstream);
        };
        client.on('error', drop).on('close', drop);
        upstream.on('error', drop).on('close', drop);
        client.pipe(upstream);
        upstream.pipe(client);
      });
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port));
    });
  const closeServer = () => new Promise<void>((r) => (server.listening ? server.close(() => r()) : r()));
  const port = await listen(0);
  const url = new URL(upstreamUrl);
  url.hostname = '127.0.0.1';
  url.port = String(port);
  const self: PgProxy = {
    port,
    url: url.toString(),
    connections: 0,
    async cut() {
      const closed = closeServer();
      for (const s of sockets) s.destroy();
      sockets.clear();
      await closed;
    },
    async restore() {
      await listen(port);
    },
    async close() {
      await self.cut();
    },
  };
  return self;
}
