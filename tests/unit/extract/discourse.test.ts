import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Discourse rules (extract/discourse.ts): a party's role in the article plus a broad cue class. Every article here is
// written for these tests; the parties are invented.
const PUB = '2026-04-02';
const run = (text: string) => extract({ title: null, published: PUB, text }, { explain: true }).events;
const disc = (text: string) => run(text).filter((e) => e.explain?.pattern.startsWith('discourse.'));
const has = (evs: ReturnType<typeof run>, type: string, actor: string, target: string | null) =>
  evs.some((e) => e.type === type && e.actor === actor && e.target === target);

const ACCUSED = 'The Ostrian Competition Authority accused Tessaract Labs of rigging its cloud auctions.';

describe('denial by the accused (discourse.denial)', () => {
  it('the accused calls the claims by a word of falsity no pattern lists', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs said the story behind the case was "a gross distortion of the record".`);
    expect(has(evs, 'DENIAL', 'Tessaract Labs', 'Ostrian Competition Authority')).toBe(true);
  });

  it('the accused asserts its own lawfulness', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs said its auction rules were lawful and had been published in advance.`);
    expect(has(evs, 'DENIAL', 'Tessaract Labs', 'Ostrian Competition Authority')).toBe(true);
  });

  it('the accused, speaking, negates the conduct in its own words', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs said it had never set a reserve price for a single bidder.`);
    expect(has(evs, 'DENIAL', 'Tessaract Labs', 'Ostrian Competition Authority')).toBe(true);
  });

  it('the accused saying the accuser misread or misunderstood it denies', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs said the authority had misunderstood how its auctions work.`);
    expect(has(evs, 'DENIAL', 'Tessaract Labs', 'Ostrian Competition Authority')).toBe(true);
  });

  it('a third party calling the claims false denies nothing', () => {
    const evs = disc(`${ACCUSED}\nAn analyst at Brenwick Capital said the case looked baseless to her.`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });

  it('a concession is no denial', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs acknowledged that its rules were not applied evenly and agreed to pay a fine.`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });

  it('no comment is no denial', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs did not respond to a request for comment.`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });

  it('a question is no denial', () => {
    const evs = disc(`${ACCUSED}\nWill Tessaract Labs argue that the auctions were lawful?`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });

  it('a narrative negation about the accused, with no speaker, is no denial', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs did not offer any remedy before the deadline.`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });

  it('a party never accused in the article denies nothing', () => {
    const evs = disc(`${ACCUSED}\nPellucid Systems said its own auctions were lawful.`);
    expect(evs.filter((e) => e.type === 'DENIAL' && e.actor === 'Pellucid Systems')).toEqual([]);
  });

  it('"its wrong practices" said of the other side is an accusation, not a denial', () => {
    const evs = disc(`${ACCUSED}\nTessaract Labs should end its wrong practices at once.`);
    expect(evs.filter((e) => e.type === 'DENIAL')).toEqual([]);
  });
});

const ROW = 'The Ministry of Trade of Veldoria fined Corvane AI for breaking its export rules.';

describe('threat by modal, future or conditional clause (discourse.threat)', () => {
  it('a modal with a punitive noun no pattern lists, against the counterpart', () => {
    const evs = disc(`${ROW}\nCorvane AI said it would weigh "every available response" to the ministry.`);
    expect(has(evs, 'THREAT', 'Corvane AI', 'Ministry of Trade of Veldoria')).toBe(true);
  });

  it('"could face penalties" told by a speaker: the speaker threatens the one who would face them', () => {
    const evs = run(`${ROW}\nThe Ministry of Trade of Veldoria said Corvane AI could face further penalties next month.`);
    expect(has(evs, 'THREAT', 'Ministry of Trade of Veldoria', 'Corvane AI')).toBe(true);
  });

  it('measures answering another party\'s condition are a threat against that party', () => {
    const evs = run(`${ROW}\nIf Corvane AI keeps shipping the chips, the Ministry of Trade of Veldoria will take all necessary measures to protect its exporters.`);
    expect(has(evs, 'THREAT', 'Ministry of Trade of Veldoria', 'Corvane AI')).toBe(true);
  });

  it('measures for one\'s own business are no threat', () => {
    const evs = disc(`${ROW}\nCorvane AI said it will take measures to cut costs across its data centres.`);
    expect(evs.filter((e) => e.type === 'THREAT')).toEqual([]);
  });

  it('a negated future is no threat', () => {
    const evs = disc(`${ROW}\nCorvane AI said it will not seek any retaliation.`);
    expect(evs.filter((e) => e.type === 'THREAT')).toEqual([]);
  });

  it('the party inside an opening conditional is not the threatener', () => {
    const evs = disc(`${ROW}\nShould Corvane AI fail to answer, the board is prepared to consider compulsory process.`);
    expect(evs.filter((e) => e.type === 'THREAT' && e.actor === 'Corvane AI')).toEqual([]);
  });
});

describe('threat as a punitive act undergone under a condition, or a litotes (discourse.threat)', () => {
  const ORDER = 'The Varro Data Office ordered Tellan Cloud to delete the scans.';
  it('a passive measure under a condition, told by no named speaker: who ordered threatens whom it ordered', () => {
    const evs = disc(`${ORDER}\nIts app will be blocked in Varro if the scans are not deleted by June, the office said.`);
    expect(has(evs, 'THREAT', 'Varro Data Office', 'Tellan Cloud')).toBe(true);
  });

  it('the passive\'s subject, a party, is the one threatened by the speaker', () => {
    const evs = disc('The Digital Ministry of Ostrel accused Kestrel Apps of hiding records. Minister Oda Brenn said Kestrel Apps could be barred from public tenders if it kept ignoring the order.');
    expect(has(evs, 'THREAT', 'Oda Brenn', 'Kestrel Apps')).toBe(true);
  });

  it('a measure to be reimposed, should the party do it again', () => {
    const evs = disc('The Sardan Media Board suspended Plume AI last month. The suspension would be reimposed at once should Plume publish such images again, the board said.');
    expect(has(evs, 'THREAT', 'Sardan Media Board', 'Plume AI')).toBe(true);
  });

  it('"will not hesitate to" reaches a punitive noun further on, and a coercive verb on non-compliance', () => {
    expect(has(disc('The Ostrel Competition Agency accused Dovel Systems of tying its products. The agency said it will not hesitate to deploy the complete set of its enforcement powers against Dovel Systems.'),
      'THREAT', 'Ostrel Competition Agency', 'Dovel Systems')).toBe(true);
    // (Since session 13 the pattern threat.not-hesitate finds "would not hesitate to refer" before the discourse layer.)
    expect(has(run('The Halden Privacy Regulator ordered Pikeway Ltd to stop the transfers. The regulator said it would not hesitate to refer every failure to obey to prosecutors.'),
      'THREAT', 'Halden Privacy Regulator', 'Pikeway')).toBe(true);
  });

  it('a firm measure said to protect one\'s own answers the counterpart', () => {
    const evs = disc('Japan on Monday imposed export controls on China over drone parts. China\'s foreign ministry said it would take resolute measures to protect the lawful interests of its firms.');
    expect(has(evs, 'THREAT', 'China', 'Japan')).toBe(true);
  });

  it('a passive measure with no party, or one the speaker undergoes itself, is no threat', () => {
    const none = (text: string) => expect(run(text).filter((e) => e.type === 'THREAT')).toEqual([]);
    none('The new rules will be blocked in the senate if the coalition splits, analysts said.');
    none('Pikeway said its service would be suspended for two hours if maintenance overran.');
    none(`${ORDER}\nTellan said its accounts would be suspended if payments were late.`);
    none('Dovel Airlines posted record profits. The airline said it would take firm measures to protect its staff during the heatwave.');
  });
});

describe('a name inside a condition does not speak', () => {
  it('"If X imposes tariffs, they said, Y should …" is no demand of X', () => {
    const evs = run('Korea fined Pyxis Mobile on Monday. The United States criticised the fine. If Washington imposes tariffs in response, they said, Korea should take the matter to the trade body.');
    expect(evs.filter((e) => e.type === 'DEMAND' && e.actor === 'United States')).toEqual([]);
  });
});

describe('demand by request cue and addressee (discourse.demand)', () => {
  it('a request cue with its addressee right after ("pressed X to")', () => {
    const evs = run(`${ROW}\nThe Ministry of Trade of Veldoria pressed Corvane AI to hand over its shipping logs.`);
    expect(has(evs, 'DEMAND', 'Ministry of Trade of Veldoria', 'Corvane AI')).toBe(true);
  });

  it('a modal of obligation on a named party, told by a speaker', () => {
    const evs = run(`${ROW}\nCorvane AI should withdraw the disputed models, the Ministry of Trade of Veldoria said.`);
    expect(has(evs, 'DEMAND', 'Ministry of Trade of Veldoria', 'Corvane AI')).toBe(true);
  });

  it('a law "requiring X to" is the law\'s content, no party\'s request', () => {
    const evs = disc(`${ROW}\nThe Veldorian parliament passed a bill requiring Corvane AI to open its books.`);
    expect(evs.filter((e) => e.type === 'DEMAND')).toEqual([]);
  });

  it('a negated request is no demand', () => {
    const evs = disc(`${ROW}\nThe Ministry of Trade of Veldoria has not asked Corvane AI to leave the market.`);
    expect(evs.filter((e) => e.type === 'DEMAND')).toEqual([]);
  });
});

describe('who "we" is, and officers as addressees', () => {
  it('"we" in a statement is its issuer, named in the title', () => {
    const text = 'Corvane AI accused Pellucid Systems of copying its chip layouts.\nWe ask Corvane AI to withdraw its post and meet with our engineers.';
    const evs = extract({ title: 'Pellucid Systems statement on Corvane AI', published: PUB, text }, { explain: true }).events;
    expect(has(evs, 'DEMAND', 'Pellucid Systems', 'Corvane AI')).toBe(true);
  });

  it('"we" in quotations after "X issued the following statement:" is X', () => {
    const text = 'The Ministry of Trade of Veldoria fined Corvane AI for breaking its export rules.\n\nPellucid Systems issued the following statement:\n\n"We exhort Corvane AI to settle its dispute with the ministry quickly."';
    expect(has(run(text), 'DEMAND', 'Pellucid Systems', 'Corvane AI')).toBe(true);
  });

  it('an officer named after a possessor is asked as the organisation', () => {
    const evs = run(`${ROW}\nThe Ministry of Trade of Veldoria is calling on Corvane AI's chief executive, Ada Vell, to appear before its inspectors.`);
    expect(has(evs, 'DEMAND', 'Ministry of Trade of Veldoria', 'Corvane AI')).toBe(true);
  });

  it('"we" with no quotation and no statement issuer is nobody', () => {
    const evs = disc(`${ROW}\nWe urge Corvane AI to settle quickly.`);
    expect(evs.filter((e) => e.type === 'DEMAND')).toEqual([]);
  });
});

describe('an article with no dispute gets no discourse events', () => {
  it('modal, negation and request cues in a business story', () => {
    const evs = disc('Pellucid Systems said it would take steps to expand its Dalmore office. Pellucid Systems said the plan was not final, and asked Tessaract Labs to join.');
    expect(evs).toEqual([]);
  });
});

// Two acts on distinct pairs: the article already holds an act between two parties, and the pair under test is new
// (one event per type, actor and target survives).
const OPENING = 'The Ostrian Competition Authority accused Tessaract Labs of rigging its cloud auctions.';

describe('allegation by an asserting party (discourse.allegation)', () => {
  it('a state concludes that a named company circumvented a regime', () => {
    const evs = run(`${OPENING}\nThe Harlow Trade Office concluded that Brisket Dynamics had circumvented the quota by relabelling its boards.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Brisket Dynamics')).toBe(true);
  });

  it('an inverted reporting clause: the wrongdoing first, the asserting party after', () => {
    const evs = run(`${OPENING}\nOrrin Analytics illicitly resold the panel's survey answers, the Harlow Trade Office said.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('failed to notify is a wrongdoing (since session 13 the pattern allegation.failing finds it before the discourse layer)', () => {
    const evs = run(`${OPENING}\nThe Harlow Trade Office said Orrin Analytics failed to notify customers of the intrusion for five months.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('a purpose infinitive of a wrongdoing is the subject\'s act however long its object', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office said Orrin Analytics packed the boards in crates marked as farm parts to dodge the quota.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('a use or trade verb with a tainted object is a wrongdoing', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office said Pellucid Systems resold counterfeit sensors to hospitals.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Pellucid Systems')).toBe(true);
  });

  it('a wrongdoing noun after a preposition is no act of the subject', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office said it would sue Orrin Analytics over the copying.`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it('"according to X," opening the sentence: X asserts the wrong of the clause after it', () => {
    const evs = disc(`${OPENING}\nAccording to the Harlow Trade Office, Marrowby Labs resold counterfeit sensors.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Marrowby Labs')).toBe(true);
  });

  it('a parenthetical "according to X" between the subject and its verb is left out', () => {
    const evs = disc(`${OPENING}\nQuillon Robotics, according to the Harlow Trade Office, shipped counterfeit sensors.`);
    expect(has(evs, 'ALLEGATION', 'Harlow Trade Office', 'Quillon Robotics')).toBe(true);
    const neg = disc(`${OPENING}\nBrisket Dynamics, according to the Harlow Trade Office, never shipped counterfeit sensors.`);
    expect(neg.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it("a party's own statement with no reporting verb: the issuer asserts the wrong", () => {
    const evs = disc(`${OPENING}\nPellucid Systems released the following statement:\n"Orrin Analytics flouted every term of our licence, and we will hold it to account."`);
    expect(has(evs, 'ALLEGATION', 'Pellucid Systems', 'Orrin Analytics')).toBe(true);
  });

  it("a first-person denial in the accused's statement is no allegation", () => {
    const evs = disc(`${OPENING}\nTessaract Labs released the following statement:\n"We never rigged any auction and Tessaract Labs has not flouted any rule."`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it('a negated finding is no allegation', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office said it found no sign that Orrin Analytics had rigged the panel.`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it('a confession by the wrongdoer is no allegation', () => {
    const evs = disc(`${OPENING}\nOrrin Analytics said Orrin Analytics had rigged the panel in 2024.`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it('a conditional is no allegation', () => {
    const evs = disc(`${OPENING}\nIf Orrin Analytics rigged the panel, the Harlow Trade Office said, it would act.`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });

  it('an unnamed wrongdoer is no allegation', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office said unknown intruders had rigged the panel.`);
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toEqual([]);
  });
});

describe('de-escalation toward the other party (discourse.deescalation)', () => {
  it('an authority suspends its fine against a company', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office later suspended the fine it had set against Orrin Analytics.`);
    expect(has(evs, 'DEESCALATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('the counterpart comes from the article when the sentence names only the one who eases', () => {
    const evs = disc(`${OPENING}\nThe Ostrian Competition Authority postponed the hearing on its probe until the autumn.`);
    expect(has(evs, 'DEESCALATION', 'Ostrian Competition Authority', 'Tessaract Labs')).toBe(true);
  });

  it('a demand to lift is no de-escalation', () => {
    const evs = disc(`${OPENING}\nTessaract Labs urged the Ostrian Competition Authority to suspend its probe.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
  });

  it('a refusal to lift is no de-escalation', () => {
    const evs = disc(`${OPENING}\nThe Ostrian Competition Authority refused to suspend the probe.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
  });

  it('a conditional easing is no de-escalation', () => {
    const evs = disc(`${OPENING}\nThe Ostrian Competition Authority said it would drop the probe if Tessaract Labs changed its rules.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
  });

  it("a party welcoming another's move to drop a probe eases nothing itself", () => {
    const evs = disc(`${OPENING}\nTessaract Labs welcomed the authority's move to drop the probe.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION' && e.actor === 'Tessaract Labs')).toEqual([]);
  });

  it('removal from a list names the party removed', () => {
    const evs = run(`${OPENING}\nThe Harlow Trade Office removed Orrin Analytics from its watch list on Friday.`);
    expect(has(evs, 'DEESCALATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('a party willing to resolve differences with a named party eases toward it', () => {
    const evs = disc(`${OPENING}\nThe Harlow Trade Office is willing to work with Orrin Analytics to resolve our differences through dialogue.`);
    expect(has(evs, 'DEESCALATION', 'Harlow Trade Office', 'Orrin Analytics')).toBe(true);
  });

  it('ending a dispute with nobody named takes no counterpart from the article', () => {
    const evs = disc(`${OPENING}\nTessaract Labs ended its long billing dispute with analysts.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
  });

  it("the speaker's own business is no de-escalation", () => {
    const evs = disc(`${OPENING}\nTessaract Labs lifted its revenue forecast for the year.`);
    expect(evs.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
  });
});
