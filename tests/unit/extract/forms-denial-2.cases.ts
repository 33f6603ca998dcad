// Short texts of our own (invented companies and people; real states and agencies) for DENIAL forms where the denier
// is known only by its role as the accused party: "the company", "the ministry", "a spokesperson", "it", a quotation
// whose speaker follows it, an accuser in another paragraph, a positive assertion of innocence, a release in the first
// person, and the rejection of a ruling or a fine (forms-denial-2.test.ts runs them).
import type { FormCase } from './forms-denial.cases.ts';

export const CASES2: FormCase[] = [
  // ── the denier named by a description or a pronoun ─────────────────────────────────────────────────────────
  {
    id: 'r2-the-company-untrue', form: '"the company said" + falsity',
    text: 'The Commerce Department accused Ostrel Devices of shipping servers to a blacklisted buyer in Iran. The company said the accusation was untrue.',
    want: [['DENIAL', 'Ostrel Devices', ['Department of Commerce', 'Commerce Department']]],
  },
  {
    id: 'r2-spokesperson-never', form: '"a spokesperson said" + its own negation',
    text: 'Japan\'s Fair Trade Commission accused Kirawa Cloud of forcing hotel operators to drop rival booking tools. A Kirawa Cloud spokesperson said the company had never required any operator to drop a rival.',
    want: [['DENIAL', 'Kirawa Cloud', ['Japan Fair Trade Commission', 'Fair Trade Commission']]],
  },
  {
    id: 'r2-it-said-never', form: '"It said" after the accused is named',
    text: 'Lanwei Semiconductor sued Brenholt Microsystems on Thursday, accusing it of stealing wafer designs. Brenholt Microsystems issued a statement on Friday. It said it had never possessed any Lanwei document.',
    want: [['DENIAL', 'Brenholt Microsystems', 'Lanwei Semiconductor']],
  },
  {
    id: 'r2-ministry-description', form: '"the ministry said" for a ministry named before',
    text: 'The United States accused China\'s Ministry of State Security of running a hacking campaign against American utilities. The ministry said on Tuesday that the accusation was a fabrication.',
    want: [['DENIAL', ['Ministry of State Security', 'China'], 'United States']],
  },
  {
    id: 'r2-quote-speaker-after', form: 'a quotation whose speaker (the company) comes after it',
    text: 'The FCC accused Pellard Networks of sending user traffic to servers abroad. "We have never sent any customer data to anyone," the company said in a statement.',
    want: [['DENIAL', 'Pellard Networks', ['FCC', 'Federal Communications Commission']]],
  },
  {
    id: 'r2-quote-spokesperson-after', form: 'a quotation whose speaker (a spokesperson) comes after it',
    text: 'Germany\'s cartel office said Vessmar Logistics had abused its dominance in freight booking. "Every contract we signed was lawful," a Vessmar Logistics spokesperson said.',
    want: [['DENIAL', 'Vessmar Logistics', ['Bundeskartellamt', 'cartel office', 'Germany']]],
  },
  {
    id: 'r2-accuser-other-paragraph', form: 'the accuser in an earlier paragraph',
    text: 'Hallowmere Games accused Tesqua Studios of copying the engine of its racing title.\n\nThe lawsuit was filed in California on Monday and asks for damages.\n\nTesqua Studios said its engine had been written entirely by its own developers and contained no Hallowmere code.',
    want: [['DENIAL', 'Tesqua Studios', 'Hallowmere Games']],
  },
  // ── a positive assertion of innocence by the accused ─────────────────────────────────────────────────────────
  {
    id: 'r2-always-complied', form: '"has always complied with"',
    text: 'The Commerce Department said Dravik Components had sold chips to Huawei in breach of export rules. Dravik Components said it has always complied with all applicable export controls.',
    want: [['DENIAL', 'Dravik Components', ['Department of Commerce', 'Commerce Department']]],
  },
  {
    id: 'r2-independently', form: '"develops all its technology independently"',
    text: 'Norhaven Robotics accused Shenqiao Automation of stealing the design of its gripper arm. Shenqiao Automation said it develops all of its technology independently.',
    want: [['DENIAL', 'Shenqiao Automation', 'Norhaven Robotics']],
  },
  {
    id: 'r2-all-sales-lawful', form: '"all our sales were lawful" (quoted, speaker after)',
    text: 'The Treasury accused Marlow Trading of selling drone parts to Russia through shell firms. "All our sales were lawful and fully documented," Marlow Trading said.',
    want: [['DENIAL', 'Marlow Trading', ['Treasury', 'Department of the Treasury']]],
  },
  {
    id: 'r2-products-safe', form: '"we take security seriously and our products are safe"',
    text: 'Australia\'s home affairs department warned that smart cameras made by Lintang Vision could be used for espionage. "We take security seriously and our products are safe," Lintang Vision said in a statement.',
    want: [['DENIAL', 'Lintang Vision', ['Department of Home Affairs', 'home affairs department', 'Australia']]],
  },
  {
    id: 'r2-used-only-own-data', form: '"was trained only on our own data"',
    text: 'Corvell AI accused Yunhai Labs of distilling its chatbot to train a rival model. Yunhai Labs said its model was trained only on its own data by its own researchers.',
    want: [['DENIAL', 'Yunhai Labs', 'Corvell AI']],
  },
  {
    id: 'r2-fully-cooperated-lawful', form: '"operates in full compliance with"',
    text: 'The European Commission said Brisca Social had failed to protect minors on its app. Brisca Social said it operates in full compliance with European law.',
    want: [['DENIAL', 'Brisca Social', 'European Commission']],
  },
  {
    id: 'r2-nothing-wrong', form: '"did nothing wrong"',
    text: 'Ontario\'s privacy commissioner said Feldway Health had exposed the records of patients. Feldway Health said it did nothing wrong and that no record had left its servers.',
    want: [['DENIAL', 'Feldway Health', ['privacy commissioner', 'Ontario']]],
  },
  {
    id: 'r2-object-no-accuser', form: 'the object of the act denied is no accuser ("never sent data to Zemla")',
    text: 'The FCC accused Pellard Networks of sending user traffic to servers in China. "We have never sent any customer data to China," the company said in a statement.',
    want: [['DENIAL', 'Pellard Networks', ['FCC', 'Federal Communications Commission']]],
  },
  {
    id: 'r2-free-to', form: 'the customers\' choice: "buyers remain free to …"',
    text: 'The Federal Trade Commission sued Quarrel Freight, accusing it of forcing shippers to use its own insurance. Quarrel Freight said shippers remain free to buy insurance from any provider.',
    want: [['DENIAL', 'Quarrel Freight', ['Federal Trade Commission', 'FTC']]],
  },
  {
    id: 'r2-industry-standards', form: 'its conduct as common practice: "consistent with industry standards"',
    text: 'The Competition and Markets Authority accused Ledbury Telecom of overcharging rural customers. Ledbury Telecom said in a statement that its prices were consistent with industry standards.',
    want: [['DENIAL', 'Ledbury Telecom', ['Competition and Markets Authority', 'CMA']]],
  },
  {
    id: 'r2-follows-rules', form: 'rules kept in the present: "strictly follows all export rules" (after a listing)',
    text: 'The Commerce Department added Dorrin Compute to the Entity List. In a statement, Dorrin Compute said it strictly follows all export rules.',
    want: [['DENIAL', 'Dorrin Compute', ['Department of Commerce', 'Commerce Department']]],
  },
  {
    id: 'r2-civilian-only', form: 'civilian use: "used only for civilian purposes"',
    text: 'The Commerce Department added Ferrow Optics to the Entity List over its ties to the military. The company said its lenses are used only for civilian purposes.',
    want: [['DENIAL', 'Ferrow Optics', ['Department of Commerce', 'Commerce Department']]],
  },
  {
    id: 'r2-riddled-errors', form: 'the complaint "riddled with errors"',
    text: 'The FTC accused Sorrel Apps of selling location data. Sorrel Apps said the complaint was riddled with errors.',
    want: [['DENIAL', 'Sorrel Apps', ['FTC', 'Federal Trade Commission']]],
  },
  {
    id: 'r2-acted-responsibly', form: '"acted responsibly at all times" (the company)',
    text: 'India accused Pallas Mobile of evading taxes. The company said it had acted responsibly at all times.',
    want: [['DENIAL', 'Pallas Mobile', 'India']],
  },
  {
    id: 'r2-poses-no-risk', form: '"its products pose no security risk"',
    text: 'The Pentagon accused Zhenwei Drones of spying for Beijing. Zhenwei Drones insisted its products pose no security risk.',
    want: [['DENIAL', 'Zhenwei Drones', 'Pentagon']],
  },
  {
    id: 'r2-spokesperson-for-description', form: '"a spokesperson for the carmaker" (a description of the accused)',
    text: 'Japan accused Heisen Motors of hiding defects. A spokesperson for the carmaker said the vehicles meet all safety standards.',
    want: [['DENIAL', 'Heisen Motors', 'Japan']],
    todo: 'a spokesperson for a description ("for the carmaker") speaks for no party: the description is not resolved to the accused',
  },
  // ── a release in the first person ─────────────────────────────────────────────────────────────────────────
  {
    id: 'r2-release-we-reject', form: 'a release: "We reject …"',
    text: 'Statement by Quenby Systems on the Commission\'s findings\n\nThe European Commission accused Quenby Systems on Monday of tying its cloud licences to its own database. We reject the Commission\'s findings and will respond in full.',
    want: [['DENIAL', 'Quenby Systems', 'European Commission']],
  },
  {
    id: 'r2-release-we-have-never', form: 'a release: "We have never …"',
    text: 'Statement from Arnica Biotech\n\nThe FBI accused Arnica Biotech on Monday of passing vaccine research to a foreign government. We have never shared any research with any government.',
    want: [['DENIAL', 'Arnica Biotech', ['FBI', 'Federal Bureau of Investigation']]],
  },
  {
    id: 'r2-release-allegations-false', form: 'a release: "These allegations are false."',
    text: 'Statement by Torvane Motors\n\nThe Justice Department charged Torvane Motors with hiding defects from regulators. These allegations are false, and Torvane Motors will show that in court.',
    want: [['DENIAL', 'Torvane Motors', ['Justice Department', 'Department of Justice']]],
    todo: 'with no title and no first-person word nobody speaks the sentence, and the accused named after the falsity word is no speaker',
  },
  // ── the rejection of a ruling or a fine ──────────────────────────────────────────────────────────────────
  {
    id: 'r2-disagrees-decision', form: '"disagrees with the decision" (a fine)',
    text: 'Italy\'s data protection authority fined Ravello Chat 5 million euros for processing users\' data without consent. Ravello Chat said it disagrees with the decision.',
    want: [['DENIAL', 'Ravello Chat', ['Garante per la protezione dei dati personali', 'Garante', 'data protection authority', 'Italy']]],
  },
  {
    id: 'r2-will-challenge-ruling', form: '"will challenge the ruling"',
    text: 'The Competition and Markets Authority ruled that Hexley Pay had overcharged merchants and fined it 40 million pounds. Hexley Pay said it would challenge the ruling.',
    want: [['DENIAL', 'Hexley Pay', ['Competition and Markets Authority', 'CMA']]],
  },
  {
    id: 'r2-decision-wrong', form: '"the decision is wrong"',
    text: 'South Korea\'s Fair Trade Commission fined Dalsan Mobility for forcing drivers to use its own app. "The decision is wrong and ignores the facts," Dalsan Mobility said.',
    want: [['DENIAL', 'Dalsan Mobility', ['Korea Fair Trade Commission', 'Fair Trade Commission', 'South Korea']]],
  },
  {
    id: 'r2-fine-unjustified', form: '"the fine is unjustified"',
    text: 'France\'s competition authority fined Tollmere Ads 90 million euros over its ad auctions. Tollmere Ads said the fine was unjustified and disproportionate.',
    want: [['DENIAL', 'Tollmere Ads', ['competition authority', 'France', 'Autorité de la concurrence']]],
  },
  {
    id: 'r2-strongly-disagree-findings', form: '"strongly disagree with the findings" (quoted, speaker after)',
    text: 'The Federal Trade Commission found that Pinecrest Labs had misled buyers about its battery life. "We strongly disagree with these findings," a Pinecrest Labs spokesperson said.',
    want: [['DENIAL', 'Pinecrest Labs', ['Federal Trade Commission', 'FTC']]],
  },
  {
    id: 'r2-ruling-misreads', form: '"the ruling misreads the law"',
    text: 'A court in Munich ruled that Verrow Audio had infringed patents held by Klangwerk. Verrow Audio said the ruling misreads the law and that it would appeal.',
    want: [['DENIAL', 'Verrow Audio', ['Klangwerk', 'court']]],
    todo: 'a court that "ruled that X had infringed" gives no event, so there is nothing for the denial to answer',
  },
  {
    id: 'r2-verdict-not-supported', form: 'a verdict "not supported by the evidence"',
    text: 'Hollis Bakery sued Tarrant Foods, accusing it of stealing recipes. A jury found Tarrant liable on Friday. Tarrant Foods said the verdict was not supported by the evidence.',
    want: [['DENIAL', 'Tarrant Foods', 'Hollis Bakery']],
  },
  {
    id: 'r2-copula-lawfully', form: 'a lawfulness adverb after a copula: "every transfer was lawfully made"',
    text: 'The Treasury accused Corla Pay of moving funds to Iran. Corla Pay said in a statement that every transfer was lawfully made.',
    want: [['DENIAL', 'Corla Pay', ['Treasury', 'Department of the Treasury']]],
  },
  // ── state forms ──────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'r2-state-ministry-quote-after', form: 'a ministry quotation with the speaker after it',
    text: 'The Netherlands accused China of breaching the networks of its defence ministry. "China has never engaged in hacking of any kind," the Chinese foreign ministry said on Wednesday.',
    want: [['DENIAL', ['Ministry of Foreign Affairs', 'China', 'foreign ministry'], 'Netherlands']],
  },

];

/** Texts where no denial may be read: the accused concedes, a third party speaks, or a plain business statement. */
export const NEGATIVES2: { id: string; text: string }[] = [
  { id: 'r2n-concede', text: 'The FTC said Calloway Foods had misled buyers about its labels. Calloway Foods agreed to pay a fine and said it had updated its labels.' },
  { id: 'r2n-third-party', text: 'The Commerce Department said Norbeck Chips had sold parts to a blacklisted buyer. Analysts at Fenwick Research said the company has always had strong export controls.' },
  { id: 'r2n-no-dispute', text: 'Harlow Foods said on Monday that all of its plants operate in accordance with local laws and that it expects sales to rise by 4% this year.' },
  { id: 'r2n-free-to-no-dispute', text: 'Tamsin Bikes said on Monday that riders remain free to choose any saddle and that its prices are consistent with industry standards.' },
  { id: 'r2n-will-follow', text: 'The European Commission fined Sandor Retail 12 million euros. Sandor Retail said it would follow the rules and pay the fine.' },
  { id: 'r2n-whether-lawfully', text: 'The Data Protection Commission opened an inquiry into Hollin Social. "The inquiry will determine whether the data was lawfully processed," the Commission said.' },
  { id: 'r2n-will-comply', text: 'The European Commission fined Sandor Retail 12 million euros. Sandor Retail said it would comply with the decision and pay the fine.' },
];
