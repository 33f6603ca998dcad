/**
 * Serves an embedded PGlite database to other processes over a Unix socket, speaking PostgreSQL's wire
 * protocol, so that `pg` (and drizzle on it) in a second process reads and writes the owner's database
 * instead of opening the files a second time.
 *
 * PGlite is a single backend: every connection shares its one session. So one connection at a time owns
 * it, from its first message until the backend is idle again (ReadyForQuery with status I): a transaction,
 * or an extended-protocol query (Parse, Bind, Execute, Sync sent as separate messages), is never
 * interleaved with another connection's messages, nor with the owner's own queries, which take the same
 * lock (`guardPGlite`). A connection that dies or stays silent while it owns the session is rolled back
 * and dropped, so a stuck client cannot wedge the others.
 *
 * Why not @electric-sql/pglite-socket: its 0.2.18 pins `@electric-sql/pglite` to exactly 0.5.15 (we run
 * 0.5.16) and seven extension packages as required peers; and it queues each message on its own, so
 * two clients' extended-protocol messages can interleave outside a transaction, and the owner's own
 * queries bypass its queue. The framing follows it (and PostgreSQL's protocol chapter, "Message Flow").
 */
import { createServer, type Server, type Socket } from 'node:net';
import { unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';

export const SOCKET_PORT = 5432;
const SSL_REQUEST = 80877103;
const GSSENC_REQUEST = 80877104;
const CANCEL_REQUEST = 80877102;
const SYNC = Uint8Array.from([0x53, 0, 0, 0, 4]);

/** A first-come, first-served async lock over PGlite's one session. */
export class SessionLock {
  private tail: Promise<void> = Promise.resolve();

  /** Resolves with the release function once the caller owns the session. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const mine = new Promise<void>((resolve) => (release = resolve));
    const before = this.tail;
    this.tail = before.then(() => mine);
    return before.then(() => release);
  }

  async run<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/**
 * The owner's PGlite with its queries, transactions, LISTENs and close taken through the session lock
 * (drizzle calls `query` and `transaction`). Notifications raised by other processes' commits reach the
 * owner's listeners all the same: PGlite reads them from every response, raw ones included (measured).
 */
export function guardPGlite(pg: PGlite, lock: SessionLock): PGlite {
  const guarded: Record<string, unknown> = {
    query: (...args: unknown[]) => lock.run(() => (pg.query as (...a: unknown[]) => Promise<unknown>)(...args)),
    exec: (...args: unknown[]) => lock.run(() => (pg.exec as (...a: unknown[]) => Promise<unknown>)(...args)),
    transaction: (fn: never) => lock.run(() => pg.transaction(fn)),
    listen: async (channel: string, cb: (payload: string) => void) => {
      const unlisten = await lock.run(() => pg.listen(channel, cb));
      return () => lock.run(() => unlisten());
    },
    close: () => lock.run(() => pg.close()),
  };
  return new Proxy(pg, {
    get(target, prop, receiver) {
      if (typeof prop === 'string' && prop in guarded) return guarded[prop];
      const value = Reflect.get(target, prop, receiver);
      // PGlite keeps its state in private fields, so its methods must run on the object itself.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export interface PGliteServer {
  socketDir: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** A connection that owns the session and sends nothing for this long is rolled back and dropped. */
  idleInSessionMs?: number;
}

/** The status byte of the last ReadyForQuery in a response: I idle, T in a transaction, E in a failed one. */
function readyStatus(out: Uint8Array): string | null {
  let status: string | null = null;
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  for (let i = 0; i + 5 <= out.length; ) {
    const type = out[i]!;
    const len = view.getInt32(i + 1);
    if (len < 4 || i + 1 + len > out.length) break;
    if (type === 0x5a /* Z */) status = String.fromCharCode(out[i + 5]!);
    i += 1 + len;
  }
  return status;
}

/** Starts serving `pg` on `<socketDir>/.s.PGSQL.5432` (the path `pg` builds from host = socketDir). */
export async function servePGlite(
  pg: PGlite,
  lock: SessionLock,
  socketDir: string,
  opts: ServeOptions = {},
): Promise<PGliteServer> {
  const idleMs = opts.idleInSessionMs ?? 30_000;
  const path = join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  const connections = new Set<Promise<void>>();
  const sockets = new Set<Socket>();

  const handle = (socket: Socket) => {
    sockets.add(socket);
    let buf = Buffer.alloc(0);
    let started = false;
    let release: (() => void) | null = null;
    let idle: NodeJS.Timeout | null = null;
    let chain: Promise<void> = Promise.resolve();
    let ended = false;

    const exec = async (msg: Uint8Array) => {
      // A copy: the socket may queue it past the next call into PGlite.
      const out = Buffer.from(await pg.execProtocolRaw(msg));
      if (out.length && !socket.destroyed) socket.write(out);
      return readyStatus(out);
    };
    /** Gives the session back, rolling back whatever this connection left open. */
    const endSession = async () => {
      if (ended) return;
      ended = true;
      if (idle) clearTimeout(idle);
      if (!release) return;
      try {
        const status = readyStatus(await pg.execProtocolRaw(SYNC));
        if (status !== 'I') await pg.exec('ROLLBACK');
      } catch {
        /* the database is closing */
      } finally {
        release();
        release = null;
      }
    };
    const drain = async () => {
      for (;;) {
        if (ended) return;
        if (!started) {
          if (buf.length < 8) return;
          const len = buf.readInt32BE(0);
          const code = buf.readInt32BE(4);
          if (len < 8 || len > 10_000) return void socket.destroy();
          if (buf.length < len) return;
          const msg = buf.subarray(0, len);
          buf = buf.subarray(len);
          if (code === SSL_REQUEST || code === GSSENC_REQUEST) {
            socket.write('N'); // no encryption on a local socket; the client goes on in clear text
            continue;
          }
          if (code === CANCEL_REQUEST) return void socket.end(); // one backend: nothing to cancel
          started = true;
          await lock.run(() => exec(msg));
          continue;
        }
        if (buf.length < 5) return;
        const total = 1 + buf.readInt32BE(1);
        if (buf.length < total) return;
        const msg = Uint8Array.from(buf.subarray(0, total));
        buf = buf.subarray(total);
        if (msg[0] === 0x58 /* X: Terminate */) {
          await endSession();
          return void socket.end();
        }
        if (idle) clearTimeout(idle);
        if (!release) release = await lock.acquire();
        if (ended) return; // closed while waiting for the session
        const status = await exec(msg);
        if (status === 'I') {
          release();
          release = null;
        } else {
          idle = setTimeout(() => socket.destroy(), idleMs);
        }
      }
    };
    socket.on('data', (chunk) => {
      buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
      chain = chain.then(drain).catch(() => {
        socket.destroy();
      });
    });
    socket.on('error', () => {});
    const done = new Promise<void>((resolve) => {
      socket.on('close', () => {
        sockets.delete(socket);
        chain = chain.then(endSession, endSession).then(resolve, resolve);
      });
    });
    connections.add(done);
    void done.then(() => connections.delete(done));
  };

  try {
    unlinkSync(path); // left by an owner that was killed; the lock file says it is gone
  } catch {
    /* none */
  }
  const server: Server = createServer({ allowHalfOpen: false }, handle);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ path, readableAll: false, writableAll: false }, () => resolve());
  });
  return {
    socketDir,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        for (const s of sockets) s.destroy();
      });
      await Promise.all([...connections]);
    },
  };
}
