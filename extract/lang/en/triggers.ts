// English trigger patterns: the phrasings that carry each event type, as data for the engine in ../../lexicon.ts.
// Each pattern has an id (shown by `brinkwatch extract --explain`), a type, a mode (how roles are filled, see
// ../../README.md "How it decides"), a confidence and a regular expression over the sentence; `<lemma>` stands for
// every inflected form of a verb (see morph.ts). Every pattern has at least one example sentence of ours in EXAMPLES:
// tests/unit/extract/patterns.test.ts runs each one and requires the pattern to fire with the stated actor and target.
import type { TriggerSpec } from '../../lexicon.ts';
import type { EventType } from '../../index.ts';
import type { Mode } from '../../lexicon.ts';

const W = '(?:\\S+ )'; // one word and its space
// What a condition of a threat says the threatened party does: fails, refuses, keeps on, breaks a rule, does it again.
const NONCOMPLIANCE = "still|fail\\w*|miss(?:es|ed)?|refus\\w*|continu\\w*|persist\\w*|breach\\w*|violat\\w*|repeat\\w*|again|not|(?:do|does|did)n't|ignor\\w*|br(?:eak|eaks|oke|oken)|keep|keeps|kept|resum\\w*|defies|defied";
// A legal step a party announces it will take: going to a court or a committee, filing or bringing a claim, asking a
// forum to act against the other side ("will ask our panel to subpoena …", "will take this case to a court", "will file a
// claim against …", "will apply for penalty payments", "will ask the committee to issue a subpoena").
const LEGAL_STEP = "ask (?:the |this |a |our )?(?:\\S+ ){0,3}?(?:court|courts|judge|tribunal|committee|subcommittee|commission|regulator|authority|house|senate|parliament|stores?|platforms?|Court|Committee|Subcommittee|Commission|Senate|House)(?: (?:on|of|for) [^;:.]{1,80}?)? to (?:consider (?:issuing|ordering|imposing|seeking|opening) (?:an? )?)?(?:order|issue|subpoena|summon|bar|block|delist|remove|suspend|ban|halt|stop|impose|hold|compel|decide|rule|declare)|take (?:the matter|this matter|the case|this case|that case|the dispute|our case|this|it|them) (?:to|before) (?:the |a )?(?:\\S+ ){0,2}?(?:court|courts|tribunal|arbitration|regulator)|go to court|(?:file|bring|lodge|pursue) (?:a |an )?(?:\\S+ ){0,2}?(?:claim|lawsuit|suit|complaint|petition|case|action|proceedings)|apply (?:to (?:the |a )?(?:\\S+ ){0,2}?court )?for (?:\\S+ ){0,2}?(?:penalty payments|an? (?:\\S+ )?(?:injunction|order)|sanctions|penalties|damages)|seek (?:an? )?(?:\\S+ ){0,2}?(?:injunction|order|damages|subpoena|sanctions)|(?:issue (?:a )?subpoenas?|subpoena|summon|delist|remove)";
const t = (id: string, type: EventType, mode: Mode, conf: number, src: string, authority = false, extra: Partial<TriggerSpec> = {}): TriggerSpec =>
  ({ id, type, mode, conf, src, authority, ...extra });

export const TRIGGERS: TriggerSpec[] = [
  // ALLEGATION
  t('allegation.accuse', 'ALLEGATION', 'svo', 0.9, '<accuse>'),
  t('allegation.blame', 'ALLEGATION', 'svo', 0.7, '<blame>'),
  // "X alleged that …", also with where or when between ("alleged in a court filing that …", "alleged on Monday that …").
  t('allegation.allege', 'ALLEGATION', 'svo', 0.8, `<allege> (?:(?:in|on|during|before|through) ${W}{1,5}?)?that\\b`),
  // An accuser's suspicion with a gerund of the wrong ("Officials suspect Quillon of routing chips through Dastia"); the
  // passive form is allegation.alleged-to.
  t('allegation.suspect-of', 'ALLEGATION', 'svo', 0.7, `(?<!\\b(?:is|are|was|were|been|being) (?:also )?)<suspect>(?= ${W}{1,6}?of [a-z]+ing\\b)`, false, { hint: ['suspect'] }),
  // A passive accusation with a non-finite complement ("Vell is alleged to have misled the buyer", "Brenholt is suspected of
  // rigging bids"): the subject is the accused; the accuser is the agent after "by", else whoever sued, probed or accused it.
  t('allegation.alleged-to', 'ALLEGATION', 'svo', 0.7, '(?<=\\b(?:is|are|was|were|been|being) (?:also )?)(?:alleged to (?:have |be )|suspected of)', false, { hint: ['alleged', 'suspected'] }),
  // An authority's claim about a party ("The Authority claims that Quillon shipped …"); a company's claim is no allegation.
  // (Also with where or when between: "claimed during a committee hearing that …".)
  t('allegation.authority-claims', 'ALLEGATION', 'svo', 0.6, `(?:claims|claimed|contends|contended|asserts|asserted) (?:(?:in|on|during|before|at) ${W}{1,8}?)?that\\b`, true, { hint: ['claim', 'contend', 'assert'], objectAfter: true }),
  t('allegation.charge-that', 'ALLEGATION', 'svo', 0.7, '(?<!\\b(?:<deny>|<reject>|<dismiss>|<refute>|rebut(?:s|ted|ting)?) (?:\\S+ ){0,3})(?<!\\b(?:the|these|those|its|their|of|against|to) )(?<!\\b(?:criminal|civil|federal|formal|fresh|new|further|additional|similar|separate|antitrust|corruption|fraud|bribery|resolve[sd]?|settle[sd]?|face[sd]?|facing|drop(?:s|ped)?|bring|brought|file[sd]?|press(?:es|ed)?) )charg(?:e|es|ed) that\\b', false, { hint: ['charge'] }),
  t('allegation.criticise', 'ALLEGATION', 'counter', 0.6, '<criticise>|<criticize>|<condemn>|<denounce>|<slam>|<lambast>|<castigate>|<deplore>|<decry>|<rebuke>|<censure>|<berate>|<chastise>|fault(?:ed|ing)\\b|<single> out|<hit> out at|<lash> out at|<point> the finger at|<take> issue with', false, { hint: ['critici', 'condemn', 'denounc', 'slam', 'lambast', 'castigat', 'deplor', 'decr', 'rebuk', 'censur', 'berat', 'chastis', 'fault', 'out', 'finger at', 'issue with'] }),
  t('allegation.oppose', 'ALLEGATION', 'counter', 0.55, '(?:resolutely |firmly |strongly )?<oppose>(?! to)(?! (?:and (?:\\S+ ){1,3})?(?:all|any) (?:forms?|kinds?|types?) of)', false, { hint: ['oppos'] }),
  t('allegation.expose', 'ALLEGATION', 'svo', 0.65, '<expose>', false, { maxGap: 3 }),
  t('allegation.identify-as', 'ALLEGATION', 'svo', 0.75, `(?:<identify>|<designate>|label(?:s|ed|led|ing)?|<brand>|<flag>) ${W}{1,9}?as (?:an? )?{mod}{0,4}(?:threat|risk|tool|weapon|danger|military)|(?:label(?:s|ed|led|ing)?|<brand>) ${W}{1,6}?(?:an? |the )(?:\\S+ ){0,3}?(?:threat|risk|spy|proxy|front|military (?:company|companies|end users?|suppliers?))\\b`, false, { hint: ['identif', 'designat', 'label', 'brand', 'flag'] }),
  // A finding of a failing that an authority states about a named party ("The regulator found that Quillon had kept
  // voice recordings without consent"): the authority alleges; the clause's subject is the accused. Authorities only;
  // not after a negator; the clause must name a failing within 25 words (no, not, without, failed, lacks, unlawfully …):
  // "the examiner concluded that the driver died of a fall" finds no wrongdoing.
  t('allegation.found-that', 'ALLEGATION', 'svo', 0.65, `(?<!\\b(?:not|never|no) (?:\\S+ )?)(?:found|finding|concluded|concluding|determined|determining|established|establishing|considers|considered|(?:takes|took) the (?:preliminary )?view|(?:is|are|was|were|remains|remained) (?:deeply |seriously |gravely |particularly )?concerned) that\\b(?! (?:there|it|this|these|no|none|nothing)\\b)(?=(?: \\S+){1,25}? (?:no|not|never|without|fail(?:s|ed)?|lack(?:s|ed)?|insufficient|inadequate|unclear|incomplete|unlawful(?:ly)?|illegal(?:ly)?|improper(?:ly)?|unauthori[sz]ed|excessive|misleading|violated|breached|infringed|contravened|interfered|misused|abused|misled|colluded|discriminated|forced|coerced|favou?red|self-preferenc\\w*|foreclosed|obstructed|leaked|harm(?:s|ed|ing)?|unfair(?:ly)?|deceptive(?:ly)?|deceived|concealed|manipulated|diverted|exploited|secretly|covertly|contravention|contrary)\\b)`, true, { hint: ['found', 'finding', 'concluded', 'concluding', 'determined', 'determining', 'established', 'establishing', 'concerned', 'consider', 'view'] }),
  // A supply to an army or through intermediaries, told by a speaker ("the bureau said Quillon had supplied chips to
  // military research institutes", "acquired servers through shell companies"): the reason an authority gives for a
  // listing is its allegation against the supplier. Negated ("has never sold to any military user") it is a denial.
  t('allegation.military-supply', 'ALLEGATION', 'report', 0.6, `(?:suppl(?:ied|ying|ies)|provid(?:ed|ing|es)|sold|selling|sells|shipp(?:ed|ing)|export(?:ed|ing|s)|deliver(?:ed|ing|s)|acquir(?:ed|ing|es)|obtain(?:ed|ing|s)|procur(?:ed|ing|es))\\b(?=(?: \\S+){0,10}? (?:to|for|from|through|via) (?:\\S+ ){0,5}?(?:military|army|armed forces|defen[cs]e (?:research|organi[sz]ations?|units?|institutes?|end users?)|(?:drone|weapons?|missile|nuclear) (?:programmes?|programs?|makers?|manufacturers?|industry)|intermediar(?:y|ies)|shell compan(?:y|ies)|front compan(?:y|ies))\\b)`, false, { hint: ['suppl', 'provid', 'sold', 'sell', 'shipp', 'export', 'deliver', 'acquir', 'obtain', 'procur'] }),
  t('allegation.raise-concerns', 'ALLEGATION', 'svo', 0.6, 'raised? (?:serious )?concerns? (?:about|over)'),
  t('allegation.warn-dangers', 'ALLEGATION', 'svo', 0.6, `<warn> ${W}{0,4}(?:about|of) (?:the )?(?:dangers|risks|threat)`),
  t('allegation.steal', 'ALLEGATION', 'report', 0.85, '<steal>|theft\\b|<pirate>', false, { hint: ['stole', 'steal', 'theft', 'pirat'] }),
  t('allegation.distil', 'ALLEGATION', 'report', 0.85, 'distil(?:l|led|ling|ls|s|lation|ation)?\\b'),
  t('allegation.copy', 'ALLEGATION', 'report', 0.6, 'cop(?:ied|ying)\\b|regurgitat(?:ed|es|ing)\\b', false, { hint: ['copied', 'copying', 'regurgitat'] }),
  t('allegation.illicitly', 'ALLEGATION', 'report', 0.75, '(?:illicitly|illegally|unlawfully|covertly|secretly|improperly)(?: \\w+|(?=[.,;:]))', false, { hint: ['illicitly', 'illegally', 'unlawfully', 'covertly', 'secretly', 'improperly'] }),
  t('allegation.violate', 'ALLEGATION', 'report', 0.7, '(?<!-)(?:violat(?:e|es|ed|ing|ion|ions)\\b|<breach>|infring(?:e|es|ed|ing|ement)\\b|misappropriat\\w*)(?!-)', false, { hint: ['violat', 'breach', 'infring', 'misappropriat'] }),
  t('allegation.abuse', 'ALLEGATION', 'report', 0.7, '<abuse>|<misuse>|overstretch\\w*|overreach\\w*'),
  t('allegation.coerce', 'ALLEGATION', 'report', 0.65, 'bully(?:ing)?\\b|coercion\\b|coercive\\b|hegemon\\w*|crackdown\\b|blockade\\b|suppress(?:ion|ing|es|ed)?\\b'),
  t('allegation.espionage', 'ALLEGATION', 'report', 0.6, 'espionage\\b|spying\\b|spied\\b'),
  t('allegation.pose-threat', 'ALLEGATION', 'report', 0.7, `(?:<pose>|<present>|is|are|as) (?:an? )?{mod}{0,3}(?:threat|risk)s? to\\b`, false, { hint: ['threat', 'risk'] }),
  t('allegation.funnel-data', 'ALLEGATION', 'report', 0.65, `<funnel>|transfer(?:s|red|ring)? ${W}{0,3}data`),
  // (Re-exporting controlled goods and routing a purchase through shell or front companies are the diversion of export
  // controls told plainly: "said X re-exported the servers to …", "X obtained the chips through front companies".)
  t('allegation.evade', 'ALLEGATION', 'report', 0.65, 'circumvent\\w*|<evade>|evasion\\b|smuggl\\w*|divert(?:ed|ing)\\b|re-?export(?:ed|ing)\\b|transshipp?(?:ed|ing)\\b', false, { hint: ['circumvent', 'evad', 'evasion', 'smuggl', 'divert', 're-export', 'reexport', 'transship'] }),
  t('allegation.through-fronts', 'ALLEGATION', 'report', 0.6, `(?:<obtain>|<acquire>|bought|<buy>|<procure>|<source>|<route>|<ship>|paid|<pay>) (?:\\S+ ){0,10}?through (?:an? (?:chain|network|web|series|string) of )?(?:\\S+ ){0,2}?(?:shell|front|straw) (?:companies|company|firms|customers|entities|buyers)\\b`, false, { hint: ['shell', 'front', 'straw'] }),
  t('allegation.unfair', 'ALLEGATION', 'report', 0.55, 'unfair(?:ly)?\\b|discriminat\\w+|interfer(?:e|es|ed|ing|ence) in\\b'),
  t('allegation.anticompetitive', 'ALLEGATION', 'report', 0.6, 'anti-?competitive\\b|monopolistic\\b|price-fixing\\b|(?<!anti-)dumping\\b|<collude>|collusion\\b', false, { hint: ['anticompetitive', 'anti-competitive', 'monopolistic', 'price-fixing', 'dumping', 'collud', 'collusion'] }),
  t('allegation.mislead', 'ALLEGATION', 'report', 0.6, `<mislead> {mod}{0,2}(?:consumers|customers|users|investors|the public|regulators|buyers|shareholders|patients|parents)\\b`, false, { hint: ['mislead', 'misled'] }),
  t('allegation.hack', 'ALLEGATION', 'report', 0.6, '(?:hacked|hacking)(?: into)?\\b|cyber-?attacks? (?:on|against)\\b', false, { hint: ['hacked', 'hacking', 'cyberattack', 'cyber-attack'] }),
  t('allegation.distort', 'ALLEGATION', 'report', 0.55, '<distort> the facts|confound\\w* black and white'),
  t('allegation.undermine', 'ALLEGATION', 'report', 0.5, '<undermine>|<jeopardise>|<jeopardize>'),
  t('allegation.military', 'ALLEGATION', 'report', 0.6, 'military (?:and \\S+ )?(?:ties|links)|military company'),
  // (Not the content of a bar: "which forbids exporters to sell it any parts without a licence".)
  t('allegation.without', 'ALLEGATION', 'report', 0.65, 'without(?<!\\b(?:barr(?:ing|ed|s)?|bars|prohibit(?:s|ed|ing)?|forbid(?:s|ding)?|forbidden|cannot|may not|must not) (?:\\S+ ){0,10}without) (?:(?:its |their |the |(?:\\S+ )?\\S+[\'’]s? )?(?:permission|authori[sz]ation|consent)|a licen[cs]e|licen[cs]ing|paying|(?:an? |any )?(?:valid |proper |adequate |sufficient )?(?:legal|lawful) (?:basis|grounds?)|(?:first )?(?:notifying|informing|(?:seeking|obtaining|getting|securing) (?:\\S+ )?(?:approval|clearance)))'),
  // A failing reported of a party ("the authority said X had failed to carry out an impact assessment", "X did not obtain
  // users' consent", "X lacked a legal basis", "X contravened the Act"): the speaker alleges it of the clause's subject.
  t('allegation.failing', 'ALLEGATION', 'report', 0.6, `<fail> to (?:\\S+ )?(?:obtain|seek|inform|tell|notify|carry out|conduct|perform|complete|provide|disclose|register|assess|protect|secure|delete|erase|report|respond|comply|honour|honor|verify|prevent|remove|implement|appoint|publish|give|take down|block|stop)\\b|(?:did not|didn't|had not|hadn't|has not|never) (?:properly |adequately |validly |first )?(?:obtain|obtained|seek|sought|inform|informed|notify|notified|tell|told|ask|asked) (?:for )?(?:\\S+ ){0,3}?(?:consent|permission|approval|authori[sz]ation|users|customers|data subjects|subscribers)\\b|<lack> (?:an? |any )?(?:valid |proper |adequate |sufficient )?(?:legal|lawful) (?:basis|grounds?)\\b|had no (?:valid |proper |adequate )?(?:legal|lawful) (?:basis|grounds?)\\b|<contravene>`, false, { hint: ['fail', 'failed', 'failing', 'fails', 'not', "didn't", "hadn't", 'never', 'lack', 'lacked', 'lacks', 'lacking', 'no', 'contraven'] }),
  t('allegation.use-outputs', 'ALLEGATION', 'report', 0.6, `(?:used|using|relied on|relying on|rel(?:y|ies) on) {mod}{0,4}(?:outputs?|responses) (?:of|from)\\b`, false, { hint: ['used', 'using', 'relied', 'relying', 'rely', 'relies'] }),
  // "called the accusations groundless smears", "dismissed them as smears": "smears" as a noun said of claims is a
  // denial's word (denial.smears), no allegation of smearing.
  t('allegation.politicise', 'ALLEGATION', 'report', 0.6, `<politicise>|<politicize>|<weaponise>|<weaponize>|(?<!(?:\\b(?:as|are|were|is|was|pure|sheer|but|just|mere|more|such|the|these|those)|\\w(?:less|ous|al|ed|ful)) ["“]?)smears\\b|smear(?:ed|ing)\\b`, false, { hint: ['politic', 'weapon', 'smear'] }),
  t('allegation.lodge-protest', 'ALLEGATION', 'svo', 0.7, `<lodge> {mod}{0,2}(?:representations|protests?)\\b`),
  // "protested against the Netherlands' new controls", "to protest over X's arrest": a state's protest accuses the party
  // whose act it protests.
  t('allegation.protest-against', 'ALLEGATION', 'svo', 0.65, `(?:protest(?:s|ed|ing)?|remonstrat(?:e|es|ed|ing)) (?:strongly |formally |vehemently )?(?:against|over)\\b`, false, { hint: ['protest', 'remonstrat'], objectAfter: true }),
  t('allegation.deceive', 'ALLEGATION', 'report', 0.6, 'deceptive\\b|fraud\\w*|lied\\b|cheat(?:s|ed|ing)\\b|betray\\w*|deviat\\w* from'),
  t('allegation.break-rules', 'ALLEGATION', 'report', 0.6, `<break> {mod}{0,4}(?:laws?|rules|regulations|obligations|commitments|promises|agreements?)\\b`, false, { hint: ['break', 'broke'] }),
  t('allegation.defame', 'ALLEGATION', 'report', 0.6, 'defam(?:e|es|ed|ing|ation|atory)\\b'),
  t('allegation.trained-on', 'ALLEGATION', 'report', 0.8, `trained {mod}{0,3}(?:on|using) {mod}{0,2}(?:stolen|proprietary|unauthori[sz]ed|pirated|outputs|answers|responses)\\b|(?:extracted|scraped|harvested) from`, false, { hint: ['trained', 'extracted', 'scraped', 'harvested'] }),
  t('allegation.act-of', 'ALLEGATION', 'report', 0.6, `(?:is|are|was) (?:an? )?{mod}{0,3}(?:act|practice|case) of`, false, { hint: ['act of', 'practice of', 'case of', 'acts of', 'practices of', 'cases of'] }),
  t('allegation.improper-act', 'ALLEGATION', 'report', 0.6, `(?:inappropriate|improper|unjustified|unreasonable|wrongful) {mod}{0,2}(?:intervention|interference|actions?|measures|practices?)|wrongdoings?\\b`, false, { hint: ['inappropriate', 'improper', 'unjustified', 'unreasonable', 'wrongful', 'wrongdoing'] }),
  // Findings and assessments: a state-backed group named as an attack's author, a product found a security risk.
  t('allegation.attribute-to', 'ALLEGATION', 'counter', 0.7, `(?:<attribute>|<link>|<trace>) (?:the |a |an |these |this |its )?{mod}{0,3}(?:attacks?|breach(?:es)?|hacks?|intrusions?|campaigns?|operations?|misuse|thefts?|leaks?) (?:(?:on|against|of|at|in|into|targeting) ${W}{1,3}?)?(?:back )?to\\b`, false, { hint: ['attribut', 'link', 'trac'] }),
  t('allegation.security-risk', 'ALLEGATION', 'report', 0.65, `(?:constitut(?:es?|ed)|is|are|was|were|represents?|represented|poses?|posed) (?:an? )?(?:unacceptable |significant |serious |potential |undue )?(?:national |state )?security (?:risks?|threats?)\\b|(?:<endanger>|<threaten>|<harm>|<damage>) {mod}{0,2}(?:national|state|economic) security\\b`, false, { hint: ['security'] }),
  // A finding that a product or measure is harmful ("found that the app made by X was harmful to children").
  t('allegation.harmful', 'ALLEGATION', 'report', 0.6, `(?:is|are|was|were|has been|have been|would be|could be) (?:\\S+ )?(?:harmful|detrimental|dangerous) to\\b`, false, { hint: ['harmful', 'detrimental', 'dangerous'] }),
  // (The word may open a quotation — 'called the order "unjustified"' — and an order or an inquiry is judged as a measure is.)
  t('allegation.called-unjust', 'ALLEGATION', 'counter', 0.6, `(?:<call>|<describe>|<label>) (?:the |these |those |its |their )?{mod}{0,4}?(?:as )?["“]?(?:(?:deeply|wholly|entirely|completely|clearly|grossly) )?(?:unjustified|unjustifiable|unfair|discriminatory|unreasonable|illegal|unlawful|protectionist|abusive|(?:an? )?(?:(?:typical|blatant|naked|clear|outright|flagrant|unilateral) )?(?:act of |case of |form of )?(?:economic coercion|coercion|bullying|protectionism|hegemonism|weaponi[sz]ation of \\S+|politici[sz]ation of \\S+))\\b`, false, { hint: ['unjustifi', 'unfair', 'discriminatory', 'unreasonable', 'illegal', 'unlawful', 'protectionist', 'abusive', 'coercion', 'bullying', 'protectionism', 'hegemonism', 'weaponi', 'politici'], againstAuthorOf: ['RESTRICTION', 'DEMAND', 'INVESTIGATION'] }),
  // A measure said to be unjustified ("China's commerce ministry said the restrictions were unjustified"): the speaker
  // alleges against the measure's author.
  t('allegation.measure-unjust', 'ALLEGATION', 'characterise', 0.6, `(?:measures?|restrictions?|curbs|duties|tariffs|sanctions|bans?|controls|rules|listings?|decisions?|designations?|moves?) (?:\\S+ ){0,2}?(?:is|are|was|were|remains?) (?:\\S+ )?(?:unjustified|unjustifiable|discriminatory|protectionist|arbitrary|unfair|illegal|unlawful|(?:an? )?(?:(?:typical|blatant|naked|clear|outright|flagrant|unilateral) )?(?:act of |case of |form of )?(?:economic coercion|coercion|bullying|protectionism|hegemonism|weaponi[sz]ation of \\S+|politici[sz]ation of \\S+))\\b`, false, { hint: ['unjustifi', 'discriminatory', 'protectionist', 'arbitrary', 'unfair', 'illegal', 'unlawful', 'coercion', 'bullying', 'protectionism', 'hegemonism', 'weaponi', 'politici'], againstAuthorOf: ['RESTRICTION'] }),
  // DENIAL
  t('denial.deny', 'DENIAL', 'counter', 0.85, '(?:<deny>|<reject>)(?! (?:\\S+ ){0,3}?(?:an? |the )?(?:\\S+ )?(?:licen[cs]es?|permits?|visas?|approvals?|access|entry|certification|accreditation|authori[sz]ations?|mergers?|takeovers?|acquisitions?|purchases?|deals?|bids?|investments?)\\b)|<refute>|<debunk>|rebut(?:s|ted|ting)?\\b|(?<!(?:the|a|an|its|their) )disputed\\b|disputing\\b', false, { hint: ['den', 'reject', 'refut', 'debunk', 'rebut', 'disput'] }),
  // A claim waved away ("brushed aside the accusations", "shrugged off the criticism"): a denial without "deny".
  t('denial.brush-off', 'DENIAL', 'counter', 0.75, `(?:<brush> (?:aside|off)|<shrug> off|<wave> (?:away|off)) {mod}{0,3}(?:claims?|allegations?|accusations?|charges|criticism|concerns|reports?|suggestions?)\\b`, false, { hint: ['brush', 'shrug', 'wave', 'waving'] }),
  t('denial.disagree', 'DENIAL', 'counter', 0.75, '<disagree> with'),
  // "does not agree with the ministry's account", "did not accept the findings": a disagreement told with a negator.
  t('denial.not-agree', 'DENIAL', 'counter', 0.65, `(?:does|do|did)(?: not|n't) (?:agree with|accept) (?:the |these |those |its |their |this |\\S+[’']s? )?(?:\\S+ )?(?:account|findings?|assessment|conclusions?|characteri[sz]ations?|allegations?|claims?|accusations?|version|reading|interpretation|decision)\\b`, false, { hint: ['not', "n't"] }),
  t('denial.defend', 'DENIAL', 'counter', 0.7, '<defend> (?:itself|themselves|ourselves|himself|herself)\\b', false, { hint: ['defend'], anyMood: true }),
  t('denial.rule-out', 'DENIAL', 'counter', 0.65, '(?:ruled|rules|ruling) out\\b(?! (?:an? |any |the |further |new |its |their )?(?:\\S+ )?(?:mergers?|deals?|sales?|acquisitions?|bids?|takeovers?|talks|partnerships?|layoffs|job cuts|price (?:rises|increases|cuts)|listings?|IPO|run|candidacy|return|comeback|rate (?:cuts|hikes|rises))\\b)', false, { hint: ['rule', 'ruli'] }),
  t('denial.comply', 'DENIAL', 'counter', 0.65, '(?:complies|complied|(?:is|are|was|were|remains?|remained) (?:fully )?compliant) (?:fully |strictly |entirely |at all times )?with\\b', false, { hint: ['compl'], noObject: true }),
  t('threat.noncompliance', 'THREAT', 'counter', 0.7, `(?:in (?:the )?(?:case|event) of|for) non-?compliance|(?:non-?compliance|(?:failure|refusal) to (?:comply|do so|\\S+ (?:\\S+ )?\\S+)|(?:any |a )?breach(?:es)? of (?:the|this|that|its|these) (?:\\S+ )?(?:order|decision|ruling|injunction|undertakings?|commitments?|conditions)) (?:(?!(?:is|are|was|were|which|that)\\b)[^\\s;:.]+ ){0,10}?(?:will|would|could|may|shall) (?:be met with|result in|lead to|attract|expose|subject|trigger)`, false, { hint: ['non-compliance', 'noncompliance', 'failure', 'refusal', 'breach'] }),
  // A coercive penalty set against a condition ("set a daily fine of 40,000 euros if the company fails to delete the
  // files", "a penalty of 2% of turnover should Marrowby refuse"): a threat to the condition's subject.
  t('threat.penalty-if', 'THREAT', 'counter', 0.65, `(?<!\\bfac(?:e|es|ed|ing) (?:\\S+ ){0,4})(?:(?:daily|periodic|recurring|coercive|weekly) (?:fines?|penalt(?:y|ies)|penalty payments?)(?=[^;:.]{0,120}?\\b(?:if|unless|should|until|for (?:each|every) (?:day|week)|in (?:the )?(?:case|event) of)\\b)|(?:fines?|penalt(?:y|ies)|penalty payments?)(?=[^;:.]{0,120}?\\b(?:if|unless|should)\\b (?:\\S+ ){1,4}?(?:${NONCOMPLIANCE})\\b))`, false, { hint: ['fine', 'penalt'], conditionTarget: true }),
  t('threat.or-face', 'THREAT', 'report', 0.7, 'or (?:else )?face\\b', false, { hint: ['face'] }),
  t('denial.dismiss', 'DENIAL', 'counter', 0.8, `<dismiss> (?:the |these |those |such |as )?{mod}{0,2}(?:claims?|allegations?|accusations?|charges?|reports?|suggestions?|criticism|findings|conclusions|assessments?)`),
  t('denial.push-back', 'DENIAL', 'counter', 0.7, 'push(?:ed|es)? back (?:on|against)'),
  t('denial.baseless', 'DENIAL', 'characterise', 0.7, 'baseless|groundless|unfounded|without (?:any )?(?:merit|basis|foundation)|meritless|lacks? (?:any )?merit|incoherent|(?<!\\b(?:mak(?:e|es|ing)|made|fil(?:e|es|ed|ing)|submit(?:s|ted|ting)?|spread(?:s|ing)?|publish(?:es|ed|ing)?|post(?:s|ed|ing)?|issu(?:e|es|ed|ing)) (?:\\S+ ){0,3})false (?:claims|allegations|accusations)|smear\\b|slander\\w*|fabricat(?:ed|ions?)\\b|(?:politically|commercially) motivated|nonsense|absurd\\b|categorically|overblown|exaggerated|trumped-up|(?:is|was|are|were) (?:merely |simply |just |only |nothing but |nothing more than )?a (?:mere )?pretext\\b', false, { hint: ['baseless', 'groundless', 'unfounded', 'without', 'meritless', 'merit', 'incoherent', 'false', 'smear', 'slander', 'fabricat', 'politically', 'commercially', 'nonsense', 'absurd', 'categorically', 'overblown', 'exaggerated', 'trumped', 'pretext'] }),
  t('denial.contrary', 'DENIAL', 'counter', 0.6, 'contrary to', false, { fronted: true }),
  // Denials that never say "deny": the claim called untrue, the act disowned, the product or conduct declared clean.
  t('denial.not-true', 'DENIAL', 'characterise', 0.7, '(?:claims?|allegations?|accusations?|reports?|charges?|assertions?|suggestions?|characteri[sz]ations?|this|that|it|so-called \\S+) (?:is|are|was|were)(?: simply| completely| entirely| totally| patently| absolutely)? (?:not true|untrue|false|inaccurate|incorrect|not accurate|not correct|not the case)\\b', false, { hint: ['true', 'untrue', 'false', 'inaccurate', 'incorrect', 'accurate', 'correct', 'the case'] }),
  // A bare rebuttal that opens the sentence and says nothing else ("Untrue," a spokesperson said; "False." in a statement).
  t('denial.bare-rebuttal', 'DENIAL', 'characterise', 0.65, `(?<=^(?:A: ?)?["“‘']?)(?:untrue|false|not true|simply untrue|simply false|completely false|totally false|nonsense)(?=[.!,]?["”’']?(?:,|$|\\s*$|[.!] *$))`, false, { hint: ['untrue', 'false', 'not true', 'simply', 'completely', 'totally', 'nonsense'], rebutsLast: true }),
  t('denial.not-involved', 'DENIAL', 'counter', 0.7, '(?<=\\b(?:it|we|they|he|she|I) )(?:(?:was|were|is|are|has been|have been|had been)(?: not|n\'t| never) (?:involved|engaged|a party) in|(?:has|have|had|did)(?: not|n\'t| never) (?:engaged|participated|taken part) in|(?:has|have|had) (?:had )?nothing to do with)\\b', false, { hint: ['involved', 'engaged', 'a party', 'nothing', 'participated', 'taken part'] }),
  t('denial.lawful', 'DENIAL', 'counter', 0.65, '(?:<act>|<operate>|<behave>) (?:lawfully|legally|within the law|in (?:full )?(?:accordance|compliance) with)\\b|(?:has|have|had) done nothing (?:wrong|illegal|improper|unlawful)\\b|(?:<follow>|<obey>|<abide> by) (?:all |the )?(?:applicable |relevant |local )?(?:laws|rules|regulations)\\b', false, { hint: ['lawfully', 'legally', 'within the law', 'accordance', 'compliance', 'nothing', 'follow', 'obey', 'abide'] }),
  t('denial.contain-no', 'DENIAL', 'counter', 0.65, '(?<=\\b(?:we|it|they|(?:its|our|their) (?:\\S+ ){0,2}\\S+) ["“]?)(?:(?:<contain>|<collect>|<store>|<share>) no|(?:do|does|did)(?: not|n\'t| never) (?:contain|collect|store|share|sell|transfer) (?:any|user|personal|customer)|(?:has|have|had)(?: not|n\'t| never) (?:collected|stored|shared|sold|transferred) (?:any|user|personal|customer)|(?:has|have|contain|contains) no (?:hidden |secret )?(?:backdoors?|back doors?|kill switch(?:es)?|remote shutdown))\\b', false, { hint: ['contain', 'collect', 'store', 'share', 'sell', 'sold', 'transfer', 'backdoor', 'back door', 'kill switch', 'remote shutdown'], noObject: true }),
  t('denial.secure', 'DENIAL', 'counter', 0.6, '(?<=\\b(?:its|our|their) (?:\\S+ )?)(?:systems?|networks?|products?|platforms?|devices?|services?|apps?|software|chips?|data|models?) (?:is|are|was|were|remains?|has been|have been) (?:fully |completely |entirely |perfectly )?(?:secure|safe)\\b', false, { hint: ['secure', 'safe'] }),
  // The alleged thing said not to exist in the speaker's own products, opening the sentence ("There are no hidden
  // functions in our cameras, X said", "No such kill switch exists in any X product, the company said").
  t('denial.none-exists', 'DENIAL', 'counter', 0.6, `(?<=^["“‘']?)(?:there (?:is|are|was|were) (?:no|not a single|not any)|no (?:such )?{mod}{0,3}?(?:exists?|existed|has ever existed)) (?:{mod}{0,4}?)?(?:in|on|inside|within) (?:its|our|their|any|the company's)\\b`, false, { hint: ['there', 'exist'] }),
  // "Not a single X output is in our training data", "Not one of its chips was sold to …": a flat "none" opening the quotation.
  t('denial.not-a-single', 'DENIAL', 'counter', 0.6, `(?<=^["“‘']?)(?:not a single|not one) (?:\\S+ ){1,4}?(?:is|was|are|were|has been|have been|went|reached|came) (?:\\S+ ){0,4}?(?:in|on|to|into|from|inside|within) (?:its|our|their|any)\\b`, false, { hint: ['single', 'one'] }),
  t('denial.is-not', 'DENIAL', 'counter', 0.6, '(?:is|are|was|were)(?: not|n\'t| by no means| in no way| never)(?: an?| any)? (?:\\S+ ){0,2}?(?:ban|blockade|embargo|sanctions?|subsid(?:y|ies)|discrimination|coercion|protectionism|retaliation|theft|espionage|dumping|aggression|interference|infringement|(?:trade )?barriers?|boycott|punishment|penalty|reprisal|countermeasures?|blacklist)\\b|(?:(?:is|are|was|were)(?: not|n\'t) (?:aimed at|targeted at|directed at|targeting)|(?:do|does|did)(?: not|n\'t) target) (?:any|a specific|a particular|specific)\\b', false, { hint: ['ban', 'blockade', 'embargo', 'sanction', 'subsid', 'discrimination', 'coercion', 'protectionism', 'retaliation', 'theft', 'espionage', 'dumping', 'aggression', 'interference', 'infringement', 'barrier', 'boycott', 'punishment', 'penalty', 'reprisal', 'countermeasure', 'blacklist', 'aimed', 'targeted', 'directed', 'target'] }),
  t('denial.fight', 'DENIAL', 'counter', 0.65, '(?<!(?:not|n\'t|never) (?:\\S+ )?)(?:<fight>|<contest>|defend (?:itself |themselves |ourselves )?against) (?:the |these |those |this |such |its |their )?(?:\\S+ ){0,2}(?:lawsuit|suit|claims?|allegations?|accusations?|charges?|case|complaint)s?\\b', false, { hint: ['fight', 'fought', 'contest', 'defend'], anyMood: true }),
  // Also "his client is innocent" (the counsel's client, see COUNSEL_NOUNS), the adjective ending its clause: "innocent
  // users" is no plea.
  t('denial.innocence', 'DENIAL', 'counter', 0.75, '(?:<maintain>|<insist> on|<assert>|<proclaim>|<protest>) (?:its|his|her|their) innocence\\b|<plead> not guilty\\b|(?:is|was|are|were) (?:entirely |completely |wholly )?innocent(?=\\s*(?:[,.;:"”’]|and\\b|of\\b|$))', false, { hint: ['innocence', 'not guilty', 'innocent'], willOk: true }),
  t('denial.dispute', 'DENIAL', 'counter', 0.75, '(?<!\\b(?:the|a|an|its|their|this|that|trade|legal) )(?:disputes|disputed|disputing|dispute)(?= (?:the|these|those|this|that|any|such) (?:\\S+ ){0,3}?(?:claims?|allegations?|accusations?|findings?|characteri[sz]ations?|reports?|conclusions?|charges?|analysis|analyses|assessments?|interpretations?)\\b)', false, { hint: ['disput'] }),
  // Rebuttals that never say "deny": a counter-attack with its reason, claims said to misrepresent, a finding fought.
  t('denial.hit-back', 'DENIAL', 'counter', 0.7, `(?:<hit>|<fire>) back (?:at|against)\\b(?=(?: \\S+){1,8}?,? (?:saying|calling|insisting|arguing|denying|dismissing)\\b|(?: \\S+){1,6}? (?:over|after) (?:its |their |the |these |those )?(?:\\S+ )?(?:claims?|allegations?|accusations?|criticism|report|charges)\\b)`, false, { hint: ['hit', 'fire'] }),
  t('denial.misrepresent', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|reports?|findings?|complaint|lawsuit|article|story|characteri[sz]ation) {mod}{0,2}?(?:<misrepresent>|<mischaracterise>|<mischaracterize>|<misstate>)|(?:claims?|allegations?|accusations?|reports?|findings?|complaint|lawsuit|article|story|this|that|it) (?:is|are|was|were)(?: simply| deeply| highly| completely)? (?:misleading|mistaken|wrong|a (?:gross )?(?:mischaracteri[sz]ation|misrepresentation|distortion))\\b`, false, { hint: ['misrepresent', 'mischaracteri', 'misstat', 'misleading', 'mistaken', 'wrong', 'distortion'] }),
  t('denial.did-nothing-wrong', 'DENIAL', 'counter', 0.65, `(?<=\\b(?:it|we|they|he|she|I) )(?:did nothing|(?:has|have|had|did)(?: not|n't| never) (?:done|do) anything) (?:wrong|illegal|improper|unlawful)\\b`, false, { hint: ['did', 'has', 'have', 'had'] }),
  t('denial.challenge-findings', 'DENIAL', 'counter', 0.65, `(?<!(?:not|n't|never) (?:\\S+ )?)(?:<contest>|<challenge>) (?:the |these |those |this |its |their |every |each |all )?(?:\\S+ ){0,2}(?:findings?|conclusions?|characteri[sz]ations?|allegations?|accusations?|analysis|analyses|assessments?|interpretations?|elements? of the (?:case|complaint|charges?|claims?))\\b`, false, { hint: ['contest', 'challeng'], anyMood: true }),
  t('denial.take-issue', 'DENIAL', 'counter', 0.65, `(?:take|takes|took|taken|taking) (?:strong )?issue with (?:the |these |those |its |their |this |such )?(?:\\S+ ){0,2}(?:claims?|allegations?|accusations?|findings?|characteri[sz]ations?|reports?|conclusions?|assertions?)\\b`, false, { hint: ['take', 'took', 'taking'] }),
  t('denial.stand-by', 'DENIAL', 'counter', 0.6, `(?:stand|stands|stood|standing) (?:firmly |fully )?by (?:its|their|our|his|her) (?:\\S+ )?(?:reporting|practices|products?|record|conduct|actions|policies|decision)\\b`, false, { hint: ['stand', 'stood'] }),
  // Conduct declared lawful in its own terms ("its models are grounded in fair use"), state ties disowned.
  t('denial.conduct-lawful', 'DENIAL', 'counter', 0.65, `(?<=\\b(?:its|our|their|his|her) (?:\\S+ ){0,2})(?:conduct|practices?|actions?|use|products?|business|models?|training|services?|operations?|tools?|apps?) (?:is|are|was|were|remains?|has been|have been) (?:fully |entirely |perfectly |completely |clearly )?["“]?(?:legal|lawful|legitimate|fair use|(?:protected by|grounded in|covered by) (?:the )?fair use)\\b`, false, { hint: ['conduct', 'practice', 'action', 'use', 'product', 'business', 'model', 'training', 'service', 'operation', 'tool', 'app'] }),
  t('denial.no-ties', 'DENIAL', 'characterise', 0.65, `(?<=\\b(?:it|we|they|he|she|I) )(?:(?:has|have|had) no (?:\\S+ )?(?:ties|links|connections?|affiliations?) (?:to|with)|(?:is|are|was|were)(?: not|n't) (?:controlled|owned|directed|influenced|funded) by|(?:operates?|operated|acts?|acted) independently (?:of|from))\\b`, false, { hint: ['has', 'have', 'had', 'is', 'are', 'was', 'were', 'operat', 'act'] }),
  // A claim told in a "that" clause and then called untrue or baseless ("The suggestion that our model was copied from
  // anyone has no basis in fact", "The claim that we sold to the army is simply untrue").
  // "The complaint misreads how the market works", "the decision rests on a misunderstanding of …", "the report bears no
  // resemblance to our data": a claim said to misread what it is about is rejected.
  t('denial.misreads', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|complaints?|reports?|findings|decisions?|charges|suit|lawsuit|petition|criticism)(?:[”"’'])? (?:\\S+ ){0,2}?(?:misreads?|misunderstands?|misrepresents?|mischaracteri[sz]es?|distorts?|(?:bears?|has) no resemblance to|rests? on (?:a |an )?(?:\\S+ )?(?:misunderstanding|misreading|misconception)|(?:is|are) not borne out by)\\b`, false, { hint: ['misread', 'misunderst', 'misrepresent', 'mischaracteri', 'distort', 'resemblance', 'misconception', 'borne'] }),
  t('denial.claim-that-untrue', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|suggestions?|assertions?|insinuations?|notion|idea) that (?:\\S+ ){1,16}?(?:(?:is|are|was|were)(?: simply| completely| entirely| totally| patently| absolutely)? (?:not true|untrue|false|inaccurate|incorrect|baseless|groundless|unfounded|absurd|nonsense|wrong|misleading|ridiculous)|(?:has|have|had) no (?:factual |legal |real )?(?:basis|merit|foundation))\\b`, false, { hint: ['true', 'untrue', 'false', 'inaccurate', 'incorrect', 'baseless', 'groundless', 'unfounded', 'absurd', 'nonsense', 'wrong', 'misleading', 'ridiculous', 'basis', 'merit', 'foundation'] }),
  // (Also a suggestion, listing or finding said to have none, after a that-clause of its own: "the suggestion that our
  // chips were copied has no basis in fact", 'said the designation had "no factual basis".)
  t('denial.no-basis', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|charges?|complaint|lawsuit|suit|case|report|suggestions?|insinuations?|listing|designation|findings?) (?:that (?:\\S+ ){1,20}?|(?:\\S+ ){0,3}?)(?:has|have|had) ["“]?no (?:factual |legal |real )?(?:basis|merit|foundation)\\b`, false, { hint: ['basis', 'merit', 'foundation'] }),
  t('denial.call-flawed', 'DENIAL', 'counter', 0.65, `(?:<call>|<describe>|<label>) (?:the |these |those |its |their |such |this )?(?:\\S+ ){0,3}?(?:claims?|allegations?|accusations?|reports?|findings|lawsuit|suit|complaint|characteri[sz]ation|study) (?:as )?["“]?(?:deeply |fundamentally |highly |completely )?(?:flawed|misleading|inaccurate|misguided|speculative|ridiculous|outrageous|erroneous)\\b`, false, { hint: ['flawed', 'misleading', 'inaccurate', 'misguided', 'speculative', 'ridiculous', 'outrageous', 'erroneous'] }),
  // A stance against a kind of conduct in general ("opposes all forms of hacking") answers an accusation of it; the
  // claim called a lie or mere speculation.
  t('denial.oppose-all-forms', 'DENIAL', 'counter', 0.6, `<oppose> (?:and (?:\\S+ )?\\S+ )?(?:all|any) (?:forms?|kinds?|types?) of\\b`, false, { hint: ['oppos'] }),
  t('denial.pure', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|remarks|statements?|reports?|assertions?|this|that|it) (?:\\S+ ){0,3}?(?:is|are|was|were) (?:nothing but|nothing more than|pure|sheer|mere|a (?:complete |total |big )?(?:lie|hoax|fiction|fantasy|myth|fairy tale))\\b`, false, { hint: ['nothing', 'pure', 'sheer', 'mere', 'lie', 'hoax', 'fiction', 'fantasy', 'myth', 'fairy'] }),
  // A suit to be defended or won: the defendant contests the case ("will vigorously defend this lawsuit", "is confident it will prevail").
  t('denial.defend-suit', 'DENIAL', 'counter', 0.65, `(?<!(?:not|n't|never) (?:\\S+ )?)<defend> (?:itself |themselves |ourselves |himself |herself )?(?:in |against )?(?:the |this |these |those |its |their |such |any )?(?:\\S+ ){0,2}(?:lawsuit|suit|case|claims?|allegations?|charges?|complaint|action)s?\\b`, false, { hint: ['defend'], anyMood: true }),
  t('denial.prevail', 'DENIAL', 'counter', 0.6, `(?:confident|convinced|certain) (?:that )?(?:it|we|they|he|she) (?:will|would|can) (?:ultimately |eventually )?(?:prevail|be vindicated|win (?:the|this) (?:case|lawsuit|suit|appeal))\\b`, false, { hint: ['confident', 'convinced', 'certain'] }),
  // More rebuttals: a push back with its reason, claims called frivolous or flawed (also in quotation marks), a quoted
  // "disagrees", confidence in its own legal position.
  t('denial.push-back-saying', 'DENIAL', 'counter', 0.65, `push(?:ed|es)? back(?=,? (?:saying|arguing|insisting|noting|calling|contending)\\b)`, false, { hint: ['push'] }),
  t('denial.claims-flawed', 'DENIAL', 'characterise', 0.65, `(?:claims?|allegations?|accusations?|findings?|reports?|conclusions?|lawsuit|suit|complaint|case|charges) (?:is|are|was|were|remains?)(?: deeply| fundamentally| seriously| completely| simply| entirely)? ["“]?(?:flawed|frivolous|erroneous|misguided|unsupported|wrong)\\b`, false, { hint: ['flawed', 'frivolous', 'erroneous', 'misguided', 'unsupported', 'wrong'] }),
  t('denial.call-frivolous', 'DENIAL', 'characterise', 0.65, `(?<=\\b(?:claims?|allegations?|accusations?|lawsuit|suit|complaint|case|charges) (?:as )?["“]?)(?:frivolous|meritless)\\b`, false, { hint: ['frivolous', 'meritless'] }),
  t('denial.smears', 'DENIAL', 'characterise', 0.65, `(?:smears|slanders)\\b`, false, { hint: ['smears', 'slanders'] }),
  t('denial.disagree-quoted', 'DENIAL', 'counter', 0.7, `<disagree>["”’] with\\b`, false, { hint: ['disagree'] }),
  t('denial.confident-position', 'DENIAL', 'counter', 0.6, `(?:confident|convinced) (?:in|of|about) (?:its|their|our|his|her) (?:legal )?(?:position|case|defen[cs]e|arguments?)\\b`, false, { hint: ['confident', 'convinced'] }),
  // Denials with no verb of denial, in the accused's own words (forms pass on our own held-out texts).
  t('denial.disagree-bare', 'DENIAL', 'counter', 0.7, '(?:respectfully|strongly|fundamentally|firmly|categorically|vehemently) <disagree>\\b', false, { hint: ['respectfully', 'strongly', 'fundamentally', 'firmly', 'categorically', 'vehemently'] }),
  t('denial.no-knowledge', 'DENIAL', 'counter', 0.65, '(?<=\\b(?:it|we|they|he|she|I) )(?:has|have|had) no (?:\\S+ )?knowledge of\\b', false, { hint: ['has', 'have', 'had'] }),
  t('denial.independent', 'DENIAL', 'counter', 0.6, '(?:was|were|is|are|had been|has been|have been) (?:\\S+ )?(?:developed|designed|created|built|written|invented) independently\\b|(?:was|were|is|are|had been|has been|have been) independently (?:developed|designed|created)\\b', false, { hint: ['was', 'were', 'is', 'are', 'had', 'has', 'have'] }),
  t('denial.confident-lawful', 'DENIAL', 'counter', 0.6, '(?:confident|convinced|certain) (?:that )?(?:\\S+ ){1,8}?(?:is|are|was|were|remains?) (?:lawful|legal|fair use|protected by)\\b', false, { hint: ['confident', 'convinced', 'certain'] }),
  // (A party's own words: after a verb of saying — "wrote in a note to investors on Friday that it has never …" — with the
  // perfect or the simple past, an adverb of intent between: "never knowingly sold", "his client never took".)
  t('denial.never-did', 'DENIAL', 'counter', 0.62, '(?<=(?:\\b(?:(?:said|says|saying|added|insisted|insists|maintained|maintains|stressed|argued|argues|(?:told|tells) (?:\\S+ ){1,3}?)(?: (?:that|(?:\\S+ ){1,10}?that))? (?:it|they|he|she|the (?:company|firm|group|start-?up|lab|business|system|platform|app)|(?:his|her|their) client)|we)|^["“](?:\\S+ ){0,2}\\S+) ["“]?)(?:(?:has|have|had) ["“]?)?never (?:knowingly |ever |once |intentionally )?(?:\\w+ed|had|sold|made|built|given|taken|took|sent|held|known|stolen|stole|gave|paid|sought|bought|kept|done|did)\\b', false, { hint: ['never'] }),
  t('denial.always-complied', 'DENIAL', 'counter', 0.6, '(?:has|have|had) always (?:complied|acted|operated|abided|respected)\\b', false, { hint: ['has', 'have', 'had'] }),
  // LEGAL_ACTION
  t('legal-action.sue', 'LEGAL_ACTION', 'svo', 0.85, '<sue>', false, { hint: ['sue', 'suing'] }),
  // A party added to a suit ("amended its complaint to add X as a defendant", "added X as a co-defendant").
  t('legal-action.add-defendant', 'LEGAL_ACTION', 'svo', 0.7, `<add> ${W}{1,5}?as (?:an? |another )?(?:co-?)?defendants?\\b`, false, { hint: ['defendant'] }),
  t('legal-action.take-to-court', 'LEGAL_ACTION', 'svo', 0.8, `(?:<take>|<haul>|<drag>) ${W}{1,4}?(?:in)?to (?:court|the courts|arbitration|the (?:\\S+ )?tribunal)\\b`, false, { hint: ['court', 'arbitration', 'tribunal'] }),
  // A party's motion in its case ("moved to dismiss", "filed a motion to compel"): a legal step against the other side.
  t('legal-action.move', 'LEGAL_ACTION', 'counter', 0.65, `(?:<move>|(?:<file>|<submit>) (?:an? |its |their |the )?(?:\\S+ )?motions?) to (?:dismiss|strike|stay|compel|transfer|vacate|quash|enjoin|disqualify|sanction|throw out)\\b`, false, { hint: ['move', 'moving', 'moved', 'file', 'filing', 'submit'] }),
  t('legal-action.file', 'LEGAL_ACTION', 'svo', 0.85, `(?:<file>|brought|brings|bring|<lodge>|launched) (?:an? |its |their |his |her )?{mod}{0,3}(?:lawsuit|suit|complaint|petition|claim|charges?|legal action|legal challenge|motion|(?<!class[- ])action)s?\\b`, false, { hint: ['lawsuit', 'suit', 'complaint', 'petition', 'claim', 'charge', 'legal action', 'legal challenge', 'motion', 'action'], counterpartWhenNoObject: true }),
  t('legal-action.suit-against', 'LEGAL_ACTION', 'svo', 0.75, '(?:lawsuit|suit|legal action|legal proceedings|complaint|case) against', false, { hint: ['against'] }),
  // Proceedings before a court named right before them ("launched Federal Court proceedings against X"; with an adjective,
  // "civil proceedings against X", also legal-action.court-proceedings below): a legal step, where "opened proceedings
  // against X" alone is a regulator's inquiry.
  t('legal-action.named-court-proceedings', 'LEGAL_ACTION', 'svo', 0.75, '(?<=\\b(?:[Cc]ourt|[Tt]ribunal|civil|criminal|judicial|court) )proceedings against\\b', false, { hint: ['proceedings against'] }),
  // "issued a claim against X in the High Court", "issues proceedings against X": the English court's word for starting a suit.
  t('legal-action.issue-claim', 'LEGAL_ACTION', 'svo', 0.8, '(?:issued|issues|issue|issuing) (?:a |an |its |their |formal )?{mod}{0,2}(?:claims?|proceedings|writs?) against\\b', false, { hint: ['issu'] }),
  // "began arbitration proceedings against X", "has started legal proceedings against X": a kind of proceedings that is
  // no regulator's inquiry.
  t('legal-action.arbitration-proceedings', 'LEGAL_ACTION', 'svo', 0.75, '(?:arbitration|arbitral|legal|infringement) (?:proceedings|claims?|case) against\\b', false, { hint: ['arbitra', 'legal', 'infringement'] }),
  // An act told as a noun with its agent after "by", also in the passive with the noun as subject ("an arrest warrant for
  // X was issued by the court"): the noun's own phrases name the parties (events.ts nounArgs).
  t('legal-action.suit-by', 'LEGAL_ACTION', 'svo', 0.8, '(?:lawsuit|suit|complaint|petition|legal action|legal challenge|case|indictment|(?:arrest )?warrant|(?<!class[- ])action)s?,? (?:(?!(?:is|are|was|were|has|have|had|will|would)\\b)\\S+ ){0,6}?(?:(?:was|were|has been|have been|had been) )?(?:brought|filed|lodged|launched|initiated|submitted|issued) (?:\\S+ ){0,8}?by\\b', false, { hint: ['lawsuit', 'suit', 'complaint', 'petition', 'legal', 'case', 'indictment', 'warrant', 'action'], agentBy: true }),
  // "after a complaint by X", "following petitions by X and Y": the filing's agent right after the noun.
  t('legal-action.complaint-by', 'LEGAL_ACTION', 'svo', 0.75, '(?:complaints?|petitions?) by\\b', false, { hint: ['complaint', 'petition'], agentBy: true }),
  // "obtained an order from a court compelling X to hand over its files", "secured an injunction barring X from …": the
  // party that obtained the court's order takes a legal step against the one it binds.
  t('legal-action.obtain-order', 'LEGAL_ACTION', 'svo', 0.7, `(?:<obtain>|<secure>) (?:an? |the )?{mod}{0,2}(?:court )?(?:orders?|injunctions?|warrants?|judgments?) (?:(?:from|in|at) (?:the |a )?(?:\\S+ ){1,6}?)?(?:requiring|ordering|barring|forcing|compelling|preventing|blocking)\\b`, false, { hint: ['obtain', 'secur'], objectAfter: true }),
  t('restriction.measure-by', 'RESTRICTION', 'svo', 0.7, '(?:fines?|penalt(?:y|ies)|sanctions|bans?|restrictions|curbs|tariffs|duties|export controls|embargo(?:es)?)\\b,? (?:(?!(?:is|are|was|were|has|have|had|will|would)\\b)\\S+ ){0,6}?(?:(?:was|were|has been|have been|had been) )?(?:imposed|levied|ordered|issued|introduced|handed down|slapped|placed|announced) (?:\\S+ ){0,5}?by\\b', false, { hint: ['fine', 'penalt', 'sanctions', 'ban', 'restrictions', 'curbs', 'tariffs', 'duties', 'export controls', 'embargo'], agentBy: true, asKind: { court: 'LEGAL_ACTION' } }),
  t('investigation.probe-by', 'INVESTIGATION', 'svo', 0.7, '(?:investigation|probe|inquiry|review|audit|proceedings?)s?\\b,? (?:(?!(?:is|are|was|were|has|have|had|will|would)\\b)\\S+ ){0,10}?(?:(?:was|were|has been|have been|had been) )?(?:opened|launched|initiated|started|begun|conducted|carried out|announced) (?:\\S+ ){0,5}?by\\b|(?:investigation|probe|inquiry)s? by(?= (?:\\S+ ){1,6}?(?:into|against)\\b)', false, { hint: ['investigation', 'probe', 'inquiry', 'review', 'audit', 'proceedings', 'proceeding'], agentBy: true }),
  // No act: "pending (a full) appeal" (a ruling holds until one is heard), "has the right to appeal", "the Irish appeal
  // came as …" (the noun after a determiner and a modifier).
  // Contesting a measure before a court ("is challenging the fine in court", "contested the order before the High Court"):
  // a legal step against the measure's author.
  // Going to a court to undo a measure ("has turned to the Madras High Court to quash the directive", "approached the Supreme
  // Court to annul the ban", "moved the tribunal to cancel the penalty"): against the measure's author (counterpart).
  t('legal-action.go-to-court-to-undo', 'LEGAL_ACTION', 'counter', 0.7, `(?:<go> to|<turn> to|<approach>|<move>|<petition>) (?:the |a )?(?:\\S+ ){0,4}?(?:[Cc]ourt|[Tt]ribunal)\\b(?: \\S+){0,4}? to (?:overturn|quash|challenge|block|set aside|annul|suspend|stay|halt|reverse|strike down|cancel)\\b`, false, { hint: ['court', 'tribunal'], noObject: true, againstAuthorOf: ['RESTRICTION', 'LEGAL_ACTION', 'INVESTIGATION', 'DEMAND'] }),
  t('legal-action.challenge-in-court', 'LEGAL_ACTION', 'counter', 0.7, `(?:<challenge>|<contest>) (?:the |its |their |this |that |a )?{mod}{0,3}?(?:fine|penalty|ban|order|decision|ruling|sanctions?|listing|designation|suspension|restrictions?) (?:in|before|at) (?:the |a )?{mod}{0,3}?(?:court|tribunal)\\b`, false, { hint: ['challeng', 'contest'] }),
  t('legal-action.appeal', 'LEGAL_ACTION', 'counter', 0.7, '(?<!\\bpending (?:\\S+ ){0,2})(?<!\\b(?:right|option|chance|opportunity|leave|permission|deadline|time|days|weeks|months) to )(?:appealed|appealing|(?<!\\b(?:the|a|an|its|their|his|her|this|that|any|whose) [\\w-]+ )appeals?|(?:<file>|<lodge>|<submit>) (?:an? |its |their |his |her )?(?:[\\w-]+ ){0,2}?appeals?)\\b(?! to\\b| for\\b)', false, { hint: ['appeal'], appeal: true }),
  t('legal-action.found-liable', 'LEGAL_ACTION', 'svo', 0.7, `(?:found|finds|find) (?:${W}{1,4}?|(?:a|an|the) [^,;]{1,60}, [^,;]{1,40}, )(?:liable|guilty|in violation|in breach)\\b`, true, { hint: ['found', 'find'] }),
  // Prosecutors with no office named: their state or the article's prosecuting authority charges an organisation or its people.
  t('legal-action.prosecutors-charge', 'LEGAL_ACTION', 'svo', 0.7, `(?<=\\b[Pp]rosecutors (?:in (?:\\S+ ){1,2})?(?:(?:have|had|also|on \\S+) )?)(?:charged|indicted|filed charges against|brought charges against)\\b`, false, { hint: ['prosecutors', 'Prosecutors'], prosecutorsAct: true, maxGap: 3 }),
  // An indictment or criminal complaint brought out against a party ("unsealed an indictment against X", "returned an
  // indictment against X", "filed criminal charges against X").
  t('legal-action.indictment-against', 'LEGAL_ACTION', 'svo', 0.75, `(?:<unseal>|<return>|<file>|<bring>|<lodge>) (?:an? |the |new |fresh |superseding |formal )?(?:\\S+ )?(?:indictments?|criminal complaints?|criminal charges|charges) against\\b`, false, { hint: ['indictment', 'complaint', 'charges'], speakerActs: true, objectAfter: true }),
  // A detention told with its criminal ground ("detained X on suspicion of spying", "… suspected of leaking designs").
  t('legal-action.detain', 'LEGAL_ACTION', 'svo', 0.7, `<detain>(?= (?:\\S+ ){1,14}?(?:on suspicion of|on charges of|suspected of|accused of|for allegedly)\\b)`, false, { maxGap: 3, speakerActs: true, hint: ['detain'] }),
  // A state's request for consultations at the WTO, the first step of a trade dispute ("asked the WTO to open dispute
  // consultations with Japan", "requested WTO consultations with Japan").
  t('legal-action.wto-consultations', 'LEGAL_ACTION', 'svo', 0.7, `(?:(?:<ask>|<request>|<seek>) (?:\\S+ ){0,3}?(?:WTO|World Trade Organi[sz]ation) (?:\\S+ ){0,6}?|(?:<request>|<seek>) (?:WTO |World Trade Organi[sz]ation )?(?:dispute |formal )?)consultations with\\b`, false, { hint: ['consultations'], objectAfter: true }),
  // A filing of any name before a court or tribunal against a party ("filed a requerimiento before the Competition
  // Tribunal against X", "lodged an application with the High Court against X").
  t('legal-action.file-before-court', 'LEGAL_ACTION', 'svo', 0.7, `(?:<file>|<lodge>|<submit>) (?:an? |its |their )?(?:\\S+ ){1,3}?(?:before|with|at|in) (?:the |a )?(?:\\S+ ){0,6}?(?:court|tribunal)\\b(?= (?:\\S+ ){0,3}?against\\b)`, false, { hint: ['court', 'tribunal'], objectAfter: true }),
  // An objection or appeal lodged against a ruling or order: the movant's step against the other side of the case.
  t('legal-action.object-to-order', 'LEGAL_ACTION', 'counter', 0.65, `(?:<file>|<lodge>|<submit>|<raise>) (?:an? |its |their )?(?:formal )?(?:objection|opposition|appeal|challenge)s? against (?:the |a |its |their |this )?{mod}{0,3}(?:injunction|order|ruling|decision|judgment|judgement|verdict)\\b`, false, { hint: ['objection', 'opposition', 'appeal', 'challenge'] }),
  t('legal-action.charge', 'LEGAL_ACTION', 'svo', 0.75, `charg(?:ed|es|ing) (?:(?!\\S*;)(?!\\S*,\\s(?:and|but|which|while|who|as)\\b)\\S+ ){0,20}?with\\b|charged(?<=\\b(?:was|were|been|being|is|are) charged)(?= (?:\\S+ ){0,3}?(?:in|before|at) (?:a |an |the )?(?:\\S+ ){0,3}?(?:court|criminal information|indictment|criminal complaint|tribunal)\\b)|indict(?:ed|s)?\\b|arrest(?:ed|s)?\\b|<prosecute>`, false, { maxGap: 3, speakerActs: true }),
  // The subject undergoes the legal step; its author is named right after the pattern.
  t('legal-action.face-charges', 'LEGAL_ACTION', 'undergo', 0.65, `<face> (?:\\S+ ){0,3}?(?:charges|counts|indictments?|prosecution)\\b(?: (?:brought |filed )?(?:by|from)\\b)?`, false, { hint: ['charges', 'counts', 'indictment', 'prosecution'] }),
  t('legal-action.prosecution-agreement', 'LEGAL_ACTION', 'undergo', 0.7, `(?:<enter> into|<reach>|<sign>|<agree> to) (?:an? |the )?(?:deferred|non)[- ]prosecution agreement(?: with\\b)?`, false, { hint: ['prosecution agreement'] }),
  // Settling charges or a suit brought by a named party: that party acted against the settling one ("settled charges
  // brought by the agency"); the settlement itself is a de-escalation of its own.
  // Charges resolved or settled, reported by the state body that brought them ("X agreed to pay $5 million to resolve
  // criminal charges that it …, the Justice Department said"): the reporter's legal step on X (undergo: the reporter
  // stands in when no author is named after the pattern; none, no event).
  t('legal-action.resolve-charges', 'LEGAL_ACTION', 'undergo', 0.6, `(?:<settle>|<resolve>) (?:the |its |their )?{mod}{0,2}?charges\\b(?! (?:brought |filed |lodged )?(?:by|from)\\b)`, false, { hint: ['charges'] }),
  t('legal-action.settle-charges', 'LEGAL_ACTION', 'undergo', 0.65, `<settle> (?:the )?(?:civil |criminal |federal |antitrust |fraud |copyright )?(?:charges|claims|allegations|lawsuit|suit|complaint|case)s? (?:brought |filed |lodged )?(?:by|from)\\b`, false, { hint: ['settl'] }),
  // The author named inside: "Marrowby settled Federal Trade Commission charges that …", "agreed to settle the SEC's
  // fraud charges" (undergo: with no authority named inside, no event).
  t('legal-action.settle-authority-charges', 'LEGAL_ACTION', 'undergo', 0.65, `<settle> (?:the )?(?:\\S+ ){1,5}?(?:charges|allegations)\\b`, false, { hint: ['settl'], authorInside: true }),
  // A party's filing that speaks ("the agency's complaint alleges that X …", "Quillon's suit accuses X of …"): the filing is
  // its author's legal step against the one it names.
  t('legal-action.filing-alleges', 'LEGAL_ACTION', 'svo', 0.65, `(?<=['’]s? (?:\\S+ )?)(?:lawsuit|suit|complaint|petition|indictment)s? (?:alleges|alleged|accuses|accused|claims|claimed|charges|charged|contends|contended)\\b`, false, { hint: ['lawsuit', 'suit', 'complaint', 'petition', 'indictment'] }),
  // An authority's enforcement action named as a noun: "announced enforcement actions against X and Y".
  t('legal-action.enforcement-action', 'LEGAL_ACTION', 'svo', 0.7, 'enforcement actions? against', false, { hint: ['enforcement'] }),
  t('legal-action.plead-guilty', 'LEGAL_ACTION', 'undergo', 0.65, '<plead> guilty\\b(?: to (?:\\S+ ){0,4}?(?:brought|filed|lodged) by\\b)?', false, { hint: ['guilty'] }),
  // The verb, not the noun of a power ("subpoena authority") or a plural subject ("subpoenas would have to be issued").
  t('legal-action.subpoena', 'LEGAL_ACTION', 'svo', 0.8, 'subpoenaed\\b|subpoena(?:s|ing)\\b(?! (?:authority|powers?|would|will|could|may|can|must|should|were|are|is|was|have|had|has|and|or|to|from|for|in|on|of|that|which)\\b)', false, { hint: ['subpoena'] }),
  // A subpoena issued or served to a party: the party after the closing preposition.
  t('legal-action.issue-subpoena', 'LEGAL_ACTION', 'counter', 0.8, `(?:<issue>|<serve>|<send>) {mod}{0,2}?subpoenas? (?:to|on)\\b`, false, { hint: ['subpoena'] }),
  // A regulator's or party's court case: "commenced civil penalty proceedings in the Federal Court against X",
  // "brought proceedings before the High Court against X" (a Commission's "formal proceedings" is an inquiry, below).
  t('legal-action.court-proceedings', 'LEGAL_ACTION', 'counter', 0.75, `(?:<commence>|brought|<bring>|<file>|<launch>|<initiate>|<institute>|<issue>|<start>|<begin>) (?:(?:(?:civil|criminal|court|penalty|enforcement|judicial|contempt|insolvency|bankruptcy|legal) )+proceedings\\b|(?:\\S+ ){0,2}?proceedings (?:in|before|at) (?:the )?(?:\\S+ ){0,5}?(?:court|tribunal)\\b)(?: (?:\\S+ ){0,8}?against\\b)?`, false, { hint: ['proceedings'] }),
  t('legal-action.complaint-filed-with', 'LEGAL_ACTION', 'anaphor', 0.75, '(?:complaint|allegation|allegations|accusation|petition|claim|case),? (?:was )?(?:filed|lodged|submitted|brought) (?:with|before|to)\\b', false, { hint: ['filed', 'lodged', 'submitted', 'brought'] }),
  // "granted Quillon a preliminary injunction against Marrowby": the ruling is against the one after "against".
  t('legal-action.grant-injunction', 'LEGAL_ACTION', 'counter', 0.7, `<grant> (?:(?!motion|petition|request|application|bid)\\S+ ){0,4}?(?:an? |the )?(?:preliminary |temporary |permanent )?(?:injunction|restraining order) against\\b`, true, { hint: ['grant'] }),
  t('legal-action.rule-on-motion', 'LEGAL_ACTION', 'svo', 0.7, `(?:grant(?:ed|s)?|den(?:ied|ies)|reject(?:ed|s)|dismiss(?:ed|es)) ${W}{0,5}?(?<!\\b(?:licen[cs]e|licensing|permit|export|import|visa) )(?:motion|petition|request|application|appeal|bid(?! (?:for|to (?:buy|acquire|take over))\\b)|defen[cs]e|stay|injunction)s?\\b`, true),
  // Before legal-action.rule: an affirming ruling with no party named is against the appellant, which that pattern does not know.
  t('legal-action.affirm', 'LEGAL_ACTION', 'svo', 0.6, `(?:<affirm>|<uphold>) (?:(?:the |a |an |its |their )?{mod}{0,2}(?:ruling|decision|verdict|judgment|order|conviction|injunction|fine|ban)s?|it|them)\\b`, true, { hint: ['affirm', 'uphold', 'upheld'], againstAppellant: true }),
  // A judge's order to hold an accused: "ordered X held without bail pending trial", "ordered X detained", "remanded X in
  // custody" — the court's legal step against the accused (the court acts: courts may take legal steps).
  t('legal-action.detain-order', 'LEGAL_ACTION', 'svo', 0.65, `(?:ordered|orders) (?:\\S+ ){1,4}?(?:detained|held|jailed|kept) (?:in custody |without bail |behind bars )?(?:pending|until|without bail|in custody)\\b|(?:remanded|remands) (?:\\S+ ){1,4}?(?:in|into) custody\\b`, false, { hint: ['ordered', 'orders', 'remanded', 'remands'] }),
  // "placed X under formal investigation" (a charging step in French law), "placed X under arrest / house arrest".
  t('legal-action.place-under', 'LEGAL_ACTION', 'svo', 0.7, `(?:<place>|<put>) (?=(?:\\S+ ){1,5}?under (?:formal investigation|arrest|house arrest)\\b)`, false, { hint: ['plac', 'put'] }),
  // (A time phrase may stand between: "ruled on Tuesday that X infringed …", "ruled last week against X".)
  t('legal-action.rule', 'LEGAL_ACTION', 'svo', 0.6, 'ruled (?:(?:on|last|this|earlier|late) \\S+ )?(?:that|against|in favou?r)|upheld\\b|enjoin(?:s|ed)?\\b|convicted\\b|sentenced\\b', true),
  t('legal-action.order-pay', 'LEGAL_ACTION', 'svo', 0.65, `<order> ${W}{1,5}?to pay\\b`, true, { objBeforeTo: true, hint: ['order'], asKind: { regulator: 'RESTRICTION', government: 'RESTRICTION' } }),
  // A request to a court to stop an order or act is a legal step against whoever the order or act is by.
  // "has applied to a federal court for a review of that ruling": a party's application to a court, against the
  // other side of the act it attacks.
  t('legal-action.apply-to-court', 'LEGAL_ACTION', 'counter', 0.7, `<apply> to (?:the |a |an )?(?:{mod}{0,3}(?:court|tribunal)|(?:[A-Z]\\S* ){0,5}(?:Court|Tribunal))(?: (?:of|for|in)(?: \\S+){1,4}?)? for (?:an? |the )?(?:judicial review|review|(?:\\S+ )?(?:injunction|stay|order|annulment|suspension|interim relief|relief))\\b`, false, { hint: ['court', 'tribunal'] }),
  // "referred the firm and its chief to prosecutors": an authority's referral for prosecution.
  t('legal-action.refer-to-prosecutors', 'LEGAL_ACTION', 'svo', 0.7, `(?<!\\b(?:will|would|could|may|might|shall|can|to)\\b[^.;]{0,60})<refer> ${W}{1,8}?to (?:the )?(?:\\S+ ){0,2}?(?:prosecutors|prosecution|police|public prosecutor|prosecutor's office|prosecutor-general|attorney general)\\b`, false, { hint: ['refer'] }),
  t('legal-action.ask-court', 'LEGAL_ACTION', 'counter', 0.7, `(?:<ask>|<petition>|<urge>|<move>) (?:the |a |an )?(?:{mod}{0,3}(?:court|judge|tribunal|justices)|(?:[A-Z]\\S* ){0,5}(?:Court|Circuit|Tribunal))(?: (?:of|for|in|at)(?: \\S+){1,7}?)? to (?:stay|suspend|pause|block|halt|lift|overturn|reverse|vacate|set aside|throw out|dismiss|annul|strike down|review|reconsider)\\b`, false, { hint: ['court', 'judge', 'tribunal', 'justices', 'circuit'] }),
  // A bid lost or won in court: the court of the case rules against the loser ("lost a bid to dismiss", "won a bid to stay").
  t('legal-action.lose-bid', 'LEGAL_ACTION', 'svo', 0.6, `<lose> (?:a |an |its |their |the |his |her )?(?:\\S+ )?(?:bid|motion|request|challenge|appeal|petition|attempt|effort)s? to\\b`, false, { hint: ['lose', 'lost', 'losing'], courtOfCase: 'subject' }),
  t('legal-action.lose-case', 'LEGAL_ACTION', 'svo', 0.6, `<lose> (?:its |their |his |her |the |an? )(?:\\S+ )?(?:appeal|case|lawsuit|suit|challenge|trial)s?\\b(?! to\\b)`, false, { hint: ['lose', 'lost', 'losing'], courtOfCase: 'subject' }),
  t('legal-action.win-case', 'LEGAL_ACTION', 'svo', 0.6, `<win> (?:its |their |his |her |the |an? )(?:\\S+ )?(?:appeal|case|lawsuit|suit|challenge|trial)s?\\b(?! to\\b)`, false, { hint: ['win', 'won', 'winning'], courtOfCase: 'other' }),
  t('legal-action.win-bid', 'LEGAL_ACTION', 'svo', 0.6, `<win> (?:a |an |its |their |the |his |her )?(?:\\S+ )?(?:bid|motion|request|challenge|appeal|petition)s? to\\b`, false, { hint: ['win', 'won', 'winning'], courtOfCase: 'other' }),
  // A court stopping a measure ("the court blocked the order", "suspended the ban"): a ruling against the measure's author.
  t('legal-action.court-blocks', 'LEGAL_ACTION', 'svo', 0.6, `(?:<block>|<halt>|<suspend>|<stay>|<overturn>|<vacate>|<annul>|<quash>|<strike> down|<set> aside|<freeze>) (?:the |its |their |a )?(?:\\S+ ){0,2}(?:order|ban|rule|decision|measure|directive|regulation|sanctions|fine|restrictions|policy|law)s?\\b`, true, { hint: ['block', 'halt', 'suspend', 'stay', 'overturn', 'vacat', 'annul', 'quash', 'strik', 'struck', 'set', 'froze', 'freez'], courtAgainstAuthorOf: ['RESTRICTION'] }),
  // An appeals court overturning a ruling against a party: a ruling against the other side of that party's case.
  t('legal-action.overturn-ruling', 'LEGAL_ACTION', 'svo', 0.6, `(?:<overturn>|<reverse>|<vacate>|<set> aside|<throw> out|<annul>|<quash>|<invalidate>|<nullify>|<overrule>) (?:the |a |an )?(?:\\S+ ){0,2}(?:ruling|verdict|judgment|judgement|decision|conviction|order|injunction)s? against\\b`, true, { hint: ['overturn', 'revers', 'vacat', 'set', 'throw', 'threw', 'thrown', 'annul', 'quash', 'invalidat', 'nullif', 'overrul'], overturns: true }),
  // A party speaking through its filing ("said in a motion filed on Friday that …"): a legal step against the other side.
  t('legal-action.in-filing', 'LEGAL_ACTION', 'counter', 0.6, `(?<=\\b(?:said|says|argued|argues|claimed|claims|contended|contends|wrote|writes|asserted|asserts) )in (?:a |an |its |their |the )?(?:new |court |legal )?(?:motion|filing|brief|petition|complaint|counterclaim|court papers)s? (?:filed|submitted|lodged)\\b`, false, { hint: ['motion', 'filing', 'brief', 'petition', 'complaint', 'counterclaim', 'court papers'] }),
  // Rulings told by their outcome: a suit dismissed (against its plaintiff), a court siding with or awarding damages to a
  // party (against the other side), a verdict against a party, an injunction won (the case's court against its object).
  // A court letting a suit go on: "allowed the lawsuit to proceed", "refused to dismiss the case" (against its defendant).
  t('legal-action.let-suit-proceed', 'LEGAL_ACTION', 'svo', 0.6, `(?:(?:<allow>|<let>|<permit>) (?:the |a |an |its |their |his |her )?(?:\\S+ ){0,6}?(?:lawsuit|suit|case|complaint|claims?|action)s? (?:\\S+ ){0,2}?(?:to )?(?:proceed|go forward|move forward|go ahead|go to trial)|(?:<refuse>|<decline>) to (?:dismiss|throw out|toss out|toss) (?:the |a |an |its |their |his |her )?(?:\\S+ ){0,6}?(?:lawsuit|suit|case|complaint|claims?|action)s?)\\b`, true, { hint: ['allow', 'let', 'permit', 'refus', 'declin'], courtAgainstDefendant: true }),
  t('legal-action.dismiss-suit', 'LEGAL_ACTION', 'svo', 0.6, `(?:<dismiss>|<throw> out|<toss> out|<toss>) (?:the |a |an |its |their |his |her )?(?:\\S+ ){0,3}?(?:lawsuit|suit|case|complaint|claims)s?\\b`, true, { hint: ['dismiss', 'threw', 'throw', 'toss'], courtAgainstPlaintiff: true }),
  t('legal-action.side-with', 'LEGAL_ACTION', 'svo', 0.6, `(?:<side> with|<award>(?= \\S+(?: \\S+){0,3}? (?:\\$|€|£|damages|compensation|\\d)))\\b`, true, { hint: ['side', 'sided', 'siding', 'award'], overturns: true }),
  t('legal-action.verdict-against', 'LEGAL_ACTION', 'svo', 0.6, `(?:<return>|<reach>|<issue>|<deliver>|<enter>) (?:a |an |its |the )?(?:\\S+ )?(?:verdict|judgment|judgement|ruling|default judgment) against\\b`, true, { hint: ['verdict', 'judgment', 'judgement', 'ruling'] }),
  t('legal-action.win-injunction', 'LEGAL_ACTION', 'svo', 0.6, `<win> (?:a |an |the )?(?:preliminary |temporary |permanent |court )?(?:injunction|restraining order|court order|ruling|judgment|verdict) against\\b`, false, { hint: ['win', 'won', 'winning'], courtOfCase: 'object' }),
  // Steps of a party: an injunction sought, a countersuit, an appeal to a higher court, a lawsuit undergone ("hit with a lawsuit by X").
  t('legal-action.seek-injunction', 'LEGAL_ACTION', 'svo', 0.65, `<seek> (?:an? |the )?(?:preliminary |temporary |permanent |court )?(?:injunction|restraining order|court order) (?:against|to (?:stop|block|bar|halt))\\b`, false, { hint: ['seek', 'sought'] }),
  t('legal-action.countersue', 'LEGAL_ACTION', 'svo', 0.75, `counter-?su(?:e|es|ed|ing)\\b|(?:<file>|brought|<bring>|<lodge>) (?:an? |its |their )?(?:countersuit|counter-suit|counterclaims?)(?: against)?\\b`, false, { hint: ['countersu', 'counter-su', 'file', 'brought', 'bring', 'lodg'] }),
  t('legal-action.appeal-to-court', 'LEGAL_ACTION', 'counter', 0.65, `(?<!\\b(?:right|option|chance|opportunity|leave|permission|deadline|time|days|weeks|months) to )<appeal> (?:the (?:\\S+ ){1,3})?to (?:the |a )?(?:\\S+ ){0,4}(?:court|tribunal|justices)\\b`, false, { hint: ['appeal'], appeal: true }),
  t('legal-action.hit-with-suit', 'LEGAL_ACTION', 'undergo', 0.7, `(?:<hit>|<slap>) with (?:an? |the |two |several |new )?(?:\\S+ ){0,3}?(?:lawsuits?|suits?|complaints?|charges|class actions?) (?:filed |brought )?(?:by|from)\\b`, false, { hint: ['hit', 'slap'] }),
  t('legal-action.take-action', 'LEGAL_ACTION', 'svo', 0.6, `(?:took|takes|(?:has|have|had) taken) (?:legal |enforcement |court )?action against\\b`, false, { hint: ['took', 'takes', 'has', 'have', 'had'] }),
  // Class actions: filed by a named plaintiff (on anyone's behalf), or undergone ("faces a class action filed by X").
  t('legal-action.class-action', 'LEGAL_ACTION', 'svo', 0.8, `(?:<file>|brought|<bring>|<launch>|<lodge>) (?:an? |the |its |their )?(?:proposed |putative |new |federal )?class[- ]actions?\\b`, false, { hint: ['class action', 'class-action'] }),
  t('legal-action.face-suit', 'LEGAL_ACTION', 'undergo', 0.7, `<face> (?:an? |the |two |several |new )?(?:\\S+ ){0,2}?(?:lawsuits?|suits?|class[- ]actions?|complaints?) (?:filed |brought |lodged )?(?:by|from)\\b`, false, { hint: ['lawsuit', 'suit', 'class action', 'class-action', 'complaint'] }),
  // "A lawsuit by X against Y": the agent after "by" sues the object of "against".
  t('legal-action.suit-by-against', 'LEGAL_ACTION', 'svo', 0.75, `(?:lawsuit|suit|complaint|petition|legal action|legal challenge|class action|case)s? by(?= (?:\\S+ ){1,5}?against\\b)`, false, { hint: ['lawsuit', 'suit', 'complaint', 'petition', 'legal', 'class action', 'case'], agentBy: true }),
  t('legal-action.seek-damages', 'LEGAL_ACTION', 'counter', 0.7, `<seek> (?:to recover {mod}{0,2}?|${W}?(?:damages|compensation|restitution) )(?:from|against)\\b`, false, { hint: ['seek', 'sought'] }),
  // "X was named in a lawsuit filed by Y": the passive's agent sues its subject (the pattern stops before "by").
  t('legal-action.named-in', 'LEGAL_ACTION', 'svo', 0.85, `<name> (?:as (?:a )?(?:co-)?defendants? )?in (?:a |an |the |two |several )?{mod}{0,3}(?:lawsuit|suit|complaint|petition)s? (?:filed|brought|lodged)(?= by\\b)`, false, { hint: ['named'] }),
  // "The lawsuit, filed in May, names Marrowby and engineers Ada Vell and Tomas Brin": each named is a defendant of whoever brought it.
  t('legal-action.suit-names', 'LEGAL_ACTION', 'svo', 0.7, `(?<=\\b(?:lawsuit|suit|complaint|indictment)(?:, [^;]{1,80}?,)? )names\\b(?! (?:a|an|the) )`, false, { hint: ['names'] }),
  // INVESTIGATION
  t('investigation.open', 'INVESTIGATION', 'svo', 0.85, `(?:open|opens|opened|opening|launch|launches|launched|launching|<announce>|start(?:s|ed)?|<initiate>|<conduct>|began|begun|begin|begins|<pursue>|order(?:s|ed)?) (?:(?:an?|its|their|the|new|formal|further|preliminary|separate|full|antitrust|anti-monopoly|national security|security|privacy|in-depth,?|second|second-phase|phase (?:2|two|II),?) )+{mod}{0,2}(?:investigation|(?<!(?:space|lunar|solar|robotic|interplanetary) )probe(?! (?:to|toward|towards|around|orbiting)\\b)|inquiry|enquiry|review|audit|examination|inspection)\\b|(?:open|opens|opened|launch|launches|launched|announced|started|initiated|ordered) (?:\\S+ )?(?:investigations|probes|inquiries)\\b`, true, { hint: ['investigation', 'probe', 'inquiry', 'enquiry', 'review', 'audit', 'examination', 'inspection'] }),
  t('investigation.investigate', 'INVESTIGATION', 'svo', 0.75, '<investigate>|look(?:s|ed|ing)? at whether\\b|prob(?:ed|ing)\\b|probes(?! (?:into|of|by|in|on|at|and|or|are|were|have|had|has|will|would|could|may|that|which|launched|opened|continue|continued)\\b)|look(?:ing)? into(?! \\w+ing\\b)|<examine>|<scrutinise>|<scrutinize>', true, { willOk: true }),
  // Compulsory requests for information sent to a party ("sent civil investigative demands to X", "issued information
  // requests to X"): an inquiry into it.
  t('investigation.info-demands', 'INVESTIGATION', 'svo', 0.7, `(?:<send>|<issue>|<serve>) (?:\\S+ ){0,3}?(?:civil investigative demands?|CIDs?|information requests?|requests for information|questionnaires?)(?: \\S+){0,3}? (?:to|on)\\b(?! (?:both|them|it|each|all|these|those|the two|several|dozens|hundreds)\\b)`, true, { hint: ['demand', 'CID', 'request', 'questionnaire'], objectAfter: true }),
  t('investigation.summon', 'INVESTIGATION', 'svo', 0.7, "summon(?:s|ed|ing)\\b(?! (?:\\S+ ){0,4}?(?:ambassadors?|envoys?|charg[eé]s?|diplomats?|(?:deputy )?chiefs? of mission|consuls?(?: general)?|attach[eé]s?|emissar(?:y|ies))\\b)|" + 'rais(?:ed|es) ${W}?(?:questions|concerns) with\\b'.replace('${W}', '(?:\\S+ )'), true),
  // Proceedings or a procedure of any named kind ("initiated administrative proceedings against X", "opened a separate
  // supervisory procedure into X", "instituted sanctioning proceedings against X").
  // "An investigation has been opened into X", "proceedings were initiated against X": the inquiry named as the subject of
  // its own passive; the agent is the authority that says so, else none.
  t('investigation.opened-passive', 'INVESTIGATION', 'svo', 0.7, `(?<=\\b(?:investigations?|probes?|inquiry|inquiries|enquiry|proceedings?|procedures?) (?:has|have|had|was|were|is|are)(?: also| now| formally| already)? (?:been )?)(?:opened|launched|initiated|started|instituted) (?:against|into|concerning|regarding)\\b`, false, { hint: ['opened', 'launched', 'initiated', 'started', 'instituted'], speakerActs: true, objectAfter: true }),
  t('investigation.proceedings', 'INVESTIGATION', 'svo', 0.75, `(?:<open>|<launch>|<initiate>|<start>|<begin>|<institute>) (?:an? |the )?(?:(?:formal|antitrust|infringement|in-depth|administrative|sanctioning|supervisory|disciplinary|enforcement|inspection|separate|new|further|own),? ){0,3}(?:proceedings?|procedures?) (?:against|into|on|concerning|regarding)\\b`, true, { hint: ['proceeding', 'procedure', 'criminal case'] }),
  t('demand.request-for-information', 'DEMAND', 'svo', 0.7, `(?:<send>|<issue>|<serve>) {mod}{0,3}?(?:an? |the )?(?:formal |new |further )?(?:requests? for information|information requests?|questionnaires?)\\b`, false, { hint: ['information', 'questionnaire', 'investigative demand'], asKind: { regulator: 'INVESTIGATION', government: 'INVESTIGATION' } }),
  t('investigation.inspect', 'INVESTIGATION', 'counter', 0.7, `(?:<carry> out|<conduct>|<launch>|<begin>) (?:an? |the |its |their )?(?:\\S+ ){0,2}(?:inspections?|raids?|searches|site visits?) (?:at|of|on|in)\\b`, true, { hint: ['inspection', 'raid', 'searches', 'site visit'] }),
  t('investigation.raid', 'INVESTIGATION', 'svo', 0.7, `(?:<raid>|<search>) (?:the )?(?:\\S+ ){0,2}(?:offices|office|premises|headquarters|facilities|plants?)\\b`, true, { hint: ['raid', 'search'] }),
  // A party under investigation ("X is under investigation by Y", "X came under scrutiny from Y", "X faces a formal
  // inquiry by Y"): the subject undergoes it; the agent after "by"/"from" investigates.
  t('investigation.under', 'INVESTIGATION', 'undergo', 0.7, `(?:(?:is|are|was|were|been|being|remains?|remained|came|comes|come|fell|falls) under|<face>) (?:an? |the )?(?:(?:formal|official|regulatory|antitrust|criminal|fresh|new|close|intense|separate|federal) )*(?:investigation|scrutiny|review|inquiry|enquiry|probe|examination|audit)s? (?:by|from)\\b`, false, { hint: ['under', 'face'] }),
  // "X faces an EU antitrust probe", "X is under Federal Trade Commission investigation": the authority named inside the
  // noun phrase before the inquiry noun.
  t('investigation.face-named', 'INVESTIGATION', 'undergo', 0.7, `(?:<face>|(?:is|are|was|were|remains?|remained|comes?|came) under) (?:an? |the |new |fresh )?(?:\\S+ ){1,5}?(?:investigation|probe|inquiry|enquiry|review|scrutiny|audit)s?\\b`, false, { hint: ['face', 'under'], authorInside: true }),
  // Reviewing or auditing a party's conduct ("The office is reviewing Halden's pricing", "audited X's data handling").
  t('investigation.review', 'INVESTIGATION', 'svo', 0.6, `(?:reviewing|assessing|<audit>)\\b`, true, { hint: ['reviewing', 'assessing', 'audit'] }),
  t('investigation.probe-into', 'INVESTIGATION', 'svo', 0.75, '(?:investigations?|inquir(?:y|ies)) (?:in)?to\\b|probes? into\\b|(?:investigation|inquiry|probe) of\\b', true, { hint: ['investigation', 'probe', 'inquir'] }),
  // An inquiry taken to a further phase: "referred Fenwright's purchase of Marrowby to a phase 2 investigation", "moved its
  // review of Fenwright to a second phase" (the party named between the verb and "to" is the subject).
  t('investigation.next-phase', 'INVESTIGATION', 'svo', 0.75, `(?:refer(?:s|red|ring)?|<move>|<send>|<advance>|<escalate>|<take>|<push>) ${W}{1,10}?(?:to|into|for) (?:an? |the |its )?(?:(?:second|further|next|in-depth|deeper|full|formal|phase (?:2|two|II)|second-phase|stage (?:2|two)),? )+{mod}{0,2}?(?:phase|stage|investigation|probe|inquiry|review|examination)\\b`, true, { hint: ['phase', 'stage', 'in-depth'] }),
  t('investigation.found', 'INVESTIGATION', 'counter', 0.6, '(?:investigation|probe|inquiry) (?:found|finds|concluded|revealed|shows|showed)', true, { hint: ['investigation', 'probe', 'inquiry'] }),
  // RESTRICTION
  // Controls on a class of goods often name no party ("imposed export controls on gallium"): the target stays open
  // unless the article's counterpart fills it. Listed before restriction.impose, which would claim the phrase first.
  t('restriction.export-controls', 'RESTRICTION', 'svo', 0.8, `(?:<impose>|<introduce>|<announce>|<issue>|<expand>|<adopt>|<implement>|<tighten>) (?:new |further |sweeping |strict |stricter |tighter |broader )?(?:export controls?|export control measures|export restrictions|export bans?|licen[cs]e requirements?|licensing requirements?|import bans?)\\b`, false, { openTarget: true, hint: ['export', 'licen', 'import'] }),
  t('restriction.restrict-exports', 'RESTRICTION', 'svo', 0.75, `(?:<restrict>|<ban>|<curb>|<curtail>|<limit>|<halt>|<suspend>) (?:the |all |further )?(?:exports?|sales|shipments|imports) (?:of|to|from)\\b`, false, { openTarget: true, willOk: true, hint: ['restrict', 'ban', 'curb', 'curtail', 'limit', 'halt', 'suspend'] }),
  // A control named as a noun on a class of goods, with no party ('imposed controls on the transfer of chips', 'announced
  // new restrictions on the export of drones'), and a licence or permit required for a class of goods ('will require a
  // licence for exports of magnets', 'introduced a permit requirement for shipments of ore'): the measure stands with no
  // target; announced with 'will', it is decided (a rule with its date), not threatened, and so is an export or import
  // restriction announced with its verb ('will restrict exports of gallium to Japan').
  t('restriction.controls-on-goods', 'RESTRICTION', 'svo', 0.75, `(?:<impose>|<announce>|<introduce>|<issue>|<adopt>|<unveil>|<tighten>|<expand>|<implement>|<extend>) (?:new |further |sweeping |strict |stricter |tighter |broader |additional )?(?:\\S+ )?(?:restrictions|controls|curbs|limits|bans?|requirements) on (?:the )?(?:exports?|imports?|sales?|shipments?|transfers?|outflows?|supply|exporting|importing|selling|shipping|transferring) (?:of|to|from)\\b`, false, { openTarget: true, hint: ['restriction', 'control', 'curb', 'limit', 'ban', 'requirement'] }),
  t('restriction.require-licence', 'RESTRICTION', 'svo', 0.75, `(?:<require>|<introduce>|<impose>|<adopt>|<announce>|<need>) (?:an? |new |the )?(?:individual |special |prior |separate |export |import )?(?:licen[cs]es?|licensing|permits?|approvals?)(?: requirements?)? (?:for|on) (?:the |all |any )?(?:exports?|imports?|sales?|shipments?|transfers?|exporting|importing|selling|shipping) (?:of|to|from)\\b`, false, { openTarget: true, willOk: true, hint: ['licen', 'permit', 'approval'] }),
  t('restriction.impose', 'RESTRICTION', 'svo', 0.85, `<impose> ${W}{0,5}(?:sanctions?|tariffs?|restrictions|restrictive measures|controls|bans?|fines?|penalt(?:y|ies)|curbs|duty|duties|levy|levies|surcharges?|quotas?|limits)\\b`),
  // Tariffs raised, hiked, slapped or announced on a state's goods ("raised tariffs on Chinese goods to 145%", "slapped
  // duties of up to 35% on cars made in China", "retaliated with 34% tariffs on all U.S. goods", "a 100% surtax on
  // Chinese-made vehicles"): the measure on the goods' state.
  // A party cut off from supplies ("cut off Brevander from American chips", "has cut X off from the financial system").
  t('restriction.cut-off-from', 'RESTRICTION', 'svo', 0.7, `(?<!\\b(?:to|should|must|would|could|may|might) )<cut> (?!(?:off )?(?:them|it|him|her|us|you|their|its)\\b)(?:off )?(?=(?:\\S+ ){0,5}?(?:off )?from (?:\\S+ ){0,3}?(?:chips|semiconductors|supplies|suppliers|technology|software|markets?|access|exports|imports|funding|financing|the dollar|(?:the )?(?:global |international )?financial system|banking|components|parts|equipment|services|networks?)\\b)`, true, { hint: ['cut'] }),
  t('restriction.tariffs-on', 'RESTRICTION', 'svo', 0.75, `(?:<raise>|<hike>|<increase>|<double>|<triple>|slap(?:s|ped|ping)?|lev(?:y|ies|ied|ying)|<announce>|<introduce>|<place>|<retaliate> with|(?:<answer>|<respond>|<reply>|<hit> back) (?:(?:in|on|within|last|this) (?:\\S+ ){0,2}?)?with|<extend>) ${W}{0,4}?(?:tariffs?|duties|surtax(?:es)?|levies|import taxes)(?: of (?:\\S+ ){0,3}?\\S+)? on\\b`, false, { hint: ['tariff', 'duties', 'surtax', 'levies', 'import taxes'], objectAfter: true }),
  t('restriction.ban', 'RESTRICTION', 'svo', 0.75, 'sanction(?:ed|ing)\\b|fine(?<=\\b(?:to|will|would|could|may|might|can|must) fine)\\b|<ban>(?! on)|<block>|barr(?:ed|ing)\\b|<prohibit>|<forbid>|<blacklist>|<restrict>(?<!\\b(?:of|the|a|an|its|their|his|her|our|for|on|in|with|by|such|other|these|those|any|more|most|highly|strictly|less|\\d+) restrict(?:s|ed|ing)?)|<suspend>(?! (?:the |its |their |all )?(?:(?!\\S*(?:\'s?|’s?) )\\S+ ){0,2}(?:tariffs|sanctions|restrictions|export controls|curbs|duties|countermeasures|flights|sailings|services|operations|production|trading|classes|matches|play|investigations?|probes?|inquir(?:y|ies)|reviews?|proceedings|(?:processing|collection|use|sharing|transfers?) of)\\b)|fined\\b|fining\\b|cut(?:s)? off\\b|penali[sz](?:ed|ing)\\b'),
  // "announced a 20 million euro penalty on X", "issued a fine of 5 million euros against X", "levied a fine on X": the
  // fine's verb is one of announcing or setting it; "imposed" is restriction.impose.
  t('restriction.fine-on', 'RESTRICTION', 'svo', 0.8, `(?:<announce>|<issue>|<levy>|<slap>|(?:handed|hands|<hand>) down) (?:an? |the |its |new |record )?${W}{0,5}?(?:fine|penalty|monetary penalty|penalties|fines) ${W}{0,6}?(?:on|against)\\b`, true, { hint: ['fine', 'penalt'] }),
  // "X was ordered to pay a fine of 8 million euros (by Y | , Y said)": the passive's subject pays; the agent or the reporting authority fines.
  t('restriction.ordered-to-pay', 'RESTRICTION', 'svo', 0.8, `(?<=(?:was|were|been|is|are|being) )ordered to pay (?:an? |the )?{mod}{0,6}?(?:fines?|penalt(?:y|ies))\\b`, false, { speakerActs: true, hint: ['ordered'], asKind: { court: 'LEGAL_ACTION' } }),
  // "designated X under its counterterrorism authorities", "designated X pursuant to Executive Order N", "designated X as a
  // specially designated national": a sanctions designation (not a designation as a gatekeeper or a platform).
  t('restriction.designate', 'RESTRICTION', 'svo', 0.8, `designat(?:ed|es|ing) (?:(?!as\\b)\\S+ ){1,10}?(?:under (?:its |the )?(?:\\S+ ){0,3}?(?:authorit(?:y|ies)|sanctions|orders?|executive order|act|programs?|regimes?)|pursuant to|for (?:sanctions|blocking)|on (?:the |its )?(?:\\S+ ){0,3}?list)\\b|designat(?:ed|es|ing) ${W}{1,8}?as (?:an? )?(?:specially designated|(?:foreign |global )?terrorist|sanctioned)`, true, { hint: ['designat'] }),
  // "had the Tessvi app of X taken offline", "had X's website blocked": a causative "have" with the measure's participle after its object.
  t('restriction.have-done', 'RESTRICTION', 'svo', 0.75, `(?:had|has|have|got|gets) (?!(?:been|already|also|not|never|just|previously|since|recently|long|to)\\b)${W}{1,6}?(?:taken offline|taken down|blocked|removed|suspended|shut down|delisted|banned)\\b`, true, { hint: ['offline', 'taken down', 'blocked', 'removed', 'suspended', 'shut down', 'delisted', 'banned'] }),
  t('restriction.fines-x', 'RESTRICTION', 'svo', 0.75, 'fines\\b|sanctions\\b|bars\\b|blacklists\\b', false, { objNext: true }),
  // With no party named ("terminated 400 accounts tied to the scheme"), the one the actor accused.
  t('restriction.terminate-accounts', 'RESTRICTION', 'svo', 0.8, `(?:<terminate>|<disable>|<deactivate>|<suspend>|<ban>|<close>|<remove>|<delete>|shut(?:s|ting)? down) (?:(?:more than|over|about|nearly|roughly|some|at least|almost) )?{mod}{0,3}accounts?|<revoke> {mod}{0,3}(?:API keys|access)|cut off (?:API |its |their )?access`, false, { openTarget: true, hint: ['account', 'keys', 'access'] }),
  t('restriction.add-to-list', 'RESTRICTION', 'svo', 0.85, `(?<=(?:was|were|been|being|be|is|are|get|got|gets) )added (?:to|on) (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b|<add> (?!to |on )${W}{1,30}?(?:to|on) (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b|(?:placed|put|puts|places|placing) ${W}{0,4}on (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b|(?<=(?:was|were|been|being|be|is|are) )included (?:in|on) (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b|<include> (?!in |on )${W}{1,30}?(?:in|on) (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b`, false, { hint: ['list', 'blacklist', 'watchlist'], speakerActs: true }),
  // "announced the addition of X to the Entity List": the measure told as a noun after a verb of announcing.
  t('restriction.addition-to-list', 'RESTRICTION', 'svo', 0.8, `(?:addition|additions|inclusion|listing) of ${W}{1,30}?(?:to|on|in) (?:the |its |an? )?${W}{0,4}(?:black|watch)?list\\b`, false, { hint: ['addition', 'inclusion', 'listing'] }),
  // "retaliated against the EU with duties on brandy", "China retaliated against Japan with rare-earth controls": the measure
  // named after "with" falls on the party hit back at.
  t('restriction.retaliate-with', 'RESTRICTION', 'svo', 0.7, `<retaliate> (?:at|against) ${W}{1,5}?with (?:new |fresh |its own |sweeping |tit-for-tat )?(?:\\S+ ){0,3}?(?:controls|tariffs|sanctions|curbs|bans?|restrictions|duties|levies|blacklistings?)\\b`, false, { hint: ['retaliat'], objectInside: true }),
  t('restriction.controls-on', 'RESTRICTION', 'svo', 0.7, '(?:export controls?|export control measures|export restrictions|sanctions|curbs|tariffs|restrictions|ban|bans|controls) (?:on|against|targeting|aimed at)\\b', false, { hint: ['control', 'restriction', 'sanction', 'curb', 'tariff', 'ban'] }),
  t('restriction.tighten', 'RESTRICTION', 'svo', 0.75, `(?:<tighten>|<toughen>) (?:its |their |the |his |her |our )?{mod}{0,4}(?:restrictions|controls|curbs|rules)\\b`, false, { hint: ['tighten', 'toughen'] }),
  t('restriction.issue-controls', 'RESTRICTION', 'svo', 0.8, `(?:issued|issues|announced|announces|introduced|unveiled|implemented|implements|adopted|expanded|expands) {mod}{0,4}(?:export controls?|export control measures|restrictions|sanctions|ban|curbs|tariffs)\\b`, false, { hint: ['control', 'restriction', 'sanction', 'curb', 'tariff', 'ban'] }),
  t('restriction.order', 'RESTRICTION', 'svo', 0.85, `ordered,? ${W}{0,12}(?:restriction|limitation|suspension|halt|removal|blocking|ban)\\b`, false, { maxGap: 40, asKind: { court: 'LEGAL_ACTION' } }),
  t('restriction.order-to', 'RESTRICTION', 'svo', 0.8, `(?:order(?:s|ed)?|<require>|<force>|<compel>) ${W}{1,10}?to (?:(?:immediately|temporarily|promptly|permanently) )?(?:divest|sell off|wind up|unwind|(?:stop|cease|suspend|halt) (?:the )?(?:processing|transferring|transfers? of|collecting|collection of|sharing|using|exporting|shipping|supplying)\\b|pay (?:an? |the )?(?:\\S+ ){0,4}?(?:fines?|penalt(?:y|ies))|leave|exit|shut|close|halt|suspend|stop selling|cancel|cease (?:all |its |their )?(?:operations|business|trading|activities)|withdraw from|pull out of|sell (?:its|their|the|a|all|most|part) (?:\\S+ ){0,3}?(?:stakes?|units?|business(?:es)?|operations|subsidiar(?:y|ies)|shares|holdings?|divisions?|assets|plants?|factor(?:y|ies)))\\b`, false, { objBeforeTo: true, hint: ['order', 'requir', 'forc', 'compel'], asKind: { court: 'LEGAL_ACTION' } }),
  t('restriction.slap-with', 'RESTRICTION', 'svo', 0.75, `(?:<slap>|<hit>) ${W}{1,5}?with (?:an? |the |new |fresh )?{mod}{0,3}(?:fines?|penalt(?:y|ies)|sanctions|tariffs|duties|bans?|restrictions|export controls)\\b|(?<=(?:was|were|been|being|is|are|get|gets|got) )slapped with (?:an? |the |new |fresh )?{mod}{0,4}(?:fines?|penalt(?:y|ies)|sanctions|tariffs|duties|bans?|restrictions|export controls)\\b`, false, { hint: ['slap', 'hit'] }),
  // A measure undergone ("X has been hit with a 400 million euro fine by Y", "slapped with sanctions by Y").
  t('restriction.hit-with', 'RESTRICTION', 'undergo', 0.7, `(?:<hit>|<slap>) with (?:an? |the |new |fresh |record )?(?:\\S+ ){0,4}?(?:fines?|penalt(?:y|ies)|sanctions|tariffs|duties|ban) (?:of (?:\\S+ ){1,4}?)?(?:by|from)\\b`, false, { hint: ['hit', 'slap'] }),
  // Shut out of a market or procurement ("excluded Quillon from public tenders", "shut Quillon out of the 5G build-out").
  t('restriction.exclude', 'RESTRICTION', 'svo', 0.7, `<exclude> ${W}{1,5}?from (?:the |its |all |public |state |government |future )?{mod}{0,2}(?:tenders?|contracts?|procurement|bidding|networks?|markets?|programmes?|programs?|auctions?)\\b|<shut> ${W}{1,4}?out of\\b`, false, { hint: ['exclud', 'shut'] }),
  // An authority's notice or order served on a party ("issued a preliminary enforcement notice to X", "served a penalty
  // notice on X", "issued a stop order against X"): a measure against it.
  t('restriction.notice-to', 'RESTRICTION', 'svo', 0.7, `(?:<issue>|<serve>|<send>) (?:an? |the )?{mod}{0,2}(?:enforcement|penalty|stop|suspension|prohibition|takedown|blocking) (?:notices?|orders?) (?:(?:on|last|this|earlier) \\S+ )?(?:to|on|against)\\b`, true, { hint: ['notice', 'order'] }),
  t('restriction.seize', 'RESTRICTION', 'svo', 0.75, `<seize>|<confiscate>|<impound>|took control of|taken control of|invoked {mod}{0,4}(?:act|law)\\b`),
  t('restriction.permit', 'RESTRICTION', 'svo', 0.75, `(?:<revoke>|<withdraw>|<suspend>|<cancel>|<deny>|<refuse>) {mod}{0,3}?(?:an? |the |its |their )?(?:\\S+ )?(?:licen[cs]es?|permits?|visas?|approvals?|access|entry|certification|accreditation|authori[sz]ations?)\\b|(?:<reject>|<deny>|<refuse>) (?:the |its |their |all |\\d+ )?(?:\\S+ )?(?:licen[cs]e|licensing|permit|export) applications?\\b|(?<=(?:licen[cs]es?|permits?|visas?|approvals?|authori[sz]ations?) (?:was|were|has been|have been|had been) )(?:revoked|withdrawn|suspended|cancell?ed)\\b`, false, { hint: ['revok', 'withdr', 'suspend', 'cancel', 'den', 'refus', 'reject'] }),
  t('restriction.block-deal', 'RESTRICTION', 'svo', 0.75, `(?:<block>|<reject>|<prohibit>|<veto>|<deny>|<thwart>) ${W}{0,4}?(?:mergers?|takeovers?|acquisitions?|purchases?|deals?|bids?|investments?)\\b`, true, { hint: ['block', 'reject', 'prohibit', 'veto', 'den', 'thwart'], asKind: { court: 'LEGAL_ACTION' }, authorityOnly: true }),
  t('restriction.freeze-assets', 'RESTRICTION', 'svo', 0.75, `<freeze> {mod}{0,3}(?:assets|accounts|funds|holdings|shares)\\b`, false, { hint: ['freez', 'froze'] }),
  t('restriction.take-over', 'RESTRICTION', 'svo', 0.75, `(?:took|taken|<take>) over (?:the )?(?:management|control|running|operations) of\\b|(?:<assume>|<take>|took|taken) (?:full |temporary |direct )?control (?:of|over)\\b|(?:placed|places|put|puts|placing|putting) ${W}{1,5}?under (?:state|government|temporary|special|direct|public) (?:administration|control|management|supervision|receivership)\\b`, false, { hint: ['took', 'take', 'taken', 'assum', 'control', 'under'] }),
  t('restriction.tell-to-cancel', 'RESTRICTION', 'svo', 0.65, `(?:<tell>|<order>|<instruct>|<direct>|<ask>|<advise>) (?:\\S+ ){0,2}(?:buyers|customers|companies|firms|banks|operators|carriers|retailers|suppliers|agencies|distributors|importers|dealers|wholesalers|hospitals|utilities|enterprises|ministries|departments|airlines|(?:app|application) stores|platforms|(?:internet |network |telecom(?:munications)? |service |hosting )?providers|ISPs|telecom operators|search engines)(?: (?:and|or) (?:\\S+ ){0,2}?(?:stores|providers|ISPs|operators|platforms|carriers|retailers|banks|companies|firms))?(?: (?:of|in|across|at)(?: \\S+){1,3}?)? to (?:cancel|stop|halt|suspend|cut|end|sever|phase out|remove|replace|block|delist|take down|restrict|disable)\\b`, false, { hint: ['buyers', 'customers', 'companies', 'firms', 'banks', 'operators', 'carriers', 'retailers', 'suppliers', 'agencies', 'distributors', 'importers', 'dealers', 'wholesalers', 'hospitals', 'utilities', 'enterprises', 'ministries', 'departments', 'airlines', 'stores', 'platforms', 'providers', 'ISPs', 'engines'] }),
  // THREAT
  // ("will not hesitate to take action against X": the litotes of THREAT_LITOTES leaves the act affirmed.)
  t('threat.will-take-measures', 'THREAT', 'counter', 0.8, `will (?:\\w+ ){0,2}(?:not hesitate to )?(?:take|adopt) {mod}{0,3}(?:measures|steps|action|actions|countermeasures)\\b(?! to (?:cut|reduce|lower|boost|improve|increase|raise|attract|help|support|save|speed|simplify)\\b)`),
  t('threat.vow', 'THREAT', 'counter', 0.75, `(?:vow(?:s|ed)?|pledg(?:e|es|ed)|promis(?:e|es|ed)) to (?:retaliate|respond(?! to (?:\\S+ )?(?:feedback|questions|requests|queries|needs|demand)\\b)|take(?! steps to (?:improve|boost|cut|reduce|help|support)\\b)|fight(?! for\\b)|hit back|counter)`, false, { hint: ['vow', 'pledg', 'promis'] }),
  // Options kept open ("all options are on the table"): a threat against the counterpart.
  // "will not stand idly by": the speaker announces a response to the other side's act.
  // "would not hesitate to launch proceedings / reimpose its ban / act": a punitive step held ready.
  t('threat.not-hesitate', 'THREAT', 'counter', 0.7, `(?:will|would|shall)(?: not|n[’']t) hesitate to (?:open|launch|initiate|take|impose|reimpose|revoke|suspend|ban|block|use|pursue|sanction|fine|bring|seek|refer|act)\\b`, false, { hint: ['hesitate'] }),
  // "Such steps will not go unanswered": a response promised to the other side's act.
  t('threat.not-unanswered', 'THREAT', 'counter', 0.65, `(?<=\\b(?:[Ss]uch|[Tt]hese|[Tt]hose|[Tt]his|[Tt]hat|[Aa]ny) (?:\\S+ ){0,3}?(?:steps?|moves?|actions?|acts?|measures?|decisions?|provocations?|behaviou?r|attacks?|interference) )(?:will|would|shall|cannot|can ?not|won[’']t) (?:not )?(?:go|remain|be left) unanswered\\b`, false, { hint: ['unanswered'], anyMood: true }),
  // "would answer in a mirror manner", "will respond in kind": a countermeasure promised.
  t('threat.mirror', 'THREAT', 'counter', 0.65, `(?:will|would|shall|reserves? the right to) (?:\\S+ )?(?:respond|react|answer|retaliate) ["“]?in (?:a |an )?(?:mirror|reciprocal|symmetrical|proportionate|like)? ?(?:manner|way|kind|fashion)\\b`, false, { hint: ['respond', 'react', 'answer', 'retaliate'] }),
  t('threat.not-stand-by', 'THREAT', 'counter', 0.65, `(?:will|would|shall) not stand (?:idly )?by\\b|won[’']t stand (?:idly )?by\\b`, false, { hint: ['stand'], anyMood: true }),
  t('threat.options-on-table', 'THREAT', 'counter', 0.6, `(?:all |every )?options? (?:are|were|is|was|remain|remains|remained) on the table\\b`, false, { hint: ['option'] }),
  t('threat.threaten', 'THREAT', 'counter', 0.8, '<threaten> (?:to(?! (?:win|rain|spill|overshadow|eclipse|derail|overwhelm|become|boil|dominate|spread|engulf|swamp|unravel|collapse|flood)\\b)|with|retaliation|countermeasures|sanctions|legal action)\\b'),
  // "threatened Japan with export curbs", "threatens the company with fines": the one threatened between the verb and "with".
  t('threat.threaten-with', 'THREAT', 'svo', 0.75, `<threaten> (?=(?:\\S+ ){1,5}?with (?:\\S+ ){0,3}?(?:sanctions|tariffs|curbs|controls|fines?|penalt(?:y|ies)|bans?|legal action|lawsuits?|retaliation|countermeasures|consequences|measures|restrictions|prosecution|suspension|closure|expulsion)\\b)`, false, { hint: ['threat'] }),
  t('threat.warn-of', 'THREAT', 'counter', 0.8, `<warn> (?:of|against) {mod}{0,3}(?:retaliation|consequences|countermeasures|penalties|reprisals)`),
  t('threat.countermeasures', 'THREAT', 'counter', 0.6, 'countermeasures\\b|retaliat(?:e|es|ed|ion|ory)\\b|reprisals?\\b|reserve[sd]? the right to (?:take|respond|retaliate|pursue|seek|use|impose|reimpose|reinstate|counter|adopt|act|suspend|revoke|ban|block|fine|sanction|sue)\\b'),
  t('threat.caution-that', 'THREAT', 'counter', 0.75, `(?:cautioned|warned|warns|cautions) (?:{mod}{0,4}that )?${W}{0,12}(?:could|would|may|might|will) (?:(?:\\S+ )?(?:violate|face|be subject|be penali[sz]ed|lose|trigger)|(?:also |then |now |still )?(?:impose|revoke|suspend|remove|delist|block|ban|bar|prohibit|fine|sanction|prosecute|refer|order|be (?:imposed|revoked|suspended|removed|delisted|blocked|banned|fined|sanctioned|prosecuted|referred))\\b)`, false, { hint: ['caution', 'warn'], objectInside: true }),
  t('threat.face', 'THREAT', 'counter', 0.6, `(?:will|would) face {mod}{0,3}(?:consequences|penalties|sanctions)`, false, { hint: ['face'] }),
  t('threat.could-face', 'THREAT', 'report', 0.65, `(?:(?:could|may|might|will|would) face (?:\\S+ ){0,3}(?:fines?|penalt(?:y|ies)|sanctions|consequences|charges|a ban|prosecution)|(?:faces?|faced) (?:an? )?(?:\\S+ ){0,3}?(?:fines?|penalt(?:y|ies)|sanctions|ban|suspension|closure|revocation|prosecution)(?=[^;:.]{0,120}?\\b(?:if|unless|should)\\b))\\b`, false, { hint: ['face'] }),
  // Announced future measures and conditional suits: the act has not happened yet, so it is a threat.
  t('threat.will-impose', 'THREAT', 'counter', 0.7, `(?:will|would|is set to|are set to|plans? to|intends? to) (?:(?!not\\b|never\\b|no longer\\b)\\w+ ){0,2}?(?:impose|levy|slap|introduce|raise|hike|increase|double|triple|tighten|extend|expand) ${W}{0,4}(?:tariffs?|duties|sanctions|restrictions|export controls|bans?|levies|penalties|fines?)\\b`, false, { hint: ['will', 'would', 'set to', 'plan', 'intend'], openTarget: true }),
  // A consequence announced for a party's conduct ('non-compliance will be met with legal action', 'any further breach
  // would be met with sanctions'): the speaker threatens the one told or warned.
  // Counsel told to sue ("we have directed our lawyers to bring a defamation claim", "asked its attorneys to
  // prepare a lawsuit"): a legal step announced against the other side.
  t('threat.instruct-counsel', 'THREAT', 'counter', 0.65, `(?:<instruct>|<ask>|<direct>) (?:our |its |their |his |her |outside )?(?:counsel|lawyers|attorneys|solicitors|legal team|legal advisers) to (?:pursue|file|bring|take|prepare|initiate|commence|start|seek|explore)\\b`, false, { hint: ['counsel', 'lawyers', 'attorneys', 'solicitors', 'legal team', 'legal advisers'] }),
  t('threat.met-with', 'THREAT', 'counter', 0.65, `(?:will|would|shall) be met (?:\\S+ ){0,4}?with (?:\\S+ ){0,3}?(?:action|proceedings|sanctions|penalties|fines?|enforcement|countermeasures|consequences|measures|retaliation|tariffs|duties|(?:\\S+ ){1,3}?of (?:its|their) own)\\b`, false, { hint: ['met'], maxGap: 1 }),
  // A measure said to come back under a condition ("the levies would snap back at once unless a deal is signed by
  // autumn"): a threat by whoever says so to the side the measure hits.
  t('threat.reinstated-if', 'THREAT', 'counter', 0.65, `(?:will|would)(?<=\\b(?:tariffs|duties|sanctions|restrictions|curbs|controls|ban|levies|levy|measures)["”]? (?:will|would)) (?:\\S+ )?be (?:\\S+ )?(?:reinstated|reimposed|restored|raised|increased|extended|snapped back|reactivated)\\b(?=[^;:.]{0,80}?\\b(?:if|unless|should)\\b)`, false, { hint: ['reinstated', 'reimposed', 'restored', 'raised', 'increased', 'extended', 'snapped', 'reactivated'], anyMood: true }),
  t('threat.will-sue', 'THREAT', 'counter', 0.7, '(?:will|would|is prepared to|is ready to) (?:\\w+ ){0,2}?(?:sue|take (?:\\w+ )?legal action|pursue (?:\\w+ )?legal (?:action|remedies)|go to court|file (?:a )?(?:lawsuit|suit|complaint)|(?:seek|issue|use) (?:an? |its )?(?:subpoenas?|compulsory process)|(?:bring|pursue|file|lodge) (?:a |an )?(?:\\S+ ){0,2}?(?:claim|case) (?:against|before|in)\\b)\\b', false, { hint: ['will', 'would', 'prepared to', 'ready to'] }),
  t('threat.all-tools', 'THREAT', 'counter', 0.65, `(?:resolve|ready|prepared|determined|will|vow(?:s|ed)?|pledg(?:e|es|ed)) to use (?:all|every) (?:of )?(?:available |necessary |the )?{mod}{0,3}(?:tools|means|measures|options|powers|remedies)\\b`, false, { hint: ['tools', 'means', 'measures', 'options', 'powers', 'remedies'] }),
  // Threats as a measure considered or a liability announced (forms pass on our own held-out texts).
  // Punishment weighed ("is weighing fines against X", "mulling sanctions on X"): announced as under study.
  t('threat.weigh-measures', 'THREAT', 'counter', 0.65, `(?:<weigh>|<mull>|<contemplate>|<consider>|<study>) (?:possible |new |further |fresh )?{mod}{0,2}(?:fines|penalties|sanctions|tariffs|restrictions|countermeasures|measures|a ban|action) (?:against|on)\\b`, false, { hint: ['weigh', 'mull', 'contemplat', 'consider', 'stud'] }),
  // "warned X of strict action if …": the warned one is threatened.
  t('threat.warn-x-of', 'THREAT', 'counter', 0.7, `<warn> ${W}{1,4}?(?:of|against) (?:strict |stern |severe |serious |legal |tough |further |possible )?{mod}{0,1}(?:action|consequences|penalties|sanctions|measures|retaliation|countermeasures)\\b`, false, { hint: ['warn'], objectInside: true }),
  t('threat.consider-measures', 'THREAT', 'counter', 0.7, `(?:will|would|could|may|(?:is|are) prepared to|(?:is|are) ready to) (?:\\w+ )?consider (?:["“]?(?:all|any|further|other) )?(?:appropriate |necessary |available |possible |further |other |legal )?(?:responses|measures|options|countermeasures|steps|actions?|compulsory process|subpoenas?|sanctions|penalties|remedies)\\b`, false, { hint: ['consider'] }),
  t('threat.use-every-tool', 'THREAT', 'counter', 0.7, `will use (?:all|every) (?:available |necessary |possible )?(?:\\S+ ){0,2}?(?:tools?|means|measures|options|powers|remedies)\\b`, false, { hint: ['will use'] }),
  t('threat.subject-to-fine', 'THREAT', 'report', 0.7, `(?:may|could|would|will|might) be (?:subject|liable) to (?:an? )?(?:\\S+ ){0,2}?(?:fines?|penalt(?:y|ies)|sanctions|prosecution|enforcement action)\\b`, false, { hint: ['subject', 'liable'] }),
  // DEMAND
  t('demand.letter-to', 'DEMAND', 'svo', 0.75, `(?:<send>|<issue>) {mod}{0,3}(?:cease[- ]and[- ]desist (?:letters?|notices?|orders?)|document requests?|letters?|demand letters?) (?:(?:on|last|this|earlier) \\S+ )?to\\b`, false, { hint: ['send', 'sent', 'issu'] }),
  // "sent X a cease-and-desist letter", "served X with a demand letter": the one written to before the letter.
  t('demand.letter-indirect', 'DEMAND', 'svo', 0.75, `(?:<send>|<serve>|<issue>) (?=(?:\\S+ ){1,4}?(?:with )?(?:an? |the )?(?:cease[- ]and[- ]desist|demand|formal demand) (?:letters?|notices?)\\b)`, false, { hint: ['send', 'sent', 'serv', 'issu'] }),
  // "issued a removal notice to X", "gave X formal notice to comply", "put X on notice to stop": a notice that asks a
  // party to act or to stop.
  t('demand.notice-to-act', 'DEMAND', 'svo', 0.7, `(?:<issue>|<send>|<serve>) (?:an? |the )?{mod}{0,2}(?:removal|compliance|correction|disclosure|preservation) notices? (?:(?:on|last|this|earlier) \\S+ )?(?:to|on)\\b|(?:<give>|<serve>) (?=(?:\\S+ ){1,4}?(?:a )?(?:formal )?notice to (?:comply|stop|cease|remove|bring|correct|end|delete|halt|suspend|provide|disclose)\\b)|<put> (?=(?:\\S+ ){1,4}?on (?:formal )?notice to (?:comply|stop|cease|remove|bring|correct|end|delete|halt|suspend|provide|disclose|fix)\\b)`, false, { hint: ['notice', 'give', 'gave', 'serv', 'put'] }),
  t('demand.seek-information', 'DEMAND', 'counter', 0.75, `(?:<seek>|<request>|<demand>|<want>) {mod}{0,2}(?:information|documents|records|answers|data|details|testimony) from\\b`, false, { hint: ['seek', 'sought', 'request', 'demand', 'want'], asKind: { regulator: 'INVESTIGATION', government: 'INVESTIGATION' } }),
  t('demand.apology-from', 'DEMAND', 'counter', 0.75, `(?:<demand>|<seek>|<request>) (?:an? |the )?(?:\\S+ ){0,2}(?:apology|explanation|retraction|correction|clarification|compensation|withdrawal|assurances|guarantees|commitments?) from\\b`, false, { hint: ['apology', 'explanation', 'retraction', 'correction', 'clarification', 'compensation', 'withdrawal', 'assurances', 'guarantees', 'commitment'] }),
  t('demand.urge', 'DEMAND', 'svo', 0.85, '<urge>', false, { objBeforeTo: true }),
  t('demand.call-on', 'DEMAND', 'svo', 0.85, '<call> (?:on|upon)\\b(?=(?: \\S+){1,20}? (?:to|for)\\b)', false, { objBeforeTo: true }),
  t('demand.call-for', 'DEMAND', 'svo', 0.75, '<call> for\\b', false, { maxGap: 3 }),
  t('demand.demand', 'DEMAND', 'svo', 0.8, 'demand(?:ed|ing)\\b|(?<!investigative )demands\\b(?! for)|to demand\\b', false, { hint: ['demand'] }),
  // (Also a list of addressees, commas and "and": "asked Brisbury, Tessaro Data and Ostvik AI to hand over …".)
  // An order in the passive with no agent ("X was also ordered to delete the data"): the subject is told; the actor is
  // whoever acted on it in the article (TYPE_RULES.agentlessFrom).
  t('demand.ordered-passive', 'DEMAND', 'svo', 0.6, '(?<=\\b(?:is|are|was|were|been|being) (?:also |further |now |then |separately )?)(?:ordered|instructed|directed|told) to (?:immediately |also )?[a-z]{3,}\\b', false, { hint: ['ordered', 'instructed', 'directed', 'told'] }),
  t('demand.press-ask', 'DEMAND', 'svo', 0.6, '<press> (?=\\S+(?: \\S+){0,3}? to\\b|(?!about|whether|if|for|why|how|what|when|who)(?:[^\\s"“”]+ ){0,3}?[^\\s"“”]+, (?:[^\\s"“”]+ ){0,6}?and (?:[^\\s"“”]+ ){0,3}?[^\\s"“”]+ to\\b)|<ask> (?=\\S+(?: \\S+){0,4}? to\\b|(?!about|whether|if|for|why|how|what|when|who)(?:[^\\s"“”]+ ){0,3}?[^\\s"“”]+, (?:[^\\s"“”]+ ){0,6}?and (?:[^\\s"“”]+ ){0,3}?[^\\s"“”]+ to\\b)', false, { objBeforeTo: true }),
  // Also with a quoted verb and a channel between it and "that" ("had \"strongly requested\" through diplomatic channels that X withdraw …").
  t('demand.request-that', 'DEMAND', 'svo', 0.6, '(?:<request>|<ask>)["”]?(?: (?:through|via|during|at|in) (?:\\S+ ){0,3}?\\S+)? that(?! (?:question|is|was|it|this|your|their|its|his|her|our)\\b)', false, { hint: ['request', 'ask'] }),
  // A subjunctive after "insisted that" and a deadline given ("gave X until Friday to hand over …") are demands.
  t('demand.insist-that', 'DEMAND', 'svo', 0.65, '<insist> that(?= (?:the |its |their )?(?:\\S+ ){1,3}?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|answer|respond|comply|halt|suspend|lift|revoke|reverse|pay|apologi[sz]e|retract|produce|turn)\\b)', false, { hint: ['insist'] }),
  t('demand.deadline', 'DEMAND', 'svo', 0.7, `<give> ${W}{1,4}?(?:until ${W}{1,2}?|(?:\\S+ ){1,2}(?:days|weeks|hours|months) )to (?!(?:be|celebrate|enjoy|rest|relax|prepare|decide|think|consider|reflect)\\b)[a-z]+\\b`, false, { objBeforeTo: true, hint: ['gave', 'give', 'given', 'giving'] }),
  // A modal demand names what the addressee (the modal's subject) is to do: a base verb of an act on a party or its data.
  // "We hope the Dastian side will redress this", "expects Washington will lift …": a wish that the other side
  // undo its act, said to it; the clause's subject is addressed.
  t('demand.hope-will', 'DEMAND', 'report', 0.65, `(?<=\\b(?:hope|hopes|hoped|expect|expects|expected|trust) (?:that )?(?:\\S+ ){1,5}?)(?:will|would|can|could) (?:immediately |promptly |earnestly |seriously |quickly )?(?:correct|stop|cease|withdraw|lift|revoke|rescind|reverse|halt|abandon|remove|release|return|respect|comply|honou?r|refrain|change|redress)\\b`, false, { hint: ['hope', 'expect', 'trust'] }),
  t('demand.should', 'DEMAND', 'report', 0.7, 'should ["“]?(?:immediately |promptly |urgently |no longer )?(?:revoke|stop|correct|withdraw|lift|cease|remove|end|rescind|reverse|halt|refrain|abandon|return|release|respect|comply|add|ban|block|blacklist|sanction|restrict|investigate|suspend|delete|disclose|explain|hand over|take (?:immediate |urgent |concrete |appropriate )?(?:action|steps|measures))\\b'),
  t('demand.must', 'DEMAND', 'report', 0.65, '(?:must|needs? to|will (?:have|need) to) (?:immediately |urgently |promptly )?(?:stop|correct|revoke|withdraw|cease|end|rescind|delete|amend|adapt|change|suspend|halt|hand over|disclose|explain|add|ban|block|blacklist|sanction|restrict|investigate|lift|remove|reverse|appoint|designate|submit|provide|refund)\\b', false, { hint: ['must', 'need', 'have to'] }),
  t('demand.recommend', 'DEMAND', 'svo', 0.6, '<recommend>(?= that| the)'),
  // "recommended Marrowby take measures", "requesting the company remove the images": the addressee right after the verb.
  t('demand.recommend-request', 'DEMAND', 'svo', 0.6, '(?:<recommend>|<request>)(?= (?:the |its |their )?(?:\\S+ ){1,2}?(?:to )?(?:take|stop|remove|delete|implement|end|cease|provide|hand|withdraw|correct|adopt|comply|refrain|suspend|halt|change|amend|disclose|explain|pay|submit|cooperate|ensure|appoint|notify|destroy|retract|implement|introduce|prevent|protect|strengthen|restrict|limit|install|put)\\b)', false, { objNext: true, objBeforeTo: true, hint: ['recommend', 'request'] }),
  t('demand.write-to', 'DEMAND', 'svo', 0.7, '<write> (?:a |an open |a joint )?(?:letters? )?to (?=(?:\\S+ ){1,14}?(?:asking|requesting|demanding|urging|seeking|calling (?:on|for)|pressing)\\b)', false, { hint: ['wrote', 'write', 'writing', 'written'] }),
  // Demands as instructions and pressure: told to stop, pressed for answers, wanted to act, a demand made to or
  // of its addressee (a demand named inside a lawsuit is part of the suit: see precision.test.ts).
  // "notified Marrowby to explain its prices within ten days": a formal notice that asks a step of its addressee.
  t('demand.notify-to', 'DEMAND', 'svo', 0.65, `<notify> (?=\\S+(?: \\S+){0,4}? to (?:immediately )?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|answer|respond|reply|justify|comply|halt|suspend|appear|pay|correct|present)\\b)`, false, { objBeforeTo: true, hint: ['notif'] }),
  t('demand.tell-to', 'DEMAND', 'svo', 0.65, `<tell> (?=\\S+(?: \\S+){0,4}? to (?:immediately )?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|answer|respond|comply|halt|suspend|lift|revoke|reverse|pay|apologi[sz]e|retract|produce|turn)\\b)`, false, { objBeforeTo: true, hint: ['tell', 'told'] }),
  // "tells X it must stop …", "told X that they had to remove …": the one told is asked to act.
  t('demand.tell-must', 'DEMAND', 'svo', 0.65, `<tell> (?=\\S+(?: \\S+){0,4}? (?:that )?(?:it|they) (?:must|had to|has to|have to|needs? to|needed to) (?:immediately )?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|comply|halt|suspend|lift|revoke|reverse|pay|retract|produce|offer|notify|obtain|appoint|register)\\b)`, false, { hint: ['tell', 'told'] }),
  t('demand.want-to', 'DEMAND', 'svo', 0.6, `<want> (?=\\S+(?: \\S+){0,4}? to (?:immediately )?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|answer|respond|comply|halt|suspend|lift|revoke|reverse|pay|apologi[sz]e|retract|produce|turn)\\b)`, false, { objBeforeTo: true, hint: ['want'] }),
  t('demand.press-for', 'DEMAND', 'svo', 0.6, `(?:<press>|<ask>) ${W}{1,4}?for (?:more |further |an? |the )?(?:answers|information|details|explanations?|documents|records|data|clarity|a response|assurances)\\b`, false, { hint: ['press', 'ask'], asKind: { regulator: 'INVESTIGATION', government: 'INVESTIGATION' } }),
  t('demand.make-demand', 'DEMAND', 'svo', 0.6, `(?:make|makes|made|making|<issue>|<present>) (?:an? |the |its |their |new |several )?(?:\\S+ ){0,3}?(?<!investigative )demands? (?:to|of|on)\\b`, false, { hint: ['make', 'made', 'making', 'issu', 'present'] }),
  t('demand.order-to', 'DEMAND', 'svo', 0.6, `(?:order(?:s|ed)?|<instruct>|<direct>) ${W}{1,5}?to (?:immediately |promptly |also )?(?!(?:(?:immediately|temporarily|promptly|permanently) )?(?:be|have|divest|sell off|wind up|unwind|(?:stop|cease|suspend|halt) (?:the )?(?:processing|transferring|transfers? of|collecting|collection of|sharing|using|exporting|shipping|supplying)\\b|pay (?:an? |the )?(?:\\S+ ){0,4}?(?:fines?|penalt(?:y|ies))|leave|exit|shut|close|halt|suspend|stop selling|cancel|withdraw from|pull out of)\\b)(?!cease (?:all |its |their )?(?:operations|business|trading|activities)\\b)(?!sell (?:its|their|the|a|all|most|part) (?:\\S+ ){0,3}?(?:stakes?|units?|business(?:es)?|operations|subsidiar(?:y|ies)|shares|holdings?|divisions?|assets|plants?|factor(?:y|ies))\\b)[a-z]{3,}\\b(?! selling)`, false, { objBeforeTo: true, hint: ['order', 'instruct', 'direct'], asKind: { court: 'LEGAL_ACTION' } }),
  t('demand.plead-with', 'DEMAND', 'svo', 0.65, `(?:<plead> with|<implore>|<exhort>) (?=\\S+(?: \\S+){0,4}? to\\b)`, false, { objBeforeTo: true, hint: ['plead', 'pled', 'implor', 'exhort'] }),
  t('demand.set-deadline', 'DEMAND', 'svo', 0.6, `(?:<give>|<hand>) ${W}{1,4}?(?:an? |the )?(?:\\S+ )?(?:deadline|ultimatum)\\b`, false, { hint: ['deadline', 'ultimatum'] }),
  t('demand.push-to', 'DEMAND', 'svo', 0.6, `(?:<push>|<pressure>|<pressurise>|<pressurize>|<lobby>) (?=\\S+(?: \\S+){0,4}? to (?:immediately |further )?(?:stop|cease|end|withdraw|remove|delete|hand|provide|submit|disclose|explain|comply|halt|suspend|lift|revoke|reverse|pay|retract|restrict|ban|limit|curb|block|tighten|join|adopt|drop|abandon|cut)\\b)`, false, { objBeforeTo: true, hint: ['push', 'pressur', 'lobb'] }),
  // DEESCALATION
  t('deescalation.drop-suit', 'DEESCALATION', 'counter', 0.85, `(?:<drop>|<withdraw>|<abandon>|voluntarily <dismiss>|<dismiss> (?=(?:its|their) )) (?:(?:its|their) own, )?{mod}{0,3}(?:lawsuit|suit|complaint|case|charges|claims?|appeal)\\b`, false, { hint: ['lawsuit', 'suit', 'complaint', 'case', 'charges', 'claims', 'appeal'] }),
  t('deescalation.close-probe', 'DEESCALATION', 'counter', 0.75, `(?:<close>|<end>|<drop>|<terminate>|<suspend>|<halt>) (?:its |the |their |a |his |her )?{mod}{0,2}(?:investigation|probe|inquiry|review|case|inspection|audit|examination|proceedings|file)\\b`, false, { hint: ['clos', 'end', 'drop', 'terminat', 'suspend', 'halt'] }),
  t('deescalation.withdraw-request', 'DEESCALATION', 'counter', 0.75, `<withdraw> (?:its |the |their |a |his |her )?{mod}{0,2}(?:request|application|objection|petition|bid|proposal|order|notice|threat)s?\\b`, false, { hint: ['withdr'] }),
  t('deescalation.invite-talks', 'DEESCALATION', 'svo', 0.7, `(?:<invite>|<extend> an invitation to|<send> an invitation to) ${W}{1,5}?(?:to|for) (?:hold |resume |begin |start |join |new |further )?(?:talks|dialogue|consultations|negotiations)\\b`, false, { hint: ['invit'] }),
  // "invited the other side's officials to a technical meeting / a working-level meeting / a briefing"; "proposed talks
  // with X", "offered to meet X", "stands ready to resume the consultation mechanism": an opening to talks, in a conflict.
  // An invitation to talks accepted ("accepted an invitation from the labour office to meet the union", "accepted
  // Marrowby's invitation to talks"): the one who accepts eases toward the other side.
  t('deescalation.accept-invitation', 'DEESCALATION', 'counter', 0.65, `<accept> (?:an? |the |its |their )?(?:\\S+ )?invitations? (?:(?:from|by) (?:\\S+ ){1,5}?)?to (?:hold |resume |begin |start |join |open )?(?:talks|dialogue|consultations|negotiations|mediation|meet(?:ings?)?)\\b`, false, { hint: ['invitation'], needsConflict: true }),
  t('deescalation.invite-meeting', 'DEESCALATION', 'svo', 0.65, `(?:<invite>|<extend> an invitation to) ${W}{1,8}?to (?:an? |the )?(?:\\S+ ){0,2}?(?:meeting|briefing|round of talks|summit|consultation)\\b`, false, { hint: ['invit'], needsConflict: true }),
  t('deescalation.propose-talks', 'DEESCALATION', 'counter', 0.65, `(?:<propose>|<offer>|(?:stands?|stood) ready) (?:to (?:hold|resume|open|begin|start|discuss) )?(?:new |further |direct |formal |technical )?(?:talks|dialogue|consultations|negotiations|(?:a|the) (?:\\S+ ){0,3}?(?:meeting|consultation mechanism|dialogue mechanism))\\b|<offer> to meet\\b`, false, { hint: ['propos', 'offer', 'ready'], needsConflict: true }),
  // ("WTO dispute settlement", "the dispute-settlement body": the procedure's name, no settlement.)
  // A prosecution deferred ("agreed to defer prosecution for two years", "signed a non-prosecution agreement with federal
  // prosecutors"): the charge is set aside on terms — an easing between the prosecutor and the charged.
  t('deescalation.defer-prosecution', 'DEESCALATION', 'counter', 0.7, `<defer> (?:the )?prosecution\\b|(?:deferred|non)[- ]prosecution agreement\\b`, false, { hint: ['prosecution'] }),
  t('deescalation.settle', 'DEESCALATION', 'counter', 0.75, '(?<!\\bdispute[ -])settl(?:e|es|ed|ing|ement)\\b(?! (?:on (?:a|an|the)|into|down|body|mechanism|system|procedures?|process|panel)\\b)', false, { needsConflict: true, hint: ['settl'] }),
  // "announced a licensing deal that ends their legal battle", "an agreement resolving the dispute": a deal told by what it ends.
  t('deescalation.deal-ends', 'DEESCALATION', 'counter', 0.7, `(?:deal|agreement|settlement|pact|accord|truce)s? (?:that |which )?(?:ends?|ended|ending|resolves?|resolved|resolving|settles?|settled|settling|closes?|closed|closing) (?:their|the|its|a) ${W}{0,3}?(?:dispute|battle|fight|row|feud|litigation|lawsuits?|case|standoff|conflict|war)\\b`, false, { hint: ['deal', 'agreement', 'settlement', 'pact', 'accord', 'truce'] }),
  t('deescalation.lift', 'DEESCALATION', 'counter', 0.85, `<lift> {mod}{0,4}(?:bans?|restrictions?|sanctions?|controls?|tariffs?|curbs?|suspensions?|orders?|blocks?|embargo(?:es)?|moratorium)\\b`),
  t('deescalation.ease', 'DEESCALATION', 'counter', 0.75, `(?:<ease>|<relax>|<loosen>) {mod}{0,3}(?:restrictions|controls|curbs|tariffs|sanctions|tensions|limits|rules)\\b`, false, { hint: ['eas', 'relax', 'loosen'] }),
  t('deescalation.remove-from-list', 'DEESCALATION', 'counter', 0.85, `<remove> (?:(?:\\S+ ){0,3}\\S+, (?:an? |the )[^,;]{3,90}?, |{mod}{0,6})from (?:the |its |an? )?{mod}{0,3}list\\b`),
  t('deescalation.resume', 'DEESCALATION', 'svo', 0.75, `<allow> ${W}{0,6}?to (?:resume|return|reopen|relaunch|restart)\\b|resum(?:e|es|ed|ption of) ${W}{0,3}(?:sales|exports|talks|shipments|dialogue)\\b|approv(?:e|ed|es|al of) ${W}{0,3}(?:licen[cs]es|sales|exports)\\b`),
  t('deescalation.grant-licence', 'DEESCALATION', 'counter', 0.75, `<grant> {mod}{0,4}(?:exemptions?|licen[cs]es?|waivers?|permits?|reprieves?)\\b`),
  t('deescalation.agree-to', 'DEESCALATION', 'counter', 0.75, `agree(?:s|d)? (?:(?:on|in|at|last|this|earlier|late) \\S+ )?to ${W}{0,6}(?:talks|consultations|dialogue|mediation|mediate|negotiat\\w+|truce|deal|resume|cooperat\\w+|dispatch\\w*|settle\\w*|withdraw|lift|pause|(?:cut|reduce|lower|suspend|ease|scrap|waive|roll back|unfreeze|restore|reopen|release) (?:\\S+ ){0,3}?(?:tariffs?|duties|sanctions|restrictions|controls|curbs|levies|ban|measures|fines?|access|exports|imports|shipments|sales|detainees|prisoners)\\b|(?<!\\b(?:the|a|an|its|their) )(?:stop|cease|halt|remove|delete|comply|refund|drop|end)\\b)`, false, { needsConflict: true }),
  t('deescalation.reach-agreement', 'DEESCALATION', 'counter', 0.75, `(?:reached|reach|signed|struck) (?:an? |the )?{mod}{0,3}(?:agreement|deal|truce|settlement|consensus|accord|pact|compromise|memorandum of understanding)\\b(?!(?: \\S+){0,6}? to (?:supply|buy|sell|acquire|provide|build|develop|co-develop|license|distribute|invest|deploy|integrate|power|produce|manufacture|market|launch|offer|host|use)\\b)`, false, { hint: ['agreement', 'deal', 'truce', 'settlement', 'consensus', 'accord', 'pact', 'compromise', 'memorandum'], needsConflict: true }),
  // Giving way ("the ministry relented", "climbed down over the fees", "softened its stance"), in an article that reports a dispute.
  t('deescalation.relent', 'DEESCALATION', 'counter', 0.65, `<relent>|<climb> down\\b|<soften> (?:its|their|the) (?:stance|position|rules|requirements|demands|terms)\\b`, false, { hint: ['relent', 'climb', 'climbed', 'soften'], needsConflict: true }),
  t('deescalation.apologise', 'DEESCALATION', 'counter', 0.75, '<apologise>|<apologize>'),
  t('deescalation.pause-reverse', 'DEESCALATION', 'counter', 0.7, `<pause> {mod}{0,3}(?:tariffs|restrictions|controls|ban)\\b|<reverse> {mod}{0,3}(?:decision|ban|order|restrictions)\\b|<rescind>|<revoke>(?<!(?:licen[cs]es?|permits?|visas?|approvals?|authori[sz]ations?|certifications?|accreditations?) (?:was |were |has been |have been |had been |being )?revoked)(?! (?:the |its |their |an? )?(?:\\S+ ){0,2}?(?:licen[cs]es?|permits?|visas?|approvals?|access|entry|certification|accreditation|authori[sz]ations?|keys|accounts?|credentials|tokens)\\b)`, false, { hint: ['paus', 'revers', 'rescind', 'revok'] }),
  t('deescalation.scrap', 'DEESCALATION', 'counter', 0.75, `(?:<scrap>|<repeal>|<cancel>|<abolish>|<withdraw>|<roll> back|<waive>|<annul>) (?:the |its |their |planned |all )?{mod}{0,2}(?:tariffs|sanctions|restrictions|export controls|curbs|duties|countermeasures|ban|fines?|penalt(?:y|ies))\\b|<repeal> (?:the |its |their |an? |this )?{mod}{0,2}(?:rules?|regulations?|orders?|decrees?|directives?|measures?|requirements?|decisions?)\\b`, false, { hint: ['tariffs', 'sanctions', 'restrictions', 'export controls', 'curbs', 'duties', 'countermeasures', 'ban', 'repeal', 'fine', 'penalt'] }),
  t('deescalation.resolve', 'DEESCALATION', 'counter', 0.7, `<resolve> (?:their|the|its|a|this) (?:\\S+ )?(?:dispute|differences|conflict|standoff|row)\\b`, false, { hint: ['resolv'] }),
  // (A duration may stand before the object: "suspended for one year the restrictions on X".)
  t('deescalation.suspend-measures', 'DEESCALATION', 'counter', 0.75, `<suspend> (?:for (?:an? |one |two |three |six |\\d+ )?(?:years?|months?|weeks?|days?) )?(?:the |its |their )?{mod}{0,2}(?:tariffs|sanctions|restrictions|export controls|curbs|duties|countermeasures|bans?|embargo(?:es)?)\\b`, false, { hint: ['suspend'] }),
  // "The probe into X was closed": the act ended names its target; the actor is whoever opened it (TYPE_RULES agentlessFrom).
  t('deescalation.ended-passive', 'DEESCALATION', 'svo', 0.7, `(?:investigation|probe|inquiry|review|complaint|lawsuit|suit|case|charges|request|application|petition|objection|order|notice) (?:(?:in)?to|against|of|on) ${W}{1,5}?(?:was|were|has been|have been|had been) (?:formally |officially |quietly )?(?:closed|dropped|ended|withdrawn|terminated|suspended)\\b`, false, { hint: ['closed', 'dropped', 'ended', 'withdrawn', 'terminated', 'suspended'], byAgent: true }),
  // A party stops the practice it is accused of ('will pause the processing of EU users' data', 'agreed to suspend the use
  // of the recordings'): a concession to the other side; by a regulator or government it is an order (a restriction).
  t('deescalation.pause-practice', 'DEESCALATION', 'counter', 0.65, `(?:<pause>|<suspend>|<halt>|<stop>|<cease>) (?:the |its |their |all )?(?:(?!\\S*(?:'s?|’s?) )\\S+ ){0,2}?(?:processing|collection|collecting|use|using|sharing|transfers?|transferring|sale|selling) of (?:\\S+ ){0,4}?(?:data|information|recordings|images|content|works|chats|prompts|voices)\\b`, false, { hint: ['processing', 'collect', 'use', 'using', 'sharing', 'transfer', 'sale', 'selling'], asKind: { regulator: 'RESTRICTION', government: 'RESTRICTION', court: 'LEGAL_ACTION' }, objectAfter: true }),
  // A measure ended in the passive ('the ban on X was lifted by Y', 'restrictions on X have been eased'): the agent after
  // 'by' acts; with none, the author of the measure on that party from the article's other events.
  t('deescalation.lifted-passive', 'DEESCALATION', 'svo', 0.7, `(?:ban|bans|restrictions|sanctions|controls|tariffs|curbs|suspension|blocking|block|embargo|export controls|licen[cs]ing requirements?|rule|order) (?:(?:on|against|targeting) ${W}{1,5}?)?(?:was|were|has been|have been|had been|will be) (?:formally |officially |partially |fully |temporarily |quietly )?(?:lifted|eased|relaxed|loosened|suspended|rescinded|revoked|repealed|removed|scrapped|withdrawn|rolled back)\\b`, false, { hint: ['lifted', 'eased', 'relaxed', 'loosened', 'suspended', 'rescinded', 'revoked', 'repealed', 'removed', 'scrapped', 'withdrawn', 'rolled'], byAgent: true }),
  t('deescalation.exempt', 'DEESCALATION', 'svo', 0.7, `<exempt> ${W}{1,4}?from (?:the |its |their |new )?{mod}{0,3}(?:tariffs|ban|restrictions|sanctions|export controls|controls|rules|duties|curbs)\\b`, false, { hint: ['exempt'] }),
  t('deescalation.clear-of', 'DEESCALATION', 'svo', 0.7, `<clear> ${W}{1,4}?of (?:any |all )?(?:wrongdoing|charges|allegations|violations|breaches)\\b`, false, { hint: ['clear'] }),
  t('deescalation.approve-after', 'DEESCALATION', 'svo', 0.65, `<approve> ${W}{0,4}?(?:deal|merger|acquisition|takeover|transaction|purchase|sale)s? ${W}{0,4}?after\\b`, false, { hint: ['approv'] }),
  t('deescalation.truce', 'DEESCALATION', 'counter', 0.7, `(?:<call>|<declare>|<announce>|<agree> to) (?:a |an )?{mod}{0,2}(?:truce|ceasefire)\\b`, false, { hint: ['call', 'declar', 'announc', 'agree'] }),
  t('deescalation.shelve', 'DEESCALATION', 'counter', 0.7, `(?:<shelve>|<postpone>|<defer>) (?:the |its |their |planned |a )?{mod}{0,2}(?:tariffs|sanctions|restrictions|export controls|curbs|duties|countermeasures|ban)\\b`, false, { hint: ['shelv', 'postpon', 'defer'] }),
  t('deescalation.extend-exemption', 'DEESCALATION', 'counter', 0.65, `<extend> (?:the |its |their |an? )?{mod}{0,2}(?:exemptions?|waivers?|reprieves?|grace period)\\b`, false, { hint: ['extend'] }),
  t('deescalation.call-off', 'DEESCALATION', 'counter', 0.7, `<call> off (?:the |its |their |a |planned )?{mod}{0,2}(?:investigation|probe|inquiry|tariffs|sanctions|restrictions|ban|boycott|lawsuit|suit|strike)s?\\b|<back> (?:down|away) (?:on|from) (?:the |its |their |a )?{mod}{0,2}(?:threats?|plans?|tariffs|sanctions|restrictions|ban|demands?)\\b`, false, { hint: ['call', 'back'] }),
  t('deescalation.on-hold', 'DEESCALATION', 'counter', 0.65, `(?:put|puts|putting|placed|placing) (?:the |its |their |planned )?{mod}{0,2}(?:tariffs|sanctions|restrictions|export controls|curbs|duties|ban|investigation|probe|lawsuit|case) on hold\\b`, false, { hint: ['put', 'placed', 'placing'] }),
  t('deescalation.drop-objection', 'DEESCALATION', 'counter', 0.7, `<drop> (?:its |the |their |his |her |a )?{mod}{0,2}(?:request|objection|petition|opposition|demand|complaint)s?\\b`, false, { hint: ['drop'] }),
  t('deescalation.agree-on', 'DEESCALATION', 'counter', 0.7, `<agree> (?:on|upon) (?:an? |the |new )?{mod}{0,3}(?:framework|deal|truce|ceasefire|settlement|terms|roadmap|compromise|de-?escalation)\\b`, false, { hint: ['agree'], needsConflict: true }),
  t('deescalation.restore', 'DEESCALATION', 'svo', 0.65, `(?:<restore>|<reinstate>) {mod}{0,3}(?:access|service|services|sales|exports|shipments|licen[cs]es?|supplies)\\b|<unblock>`, false, { hint: ['restor', 'reinstat', 'unblock'] }),
  // De-escalations announced or agreed (forms pass on our own held-out texts).
  t('deescalation.drop-challenge', 'DEESCALATION', 'counter', 0.75, `(?:<drop>|<withdraw>|<abandon>) (?:its |the |their |his |her |a )?{mod}{0,2}(?:challenge|legal challenge|court challenge)s?\\b`, false, { hint: ['challenge'] }),
  t('deescalation.put-off', 'DEESCALATION', 'counter', 0.7, `(?:put|puts|putting) off (?:by \\S+ \\S+ )?(?:an? |the |its |their |planned )?{mod}{0,2}?(?:increases?|tariffs|duties|hikes?|sanctions|restrictions|controls|ban)\\b|<delay> (?:by \\S+ \\S+ )?(?:the |its |their |planned |an? )?{mod}{0,2}?(?:tariffs|duties|tariff increases?|tariff hikes?|sanctions|export controls)\\b`, false, { hint: ['put', 'delay'] }),
  t('deescalation.suspend-requirements', 'DEESCALATION', 'counter', 0.7, `<suspend> (?:for \\S+ \\S+ )?(?:the |its |their )?{mod}{0,2}(?:licensing requirements?|licen[cs]e requirements?|requirements|quotas|licensing regime)\\b`, false, { hint: ['suspend'] }),
  t('deescalation.hold-talks', 'DEESCALATION', 'counter', 0.65, `(?:<hold>|<open>|<begin>|<start>) (?:new |further |formal |trade |high-level )?(?:talks|consultations|negotiations) with\\b`, false, { hint: ['talks', 'consultations', 'negotiations'] }),
  t('deescalation.pay-to-resolve', 'DEESCALATION', 'counter', 0.75, `<agree> to pay ${W}{1,6}?to (?:resolve|settle) (?:the |its |their )?{mod}{0,2}?(?:charges|claims|allegations|case|violations)\\b`, false, { hint: ['pay'] }),
  // A penalty agreed to ("Marrowby agreed to pay a $400,000 civil penalty"): a settlement with whoever charged or sued it.
  t('deescalation.agree-to-pay-penalty', 'DEESCALATION', 'counter', 0.65, `<agree> to pay (?:a |an |the )?(?:\\S+ ){0,4}?(?:civil )?(?:penalty|penalties|fine|settlement)\\b(?! (?:to|of|for) (?:resolve|settle)\\b)`, false, { hint: ['pay'] }),
  // Session 6 (dtd pass): forms of threats, demands and de-escalations from our own sentences (tests/unit/extract/forms-dtd.test.ts).
  // A consequence announced under a condition ("Should the firm refuse, the regulator will suspend …", "said the agency
  // would revoke the licence if …"): the punitive act is threatened. Only with the condition in the sentence.
  t('threat.if-consequence', 'THREAT', 'counter', 0.65, `(?:will|would|can|could|may|shall) (?:then |also |immediately |promptly )?(?:order|impose|reimpose|revoke|suspend|block|ban|fine|refer|make ${W}{1,3}?permanent|take (?:further |legal |enforcement |additional |appropriate |formal )?(?:action|steps|measures)|use (?:\\S+ ){0,5}?powers|consider (?:using|taking|imposing|ordering|seeking|opening)|${LEGAL_STEP})\\b(?:(?<=(?:^|[^\\w])(?:(?:[Ii]f|[Ww]here) [^;:]{0,80}?\\b(?:${NONCOMPLIANCE})|[Uu]nless|["“]?Should (?:\\S+ ){1,4}?(?:${NONCOMPLIANCE}))\\b[^;:]{3,260})|(?=[^;:]{0,160}?\\b(?:if (?:\\S+ ){0,8}?(?:${NONCOMPLIANCE})|unless)\\b))`, false, { hint: ['will', 'would', 'can', 'could', 'may', 'shall'], conditionTarget: true }),
];

/** Example sentences per pattern: [sentence, actor, target] (target null: the act names none). */
export const EXAMPLES: Record<string, [string, string, string | null][]> = {
  'threat.threaten-with': [['China threatened Japan with export curbs on rare earths.', 'China', 'Japan'],
    ['The Ketterby Data Board threatens Brevik Data with fines of up to 4 percent of turnover.', 'Ketterby Data Board', 'Brevik Data']],
  'legal-action.obtain-order': [['The Ketterby Data Board obtained an order from the High Court requiring Brevik Data to produce its records.', 'Ketterby Data Board', 'Brevik Data'],
    ['Quenzel Robotics secured an injunction barring Zolvane Media from selling the gripper.', 'Quenzel Robotics', 'Zolvane Media']],
  'deescalation.deal-ends': [['Quenzel Robotics and Brevik Data announced a licensing deal that ends their two-year legal battle.', 'Quenzel Robotics', 'Brevik Data']],
  'allegation.protest-against': [["China's foreign ministry summoned the Dutch ambassador on Monday to protest against the Netherlands' new export controls.", 'China', 'Netherlands'],
    ['Vietnam formally protested against Zolvane Media over the maps shown in its game.', 'Vietnam', 'Zolvane Media']],
  'legal-action.complaint-by': [['Following a complaint by Quenzel Robotics, the Norwegian Competition Authority launched an inquiry into Brevik Data.', 'Quenzel Robotics', 'Brevik Data']],
  'restriction.retaliate-with': [['China retaliated against Japan with export controls on rare earths.', 'China', 'Japan'],
    ['Brazil retaliated against Brevik Data with a ban on its satellite service.', 'Brazil', 'Brevik Data']],
  'investigation.face-named': [['Brevik Data faces a European Commission antitrust probe over its app store.', 'European Commission', 'Brevik Data'],
    ['Zolvane Media is under Ketterby Data Board investigation for the leak.', 'Ketterby Data Board', 'Zolvane Media']],
  'legal-action.place-under': [['French prosecutors placed Lars Pelloran under formal investigation on Wednesday.', 'France', 'Lars Pelloran'],
    ["Brazil's Federal Police placed Tomas Nyberg under house arrest on Friday.", 'Federal Police', 'Tomas Nyberg']],
  'legal-action.issue-claim': [['Brevik Data said it had issued a claim against Quenzel Robotics in the High Court.', 'Brevik Data', 'Quenzel Robotics'],
    ['The Drummore Gazette issues proceedings against Zolvane Media over the scraped archive.', 'Drummore Gazette', 'Zolvane Media']],
  'legal-action.arbitration-proceedings': [['Quenzel Robotics has begun arbitration proceedings against Brevik Data in Singapore.', 'Quenzel Robotics', 'Brevik Data']],
  'restriction.addition-to-list': [['The Commerce Department announced the addition of Brevik Data to the Entity List.', 'Department of Commerce', 'Brevik Data']],
  'demand.letter-indirect': [['Brevik Data sent Quenzel Robotics a cease-and-desist letter over the leaked designs.', 'Brevik Data', 'Quenzel Robotics']],
  'demand.notice-to-act': [["Britain's Ofcom issued a removal notice to Zolvane Media on Friday.", 'Ofcom', 'Zolvane Media'],
    ["France's CNIL gave Brevik Data formal notice to comply with the GDPR within three months.", 'CNIL', 'Brevik Data'],
    ['The Ketterby Data Board put Brevik Data on notice to fix the breach.', 'Ketterby Data Board', 'Brevik Data']],
  'demand.tell-must': [["Britain's Ofcom tells Brevik Data it must stop the scanning within ten days.", 'Ofcom', 'Brevik Data']],
  'allegation.accuse': [['Quillon accused Marrowby of copying its product designs.', 'Quillon', 'Marrowby']],
  'allegation.blame': [['Quillon blamed Marrowby for the outage at its plant.', 'Quillon', 'Marrowby']],
  'allegation.allege': [['Quillon alleged that Marrowby had used its code without a licence.', 'Quillon', 'Marrowby'],
    ['Quillon alleged in papers filed on Friday that Marrowby had copied its circuit layouts.', 'Quillon', 'Marrowby']],
  'allegation.suspect-of': [['German customs investigators suspect Marrowby of routing banned lasers through a shell company.', 'Germany', 'Marrowby'],
    ['Quillon suspects Marrowby of recruiting its staff to get at its designs.', 'Quillon', 'Marrowby']],
  'allegation.alleged-to': [['Quillon sued Marrowby in May. Marrowby is alleged to have copied Quillon\'s code.', 'Quillon', 'Marrowby']],
  'allegation.authority-claims': [['Senator Ada Quell claimed during a committee hearing that Hanvel Robotics sends its maps to servers in Beijing.', 'Ada Quell', 'Hanvel Robotics'],
    ['The European Commission claims that Quillon shipped drones to Europe below cost.', 'European Commission', 'Quillon']],
  'allegation.charge-that': [['The regulator Dastia charges that Marrowby hid its fees from buyers.', 'Dastia', 'Marrowby'],
    ['The deal settles Federal Trade Commission charges that Marrowby misled its buyers.', 'Federal Trade Commission', 'Marrowby']],
  'allegation.criticise': [['Japan hit out at Marrowby Labs over its hidden fees.', 'Japan', 'Marrowby Labs'], ['Japan faulted Vantic for failing to report the breach.', 'Japan', 'Vantic'], ['Japan decried the new fees charged by Vantic.', 'Japan', 'Vantic'], ['Zemla rebuked Marrowby over its handling of the outage.', 'Zemla', 'Marrowby'], ['The Japanese government condemned Vantic over the new fees.', 'Japan', 'Vantic'],
    ['Pellan Media has taken issue with Marrowby\'s scraping of its archive.', 'Pellan Media', 'Marrowby']],
  'allegation.oppose': [['China firmly opposes the measures taken by Japan against its firms.', 'China', 'Japan']],
  'allegation.expose': [['Quillon exposed Marrowby for hiding its losses.', 'Quillon', 'Marrowby']],
  'allegation.identify-as': [['The Pentagon has labelled Brevik Data a Chinese military company.', 'Pentagon', 'Brevik Data'], ['The Pentagon identified Marrowby as a security risk to the United States.', 'Pentagon', 'Marrowby']],
  'allegation.found-that': [['The Competition Commission of India found that Zolvane Media had forced phone makers to preinstall its apps.', 'Competition Commission of India', 'Zolvane Media'], ['The Dastia Competition Office considers that Marrowby gave its users inadequate notice of the change.', 'Dastia Competition Office', 'Marrowby'], ['The Information Regulator is concerned that Savora Vision has been processing drivers\' faces without an impact assessment.', 'Information Regulator', 'Savora Vision'],
    ['The Information Regulator found that Ridgehill Data had interfered with the privacy of borrowers.', 'Information Regulator', 'Ridgehill Data'],
    ['The Federal Trade Commission determined that Quillon had kept the voice recordings of its users without their consent.', 'Federal Trade Commission', 'Quillon'],
    ['The European Commission found that Marrowby does not let users remove its assistant from its office suite.', 'European Commission', 'Marrowby']],
  'allegation.military-supply': [['The Commerce Department said Brevik Data had supplied chips to the drone programme of Zolvane.', 'Department of Commerce', 'Brevik Data'], ['The Commerce Department said Quillon had supplied computing time to research institutes of the Chinese army.', 'Department of Commerce', 'Quillon'],
    ['The Justice Department said Marrowby obtained the servers through shell companies in Malaysia.', 'Department of Justice', 'Marrowby']],
  'allegation.raise-concerns': [['Senator Ada Vell raised concerns about Marrowby and its data practices.', 'Ada Vell', 'Marrowby']],
  'allegation.warn-dangers': [['Quillon warned Vantic about the dangers of its pricing plan.', 'Quillon', 'Vantic']],
  'allegation.steal': [['Quillon said Marrowby had stolen its source code.', 'Quillon', 'Marrowby'], ['Quillon said Marrowby pirated its film library.', 'Quillon', 'Marrowby']],
  'allegation.distil': [['Quillon said Marrowby distilled its models to build a rival.', 'Quillon', 'Marrowby']],
  'allegation.copy': [['The Drummore Gazette argues that Zolvane Media regurgitates its articles nearly word for word.', 'Drummore Gazette', 'Zolvane Media'], ['Quillon says Marrowby copied its interface for years.', 'Quillon', 'Marrowby']],
  'allegation.illicitly': [['The Ketterby Data Board said Brevik Data had collected children\'s data unlawfully.', 'Ketterby Data Board', 'Brevik Data'], ['Quillon said Marrowby illicitly obtained its chips.', 'Quillon', 'Marrowby']],
  'allegation.violate': [['The regulator Dastia said Marrowby violated the data rules.', 'Dastia', 'Marrowby']],
  'allegation.abuse': [['Quillon said Vantic was abusing its dominant position.', 'Quillon', 'Vantic'],
    ['In a threat report, Quillon said Marrowby had misused its chatbot to write phishing emails.', 'Quillon', 'Marrowby']],
  'allegation.coerce': [['China said the United States was bullying its firms.', 'China', 'United States']],
  'allegation.espionage': [['Quillon said Marrowby was spying on its customers.', 'Quillon', 'Marrowby']],
  'allegation.pose-threat': [['Senator Ada Vell said Marrowby poses a threat to national security.', 'Ada Vell', 'Marrowby']],
  'allegation.funnel-data': [['Quillon said Marrowby funneled user data to its parent.', 'Quillon', 'Marrowby']],
  'allegation.evade': [['Quillon said Marrowby circumvented the export rules.', 'Quillon', 'Marrowby'],
    ['The Treasury said Marrowby had re-exported the drone motors to a buyer in Minsk.', 'Treasury', 'Marrowby']],
  'allegation.through-fronts': [['Japan\'s trade ministry said Marrowby bought the lasers through a web of front companies in Dubai.', 'Japan', 'Marrowby']],
  'allegation.unfair': [['Quillon said Marrowby treated its suppliers unfairly.', 'Quillon', 'Marrowby']],
  'allegation.anticompetitive': [['The regulator Dastia said Marrowby engaged in anticompetitive conduct.', 'Dastia', 'Marrowby'], ['China said Japan was dumping steel on its market.', 'China', 'Japan']],
  'allegation.mislead': [['The regulator Dastia said Marrowby misled consumers about its prices.', 'Dastia', 'Marrowby']],
  'allegation.hack': [['Quillon said Marrowby hacked into its servers last year.', 'Quillon', 'Marrowby']],
  'allegation.distort': [['China said the United States distorted the facts.', 'China', 'United States']],
  'allegation.undermine': [['Quillon said Marrowby undermined fair competition.', 'Quillon', 'Marrowby']],
  'allegation.military': [['Quillon said Marrowby has military ties.', 'Quillon', 'Marrowby']],
  'denial.not-agree': [['The regulator Dastia accused Marrowby of hiding fees. Marrowby said it did not accept the regulator\'s findings.', 'Marrowby', 'Dastia']],
  'allegation.failing': [['The regulator Dastia said Marrowby had failed to carry out an impact assessment.', 'Dastia', 'Marrowby'],
    ['The regulator Dastia said Marrowby did not obtain the consent of its users.', 'Dastia', 'Marrowby'],
    ['The regulator Dastia said Marrowby lacked a lawful basis for the processing.', 'Dastia', 'Marrowby'],
    ['Dastia said Marrowby had contravened the Privacy Act.', 'Dastia', 'Marrowby']],
  'allegation.without': [['Quillon said Marrowby used its photos without permission.', 'Quillon', 'Marrowby'],
    ['The regulator Dastia said Marrowby had stored the call recordings of its users without a valid legal basis.', 'Dastia', 'Marrowby'], ['Dastia said Marrowby collected location data without users\' consent.', 'Dastia', 'Marrowby'],
    ['Dastia said Marrowby completed the merger without notifying it.', 'Dastia', 'Marrowby'],
    ['Quillon said Marrowby printed the maps without Quillon Maps\' authorisation.', 'Quillon', 'Marrowby'],
    ['Quillon said Marrowby had closed its purchase of Vantic without seeking approval.', 'Quillon', 'Marrowby']],
  'allegation.use-outputs': [['Quillon said Marrowby used the outputs of its model to train a rival.', 'Quillon', 'Marrowby']],
  'allegation.politicise': [['China said the United States politicised trade issues.', 'China', 'United States'],
    ['China said the United States smeared Chinese chip makers in its report.', 'China', 'United States']],
  'allegation.lodge-protest': [['China lodged stern representations with the United States over the visit.', 'China', 'United States']],
  'allegation.deceive': [['Quillon said Marrowby engaged in deceptive marketing.', 'Quillon', 'Marrowby']],
  'allegation.break-rules': [['Quillon said Marrowby broke the rules of the tender.', 'Quillon', 'Marrowby']],
  'allegation.defame': [['Quillon said Marrowby defamed its founder in a blog post.', 'Quillon', 'Marrowby']],
  'allegation.trained-on': [['Quillon said Marrowby trained its model using proprietary data.', 'Quillon', 'Marrowby'], ['Quillon says Marrowby trained its chatbot on its rival\'s answers.', 'Quillon', 'Marrowby']],
  'allegation.act-of': [['China said the United States\' new tariff is an act of aggression.', 'China', 'United States']],
  'allegation.improper-act': [['China said the Japanese government\'s improper intervention hurt its firms.', 'China', 'Japan']],
  'allegation.attribute-to': [['Security firm Vantic Labs attributed the intrusion at Marrowby Bank to a hacking group backed by North Korea.', 'Vantic Labs', 'North Korea'], ['Quillon attributed the attack on its servers to Marrowby.', 'Quillon', 'Marrowby']],
  'allegation.security-risk': [['The regulator Dastia determined that Marrowby poses an unacceptable security risk.', 'Dastia', 'Marrowby'],
    ['Zemla sanctioned Marrowby on the grounds that the company threatened Zemla\'s national security.', 'Zemla', 'Marrowby']],
  'allegation.harmful': [['The regulator Dastia found that the chat app made by Marrowby was harmful to children.', 'Dastia', 'Marrowby']],
  'allegation.called-unjust': [['Japan added Marrowby to its export control list. China called the listing economic coercion.', 'China', 'Japan'],
    ['Zemla banned Dalmore steel in May. Dalmore called the restrictions unjustified.', 'Dalmore', 'Zemla'],
    ['Australia imposed duties on pipes made by Marrowby in March. South Korea called the duties unjustified.', 'South Korea', 'Australia'],
    ['Brazil\'s data protection authority ordered Marrowby to delete the recordings. Marrowby described the order as "unjustified" in a blog post.', 'Marrowby', 'Brazil'],
    ['Japan added Dalmore Steel to its entity list. China\'s commerce ministry called the listing "discriminatory".', 'China', 'Japan']],
  'allegation.measure-unjust': [['Japan restricted exports of chip tools to China. China\'s commerce ministry said the move was a blatant act of economic coercion.', 'China', 'Japan'],
    ['The European Commission barred Marrowby from public tenders. China said the restrictions were unjustified and discriminatory.', 'China', 'European Commission'],
    ['Britain sanctioned Orda Freight last week. Mongolia\'s foreign ministry said the designation was unjustified.', 'Mongolia', 'United Kingdom']],
  'denial.deny': [['Quillon accused Marrowby of copying its code. Marrowby debunked the claims in a long blog post.', 'Marrowby', 'Quillon'], ['Marrowby denied the allegations made by Quillon.', 'Marrowby', 'Quillon']],
  'denial.disagree': [['Marrowby said it strongly disagrees with Quillon\'s claims.', 'Marrowby', 'Quillon']],
  'demand.letter-to': [['Quillon sent a cease and desist letter to Marrowby and Vantic.', 'Quillon', 'Marrowby'], ['Quillon sent a cease and desist letter to Marrowby and Vantic.', 'Quillon', 'Vantic'],
    ['Senator Ada Vell sent letters on Tuesday to Marrowby and Vantic requesting their sales records.', 'Ada Vell', 'Vantic']],
  'denial.defend': [['Quillon accused Marrowby of fraud. Marrowby said it would defend itself vigorously.', 'Marrowby', 'Quillon'], ['Quillon accused Marrowby of fraud. Marrowby will not hesitate to defend itself.', 'Marrowby', 'Quillon']],
  'denial.rule-out': [['Quillon accused Marrowby of fraud. Marrowby ruled out any wrongdoing.', 'Marrowby', 'Quillon']],
  'denial.comply': [['Dastia accused Marrowby of breaking the data rules. Marrowby said its service complies with the law.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of breaking the data rules. Marrowby said it complies fully with the rules of every market.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of breaking the data rules. Marrowby said in a statement: "Our service complies with the law."', 'Marrowby', 'Dastia']],
  'threat.noncompliance': [['The regulator Dastia ordered Marrowby to delete the files. Failure to do so will result in a suspension of its licence.', 'Dastia', 'Marrowby'], ['The regulator Dastia urged Marrowby to delete the data and set a daily fine in case of non-compliance.', 'Dastia', 'Marrowby'],
    ['Pindle Apps sold location data to brokers. The Federal Trade Commission told Pindle Apps that failure to comply will be met with legal action.', 'Federal Trade Commission', 'Pindle Apps'],
    ['The Dastia Competition Authority ordered Marrowby to drop the clauses. Any breach of the order will subject Marrowby to a fine of 5,000 euros a day.', 'Dastia Competition Authority', 'Marrowby']],
  'threat.penalty-if': [['The Dastia Competition Authority ordered Marrowby to delete the recordings and set a daily fine of 40,000 euros if the company fails to do so.', 'Dastia Competition Authority', 'Marrowby'],
    ['The Dastia Competition Authority told Marrowby to drop the clauses, with a penalty of 2% of turnover should Marrowby refuse.', 'Dastia Competition Authority', 'Marrowby']],
  'threat.or-face': [['Minister Ada Vell said Marrowby must delete the data or face a ban.', 'Ada Vell', 'Marrowby']],
  'denial.dismiss': [['Marrowby dismissed Quillon\'s claims as a stunt.', 'Marrowby', 'Quillon'], ['Quillon accused Marrowby of hiding a tracker in its phones. Marrowby dismissed the findings as a misreading of old firmware.', 'Marrowby', 'Quillon']],
  'denial.push-back': [['Marrowby pushed back on Quillon\'s accusations on Monday.', 'Marrowby', 'Quillon']],
  'denial.baseless': [['Marrowby called Quillon\'s accusations baseless.', 'Marrowby', 'Quillon']],
  'denial.contrary': [['Contrary to the claims of Quillon, Marrowby said its code was its own.', 'Marrowby', 'Quillon']],
  'denial.not-true': [['Quillon accused Marrowby of fraud. Marrowby said the accusations were simply untrue.', 'Marrowby', 'Quillon'],
    ['Zemla accused Dalmore of coercion. Dalmore said the so-called coercion is not true.', 'Dalmore', 'Zemla']],
  'denial.bare-rebuttal': [['Pellucid Systems accused Corvane AI of copying its code. "Untrue," a Corvane AI spokesperson said.', 'Corvane AI', 'Pellucid Systems'],
    ['Pellucid Systems sued Corvane AI in May. Corvane AI answered in a statement. "Pellucid Systems says we copied its code. False."', 'Corvane AI', 'Pellucid Systems'],
    ['Pellucid Systems sued Corvane AI in May. "Untrue," said a spokesperson for Corvane AI.', 'Corvane AI', 'Pellucid Systems']],
  'denial.not-involved': [['Quillon accused Marrowby of fraud. Marrowby said it had never engaged in such practices.', 'Marrowby', 'Quillon'],
    ['Quillon accused Marrowby of hacking its servers. Marrowby said it was not involved in the attack.', 'Marrowby', 'Quillon'],
    ['Quillon accused Marrowby of hacking its servers. Marrowby said it had nothing to do with the breach.', 'Marrowby', 'Quillon']],
  'denial.lawful': [['Dastia accused Marrowby of hiding fees. Marrowby said it had acted lawfully at all times.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of hiding fees. Marrowby said it has done nothing wrong.', 'Marrowby', 'Dastia']],
  'denial.contain-no': [['China\'s cyberspace regulator summoned Quillon Labs over its routers. Quillon Labs said its routers "have no backdoors" of any kind.', 'Quillon Labs', 'Cyberspace Administration of China'],
    ['The Commerce Department said Quillon Labs had supplied chips to Iran. Quillon Labs said it has never sold any of its products to Iran.', 'Quillon Labs', 'Department of Commerce'], ['Dastia accused Marrowby of selling unsafe toys. Marrowby said its toys contain no harmful chemicals.', 'Marrowby', 'Dastia'],
    // A first-person sentence whose actor would be the carried-over accuser is the accused's (index.ts, accuserNeverDenies).
    ['Dastia accused Marrowby of passing its research to a foreign army. We have never shared any research with any army.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of spying on users. Marrowby said it does not collect any personal data.', 'Marrowby', 'Dastia']],
  'denial.secure': [['Quillon accused Marrowby of leaking data. Marrowby said its systems are secure.', 'Marrowby', 'Quillon'],
    ['The regulator Dastia said routers sold by Marrowby could leak user data. "Our networks are secure," Marrowby said.', 'Marrowby', 'Dastia']],
  'denial.not-a-single': [['Quillon said Marrowby had copied its code. "Not a single Quillon file is in our repositories," Marrowby said.', 'Marrowby', 'Quillon']],
  'denial.none-exists': [['The regulator Dastia said cameras sold by Marrowby send footage abroad. There are no hidden functions in our cameras, Marrowby said.', 'Marrowby', 'Dastia'],
    ['Zemla warned that pumps made by Marrowby could be switched off remotely. No such switch exists in any Marrowby pump, the company said.', 'Marrowby', 'Zemla']],
  'denial.is-not': [['Zemla accused Dalmore of dumping steel. Dalmore said the export rebate is not a subsidy.', 'Dalmore', 'Zemla'],
    ['Zemla accused Dalmore of coercion. Dalmore said its export rules are not aimed at any country.', 'Dalmore', 'Zemla'],
    ['Quillon accused Zemla of raising a trade barrier. The testing rule is not a trade barrier, Zemla said on Friday.', 'Zemla', 'Quillon'],
    ['The regulator Dastia said Marrowby\'s new levy amounted to a boycott. The levy is not a boycott, Marrowby said.', 'Marrowby', 'Dastia']],
  'denial.fight': [['Quillon sued Marrowby in May. Marrowby said it would fight the lawsuit in court.', 'Marrowby', 'Quillon'],
    ['Quillon sued Marrowby in May. Marrowby will vigorously contest the claims.', 'Marrowby', 'Quillon']],
  'denial.innocence': [['Dastia charged Marrowby with fraud in May. Marrowby has maintained its innocence.', 'Marrowby', 'Dastia'], ['Dastia charged Marrowby with fraud in May. Marrowby pleaded not guilty on Monday.', 'Marrowby', 'Dastia'],
    ['Prosecutors in Norway charged Arne Vik with fraud. Vik\'s lawyer said his client was innocent.', 'Arne Vik', 'Norway'],
    ['Prosecutors in Norway charged Arne Vik with smuggling drones. A lawyer for Vik said on Friday that Vik will plead not guilty.', 'Arne Vik', 'Norway']],
  'demand.notify-to': [['The Dastia Competition Authority opened an inquiry into Marrowby. It notified Marrowby to explain its prices within ten days.', 'Dastia Competition Authority', 'Marrowby']],
  'denial.dispute': [['The Ketterby Data Board fined Brevik Data for unlawful processing. Brevik Data disputes the board\'s analysis.', 'Brevik Data', 'Ketterby Data Board'], ['The Dastia Competition Authority fined Marrowby in May. Marrowby disputes the authority\'s provisional findings.', 'Marrowby', 'Dastia Competition Authority'], ['Quillon accused Marrowby of fraud. Marrowby disputes the allegations.', 'Marrowby', 'Quillon']],
  'legal-action.sue': [['Quillon sued Marrowby over its patents.', 'Quillon', 'Marrowby']],
  'legal-action.add-defendant': [['Marrowby Media amended its complaint on Tuesday to add Vantic Cloud as a defendant.', 'Marrowby Media', 'Vantic Cloud']],
  'legal-action.take-to-court': [['Quillon hauled Marrowby into court over the patents.', 'Quillon', 'Marrowby'], ['Quillon took Marrowby to court over the patents.', 'Quillon', 'Marrowby']],
  'legal-action.file': [['Quillon filed a lawsuit against Marrowby in a state court.', 'Quillon', 'Marrowby'],
    ['Pellmar Data filed a civil action against Ulmora Vision over the door cameras.', 'Pellmar Data', 'Ulmora Vision'], ['Quillon has launched two lawsuits against Marrowby.', 'Quillon', 'Marrowby'],
    ['The Voice Actors Guild filed an unfair-labour-practice charge against Marrowby.', 'Voice Actors Guild', 'Marrowby']],
  'legal-action.resolve-charges': [['Marrowby Systems will pay $9 million to resolve civil charges that it sold radios to Dastia without licences, the Commerce Department said.', 'Department of Commerce', 'Marrowby Systems']],
  'legal-action.settle-charges': [['Marrowby agreed to pay $5 million to settle charges brought by the Federal Trade Commission.', 'Federal Trade Commission', 'Marrowby'],
    ['Marrowby settled the lawsuit filed by Quillon for $2 million.', 'Quillon', 'Marrowby']],
  'legal-action.settle-authority-charges': [['Kestrow Networks agreed to pay $4 million to settle Securities and Exchange Commission charges that it misled investors.', 'Securities and Exchange Commission', 'Kestrow Networks'],
    ["Pinefold Data settled the Federal Trade Commission's deception charges in March.", 'Federal Trade Commission', 'Pinefold Data']],
  'legal-action.filing-alleges': [["The Federal Trade Commission's complaint alleges that Marrowby misled buyers of its lamps.", 'Federal Trade Commission', 'Marrowby'],
    ["Quillon's new lawsuit accuses Marrowby of copying the chip layout.", 'Quillon', 'Marrowby']],
  'legal-action.enforcement-action': [['The Federal Trade Commission announced enforcement actions against Marrowby and Vantic on Monday.', 'Federal Trade Commission', 'Marrowby']],
  'legal-action.suit-against': [['Quillon has a lawsuit against Marrowby pending.', 'Quillon', 'Marrowby']],
  'legal-action.named-court-proceedings': [['The ACCC has started Federal Court proceedings against Marrowby.', 'ACCC', 'Marrowby'], ['The Dastia Trade Office has started civil proceedings against Marrowby.', 'Dastia Trade Office', 'Marrowby']],
  'legal-action.suit-by': [['The Ostrel Data Office opened an inquiry into Marrowby. It was triggered by a complaint lodged with the office in late May by Quillon.', 'Quillon', 'Marrowby'],
    ['The civil action against Ulmora Vision was filed in March by Pellmar Data.', 'Pellmar Data', 'Ulmora Vision'],
    ['A judge let the lawsuit brought by Quillon against Marrowby go ahead.', 'Quillon', 'Marrowby'], ['The suit, first filed by Quillon in 2024 against Marrowby and Vantic, was revived.', 'Quillon', 'Vantic'],
    ['An arrest warrant for Tomas Brin was issued by the Dalmore District Court on Friday.', 'Dalmore District Court', 'Tomas Brin']],
  'restriction.measure-by': [['A penalty of $3 million imposed on Marrowby by the Ostmark Trade Office was upheld.', 'Ostmark Trade Office', 'Marrowby'],
    ['Marrowby paid a penalty imposed by the Ostmark Trade Office.', 'Ostmark Trade Office', 'Marrowby']],
  'investigation.probe-by': [['The probe into Marrowby, opened by the Ostmark Trade Office in May, continues.', 'Ostmark Trade Office', 'Marrowby'],
    ['An investigation by the Ostmark Trade Office into Marrowby found no breach.', 'Ostmark Trade Office', 'Marrowby']],
  'restriction.hit-with': [['Marrowby has been hit with a 400 million euro fine by the European Commission.', 'European Commission', 'Marrowby']],
  'legal-action.indictment-against': [['The Justice Department unsealed an indictment against Yeonhwa Chips on Monday.', 'Department of Justice', 'Yeonhwa Chips']],
  'legal-action.go-to-court-to-undo': [['The Ostrel Data Office banned Marrowby\'s app in March. Marrowby has gone to the Ostrel High Court to overturn the ban.', 'Marrowby', 'Ostrel Data Office']],
  'legal-action.challenge-in-court': [['The Ostrel Data Office fined Marrowby in March. Marrowby is challenging the fine in court.', 'Marrowby', 'Ostrel Data Office']],
  'legal-action.appeal': [['Quillon sued Marrowby in May. Marrowby appealed the ruling on Monday.', 'Marrowby', 'Quillon'],
    ['Ostria fined Kestrow Networks in May. Kestrow Networks has filed an administrative appeal against Ostria.', 'Kestrow Networks', 'Ostria']],
  'legal-action.found-liable': [['The Supreme Court found Marrowby liable for the leak.', 'Supreme Court', 'Marrowby'],
    ['A jury in Ostmark City found a former Marrowby sales manager, Ada Vell, guilty of fraud.', 'jury', 'Ada Vell']],
  'legal-action.detain': [['Dutch police detained Ada Vell, a former Quillon engineer, on suspicion of leaking chip designs.', 'Netherlands', 'Ada Vell']],
  'legal-action.wto-consultations': [['Dastia asked the World Trade Organization to open dispute consultations with Japan over its chip tariffs.', 'Dastia', 'Japan'],
    ['China requested WTO consultations with Japan over its export controls.', 'China', 'Japan']],
  'legal-action.file-before-court': [['The Dastia Competition Office filed an application before the Competition Tribunal against Marrowby, accusing it of rigging bids.', 'Dastia Competition Office', 'Marrowby']],
  'legal-action.object-to-order': [['Quillon sued Marrowby in May and won a preliminary injunction in June. Marrowby lodged an objection against the injunction in July.', 'Marrowby', 'Quillon']],
  'legal-action.charge': [['The Japanese government charged Marrowby with fraud.', 'Japan', 'Marrowby'],
    ['Marrowby was charged on Friday before a federal court in Ostmark City, the Justice Department said.', 'Department of Justice', 'Marrowby'],
    ['Marrowby was charged with three counts of fraud, the Justice Department said on Monday.', 'Department of Justice', 'Marrowby']],
  'legal-action.face-charges': [['Ada Vell faces further charges brought by the Japanese government.', 'Japan', 'Ada Vell'],
    ['Ada Vell faces three counts brought by the Japanese government.', 'Japan', 'Ada Vell']],
  'legal-action.prosecution-agreement': [['Marrowby entered into a deferred prosecution agreement with the Justice Department.', 'Department of Justice', 'Marrowby']],
  'legal-action.plead-guilty': [['Ada Vell pleaded guilty to charges brought by the Japanese government.', 'Japan', 'Ada Vell']],
  'legal-action.subpoena': [['The Senate committee subpoenaed Marrowby for its records.', 'Senate', 'Marrowby'],
    ['The House Judiciary Committee subpoenas Kestrow Networks for its moderation records.', 'House Judiciary Committee', 'Kestrow Networks']],
  'legal-action.issue-subpoena': [['The House Judiciary Committee issued a subpoena to Kestrow Networks for its moderation records.', 'House Judiciary Committee', 'Kestrow Networks']],
  'legal-action.court-proceedings': [
    ['The eSafety Commissioner said it had begun penalty proceedings against Kestrow Networks.', 'eSafety Commissioner', 'Kestrow Networks'],
    ['The eSafety Commissioner commenced civil penalty proceedings before a Sydney court against Kestrow Networks on Tuesday.', 'eSafety Commissioner', 'Kestrow Networks'],
    ['The Competition and Markets Authority brought proceedings before the High Court against Pinefold Data over its refusal to hand over documents.', 'Competition and Markets Authority', 'Pinefold Data']],
  'legal-action.complaint-filed-with': [['Quillon accused Marrowby of copying its maps. The complaint, filed with the trade board, seeks damages.', 'Quillon', 'Marrowby']],
  'legal-action.grant-injunction': [['Pellucid Systems sued Corvane AI in May. Judge Ada Vell granted Pellucid Systems a preliminary injunction against Corvane AI.', 'Ada Vell', 'Corvane AI']],
  'legal-action.rule-on-motion': [['Judge Mara Quell granted Quillon\'s motion for an injunction against Marrowby.', 'Mara Quell', 'Marrowby'],
    ["The Dastia District Court denied Marrowby's motions to dismiss the claims.", 'Dastia District Court', 'Marrowby'],
    ['Judge Mara Quell rejected Marrowby\'s fair-use defence on Tuesday.', 'Mara Quell', 'Marrowby']],
  'legal-action.apply-to-court': [['Dastia ordered Marrowby Capital to sell its shares in Quillon. Marrowby Capital has applied to a federal court for a review of that ruling.', 'Marrowby Capital', 'Dastia']],
  'legal-action.refer-to-prosecutors': [['The Dastia Fair Trade Commission fined Marrowby and referred the company to prosecutors.', 'Dastia Fair Trade Commission', 'Marrowby']],
  'legal-action.ask-court': [['Dastia fined Marrowby in May. Marrowby asked a federal court to stay the fine imposed by Dastia.', 'Marrowby', 'Dastia'],
    ['Quillon sued Marrowby in 2025 and won in March. Marrowby has asked the Ninth Circuit to overturn the verdict.', 'Marrowby', 'Quillon'],
    ['The Federal Trade Commission ordered Kestrow Networks to delete its face data. Kestrow Networks asked the U.S. Court of Appeals for the Ninth Circuit to suspend the order.', 'Kestrow Networks', 'Federal Trade Commission']],
  'legal-action.move': [['Pellucid Systems sued Corvane AI in May. Corvane AI moved to dismiss the lawsuit on Friday.', 'Corvane AI', 'Pellucid Systems'],
    ['Pellucid Systems sued Corvane AI in May. Corvane AI filed a motion to dismiss the case.', 'Corvane AI', 'Pellucid Systems']],
  'legal-action.lose-bid': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Corvane AI lost a bid to dismiss the lawsuit.', 'Dastia District Court', 'Corvane AI']],
  'legal-action.lose-case': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Corvane AI lost its appeal in June.', 'Dastia District Court', 'Corvane AI']],
  'legal-action.win-case': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Corvane AI won the case in June.', 'Dastia District Court', 'Pellucid Systems']],
  'legal-action.win-bid': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Corvane AI won a bid to move the case to Veldoria.', 'Dastia District Court', 'Pellucid Systems']],
  'legal-action.court-blocks': [['The Japanese government banned Corvane AI in May. The Tokyo District Court suspended the ban on Monday.', 'Tokyo District Court', 'Japan'],
    ['The Japanese government ordered Corvane AI to leave the market. Judge Ada Vell blocked the order on Monday.', 'Ada Vell', 'Japan']],
  'legal-action.overturn-ruling': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The Dastia Court of Appeals invalidated the judgment against Corvane AI.', 'Dastia Court of Appeals', 'Pellucid Systems'], ['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The Dastia Court of Appeals overturned the ruling against Corvane AI.', 'Dastia Court of Appeals', 'Pellucid Systems']],
  'legal-action.in-filing': [['Pellucid Systems sued Corvane AI in May. Corvane AI said in a motion filed on Friday in the Dastia District Court that Pellucid Systems had cherry-picked its evidence.', 'Corvane AI', 'Pellucid Systems']],
  'legal-action.let-suit-proceed': [['Quillon sued Marrowby over its chip designs in 2025. Judge Ada Vell on Tuesday allowed the lawsuit to proceed.', 'Ada Vell', 'Marrowby'],
    ['Judge Ada Vell refused to dismiss Quillon\'s lawsuit against Marrowby.', 'Ada Vell', 'Marrowby']],
  'legal-action.dismiss-suit': [['Pellucid Systems sued Corvane AI in May. Judge Ada Vell threw out the lawsuit on Monday.', 'Ada Vell', 'Pellucid Systems'],
    ['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The court dismissed Pellucid Systems\' lawsuit against Corvane AI.', 'Dastia District Court', 'Pellucid Systems']],
  'legal-action.side-with': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The court sided with Pellucid Systems.', 'Dastia District Court', 'Corvane AI'],
    ['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The jury awarded Pellucid Systems $10 million in damages.', 'Dastia District Court', 'Corvane AI']],
  'legal-action.verdict-against': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. The jury returned a verdict against Corvane AI.', 'Dastia District Court', 'Corvane AI']],
  'legal-action.win-injunction': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Pellucid Systems won an injunction against Corvane AI.', 'Dastia District Court', 'Corvane AI']],
  'legal-action.seek-injunction': [['Pellucid Systems is seeking an injunction against Corvane AI.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.countersue': [['Corvane AI sued Pellucid Systems in May. Pellucid Systems countersued Corvane AI on Monday.', 'Pellucid Systems', 'Corvane AI'],
    ['Pellucid Systems filed a countersuit against Corvane AI.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.appeal-to-court': [['Pellucid Systems sued Corvane AI in the Dastia District Court in May. Corvane AI appealed to the Dastia Court of Appeals.', 'Corvane AI', 'Pellucid Systems']],
  'legal-action.hit-with-suit': [['Corvane AI has been hit with a lawsuit by Pellucid Systems.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.take-action': [['The Federal Trade Commission took action against Corvane AI on Monday.', 'Federal Trade Commission', 'Corvane AI']],
  'legal-action.prosecutors-charge': [['Japanese prosecutors indicted Corvane AI on Tuesday.', 'Japan', 'Corvane AI'],
    ['Corvane AI sold chips to Pellucid Systems. Prosecutors in Japan indicted Corvane AI last week.', 'Japan', 'Corvane AI'],
    ['The Justice Department opened a probe into Corvane AI in May. Federal prosecutors charged Corvane AI with export fraud on Tuesday.', 'Department of Justice', 'Corvane AI']],
  'legal-action.class-action': [['Pellucid Systems filed a class action against Corvane AI on behalf of its users.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.face-suit': [['Corvane AI faces a class action filed by Pellucid Systems.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.suit-by-against': [['A lawsuit by Pellucid Systems against Corvane AI is set for trial in June.', 'Pellucid Systems', 'Corvane AI']],
  'legal-action.seek-damages': [['Marrowby sells lamps. Quillon is seeking damages from Marrowby over the leaked designs.', 'Quillon', 'Marrowby'],
    ['Marrowby sells lamps. Quillon seeks to recover from Marrowby the cost of the recall.', 'Quillon', 'Marrowby']],
  'legal-action.named-in': [['Marrowby sells lamps. Marrowby was named in a lawsuit filed by Quillon on Monday.', 'Quillon', 'Marrowby']],
  'legal-action.suit-names': [['Quillon sued Marrowby over its battery patents on Monday. The lawsuit, filed in federal court in Delmar, names Marrowby and engineers Ada Vell and Tomas Brin.', 'Quillon', 'Tomas Brin']],
  'legal-action.detain-order': [['Prosecutors in Oslo charged Arne Vik with spying for a rival. At a hearing on Friday, Judge Ola Brenna ordered Vik held without bail pending trial.', 'Ola Brenna', 'Arne Vik']],
  'legal-action.rule': [['The Supreme Court ruled against Marrowby on Friday.', 'Supreme Court', 'Marrowby'],
    ['Quillon sued Marrowby over its drone firmware. The Tallinn District Court ruled on Monday that Marrowby had copied the code.', 'Tallinn District Court', 'Marrowby']],
  'legal-action.affirm': [['The Supreme Court affirmed the ban on Marrowby.', 'Supreme Court', 'Marrowby'],
    ['Kestrow Networks sued Pinefold Data in 2024 and won. Pinefold Data appealed the verdict to the Court of Appeals for the Federal Circuit, which upheld it in March.', 'Court of Appeals for the Federal Circuit', 'Pinefold Data']],
  'legal-action.order-pay': [['The Supreme Court ordered Marrowby to pay Quillon 3 million euros.', 'Supreme Court', 'Marrowby']],
  'investigation.open': [['The European Commission opened a formal investigation into Marrowby.', 'European Commission', 'Marrowby'],
    ["The European Commission opened an in-depth, phase 2 investigation into Ostrel Logistics' planned takeover of Vantic Freight.", 'European Commission', 'Ostrel Logistics']],
  'investigation.investigate': [['The Norwegian Competition Authority said it was looking at whether Zolvane Media had abused its position.', 'Norwegian Competition Authority', 'Zolvane Media'], ['The European Commission probes Brevik Data over its app store rules.', 'European Commission', 'Brevik Data'], ['The European Commission is investigating Marrowby over its pricing.', 'European Commission', 'Marrowby']],
  'investigation.info-demands': [['The Federal Trade Commission has sent civil investigative demands to Marrowby, two lawyers briefed on the inquiry said.', 'Federal Trade Commission', 'Marrowby']],
  'investigation.summon': [['The Japanese government summoned Marrowby over the data leak.', 'Japan', 'Marrowby']],
  'investigation.opened-passive': [['Proceedings have been opened against Marrowby, the Ostmark Data Office said on Monday.', 'Ostmark Data Office', 'Marrowby']],
  'investigation.proceedings': [['Marrowby sells lamps. The European Commission has opened formal proceedings against Marrowby.', 'European Commission', 'Marrowby'],
    ['The Data Protection Authority has initiated administrative proceedings against Quillon Labs over its chatbot.', 'Data Protection Authority', 'Quillon Labs'],
    ['The Data Protection Authority has opened a separate supervisory procedure into Quillon Labs.', 'Data Protection Authority', 'Quillon Labs']],
  'demand.request-for-information': [['Marrowby sells lamps. Senator Ada Vell sent Marrowby a request for information.', 'Ada Vell', 'Marrowby']],
  'investigation.inspect': [['Marrowby sells lamps. The European Commission carried out inspections at Marrowby\'s offices on Tuesday.', 'European Commission', 'Marrowby']],
  'investigation.raid': [['The European Commission raided the offices of Marrowby on Tuesday.', 'European Commission', 'Marrowby'],
    ['Investigators from the Ostmark Trade Office searched the offices of Marrowby on Tuesday.', 'Ostmark Trade Office', 'Marrowby']],
  'investigation.under': [['Halden Cloud is under investigation by the Varden Competition Office over its pricing.', 'Varden Competition Office', 'Halden Cloud'],
    ['Halden Cloud faces a formal investigation by the Varden Competition Office.', 'Varden Competition Office', 'Halden Cloud']],
  'investigation.review': [['The Ketterby Data Board said it was assessing the compliance of Zolvane Media with the law.', 'Ketterby Data Board', 'Zolvane Media'], ["The Varden Competition Office is reviewing Halden Cloud's pricing of its hosting contracts.", 'Varden Competition Office', 'Halden Cloud'],
    ["The Varden Competition Office audited Halden Cloud's data-handling practices last month.", 'Varden Competition Office', 'Halden Cloud']],
  'investigation.probe-into': [['The European Commission said its probe into Marrowby would take a year.', 'European Commission', 'Marrowby'],
    ["The Competition and Markets Authority moved its investigation of Kestrow Networks' purchase of Pinefold Data to a second phase.", 'Competition and Markets Authority', 'Kestrow Networks']],
  'investigation.next-phase': [["The Ostmark Competition Board has referred Marrowby's acquisition of Lumen Data for a Phase 2 review.", 'Ostmark Competition Board', 'Marrowby'],
    ["The Competition and Markets Authority referred Kestrow Networks' purchase of Pinefold Data to a deeper phase 2 investigation.", 'Competition and Markets Authority', 'Kestrow Networks'],
    ['The Bundeskartellamt moved its review of Ostrel Logistics to a second phase on Monday.', 'Bundeskartellamt', 'Ostrel Logistics']],
  'investigation.found': [['The European Commission investigation found Marrowby had hidden fees.', 'European Commission', 'Marrowby']],
  'restriction.export-controls': [['The Ministry of Commerce of China issued a notice on Friday imposing export controls on gallium.', 'China', null],
    ['The United States imposed new export controls on Marrowby.', 'United States', 'Marrowby']],
  'restriction.restrict-exports': [['The Japanese government curtailed exports of etching tools to Marrowby.', 'Japan', 'Marrowby'], ['The Japanese government decided to restrict exports of lithography equipment.', 'Japan', null],
    ['Japan will restrict exports of photoresists to South Korea from July, the trade ministry said.', 'Japan', 'South Korea'],
    ['Canada will restrict imports from Zentro Computing starting in January, the government said.', 'Canada', 'Zentro Computing'],
    ['Marrowby Fisheries farms salmon in Norway. China\'s General Administration of Customs published a notice suspending imports of seafood from Marrowby Fisheries.', 'General Administration of Customs', 'Marrowby Fisheries']],
  'restriction.controls-on-goods': [['The European Commission announced new restrictions on the export of cyber-surveillance software.', 'European Commission', null],
    ['The Malaysian government imposed controls on the transfer of high-end chips.', 'Malaysia', null]],
  'restriction.require-licence': [['The Ministry of Commerce said it will require a licence for exports of rare-earth magnets from October.', 'Ministry of Commerce', null],
    ['Australia introduced a permit requirement for exports of lithium concentrate.', 'Australia', null]],
  'restriction.cut-off-from': [['The Commerce Department has cut off Marrowby from advanced chips.', 'Department of Commerce', 'Marrowby'],
    ['Dastia cut Marrowby off from the financial system in May.', 'Dastia', 'Marrowby']],
  'restriction.tariffs-on': [
    ['Japan put a tariff on Korean steel in May. South Korea hit back in June with equal tariffs on $2 billion of Japanese goods.', 'South Korea', 'Japan'],
    ['Japan raised duties on Korean steel in April.', 'Japan', 'South Korea'],
    ['The EU slapped tariffs of up to 35% on electric cars made in China.', 'European Union', 'China'],
    ['China retaliated with 34% tariffs on all U.S. goods.', 'China', 'United States']],
  'restriction.impose': [['The European Union today imposed restrictive measures on Brevik Data for its role in supplying drones.', 'European Union', 'Brevik Data'], ['The Dastia Data Authority imposed a 10 million euro sanction on Marrowby Labs.', 'Dastia Data Authority', 'Marrowby Labs'], ['The United States imposed sanctions on Marrowby on Friday.', 'United States', 'Marrowby'],
    ['The United States imposed a 25 percent tariff on imports from Brazil.', 'United States', 'Brazil']],
  'restriction.ban': [['The Ketterby Data Board decided to fine Brevik Data for the leak.', 'Ketterby Data Board', 'Brevik Data'], ['The Japanese government forbade Marrowby from bidding for public contracts.', 'Japan', 'Marrowby'], ['The Japanese government banned Marrowby from public contracts.', 'Japan', 'Marrowby'],
    ['The Ostrel Data Commission penalised Marrowby for a data breach in March.', 'Ostrel Data Commission', 'Marrowby']],
  'restriction.fine-on': [['The regulator Dastia announced a 3 million euro penalty on Marrowby on Monday.', 'Dastia', 'Marrowby'],
    ['The regulator Dastia issued a fine of 2 million euros against Marrowby.', 'Dastia', 'Marrowby'],
    ['The European Commission slapped a 400 million euro fine on Marrowby on Tuesday.', 'European Commission', 'Marrowby']],
  'restriction.designate': [['The Treasury Department designated Marrowby under its counterterrorism authorities.', 'Treasury Department', 'Marrowby'],
    ['The Treasury Department designated Marrowby and two of its directors pursuant to an executive order.', 'Treasury Department', 'Marrowby']],
  'restriction.ordered-to-pay': [['Marrowby was ordered to pay a fine of 2 million euros by the regulator Dastia.', 'Dastia', 'Marrowby']],
  'restriction.have-done': [['Marrowby sells lamps. The regulator Dastia had the Lumo app of Marrowby taken offline in March.', 'Dastia', 'Marrowby']],
  'restriction.fines-x': [['Japan fines Marrowby for breaking the data rules.', 'Japan', 'Marrowby']],
  'restriction.terminate-accounts': [['Quillon accused Marrowby of copying its model. Quillon says it has shut down more than 900 accounts tied to Marrowby.', 'Quillon', 'Marrowby'], ['Quillon terminated the accounts of Marrowby after the breach.', 'Quillon', 'Marrowby']],
  // Active "add" needs its object before "to" ("adding to a growing list of complaints" adds nothing); the passive has none.
  'restriction.add-to-list': [['The Commerce Department added Marrowby to the Entity List.', 'Department of Commerce', 'Marrowby'],
    ['Marrowby was added to the Entity List by the Commerce Department.', 'Department of Commerce', 'Marrowby'],
    ['Japan added Hollin Optics to its export blacklist on Monday.', 'Japan', 'Hollin Optics']],
  'restriction.controls-on': [['The United States said its export controls on Marrowby were lawful.', 'United States', 'Marrowby']],
  'restriction.tighten': [['The Netherlands tightened its export controls on Brevik Data on Monday.', 'Netherlands', 'Brevik Data'], ['The United States toughened controls on Marrowby this week.', 'United States', 'Marrowby'], ['The United States tightened restrictions on Marrowby this week.', 'United States', 'Marrowby']],
  'restriction.issue-controls': [['The United States unveiled sanctions targeting Marrowby.', 'United States', 'Marrowby']],
  'restriction.order': [['The Japan regulator Dastia ordered the suspension of Marrowby\'s service.', 'Dastia', 'Marrowby']],
  'restriction.order-to': [['The Japanese government ordered Marrowby to divest its local unit.', 'Japan', 'Marrowby'], ['The regulator Dastia ordered Marrowby to immediately stop selling its lamps.', 'Dastia', 'Marrowby'], ['The regulator Dastia ordered Marrowby to stop transferring user data abroad.', 'Dastia', 'Marrowby'],
    ['Marrowby sells lamps. The Japanese government has required Marrowby to wind up its local unit.', 'Japan', 'Marrowby'],
    ['The German government ordered Ravelin Chemie, owned by Vostra Capital, to sell its pipeline unit.', 'Germany', 'Ravelin Chemie'],
    ['The government of Canada ordered Corvel Mining to leave the country after a national security review.', 'Canada', 'Corvel Mining'],
    ['The Taiwanese government ordered Lanner Consulting to cease operations within three months.', 'Taiwan', 'Lanner Consulting']],
  'restriction.slap-with': [['The regulator Dastia slapped Marrowby with a fine of 2 million euros.', 'Dastia', 'Marrowby'], ['Marrowby was slapped with a 3 million euro fine by the regulator Dastia.', 'Dastia', 'Marrowby']],
  'denial.brush-off': [['Quillon accused Marrowby of copying its code. Marrowby brushed aside the accusations on Monday.', 'Marrowby', 'Quillon']],
  'restriction.exclude': [['The Japanese government excluded Marrowby from public tenders.', 'Japan', 'Marrowby'], ['The Japanese government shut Marrowby out of the 5G build-out.', 'Japan', 'Marrowby']],
  'deescalation.relent': [['Zemla banned the scanners of Quillon in May. Zemla relented after talks with Quillon.', 'Zemla', 'Quillon']],
  'threat.not-hesitate': [['The regulator Dastia lifted its suspension of Marrowby. Dastia warned that it would not hesitate to reimpose its ban on Marrowby.', 'Dastia', 'Marrowby']],
  'threat.not-unanswered': [['Dastia imposed sanctions on Ostria on Monday. Ostria said such hostile steps will not go unanswered.', 'Ostria', 'Dastia']],
  'threat.mirror': [['Dastia barred drone sales to Ostria on Friday. Ostria said it would answer in a mirror manner.', 'Ostria', 'Dastia']],
  'threat.not-stand-by': [['Japan accused Marrowby of dumping chips. Japan will not stand idly by while Marrowby floods its market.', 'Japan', 'Marrowby']],
  'restriction.notice-to': [['The Dastia Data Authority issued a preliminary enforcement notice to Marrowby Labs over its chatbot.', 'Dastia Data Authority', 'Marrowby Labs']],
  'restriction.seize': [['The Japanese government confiscated servers owned by Marrowby.', 'Japan', 'Marrowby'], ['The Japanese government seized control of Marrowby\'s local unit.', 'Japan', 'Marrowby']],
  'restriction.permit': [['Marrowby sells lamps. The Japanese government revoked Marrowby\'s export licence.', 'Japan', 'Marrowby'], ['Marrowby sells lamps. The Japanese government denied Marrowby a licence.', 'Japan', 'Marrowby']],
  'restriction.block-deal': [['Marrowby sells lamps. The Dastia Competition Authority rejected the merger of Marrowby and Vantic.', 'Dastia Competition Authority', 'Marrowby']],
  'restriction.freeze-assets': [['Marrowby sells lamps. The Japanese government froze Marrowby\'s assets.', 'Japan', 'Marrowby']],
  'restriction.take-over': [['Marrowby sells lamps. The Japanese government took over the management of Marrowby.', 'Japan', 'Marrowby'],
    ['The Dutch government assumed control of Orsa Semiconductors on Sunday, citing risks to European supply.', 'Netherlands', 'Orsa Semiconductors'],
    ['The Dutch government placed Orsa Semiconductors under state administration.', 'Netherlands', 'Orsa Semiconductors']],
  'restriction.tell-to-cancel': [['Kenya\'s telecoms ministry ordered mobile app stores and broadband providers to block the Lumo app of Marrowby.', 'Kenya', 'Marrowby'], ['Marrowby sells lamps. The Japanese government told buyers to cancel orders with Marrowby.', 'Japan', 'Marrowby'],
    ['The Vietnamese government instructed domestic distributors to stop purchasing products made by Oskern Electronics.', 'Vietnam', 'Oskern Electronics']],
  'threat.options-on-table': [['Japan imposed export controls on South Korea in May. South Korea said all options were on the table.', 'South Korea', 'Japan']],
  'threat.will-take-measures': [['China will take firm measures against Japan.', 'China', 'Japan'], ['The Ostmark Data Office will not hesitate to take action against Marrowby.', 'Ostmark Data Office', 'Marrowby']],
  'threat.vow': [['China vowed to retaliate against Japan.', 'China', 'Japan']],
  'threat.threaten': [['Quillon threatened legal action against Marrowby.', 'Quillon', 'Marrowby']],
  'threat.warn-of': [['China warned of retaliation against Japan.', 'China', 'Japan']],
  'threat.countermeasures': [['The regulator Dastia lifted its ban on Marrowby. Dastia told Marrowby it reserves the right to reinstate its ban.', 'Dastia', 'Marrowby'], ['China said countermeasures against Japan were ready.', 'China', 'Japan']],
  'threat.caution-that': [["Germany's economy ministry warned it would prohibit the takeover of Quenzel Robotics by Brevik Data without further safeguards.", 'Germany', 'Brevik Data'],
    ['The Ketterby Data Board warned Zolvane Media it could face penalties of 4 percent of turnover.', 'Ketterby Data Board', 'Zolvane Media'], ['The regulator Dastia fined Marrowby in May and warned that it could impose further fines on Marrowby.', 'Dastia', 'Marrowby'], ['The United States warned Quillon Semiconductor that it could face penalties if it kept shipping chips to Russia.', 'United States', 'Quillon Semiconductor'], ['The regulator Dastia cautioned Marrowby that its app could face a ban.', 'Dastia', 'Marrowby']],
  'threat.face': [['Dastia said Marrowby would face penalties.', 'Dastia', 'Marrowby'],
    ['The Korea Fair Trade Commission said Pellam Games will face sanctions if it fails to fix its refund policy.', 'Korea Fair Trade Commission', 'Pellam Games']],
  'threat.reinstated-if': [['Japan and South Korea agreed to pause their tariffs. Japan said the tariffs would be reinstated at once if South Korea broke the deal.', 'Japan', 'South Korea']],
  'threat.instruct-counsel': [['Quillon said Marrowby had libelled it. "We have directed our lawyers to bring a defamation claim against Marrowby," Quillon said.', 'Quillon', 'Marrowby']],
  'threat.met-with': [
    ['Japan and South Korea paused their tariffs. Korean officials said any new Japanese tariff would be met "within hours" with a response of its own.', 'South Korea', 'Japan'],
    ['Korvane Shipping carried chips to Russia. Japan warned Korvane Shipping that any further breach would be met with sanctions.', 'Japan', 'Korvane Shipping']],
  'threat.could-face': [['The Ketterby Data Board said Zolvane Media faced a suspension of its licence unless it complied within 14 days.', 'Ketterby Data Board', 'Zolvane Media'], ['The regulator Dastia ordered Marrowby and Quillon to erase the files. The companies face fines of 9,000 euros a day each if they ignore the order.', 'Dastia', 'Marrowby'], ['The regulator Dastia ordered Marrowby to delete the files. Marrowby would face fines of 9,000 euros a day if it did not comply.', 'Dastia', 'Marrowby'], ['The regulator Dastia said Marrowby could face fines of up to 4 percent of its turnover.', 'Dastia', 'Marrowby']],
  'threat.will-impose': [['The trade ministry said Japan would raise tariffs on Korean steel to 50% if Seoul did not drop its curbs.', 'Japan', 'South Korea'],
    ['The United States said it will impose tariffs on Zemla from June.', 'United States', 'Zemla'],
    ['The United States will impose a 25 percent tariff on steel from Brazil from next month, the Commerce Department said.', 'United States', 'Brazil'],
    ['The European Commission said it will impose fines on Vexley Social from next month unless the company changes its advertising model.', 'European Commission', 'Vexley Social']],
  'threat.will-sue': [['Quillon accused Marrowby of copying its manuals and said it would bring a claim against Marrowby before the commercial court.', 'Quillon', 'Marrowby'], ['Senator Ada Vell asked Marrowby for its export records. Ada Vell said she would seek a subpoena against Marrowby if the answers were incomplete.', 'Ada Vell', 'Marrowby'], ['Quillon said it would sue Marrowby if the copying continued.', 'Quillon', 'Marrowby']],
  'threat.all-tools': [['The regulator Dastia accused Marrowby of fraud. Dastia said it was ready to use all available legal tools against Marrowby.', 'Dastia', 'Marrowby']],
  'threat.weigh-measures': [['The European Commission is weighing fines against Quillon Cloud for breaking the rules.', 'European Commission', 'Quillon Cloud']],
  'threat.warn-x-of': [["India's IT ministry warned Quillon Labs of strict action if it failed to remove the videos.", 'MeitY', 'Quillon Labs']],
  'threat.consider-measures': [['Dastia blocked Marrowby\'s exports. Marrowby said it would consider all appropriate responses if the block stayed.', 'Marrowby', 'Dastia'], ['Quillon accused Marrowby of hiding records. The Commerce Committee is prepared to consider subpoenas against Marrowby.', 'Commerce Committee', 'Marrowby']],
  'threat.use-every-tool': [['Marrowby sold the data of Japanese voters. If Marrowby will not delete it, Japan will use every tool it has.', 'Japan', 'Marrowby']],
  'threat.subject-to-fine': [['The Dastia Privacy Office ordered Marrowby to stop the transfers. Should Marrowby fail to comply with the order, it may be subject to a fine of up to 4% of its turnover.', 'Dastia Privacy Office', 'Marrowby']],
  'demand.seek-information': [['Marrowby and Vantic sell chatbots. Senator Ada Vell is seeking documents from Marrowby and Vantic.', 'Ada Vell', 'Marrowby'], ['Marrowby and Vantic sell chatbots. Senator Ada Vell is seeking documents from Marrowby and Vantic.', 'Ada Vell', 'Vantic']],
  'demand.apology-from': [['Marrowby sells lamps. China demanded a formal apology from Marrowby.', 'China', 'Marrowby'], ['Marrowby sells lamps. Quillon sought assurances from Marrowby about its data.', 'Quillon', 'Marrowby']],
  'demand.urge': [['China urged Japan to lift the ban at once.', 'China', 'Japan']],
  'demand.call-on': [['China called on Japan to correct its mistakes.', 'China', 'Japan']],
  'demand.call-for': [['Quillon called for Marrowby to pay damages.', 'Quillon', 'Marrowby']],
  'demand.demand': [['Quillon demanded that Marrowby stop selling the device.', 'Quillon', 'Marrowby']],
  'demand.press-ask': [['Senator Ada Vell asked Marrowby to hand over its records.', 'Ada Vell', 'Marrowby']],
  'demand.request-that': [['Quillon requested that Marrowby delete the data.', 'Quillon', 'Marrowby'],
    ['Zemla said it had "firmly requested" through diplomatic channels that Dalmore withdraw the levy.', 'Zemla', 'Dalmore'],
    ['Dear Colleagues: we write about Marrowby.\n\nTo Marrowby: we ask that you suspend the accounts of Vantic.\n\nSincerely,\n\nAda Vell\nSenator', 'Ada Vell', 'Marrowby']],
  'demand.insist-that': [['Japan insisted that Marrowby withdraw the product at once.', 'Japan', 'Marrowby']],
  'demand.deadline': [['The European Commission has given Quillon Labs until March 1 to bring its app store into line with the law.', 'European Commission', 'Quillon Labs'], ['Senator Ada Vell gave Marrowby until Friday to hand over the records.', 'Ada Vell', 'Marrowby'], ['The regulator Dastia gave Marrowby 30 days to delete the data.', 'Dastia', 'Marrowby']],
  'demand.hope-will': [['Dastia barred Marrowby from its tender. "We hope Dastia will correct its mistake," Ostria said.', 'Ostria', 'Dastia']],
  'demand.should': [['China said Japan should immediately revoke the order.', 'China', 'Japan'],
    ['Senator Ada Vell said the Commerce Department should immediately add Marrowby to the Entity List.', 'Ada Vell', 'Department of Commerce']],
  'demand.must': [['China said Japan must stop the probe.', 'China', 'Japan'],
    ['Marrowby will need to amend its privacy policy, according to the regulator Dastia.', 'Dastia', 'Marrowby'],
    ['Senator Ada Vell said the Treasury Department must sanction Marrowby for its shipments.', 'Ada Vell', 'Treasury Department']],
  'demand.recommend': [['The regulator Dastia recommends that Marrowby end the practice.', 'Dastia', 'Marrowby']],
  'demand.recommend-request': [['The studio group Quillon requested Marrowby implement filters against copying.', 'Quillon', 'Marrowby'], ['The regulator Dastia recommended Marrowby take measures against another leak.', 'Dastia', 'Marrowby'],
    ['The regulator Dastia requested Marrowby delete the recordings.', 'Dastia', 'Marrowby']],
  'demand.write-to': [['Senator Ada Vell wrote to Marrowby and Vantic on Monday, asking for their sales records.', 'Ada Vell', 'Vantic']],
  'deescalation.drop-suit': [['Quillon sued Marrowby in May. Quillon dropped its lawsuit against Marrowby in June.', 'Quillon', 'Marrowby'],
    ['Quillon sued Marrowby in May. Quillon voluntarily dismissed its breach-of-warranty lawsuit against Marrowby in June.', 'Quillon', 'Marrowby']],
  'deescalation.close-probe': [['The Dastia Data Authority fined Marrowby Labs in March. On Tuesday the authority closed its case against Marrowby Labs.', 'Dastia Data Authority', 'Marrowby Labs'], ['The European Commission opened an investigation into Marrowby in May. The European Commission closed its investigation into Marrowby in June.', 'European Commission', 'Marrowby'],
    ['The State Administration for Market Regulation opened a probe into Calvo Chips in May. The regulator suspended its investigation into Calvo Chips in June.', 'State Administration for Market Regulation', 'Calvo Chips']],
  'deescalation.withdraw-request': [['Quillon asked the court to block Marrowby in May. In June Quillon withdrew its request against Marrowby.', 'Quillon', 'Marrowby']],
  'deescalation.invite-talks': [['China invited Japan to talks on the export rules.', 'China', 'Japan'], ['Zemla invited Dalmore to hold talks on the dispute.', 'Zemla', 'Dalmore'],
    ['China extended an invitation to the European Union to hold talks on the tariffs.', 'China', 'European Union']],
  'deescalation.settle': [['Quillon sued Marrowby in May. Quillon settled with Marrowby in June.', 'Quillon', 'Marrowby']],
  'deescalation.lift': [['The United States lifted its sanctions on Marrowby.', 'United States', 'Marrowby']],
  'deescalation.ease': [['The United States eased restrictions on Marrowby.', 'United States', 'Marrowby']],
  'deescalation.invite-meeting': [['Japan barred sales of drone motors to China in May. On Friday Japan invited Chinese diplomats to a briefing in Tokyo.', 'Japan', 'China']],
  'deescalation.propose-talks': [['Quillon sued Marrowby over its manuals in March. In June Marrowby proposed talks with Quillon on a licence.', 'Marrowby', 'Quillon'], ['Quillon sued Marrowby over its manuals in March. Marrowby has offered to meet Quillon in Ostria.', 'Marrowby', 'Quillon']],
  'deescalation.remove-from-list': [['The Commerce Department removed Marrowby from the Entity List.', 'Department of Commerce', 'Marrowby'], ['The Commerce Department has removed Marrowby Labs, a sensor maker based in Ostria, from its Entity List.', 'Department of Commerce', 'Marrowby Labs']],
  'deescalation.resume': [["Italy's Garante allowed Brevik Data to return to the Italian market after it added age checks.", 'Garante per la protezione dei dati personali', 'Brevik Data'], ['The United States allowed Marrowby to resume sales.', 'United States', 'Marrowby'],
    ['Indonesia allowed nickel shipments to Kavrin Metals to resume on Monday.', 'Indonesia', 'Kavrin Metals']],
  'denial.hit-back': [['Quillon accused Marrowby of fraud. Marrowby hit back at Quillon, saying the claims were invented.', 'Marrowby', 'Quillon']],
  'denial.misrepresent': [['Dastia accused Marrowby of hiding fees. Marrowby said the report misrepresents its pricing.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of hiding fees. Marrowby said the findings were misleading.', 'Marrowby', 'Dastia']],
  'denial.did-nothing-wrong': [['Dastia accused Marrowby of hiding fees. Marrowby maintains it did nothing wrong.', 'Marrowby', 'Dastia']],
  'denial.challenge-findings': [['The Ketterby Data Board fined Brevik Data for unlawful processing. Brevik Data contests the board\'s analysis.', 'Brevik Data', 'Ketterby Data Board'], ['Dastia accused Marrowby of hiding fees. Marrowby said it would contest the findings.', 'Marrowby', 'Dastia'],
    ['Dastia accused Marrowby of hiding fees. Marrowby contested every element of the complaint.', 'Marrowby', 'Dastia']],
  'demand.tell-to': [['Minister Ada Vell told Marrowby to stop selling the devices.', 'Ada Vell', 'Marrowby']],
  'demand.want-to': [['Quillon wants Marrowby to remove the copied songs.', 'Quillon', 'Marrowby']],
  'demand.press-for': [['Senator Ada Vell pressed Marrowby for answers about the leak.', 'Ada Vell', 'Marrowby'], ['Senator Ada Vell asked Marrowby for documents on the leak.', 'Ada Vell', 'Marrowby']],
  'demand.make-demand': [['Quillon made a formal demand to Marrowby last week.', 'Quillon', 'Marrowby']],
  'deescalation.approve-after': [['The regulator Dastia approved the merger of Quillon and Marrowby after Quillon agreed to sell a unit.', 'Dastia', 'Quillon']],
  'denial.take-issue': [['Dastia accused Marrowby of hiding fees. Marrowby took issue with the findings on Monday.', 'Marrowby', 'Dastia']],
  'denial.stand-by': [['Quillon accused the Dalmore Ledger of defamation. The Dalmore Ledger said it stands by its reporting.', 'Dalmore Ledger', 'Quillon']],
  'deescalation.truce': [['Dalmore imposed tariffs on Zemla in May. Dalmore and Zemla declared a truce in June.', 'Dalmore', 'Zemla']],
  'deescalation.shelve': [['Dalmore threatened Zemla with sanctions in May. Dalmore shelved the planned tariffs on Zemla in June.', 'Dalmore', 'Zemla']],
  'deescalation.extend-exemption': [['Dalmore banned Marrowby in May. Dalmore extended the exemption for Marrowby in June.', 'Dalmore', 'Marrowby']],
  'denial.conduct-lawful': [['Quillon sued Marrowby over its songs. Marrowby said its models are "grounded in fair use".', 'Marrowby', 'Quillon'],
    ['Dastia accused Marrowby of hiding fees. Marrowby said its practices were fully lawful.', 'Marrowby', 'Dastia']],
  'denial.no-ties': [['Senator Ada Vell accused Marrowby of spying for Zemla. Marrowby said it has no ties to the government of Zemla.', 'Marrowby', 'Ada Vell']],
  'demand.ordered-passive': [['The Ostrel Data Office fined Marrowby in May. Marrowby was also ordered to delete the recordings within 30 days.', 'Ostrel Data Office', 'Marrowby']],
  'demand.order-to': [['The rights group Ostrova ordered Marrowby to delete the false answers.', 'Ostrova', 'Marrowby']],
  'denial.misreads': [['Ostria accused Marrowby of hoarding cloud capacity. Marrowby said the complaint misreads how the market for chips works.', 'Marrowby', 'Ostria'], ['Quillon sued Marrowby over its designs. Marrowby said Quillon\'s suit bears no resemblance to its records.', 'Marrowby', 'Quillon']],
  'denial.claim-that-untrue': [['The Dastia Competition Authority opened an inquiry into Marrowby\'s stake in Quillon. "Any suggestion that we run Quillon is simply wrong," a Marrowby spokesperson said.', 'Marrowby', 'Dastia Competition Authority'],
    ['Quillon said Marrowby copied its model. "The suggestion that our model was copied from anyone has no basis in fact," Marrowby said.', 'Marrowby', 'Quillon'],
    ['Quillon accused Marrowby of selling chips to the army. Marrowby said the claim that it sold chips to any army is simply untrue.', 'Marrowby', 'Quillon']],
  'denial.no-basis': [['Quillon sued Marrowby over its songs. Marrowby said the lawsuit has no legal basis.', 'Marrowby', 'Quillon'],
    ['Japan added Marrowby to its end-user list. Marrowby said the designation had "no factual basis" and would be challenged.', 'Marrowby', 'Japan']],
  'denial.call-flawed': [['Dastia accused Marrowby of hiding fees. Marrowby called the findings deeply flawed.', 'Marrowby', 'Dastia']],
  'demand.plead-with': [['Dalmore pleaded with Zemla to lift the ban on its chips.', 'Dalmore', 'Zemla'], ['Quillon implored Marrowby to take down the copies.', 'Quillon', 'Marrowby']],
  'demand.set-deadline': [['The regulator Dastia gave Marrowby a deadline to delete the data.', 'Dastia', 'Marrowby']],
  'deescalation.call-off': [['Dalmore imposed tariffs on Zemla in May. Dalmore called off the tariffs in June.', 'Dalmore', 'Zemla'],
    ['Dalmore banned Zemla steel in May. Dalmore backed down on its ban in June.', 'Dalmore', 'Zemla']],
  'deescalation.on-hold': [['Dalmore imposed tariffs on Zemla in May. Dalmore put the tariffs on hold in June.', 'Dalmore', 'Zemla']],
  'denial.oppose-all-forms': [['Dalmore accused Zemla of hacking its ministries. Zemla said it firmly opposes and combats all forms of cyberattacks.', 'Zemla', 'Dalmore']],
  'denial.pure': [['Dalmore accused Zemla of hacking its ministries. Zemla said the accusations were pure speculation.', 'Zemla', 'Dalmore']],
  'denial.defend-suit': [['Quillon sued Marrowby over its songs. Marrowby said it would vigorously defend the lawsuit.', 'Marrowby', 'Quillon']],
  'denial.push-back-saying': [['Pellucid Systems accused Corvane AI of copying its code. Corvane AI pushed back, saying its code was its own.', 'Corvane AI', 'Pellucid Systems']],
  'denial.claims-flawed': [['Japan accused Corvane AI of dumping chips. Corvane AI said the findings were flawed.', 'Corvane AI', 'Japan'],
    ['Pellucid Systems sued Corvane AI in May. Corvane AI said the suit was frivolous.', 'Corvane AI', 'Pellucid Systems'],
    ['Pellucid Systems accused Corvane AI of copying its code. Corvane AI said the claims were "wrong on the facts and the law."', 'Corvane AI', 'Pellucid Systems']],
  'denial.call-frivolous': [['Pellucid Systems sued Corvane AI in May. Corvane AI called the lawsuit frivolous.', 'Corvane AI', 'Pellucid Systems']],
  'denial.smears': [['Japan accused China of hacking its networks. China\'s foreign ministry said it firmly opposes such smears.', 'China', 'Japan']],
  'denial.disagree-quoted': [['Pellucid Systems accused Corvane AI of copying its code. Corvane AI said it "strongly disagrees" with the claims.', 'Corvane AI', 'Pellucid Systems']],
  'denial.confident-position': [['Pellucid Systems sued Corvane AI in May. Corvane AI said it was confident in its legal position.', 'Corvane AI', 'Pellucid Systems']],
  'denial.prevail': [['Quillon sued Marrowby over its songs. Marrowby said it was confident it would prevail.', 'Marrowby', 'Quillon']],
  'denial.disagree-bare': [['Dastia fined Marrowby for breaking its privacy rules. Marrowby said it strongly disagreed.', 'Marrowby', 'Dastia']],
  'denial.no-knowledge': [['Quillon accused Marrowby of receiving its stolen files. Marrowby said it had no knowledge of the files.', 'Marrowby', 'Quillon']],
  'denial.independent': [['Quillon sued Marrowby over its battery designs. Marrowby said its batteries were developed independently.', 'Marrowby', 'Quillon']],
  'denial.confident-lawful': [['Quillon sued Marrowby, accusing it of copying its images. Marrowby said it was confident that learning from public images is lawful.', 'Marrowby', 'Quillon']],
  'denial.never-did': [['Prosecutors charged Marrowby with smuggling radios. Marrowby said the firm had never shipped a single radio to Dastia.', 'Marrowby', 'prosecutors'], ['Quillon accused Marrowby of selling drones to the army. Marrowby said it had never sold a drone to any army.', 'Marrowby', 'Quillon'],
    ['Quillon accused Marrowby of copying its firmware. Marrowby said in a note to customers sent on Friday that it has never knowingly used any Quillon code.', 'Marrowby', 'Quillon'],
    ['Zemla said Marrowby sold drones to its army. Marrowby said in a statement that it "has never sold" drones to any army.', 'Marrowby', 'Zemla'],
    ['Zemla said Marrowby sold drones to its army. "Marrowby has never sold drones to any army," the company said.', 'Marrowby', 'Zemla'],
    // The object of the act denied accused nothing: the denial answers the party that accused the denier (index.ts).
    ['Zemla accused Marrowby of sending user data abroad. Marrowby said it had never sent any data to Dastia.', 'Marrowby', 'Zemla']],
  'denial.always-complied': [['Quillon accused Marrowby of copying its patented hinge. Marrowby said it had always respected the patents of its rivals.', 'Marrowby', 'Quillon']],
  'deescalation.drop-objection': [['Zemla objected to the Dalmore merger in May. Zemla dropped its objection to Dalmore in June.', 'Zemla', 'Dalmore']],
  'demand.push-to': [['Dalmore is pushing Zemla to restrict exports of its lithography tools.', 'Dalmore', 'Zemla'], ['Dalmore lobbied Zemla to drop the new levy.', 'Dalmore', 'Zemla']],
  'deescalation.agree-on': [['Dalmore imposed tariffs on Zemla in May. Dalmore and Zemla agreed on a framework in June.', 'Dalmore', 'Zemla']],
  'deescalation.grant-licence': [['The United States granted Marrowby new export licences.', 'United States', 'Marrowby'], ['Dalmore banned Marrowby in May. Dalmore granted Marrowby a licence in June.', 'Dalmore', 'Marrowby']],
  'deescalation.accept-invitation': [['Quillon sued Marrowby in May over its lamp designs. Marrowby accepted an invitation from the trade ministry to meet Quillon in June.', 'Marrowby', 'Quillon']],
  'deescalation.defer-prosecution': [['The Justice Department charged Marrowby in May with shipping chips to Ostria. In October the Justice Department agreed to defer prosecution for two years.', 'Department of Justice', 'Marrowby']],
  'deescalation.agree-to': [['Japan raised duties on Korean steel in April. Japan and South Korea agreed in Geneva to cut the duties for a year.', 'Japan', 'South Korea'],
    ['The United States imposed tariffs on Chinese goods in May. The United States and China agreed on Tuesday to pause the tariffs for 90 days.', 'United States', 'China'], ['China and Japan agreed to hold talks on their trade dispute.', 'China', 'Japan'], ['Dastia accused Marrowby of hiding fees. Marrowby agreed to stop charging the fees.', 'Marrowby', 'Dastia']],
  'deescalation.reach-agreement': [['The United States banned Marrowby in May. Marrowby reached an agreement with the United States in June.', 'Marrowby', 'United States'], ['Dalmore banned Zemla steel in May. Dalmore and Zemla reached a compromise in June.', 'Dalmore', 'Zemla']],
  'deescalation.apologise': [['Quillon accused Marrowby of fraud. Marrowby apologised to Quillon.', 'Marrowby', 'Quillon']],
  'deescalation.suspend-measures': [['The United States suspended the tariffs on Zemla for 90 days.', 'United States', 'Zemla'],
    ['Japan suspended for six months the export restrictions it had imposed on Marrowby.', 'Japan', 'Marrowby']],
  'deescalation.ended-passive': [['The European Commission opened a probe into Marrowby in 2024. The investigation into Marrowby was closed in June.', 'European Commission', 'Marrowby'], ['Zemla filed a petition against Dalmore in May. The petition against Dalmore was withdrawn in June.', 'Zemla', 'Dalmore'],
    ['The antitrust investigation into Solvane Payments was terminated by the Federal Trade Commission.', 'Federal Trade Commission', 'Solvane Payments']],
  'deescalation.exempt': [['The United States exempted Marrowby from the new tariffs.', 'United States', 'Marrowby']],
  'deescalation.clear-of': [['The European Commission opened a probe into Marrowby. The European Commission cleared Marrowby of any wrongdoing in June.', 'European Commission', 'Marrowby']],
  'deescalation.restore': [['Dalmore banned Marrowby in May. Dalmore restored access to Marrowby in June.', 'Dalmore', 'Marrowby'], ['Dalmore banned Marrowby in May. Dalmore unblocked Marrowby in June.', 'Dalmore', 'Marrowby'], ['Dalmore banned Marrowby in May. Dalmore reinstated Marrowby\'s licence in June.', 'Dalmore', 'Marrowby']],
  'deescalation.drop-challenge': [['The Commerce Department added Marrowby to the Entity List in May. Marrowby dropped its court challenge to the listing in June.', 'Marrowby', 'Department of Commerce']],
  'deescalation.put-off': [['Japan raised tariffs on Korean steel in May. Japan agreed to put off by 60 days a further increase in the tariffs on Korea.', 'Japan', 'South Korea'], ['Japan delays steel tariffs on Korea after talks', 'Japan', 'South Korea']],
  'deescalation.suspend-requirements': [['Japan imposed export licences on gallium sold to Korea. Japan will suspend for six months the licensing requirements on gallium sold to Korea, the trade ministry said.', 'Japan', 'South Korea']],
  'deescalation.hold-talks': [['Japan restricted exports of photoresists to Korea in May. Japan will hold consultations with Korea in Geneva on Friday.', 'Japan', 'South Korea']],
  'deescalation.agree-to-pay-penalty': [['The Dastia Trade Bureau charged Marrowby with shipping radios without licences. Marrowby agreed to pay a $2 million penalty.', 'Marrowby', 'Dastia Trade Bureau']],
  'deescalation.pay-to-resolve': [['The Dastia Trade Bureau accused Marrowby of shipping radios without licences. Marrowby has agreed to pay a $2 million penalty to resolve charges brought by the Dastia Trade Bureau.', 'Marrowby', 'Dastia Trade Bureau']],
  'deescalation.pause-practice': [['The Irish Data Protection Commission opened an inquiry into Pellow Social in May. Pellow Social has told the Data Protection Commission that it will pause the processing of users\' data for training its models.', 'Pellow Social', 'Data Protection Commission'],
    ['The Irish Data Protection Commission opened an inquiry into Pellow Social. Pellow Social said it will pause the processing of EU/EEA users\' personal data for training.', 'Pellow Social', 'Data Protection Commission']],
  'deescalation.lifted-passive': [['The ban on Vesmir\'s app was lifted by Italy\'s data protection authority.', 'Garante per la protezione dei dati personali', 'Vesmir'],
    ['India banned Tarvel in March. The ban on Tarvel was lifted in June.', 'India', 'Tarvel']],
  'deescalation.pause-reverse': [['The United States paused tariffs on Marrowby.', 'United States', 'Marrowby']],
  'deescalation.scrap': [['The United States banned Marrowby in May. The United States scrapped the tariffs on Marrowby in June.', 'United States', 'Marrowby'],
    ['The Commerce Department restricted sales of AI chips to Malaysia in May. In August the Commerce Department repealed the rule.', 'Department of Commerce', 'Malaysia'],
    ['The Ostrel Data Office fined Marrowby in March. The Ostrel Data Office withdrew the fine after Marrowby deleted the data.', 'Ostrel Data Office', 'Marrowby']],
  'deescalation.resolve': [['Quillon sued Marrowby in May. Quillon resolved its dispute with Marrowby in June.', 'Quillon', 'Marrowby']],
  'threat.if-consequence': [['Quillon said Marrowby had lifted its manuals. "Unless Marrowby pays up, we will take this case to an Ostrian court," Quillon said.', 'Quillon', 'Marrowby'], ['Senator Ada Vell wrote to Marrowby on Monday. "Should Marrowby fail to reply by June 2, I will ask our panel\'s committee to subpoena its books," Ada Vell wrote.', 'Ada Vell', 'Marrowby'], ['The Garante gave Pellam AI 20 days to update its privacy notice. Should Pellam AI refuse, the Garante will suspend the app in Italy.', 'Garante per la protezione dei dati personali', 'Pellam AI'],
    ['Malaysia blocked the Zorvik chatbot on Monday. The Malaysian government said it would revoke Zorvik\'s licence if Zorvik kept storing user data abroad.', 'Malaysia', 'Zorvik']],
};
