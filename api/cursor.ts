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

export function decodeCursor<T extends Record<string, string | number>>(raw: string | undefined, keys: Record<keyof T, 'string' | 'number'>): T | undefined {
  if (raw === undefined) return undefined;
  try {
    const v = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as Record<string, unknown>;
    for (const [k, t] of Object.entries(keys)) if (typeof v[k] !== t) throw new BadCursorError();
    return v as T;
  } catch {
    throw new BadCursorError();
  }
}
