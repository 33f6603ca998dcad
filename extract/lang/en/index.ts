// The English language bundle: everything the extraction engine knows about English, as data.
export { TRIGGERS, EXAMPLES } from './triggers.ts';
export { NEGATORS, MODALS, INTENT_BEFORE_TO, REPORT_RE, REPORT_NEEDS_CLAUSE, SUBORDINATORS, FRONT_SUBORDINATORS, TIME_NOUNS, LEGAL_DOCUMENTS, SPEECH_NOUNS, HELP_NOUNS, LEGAL_CONTEXT, PARTY_KIND_NOUNS, REACTION_VERBS, NUMBER_WORDS, NOMINAL_GOVERNORS, PARTY_GROUP_NOUNS, NON_PARTY_HEADS, ISSUES } from './cues.ts';
export { inflect } from './morph.ts';
