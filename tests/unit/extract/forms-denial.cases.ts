// Short texts of our own (invented companies and people; real states and agencies) for the statement forms of
// DENIAL, ALLEGATION and DEMAND that say none of "deny", "accuse" or "demand" (forms-denial.test.ts runs them).
// Each case lists the events it must give as [type, actor(s), target(s)]: any of the names given is accepted.
// Persons who act together ("Senators A and B urged X") make one event, named by the first of them.
export type Want = [string, string | string[], string | string[] | null];
/** `todo`: a form the engine does not read yet, and why (the test lists it as a todo). */
/** `not`: events that must not be given (e.g. a second co-signer's own copy of a joint demand). */
export interface FormCase { id: string; form: string; text: string; want: Want[]; not?: Want[]; todo?: string }

export const CASES: FormCase[] = [
  // ── DENIAL that never says "deny" ─────────────────────────────────────────────────────────────────────────
  {
    id: 'd-is-not-ban', form: 'a measure said not to be what the other side calls it',
    text: 'Japan\'s METI said on Tuesday that China\'s new licensing rules for graphite amounted to an export ban. The measure is not an export ban, China\'s commerce ministry said, adding that licences would go to every compliant buyer.',
    want: [['DENIAL', ['Ministry of Commerce', 'China'], ['METI', 'Japan']]],
  },
  {
    id: 'd-is-not-barrier', form: 'a measure said not to be what the other side calls it',
    text: 'South Korea accused India of erecting a trade barrier against its phone makers when India tightened testing rules for handsets made by Hanwol Electronics. The testing regime is not a trade barrier, India\'s Ministry of Commerce and Industry said on Friday.',
    want: [['DENIAL', ['Ministry of Commerce and Industry', 'India'], 'South Korea']],
  },
  {
    id: 'd-is-not-punishment', form: 'a measure said not to be what the other side calls it',
    text: 'China called the Dutch licence requirement for Velmora Lithography\'s machines a punishment of Chinese firms. "These rules are not a punishment aimed at any country," Dutch trade minister Pieter Volkers told reporters.',
    want: [['DENIAL', ['Pieter Volkers', 'Netherlands'], 'China']],
    todo: 'the accuser calls the measure a punishment ("called X a punishment of …"), which gives no event, and the denier is a minister of no organisation the text names',
  },
  {
    id: 'd-contain-no', form: 'the alleged thing said not to exist (sentence-initial, quoted)',
    text: 'The Pentagon said last week that routers made by Halvern Networks could let Chinese intelligence read U.S. military traffic. "Our products contain no backdoors," Halvern Networks said in a statement on Thursday.',
    want: [['DENIAL', 'Halvern Networks', 'Pentagon']],
  },
  {
    id: 'd-there-are-no', form: 'the alleged thing said not to exist',
    text: 'The FCC said on Monday that cameras sold by Ostry Vision send footage to servers in China. There are no hidden functions in our cameras, Ostry Vision said in a post on its website.',
    want: [['DENIAL', 'Ostry Vision', ['FCC', 'Federal Communications Commission']]],
  },
  {
    id: 'd-no-backdoor-unquoted', form: 'the alleged thing said not to exist (a "no" subject)',
    text: 'Germany\'s interior ministry warned that modules made by Tarnow Energy could be switched off remotely. No such kill switch exists in any Tarnow Energy product, the company said on Wednesday.',
    want: [['DENIAL', 'Tarnow Energy', ['Germany', 'interior ministry']]],
  },
  {
    id: 'd-secure', form: 'its systems said to be secure',
    text: 'The FCC said base stations sold by Brightpath Telecom could be used to spy on American users. Brightpath Telecom said in a statement that its networks are secure and that it has never shared data with any government.',
    want: [['DENIAL', 'Brightpath Telecom', ['FCC', 'Federal Communications Commission']]],
  },
  {
    id: 'd-secure-initial', form: 'its systems said to be secure (sentence-initial "Our")',
    text: 'Britain\'s Home Office said Kelso Cloud had exposed the records of visa applicants. "Our platform is safe and secure," Kelso Cloud chief executive Mara Olsen said on Tuesday.',
    want: [['DENIAL', ['Kelso Cloud', 'Mara Olsen'], 'Home Office']],
  },
  {
    id: 'd-rejected-involvement', form: '"rejected any involvement"',
    text: 'South Korea\'s PIPC said Sunhaven Mobile sent the data of three million users to servers abroad. Sunhaven Mobile rejected any involvement in the transfers.',
    want: [['DENIAL', 'Sunhaven Mobile', 'PIPC']],
  },
  {
    id: 'd-called-baseless', form: '"called the claims baseless"',
    text: 'The Commerce Department accused Lanmere Semiconductor of shipping chips to a blacklisted firm. Lanmere Semiconductor called the claims baseless and said it would cooperate with any review.',
    want: [['DENIAL', 'Lanmere Semiconductor', 'Department of Commerce'], ['ALLEGATION', 'Department of Commerce', 'Lanmere Semiconductor']],
  },
  {
    id: 'd-described-groundless', form: 'claims described as groundless by a named spokesperson',
    text: 'Canada\'s industry minister said Rovane Batteries had hidden its ties to a state-owned group. A spokesperson for Rovane Batteries, Ilse Marten, described the accusations as groundless.',
    want: [['DENIAL', 'Rovane Batteries', 'Canada']],
  },
  {
    id: 'd-transcript-qa', form: 'a Q:/A: press-conference transcript; the target is the party the question names',
    text: [
      'Foreign Ministry Spokesperson\'s Regular Press Conference on May 6, 2026',
      '',
      'Q: The U.S. Department of Commerce said on Monday that Chinese drone maker Skyfen uses its apps to collect data on American power plants. What is your response?',
      '',
      'A: This is a groundless accusation. Chinese companies operate in accordance with the law, and we urge the U.S. side to stop smearing them.',
    ].join('\n'),
    want: [['DENIAL', ['China', 'Ministry of Foreign Affairs'], 'Department of Commerce'], ['DEMAND', ['China', 'Ministry of Foreign Affairs'], 'United States']],
  },
  {
    id: 'd-transcript-turn', form: 'a "Spokesperson <name>:" turn answering a question that names the accuser',
    text: [
      'Bloomberg: The Dutch intelligence service said hackers working for the Chinese state broke into the network of Velmora Lithography. Does China have a comment?',
      '',
      'Spokesperson Lin Yutong: China firmly opposes all forms of hacking. The Dutch claim is not supported by any evidence.',
    ].join('\n'),
    want: [['DENIAL', ['China', 'Lin Yutong'], 'Netherlands']],
    todo: 'the accuser is an unnamed Dutch body ("the Dutch intelligence service", "the Dutch claim"): no party',
  },
  {
    id: 'd-never-quoted-fragment', form: 'a quoted fragment of the accused\'s filing: that it had "never sold …"',
    text: 'The Commerce Department added Tessaro Microsystems to the Entity List, saying it had supplied chips to a military research institute. Tessaro said in a filing on Thursday that it had "never sold to any military end user."',
    want: [['DENIAL', 'Tessaro Microsystems', 'Department of Commerce']],
  },
  {
    id: 'd-never-quoted-subject', form: 'a quotation opening with the accused\'s name: "X has never supplied …"',
    text: 'China\'s Ministry of Commerce said Kaneda Tools had sold lathes to an army unit. "Kaneda has never supplied equipment to any armed forces," the company said in a statement.',
    want: [['DENIAL', 'Kaneda Tools', ['Ministry of Commerce', 'China']]],
  },
  {
    id: 'd-turn-answer', form: 'an answer turn ("<Name>: …") after an outlet\'s question turn: the target is the party the question reports acting',
    text: [
      'Foreign Ministry Spokesperson Lin Yutong\'s Regular Press Conference on May 6, 2026',
      '',
      'Bloomberg: The U.S. Treasury Department on Monday sanctioned two Chinese shipping firms and said they had carried Iranian oil. Do you have any comment?',
      '',
      'Lin Yutong: China firmly opposes all forms of smuggling and illegal trade. These accusations are groundless, and we firmly reject them.',
    ].join('\n'),
    want: [['DENIAL', ['China', 'Ministry of Foreign Affairs'], ['Treasury Department', 'United States']]],
  },
  {
    id: 'd-suggestion-that-untrue', form: 'a claim told in a "that" clause, then called untrue or baseless',
    text: 'Tessel Labs published a post on Monday saying that Orvan AI had copied its training data. The suggestion that our model depends on anything taken from Tessel Labs is simply untrue, Orvan AI said.',
    want: [['DENIAL', 'Orvan AI', 'Tessel Labs']],
  },

  // ── ALLEGATION stated as a finding or an assessment ──────────────────────────────────────────────────────
  {
    id: 'a-report-attributes', form: "a company's report attributing an attack to a state-backed group",
    text: 'Cybersecurity firm Nordwatch Labs said in a report on Tuesday that Ember Lynx, a hacking group backed by the Chinese government, broke into the email servers of Danish shipping companies.',
    want: [['ALLEGATION', 'Nordwatch Labs', ['Ember Lynx', 'China']]],
  },
  {
    id: 'a-report-misuse', form: "a company's threat report on misuse of its model by a state-backed group",
    text: 'In its quarterly threat report, Tarvex AI said hackers backed by the Iranian government had misused its chatbot to write phishing emails aimed at Israeli officials.',
    want: [['ALLEGATION', 'Tarvex AI', 'Iran']],
  },
  {
    id: 'a-report-linked-state', form: "a company's report naming a group linked to a state as the thief",
    text: 'Brisa Security said on Monday that a hacking group linked to the North Korean government had stolen $40 million in tokens from the Larkspur exchange.',
    want: [['ALLEGATION', 'Brisa Security', 'North Korea']],
  },
  {
    id: 'a-determined-risk', form: 'an authority determining that an investment is a security risk',
    text: 'CFIUS determined that Halvorsen Capital\'s stake in Brightfield Robotics poses a risk to national security and ordered the fund to sell it.',
    want: [['ALLEGATION', 'CFIUS', 'Halvorsen Capital']],
  },
  {
    id: 'a-concluded-risk', form: 'an authority concluding that a product is a security risk',
    text: 'After a six-month review, the FCC concluded that radios made by Kestrel Telecom present an unacceptable risk to national security.',
    want: [['ALLEGATION', ['FCC', 'Federal Communications Commission'], 'Kestrel Telecom']],
  },
  {
    id: 'a-found-harmful', form: 'an authority finding that a product is harmful',
    text: 'Australia\'s eSafety Commissioner found that the Lumo chat app made by Pellar Digital was harmful to children and gave the company 28 days to change it.',
    want: [['ALLEGATION', 'eSafety Commissioner', 'Pellar Digital']],
  },
  {
    id: 'a-on-the-basis', form: 'an action taken on the basis that something endangered national security',
    text: 'India\'s MeitY blocked 40 apps made by Corlan Software on the basis that they endangered national security and public order.',
    want: [['ALLEGATION', 'MeitY', 'Corlan Software'], ['RESTRICTION', 'MeitY', 'Corlan Software']],
  },
  {
    id: 'a-on-grounds-threat', form: 'an action taken on the grounds that something threatened national security',
    text: 'The Treasury Department sanctioned Orlova Shipping on the grounds that the company threatened U.S. national security by carrying drone parts to Iran.',
    want: [['ALLEGATION', 'Treasury Department', 'Orlova Shipping']],
  },
  {
    id: 'a-without-notifying', form: 'a merger completed without notifying the regulator',
    text: 'The Korea Fair Trade Commission said Dongrim Foods completed its purchase of Hansol Bakeries without notifying the regulator.',
    want: [['ALLEGATION', 'Korea Fair Trade Commission', 'Dongrim Foods']],
  },
  {
    id: 'a-closed-without-approval', form: 'a takeover closed without approval, in the passive of the finding',
    text: 'The Competition and Markets Authority found that Brackley Media had closed its takeover of Fenwick Radio without seeking approval.',
    want: [['ALLEGATION', 'Competition and Markets Authority', 'Brackley Media']],
  },
  {
    id: 'a-called-unjustified', form: 'restrictions called unjustified (actor the one who calls, target the restricting party)',
    text: 'Australia imposed anti-dumping duties on steel pipes made by Haesung Steel in March. South Korea called the duties unjustified and said it would raise the matter at the WTO.',
    want: [['ALLEGATION', 'South Korea', 'Australia'], ['RESTRICTION', 'Australia', 'Haesung Steel']],
  },
  {
    id: 'a-said-unjustified', form: 'restrictions said to be unjustified',
    text: 'The European Commission barred Chinese wind-turbine maker Qiantai Power from public tenders last week. China\'s Ministry of Commerce said the restrictions were unjustified and discriminatory.',
    want: [['ALLEGATION', ['Ministry of Commerce', 'China'], 'European Commission']],
  },

  // ── DEMAND in modal or letter form ──────────────────────────────────────────────────────────────────────
  {
    id: 'm-should-add', form: 'a modal demand on the department addressed, speaker after the clause',
    text: 'The Commerce Department should immediately add Kestrel Telecom to the Entity List, Senator Ada Whitcombe said on Monday.',
    want: [['DEMAND', 'Ada Whitcombe', 'Department of Commerce']],
  },
  {
    id: 'm-must-sanction', form: 'a modal demand ("must") by named lawmakers in a letter',
    text: 'In a letter on Friday, Representatives Cora Linden and Abel Ferris said the Treasury Department must sanction Orlova Shipping for carrying drone parts.',
    want: [['DEMAND', ['Cora Linden', 'Abel Ferris'], 'Treasury Department']],
  },
  {
    id: 'm-letters-several', form: 'letters sent to several companies requesting documents (one event per addressee)',
    text: 'The House Energy and Commerce Committee sent letters on Wednesday to Pinecrest AI, Moorfield Labs and Tavrin Systems requesting documents on how their chatbots handle the data of children.',
    want: [['DEMAND', 'House Energy and Commerce Committee', 'Pinecrest AI'], ['DEMAND', 'House Energy and Commerce Committee', 'Moorfield Labs'], ['DEMAND', 'House Energy and Commerce Committee', 'Tavrin Systems']],
  },
  {
    id: 'm-wrote-ceos', form: 'letters to the heads of several companies requesting testimony',
    text: 'Senator Ada Whitcombe wrote to the chief executives of Pinecrest AI and Moorfield Labs on Tuesday, requesting that they testify before the Senate Commerce Committee in June.',
    want: [['DEMAND', 'Ada Whitcombe', 'Pinecrest AI'], ['DEMAND', 'Ada Whitcombe', 'Moorfield Labs']],
  },
  {
    id: 'm-lawmakers-demanding', form: '"lawmakers are demanding that <agency> …", the lawmakers named elsewhere',
    text: 'Representatives Cora Linden and Abel Ferris said radios made by Kestrel Telecom pose a risk to U.S. networks. The lawmakers are demanding that the FCC revoke Kestrel Telecom\'s licence to operate in the United States.',
    want: [['DEMAND', 'Cora Linden', ['FCC', 'Federal Communications Commission']]], not: [['DEMAND', 'Abel Ferris', ['FCC', 'Federal Communications Commission']]],
  },
  {
    id: 'm-urge-quote-speaker', form: '"called on/urged <party> to …" with the speaker after a quotation',
    text: 'China\'s Ministry of Commerce criticised the new Dutch export curbs on Thursday. "We urge the Netherlands to correct its wrong practices immediately," said a ministry spokesman, He Lanfeng.',
    want: [['DEMAND', ['Ministry of Commerce', 'China', 'He Lanfeng'], 'Netherlands']],
  },
  {
    id: 'm-call-on-quote-speaker', form: '"called on <party> to …" with the speaker after a quotation',
    text: '"We call on the European Commission to lift these unfair duties at once," said Wen Zhao, a spokeswoman for China\'s Ministry of Commerce.',
    want: [['DEMAND', ['Ministry of Commerce', 'China', 'Wen Zhao'], 'European Commission']],
  },
  {
    id: 'm-urge-state-title', form: '"urged" by legislators titled after their state ("U.S. Senators A (D-Vt.) and B (R-Ind.), members of …, urged")',
    text: 'U.S. Senators Lena Harrow (D-Vt.) and Cole Brenner (R-Ind.), members of the Senate Judiciary Committee, today urged the Federal Trade Commission to open an investigation into Vantor Systems.',
    want: [['DEMAND', 'Lena Harrow', ['FTC', 'Federal Trade Commission']]], not: [['DEMAND', 'Cole Brenner', ['FTC', 'Federal Trade Commission']]],
  },
  {
    id: 'm-letter-asks', form: '"The letter asks X to …": the letter speaks for its writer named before',
    text: 'Representative Ivo Marsh wrote to Sunvale AI on Monday about its chatbot. The letter asks Sunvale AI to produce all records of its safety reviews by June 3.',
    want: [['DEMAND', 'Ivo Marsh', 'Sunvale AI']],
  },
  {
    id: 'm-senators-asked', form: '"In a separate letter, the senators asked X to …": the senators named elsewhere',
    text: 'Senators Lena Harrow and Cole Brenner said Vantor Systems was tying its chips to its own switches. In a separate letter, the senators asked the company to answer twelve questions by May 20.',
    want: [['DEMAND', 'Lena Harrow', 'Vantor Systems']], not: [['DEMAND', 'Cole Brenner', 'Vantor Systems']],
  },
  {
    id: 'm-requested-that', form: 'a quoted "requested" with a channel before "that X withdraw …"',
    text: 'China added two Japanese firms, Kaneda Tools and Orimo Seiki, to its export control list. Japan said it had "strongly requested" through diplomatic channels that China withdraw the measures.',
    want: [['DEMAND', 'Japan', 'China']],
  },
  {
    id: 'm-letter-sections', form: 'one letter to several companies, a section "To X: we urge you / we ask that you …" for each (one event per addressee); signed "Name, <title>"',
    text: ['Dear Colleagues:', '', 'We write about reports that Hexam Cloud, a Shenzhen company, has rented chips in Malaysia through resellers.', '',
      'To Pinecrest Compute: we urge you to provide a full list of your sales to Malaysian data centers since 2024.', '',
      'To Moorfield Cloud: we ask that you suspend any account controlled by Hexam Cloud.', '',
      'Sincerely,', '', 'Ada Whitcombe, United States Senator', 'Rhys Dalton, United States Senator'].join('\n'),
    want: [['DEMAND', 'Ada Whitcombe', 'Pinecrest Compute'], ['DEMAND', 'Ada Whitcombe', 'Moorfield Cloud']],
  },
  {
    id: 'm-need-to-stop', form: 'a modal demand: "<party> needs to stop …", speaker after',
    text: 'Vantor Mobile needs to stop sending user data to its parent in Shenzhen, Senator Rhys Dalton said in a statement.',
    want: [['DEMAND', 'Rhys Dalton', 'Vantor Mobile']],
  },
];
