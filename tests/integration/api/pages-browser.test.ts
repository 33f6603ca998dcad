/**
 * The HTML pages as a reader on a phone meets them: the real API on 127.0.0.1 over real PostgreSQL, headless
 * Chromium at 390 px. Pages fit without sideways scrolling and pass axe-core; a party's name opens its HTML page;
 * a settled dispute reads in words; the digest sign-up link confirms only when its button is pressed. Skipped with a
 * message when /usr/bin/chromium (or CHROMIUM_PATH) is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../../api/app.ts';
import type { DbHandle } from '../../../db/client.ts';
import { getSubscriptionByEmail, upsertPendingSubscription } from '../../../db/queries/digests.ts';
import { confirmUrl } from '../../../digest/subscriptions.ts';
import { freshPostgres, serviceAvailable, testConfig, testCtx, TEST_DATABASE_URL } from '../../helpers/env.ts';
import { SEED_CASE, seedArticles, type SeedArticle } from '../../helpers/seed.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`pages-browser: ${CHROMIUM} not found; skipping the headless Chromium test`);
const up = present && (await serviceAvailable(TEST_DATABASE_URL, 'PostgreSQL'));
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// A fictional lawsuit that ends in a settlement (our own names and sentences).
const SETTLED: SeedArticle[] = [
  {
    source: 'desk', url: 'http://127.0.0.1/s1', title: 'Quillon sues Borealis', published: '2026-11-02',
    events: [{ type: 'LEGAL_ACTION', actor: 'Quillon Robotics', target: 'Borealis Labs', date: '2026-11-02', sentence: 'Quillon Robotics sued Borealis Labs over its model weights.', issue: 'model weights' }],
  },
  {
    source: 'desk', url: 'http://127.0.0.1/s2', title: 'Quillon and Borealis settle', published: '2026-11-20',
    events: [{ type: 'DEESCALATION', actor: 'Quillon Robotics', target: 'Borealis Labs', date: '2026-11-20', sentence: 'Quillon Robotics and Borealis Labs settled their dispute.', issue: 'model weights' }],
  },
];

let handle: DbHandle;
let app: FastifyInstance;
let base: string;
let browser: import('playwright-core').Browser;
const now = () => new Date('2026-11-26T12:00:00Z');

describe.skipIf(!up)('HTML pages in headless Chromium, on the real API', () => {
  beforeAll(async () => {
    handle = await freshPostgres();
    const ctx = testCtx(testConfig(), handle, now);
    await seedArticles(ctx, handle, [...SEED_CASE, ...SETTLED]);
    app = (await buildApp({ ctx })) as unknown as FastifyInstance;
    base = await app.listen({ host: '127.0.0.1', port: 0 });
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
  });

  async function phonePage() {
    // bypassCSP: axe-core is injected as an inline script, which the pages' own CSP (script-src 'self') rightly refuses;
    // tests/integration/api/security-headers.test.ts checks the pages under their CSP.
    return browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
  }

  it('index, dispute and actor pages fit 390 px and pass axe-core; a party opens its HTML page', async () => {
    const page = await phonePage();
    await page.goto(`${base}/app`);
    const seen: string[] = [];
    const check = async () => {
      seen.push(new URL(page.url()).pathname);
      expect(await page.evaluate(() => document.documentElement.scrollWidth), page.url()).toBeLessThanOrEqual(390);
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (d: Document, o: object) => Promise<{ violations: { id: string }[] }> } }).axe;
        return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
      });
      expect(violations, page.url()).toEqual([]);
    };
    await check();
    // Titles name the main parties and the issue (disputes/story.ts): accuser v. accused.
    await page.getByRole('link', { name: /^Anthropic v\. Alibaba: / }).click();
    await check();
    expect(await page.locator('h1').textContent()).toMatch(/^Anthropic v\. Alibaba: /);
    // The parties carry their roles in words.
    const partiesText = await page.locator('.parties').innerText();
    expect(partiesText).toMatch(/Anthropic, accuser/);
    expect(partiesText).toMatch(/Alibaba, accused/);
    await page.locator('.parties').getByRole('link', { name: 'Alibaba' }).click();
    await check();
    const res = await page.request.get(page.url());
    expect(res.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(await page.locator('h1').textContent()).toBe('Alibaba');
    expect(seen.map((p) => p.replace(/\d+/, 'N'))).toEqual(['/app', '/app/disputes/N', '/app/actors/N']);
    await page.close();
  });

  it('a settled dispute reads in words: the settlement, the level it fell to, no enum names', async () => {
    const page = await phonePage();
    await page.goto(`${base}/app`);
    await page.getByRole('link', { name: /^Quillon Robotics v\. Borealis Labs/ }).click();
    const text = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    expect(text).toContain('Quillon Robotics sued Borealis Labs');
    expect(text).toContain('Quillon Robotics moved to settle with Borealis Labs');
    expect(text).toMatch(/Fell from legal action to threat after a settlement on 20 Nov 2026/);
    expect(await page.locator('header').innerText()).toContain('threat (4 of 7, eased by a settlement)');
    expect(`${text} ${await page.locator('header').innerText()}`).not.toMatch(/\b(LEGAL_ACTION|DEESCALATION)\b/);
    await page.close();
  });

  it("the sign-up confirmation link confirms only when the page's button is pressed", async () => {
    const sub = await upsertPendingSubscription(handle.db, { email: 'reporter@example.org', filters: {}, timeZone: 'UTC', sendAt: '07:00', sendEmpty: false });
    const link = new URL(confirmUrl(app.deps.ctx.config, sub.id, now()));
    const page = await phonePage();
    // What a mail scanner does: GET the link.
    await page.goto(`${base}${link.pathname}${link.search}`);
    expect(await page.locator('h1').textContent()).toBe('Confirm your Brinkwatch digest subscription?');
    expect((await getSubscriptionByEmail(handle.db, 'reporter@example.org'))?.confirmedAt).toBeNull();
    // What a person does: press the button.
    await page.getByRole('button', { name: 'Confirm subscription' }).click();
    await page.waitForLoadState();
    expect(await page.locator('h1').textContent()).toBe('Subscription confirmed');
    expect((await getSubscriptionByEmail(handle.db, 'reporter@example.org'))?.confirmedAt).not.toBeNull();
    await page.close();
  });
});
