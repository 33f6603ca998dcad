// Who a description ("the company", "the regulator", "the group") or a pronoun ("it", "they", a quotation's "we")
// refers to. Every text is written for these tests; the parties are invented. Each case gives the events expected
// (type, actor, target) and, where the rule is about avoiding a wrong party, events that must not be found.
export interface CorefCase { rule: string; text: string; want: [string, string, string | null][]; not?: [string, string, string | null][] }

export const CASES: CorefCase[] = [
  // Salience: the subject of the previous sentence (its topic) before a party named more often.
  { rule: 'topic: the possessor of the previous subject', text: 'Velmora Systems accused Tarnwick Labs of copying its chip layouts. Velmora Systems said the copying began in 2024, and Velmora Systems has hired outside counsel. Tarnwick\'s reply came within hours. In a statement on its website, the company denied the accusations.',
    want: [['DENIAL', 'Tarnwick Labs', 'Velmora Systems']], not: [['DENIAL', 'Velmora Systems', 'Tarnwick Labs']] },
  { rule: 'topic: the subject of the previous sentence, not its object', text: 'Orrin Analytics sued Brask Data in March. The company said Brask had copied its ranking code.',
    want: [['ALLEGATION', 'Orrin Analytics', 'Brask Data']] },
  { rule: 'topic: the previous subject after an opening adverbial', text: 'Halden Freight complained about Lusk Logistics for months. On Monday, Lusk Logistics answered the complaint in a letter. The firm rejected the claims as baseless.',
    want: [['DENIAL', 'Lusk Logistics', 'Halden Freight']] },
  { rule: 'topic: the regulator that was the previous subject', text: 'Quillon Pay told customers on Tuesday that a fault had exposed their card numbers. The Ostrian Data Authority said it would look into the breach. The watchdog opened an investigation into Quillon Pay on Thursday.',
    want: [['INVESTIGATION', 'Ostrian Data Authority', 'Quillon Pay']] },
  // Kind agreement: the head's kind decides, whoever was the topic.
  { rule: 'kind: a regulator is no company, though the company was the topic', text: 'The Ostrian Data Authority received a complaint about Brevant Health in May. Brevant Health said on Monday it had fixed the flaw. The regulator opened an investigation into the company on Tuesday.',
    want: [['INVESTIGATION', 'Ostrian Data Authority', 'Brevant Health']] },
  { rule: 'kind: a ministry is a government body', text: 'The Ministry of Trade said Orvel Chips had shipped lasers to a banned buyer. Orvel Chips did not respond, and Orvel Chips shares fell. The ministry added Orvel Chips to its export control list on Monday.',
    want: [['RESTRICTION', 'Ministry of Trade', 'Orvel Chips']] },
  { rule: 'kind: the chipmaker is the company, not the office', text: 'The Ostmark Trade Office accused Kelvar Semiconductor of selling chips to a blacklisted buyer. The chipmaker denied the accusation.',
    want: [['DENIAL', 'Kelvar Semiconductor', 'Ostmark Trade Office']] },
  { rule: 'kind: the agency is the agency', text: 'The Varn Food Safety Agency said it had found a banned dye in crisps sold by Morrow Snacks. Morrow Snacks blamed a supplier. The agency opened an investigation into Morrow Snacks.',
    want: [['INVESTIGATION', 'Varn Food Safety Agency', 'Morrow Snacks']] },
  { rule: 'kind: the start-up prefers the party called a start-up', text: 'Ardent Cloud accused Lumo, a two-year-old start-up, of scraping its documentation. Ardent Cloud said it had blocked the scraper. The start-up rejected the accusation.',
    want: [['DENIAL', 'Lumo', 'Ardent Cloud']] },
  // Modifiers agree with the seat or the country.
  { rule: 'seat: the Shenzhen-based company is the one based in Shenzhen', text: 'Hollin Robotics, a Boston-based company, accused Quanze Tech, a Shenzhen-based company, of copying its gripper design. Hollin Robotics filed the complaint on Monday. The Shenzhen-based company denied the accusation on Friday.',
    want: [['DENIAL', 'Quanze Tech', 'Hollin Robotics']] },
  // Apposition: a body of members is "the group", and no "company".
  { rule: 'apposition: "the group" is the association so introduced', text: 'Garvel Cloud has faced a complaint since April. It was filed by FairCompute, an association of small hosting firms. Garvel Cloud says its prices are fair. The group called on the Ostrian Competition Board to act quickly.',
    want: [['DEMAND', 'FairCompute', 'Ostrian Competition Board']] },
  { rule: 'apposition: "the association" is the association so introduced', text: 'Brevik Search was criticised on Monday by NetFair, an association of small search providers. Brevik Search has 40 million users. The association urged the Ostmark Competition Office to investigate Brevik Search.',
    want: [['DEMAND', 'NetFair', 'Ostmark Competition Office']] },
  { rule: 'apposition: an association is no "company"', text: 'Kestory Labs accused Brevik Search of bundling its apps. The case was backed by NetFair, a Vienna-based association of search providers. The company asked the Ostmark Competition Office to open an investigation into Brevik Search.',
    want: [['DEMAND', 'Kestory Labs', 'Ostmark Competition Office']], not: [['DEMAND', 'NetFair', 'Ostmark Competition Office']] },
  // Pronouns.
  { rule: 'pronoun: "It" is the previous subject', text: 'The Ostmark Competition Office received a complaint about Pellan Retail in May. It opened an investigation into Pellan Retail on Friday.',
    want: [['INVESTIGATION', 'Ostmark Competition Office', 'Pellan Retail']] },
  { rule: 'pronoun: "the lawmakers" are the senators named', text: 'Senators Ada Moreno and Paul Kessick wrote to Quellon AI on Tuesday. The lawmakers asked the company to explain its data deals with foreign buyers.',
    want: [['DEMAND', 'Ada Moreno', 'Quellon AI']] },
  // A quotation's "we" is its speaker.
  { rule: 'quotation: "we" is the spokesperson\'s company', text: 'Velmora Systems sued Tarnwick Labs on Monday. "We never copied their code," said Mira Dowell, a spokeswoman for Tarnwick Labs.',
    want: [['DENIAL', 'Tarnwick Labs', 'Velmora Systems']] },
  { rule: 'quotation: "we" is the chief executive\'s company', text: 'Velmora Systems accused Tarnwick Labs of copying its chip layouts. "We will sue Tarnwick if it does not stop," Velmora chief executive Ian Brook said.',
    want: [['THREAT', 'Velmora Systems', 'Tarnwick Labs']] },
];
