/**
 * Screenshots of the HTML pages for the README: runs `brinkwatch demo` on a throwaway database and a free port,
 * opens /app and the seed dispute's page in headless Chromium (playwright-core, /usr/bin/chromium or CHROMIUM_PATH)
 * at 390 px (a phone) and 1280 px, saves full-page PNGs in docs/ and prints each page's width (a page wider than
 * its window scrolls sideways). Usage: `npm run screenshots`.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  const disputes = (await (await fetch(`${base}/disputes?sort=escalation`)).json()) as { items: { id: number; parties: { name: string }[] }[] };
  const seed = disputes.items.find((d) => ['Alibaba', 'Anthropic'].every((n) => d.parties.some((p) => p.name === n)))!.id;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    for (const width of [390, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 844 : 900 }, deviceScaleFactor: 1 });
      for (const [name, path] of [['index', '/app'], ['dispute', `/app/disputes/${seed}`]] as const) {
        await page.goto(`${base}${path}`);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        const file = `docs/${name}-${width}.png`;
        await page.screenshot({ path: file, fullPage: true });
        process.stdout.write(`${file}: ${path} at ${width} px, page ${scrollWidth} px wide\n`);
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
