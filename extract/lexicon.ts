// Event triggers: the phrasings that carry each event type, as data.
// mode:
//   svo     the grammatical subject acts, the first named object after the verb is the target (passive flips it)
//   report  a wrongdoing predicate inside reported speech: the speaker alleges, the predicate's subject is the target
//   counter the subject acts; when no object is named, the target is the counterpart from the article's other events
//   characterise  "calling them 'baseless'": whoever characterises (caller or speaker) denies; the target is the accuser
//   anaphor "the allegation, filed with ...": actor and target come from the allegation it refers back to
// Add a phrasing by adding a line; `npm run` nothing else. Measure with the scorer (see README).
import type { EventType } from './index.ts';

export type Mode = 'svo' | 'report' | 'counter' | 'anaphor' | 'characterise';
export interface Trigger { type: EventType; re: RegExp; sticky: RegExp; mode: Mode; conf: number; authority?: boolean; maxGap?: number; objBeforeTo?: boolean; fronted?: boolean; hint?: string[]; objNext?: boolean }

const W = '(?:\\S+ )'; // one word and its space
const t = (type: EventType, mode: Mode, conf: number, src: string, authority = false, extra: Partial<Trigger> = {}): Trigger =>
  ({ type, mode, conf, re: new RegExp(`\\b(?:${src})`, 'gi'), sticky: new RegExp(`\\b(?:${src})`, 'iy'), authority, ...extra });

export const TRIGGERS: Trigger[] = [
  // ALLEGATION
  t('ALLEGATION', 'svo', 0.9, 'accus(?:e|es|ed|ing)\\b'),
  t('ALLEGATION', 'svo', 0.7, 'blam(?:e|es|ed|ing)\\b'),
  t('ALLEGATION', 'svo', 0.8, 'alleg(?:e|es|ed|ing) that\\b'),
  t('ALLEGATION', 'counter', 0.6, 'critici[sz](?:e|es|ed|ing)\\b|condemn(?:s|ed|ing)?\\b|denounc(?:e|es|ed|ing)\\b|slam(?:s|med|ming)?\\b|lambast(?:s|ed|ing)?\\b|castigat(?:e|es|ed|ing)\\b'),
  t('ALLEGATION', 'counter', 0.55, '(?:resolutely |firmly |strongly )?oppos(?:e|es|ed|ing)\\b(?! to)', false, { hint: ['oppos'] }),
  t('ALLEGATION', 'svo', 0.65, 'expos(?:e|es|ed|ing)\\b'),
  t('ALLEGATION', 'svo', 0.75, `(?:identif(?:y|ies|ied|ying)|designat(?:e|es|ed|ing)|label(?:s|ed|led|ing)?|brand(?:s|ed|ing)?|flag(?:s|ged|ging)?) ${W}{1,9}?as (?:an? )?${W}{0,4}(?:threat|risk|tool|weapon|danger|military)`, false, { hint: ['identif', 'designat', 'label', 'brand', 'flag'] }),
  t('ALLEGATION', 'svo', 0.6, 'raised? (?:serious )?concerns? (?:about|over)'),
  t('ALLEGATION', 'svo', 0.6, `warn(?:s|ed|ing)? ${W}{0,4}(?:about|of) (?:the )?(?:dangers|risks|threat)`),
  t('ALLEGATION', 'report', 0.85, 'st(?:ole|olen|eal|eals|ealing)\\b|theft\\b', false, { hint: ['stole', 'steal', 'theft'] }),
  t('ALLEGATION', 'report', 0.85, 'distil(?:l|led|ling|ls|s|lation|ation)?\\b'),
  t('ALLEGATION', 'report', 0.6, 'cop(?:ied|ying)\\b'),
  t('ALLEGATION', 'report', 0.75, '(?:illicitly|illegally|unlawfully|covertly|secretly|improperly) \\w+', false, { hint: ['illicitly', 'illegally', 'unlawfully', 'covertly', 'secretly', 'improperly'] }),
  t('ALLEGATION', 'report', 0.7, 'violat(?:e|es|ed|ing|ion|ions)\\b|breach(?:ed|es|ing)?\\b|infring(?:e|es|ed|ing|ement)\\b|misappropriat\\w*'),
  t('ALLEGATION', 'report', 0.7, 'abus(?:e|es|ed|ing)\\b|overstretch\\w*|overreach\\w*'),
  t('ALLEGATION', 'report', 0.65, 'bully(?:ing)?\\b|coercion\\b|coercive\\b|hegemon\\w*|crackdown\\b|blockade\\b|suppress(?:ion|ing|es|ed)?\\b'),
  t('ALLEGATION', 'report', 0.6, 'espionage\\b|spying\\b|spied\\b'),
  t('ALLEGATION', 'report', 0.7, `(?:pos(?:e|es|ed|ing)|present(?:s|ed|ing)?|is|are|as) (?:an? )?${W}{0,3}(?:threat|risk)s? to\\b`, false, { hint: ['threat', 'risk'] }),
  t('ALLEGATION', 'report', 0.65, `funnel(?:s|ed|ing)?\\b|transfer(?:s|red|ring)? ${W}{0,3}data`),
  t('ALLEGATION', 'report', 0.65, 'circumvent\\w*|evad(?:e|es|ed|ing)\\b|evasion\\b|smuggl\\w*|divert(?:ed|ing)\\b'),
  t('ALLEGATION', 'report', 0.55, 'unfair(?:ly)?\\b|discriminat\\w+|interfer(?:e|es|ed|ing|ence) in\\b'),
  t('ALLEGATION', 'report', 0.55, 'distort(?:s|ed|ing)? the facts|confound\\w* black and white'),
  t('ALLEGATION', 'report', 0.5, 'undermin(?:e|es|ed|ing)\\b|jeopardi[sz](?:e|es|ed|ing)\\b'),
  t('ALLEGATION', 'report', 0.6, 'military (?:and \\S+ )?(?:ties|links)|military company'),
  t('ALLEGATION', 'report', 0.65, 'without (?:permission|authori[sz]ation|consent|a licen[cs]e|licen[cs]ing|paying)'),
  t('ALLEGATION', 'report', 0.6, `(?:used|using|relied on|relying on|rel(?:y|ies) on) ${W}{0,4}(?:outputs?|responses) (?:of|from)\\b`, false, { hint: ['used', 'using', 'relied', 'relying', 'rely', 'relies'] }),
  t('ALLEGATION', 'report', 0.6, 'politici[sz](?:e|es|ed|ing)\\b|weaponi[sz](?:e|es|ed|ing)\\b|smear(?:s|ed|ing)\\b'),
  t('ALLEGATION', 'svo', 0.7, `lodg(?:e|es|ed|ing) ${W}{0,2}(?:representations|protests?)\\b`),
  t('ALLEGATION', 'report', 0.6, 'deceptive\\b|fraud\\w*|lied\\b|cheat(?:s|ed|ing)\\b|betray\\w*|deviat\\w* from'),
  t('ALLEGATION', 'report', 0.8, `trained ${W}{0,3}(?:on|using) ${W}{0,2}(?:stolen|proprietary|unauthori[sz]ed|pirated)|(?:extracted|scraped|harvested) from`, false, { hint: ['trained', 'extracted', 'scraped', 'harvested'] }),
  t('ALLEGATION', 'report', 0.6, `(?:is|are|was) (?:an? )?${W}{0,3}(?:act|practice|case) of`, false, { hint: ['act of', 'practice of', 'case of', 'acts of', 'practices of', 'cases of'] }),
  t('ALLEGATION', 'report', 0.6, `(?:inappropriate|improper|unjustified|unreasonable|wrongful) ${W}{0,2}(?:intervention|interference|actions?|measures|practices?)|wrongdoings?\\b`, false, { hint: ['inappropriate', 'improper', 'unjustified', 'unreasonable', 'wrongful', 'wrongdoing'] }),
  // DENIAL
  t('DENIAL', 'counter', 0.85, 'den(?:y|ies|ied|ying)\\b|reject(?:s|ed|ing)?\\b|refut(?:e|es|ed|ing)\\b|rebut(?:s|ted|ting)?\\b|disputed\\b|disputing\\b'),
  t('DENIAL', 'counter', 0.8, `dismiss(?:es|ed|ing)? (?:the |these |those |such |as )?${W}{0,2}(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|criticism)`),
  t('DENIAL', 'counter', 0.7, 'push(?:ed|es)? back (?:on|against)'),
  t('DENIAL', 'characterise', 0.7, 'baseless|groundless|unfounded|without merit|incoherent|false (?:claims|allegations|accusations)|smear\\b|slander\\w*|fabricat\\w+|politically motivated|nonsense|absurd\\b|categorically'),
  t('DENIAL', 'counter', 0.6, 'contrary to', false, { fronted: true }),
  // LEGAL_ACTION
  t('LEGAL_ACTION', 'svo', 0.85, 'su(?:e|es|ed|ing)\\b', false, { hint: ['sue', 'suing'] }),
  t('LEGAL_ACTION', 'svo', 0.85, `(?:filed|files|file|filing|brought|brings|bring|lodged|lodges|lodge|launched) (?:an? |its |their |his |her )?${W}{0,3}(?:lawsuit|suit|complaint|petition|claim|charges|legal action|legal challenge|motion)\\b`, false, { hint: ['lawsuit', 'suit', 'complaint', 'petition', 'claim', 'charges', 'legal action', 'legal challenge', 'motion'] }),
  t('LEGAL_ACTION', 'svo', 0.75, '(?:lawsuit|suit|legal action|legal proceedings|complaint|case) against', false, { hint: ['against'] }),
  t('LEGAL_ACTION', 'svo', 0.75, `charg(?:ed|es|ing) ${W}{0,4}with\\b|indict(?:ed|s)?\\b|arrest(?:ed|s)?\\b|prosecut(?:e|es|ed|ing)\\b`, false, { maxGap: 3 }),
  t('LEGAL_ACTION', 'svo', 0.8, 'subpoena(?:s|ed)?\\b'),
  t('LEGAL_ACTION', 'anaphor', 0.75, '(?:complaint|allegation|allegations|accusation|petition|claim|case),? (?:was )?(?:filed|lodged|submitted|brought) (?:with|before|to)\\b', false, { hint: ['filed', 'lodged', 'submitted', 'brought'] }),
  t('LEGAL_ACTION', 'svo', 0.7, `(?:grant(?:ed|s)?|den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)) ${W}{0,3}(?:motion|petition|request|application|appeal|bid)\\b`, true),
  t('LEGAL_ACTION', 'svo', 0.6, 'ruled (?:that|against|in favou?r)|upheld\\b|enjoin(?:s|ed)?\\b|convicted\\b|sentenced\\b', true),
  // INVESTIGATION
  t('INVESTIGATION', 'svo', 0.85, `(?:open|opens|opened|opening|launch|launches|launched|launching|announc(?:e|es|ed|ing)|start(?:s|ed)?|initiat(?:e|es|ed|ing)|conduct(?:s|ed|ing)?|began|begun|begin|begins|pursu(?:e|es|ed|ing)|order(?:s|ed)?) (?:(?:an?|its|their|the|new|formal|further|preliminary|separate|full|antitrust|anti-monopoly|national security|security|privacy) )+${W}{0,2}(?:investigation|probe|inquiry|enquiry|review|audit|examination)\\b|(?:open|opens|opened|launch|launches|launched|announced|started|initiated|ordered) (?:\\S+ )?(?:investigations|probes|inquiries)\\b`, true, { hint: ['investigation', 'probe', 'inquiry', 'enquiry', 'review', 'audit', 'examination'] }),
  t('INVESTIGATION', 'svo', 0.75, 'investigat(?:e|es|ed|ing)\\b|prob(?:ed|ing)\\b|looking into|look into|examin(?:e|es|ed|ing)\\b|scrutini[sz](?:e|es|ed|ing)\\b', true),
  t('INVESTIGATION', 'svo', 0.7, 'summon(?:s|ed|ing)\\b|rais(?:ed|es) ${W}?(?:questions|concerns) with\\b'.replace('${W}', '(?:\\S+ )'), true),
  t('INVESTIGATION', 'svo', 0.75, '(?:investigations?|probes?|inquir(?:y|ies)) (?:in)?to\\b', true, { hint: ['investigation', 'probe', 'inquir'] }),
  t('INVESTIGATION', 'counter', 0.6, '(?:investigation|probe|inquiry) (?:found|finds|concluded|revealed|shows|showed)', true, { hint: ['investigation', 'probe', 'inquiry'] }),
  // RESTRICTION
  t('RESTRICTION', 'svo', 0.85, `impos(?:e|es|ed|ing) ${W}{0,5}(?:sanctions|tariffs?|restrictions|controls|bans?|fines?|penalt(?:y|ies)|curbs|duties|limits)\\b`),
  t('RESTRICTION', 'svo', 0.75, 'sanction(?:ed|ing)\\b|ban(?:s|ned|ning)?\\b(?! on)|block(?:s|ed|ing)?\\b|barr(?:ed|ing)\\b|prohibit(?:s|ed|ing)?\\b|blacklist(?:s|ed|ing)?\\b|restrict(?:s|ed|ing)?\\b|suspend(?:s|ed|ing)?\\b|fined\\b|fining\\b|cut(?:s)? off\\b'),
  // Noun-or-verb forms ("fines", "sanctions") count as verbs only with a named object right after ("Japan fines Nvidia").
  t('RESTRICTION', 'svo', 0.75, 'fines\\b|sanctions\\b|bars\\b|blacklists\\b', false, { objNext: true }),
  t('RESTRICTION', 'svo', 0.8, `terminat(?:e|es|ed|ing) ${W}{0,3}accounts?`),
  t('RESTRICTION', 'svo', 0.85, `add(?:s|ed|ing)? ${W}{0,6}(?:to|on) (?:the |its |an? )?${W}{0,4}list\\b|(?:placed|put|puts|places|placing) ${W}{0,4}on (?:the |its |an? )?${W}{0,4}list\\b`, false, { hint: ['list'] }),
  t('RESTRICTION', 'svo', 0.7, '(?:export controls?|export control measures|export restrictions|sanctions|curbs|tariffs|restrictions|ban|bans|controls) (?:on|against|targeting|aimed at)\\b', false, { hint: ['control', 'restriction', 'sanction', 'curb', 'tariff', 'ban'] }),
  t('RESTRICTION', 'svo', 0.7, `tighten(?:s|ed|ing)? ${W}{0,4}(?:restrictions|controls|curbs|rules)\\b`),
  t('RESTRICTION', 'svo', 0.8, `(?:issued|issues|announced|announces|introduced|unveiled|implemented|implements|adopted|expanded|expands) ${W}{0,4}(?:export controls?|export control measures|restrictions|sanctions|ban|curbs|tariffs)\\b`, false, { hint: ['control', 'restriction', 'sanction', 'curb', 'tariff', 'ban'] }),
  t('RESTRICTION', 'svo', 0.85, `ordered,? ${W}{0,12}(?:restriction|limitation|suspension|halt|removal|blocking|ban)\\b`, false, { maxGap: 40 }),
  t('RESTRICTION', 'svo', 0.75, `seiz(?:e|ed|es|ing)\\b|took control of|taken control of|invoked ${W}{0,4}(?:act|law)\\b`),
  // THREAT
  t('THREAT', 'counter', 0.8, `will (?:\\w+ ){0,2}(?:take|adopt) ${W}{0,3}(?:measures|steps|action|actions|countermeasures)\\b`),
  t('THREAT', 'counter', 0.75, `(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)) to (?:retaliate|respond|take|fight|hit back|counter)`, false, { hint: ['vow', 'pledg', 'promis'] }),
  t('THREAT', 'counter', 0.8, 'threat(?:en|ens|ened|ening) (?:to|with|retaliation|countermeasures|sanctions|legal action)\\b'),
  t('THREAT', 'counter', 0.8, `warn(?:s|ed|ing)? (?:of|against) ${W}{0,3}(?:retaliation|consequences|countermeasures|penalties|reprisals)`),
  t('THREAT', 'counter', 0.6, 'countermeasures\\b|retaliat(?:e|es|ed|ion|ory)\\b|reprisals?\\b|reserves? the right to'),
  t('THREAT', 'counter', 0.75, `(?:cautioned|warned|warns|cautions) ${W}{0,4}that ${W}{0,12}(?:could|would|may|might|will) (?:\\S+ )?(?:violate|face|be subject|be penali[sz]ed|lose|trigger)`, false, { hint: ['caution', 'warn'] }),
  t('THREAT', 'counter', 0.6, `(?:will|would) face ${W}{0,3}(?:consequences|penalties|sanctions)`, false, { hint: ['face'] }),
  // DEMAND
  t('DEMAND', 'svo', 0.85, 'urg(?:e|es|ed|ing)\\b', false, { objBeforeTo: true }),
  t('DEMAND', 'svo', 0.85, 'call(?:s|ed|ing)? (?:on|upon)\\b', false, { objBeforeTo: true }),
  t('DEMAND', 'svo', 0.75, 'call(?:s|ed|ing)? for\\b', false, { maxGap: 3 }),
  t('DEMAND', 'svo', 0.8, 'demand(?:ed|ing)\\b|demands\\b(?! for)|to demand\\b'),
  t('DEMAND', 'svo', 0.6, 'press(?:es|ed|ing)? (?=\\S+(?: \\S+){0,3}? to\\b)|ask(?:s|ed|ing)? (?=\\S+(?: \\S+){0,4}? to\\b)', false, { objBeforeTo: true }),
  t('DEMAND', 'svo', 0.6, 'request(?:s|ed|ing)? that'),
  t('DEMAND', 'report', 0.7, 'should (?:immediately |promptly |no longer )?(?:revoke|stop|correct|withdraw|lift|cease|remove|end|rescind|reverse|halt|refrain|abandon|return|release|respect|comply)\\b'),
  t('DEMAND', 'report', 0.65, '(?:must|needs? to) (?:immediately )?(?:stop|correct|revoke|withdraw|cease|end|rescind)\\b', false, { hint: ['must', 'need'] }),
  t('DEMAND', 'svo', 0.6, 'recommend(?:s|ed|ing)?\\b(?= that| the)'),
  // DEESCALATION
  t('DEESCALATION', 'counter', 0.85, `(?:drop(?:s|ped|ping)?|withdr(?:aw|aws|ew|awn|awing)|abandon(?:s|ed|ing)?) ${W}{0,3}(?:lawsuit|suit|complaint|case|charges|claims|appeal)\\b`, false, { hint: ['lawsuit', 'suit', 'complaint', 'case', 'charges', 'claims', 'appeal'] }),
  t('DEESCALATION', 'counter', 0.75, 'settl(?:e|es|ed|ing|ement)\\b'),
  t('DEESCALATION', 'counter', 0.85, `lift(?:s|ed|ing)? ${W}{0,4}(?:ban|restrictions|sanctions|controls|tariffs|curbs|suspension|order|block)\\b`),
  t('DEESCALATION', 'counter', 0.75, `eas(?:e|es|ed|ing) ${W}{0,3}(?:restrictions|controls|curbs|tariffs|sanctions|tensions)\\b`),
  t('DEESCALATION', 'counter', 0.85, `remov(?:e|es|ed|ing) ${W}{0,6}from (?:the |its |an? )?${W}{0,3}list\\b`),
  t('DEESCALATION', 'svo', 0.75, `allow(?:s|ed|ing)? ${W}{0,4}to resume|resum(?:e|es|ed|ption of) ${W}{0,3}(?:sales|exports|talks|shipments|dialogue)\\b|approv(?:e|ed|es|al of) ${W}{0,3}(?:licen[cs]es|sales|exports)\\b`),
  t('DEESCALATION', 'counter', 0.75, `grant(?:s|ed|ing)? ${W}{0,4}(?:exemptions?|licen[cs]es|waivers?)\\b`),
  t('DEESCALATION', 'counter', 0.75, `agree(?:s|d)? to ${W}{0,6}(?:talks|consultations|dialogue|negotiat\\w+|truce|deal|resume|cooperat\\w+|dispatch\\w*|settle\\w*|withdraw|lift|pause)`),
  t('DEESCALATION', 'counter', 0.75, `(?:reached|reach|signed|struck) (?:an? |the )?${W}{0,3}(?:agreement|deal|truce|settlement|consensus)\\b`, false, { hint: ['agreement', 'deal', 'truce', 'settlement', 'consensus'] }),
  t('DEESCALATION', 'counter', 0.75, 'apologi[sz](?:e|es|ed|ing)\\b'),
  t('DEESCALATION', 'counter', 0.7, `paus(?:e|es|ed|ing) ${W}{0,3}(?:tariffs|restrictions|controls|ban)\\b|revers(?:e|es|ed|ing) ${W}{0,3}(?:decision|ban|order|restrictions)\\b|rescind(?:s|ed|ing)?\\b|revok(?:e|ed|es|ing)\\b`),
];

/** Literal lower-case prefixes of a pattern's top-level alternatives, or null when one alternative has none (3+ letters). */
function literalPrefixes(src: string): string[] | null {
  const alts: string[] = [];
  let depth = 0, cls = false, cur = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') { cur += c + (src[i + 1] ?? ''); i++; continue; }
    if (cls) { if (c === ']') cls = false; cur += c; continue; }
    if (c === '[') cls = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) { alts.push(cur); cur = ''; continue; }
    cur += c;
  }
  alts.push(cur);
  const out: string[] = [];
  for (const a of alts) {
    const m = /^[a-z ]+/i.exec(a);
    let lit = m ? m[0] : '';
    // A letter followed by a quantifier is optional: drop it.
    if (lit && /^[?*{]/.test(a.slice(lit.length))) lit = lit.slice(0, -1);
    if (lit.length < 3) return null;
    out.push(lit.toLowerCase());
  }
  return out;
}

/** Cheap pre-check: can this trigger match a lower-cased sentence at all? */
export const TRIGGER_HINTS: (string[] | null)[] = TRIGGERS.map((x) => x.hint ?? literalPrefixes(x.re.source.replace(/^\\b\(\?:/, '').replace(/\)$/, '')));
/**
 * Trigger indexes (in increasing order) by the first three letters of their hints, one of which must begin some word
 * of the sentence: a sentence's word starts, looked up here, give the triggers it can hold.
 */
export const TRIGGERS_BY_KEY = new Map<string, number[]>();
TRIGGER_HINTS.forEach((hints, ti) => {
  for (const k of new Set(hints?.map((x) => x.slice(0, 3)))) {
    const list = TRIGGERS_BY_KEY.get(k) ?? [];
    list.push(ti);
    TRIGGERS_BY_KEY.set(k, list);
  }
});

// Words that make the following trigger unreal: negation, hypothesis, mere possibility, intention.
export const NEGATORS = new Set(['not', "n't", 'never', 'no', 'neither', 'nor', 'without', 'refused', 'declined', 'denies', 'denied']);
export const MODALS = new Set(['if', 'whether', 'unless', 'would', 'could', 'might', 'may', 'can', 'should', 'must', 'plans', 'plan',
  'planning', 'considering', 'consider', 'weighing', 'mulling', 'expected', 'likely', 'possible', 'possibly', 'potential', 'potentially', 'threatened', 'threatening', 'threatens']);
export const INTENT_BEFORE_TO = /^(?:urg\w*|call\w*|ask\w*|demand\w*|press\w*|plan\w*|threat\w*|expect\w*|likely|want\w*|seek\w*|hope\w*|intend\w*|consider\w*|could|would|may|might|aim\w*|propos\w*|recommend\w*|should|must|refus\w*|declin\w*|unlikely|vow\w*|pledg\w*|prepar\w*|set|ready|need\w*|order\w*|attempt\w*|tr(?:y|ies|ied|ying)|effort\w*|bid|seek\w*|wish\w*|able|unable|allowed)$/i;

// Verbs that introduce reported speech; their subject is the speaker.
export const REPORT_RE = /\b(?:said|says|say|told|added|adds|stated|states|noted|notes|argued|argues|claimed|claims|claim|alleged|alleges|allege|warned|warns|wrote|writes|contended|asserted|insisted|emphasi[sz]ed|stressed|found|finds|finding|concluded|revealed|revealing|reveals|showed|shows|believes|maintained|complained|charged|pointed out|explained|accused|accusing|noting|saying|warning|according to|claiming|arguing|alleging|asserting|contending|insisting|stating|adding|exposing|identifying|designating|citing)\b/gi;

export const ISSUES: [RegExp, string][] = [
  [/distil|stole|steal|theft|intellectual property|\bIP\b|copied|copying|trade secret|misappropriat|proprietary|training data|trained/i, 'distillation / IP theft'],
  [/export control|entity list|unverified list|chip|semiconductor|H20|H800|blacklist/i, 'export controls'],
  [/privacy|personal data|data protection|user data|GDPR|data flows/i, 'data protection'],
  [/antitrust|antimonopoly|anti-monopoly|\bcompetition law|monopol|bundling|merger|acquisition/i, 'antitrust'],
  [/tariff|trade war|\bduties\b|economic coercion|\btrade\b/i, 'trade'],
  [/\blawsuit|\bcontract\b|\bmission\b|nonprofit|non-profit|for-profit/i, 'contract / governance'],
  [/copyright/i, 'copyright'],
  [/national security|espionage|military|security threat|spy/i, 'national security'],
];
