export interface MainText { text: string; title: string | null; byline: string | null; published: string | null }
export function extractMainText(html: string, url?: string | null): MainText { return { text: html.slice(0, 10), title: null, byline: null, published: null }; }
