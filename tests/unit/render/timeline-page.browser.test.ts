/**
 * The HTML pages in headless Chromium (Debian's `chromium` driven by playwright-core): no console error, a 390 px
 * phone shows them without sideways scrolling and with readable chart text, and axe-core (WCAG 2.1 A and AA rules:
 * headings, contrast, names, the chart's text alternative) finds no violation. Skipped with a message when
 * /usr/bin/chromium is absent; `.ci/run` installs it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderActorPage, renderDisputeIndex, renderDisputePage } from '../../../api/render/timeline-page.ts';
import { pageFixture } from './fixtures.ts';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

function indexFixture() {
  const f = pageFixture();
  const long = { ...f.dispute, id: 2, title: 'Garante per la protezione dei dati personali – Sorella AI: data protection', parties: [{ id: 7, name: 'Garante per la protezione dei dati personali' }, { id: 8, name: 'Sorella AI' }] };
  return renderDisputeIndex({ disputes: [f.dispute, long, { ...f.dispute, id: 3, status: 'resolved', level: 2, levelType: 'DEESCALATION' }], ladderLevels: f.ladderLevels, deescalationType: 'DEESCALATION', generatedAt: f.generatedAt });
}

function actorFixture() {
  const f = pageFixture();
  return renderActorPage({
    actor: { id: 1, name: 'Alibaba', kind: 'company', aliases: [] },
    disputes: [{ id: 1, title: f.dispute.title, issue: f.dispute.issue, status: 'escalating', level: 6, levelType: 'LEGAL_ACTION', lastEventAt: '2026-11-20' }],
    events: f.entries.map((entry) => ({ entry, dispute: { id: 1, title: f.dispute.title } })),
    ladderLevels: f.ladderLevels,
    deescalationType: 'DEESCALATION',
    generatedAt: f.generatedAt,
  });
}

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
    const points = page.locator('svg.chart-wide circle.point');
    expect(await points.count()).toBe(3);
    const ys = await points.evaluateAll((els) => els.map((e) => Number(e.getAttribute('cy'))));
    // SVG y grows downwards: a rising level means a non-increasing cy.
    expect(ys[1]!).toBeLessThan(ys[0]!);
    expect(await page.locator('svg.chart-wide').isVisible()).toBe(true);
    expect(await page.locator('svg.chart-narrow').isVisible()).toBe(false);
    await page.close();
  });

  const pages: [string, () => string][] = [
    ['dispute page', () => renderDisputePage(pageFixture())],
    ['index', indexFixture],
    ['actor page', actorFixture],
  ];

  for (const [name, html] of pages) {
    it(`the ${name} fits a 390 px phone without sideways scrolling`, async () => {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      await page.setContent(html(), { waitUntil: 'load' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // The chart's words keep a readable size on a phone (they shrank to ~5 px when one wide chart was scaled down).
      const sizes = await page.locator('svg.chart text').evaluateAll((els) =>
        els.filter((e) => (e as SVGGraphicsElement).getBoundingClientRect().height > 0).map((e) => (e as SVGGraphicsElement).getBoundingClientRect().height),
      );
      for (const px of sizes) expect(px).toBeGreaterThanOrEqual(10);
      await page.close();
    });

    for (const width of [390, 1280]) {
      it(`the ${name} passes axe-core (WCAG 2.1 A/AA) at ${width} px`, async () => {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(html(), { waitUntil: 'load' });
        await page.addScriptTag({ content: AXE });
        const result = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<unknown> } }).axe;
          return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
        })) as { violations: { id: string; nodes: { target: string[] }[] }[]; passes: { id: string }[] };
        expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
        const passed = result.passes.map((p) => p.id);
        for (const rule of ['color-contrast', 'heading-order', 'page-has-heading-one', 'landmark-one-main', 'link-name']) expect(passed, rule).toContain(rule);
        if (name === 'dispute page') expect(passed).toContain('svg-img-alt');
        await page.close();
      });
    }
  }

  it('keyboard focus is visible on links (an outline of at least 2 px)', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.setContent(renderDisputePage(pageFixture()), { waitUntil: 'load' });
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineWidth }));
    expect(first.text).toBe('Skip to the content');
    expect(parseFloat(first.outline)).toBeGreaterThanOrEqual(2);
    await page.keyboard.press('Tab');
    const second = await page.evaluate(() => ({ text: document.activeElement?.textContent, outline: getComputedStyle(document.activeElement!).outlineWidth }));
    expect(second.text).toBe('← All disputes');
    expect(parseFloat(second.outline)).toBeGreaterThanOrEqual(2);
    await page.close();
  });
});
