/** The fields every rendering of a timeline event shares (page, Atom, CSV, digest), as the API returns them. */
export interface TimelineEventCore {
  id: number;
  date: string;
  type: string;
  actor: string;
  target: string | null;
  sentence: string;
  quote: string | null;
  corroboration: number;
}
