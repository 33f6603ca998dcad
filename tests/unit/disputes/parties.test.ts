import { describe, expect, it } from 'vitest';
import { partyOf } from '../../../disputes/parties.ts';

describe('dispute parties', () => {
  it('a ministry or department counts as its country', () => {
    expect(partyOf({ name: 'Ministry of Commerce', kind: 'government' })).toBe('China');
    expect(partyOf({ name: 'Bureau of Industry and Security', kind: 'government' })).toBe('United States');
    expect(partyOf({ name: 'China', kind: 'government' })).toBe('China');
  });
  it('a spokesperson counts as the body they speak for, and so as its country', () => {
    expect(partyOf({ name: 'Someone', kind: 'person', organisation: 'Ministry of Commerce' })).toBe('China');
    expect(partyOf({ name: 'Someone', kind: 'person', organisation: 'Anthropic' })).toBe('Anthropic');
    expect(partyOf({ name: 'Someone', kind: 'person' })).toBe('Someone');
  });
  it('a founder named without their company is their own party, not the company', () => {
    expect(partyOf({ name: 'Elon Musk', kind: 'person' })).toBe('Elon Musk');
    expect(partyOf({ name: 'Elon Musk', kind: 'person', organisation: 'xAI' })).toBe('xAI');
    expect(partyOf({ name: 'Mao Ning', kind: 'person' })).toBe('China');
  });
  it('regulators, courts and companies are parties of their own', () => {
    expect(partyOf({ name: 'UK AI Safety Board', kind: 'regulator' })).toBe('UK AI Safety Board');
    expect(partyOf({ name: 'Alibaba', kind: 'company' })).toBe('Alibaba');
  });
  it('a company owned by another counts as its owner; a spokesperson for the subsidiary too', () => {
    expect(partyOf({ name: 'X', kind: 'company' })).toBe('xAI');
    expect(partyOf({ name: 'TikTok', kind: 'company' })).toBe('ByteDance');
    expect(partyOf({ name: 'Someone', kind: 'person', organisation: 'X' })).toBe('xAI');
    expect(partyOf({ name: 'xAI', kind: 'company' })).toBe('xAI');
  });
});
