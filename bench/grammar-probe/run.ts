// The grammar probe: sentences of our own, a few per act in each of its common English forms, each with the events a
// reader expects (bench/grammar-probe/README.md). Prints, per group, how many expected events the extractor finds, the
// misses with what it gave instead, and any event on the no-dispute sentences.
//
//   node bin/run-ts.mjs bench/grammar-probe/run.ts [--misses]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract } from '../../extract/index.ts';

interface Case { id: string; group: string; title?: string; text: string; expect: [string, string | null, string | null][] }

const file = fileURLToPath(new URL('./cases.jsonl', import.meta.url));
const cases: Case[] = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Case);
const showMisses = process.argv.includes('--misses');

// A name matches when either contains the other, in any case ("Commerce" for "Department of Commerce"; a null expected
// actor accepts any actor, a null expected target any target).
const fits = (want: string | null, got: string | null): boolean => want === null
  || (!!got && (got.toLowerCase().includes(want.toLowerCase()) || want.toLowerCase().includes(got.toLowerCase())));

const byGroup = new Map<string, { found: number; expected: number; extra: number }>();
for (const c of cases) {
  const events = extract({ title: c.title, text: c.text, published: '2026-03-01' }).events;
  const g = byGroup.get(c.group) ?? { found: 0, expected: 0, extra: 0 };
  byGroup.set(c.group, g);
  g.expected += c.expect.length;
  if (!c.expect.length) g.extra += events.length;
  for (const [type, actor, target] of c.expect) {
    const hit = events.some((e) => e.type === type && fits(actor, e.actor) && fits(target, e.target));
    if (hit) g.found++;
    else if (showMisses) console.log(`miss ${c.id} ${type} ${actor} -> ${target} | got ${events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).join('; ') || 'nothing'} | ${c.text.replace(/\s+/g, ' ').slice(0, 120)}`);
  }
  if (!c.expect.length && events.length && showMisses) console.log(`extra ${c.id} ${events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).join('; ')} | ${c.text.slice(0, 120)}`);
}
let found = 0, expected = 0;
for (const [group, g] of byGroup) {
  found += g.found; expected += g.expected;
  console.log(`${group.padEnd(52)} ${g.expected ? `${g.found}/${g.expected}` : `${g.extra} events on no-dispute sentences`}`);
}
console.log(`${'all'.padEnd(52)} ${found}/${expected} (${cases.length} cases)`);
