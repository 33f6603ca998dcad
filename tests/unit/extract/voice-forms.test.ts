// First-person speakers and other forms of text we wrote ourselves (issue 17, forms pass on our own held-out texts):
// who "we"/"I" is in a company's post, a statement introduced before its text, a letter, a transcript turn.
// Every sentence here is our own; none comes from an evaluation text.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string, published = '2026-05-12') => extract({ text, title, published });
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('voices: "we" and "I" outside a quotation', () => {
  it("a post's byline names its author, who is \"we\" below it", () => {
    const text = [
      'Why we are challenging the Ostmark ban',
      '',
      'Quillon Robotics Newsroom - April 2, 2026',
      '',
      'Last week the European Commission fined Quillon Robotics. We have filed suit against the European Commission in the General Court.',
    ].join('\n');
    expect(triples(run(text).events)).toContain('LEGAL_ACTION Quillon Robotics -> European Commission');
  });

  it('a byline "By <person>, <title>, <company> - <date>" makes the company the author', () => {
    const text = [
      'By Tomas Brin, General Counsel, Marrowby Systems - 4 May 2026',
      '',
      'The Ostmark Trade Office fined Marrowby Systems on Friday. We urge the Ostmark Trade Office to withdraw the fine.',
    ].join('\n');
    expect(triples(run(text).events)).toContain('DEMAND Marrowby Systems -> Ostmark Trade Office');
  });

  it('"X issued the following statement:" makes X the "I" of the paragraphs below', () => {
    const text = [
      'Representative Jonah Pell today issued the following statement on the Tarvel Labs data leak:',
      '',
      '"I am calling on Tarvel Labs to notify every affected customer by Friday.',
      '',
      '"I also urge the Consumer Safety Board to open an investigation into Tarvel Labs."',
    ].join('\n');
    const t = triples(run(text).events);
    expect(t).toContain('DEMAND Jonah Pell -> Tarvel Labs');
    expect(t).toContain('DEMAND Jonah Pell -> Consumer Safety Board');
  });

  it("a letter's signatory is \"I\", and \"you\" is the addressee of its salutation", () => {
    const text = [
      'Ms. Ines Darrow',
      'Chief Executive Officer',
      'Brackwater Data',
      '',
      'Dear Ms. Darrow:',
      '',
      'I request that you provide the Committee with a list of every contractor that had access to the records.',
      '',
      'Sincerely,',
      '',
      'Oswin Hartley',
      'Chair',
    ].join('\n');
    expect(triples(run(text).events)).toContain('DEMAND Oswin Hartley -> Ines Darrow');
  });

  it('a transcript turn labelled with a surname speaks for the person the header names; a questioner does not', () => {
    const text = [
      'Press briefing, 9 March 2026',
      'Nadia Ferro, Ministry Spokesperson',
      '',
      'QUESTION: The Ostmark Trade Office has accused Quillon Robotics of dumping. What is your view?',
      '',
      'MS. FERRO: Those accusations are baseless. We urge the Ostmark Trade Office to lift its duties on Quillon Robotics.',
    ].join('\n');
    const t = triples(run(text).events);
    expect(t).toContain('DEMAND Nadia Ferro -> Ostmark Trade Office');
  });

  it('with no byline, statement or signature, a lone "we" outside quotes still names no one', () => {
    const text = 'The Ostmark Trade Office fined Quillon Robotics on Friday. We urge the office to reconsider.';
    expect(triples(run(text).events)).toEqual(['RESTRICTION Ostmark Trade Office -> Quillon Robotics']);
  });
});

describe('names: a known body\'s alias does not rename a longer name', () => {
  it('"Select Committee on <other words>" is not the known select committee; "the Commission on Monday" still is the Commission', () => {
    const r = run('The House Select Committee on Maritime Robotics wrote to Quillon Robotics on Friday.');
    expect(r.entities.map((e) => e.name)).not.toContain('House Select Committee on the CCP');
    const r2 = run('The European Commission on Monday fined Quillon Robotics 20 million euros.');
    expect(triples(r2.events)).toEqual(['RESTRICTION European Commission -> Quillon Robotics']);
  });
});

describe('denials with no verb of denial', () => {
  it('"had never …" denies only in the accused\'s own report ("said it had never", "we have never"), not a third party\'s claim', () => {
    const t = triples(run('Ostmark accused Quillon Robotics of selling drones to its rebels. Quillon Robotics said it had never sold a drone to anyone in Ostmark.').events);
    expect(t).toContain('DENIAL Quillon Robotics -> Ostmark');
    const t2 = triples(run('Ostmark accused Quillon Robotics of selling drones to its rebels. Senator Ada Vell said Quillon Robotics is reckless, and it has never explained its sales.').events);
    expect(t2.filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });
});

describe('conditional threats', () => {
  it('the main clause of a conditional threatens the subject of its condition; the condition itself reports no act', () => {
    const t = triples(run('If Quillon Robotics keeps selling drones to the rebels, Japan will take all necessary measures.').events);
    expect(t).toEqual(['THREAT Japan -> Quillon Robotics']);
    const t2 = triples(run('If Japan bans Quillon Robotics, the company will lose its largest market.').events);
    expect(t2).toEqual([]);
  });

  it('an inverted condition ("Should X fail to …, it may be subject to a fine") is a threat by the one who ordered', () => {
    const t = triples(run('The European Commission ordered Quillon Robotics to stop the transfers on Monday. Should Quillon Robotics fail to comply, it may be subject to a fine of up to 6% of its turnover.').events);
    expect(t).toContain('THREAT European Commission -> Quillon Robotics');
  });
});

describe('several targets in a long object', () => {
  it('"added six entities in A and B to the Entity List, including C, D (seat) and E": the members, not the places', () => {
    const t = triples(run('Today the Commerce Department added six entities in Ostmark and Port Dastia to the Entity List, including Quillon Technology Ltd., Marrowby Components (Port Dastia) and Tessaly Microsystems, for acting against the interests of the United States.').events);
    expect(t).toEqual([
      'RESTRICTION Department of Commerce -> Quillon Technology Ltd.',
      'RESTRICTION Department of Commerce -> Marrowby Components',
      'RESTRICTION Department of Commerce -> Tessaly Microsystems',
    ]);
  });

  it('"the lawsuit names A and engineers B and C": each is a defendant of whoever brought the suit', () => {
    const t = triples(run('Quillon sued Marrowby over its battery patents on Monday. The lawsuit, filed in federal court in Delmar, names Marrowby and engineers Ada Vell and Tomas Brin.').events);
    expect(t).toEqual(['LEGAL_ACTION Quillon -> Marrowby', 'LEGAL_ACTION Quillon -> Ada Vell', 'LEGAL_ACTION Quillon -> Tomas Brin']);
  });
});

describe('wrong parties', () => {
  it('a release dateline "City, 4 February 2026 -" names no party', () => {
    expect(triples(run('Brussels, 4 February 2026 - The European Commission has fined Quillon Robotics 20 million euros.').events))
      .toEqual(['RESTRICTION European Commission -> Quillon Robotics']);
  });

  it('an agent after "by" beside the act names its other party before any counterpart ("offered by X", "brought by X")', () => {
    const t = triples(run('The European Commission opened a probe into Marrowby Labs in May. Separately, the European Commission has today accepted binding commitments offered by Tessaly Microsystems, closing the investigation it opened in 2025.').events);
    expect(t).toContain('DEESCALATION European Commission -> Tessaly Microsystems');
    expect(t).not.toContain('DEESCALATION European Commission -> Marrowby Labs');
    const t2 = triples(run('The Ostmark Privacy Office fined Marrowby Labs in May. Last year Marrowby Labs settled a separate case brought by the consumer group Fair Ostmark Alliance.').events);
    expect(t2).not.toContain('DEESCALATION Marrowby Labs -> Ostmark Privacy Office');
  });

  it('"A former Quillon engineer has been charged" is no act against Quillon, the employer in a description', () => {
    expect(triples(run("SAN DIEGO, Aug 4 (Wirefeed) - A former Quillon Robotics engineer has been charged with stealing trade secrets related to the company's drone motors, the U.S. Justice Department said on Tuesday.").events)).toEqual([]);
  });
});

describe('a request to a court', () => {
  it('"asked the court to order X to …" is a legal step against X; the court has ordered nothing', () => {
    expect(triples(run('Quillon Robotics asked the Delmar District Court to order Marrowby Labs to stop selling its drones.').events))
      .toEqual(['LEGAL_ACTION Quillon Robotics -> Marrowby Labs']);
  });
});

describe("the text's own voice as the accused", () => {
  it('"The Authority claims that we …" in a company post accuses the post\'s author; a company\'s own claim accuses no one', () => {
    const text = 'Our view\n\nQuillon Robotics Newsroom - April 2, 2026\n\nThe European Commission claims that we have been shipping drones on worse terms. We respectfully disagree.';
    const t = triples(run(text).events);
    expect(t).toContain('ALLEGATION European Commission -> Quillon Robotics');
    expect(t).toContain('DENIAL Quillon Robotics -> European Commission');
    expect(triples(run('Quillon claims that its new chip is twice as fast as Marrowby chips.').events)).toEqual([]);
  });
});

describe('courts', () => {
  it("a named court's holding that a party did wrong is its ruling against that party", () => {
    expect(triples(run('Quillon sued Marrowby in May. The Delmar District Court held that Marrowby had abused its dominant position.').events))
      .toContain('LEGAL_ACTION Delmar District Court -> Marrowby');
  });

  it('an injunction sought from a court ("seeking an injunction barring X") imposes no restriction', () => {
    expect(triples(run('Quillon sued Marrowby in May. Quillon is seeking an injunction barring Marrowby from selling the drones.').events))
      .toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });
});

describe('clauses', () => {
  it('a subordinate clause whose subject opens with a determiner is its own clause ("… after the Commerce Department announced it had removed X")', () => {
    expect(triples(run('Senator Ada Vell issued a statement after the Commerce Department announced it had removed Marrowby Labs from the Entity List.').events))
      .toEqual(['DEESCALATION Department of Commerce -> Marrowby Labs']);
  });

  it('… and when that subject stands right before the verb ("It comes after the Federal Trade Commission opened …")', () => {
    expect(triples(run('It comes a week after the Federal Trade Commission opened an inquiry into Marrowby.').events))
      .toEqual(['INVESTIGATION Federal Trade Commission -> Marrowby']);
    expect(triples(run('Quillon filed its complaint before the European Commission fined Marrowby.').events))
      .toContain('RESTRICTION European Commission -> Marrowby');
  });
});

describe('coordinated clauses', () => {
  it('", and <name> will <verb>" opens a clause with its own subject; an Oxford-comma list of objects does not', () => {
    const t = triples(run('Quillon sued Marrowby over its patents in May. Under the agreement, Marrowby will withdraw its petitions against the patents, and Quillon will drop a parallel complaint at the International Trade Commission in which it sought to block imports of Marrowby drones.').events);
    expect(t).toContain('DEESCALATION Quillon -> Marrowby');
    expect(t).toContain('DEESCALATION Marrowby -> Quillon');
    expect(t.filter((x) => x.startsWith('RESTRICTION'))).toEqual([]);
  });
});

describe('a headline participle whose agent follows an amount', () => {
  it('"Quillon Labs fined $15M by Ostria for …" is Ostria\'s act on Quillon Labs', () => {
    const r = extract({ title: 'Quillon Labs fined $15M by Italy for breaking data rules', text: 'The fine was announced on Friday.', published: '2026-03-10' });
    expect(r.events.find((e) => e.type === 'RESTRICTION')).toMatchObject({ actor: 'Italy', target: 'Quillon Labs' });
  });
});

describe('a currency code after a name', () => {
  it('ends the name: "fined Quillon Labs EUR 5 million"', () => {
    const r = extract({ text: 'The Data Protection Authority fined chatbot maker Quillon Labs EUR 5 million for breaking data rules.', published: '2026-03-10' });
    expect(r.events.find((e) => e.type === 'RESTRICTION')).toMatchObject({ actor: 'Data Protection Authority', target: 'Quillon Labs' });
  });
});
