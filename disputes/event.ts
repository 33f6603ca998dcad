/**
 * The one place a stored or given event becomes what placeEvents reads (disputes/placement.ts): the worker's
 * update-disputes stage and `brinkwatch disputes` both build their PlacementEvents here, so the two place the
 * same events from the same inputs. What the event's sentence does not say is read from its article: the
 * issues its opening names most (issuesOfSentence), and the date an undated event takes (its publication day).
 */
import { dateEvent, type DatePrecision } from '../extract/dates.ts';
import { issueOfSentence, issuesOfSentence } from '../extract/index.ts';
import type { PlacementEvent } from './placement.ts';

/**
 * An event as the extractor gave it (or as stored from that): the fields placement needs. The parties and their
 * kinds are PlacementEvent's (a person's `actorActsFor`/`targetActsFor` from disputes/parties.ts partyOf of the
 * extracted entity); the date, precision and issue may be missing, to be read from the sentence and the article.
 */
export type EventForPlacement = Pick<PlacementEvent, 'type' | 'actor' | 'actorKind' | 'target' | 'targetKind' | 'actorActsFor' | 'targetActsFor' | 'sentence'> & {
  /** The event's own date, or null to date it from its sentence and the article's day. */
  date: string | null;
  /** How much of the date the text gives; null for background the text does not date, absent when unknown. */
  precision?: 'day' | 'month' | 'year' | null;
  background?: boolean;
  /** The extractor's issue label, or null to take it from the sentence and the article. */
  issue?: string | null;
};

/** The article an event comes from: its handle, its day (YYYY-MM-DD) and its text (the opening is read). */
export interface ArticleForPlacement {
  id: string;
  published: string;
  text: string;
}

/** The article's text as far as placement reads it (the issues of its opening; see issuesOfSentence). */
export const PLACEMENT_TEXT_CHARS = 3000;

/**
 * `dating`: the date an undated event takes from its whole article (extract/dates.ts dateArticleEvents), when the
 * caller has the article's other sentences; without it an undated event is dated from its own sentence.
 */
export function placementEventOf(ref: string, article: ArticleForPlacement, e: EventForPlacement,
  dating?: { date: string; precision?: DatePrecision; background: boolean; explicit: boolean }): PlacementEvent {
  // A given event without a date is dated as the extractor dates the events it finds.
  const dated: { date: string; precision?: DatePrecision; background: boolean; explicit: boolean } = e.date
    ? { date: e.date, precision: e.precision ?? 'day', background: e.background ?? e.date < article.published, explicit: e.precision !== null }
    : dating ?? dateEvent(e.sentence, article.published);
  const text = article.text.length > PLACEMENT_TEXT_CHARS ? article.text.slice(0, PLACEMENT_TEXT_CHARS) : article.text;
  return {
    ref,
    article: article.id,
    type: e.type,
    actor: e.actor,
    actorKind: e.actorKind,
    target: e.target,
    targetKind: e.targetKind,
    actorActsFor: e.actorKind === 'person' ? (e.actorActsFor ?? null) : null,
    targetActsFor: e.targetKind === 'person' ? (e.targetActsFor ?? null) : null,
    date: dated.date,
    // A month or a year the text gives stands for its whole period (a day of another report in it is the act's).
    ...(dated.precision && dated.precision !== 'day' && dated.explicit ? { precision: dated.precision } : {}),
    background: dated.background,
    // Told as earlier than its report with no date of its own: shown, never a step of the publication day.
    undated: dated.background && !dated.explicit,
    published: article.published,
    issue: e.issue ?? issueOfSentence(e.sentence, text),
    issues: issuesOfSentence(e.sentence, text),
    sentence: e.sentence,
  };
}
