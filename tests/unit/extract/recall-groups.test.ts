// Recall on forms real texts use for who acts (issue 17 §2): lists of named legislators behind a plural title, group
// nouns that refer back to them, descriptive company nouns, spokespersons "for" a company, bare rebuttals.
// Every sentence here is our own; the parties are fictional.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const run = (text: string) => extract({ text, title: '', published: '2026-03-12' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
const persons = (text: string) => extract({ text, title: '', published: '2026-03-12' }).entities.filter((e) => e.kind === 'person').map((e) => e.name);

describe('extract recall: named legislators and the group nouns that refer back to them', () => {
  // Persons coordinated as the joint subject of one act make ONE event, named by the first of them (the contract's
  // accepted names of one event list them all; coSignersOnce in extract/types.ts).
  it('"Senators A and B" names two persons acting together: one event, named by the first', () => {
    const text = 'Senators Ada Vell and Lin Oster criticised Corvane AI on Monday.';
    expect(run(text)).toEqual(['ALLEGATION Ada Vell -> Corvane AI']);
    expect(persons(text)).toEqual(['Ada Vell', 'Lin Oster']);
  });

  it('"Sens. A, B and C" is one sentence and a list of three persons, one demand named by the first', () => {
    const text = 'Sens. Ada Vell, Lin Oster and Tomas Brenn wrote to Corvane AI, asking for its safety records.';
    expect(run(text)).toEqual(['DEMAND Ada Vell -> Corvane AI']);
    expect(persons(text)).toEqual(['Ada Vell', 'Lin Oster', 'Tomas Brenn']);
  });

  it('"Senator A and Senator B": a person before a title is coordinated with the next, not its employer', () => {
    const text = 'Senator Ada Vell and Senator Lin Oster criticised Corvane AI on Monday.';
    expect(run(text)).toEqual(['ALLEGATION Ada Vell -> Corvane AI']);
    expect(persons(text)).toEqual(['Ada Vell', 'Lin Oster']);
  });

  it('"the lawmakers" and "the senators" later are the persons named together before (the first names the event)', () => {
    const a = run('Reps. Ada Vell and Lin Oster sent a letter to Corvane AI on Monday. The lawmakers accused Corvane AI of misleading parents.');
    expect(a).toContain('ALLEGATION Ada Vell -> Corvane AI');
    expect(a).not.toContain('ALLEGATION Lin Oster -> Corvane AI');
    const b = run('Senators Ada Vell and Lin Oster criticised Pellucid Systems in May. The senators urged Corvane AI to stop selling the toy.');
    expect(b).toContain('DEMAND Ada Vell -> Corvane AI');
    expect(b).not.toContain('DEMAND Lin Oster -> Corvane AI');
  });
});

describe('extract recall: descriptive company nouns', () => {
  it('"the drugstore chain", "the retailer", "the automaker" are the company named before', () => {
    for (const d of ['drugstore chain', 'retailer', 'automaker']) {
      expect(run(`The Federal Trade Commission sued Pellucid Systems on Monday. The ${d} denied the allegations.`))
        .toContain('DENIAL Pellucid Systems -> Federal Trade Commission');
    }
    expect(run('The Federal Trade Commission sued Pellucid Systems. The regulator said the drugstore chain had misled its customers.'))
      .toContain('ALLEGATION Federal Trade Commission -> Pellucid Systems');
  });

  it('"the supply chain" is no company', () => {
    expect(run('The Federal Trade Commission sued Pellucid Systems on Monday. The supply chain denied nothing.')).toEqual(['LEGAL_ACTION Federal Trade Commission -> Pellucid Systems']);
    expect(run('Pellucid Systems praised Corvane AI. The regulator said the supply chain had misled its customers.')).toEqual([]);
  });
});

describe('extract recall: a company suffix anywhere makes a name a company', () => {
  it('"Dalmore Drug said …" and later "Dalmore Drug Corp." is a company, which a description then refers to', () => {
    const text = 'The Federal Trade Commission said the drugstore chain misled buyers. Dalmore Drug said it disagrees with the allegations. Dalmore Drug Corp., based in Ostria, has 900 stores.';
    const r = extract({ text: 'Dalmore Drug sells medicine. ' + text, title: '', published: '2026-03-12' });
    expect(r.entities.find((e) => e.name === 'Dalmore Drug')?.kind).toBe('company');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('DENIAL Dalmore Drug -> Federal Trade Commission');
  });

  it('a person stays a person without a suffix', () => {
    const r = extract({ text: 'Ada Vell said the fine was unfair. Ada Vell is a lawyer.', title: '', published: '2026-03-12' });
    expect(r.entities.find((e) => e.name === 'Ada Vell')?.kind).toBe('person');
  });
});

describe('extract recall: a spokesperson "for" a company speaks for it', () => {
  it('postposed and preposed, with or without a name', () => {
    const lead = 'Pellucid Systems sued Corvane AI in May, accusing it of copying code. ';
    for (const s of ['"The claims are false," said a spokesperson for Corvane AI.', '"The claims are false," said Ada Vell, a spokesperson for Corvane AI.',
      'A spokesperson for Corvane AI said the claims were false.']) {
      const evs = run(lead + s).filter((e) => e.startsWith('DENIAL'));
      expect(evs).toEqual(['DENIAL Corvane AI -> Pellucid Systems']);
    }
  });

  it('a bare "Untrue." or "False." is the accused\'s rebuttal, never the accuser\'s', () => {
    expect(run('Pellucid Systems sued Corvane AI in May. "Untrue," a Corvane AI spokesperson said.')).toContain('DENIAL Corvane AI -> Pellucid Systems');
    const evs = run('Pellucid Systems sued Corvane AI in May. Corvane AI answered in a statement. "Pellucid Systems says we copied its code. False."');
    expect(evs).toContain('DENIAL Corvane AI -> Pellucid Systems');
    expect(evs).not.toContain('DENIAL Pellucid Systems -> Corvane AI');
  });

  it('a quoted "we" denial with its speaker after the quotation: the speaker denies, and is no object of its own words', () => {
    const lead = 'Pellucid Systems accused Corvane AI of copying its code. ';
    expect(run(lead + '"We did nothing wrong," Corvane AI said.')).toContain('DENIAL Corvane AI -> Pellucid Systems');
    expect(run(lead + '"We have done nothing wrong," Corvane AI told Brisk Media.')).toContain('DENIAL Corvane AI -> Pellucid Systems');
  });

  it('the listener of "told X that" is no party, also a discovered outlet', () => {
    const evs = run('Pellucid Systems accused Corvane AI of copying its code. Corvane AI told the Veldoria Herald that the accusations were baseless.');
    expect(evs).toEqual(['ALLEGATION Pellucid Systems -> Corvane AI', 'DENIAL Corvane AI -> Pellucid Systems']);
  });

  it('"false" inside a longer sentence is no bare rebuttal', () => {
    expect(run('Pellucid Systems sued Corvane AI in May. False alarms hit the Corvane AI plant.').filter((e) => e.startsWith('DENIAL'))).toEqual([]);
  });
});

describe('extract recall: motions and bids in a case', () => {
  const CASE = 'Pellucid Systems sued Corvane AI in the Dastia District Court in May. ';
  it('"moved to dismiss" / "filed a motion to dismiss" is the movant\'s legal step against the other side', () => {
    expect(run(CASE + 'Corvane AI moved to dismiss the lawsuit on Friday.')).toContain('LEGAL_ACTION Corvane AI -> Pellucid Systems');
    expect(run(CASE + 'Corvane AI filed a motion to dismiss the lawsuit.')).toContain('LEGAL_ACTION Corvane AI -> Pellucid Systems');
  });

  it('"moved to" a place or an act outside a case is no motion', () => {
    expect(run('Corvane AI moved to Veldoria in May.')).toEqual([]);
    expect(run(CASE + 'Corvane AI moved to expand its plant.')).toEqual(['LEGAL_ACTION Pellucid Systems -> Corvane AI']);
  });

  it('a bid lost is the court\'s ruling against the movant, a bid won against the other side', () => {
    expect(run(CASE + 'Corvane AI lost a bid to dismiss the lawsuit.')).toContain('LEGAL_ACTION Dastia District Court -> Corvane AI');
    expect(run(CASE + 'Corvane AI won a bid to move the case to Veldoria.')).toContain('LEGAL_ACTION Dastia District Court -> Pellucid Systems');
  });

  it('with no court named, or a bid outside a case, nothing', () => {
    expect(run('Pellucid Systems sued Corvane AI in May. Corvane AI lost a bid to dismiss the lawsuit.')).toEqual(['LEGAL_ACTION Pellucid Systems -> Corvane AI']);
    expect(run('Corvane AI lost a bid to buy Pellucid Systems.')).toEqual([]);
  });
});

describe('extract: settlements of claims', () => {
  it('"agreed to pay … to settle claims that it …": the settler tells no allegation; the claims\' owner does', () => {
    const a = run('Pellucid Systems sued Corvane AI in May. Corvane AI agreed to pay $5 million to settle claims by Pellucid Systems that it copied code.');
    expect(a).toContain('DEESCALATION Corvane AI -> Pellucid Systems');
    expect(a).toContain('ALLEGATION Pellucid Systems -> Corvane AI');
    expect(a).not.toContain('ALLEGATION Corvane AI -> Pellucid Systems');
    for (const s of ['Corvane AI will pay $5 million to settle charges that it misled customers.',
      'Corvane AI agreed to pay $5 million to settle the agency\'s claims that it misled customers.']) {
      const b = run('The Federal Trade Commission sued Corvane AI in May. ' + s);
      expect(b).toContain('DEESCALATION Corvane AI -> Federal Trade Commission');
      expect(b.filter((e) => e.startsWith('ALLEGATION Corvane AI'))).toEqual([]);
    }
  });

  it('a party that files claims still tells them', () => {
    expect(run('Pellucid Systems filed claims that Corvane AI copied its code.')).toContain('ALLEGATION Pellucid Systems -> Corvane AI');
  });
});

describe('extract recall: courts stopping measures and overturning rulings', () => {
  it('a court that suspends or blocks a government\'s measure rules against its author', () => {
    expect(run('The Japanese government banned Corvane AI in May. The Tokyo District Court suspended the ban on Monday.')).toContain('LEGAL_ACTION Tokyo District Court -> Japan');
    expect(run('The Japanese government ordered Corvane AI to leave the market. Judge Ada Vell blocked the order on Monday.')).toContain('LEGAL_ACTION Ada Vell -> Japan');
  });

  it('only a court or judge: a government blocking an order is no court\'s ruling', () => {
    expect(run('The Japanese government banned Corvane AI in May. Pellucid Systems blocked the order.').filter((e) => e.startsWith('LEGAL_ACTION'))).toEqual([]);
  });

  it('"overturned the ruling against X": against the other side of X\'s case; no case, nothing', () => {
    expect(run('Pellucid Systems sued Corvane AI in the Dastia District Court in May. The Dastia Court of Appeals overturned the ruling against Corvane AI.'))
      .toContain('LEGAL_ACTION Dastia Court of Appeals -> Pellucid Systems');
    expect(run('The Dastia Court of Appeals overturned the ruling against Corvane AI.')).toEqual([]);
  });

  it('a capital opening a court\'s name is part of it, no state', () => {
    const r = extract({ text: 'Quillon sued Marrowby at the Beijing Intellectual Property Court in May.', title: '', published: '2026-03-12' });
    expect(r.entities.map((e) => e.name)).toContain('Beijing Intellectual Property Court');
    expect(r.entities.map((e) => e.name)).not.toContain('China');
  });
});

describe('extract recall: who speaks for whom, more forms', () => {
  it('a capitalised common word joined by "and" to a company is a company too ("Pellucid and Sovereign")', () => {
    expect(run('Pellucid and Sovereign have sued Corvane AI.')).toEqual(['LEGAL_ACTION Pellucid -> Corvane AI', 'LEGAL_ACTION Sovereign -> Corvane AI']);
    expect(run('Corvane AI said Sovereign practice was to sue.')).toEqual([]);
  });

  it('"a rep/lawyer for X" speaks for X, before or after the verb', () => {
    const lead = 'Pellucid Systems sued Corvane AI in May. ';
    expect(run(lead + 'A lawyer for Corvane AI said the claims were baseless.')).toContain('DENIAL Corvane AI -> Pellucid Systems');
    expect(run(lead + '"The claims are baseless," a lawyer for Corvane AI said.')).toContain('DENIAL Corvane AI -> Pellucid Systems');
  });

  it('"told Wirefeed that its models …": the listener is no antecedent of "its"; a rep\'s "its" is its company\'s', () => {
    const lead = 'Pellucid Systems sued Corvane AI in May. ';
    expect(run(lead + 'Corvane AI told Wirefeed that its models are "grounded in fair use."')).toContain('DENIAL Corvane AI -> Pellucid Systems');
    expect(run(lead + 'A rep for the company, which is led by chief executive Ada Vell, told Wirefeed that its models are "grounded in fair use."'))
      .toContain('DENIAL Corvane AI -> Pellucid Systems');
  });

  it('"the company, which is led by CEO X": the organisation of the person the relative clause names', () => {
    const evs = run('Pellucid Systems sued Corvane AI in May. Pellucid Systems is led by Lin Oster. A rep for the company, which is led by CEO Ada Vell of Corvane AI, told Wirefeed that its models are "grounded in fair use."');
    expect(evs).toContain('DENIAL Corvane AI -> Pellucid Systems');
    expect(evs).not.toContain('DENIAL Pellucid Systems -> Corvane AI');
  });
});

describe('extract recall: rulings told by their outcome, a party\'s other steps', () => {
  const CASE = 'Pellucid Systems sued Corvane AI in the Dastia District Court in May. ';
  it('a court that bars a party rules (a legal action, not a restriction)', () => {
    const evs = run(CASE + 'The Dastia District Court issued an injunction barring Corvane AI from selling the chips.');
    expect(evs).toContain('LEGAL_ACTION Dastia District Court -> Corvane AI');
    expect(evs.filter((e) => e.startsWith('RESTRICTION'))).toEqual([]);
  });

  it('"threw out the lawsuit" / "dismissed the case": against its plaintiff; a company dismissing claims is no ruling', () => {
    expect(run(CASE + 'The court dismissed the case.')).toContain('LEGAL_ACTION Dastia District Court -> Pellucid Systems');
    expect(run(CASE + 'Corvane AI dismissed the claims as baseless.').filter((e) => e.startsWith('LEGAL_ACTION Corvane'))).toEqual([]);
  });

  it('"was found liable" has no speaker: the found party tells no allegation', () => {
    expect(run(CASE + 'Corvane AI was found liable for infringing the patents.').filter((e) => e.startsWith('ALLEGATION Corvane AI'))).toEqual([]);
  });

  it('"to take action against X" after another verb is no act; a finite "took action against X" is', () => {
    expect(run('The backlash prompted authorities in Ostria to take action against Corvane AI.')).toEqual([]);
    expect(run('The Federal Trade Commission has taken action against Corvane AI.')).toEqual(['LEGAL_ACTION Federal Trade Commission -> Corvane AI']);
  });
});

describe('extract recall: more denials and a possessor before a verb', () => {
  const lead = 'Pellucid Systems sued Corvane AI in May. ';
  it('claims called frivolous or flawed, a quoted "disagrees", a push back with its reason, confidence in its position', () => {
    for (const s of ['Corvane AI called the lawsuit frivolous.', 'Corvane AI said the suit was frivolous.', 'Corvane AI said it "strongly disagrees" with the claims.',
      'Corvane AI pushed back, saying its code was its own.', 'Corvane AI said it was confident in its legal position.']) {
      expect(run(lead + s)).toContain('DENIAL Corvane AI -> Pellucid Systems');
    }
  });

  it('"a frivolous lawsuit" filed by a party is no denial', () => {
    expect(run('Pellucid Systems filed what Corvane AI expects to be a long case. Ada Vell said frivolous lawsuits hurt everyone.').filter((e) => e.startsWith('DENIAL'))).toEqual([]);
  });

  it('"Japan\'s trade ministry accused X": the verb ends the possessed phrase; X is no possession of Japan', () => {
    expect(run('Japan\'s trade ministry accused Corvane AI of dumping chips.')).toEqual(['ALLEGATION Japan -> Corvane AI']);
    expect(run('The UK\'s newly formed AI Safety Board fined Corvane AI.')).toEqual(['RESTRICTION UK AI Safety Board -> Corvane AI']);
  });
});

describe('extract recall: group and person nouns for titled persons with no joint act before', () => {
  it('"the senators", "the lawmakers", "the attorneys general", "the senator"', () => {
    // The group of persons acts as one: the first of them names the event.
    expect(run('Sens. Ada Vell and Lin Oster met Corvane AI executives on Monday. The senators urged Corvane AI to stop selling the toy.'))
      .toEqual(['DEMAND Ada Vell -> Corvane AI']);
    expect(run('Sen. Ada Vell and Rep. Lin Oster met Corvane AI executives. The lawmakers accused Corvane AI of misleading parents.'))
      .toEqual(['ALLEGATION Ada Vell -> Corvane AI']);
    expect(run('The attorney general of Ostria and the attorney general of Dastia met Corvane AI executives. The attorneys general urged Corvane AI to stop selling the toy.'))
      .toEqual(['DEMAND Ostria Attorney General -> Corvane AI', 'DEMAND Dastia Attorney General -> Corvane AI']);
    expect(run('Senator Ada Vell met Corvane AI executives on Monday. The senator urged Corvane AI to stop selling the toy.')).toEqual(['DEMAND Ada Vell -> Corvane AI']);
  });

  it('no titled person, or a singular noun with several candidates: no actor', () => {
    expect(run('Corvane AI met Ada Vell. The attorneys general urged Corvane AI to stop selling the toy.')).toEqual([]);
    expect(run('Sen. Ada Vell and Sen. Lin Oster met Corvane AI executives. The senator urged Corvane AI to stop selling the toy.')).toEqual([]);
  });

  it('a "Coalition" is an organisation, not a person before a speech verb', () => {
    const r = extract({ text: 'The Veldorian Consumer Coalition wrote to Corvane AI on Monday, urging it to stop.', title: '', published: '2026-03-12' });
    expect(r.entities.find((e) => e.name === 'Veldorian Consumer Coalition')?.kind).toBe('other_org');
  });
});

describe('extract recall: rebuttals in a ministry transcript', () => {
  const head = 'Chinese Foreign Ministry Spokesperson Lin Wei\'s Regular Press Conference on March 3\nQ: Japan has accused China of hacking its networks. Do you have any comment?\n';
  it('"A: Untrue." and "A: We firmly oppose such smears." are the ministry\'s denials of the accuser', () => {
    expect(run(head + 'A: Untrue. China never engages in hacking.')).toContain('DENIAL China -> Japan');
    expect(run(head + 'A: We firmly oppose such smears. China is a victim of cyberattacks.')).toContain('DENIAL China -> Japan');
  });
});

describe('extract recall: lists of legislators with party and state, and group subjects with auxiliaries', () => {
  it('"Sens. A (D-Os.) and B (R-Da.)": both are persons, acting together (one demand, named by the first)', () => {
    const text = 'Sens. Ada Vell (D-Os.) and Lin Oster (R-Da.) wrote to Corvane AI, asking for its safety records.';
    expect(run(text)).toEqual(['DEMAND Ada Vell -> Corvane AI']);
    expect(persons(text)).toEqual(['Ada Vell', 'Lin Oster']);
  });

  it('"The senators are seeking information from X and Y": one demand per addressee, named by the first senator', () => {
    expect(run('Sens. Ada Vell (D-Os.) and Lin Oster (R-Da.) met Corvane AI executives. The senators are seeking information from Corvane AI and Pellucid Systems.'))
      .toEqual(['DEMAND Ada Vell -> Corvane AI', 'DEMAND Ada Vell -> Pellucid Systems']);
  });
});

describe('extract recall: requests to a court and the court\'s answer', () => {
  const lead = 'Japan ordered Corvane AI to leave the market in May. Corvane AI asked the Dastia District Court to suspend the order. ';
  it('asking a court is a legal step against the order\'s author, never a demand to the court', () => {
    const evs = run(lead);
    expect(evs).toContain('LEGAL_ACTION Corvane AI -> Japan');
    expect(evs.filter((e) => e.startsWith('DEMAND'))).toEqual([]);
  });

  it('the court granting the request rules against the order\'s author; rejecting it, against the requester', () => {
    expect(run(lead + 'The court granted Corvane AI\'s request on Monday.')).toContain('LEGAL_ACTION Dastia District Court -> Japan');
    expect(run(lead + 'The court granted the request on Monday.')).toContain('LEGAL_ACTION Dastia District Court -> Japan');
    expect(run(lead + 'The court rejected the request on Monday.')).toContain('LEGAL_ACTION Dastia District Court -> Corvane AI');
  });
});

describe('extract recall: prosecutors with no office named', () => {
  it('their state (demonym or "in X") or the prosecuting authority the article names', () => {
    expect(run('Japanese prosecutors indicted Corvane AI on Tuesday.')).toEqual(['LEGAL_ACTION Japan -> Corvane AI']);
    expect(run('The Justice Department opened a probe into Corvane AI in May. Federal prosecutors charged Corvane AI with export fraud on Tuesday.'))
      .toContain('LEGAL_ACTION Department of Justice -> Corvane AI');
  });

  it('no authority, state or place named: the prosecutors themselves (session 13); an accused with no organisation: no event', () => {
    expect(run('Federal prosecutors charged Corvane AI with export fraud on Tuesday.')).toContain('LEGAL_ACTION prosecutors -> Corvane AI');
    expect(run('The Justice Department said guards failed. Federal prosecutors charged Ada Vell with falsifying records.').filter((e) => e.startsWith('LEGAL_ACTION'))).toEqual([]);
  });
});

describe('extract recall: agentless charges with the prosecuting authority named elsewhere', () => {
  it('"X was charged with two counts of …" after the Justice Department is named: its legal action', () => {
    expect(run('The Justice Department opened a probe into Corvane AI in May. Corvane AI was charged with two counts of smuggling.'))
      .toContain('LEGAL_ACTION Department of Justice -> Corvane AI');
    expect(run('The Justice Department opened a probe into Corvane AI in May. Ada Vell, a former Corvane AI engineer, was indicted on two counts of theft.'))
      .toContain('LEGAL_ACTION Department of Justice -> Ada Vell');
  });

  it('no authority named, or an accused tied to no organisation: no event', () => {
    expect(run('Corvane AI was charged with two counts of smuggling.')).toEqual([]);
    expect(run('The Justice Department said the guards failed. Ada Vell was charged with two counts of falsifying records.').filter((e) => e.startsWith('LEGAL_ACTION'))).toEqual([]);
  });
});

describe('extract precision: a legislators\' group noun is never a group of companies', () => {
  it('"The lawmakers urged …" after two companies sued: not those companies', () => {
    expect(run('Corvane AI and Pellucid Systems sued Dalmore Labs in May. The lawmakers urged Dalmore Labs to stop selling the toy.').filter((e) => e.startsWith('DEMAND'))).toEqual([]);
    expect(run('Corvane AI and Pellucid Systems sued Dalmore Labs in May. Sen. Ada Vell met them. The senators urged Dalmore Labs to stop selling the toy.').filter((e) => e.startsWith('DEMAND')))
      .toEqual(['DEMAND Ada Vell -> Dalmore Labs']);
  });
});

describe('extract recall: a group subject "led by" named leaders', () => {
  it('the leaders act: one event, named by the first (persons acting together, coSignersOnce)', () => {
    // Since the given-name cue (person-forms.test.ts) the two leaders are persons, so their joint act is one event as
    // for "Senators A and B" (co-signers.test.ts); before, they were taken as two companies.
    expect(run('A bipartisan group of senators, led by Ada Vell and Lin Oster, criticised Corvane AI on Monday.'))
      .toEqual(['ALLEGATION Ada Vell -> Corvane AI']);
    expect(run('A group of 40 attorneys general, led by the attorney general of Ostria, sued Corvane AI.')).toEqual(['LEGAL_ACTION Ostria Attorney General -> Corvane AI']);
  });

  it('a named subject "led by" its chief stays the subject', () => {
    expect(run('Corvane AI, led by chief executive Ada Vell, sued Pellucid Systems.')).toEqual(['LEGAL_ACTION Corvane AI -> Pellucid Systems']);
  });
});

describe('extract recall: occupations before plaintiffs\' names', () => {
  it('"Authors A and B", "Novelists A, B and C", "Comedian A": the named persons are the plaintiffs; co-plaintiffs make one suit, named by the first', () => {
    const two = 'Authors Ada Vell and Lin Oster filed a proposed class action against Corvane AI on Tuesday.';
    expect(run(two)).toEqual(['LEGAL_ACTION Ada Vell -> Corvane AI']);
    expect(persons(two)).toEqual(['Ada Vell', 'Lin Oster']);
    const three = 'Novelists Ada Vell, Lin Oster and Tomas Brenn sued Corvane AI in federal court.';
    expect(run(three)).toEqual(['LEGAL_ACTION Ada Vell -> Corvane AI']);
    expect(persons(three)).toEqual(['Ada Vell', 'Lin Oster', 'Tomas Brenn']);
    expect(run('Comedian Ada Vell and two other authors sued Corvane AI.')).toEqual(['LEGAL_ACTION Ada Vell -> Corvane AI']);
  });
});

describe('extract recall: suits named with their parties', () => {
  it('"a lawsuit by X against Y" and a passive with several agents', () => {
    expect(run('A lawsuit by Pellucid Systems against Corvane AI is set for trial in June.')).toEqual(['LEGAL_ACTION Pellucid Systems -> Corvane AI']);
    expect(run('Corvane AI is being sued by Pellucid Systems and Dalmore Labs.')).toEqual(['LEGAL_ACTION Pellucid Systems -> Corvane AI', 'LEGAL_ACTION Dalmore Labs -> Corvane AI']);
  });
});
