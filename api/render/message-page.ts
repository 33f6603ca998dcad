/** Small server-rendered pages for links opened from e-mails (confirm, unsubscribe, not found). Pure. */
import { escapeHtml as h } from './escape.ts';

export interface MessagePage {
  title: string;
  message: string;
  /** A POST form with one submit button, e.g. the unsubscribe confirmation (RFC 8058: GET must not unsubscribe). */
  form?: { action: string; button: string; fields?: Record<string, string> };
}

/** Renders a minimal, script-free HTML page with a heading, a message and an optional POST form. */
export function renderMessagePage(p: MessagePage): string {
  const fields = Object.entries(p.form?.fields ?? {})
    .map(([k, v]) => `<input type="hidden" name="${h(k)}" value="${h(v)}">`)
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${h(p.title)} — Brinkwatch</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}button{font:inherit;padding:.4rem 1rem}</style></head>
<body><main><h1>${h(p.title)}</h1><p>${h(p.message)}</p>${
    p.form ? `<form method="post" action="${h(p.form.action)}">${fields}<button type="submit">${h(p.form.button)}</button></form>` : ''
  }</main></body></html>
`;
}
