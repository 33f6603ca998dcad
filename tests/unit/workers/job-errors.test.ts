/**
 * What a failed job reports (BullMQ's failedReason, the worker's "job failed" line): drizzle's "Failed query: <sql>
 * params: <values>" becomes the statement's first words and the database's own message and SQLSTATE; the parameters
 * (article text, say) never reach it.
 */
import { describe, expect, it } from 'vitest';
import { withCauseInMessage } from '../../../workers/bullmq.ts';

const diskFull = Object.assign(new Error('could not extend file "base/1/2": No space left on device'), { code: '53100' });
const reason = (message: string, cause: Error = diskFull) => (withCauseInMessage(new Error(message, { cause })) as Error).message;

describe('a failed job\'s reason', () => {
  it('names the statement by its first words, then the database error and its SQLSTATE, without the parameters', () => {
    const r = reason('Failed query: \n    with marked as (\n      update articles set text = $1::text\n    ) select 1\nparams: Anthropic accuses Alibaba,secret');
    expect(r).toBe('Failed query: with marked as ( update articles set text = $1::text ) select 1: could not extend file "base/1/2": No space left on device (53100)');
    expect(r).not.toContain('secret');
    expect(reason('Failed query: insert into x (a) values ($1)\nparams: 1')).toBe('Failed query: insert into x (a) values ($1): could not extend file "base/1/2": No space left on device (53100)');
  });

  it('cuts a long statement at 80 characters', () => {
    const sqlLine = `update articles set ${'x = $1, '.repeat(20)}`;
    expect(reason(`Failed query: ${sqlLine}\nparams: 1`)).toBe(`Failed query: ${sqlLine.slice(0, 80)}…: could not extend file "base/1/2": No space left on device (53100)`);
  });

  it('keeps other errors\' first line, and errors without a cause as they are', () => {
    const check = Object.assign(new Error('new row violates check constraint "x"'), { code: '23514' });
    expect(reason('Something broke\nmore detail', check)).toBe('Something broke: new row violates check constraint "x" (23514)');
    const plain = new Error('plain');
    expect(withCauseInMessage(plain)).toBe(plain);
  });
});
