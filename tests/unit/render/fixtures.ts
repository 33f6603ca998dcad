/** The seed-like dispute (fictional) as the timeline page receives it. */
import type { DisputePageData } from '../../../api/render/timeline-page.ts';

export function pageFixture(): DisputePageData {
  return {
    dispute: { id: 1, title: 'Alibaba – Anthropic: model training data', issue: 'model training data', status: 'escalating', level: 6, levelType: 'LEGAL_ACTION', escalationIndex: 9.53, eventCount: 3, firstEventAt: '2026-11-18', lastEventAt: '2026-11-20', parties: [{ id: 1, name: 'Alibaba', kind: 'company' }, { id: 2, name: 'Anthropic', kind: 'company' }] },
    changes: [
      { timelineEntryId: 10, fromType: null, toType: 'ALLEGATION', fromLevel: 0, toLevel: 2, direction: 'started', changedOn: '2026-11-18' },
      { timelineEntryId: 11, fromType: 'ALLEGATION', toType: 'LEGAL_ACTION', fromLevel: 2, toLevel: 6, direction: 'escalated', changedOn: '2026-11-20' },
    ],
    entries: [
      // Given out of order on purpose: the page sorts by date then id.
      { id: 12, date: '2026-11-20', type: 'DENIAL', actor: 'Alibaba', target: 'Anthropic', sentence: 'Alibaba denied the claims.', quote: 'baseless and protectionist', corroboration: 1, answersEntryId: 10, sources: [{ url: 'https://tech.example/a4', outlet: 'Tech Desk', title: 'Alibaba denies' }] },
      { id: 10, date: '2026-11-18', type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba', sentence: 'Anthropic accused Alibaba.', quote: null, corroboration: 2, sources: [{ url: 'https://wire.example/a1', outlet: 'Wire', title: 'Accusation', syndicatedBy: [{ outlet: 'Copy Co', url: 'https://copy.example/a1' }] }, { url: 'https://tech.example/a2', outlet: 'Tech Desk', title: null }] },
      { id: 11, date: '2026-11-20', type: 'LEGAL_ACTION', actor: 'Anthropic', target: 'Alibaba', sentence: 'Anthropic filed a complaint with the UK AI Safety Board.', quote: null, corroboration: 1, sources: [{ url: 'https://wire.example/a3', outlet: 'Wire', title: 'Complaint' }] },
    ],
    ladderLevels: { DEMAND: 1, ALLEGATION: 2, DENIAL: 3, THREAT: 4, INVESTIGATION: 5, LEGAL_ACTION: 6, RESTRICTION: 7 },
    deescalationType: 'DEESCALATION',
    generatedAt: new Date('2026-11-21T12:00:00Z'),
  };
}
