/** Opaque keyset cursors: base64url JSON of the last row's sort key; a bad one is a 400. */
export class BadCursorError extends Error {
  statusCode = 400;
  constructor() {
    super('cursor: not a cursor this API issued');
    this.name = 'BadCursorError';
  }
}

export function encodeCursor(value: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

// Years 0001-9999 (PostgreSQL has no year 0; JavaScript reads years PostgreSQL does not).
const DATE = /^(?!0000)\d{4}-\d{2}-\d{2}$/;
const TIMESTAMP = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/**
 * Decodes a cursor whose fields have the given types: 'date' a valid YYYY-MM-DD, 'timestamp' an ISO UTC
 * timestamp, 'int' an id of a `serial` table (up to 2^31 - 1), 'number' one of a `bigserial` table (a safe integer).
 * Anything else, a value PostgreSQL would refuse included, is a BadCursorError (400), never a failed query.
 */
export function decodeCursor<T extends Record<string, string | number>>(raw: string | undefined, keys: Record<keyof T, 'string' | 'number' | 'int' | 'date' | 'timestamp'>): T | undefined {
  if (raw === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const [k, t] of Object.entries(keys)) {
      const x = v[k];
      if (t === 'date') {
        if (typeof x !== 'string' || !DATE.test(x) || Number.isNaN(Date.parse(`${x}T00:00:00Z`)) || new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) !== x) throw new BadCursorError();
      } else if (t === 'timestamp') {
        if (typeof x !== 'string' || !TIMESTAMP.test(x) || Number.isNaN(Date.parse(x))) throw new BadCursorError();
      } else if (t === 'number' || t === 'int') {
        if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x > (t === 'int' ? 2_147_483_647 : Number.MAX_SAFE_INTEGER)) throw new BadCursorError();
      } else if (typeof x !== 'string' || x.length > 100 || x.includes('\u0000')) throw new BadCursorError();
    }
    return v as T;
  } catch {
    throw new BadCursorError();
  }
}
