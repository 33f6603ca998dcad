import { describe, expect, it } from 'vitest';
import { renderDigest, isDigestEmpty, type DigestInput } from '../../../digest/render.ts';
import { signToken, verifyToken } from '../../../digest/tokens.ts';
import { addDays, localDayWindow, localParts, zonedTimeToUtc } from '../../../digest/time.ts';
import { matchesFilters, matchRules, type EntryWithDispute } from '../../../alerts/match.ts';

const dispute = { id: 1, title: 'Alibaba – Anthropic', issue: 'model training data', status: 'escalating', level: 6, levelType: 'LEGAL_ACTION', parties: ['Alibaba', 'Anthropic'] };
const denial = { id: 12, date: '2026-11-20', type: 'DENIAL', actor: 'Alibaba', target: 'Anthropic', sentence: 'Alibaba denied <it>.', quote: 'baseless', corroboration: 1, sources: [{ outlet: 'Desk', url: 'https://d.example/4', title: null }], answers: { id: 10, type: 'ALLEGATION', date: '2026-11-18', actor: 'Anthropic', sentence: 'A accused.' } };
const input: DigestInput = {
  subscriber: 'a@example.org',
  day: '2026-11-20',
  timeZone: 'Europe/London',
  baseUrl: 'https://bw.example',
  unsubscribeUrl: 'https://bw.example/unsubscribe?token=t',
  escalated: [{ dispute, fromType: 'ALLEGATION', toType: 'LEGAL_ACTION', fromLevel: 2, toLevel: 6, changedOn: '2026-11-20' }],
  newDisputes: [],
  eventsByDispute: [{ dispute, events: [denial] }],
  denials: [{ dispute, denial }],
  ladder: { levels: { DEMAND: 1, ALLEGATION: 2, DENIAL: 3, THREAT: 4, INVESTIGATION: 5, LEGAL_ACTION: 6, RESTRICTION: 7 }, deescalationType: 'DEESCALATION' },
};

describe('renderDigest', () => {
  it('has a subject with counts and the sections in order', () => {
    const d = renderDigest(input);
    expect(d.subject).toBe('Brinkwatch digest for 2026-11-20: 1 escalated, 1 event');
    const order = ['DISPUTES THAT ESCALATED', 'NEW EVENTS', 'DENIALS'].map((s) => d.text.indexOf(s));
    expect(order.every((i, k) => i >= 0 && (k === 0 || i > order[k - 1]!))).toBe(true);
    expect(d.text).not.toContain('NEW DISPUTES');
    expect(d.text).toContain('Desk: https://d.example/4');
    // Events, denials and escalations read as sentences, not enum names.
    expect(d.text).toContain("* Alibaba – Anthropic: Alibaba denied Anthropic's accusation of 18 Nov 2026 — Alibaba denied <it>.");
    expect(d.text).toContain("* 20 Nov 2026: Alibaba denied Anthropic's accusation — Alibaba denied <it>.");
    expect(d.text).toContain('* Alibaba – Anthropic: rose from accusation to legal action on 20 Nov 2026');
    expect(d.text).not.toMatch(/\b(ALLEGATION|LEGAL_ACTION|DENIAL)\b/);
    expect(d.html).toContain('Alibaba denied Anthropic&#39;s accusation of 18 Nov 2026');
    expect(d.text).toContain('Unsubscribe: https://bw.example/unsubscribe?token=t');
    expect(d.html).toContain('Alibaba denied &lt;it&gt;.');
    expect(d.html).toContain('<a href="https://bw.example/app/disputes/1#entry-12"');
  });

  it('says so when there is nothing to report', () => {
    const empty = { ...input, escalated: [], eventsByDispute: [], denials: [] };
    expect(isDigestEmpty(empty)).toBe(true);
    expect(renderDigest(empty).subject).toBe('Brinkwatch digest for 2026-11-20: nothing new');
  });
});

describe('tokens', () => {
  it('verifies its own tokens only, per purpose, until expiry', () => {
    const now = new Date('2026-11-20T00:00:00Z');
    const u = signToken('s', { purpose: 'unsubscribe', subscriptionId: 42 });
    expect(verifyToken('s', u, 'unsubscribe', now)).toBe(42);
    expect(verifyToken('other', u, 'unsubscribe', now)).toBeNull();
    expect(verifyToken('s', u, 'confirm', now)).toBeNull();
    expect(verifyToken('s', u.replace('.42.', '.43.'), 'unsubscribe', now)).toBeNull();
    const c = signToken('s', { purpose: 'confirm', subscriptionId: 7, expiresAt: new Date('2026-11-21T00:00:00Z') });
    expect(verifyToken('s', c, 'confirm', now)).toBe(7);
    expect(verifyToken('s', c, 'confirm', new Date('2026-11-22T00:00:00Z'))).toBeNull();
    expect(verifyToken('s', 'garbage', 'confirm', now)).toBeNull();
  });
});

describe('time zones', () => {
  it('finds local days and their UTC windows across DST', () => {
    expect(localParts(new Date('2026-11-21T06:59:00Z'), 'Asia/Tokyo')).toEqual({ date: '2026-11-21', time: '15:59' });
    expect(zonedTimeToUtc('2026-11-20', '07:00', 'America/New_York').toISOString()).toBe('2026-11-20T12:00:00.000Z');
    // Europe/London leaves summer time on 2026-10-25: that day lasts 25 hours.
    const w = localDayWindow('2026-10-25', 'Europe/London');
    expect(w.from.toISOString()).toBe('2026-10-24T23:00:00.000Z');
    expect(w.to.toISOString()).toBe('2026-10-26T00:00:00.000Z');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });
});

describe('matchRules', () => {
  const x: EntryWithDispute = {
    entry: { id: 1, type: 'LEGAL_ACTION', date: '2026-11-20', actorId: 2, actor: 'Anthropic', targetId: 1, target: 'Alibaba' },
    dispute: { id: 9, title: 'Alibaba – Anthropic', issue: 'model training data', level: 6, parties: [{ id: 1, name: 'Alibaba', aliases: ['Alibaba Cloud'] }, { id: 2, name: 'Anthropic' }] },
  };
  it('ANDs the filters and ORs the values', () => {
    expect(matchesFilters({}, x)).toBe(true);
    expect(matchesFilters({ actors: ['alibaba cloud'] }, x)).toBe(true);
    expect(matchesFilters({ actors: ['1'] }, x)).toBe(true);
    expect(matchesFilters({ actors: ['OpenAI'] }, x)).toBe(false);
    expect(matchesFilters({ issues: ['training'], minLevel: 6 }, x)).toBe(true);
    expect(matchesFilters({ issues: ['training'], minLevel: 7 }, x)).toBe(false);
    expect(matchesFilters({ types: ['DENIAL', 'LEGAL_ACTION'], disputeIds: [9] }, x)).toBe(true);
    expect(matchesFilters({ disputeIds: [8] }, x)).toBe(false);
    const rules = [{ id: 1, filters: {} }, { id: 2, enabled: false, filters: {} }, { id: 3, filters: { types: ['THREAT'] } }];
    expect(matchRules(rules, x).map((r) => r.id)).toEqual([1]);
  });
});
