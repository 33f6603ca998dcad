import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Discourse rules, second pass (extract/discourse.ts, lang/en/discourse-roles.ts): broader cue classes and speaker,
// pronoun and requester resolution for denials, threats and demands. Every text here is written for these tests; the
// parties are invented (the states and regulators are gazetteer entries).
const PUB = '2026-04-02';
const run = (text: string, title: string | null = null) => extract({ title, published: PUB, text }, { explain: true }).events;
const of = (evs: ReturnType<typeof run>, type: string) => evs.filter((e) => e.type === type);
const has = (evs: ReturnType<typeof run>, type: string, actor: string, target: string | null) =>
  evs.some((e) => e.type === type && e.actor === actor && e.target === target);

describe('denial: broader cues and speakers', () => {
  it('a characterising verb on the claim ("called the lawsuit …") and a company spokesperson', () => {
    const evs = run('Quillon Systems sued Marrowby Labs, alleging that it copied the Quillon accelerator design.\n\n'
      + 'Marrowby Labs called the lawsuit "an attempt to slow down a smaller rival." "Our accelerator was built by our own team," a company spokesperson said.');
    expect(has(evs, 'DENIAL', 'Marrowby Labs', 'Quillon Systems')).toBe(true);
  });

  it('"a company spokesperson" speaks for the company named last in the paragraph', () => {
    const evs = run('Quillon Systems sued Marrowby Labs, alleging that it copied the Quillon accelerator design.\n\n'
      + 'Marrowby Labs would not discuss the case. "Every chip we sell was designed independently," a company spokesperson said.');
    expect(has(evs, 'DENIAL', 'Marrowby Labs', 'Quillon Systems')).toBe(true);
  });

  it('acting "in accordance with" the law and "in good faith" assert lawfulness', () => {
    const evs = run('Japan banned the Dellow Chat app of Dellow Technology on Monday, citing data transfers.\n\n'
      + 'Dellow Technology said all user data was handled in accordance with Japanese law.');
    expect(has(evs, 'DENIAL', 'Dellow Technology', 'Japan')).toBe(true);
  });

  it('a negated proof in the voice of a post ("that is not evidence of copying")', () => {
    const evs = run('Marrowby Labs Newsroom - May 3, 2026\n\nQuillon Systems accused Marrowby Labs of copying its models.\n\n'
      + 'Many models behave alike, and that is not evidence of copying.');
    expect(has(evs, 'DENIAL', 'Marrowby Labs', 'Quillon Systems')).toBe(true);
  });

  it('"It added that …" is the previous sentence\'s speaker', () => {
    const evs = run('Japan banned the Dellow Chat app of Dellow Technology on Monday, citing data transfers.\n\n'
      + '"We regret the decision," Dellow Technology said. It added that user data was stored in accordance with Japanese law.');
    expect(has(evs, 'DENIAL', 'Dellow Technology', 'Japan')).toBe(true);
  });

  it('counsel speaks for a client charged beside the one the act was found against ("is a legitimate trader")', () => {
    const evs = run('The Justice Department charged Tomas Brin, a trader, and Ada Vell with smuggling accelerators to Dastia.\n\n'
      + 'Brin\'s attorney, Nora Quent, said his client "is a legitimate trader who followed every rule."');
    const d = of(evs, 'DENIAL');
    expect(d.some((e) => e.actor === 'Tomas Brin')).toBe(true);
  });

  it('a title "Statement by X" and a comma byline give the voice of the text', () => {
    const evs = run('Marrowby Labs, May 3, 2026\n\nQuillon Systems accused Marrowby Labs of copying its models.\n\n'
      + 'No Quillon output was ever used to train our models; that is not evidence of copying.', 'Statement by Marrowby Labs on the claims');
    expect(has(evs, 'DENIAL', 'Marrowby Labs', 'Quillon Systems')).toBe(true);
  });

  it('the accuser saying it acted in good faith denies nothing', () => {
    const evs = run('Quillon Systems sued Marrowby Labs, alleging that it copied the Quillon accelerator design.\n\n'
      + 'Quillon Systems said it had negotiated in good faith for two years before going to court.');
    expect(of(evs, 'DENIAL')).toEqual([]);
  });

  it('a third party finding no evidence denies nothing', () => {
    const evs = run('Quillon Systems sued Marrowby Labs, alleging that it copied the Quillon accelerator design.\n\n'
      + 'An analyst at Brenwick Capital said there was no evidence either way yet.');
    expect(of(evs, 'DENIAL')).toEqual([]);
  });
});

describe('threat: litotes, conditions anywhere, pronoun conditions, no named subject', () => {
  const FINED = 'The Competition and Markets Authority fined Quillon Systems £2 million for failing to answer an information request.';

  it('"will not hesitate to impose penalties" is an intention', () => {
    const evs = run(`${FINED}\n\nThe authority said it would not hesitate to impose further penalties on Quillon Systems.`);
    expect(has(evs, 'THREAT', 'Competition and Markets Authority', 'Quillon Systems')).toBe(true);
  });

  it('a trailing condition names the target, even when the measures "safeguard" the speaker', () => {
    const evs = run('Japan accused Marrowby Labs of dumping memory chips.\n\n'
      + 'Japan said it would take necessary measures to safeguard its companies should Marrowby Labs persist with the practice.');
    expect(has(evs, 'THREAT', 'Japan', 'Marrowby Labs')).toBe(true);
  });

  it('a pronoun in an opening condition is the party of the sentence before', () => {
    const evs = run(`${FINED} The authority also closed a separate review of Dellow Cloud.\n\n`
      + 'Quillon Systems must now provide the missing answers by 15 May. If it does not, the authority will impose a daily penalty.');
    expect(has(evs, 'THREAT', 'Competition and Markets Authority', 'Quillon Systems')).toBe(true);
    expect(has(evs, 'THREAT', 'Competition and Markets Authority', 'Dellow Cloud')).toBe(false);
  });

  it('a coercive verb in a conditional sentence ("Should it fail …, we will summon …")', () => {
    const evs = run(`${FINED}\n\nQuillon Systems has been given a final chance. Should it fail to reply, the authority will summon its directors.`);
    expect(has(evs, 'THREAT', 'Competition and Markets Authority', 'Quillon Systems')).toBe(true);
  });

  it('a name inside an opening "Until …" condition is its party, not the main clause\'s subject', () => {
    const evs = run('Japan accused Marrowby Labs of dumping memory chips.\n\nUntil Marrowby Labs provides the sales records, Japan will block its imports.');
    expect(has(evs, 'THREAT', 'Japan', 'Marrowby Labs')).toBe(true);
  });

  it('"the Department" in a condition is the Department of Commerce named before ("legal avenues" as the measure)', () => {
    const evs = run('The Department of Commerce added Quillon Systems to its list of military companies. Quillon Systems has asked the Department of Commerce to remove it.\n\n'
      + 'If the Department does not act, Quillon Systems will pursue all available legal avenues.');
    expect(has(evs, 'THREAT', 'Quillon Systems', 'Department of Commerce')).toBe(true);
  });

  it('a condition naming the actor\'s own side gets no counterpart from elsewhere', () => {
    const evs = run('Japan accused Marrowby Labs of dumping memory chips.\n\nUntil the Japanese trade ministry finishes its review, Japan will block the imports.');
    expect(of(evs, 'THREAT')).toEqual([]);
  });

  it('a name after a forum preposition is not the target ("including under the WTO framework")', () => {
    const evs = run('China imposed sanctions on Japan on Monday.\n\n'
      + 'Japan is weighing appropriate responses, including under the WTO framework.');
    expect(has(evs, 'THREAT', 'Japan', 'China')).toBe(true);
    expect(of(evs, 'THREAT').some((e) => e.target === 'WTO' || e.target === 'World Trade Organization')).toBe(false);
  });

  it('an authority\'s punitive noun with no one named states its powers: no counterpart is filled in', () => {
    const evs = run('The Data Authority opened an inquiry into Tarn Cloud in March.\n\n'
      + 'Under the data law, the authority may impose fines of up to 4% of global turnover.');
    expect(of(evs, 'THREAT')).toEqual([]);
  });

  it('a reply with no one named still answers the counterpart, and so does appealing its measure', () => {
    const evs = run('The Data Authority fined Tarn Cloud 2 million euros on Monday.\n\n'
      + 'Tarn Cloud said it was weighing its response and would appeal the fine.');
    expect(has(evs, 'THREAT', 'Tarn Cloud', 'Data Authority')).toBe(true);
  });

  it('a negated measure is still no threat, and "will not hesitate to help" has no punitive noun', () => {
    const evs = run(`${FINED}\n\nThe authority said it would not impose further penalties. It will not hesitate to help smaller firms.`);
    expect(of(evs, 'THREAT')).toEqual([]);
  });
});

describe('demand: requests with no request verb of a named requester', () => {
  it('"requested X to …" takes its addressee next', () => {
    const evs = run('China imposed sanctions on Japan on Monday.\n\n'
      + 'Japan requested the Chinese side to release a detained engineer at an early date.');
    expect(has(evs, 'DEMAND', 'Japan', 'China')).toBe(true);
  });

  it('a pronoun addressee is the party of the sentence before ("asked them to …")', () => {
    const evs = run('China imposed sanctions on Japan on Monday.\n\n'
      + 'Japan has taken up the matter with China. Japan asked them to ensure timely supplies.');
    expect(has(evs, 'DEMAND', 'Japan', 'China')).toBe(true);
  });

  it('a passive requirement on a named party ("X is required to …") is the leading authority\'s demand', () => {
    // The leading authority: named in the title or lead, three times in all.
    const evs = run('The Competition and Markets Authority (CMA) fined Quillon Systems £2 million on Tuesday. The CMA said the firm ignored two requests.\n\n'
      + 'Quillon Systems is required to publish the corrected figures within 20 days.', 'CMA fines Quillon Systems');
    expect(has(evs, 'DEMAND', 'Competition and Markets Authority', 'Quillon Systems')).toBe(true);
  });

  it('a deadline given to a party ("X has until 12 May to …")', () => {
    const evs = run('The Competition and Markets Authority fined Quillon Systems £2 million on Tuesday.\n\n'
      + 'Quillon Systems has until 12 May to hand over the documents, the authority said.');
    expect(has(evs, 'DEMAND', 'Competition and Markets Authority', 'Quillon Systems')).toBe(true);
  });

  it('a request verb coordinated with the main one has the sentence\'s first subject ("X, …, said … and called on Y to …")', () => {
    const evs = run('The European Commission closed its probe into Quillon Systems after accepting its commitments.\n\n'
      + 'The Marrowby Labs, a rival that had complained about Quillon Systems in 2024, said the commitments left gaps and called on the Commission to appoint a monitor.');
    expect(has(evs, 'DEMAND', 'Marrowby Labs', 'European Commission')).toBe(true);
  });

  it('a second letter "requests documents from X": one demand per addressee, by the letters\' writer', () => {
    const evs = run('Senator Ada Vell sent a letter urging the Department of Commerce to add Marrowby Labs to the entity list. A second letter requests documents from Quillon Systems.');
    expect(has(evs, 'DEMAND', 'Ada Vell', 'Department of Commerce')).toBe(true);
    expect(has(evs, 'DEMAND', 'Ada Vell', 'Quillon Systems')).toBe(true);
  });

  it('"requested comment from X" and "requested damages from X" are no demands on X', () => {
    const evs = run('Quillon Systems sued Marrowby Labs in May. Reporters requested comment from Marrowby Labs. Quillon Systems requested damages from Marrowby Labs.');
    expect(of(evs, 'DEMAND')).toEqual([]);
  });

  it('members of the requesting party ("the senators asked …")', () => {
    const evs = run('Senator Ada Vell urged the Federal Trade Commission to investigate Quillon Systems over its voice data.\n\n'
      + 'In a second letter, the senators asked Quillon Systems to answer twelve questions by March 3.');
    expect(has(evs, 'DEMAND', 'Ada Vell', 'Quillon Systems')).toBe(true);
  });

  it('"was asked to comment" and "is expected to report" are no demands', () => {
    const evs = run('The Competition and Markets Authority fined Quillon Systems £2 million on Tuesday.\n\n'
      + 'Quillon Systems was asked to comment. Quillon Systems is expected to report results in May.');
    expect(of(evs, 'DEMAND')).toEqual([]);
  });
});

describe('transcripts: turn labels with a title and a comma, questioners with an outlet', () => {
  // India is the briefing's leading authority (named three times in the lead); its spokesperson speaks for it.
  const BRIEFING = 'Transcript of the Weekly Briefing of India by the Official Spokesperson of India\n\n'
    + 'Question (Ada Vell, Wirefeed): Yesterday China accused India of discriminating against Chinese firms. What is your response?\n\n';
  it('"Official Spokesperson, Shri Tomas Brin:" speaks; a British "Characterising …" opening a sentence is no name', () => {
    const evs = run(BRIEFING + 'Official Spokesperson, Shri Tomas Brin: We have seen those remarks. '
      + 'Characterising a licensing rule as discrimination is simply not accurate.\n\n'
      + 'Question (Nora Quent, Daily Ledger): Has the matter of supplies been raised with China?\n\n'
      + 'Official Spokesperson, Shri Tomas Brin: Yes, we have taken up the matter with China. We have asked them to ensure timely supplies.');
    expect(evs.some((e) => e.actor === 'Characterising')).toBe(false);
    expect(of(evs, 'DENIAL').length).toBeGreaterThan(0);
    expect(of(evs, 'DEMAND').some((e) => e.target === 'China')).toBe(true);
  });
});


describe('roles: a capitalised description is the short form of the name it ends', () => {
  it('"the Commission" after "the European Commission" and a state named since is the Commission', () => {
    const evs = run('Letter to the European Commission\n\nDear Commissioner,\n\nWe are writing about reports that Quillon Systems handed customer data '
      + 'to United States authorities without informing the customers. The United States has not commented, and the data is now held in the United States.\n\n'
      + 'We therefore call on the Commission to open an investigation into Quillon Systems without delay.\n\nYours sincerely,\n\nAda Vell MEP\nTomas Brin MEP');
    expect(has(evs, 'DEMAND', 'Ada Vell', 'European Commission')).toBe(true);
    expect(of(evs, 'DEMAND').some((e) => e.target === 'European Commission')).toBe(true);
    expect(of(evs, 'DEMAND').some((e) => e.target === 'United States')).toBe(false);
  });
});

describe('roles: a description does not run across another article', () => {
  it('"the senators asked the company to …": "the company" is the company, asked by the senator', () => {
    const evs = run('Senator Ada Vell urged the Federal Trade Commission to investigate Quillon Systems over its voice data.\n\n'
      + 'In a second letter to Quillon Systems chief executive Tomas Brin, the senators asked the company to answer twelve questions by March 3.');
    expect(has(evs, 'DEMAND', 'Ada Vell', 'Quillon Systems')).toBe(true);
  });
});

describe('voices: a single "Name:" line is a subheading, not a transcript turn', () => {
  it('"Dellow Chat: the Authority limits …" gives the lines below no voice of Dellow Chat', () => {
    const evs = run('Ostrian Data Authority - Press release\n\nDellow Chat: the Authority limits the processing of data by Quillon Systems\n\n'
      + 'The Ostrian Data Authority fined Quillon Systems on Monday. The Ostrian Data Authority said Quillon Systems had failed to protect user data.\n\n'
      + 'We have asked Quillon Systems to delete the data within 20 days.', 'Ostrian Data Authority fines Quillon Systems');
    expect(evs.some((e) => e.actor === 'Dellow Chat')).toBe(false);
  });
});

