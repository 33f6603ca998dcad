/**
 * The timeline page in headless Chromium (Debian's `chromium` driven by playwright-core). Skipped with a
 * message when /usr/bin/chromium is absent; `.ci/run` installs it.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDisputePage } from '../../../api/render/timeline-page.ts';
import { pageFixture } from './fixtures.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const present = existsSync(CHROMIUM);
if (!present) console.warn(`timeline-page.browser: ${CHROMIUM} not found; skipping the headless Chromium test`);

describe.skipIf(!present)('timeline page in headless Chromium', () => {
  let browser: import('playwright-core').Browser;
  beforeAll(async () => {
    const { chromium } = await import('playwright-core');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads without console errors, shows the events in order and a chart point per event', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await page.setContent(renderDisputePage(pageFixture()), { waitUntil: 'load' });
    expect(problems).toEqual([]);
    expect(await page.locator('h1').textContent()).toBe('Alibaba – Anthropic: model training data');
    const types = await page.locator('ol.timeline > li').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
    expect(types).toEqual(['ALLEGATION', 'LEGAL_ACTION', 'DENIAL']);
    const points = page.locator('svg.chart circle.point');
    expect(await points.count()).toBe(3);
    const ys = await points.evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    // SVG y grows downwards: a rising level means a non-increasing cy.
    expect(ys[1]!).toBeLessThan(ys[0]!);
    expect(await page.locator('svg.chart').isVisible()).toBe(true);
    await page.close();
  });
});
