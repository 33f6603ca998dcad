import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Who the parties are when the text refers to them (session 7, branch s7-ref): a spokesperson's body, a pronoun after
// a quotation, a state's ministry named without its state, a capital for its state, a state's agency by description.
// Every sentence here is our own; the companies are invented.
const run = (text: string) => extract({ title: null, published: '2026-04-02', text }, { explain: true }).events.map((e) => [e.type, e.actor, e.target]);

describe('a spokesperson for a body, and a pronoun after a quotation', () => {
  it('a spokeswoman for an embassy denies for its state, never the accuser carried over', () => {
    const evs = run('Canadian officials on Monday accused Beijing of using a front company, Lorvane Trading, to steal chip designs.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa rejected the claims as groundless.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'Canada']);
    expect(evs).not.toContainEqual(['DENIAL', 'Canada', 'China']);
  });
  it('"…," she said: the speaker is the one before, not a name inside the quotation', () => {
    const evs = run('WASHINGTON, May 4 — The United States on Monday accused China of running shell firms to obtain chips for Korvane Systems.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa said the embassy had seen the report.\n\n'
      + '"These claims are groundless, and the U.S. side knows it," she said.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'United States']);
    expect(evs).not.toContainEqual(['DENIAL', 'United States', 'China']);
  });
  it('a quotation whose subject is the accuser, then "she said": no denial by the accuser', () => {
    const evs = run('The United States on Monday accused China of running shell firms to obtain chips for Korvane Systems.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa rejected the claims.\n\n'
      + '"The U.S. side has repeatedly smeared Chinese companies," she said.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'United States']);
    expect(evs).not.toContainEqual(['DENIAL', 'United States', 'China']);
  });
});

describe('a quoted phrase inside the clause is no quotation before the verb', () => {
  it('\'X, calling the claims "completely baseless," said …\' keeps X as the speaker', () => {
    const evs = run('Dravik Intelligence accused Marlow Cloud on Monday of copying its model.\n\n'
      + 'Marlow Cloud, calling the claims "completely baseless," said it had done nothing wrong.');
    expect(evs).toContainEqual(['DENIAL', 'Marlow Cloud', 'Dravik Intelligence']);
  });
});
