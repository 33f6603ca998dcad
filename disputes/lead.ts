/**
 * Official sources' lead (pure): for each step of a dispute, when an official source (regulator, ministry, court,
 * legislature) first reported it and when the press did, and how far ahead the officials were. A report's time is
 * the article's publication date, or when we stored it when the outlet gives none.
 */

export interface StepReports {
  entryId: number;
  type: string;
  date: string;
  officialAt: Date | null;
  pressAt: Date | null;
}

export interface StepLead extends StepReports {
  /** Press minus official, minutes: positive when the official source was first; null unless both reported it. */
  leadMinutes: number | null;
}

export interface OfficialLead {
  steps: StepLead[];
  /** Steps an official source reported before the press (or alone). */
  officialFirst: number;
  /** Steps the press reported before any official source (or alone). */
  pressFirst: number;
  /** Median lead over the steps both reported, minutes; null when none was. */
  medianLeadMinutes: number | null;
}

/** Returns the lead of official sources over the press, step by step and for the dispute. */
export function summarizeOfficialLead(reports: readonly StepReports[]): OfficialLead {
  const steps = reports.map((r) => ({
    ...r,
    leadMinutes: r.officialAt && r.pressAt ? Math.round((r.pressAt.getTime() - r.officialAt.getTime()) / 60_000) : null,
  }));
  const officialFirst = steps.filter((s) => s.officialAt && (!s.pressAt || s.officialAt < s.pressAt)).length;
  const pressFirst = steps.filter((s) => s.pressAt && (!s.officialAt || s.pressAt < s.officialAt)).length;
  const leads = steps.map((s) => s.leadMinutes).filter((m): m is number => m !== null).sort((a, b) => a - b);
  const mid = leads.length >> 1;
  const medianLeadMinutes = leads.length === 0 ? null : leads.length % 2 ? leads[mid]! : Math.round((leads[mid - 1]! + leads[mid]!) / 2);
  return { steps, officialFirst, pressFirst, medianLeadMinutes };
}

/** "3 h 20 min", "45 min", "2 d 4 h": a lead for people; negative leads read as behind. */
export function formatLead(minutes: number): string {
  const m = Math.abs(minutes);
  const text = m >= 2880 ? `${Math.floor(m / 1440)} d ${Math.floor((m % 1440) / 60)} h` : m >= 60 ? `${Math.floor(m / 60)} h ${m % 60} min` : `${m} min`;
  return minutes < 0 ? `${text} behind` : `${text} ahead`;
}
