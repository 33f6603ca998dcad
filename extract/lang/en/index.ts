// The English language bundle: everything the extraction engine knows about English, as data.
export { TRIGGERS, EXAMPLES } from './triggers.ts';
export { NEGATORS, MODALS, INTENT_BEFORE_TO, REPORT_RE, PARTY_GROUP_NOUNS, ISSUES } from './cues.ts';
export { inflect } from './morph.ts';
