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

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Decodes a cursor whose fields have the given types ('date' is a valid YYYY-MM-DD string). */
export function decodeCursor<T extends Record<string, string | number>>(raw: string | undefined, keys: Record<keyof T, 'string' | 'number' | 'date'>): T | undefined {
  if (raw === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const [k, t] of Object.entries(keys)) {
      const x = v[k];
      if (t === 'date') {
        if (typeof x !== 'string' || !DATE.test(x) || Number.isNaN(Date.parse(`${x}T00:00:00Z`)) || new Date(`${x}T00:00:00Z`).toISOString().slice(0, 10) !== x) throw new BadCursorError();
      } else if (t === 'number') {
        if (typeof x !== 'number' || !Number.isSafeInteger(x) || x < 0 || x > 2 ** 53) throw new BadCursorError();
      } else if (typeof x !== 'string' || x.length > 100 || x.includes('\u0000')) throw new BadCursorError();
    }
    return v as T;
  } catch {
    throw new BadCursorError();
  }
}
