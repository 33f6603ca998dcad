// English verb inflection for `<lemma>` in trigger patterns: "<sue>" matches sue, sues, sued, suing.
const IRREGULAR: Record<string, string[]> = {
  lose: ['lose', 'loses', 'lost', 'losing'], win: ['win', 'wins', 'won', 'winning'], throw: ['throw', 'throws', 'threw', 'thrown', 'throwing'],
  bring: ['bring', 'brings', 'brought', 'bringing'], take: ['take', 'takes', 'took', 'taken', 'taking'],
  withdraw: ['withdraw', 'withdraws', 'withdrew', 'withdrawn', 'withdrawing'], seek: ['seek', 'seeks', 'sought', 'seeking'],
  begin: ['begin', 'begins', 'began', 'begun', 'beginning'], hold: ['hold', 'holds', 'held', 'holding'],
  send: ['send', 'sends', 'sent', 'sending'], strike: ['strike', 'strikes', 'struck', 'striking'], set: ['set', 'sets', 'setting'],
  find: ['find', 'finds', 'found', 'finding'], steal: ['steal', 'steals', 'stole', 'stolen', 'stealing'],
  uphold: ['uphold', 'upholds', 'upheld', 'upholding'], lift: ['lift', 'lifts', 'lifted', 'lifting'],
  fight: ['fight', 'fights', 'fought', 'fighting'], write: ['write', 'writes', 'wrote', 'written', 'writing'],
  break: ['break', 'breaks', 'broke', 'broken', 'breaking'], hit: ['hit', 'hits', 'hitting'],
  plead: ['plead', 'pleads', 'pleaded', 'pled', 'pleading'], give: ['give', 'gives', 'gave', 'given', 'giving'],
  mislead: ['mislead', 'misleads', 'misled', 'misleading'], freeze: ['freeze', 'freezes', 'froze', 'frozen', 'freezing'],
  tell: ['tell', 'tells', 'told', 'telling'], go: ['go', 'goes', 'went', 'gone', 'going'], forbid: ['forbid', 'forbids', 'forbade', 'forbidden', 'forbidding'],
};
const VOWEL = /[aeiou]/;

/** Every inflected form of an English verb (base, -s, -ed, -ing; irregular verbs from a table). */
export function inflect(lemma: string): string[] {
  if (IRREGULAR[lemma]) return IRREGULAR[lemma];
  const forms = new Set([lemma]);
  if (/(?:s|x|z|ch|sh)$/.test(lemma)) forms.add(`${lemma}es`);
  else if (/[^aeiou]y$/.test(lemma)) forms.add(`${lemma.slice(0, -1)}ies`);
  else forms.add(`${lemma}s`);
  let stem = lemma;
  // agree -> agreed, agreeing; free -> freed, freeing.
  if (lemma.endsWith('ee')) { forms.add(`${lemma}d`); forms.add(`${lemma}ing`); return [...forms]; }
  if (lemma.endsWith('e')) stem = lemma.slice(0, -1);
  else if (/[^aeiou]y$/.test(lemma)) { forms.add(`${lemma.slice(0, -1)}ied`); forms.add(`${lemma}ing`); return [...forms]; }
  // One-syllable verbs ending consonant-vowel-consonant double it: ban -> banned.
  else if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(lemma) && VOWEL.test(lemma)) stem = lemma + lemma.slice(-1);
  // Longer ones double it when the last syllable is stressed (admit -> admitted, annul -> annulled, transfer ->
  // transferred) or, in British spelling, after a final l (cancel -> cancelled): spelling does not tell, so both forms
  // are taken (the one that is no English word never matches).
  else if (/[^aeiou][aeiou][^aeiouwxyh]$/.test(lemma) && lemma.length > 3) {
    forms.add(`${lemma}${lemma.slice(-1)}ed`);
    forms.add(`${lemma}${lemma.slice(-1)}ing`);
  }
  // veto -> vetoes, echo -> echoes.
  if (/[^aeiou]o$/.test(lemma)) forms.add(`${lemma}es`);
  forms.add(`${stem}ed`);
  forms.add(`${stem}ing`);
  return [...forms];
}

/** The American spelling of a British -is-/-our- form, or null when the word has none of those endings. */
export function americanSpelling(word: string): string | null {
  const m = BRITISH_FORM.exec(word);
  if (!m) return null;
  return word.slice(0, m.index) + (m[1] ? m[1].replace('s', 'z').replace('S', 'Z') : m[2]!.replace(/u/i, '')) + (m[3] ?? '');
}
// -ise/-ising/-ised/-isation (but not "rise", "wise": three letters before at least) and -our ("labour", "favours").
const BRITISH_FORM = /(?<=\p{L}{3})(?:([iy][sS])(?=e|ing|ation)|(ou?r)(?=s?$|ed$|ing$|able$))(e|es|ed|ing|ations?|s|able)?$/u;
