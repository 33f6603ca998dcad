/**
 * Length limits on text we store from outside (pure). A title or a name has no natural bound in a feed or a page,
 * and a value past ~2,700 bytes cannot be a key of a btree index (entities.name is unique): one such name had
 * made its article fail extraction on every attempt. Longer values are cut, at a word boundary where one is near,
 * never inside a surrogate pair, with an ellipsis: the row is stored and the article goes on.
 */

/** Article titles (feed or page) and bylines. */
export const MAX_TITLE_CHARS = 500;
/** Entity names and aliases (entities.name is a unique key). */
export const MAX_NAME_CHARS = 200;
/** Canonical URLs (articles.canonical_url is a unique key); a longer link is kept only as the item's own URN. */
export const MAX_URL_CHARS = 2_000;

/** `s` cut to at most `max` characters (see the module comment); null stays null. */
export function clampText<T extends string | null | undefined>(s: T, max: number): T {
  if (s == null || s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  // Never half a surrogate pair.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const space = cut.lastIndexOf(' ');
  if (space >= max * 0.8) cut = cut.slice(0, space);
  return `${cut.trimEnd()}…` as T;
}
