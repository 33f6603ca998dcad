import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runDigestCommand } from '../../../cli/commands/digest.ts';
import { openDb } from '../../../db/client.ts';
import { runMigrations } from '../../../db/migrate.ts';
import { seedDisputes, testConfig } from './helpers.ts';

const dir = mkdtempSync(join(tmpdir(), 'brinkwatch-digest-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('brinkwatch digest preview', () => {
  it('writes the HTML digest of a day to --out without sending', async () => {
    const pgliteDir = join(dir, 'pglite');
    const handle = await openDb({ url: null, pgliteDir });
    await runMigrations(handle);
    await seedDisputes(handle.db);
    await handle.close();
    const out = join(dir, 'digest.html');
    const config = testConfig({ PGLITE_DIR: pgliteDir });
    expect(await runDigestCommand(config, ['preview', '--date', '2026-11-20', '--out', out])).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<title>Brinkwatch digest for 2026-11-20: 1 escalated, 2 events</title>');
    expect(html).toContain('Alibaba denied the claims.');
  });

  it('refuses a missing or malformed date', async () => {
    await expect(runDigestCommand(testConfig(), ['preview', '--date', '20-11-2026', '--out', 'x.html'])).rejects.toThrow('expected --date YYYY-MM-DD');
  });
});
