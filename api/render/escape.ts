/** Escaping helpers shared by the HTML, Atom and e-mail renderers (pure). */

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML or XML element content and double- or single-quoted attribute values. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** XML 1.0 forbids most control characters even when escaped; drop them before escaping. */
export function escapeXml(value: unknown): string {
  if (value === null || value === undefined) return '';
  // eslint-disable-next-line no-control-regex
  return escapeHtml(String(value).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, ''));
}

/**
 * Returns the URL when it is absolute http(s), otherwise null: links in pages, feeds and e-mails come
 * from crawled articles, and a `javascript:` or `data:` URL there would be an XSS vector.
 */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}
