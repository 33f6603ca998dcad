/**
 * Headers of the HTML pages (issue 19, red-team finding 13): Content-Security-Policy with frame-ancestors,
 * X-Content-Type-Options: nosniff (on every answer), X-Frame-Options; served answers and cached ones alike. In
 * headless Chromium the served timeline page still loads without a policy violation, and another site cannot
 * frame it.
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp, PAGE_CSP } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { freshPglite, testConfig, testCtx } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles } from '../../helpers/seed.ts';

let handle: DbHandle;
let app: FastifyInstance;
let disputeId = 0;

beforeAll(async () => {
  handle = await freshPglite();
  const ctx = testCtx(testConfig(), handle);
  await seedArticles(ctx, handle, SEED_CASE);
  app = await buildApp({ ctx });
  disputeId = (await app.inject({ url: '/disputes' })).json().items[0].id;
}, 60_000);
afterAll(async () => {
  await app?.close();
  await handle?.close();
});

describe('security headers', () => {
  it('every HTML page carries the policy, nosniff and no framing; cached answers too', async () => {
    const pages = [
      { url: '/app' },
      { url: `/app/disputes/${disputeId}` },
      { url: `/app/disputes/${disputeId}` }, // the response cache's copy
      { url: `/disputes/${disputeId}`, headers: { accept: 'text/html' } },
      { url: '/subscriptions/confirm?token=v1.c.1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
      { url: '/unsubscribe?token=v1.u.1.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA' },
    ];
    for (const p of pages) {
      const res = await app.inject(p);
      expect(res.headers['content-type'], p.url).toMatch(/^text\/html/);
      expect(res.headers['content-security-policy'], p.url).toBe(PAGE_CSP);
      expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(res.headers['x-content-type-options'], p.url).toBe('nosniff');
      expect(res.headers['x-frame-options'], p.url).toBe('DENY');
    }
  });

  it('JSON, Atom and CSV answers are nosniff without a page policy', async () => {
    for (const url of ['/disputes', `/disputes/${disputeId}/atom`, `/disputes/${disputeId}/timeline?format=csv`, '/nope']) {
      const res = await app.inject({ url });
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['content-security-policy'], url).toBeUndefined();
    }
  });

  const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  it.skipIf(!existsSync(CHROMIUM))('in Chromium the page loads without a policy violation, and cannot be framed by another site', async () => {
    const { chromium } = await import('playwright-core');
    await app.listen({ host: '127.0.0.1', port: 0 });
    const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
    // Another origin (localhost, another port) that frames the page.
    const framer: Server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe id="f" src="${base}/app/disputes/${disputeId}"></iframe>`));
    await new Promise<void>((r) => framer.listen(0, 'localhost', r));
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    try {
      const page = await browser.newPage();
      const problems: string[] = [];
      page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
      await page.goto(`${base}/app/disputes/${disputeId}`, { waitUntil: 'load' });
      expect(problems).toEqual([]);
      // The inline stylesheet applies (the policy allows it): the page is not in the browser's default 8px margin.
      expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('"Times New Roman"');
      const framed = await browser.newPage();
      const refused: string[] = [];
      framed.on('console', (m) => refused.push(m.text()));
      await framed.goto(`http://localhost:${(framer.address() as { port: number }).port}/`, { waitUntil: 'load' });
      await framed.waitForTimeout(300);
      // Chromium puts its own error page in the frame instead of ours.
      const frame = framed.frames().find((f) => f !== framed.mainFrame());
      expect(frame?.url() ?? '').not.toContain('/app/disputes/');
      expect(refused.join('\n')).toMatch(/frame-ancestors|Refused to (display|frame)/);
    } finally {
      await browser.close();
      await new Promise((r) => framer.close(r));
    }
  }, 60_000);
});
