/**
 * Screenshots of the HTML pages for the README: runs `brinkwatch demo` on a throwaway database and a free port,
 * opens /app and the seed dispute's page in headless Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH)
 * at 390 px (a phone) and 1280 px, saves full-page PNGs in docs/ and prints each page's width (a page wider than
 * its window scrolls sideways) and axe-core's WCAG 2.1 A/AA violations on the demo's real pages, plus the actor
 * page's. Usage: `npm run screenshots`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const port = 18000 + Math.floor(Math.random() * 2000);
const dir = mkdtempSync(join(tmpdir(), 'brinkwatch-shots-'));
const demo = spawn(process.execPath, ['bin/brinkwatch.mjs', 'demo'], {
  env: { ...process.env, PORT: String(port), PGLITE_DIR: join(dir, 'pglite'), LOG_LEVEL: 'warn' },
  stdio: ['ignore', 'ignore', 'pipe'],
});
try {
  await new Promise<void>((resolve, reject) => {
    let err = '';
    demo.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      if (err.includes('demo: API on')) resolve();
    });
    demo.once('exit', (code) => reject(new Error(`demo exited with ${code}: ${err}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  // The seed case: the demo's dispute between Alibaba and Anthropic.
  const disputes = (await (await fetch(`${base}/disputes?sort=escalation`)).json()) as { items: { id: number; parties: { id: number; name: string }[] }[] };
  const seedDispute = disputes.items.find((d) => ['Alibaba', 'Anthropic'].every((n) => d.parties.some((p) => p.name === n)))!;
  const seed = seedDispute.id;
  const alibaba = (seedDispute.parties as { id?: number; name: string }[]).find((p) => p.name === 'Alibaba')!.id;
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const width of [390, 1280]) {
      // bypassCSP: axe-core goes in as an inline script, which the pages' own Content-Security-Policy refuses.
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1, bypassCSP: true });
      for (const [name, path] of [['index', '/app'], ['dispute', `/app/disputes/${seed}`], ['actor', `/app/actors/${alibaba}`]] as const) {
        await page.goto(`${base}${path}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        await page.addScriptTag({ content: axeSource });
        const violations = (await page.evaluate(async () => {
          const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string }[] }> } }).axe;
          return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })).violations.map((v) => v.id);
        })) as string[];
        const file = `docs/${name}-${width}.png`;
        if (name !== 'actor') await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${name !== 'actor' ? file : path}: ${path} at ${width} px, page ${scrollWidth} px wide, axe violations: ${violations.length ? violations.join(', ') : 'none'}\n`);
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  demo.kill('SIGTERM');
  await new Promise((r) => demo.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
