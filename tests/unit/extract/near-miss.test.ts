// Near misses (issue 17, second precision pass): trigger words in senses that are no dispute act between parties —
// sports and medical bans, batteries charged, space probes, markets investigated, demand for chips, threatened species,
// film plots, history with no parties, recalls, markets, appointments, court schedules, generic statements,
// hypotheticals, questions, negated acts, rumours, commercial deals and offers. Every sentence here is our own.
// Each tightened rule has its positive sentences below, so recall is held too.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string) => extract({ text, title, published: '2026-03-12' }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

const NEAR_MISSES: string[] = [
  'The league banned Tomas Ruel for four matches after a late tackle on Saturday.',
  'The Dalmore Rovers suspended their captain for two games over a red card.',
  'Doctors in Ostria banned visitors from the cancer ward during the flu season.',
  'The health board restricted the use of the antibiotic to severe infections.',
  'Engineers at Pellucid Systems charged the battery overnight before the test flight.',
  'The exhausted army of Veldoria sued for peace in the winter of 1712.',
  'Tessaract charged customers a flat fee of 20 dollars for the upgrade.',
  'The Veldorian space agency launched a probe to Jupiter on Tuesday.',
  'The probe to Mars sent back images of the southern ice cap.',
  'Corvane AI is investigating a new market for its voice assistant in South America.',
  'Pellucid Systems is exploring ways to cut the cost of its chips.',
  'Demand for AI chips from Tessaract rose sharply in the third quarter.',
  'Strong demand for memory lifted Pellucid Systems shares by 4 percent.',
  'Data centre operators demand more power than the grid in Veldoria can supply.',
  'Drought has threatened several species of frog in the highlands of Veldoria.',
  'Rising seas threaten coastal towns across the region.',
  'The new policy denies access to the staff canteen after 6 pm.',
  'Corvane AI denied that it was planning a stock split, calling the report speculation.',
  'In the film, two executives are accused of murder by a small-town sheriff.',
  'The novel follows a banker who is accused of stealing from his own family.',
  'Export controls were first used widely during the Cold War.',
  'Sanctions have a long history as a tool of statecraft.',
  'Pellucid Systems recalled 40,000 laptops because of a battery fault.',
  'Tessaract pulled its smart kettle from shelves after reports of overheating.',
  'Analysts warned that the rally in chip stocks could fade by the summer.',
  'Shares of Corvane AI fell 3 percent as investors worried about tariffs.',
  'Investors fear a trade war could hurt earnings at Pellucid Systems.',
  'Corvane AI appointed Lena Ostrow as its chief legal officer on Monday.',
  'Tessaract reported a 12 percent rise in quarterly revenue, beating estimates.',
  'Pellucid Systems named a former regulator to its board.',
  'The court will hear arguments in the case on March 3.',
  'A hearing is scheduled for next week at the district court.',
  'Regulators around the world are investigating AI.',
  'Governments everywhere are scrutinising how chatbots handle personal data.',
  'Many countries restrict the export of advanced weapons.',
  'If the ministry were to ban Corvane AI, prices would rise.',
  'Should Veldoria impose tariffs on Tessaract, the company would move its plant.',
  'Were the regulator to investigate Pellucid Systems, the deal could collapse.',
  'Analysts said a ban on Corvane AI by Veldoria would hurt local developers.',
  'Will Veldoria sanction Tessaract next?',
  'Could the Ministry of Trade of Veldoria block Corvane AI?',
  'Why did Pellucid Systems sue Tessaract?',
  'Corvane AI did not sue Pellucid Systems, a spokesperson said.',
  'The Ministry of Trade of Veldoria has not investigated Tessaract.',
  'Veldoria never imposed sanctions on Corvane AI.',
  'Pellucid Systems has no plans to sue Tessaract.',
  'Rumours that Veldoria would ban Corvane AI spread on social media.',
  'There was speculation that Pellucid Systems might sue Tessaract.',
  'The team blocked the shot in the final minute.',
  'Tessaract launched an investigation into the cause of the outage at its own data centre.',
  'Corvane AI opened a review of its pricing policy.',
  'Pellucid Systems is suing for growth by entering new markets.',
  'The spokesman for Corvane AI declined to comment.',
  'Corvane AI said demand for its products exceeded supply.',
  'The governor urged residents to stay indoors during the storm.',
  'Tessaract called on its engineers to finish the chip by June.',
  'Pellucid Systems asked its employees to return to the office.',
  'The Ministry of Health of Veldoria banned smoking in restaurants.',
  'Corvane AI warned of the risks of climate change to its data centres.',
  'The storm threatened to cut power to Tessaract factories.',
  'Pellucid Systems blamed the weather for weak sales.',
  'Corvane AI settled into its new headquarters in March.',
  'The startup Tessaract accused itself of moving too slowly, its founder joked.',
  'Pellucid Systems signed a deal with Tessaract to supply memory chips.',
  'Pellucid Systems reached an agreement with Tessaract to supply chips from 2027.',
  'Tessaract is examining Pellucid Systems\' offer to buy its chip unit.',
  'Pellucid Systems is looking into buying Tessaract.',
  'Veldoria has yet to investigate Tessaract.',
  'Corvane AI launched a review of Pellucid Systems\' chips for its servers.',
  'Corvane AI\'s profit was hit by sanctions on Veldoria.',
  'Corvane AI and Tessaract settled on a price for the shares.',
  'Veldoria and Ostria agreed to cooperate on climate research.',
  'Tessaract asked Corvane AI to join its open-source project.',
  'Tessaract urged Pellucid Systems to join the standards group.',
  'Veldoria threatened to win the match in the second half.',
  'Corvane AI won\u2019t deny that it is planning a new phone.',
  'Pellucid Systems didn\'t sue Tessaract, a spokesperson said.',
  'Corvane AI opened an office in Latin America.',
  'Tessaract said Pellucid Systems sold drugs and stolen data.',
  'Is Veldoria about to ban Corvane AI?',
  'Neither Veldoria nor Ostria has banned Corvane AI.',
  'Corvane AI is reportedly considering suing Pellucid Systems.',
  'Corvane AI declined to say whether it would sue Tessaract.',
  'The Ministry of Trade of Veldoria appointed Pellucid Systems to review its IT systems.',
  'Pellucid Systems denied reports it would cut 500 jobs.',
  'Critics accuse the industry of moving too fast.',
  'Lawmakers in Veldoria want to ban deepfakes.',
  'Regulators are investigating whether chatbots harm children.',
  'Tessaract said hackers had stolen customer data.',
  'Corvane AI CEO accused of murder in new thriller',
];

describe('extract near misses: no event', () => {
  it.each(NEAR_MISSES)('%s', (text) => {
    expect(triples(run(text))).toEqual([]);
  });
});

describe('extract near misses: the real act is still found', () => {
  it('a negative clitic ("didn\'t", "won\u2019t") negates as "not" does', () => {
    expect(triples(run("Marrowby didn't sue Quillon."))).toEqual([]);
    expect(triples(run('Quillon accused Marrowby of fraud. Marrowby doesn\u2019t deny the claims.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
    expect(triples(run('Quillon accused Marrowby of fraud. Marrowby denied the claims.'))).toContain('DENIAL Marrowby -> Quillon');
    expect(triples(run('Quillon sued Marrowby on Monday.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('"has yet to" leaves the act undone; "has begun to" does not', () => {
    expect(triples(run('The regulator Dastia has yet to investigate Marrowby.'))).toEqual([]);
    expect(triples(run('The regulator Dastia has begun to investigate Marrowby.'))).toEqual(['INVESTIGATION Dastia -> Marrowby']);
  });

  it('"settled on a price" is a choice; "settled with" ends a suit', () => {
    expect(triples(run('Quillon sued Marrowby in May. Marrowby settled with Quillon in June.'))).toContain('DEESCALATION Marrowby -> Quillon');
  });

  it('a space probe is no inquiry; a probe into a party is', () => {
    expect(triples(run('The European Commission launched a probe into Marrowby on Tuesday.'))).toEqual(['INVESTIGATION European Commission -> Marrowby']);
    expect(triples(run('The European Commission opened an investigation into Marrowby to determine whether it hid fees.'))).toContain('INVESTIGATION European Commission -> Marrowby');
  });

  it('"looking into buying X" is a plan; "looking into X\'s pricing" is an inquiry', () => {
    expect(triples(run('The regulator Dastia is looking into Marrowby and its pricing.'))).toEqual(['INVESTIGATION Dastia -> Marrowby']);
  });

  it('"threatened to win" is no threat; "threatened to sue" is', () => {
    expect(triples(run('Quillon threatened to sue Marrowby over the designs.'))).toEqual(['THREAT Quillon -> Marrowby']);
  });

  it('a commercial deal ends no dispute; an agreement after one does', () => {
    expect(triples(run('Zemla imposed tariffs on Dalmore in May. Dalmore reached an agreement with Zemla in June.'))).toContain('DEESCALATION Dalmore -> Zemla');
    expect(triples(run('Dalmore and Zemla agreed to cooperate to end their trade dispute.'))).toContain('DEESCALATION Dalmore -> Zemla');
    expect(triples(run('Zemla banned Dalmore steel in May. Dalmore and Zemla agreed to cooperate on customs checks in June.'))).toContain('DEESCALATION Dalmore -> Zemla');
  });

  it('an agreement with a party that no act of the article touches is a deal, also when another act has no target', () => {
    const deal = 'The Ostmark Ministry of Industry on Monday signed a memorandum of understanding with Quillon Labs, a maker of server racks, '
      + 'and Marrowby Systems, under which a data centre will be built near the capital. The ministry also banned the sale of older diesel generators.';
    expect(triples(run(deal)).filter((x) => x.startsWith('DEESCALATION'))).toEqual([]);
    expect(triples(run('The Ostmark Competition Authority fined Quillon Labs in March for tying its cloud to its chatbot. '
      + 'On Monday the authority signed a settlement with Quillon Labs under which the company will offer the chatbot separately.')))
      .toContain('DEESCALATION Ostmark Competition Authority -> Quillon Labs');
  });

  it('a company weighing an offer makes no inquiry; one looking into a party does', () => {
    expect(triples(run('Quillon is investigating Marrowby over the leaked designs.'))).toEqual(['INVESTIGATION Quillon -> Marrowby']);
  });

  it('a plural noun after a preposition is no headline verb; "Japan fines X" is', () => {
    expect(triples(run('Japan fines Marrowby for breaking the data rules.'))).toEqual(['RESTRICTION Japan -> Marrowby']);
  });

  it('an invitation is no demand, unless it names a measure', () => {
    expect(triples(run('Dalmore urged Zemla to join the export controls on Marrowby.'))).toContain('DEMAND Dalmore -> Zemla');
    expect(triples(run('Quillon asked Marrowby to delete the copied files.'))).toEqual(['DEMAND Quillon -> Marrowby']);
  });

  // The suit's claim is the plaintiff's allegation against the defendant (as the dev gold labels "sued X for violating
  // …"; implied.ts), never an allegation by or against a third party.
  it("a wrongdoing after \"sued X for\" is the suit's own claim: the plaintiff's allegation against the defendant only", () => {
    expect(triples(run('Quillon sued Marrowby for infringing its patents.')).sort()).toEqual(['ALLEGATION Quillon -> Marrowby', 'LEGAL_ACTION Quillon -> Marrowby']);
    expect(triples(run('Quillon is suing Marrowby for copyright infringement.')).sort()).toEqual(['ALLEGATION Quillon -> Marrowby', 'LEGAL_ACTION Quillon -> Marrowby']);
    expect(triples(run('Quillon said Marrowby infringed its patents.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('"said X" names its speaker after a comma or a quotation only', () => {
    const t = triples(run('Quillon is suing Marrowby, joining a list of firms that have said Marrowby is copying their designs without consent.'));
    expect(t.some((x) => x.startsWith('ALLEGATION Marrowby'))).toBe(false);
    expect(triples(run('"Marrowby copied our designs without permission," said Quillon.'))).toContain('ALLEGATION Quillon -> Marrowby');
  });

  it('a second "that" clause keeps the first one\'s speaker', () => {
    const t = triples(run('Quillon sued Marrowby on Monday. It claims that Marrowby copied its designs, and that the startup has infringed its patents.'));
    expect(t.some((x) => x.startsWith('ALLEGATION Marrowby'))).toBe(false);
    expect(triples(run('Quillon said that Marrowby copied its designs and that Marrowby infringed its patents.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('a participle before a noun is an adjective ("stolen data"); after "had" it is the act', () => {
    expect(triples(run('Quillon said Marrowby had stolen data from its servers.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
    expect(triples(run('Quillon said Marrowby pirated films.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('a brand and a product noun before "provider" modify the provider', () => {
    expect(triples(run('The regulator Dastia fined Nova chatbot provider Marrowby 2 million euros.'))).toEqual(['RESTRICTION Dastia -> Marrowby']);
  });

  it('a region word makes a place of a state\'s name', () => {
    expect(triples(run('South Korea fined Marrowby for the leak.'))).toEqual(['RESTRICTION South Korea -> Marrowby']);
  });

  it("the object of \"prompting X to\" acts in the infinitive; unnamed, no one does", () => {
    expect(triples(run('Quillon sued Marrowby, prompting Vantic to sue Marrowby too.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby', 'LEGAL_ACTION Vantic -> Marrowby']);
    expect(triples(run('Quillon sued Marrowby, prompting lawmakers to call on Marrowby to stop.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('a name in a prepositional phrase after the verb of an unnamed subject is no actor', () => {
    expect(triples(run('German authorities shut down the servers of the darknet market Quillon, seizing Marrowby coins worth 2 million euros.'))).toEqual([]);
    expect(triples(run('Under pressure from lawmakers the regulator Dastia banned Marrowby.'))).toEqual(['RESTRICTION Dastia -> Marrowby']);
    expect(triples(run('Quillon, a maker of chips, sued Marrowby.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('an inquiry "into his conduct" names no party; the counterpart does not stand in', () => {
    expect(triples(run('Quillon accused Marrowby of fraud. Quillon also launched an investigation into his conduct.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
    expect(triples(run('Quillon accused Marrowby of fraud. Quillon also launched an investigation into Marrowby.'))).toContain('INVESTIGATION Quillon -> Marrowby');
  });

  it('"In 2021, a newspaper report revealed that X …" has an unnamed speaker, not the last one quoted', () => {
    const t = triples(run('"We take this seriously," Ada Vell of Quillon said. In 2021, a newspaper report revealed that Marrowby was demoted for allegedly bullying staff.'));
    expect(t.some((x) => x.startsWith('ALLEGATION'))).toBe(false);
    expect(triples(run('Quillon said Marrowby was bullying its suppliers.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('a lower-case compass word keeps a place ("between X in south Dalmore and Y")', () => {
    expect(triples(run('The ferry firm Quillon was forced to suspend all sailings between ports in south Wales and Ireland.'))).toEqual([]);
  });

  it("the accused \"examining the ruling\" inquires into no one; a regulator \"looking into the matter\" inquires into the accused", () => {
    const pre = 'The regulator Dastia accused Marrowby of hiding fees in May. ';
    expect(triples(run(pre + 'Marrowby is examining the ruling.'))).toEqual(['ALLEGATION Dastia -> Marrowby']);
    expect(triples(run(pre + 'Marrowby said it is looking into the matter.'))).toEqual(['ALLEGATION Dastia -> Marrowby']);
    expect(triples(run('The European Commission accused Marrowby of hiding fees in May. The Commission is examining the matter.'))).toContain('INVESTIGATION European Commission -> Marrowby');
  });

  it('a measure named as the subject, with no author before it, takes no carried-over actor', () => {
    const pre = 'The regulator Dastia accused Marrowby of hiding fees in May. ';
    expect(triples(run(pre + 'The sanctions on Marrowby have hurt its sales, the company said.'))).toEqual(['ALLEGATION Dastia -> Marrowby']);
    expect(triples(run(pre + 'Japan said its sanctions on Marrowby were lawful.'))).toContain('RESTRICTION Japan -> Marrowby');
  });

  it('a threat to an unnamed group ("other companies could face …") is no event: a threat needs the one threatened', () => {
    const pre = 'The regulator Dastia accused Marrowby of hiding fees in May. ';
    expect(triples(run(pre + 'Dastia warned that other companies could face similar action.'))).toEqual(['ALLEGATION Dastia -> Marrowby']);
    expect(triples(run(pre + 'Dastia warned that Marrowby could face a ban.'))).toContain('THREAT Dastia -> Marrowby');
  });

  it('a clause under a negated noun ("no evidence that …") did not happen; "no doubt that …" still asserts', () => {
    const pre = 'Quillon sued Marrowby in May over its chatbot. ';
    expect(triples(run(pre + 'Marrowby said the court found no evidence that it had copied the code of Quillon.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
    expect(triples(run('Quillon said there was no doubt that Marrowby copied its code.'))).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });

  it('the subject of a following "after" clause is no object of the main verb', () => {
    expect(triples(run('Japan banned Quillon chips after Marrowby accused Quillon of spying.'))).toEqual(['ALLEGATION Marrowby -> Quillon']);
    expect(triples(run('Japan banned Quillon after Marrowby accused it of spying.'))).toContain('RESTRICTION Japan -> Quillon');
  });

  it('a pattern whose preposition has an unnamed plural object ("from consumers") acts on no party of the article', () => {
    const pre = 'The regulator Dastia accused Marrowby of hiding fees in May. ';
    expect(triples(run(pre + 'Dastia is seeking information from consumers about fees.'))).toEqual(['ALLEGATION Dastia -> Marrowby']);
    // ("The regulator Dastia" is a regulator since the fifteenth session; a regulator seeking documents inquires.)
    expect(triples(run(pre + 'Dastia is seeking documents from Marrowby about fees.'))).toContain('INVESTIGATION Dastia -> Marrowby');
  });

  it("a company limiting sales of its own goods controls no one; a state's control on a class of goods stands with no target", () => {
    expect(triples(run('Marrowby limited sales of its console to two per customer.'))).toEqual([]);
    expect(triples(run('The Japanese government decided to restrict exports of lithography equipment.'))).toEqual(['RESTRICTION Japan -> null']);
  });

  it("a promise to improve, to cut costs or to fight for customers is no threat; a vow to retaliate is", () => {
    const pre = 'Japan banned Marrowby in May. ';
    for (const t of ['Marrowby vowed to fight for its customers.', 'Marrowby vowed to respond to customer feedback.',
      'Marrowby promised to take steps to improve battery life.', 'Marrowby will take measures to cut costs.', 'Marrowby reserves the right to change its prices.']) {
      expect(triples(run(pre + t))).toEqual(['RESTRICTION Japan -> Marrowby']);
    }
    expect(triples(run('China vowed to retaliate against Japan.'))).toEqual(['THREAT China -> Japan']);
    // With no one named and no counterpart in the article, a stance is no threat of this dispute.
    expect(triples(run('China will take firm measures to safeguard its interests.'))).toEqual([]);
    expect(triples(run('China said it reserves the right to respond with further steps.'))).toEqual([]);
    expect(triples(run('Japan imposed export controls on China in May. China said it reserves the right to respond with further steps.'))).toContain('THREAT China -> Japan');
  });

  it('denying business rumours, a third party\'s figures or ruling out a merger answers no accusation', () => {
    const pre = 'Quillon accused Marrowby of copying its code in May. ';
    for (const t of ['Marrowby dismissed reports of layoffs as rumours.', 'Marrowby said rumours of a sale were baseless.',
      'Marrowby disputed the figures in a report by analysts.', 'Marrowby ruled out a merger with Vantic.']) {
      expect(triples(run(pre + t))).toEqual(['ALLEGATION Quillon -> Marrowby']);
    }
    expect(triples(run(pre + 'Marrowby denied reports that it copied the code.'))).toContain('DENIAL Marrowby -> Quillon');
    expect(triples(run(pre + 'Marrowby ruled out any wrongdoing.'))).toContain('DENIAL Marrowby -> Quillon');
    expect(triples(run(pre + 'Marrowby disputed the claims made by Quillon.'))).toContain('DENIAL Marrowby -> Quillon');
  });

  it('a capital in capitals before a colon at a text\'s start is a dateline, no party', () => {
    expect(triples(run('NEW DELHI: Marrowby illegally copied the files, officials said.'))).toEqual([]);
    expect(triples(run('Japan: the ministry banned Marrowby.'))).toEqual(['RESTRICTION Japan -> Marrowby']);
  });

  it('a request to a court or judge is a step in the case, no demand on a party', () => {
    const pre = 'Quillon sued Marrowby in May. ';
    for (const t of ['Marrowby asked Judge Ada Vell to dismiss the case.', 'Marrowby urged the Dalmore District Court to throw out the lawsuit.']) {
      expect(triples(run(pre + t)).some((x) => x.startsWith('DEMAND'))).toBe(false);
    }
    expect(triples(run(pre + 'Marrowby urged Quillon to drop the lawsuit.'))).toContain('DEMAND Marrowby -> Quillon');
  });
});
