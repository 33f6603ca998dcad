import { describe, expect, it } from 'vitest';
import { formatLead, summarizeOfficialLead } from '../../../disputes/lead.ts';

const at = (s: string) => new Date(s);

describe('summarizeOfficialLead', () => {
  it('measures each step the press and an official source both reported, and counts who came first', () => {
    const lead = summarizeOfficialLead([
      { entryId: 1, type: 'INVESTIGATION', date: '2026-11-02', officialAt: at('2026-11-02T09:00:00Z'), pressAt: at('2026-11-02T11:30:00Z') },
      { entryId: 2, type: 'DENIAL', date: '2026-11-03', officialAt: null, pressAt: at('2026-11-03T08:00:00Z') },
      { entryId: 3, type: 'RESTRICTION', date: '2026-11-05', officialAt: at('2026-11-05T10:00:00Z'), pressAt: null },
      { entryId: 4, type: 'LEGAL_ACTION', date: '2026-11-06', officialAt: at('2026-11-06T12:00:00Z'), pressAt: at('2026-11-06T11:00:00Z') },
    ]);
    expect(lead.steps.map((s) => s.leadMinutes)).toEqual([150, null, null, -60]);
    expect(lead).toMatchObject({ officialFirst: 2, pressFirst: 2, medianLeadMinutes: 45 });
  });
  it('has no median when no step was reported by both', () => {
    expect(summarizeOfficialLead([]).medianLeadMinutes).toBeNull();
  });
  it('reads a lead for people', () => {
    expect(formatLead(150)).toBe('2 h 30 min ahead');
    expect(formatLead(-45)).toBe('45 min behind');
    expect(formatLead(3 * 1440 + 120)).toBe('3 d 2 h ahead');
  });
});
