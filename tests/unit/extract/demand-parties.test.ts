// Who asks whom (session 7b, branch s7b-demands; extract/README.md "Who asks whom: counted and led groups"): a group
// subject counted instead of determined ("Two senators urged …") is the persons the article names with that title, one
// event by the first; a fronted phrase before a group led by named persons is no part of its subject. Sentences are
// our own; the parties are invented.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('a counted group of legislators asks for the persons named with that title', () => {
  it('"Two senators urged X": the first senator the article names, once', () => {
    const text = 'Two senators on Tuesday urged the Commerce Department to open an investigation into Velmora Robotics. '
      + 'Senator Ada Quist and Senator Boris Lund said in a letter that the company posed a risk.';
    expect(run(text).filter((e) => e.startsWith('DEMAND'))).toEqual(['DEMAND Ada Quist -> Department of Commerce']);
  });

  it('a party label may stand between the count and the noun', () => {
    const text = 'Three Democratic senators urged the Commerce Department to blacklist Velmora Robotics. '
      + 'The letter was signed by Senator Ada Quist, Senator Boris Lund and Senator Cleo Marr.';
    expect(run(text).filter((e) => e.startsWith('DEMAND'))).toEqual(['DEMAND Ada Quist -> Department of Commerce']);
  });

  it('no senator named anywhere: no requester, no event', () => {
    expect(run('Two senators urged the Commerce Department to blacklist Velmora Robotics.')).toEqual([]);
  });

  it('a count of a noun no title covers still names no one', () => {
    const text = 'Two analysts urged the Commerce Department to blacklist Velmora Robotics. Senator Ada Quist declined to comment.';
    expect(run(text).filter((e) => e.startsWith('DEMAND'))).toEqual([]);
  });
});

describe('a group led by named persons after a fronted phrase', () => {
  it('"In a letter to A, eleven senators led by B urged …": B asks', () => {
    const text = 'In a letter to the Commerce Department, eleven senators led by Senator Ada Quist urged the agency to reject the licence for Velmora Robotics.';
    expect(run(text).filter((e) => e.startsWith('DEMAND'))).toEqual(['DEMAND Ada Quist -> Department of Commerce']);
  });
});

describe('a dateline and a time phrase are no part of a counted group subject', () => {
  it('"CITY - Two senators on Monday urged …"', () => {
    const text = 'DALMORE - Two senators on Monday urged the Commerce Department to blacklist Velmora Robotics.\n\n'
      + 'In a letter, Sen. Ada Quist and Sen. Boris Lund wrote that the company posed a risk.';
    expect(run(text).filter((e) => e.startsWith('DEMAND'))).toEqual(['DEMAND Ada Quist -> Department of Commerce']);
  });
});

describe('a letter\'s addressee taken up by a description with its head noun', () => {
  it('"In a letter to the Commerce Department, … urged the department …": the department is the letter\'s addressee', () => {
    const text = "China's Ministry of Commerce said it would suspend its review of Velmora Robotics. "
      + 'In a letter to the Commerce Department on Monday, eleven senators led by Senator Ada Quist urged the department not to lift the curbs on Velmora Robotics.';
    const evs = extract({ text, title: '', published: '2026-03-12' }, { explain: true }).events.filter((e) => e.type === 'DEMAND');
    expect(evs.map((e) => `${e.actor} -> ${e.target} (${e.explain?.target})`)).toEqual(["Ada Quist -> Department of Commerce (the letter's addressee)"]);
  });

  it('a description with another head noun is left to reference', () => {
    const text = 'In a letter to the Commerce Department on Monday, eleven senators led by Senator Ada Quist urged the agency to act against Velmora Robotics.';
    const evs = extract({ text, title: '', published: '2026-03-12' }, { explain: true }).events.filter((e) => e.type === 'DEMAND');
    expect(evs.every((e) => e.explain?.target !== "the letter's addressee" || e.target === 'Department of Commerce')).toBe(true);
  });
});

describe('a spokesperson\'s body is named before the noun, after "for"/"at", or in apposition — not as the verb\'s object', () => {
  it('"The … ministry spokesman called on A and B": A is asked, it does not ask', () => {
    const evs = run('The Peruvian ministry spokesman called on Chile and Norway to share the evidence behind the listings.');
    expect(evs.some((e) => e.startsWith('DEMAND Chile'))).toBe(false);
  });

  it('"A spokesman for X called on A and B": X asks each', () => {
    expect(run('A spokesman for the Peruvian Foreign Ministry called on Chile and Norway to share the evidence behind the listings.'))
      .toEqual(['DEMAND Peru -> Chile', 'DEMAND Peru -> Norway']);
  });
});

describe('"the <demonym> side" as a demand\'s addressee is that state', () => {
  it('a quoted "we urge the … side to …" from a ministry\'s spokesperson', () => {
    const evs = run('"We urge the Chilean side to lift its curbs on our companies," a spokesperson for the Peruvian Foreign Ministry said.');
    expect(evs).toContain('DEMAND Peru -> Chile');
  });

  it('a body urging the side directly', () => {
    expect(run('The Peruvian Foreign Ministry urged the Chilean side to lift the curbs on Velmora Robotics.')).toEqual(['DEMAND Peru -> Chile']);
  });

  it('"side" without a demonym, or not before the demanded act, names no state', () => {
    expect(run('The Peruvian Foreign Ministry urged the other side to lift the curbs on Velmora Robotics.')).toEqual([]);
  });
});
