import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Official acts and the allegations, parties and procedure they carry (issue 17, acts pass). Every article here is
// written for these tests; the parties are invented.
const PUB = '2026-04-02';
const run = (text: string, title: string | null = null) => extract({ title, published: PUB, text }, { explain: true }).events;
const has = (evs: ReturnType<typeof run>, type: string, actor: string, target: string | null) =>
  evs.some((e) => e.type === type && e.actor === actor && e.target === target);

describe('an act stated with its wrongdoing implies the allegation (implied.allegation)', () => {
  it('a suit "for" a wrongdoing', () => {
    const evs = run('Marrowby Robotics sued Quillon Systems in a federal court on Monday for copying the firmware of its warehouse robots.');
    expect(has(evs, 'LEGAL_ACTION', 'Marrowby Robotics', 'Quillon Systems')).toBe(true);
    expect(has(evs, 'ALLEGATION', 'Marrowby Robotics', 'Quillon Systems')).toBe(true);
  });

  it('a listing "accusing" the listed company', () => {
    const evs = run('The Ostmark Trade Authority added Quillon Systems to its entity list, accusing it of routing sensor chips to a sanctioned buyer.');
    expect(has(evs, 'ALLEGATION', 'Ostmark Trade Authority', 'Quillon Systems')).toBe(true);
  });

  it('a fine after a failure to disclose', () => {
    const evs = run('The Dastian Data Board fined Quillon Systems 3 million euros after the company failed to disclose a breach of customer records.');
    expect(has(evs, 'ALLEGATION', 'Dastian Data Board', 'Quillon Systems')).toBe(true);
  });

  it('a probe "into whether" the target did wrong', () => {
    const evs = run('The Dastian Competition Office opened an investigation into whether Marrowby Robotics abused its position in warehouse software.');
    expect(has(evs, 'INVESTIGATION', 'Dastian Competition Office', 'Marrowby Robotics')).toBe(true);
    expect(has(evs, 'ALLEGATION', 'Dastian Competition Office', 'Marrowby Robotics')).toBe(true);
  });

  it('an act with no stated wrongdoing implies none', () => {
    const evs = run('The Dastian Competition Office opened an investigation into the warehouse software deal between Marrowby Robotics and Quillon Systems.');
    expect(evs.some((e) => e.type === 'ALLEGATION')).toBe(false);
  });

  it('a cleared wrongdoing implies none', () => {
    const evs = run('The Dastian Data Board closed its review of Quillon Systems and fined it for late filings, finding no evidence that it misused customer records.');
    expect(evs.some((e) => e.type === 'ALLEGATION' && e.explain?.pattern === 'implied.allegation')).toBe(false);
  });
});

describe('investigations asked for or coordinated under a decision', () => {
  it('a headline demand with the bare verb before a name is no investigation', () => {
    const evs = run('Senators Ada Vell and Tom Brin wrote to the Dastian Trade Board about Quillon Systems.', 'Vell, Brin Demand Dastian Trade Board Investigate Quillon Systems');
    expect(evs.some((e) => e.type === 'INVESTIGATION')).toBe(false);
  });

  it('"requesting that" the agency investigate is asked for, not done', () => {
    const evs = run('Senators Ada Vell and Tom Brin wrote to the Dastian Trade Board requesting that the agency investigate Quillon Systems over its recordings.');
    expect(evs.some((e) => e.type === 'INVESTIGATION')).toBe(false);
  });

  it('the possessor of a decision takes a coordinated infinitive, across a time phrase', () => {
    const evs = run("Reacting to Ofrane's decision last week to fine Marrowby Robotics and to open an investigation into its Pallet service, the chair of the Dastian Robotics Committee, Ada Vell, said more was needed.");
    expect(has(evs, 'INVESTIGATION', 'Ofrane', 'Marrowby Robotics')).toBe(true);
  });
});

describe('objects that are no party', () => {
  it('a body named before a noun of norms is no target', () => {
    const evs = run('Ostmark restricted exports of drone parts to Dastia last week. We are examining the measures for their consistency with WTO rules, the Dastian ministry said.');
    expect(evs.some((e) => e.target === 'World Trade Organization' || e.target === 'WTO')).toBe(false);
  });

  it('a name after ", and" with its own verb is no object of the clause before', () => {
    const evs = run('The Dastian Competition Office is examining the agreement closely, and Quillon Systems will respond next week.');
    expect(evs.some((e) => e.type === 'INVESTIGATION' && e.target === 'Quillon Systems')).toBe(false);
  });
});
