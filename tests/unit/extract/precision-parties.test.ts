import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Session 7, precision pass: who the parties are when a sentence names a category, a product or a short name.
// Every sentence is our own; the companies and people are invented.
const run = (text: string, title: string | null = null) => extract({ title, published: '2026-03-02', text });
const names = (text: string, title: string | null = null) => run(text, title).entities.map((e) => e.name);
const events = (text: string, title: string | null = null) => run(text, title).events.map((e) => [e.type, e.actor, e.target]);

describe('a demonym before "AI" names a category of companies, not one', () => {
  it('"Chinese AI and chip firms" is no party', () => {
    const t = 'The Commerce Department has added dozens of Chinese AI and chip firms to the Entity List since 2023.';
    expect(names(t)).not.toContain('Chinese AI');
    expect(events(t).map((e) => e[2])).not.toContain('Chinese AI');
  });

  it('"Chinese AI chip designer Tolvane Micro": the designer is the party', () => {
    const t = 'The Commerce Department on Monday added Chinese AI chip designer Tolvane Micro to the Entity List.';
    expect(names(t)).not.toContain('Chinese AI');
    expect(events(t)).toContainEqual(['RESTRICTION', 'Department of Commerce', 'Tolvane Micro']);
  });

  it('a name before "AI" still names a company', () => {
    const t = 'Halbrook Labs sued Brisa AI on Monday, accusing it of copying its model weights.';
    expect(events(t)).toContainEqual(['LEGAL_ACTION', 'Halbrook Labs', 'Brisa AI']);
  });
});
