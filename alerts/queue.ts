/** Queueing alerts for a new timeline event: one delivery per matching rule, never one per article. */
import type { DbOrTx } from '../db/client.ts';
import { insertAlertDeliveries, listEnabledAlertRules, type AlertRule } from '../db/queries/alerts.ts';
import { listEntriesWithDisputes } from '../db/queries/digests.ts';
import { matchRules } from './match.ts';

/**
 * Inserts a pending delivery for every enabled rule the timeline entry matches; returns the ids of the
 * rules that got a new delivery (enqueue `deliver-alerts {ruleId}` for each). Calling it again for the
 * same entry (more articles about the same event) inserts nothing: alert_deliveries is unique on (rule, entry).
 */
export async function queueAlerts(db: DbOrTx, timelineEntryId: number, enabledRules?: AlertRule[]): Promise<number[]> {
  // The enabled rules, unless the caller already read them for several entries.
  const enabled = enabledRules ?? (await listEnabledAlertRules(db));
  if (enabled.length === 0) return [];
  const [item] = await listEntriesWithDisputes(db, { entryIds: [timelineEntryId], limit: 1 });
  if (!item) return [];
  const rules = matchRules(enabled, item);
  return insertAlertDeliveries(db, { timelineEntryId, ruleIds: rules.map((r) => r.id) });
}
