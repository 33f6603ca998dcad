// Forms of session 12, in sentences of our own (invented companies, groups and people; real states): who the parties are
// when a body's name runs on ("… League of Peru", "the Kenya Growers Federation", "Ministry of Electronics"), and who the
// subject is after a fronted phrase that lists other parties ("In letters to A, B and C, Senator X asked …").
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const out = (text: string) => extract({ text, published: '2026-04-02' });
const triples = (text: string) => out(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
const kinds = (text: string) => Object.fromEntries(out(text).entities.map((e) => [e.name, e.kind]));

describe('names of bodies that run on', () => {
  it('a civil-society body "… of <State>" keeps the state in its name, and the state is no party', () => {
    const k = kinds('The Digital Freedom League of Peru urged Lumatic AI to publish its model cards.');
    expect(k['Digital Freedom League of Peru']).toBe('other_org');
    expect(k.Peru).toBeUndefined();
    expect(triples('The Digital Freedom League of Peru urged Lumatic AI to publish its model cards.'))
      .toContain('DEMAND Digital Freedom League of Peru -> Lumatic AI');
  });

  it('a state\'s name opening a civil-society body\'s name is part of it ("the Kenya Growers Federation")', () => {
    expect(triples('The Kenya Growers Federation filed a complaint against Quenta AI with the regulator.'))
      .toContain('LEGAL_ACTION Kenya Growers Federation -> Quenta AI');
    // "AI" inside such a name is no head yet.
    expect(kinds('The Brazil AI Startups Forum accused Quenta AI of locking in its customers.')['Brazil AI Startups Forum']).toBe('other_org');
  });

  it('but a state before a verb, or before a company\'s head, is the state', () => {
    expect(triples('Kenya banned Quenta AI on Monday.')).toContain('RESTRICTION Kenya -> Quenta AI');
    expect(kinds('The Japan Business Federation met Quenta AI.')['Japan Business Federation']).toBe('other_org');
  });

  it('a public body\'s head before its complement gives the kind, whatever word ends the name', () => {
    expect(kinds('The Ministry of Electronics ordered Torvane Labs to shut its app.')['Ministry of Electronics']).toBe('government');
    expect(kinds('The Office for Robotics and Information Technology fined Torvane Labs.')['Office for Robotics and Information Technology']).toBe('government');
    // A company's own name stays a company's.
    expect(kinds('Pallant Robotics sued Torvane Labs.')['Pallant Robotics']).toBe('company');
  });
});

describe('the subject after a fronted phrase that lists parties', () => {
  it('"In letters to A, B and C, Senator X and Senator Y asked each company …": the senators ask, once per company', () => {
    const t = triples('In letters to Brellin Chips, Oskarow Devices and Tamberly Compute, Senator Joan Halvey and Senator Rick Mortensen asked each company to list its customers in Vietnam.');
    expect(t).toEqual(expect.arrayContaining(['DEMAND Joan Halvey -> Brellin Chips', 'DEMAND Joan Halvey -> Oskarow Devices', 'DEMAND Joan Halvey -> Tamberly Compute']));
    expect(t.some((x) => x.startsWith('DEMAND Oskarow'))).toBe(false);
  });

  it('a phrase closed by its comma with no "and" member is no list: "Acting on a request from A, B ordered …"', () => {
    const t = triples('Acting on a request from Harwell Media Group, the Trade Commission ordered Brisk AI to stop showing the articles.');
    expect(t).toContain('DEMAND Trade Commission -> Brisk AI');
    expect(t.some((x) => x.startsWith('DEMAND Harwell'))).toBe(false);
  });

  it('"According to A, B sued C" still has B as the subject', () => {
    expect(triples('According to Velder News, Harwell Press sued Brisk AI in March.')).toContain('LEGAL_ACTION Harwell Press -> Brisk AI');
  });
});

describe('the confidence floor', () => {
  it('holds at 0.4 whatever the floating-point sum: "It ordered X to …" after the authority\'s fine is its demand', () => {
    // 0.6 (order-to) - 0.05 (actor carried over) - 0.15 (no subject named) is 0.39999999999999997 in floating point.
    expect(triples('The Data Protection Authority fined Pelmira Labs on Monday. It ordered Pelmira Labs to delete the records.'))
      .toContain('DEMAND Data Protection Authority -> Pelmira Labs');
  });
});

describe('persons, bodies and companies told apart by their place', () => {
  it('"…, said X had …": a name opening the reported clause is no inverted speaker (no person)', () => {
    expect(kinds('Beacon Row, a research group, said Solvane Biometrics had supplied cameras to the navy.')['Solvane Biometrics']).toBe('company');
    // Inverted speech that ends with the name still gives a person.
    expect(kinds('"The figures are wrong," said Kiri Talvane.')['Kiri Talvane']).toBe('person');
  });

  it('a title that is also a public body\'s head, with no name after it, heads the body ("the Information Commissioner fined")', () => {
    expect(triples('The Information Commissioner fined Quarrystone AI in June.')).toContain('RESTRICTION Information Commissioner -> Quarrystone AI');
    // A title before a name is still a person's title.
    expect(kinds('Commissioner Ada Vell fined Quarrystone AI in June.')['Ada Vell']).toBe('person');
  });

  it('capitalised common nouns opening a sentence before a body\'s verb are a name ("Anchor Media sued …")', () => {
    expect(triples('Anchor Media sued Quarrystone AI in May. Quarrystone denied the claims.'))
      .toEqual(expect.arrayContaining(['LEGAL_ACTION Anchor Media -> Quarrystone AI', 'DENIAL Quarrystone AI -> Anchor Media']));
    // Not an adjective, and not before any other word.
    expect(kinds('Senior Officials said the plan would go ahead.')).toEqual({});
    expect(kinds('Anchor Media is a growing market.')['Anchor Media']).toBeUndefined();
  });
});

describe('denials', () => {
  it('"the press" after a determiner is a noun, not a demand that would make the denial only asked for', () => {
    expect(triples('Chile accused Cordal Vale of rigging bids. Speaking to the press on Friday, Cordal Vale rejected the accusation.'))
      .toContain('DENIAL Cordal Vale -> Chile');
    // "pressed X to" is still a demand, and acts inside it are only asked for.
    expect(triples('Chile pressed Cordal Vale to drop its claims.')).toContain('DEMAND Chile -> Cordal Vale');
  });

  it('"<X>\'s lawyer said his client was innocent": the client denies', () => {
    expect(triples("Prosecutors in Norway charged Arne Vik with stealing chip designs. Vik's lawyer said his client was innocent."))
      .toContain('DENIAL Arne Vik -> Norway');
    // "innocent" before a noun is no plea.
    expect(triples('Norway accused Brisk AI of fraud. The children were innocent victims of the scheme.').filter((t) => t.startsWith('DENIAL'))).toEqual([]);
  });
});

describe('descriptions of public and member bodies, and threats told by litotes', () => {
  it('"the office", "the council", "the guild" take up a body named with that head', () => {
    expect(triples('The Data Office ordered Kelvane Systems to stop the tracking. The office added that non-compliance would result in a daily penalty.'))
      .toContain('THREAT Data Office -> Kelvane Systems');
    expect(triples('The Screen Artists Guild accused Kelvane Systems of copying its members\' voices. The guild filed a lawsuit against Kelvane Systems in May.'))
      .toContain('LEGAL_ACTION Screen Artists Guild -> Kelvane Systems');
  });

  it('"the league" is not taken up: a sports league\'s suspension of a player is no dispute of ours', () => {
    expect(triples('Tomas Brekke signed with the Northern Hockey League side in 2024. Mr. Brekke was suspended by the league until March after a fight.')
      .filter((t) => t.startsWith('RESTRICTION'))).toEqual([]);
  });

  it('"will not hesitate to take action against X" threatens X', () => {
    expect(triples('The Data Office will not hesitate to take action against Kelvane Systems.')).toContain('THREAT Data Office -> Kelvane Systems');
  });
});

describe('a measure lifted is no measure imposed', () => {
  it('"lifted the ban on X", "lifts block on X" (a headline), "struck down the ban": a de-escalation only', () => {
    for (const text of ['Indonesia lifted the ban on Pelangi AI on Monday.', 'Indonesia lifts block on Pelangi AI chat app after developer adds age checks',
      'Vietnam eased its curbs on Pelangi AI after talks.']) {
      const t = triples(text);
      expect(t.some((x) => x.startsWith('DEESCALATION'))).toBe(true);
      expect(t.filter((x) => x.startsWith('RESTRICTION'))).toEqual([]);
    }
  });

  it('but a lifting verb coordinated before another measure leaves that measure ("lifted X and banned Y")', () => {
    expect(triples('Indonesia lifted its curbs on Pelangi AI and banned Lontar Apps on Monday.')).toContain('RESTRICTION Indonesia -> Lontar Apps');
    // "rolled out a ban" imposes one.
    expect(triples('Indonesia rolled out a ban on Lontar Apps on Monday.')).toContain('RESTRICTION Indonesia -> Lontar Apps');
  });
});

describe('a statement\'s dateline and heading', () => {
  it('a dateline on a line of its own ("Pune, 6 March 2026") names no party and is no voice', () => {
    const r = out('Pune, 6 March 2026\n\nTarang Labs rejects the claims made by Velder AI. We call on Velder AI to withdraw its post.');
    expect(r.entities.map((e) => e.name)).not.toContain('Pune');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('DEMAND Tarang Labs -> Velder AI');
  });

  it('a heading in capitals ("STATEMENT FROM TARANG LABS PRIVATE LIMITED") gives the voice of the paragraphs below', () => {
    expect(triples('STATEMENT FROM TARANG LABS PRIVATE LIMITED\nPune, 6 March 2026\n\nVelder AI accused Tarang Labs of copying its model. We call on Velder AI to withdraw its post.'))
      .toContain('DEMAND Tarang Labs -> Velder AI');
  });
});

describe('a counted plural named member by member with descriptions', () => {
  it('"added 12 Chinese entities, including the chip designer A and the server maker B, to its list": A and B, not the state', () => {
    const t = triples('The U.S. Commerce Department this week added 12 Chinese entities, including the chip designer Torlan Micro and the server maker Beiqi Systems, to its Entity List.');
    expect(t).toEqual(expect.arrayContaining(['RESTRICTION United States -> Torlan Micro', 'RESTRICTION United States -> Beiqi Systems']));
    expect(t).not.toContain('RESTRICTION United States -> China');
  });

  it('"…, among them A and B" at the end of the clause', () => {
    const t = triples('The U.S. Commerce Department this week added 12 Chinese firms to the Entity List, among them the chip designer Torlan Micro and the cloud operator Beiqi Systems.');
    expect(t).toEqual(expect.arrayContaining(['RESTRICTION United States -> Torlan Micro', 'RESTRICTION United States -> Beiqi Systems']));
    expect(t).not.toContain('RESTRICTION United States -> China');
  });
});

describe('a description right before a name, and units before numbers', () => {
  it('"against the handset maker Verion Mobile" is Verion Mobile, not another company named before', () => {
    const t = triples('Tianmo Games was fined in May. The Enforcement Directorate later brought a case against the phone maker Verion Mobile, saying it had moved money abroad.');
    expect(t).toContain('LEGAL_ACTION Enforcement Directorate -> Verion Mobile');
    expect(t).not.toContain('LEGAL_ACTION Enforcement Directorate -> Tianmo Games');
  });

  it('"a fine of KSh 40 million": the currency is no party', () => {
    const r = out('The appeals court confirmed a fine of KSh 40 million imposed on Kipepo Credit by the Data Commissioner.');
    expect(r.entities.map((e) => e.name)).not.toContain('KSh');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('RESTRICTION Data Commissioner -> Kipepo Credit');
  });
});

describe('more names and clauses', () => {
  it('a public body\'s name keeps "of <State>" ("the Communications Authority of Kenya")', () => {
    expect(triples('The Communications Authority of Kenya fined Kifaru Lumen on Monday.')).toContain('RESTRICTION Communications Authority of Kenya -> Kifaru Lumen');
  });

  it('"Mr"/"Ms" without a full stop are courtesy titles, not part of a name', () => {
    expect(kinds('Ms Amara Quell, the chief executive, denied the claims.')['Amara Quell']).toBe('person');
    expect(kinds('The ACCC sued Brellow Retail, and it says Mr Redgrave signed off the adverts.')['Mr Redgrave']).toBeUndefined();
  });

  it('"… after a coalition of authors accused the company of …": the subordinate clause has its own (unnamed) accuser', () => {
    const t = triples('The European Commission opened an inquiry into Verdane Models after a group of illustrators and poets accused the company of ignoring opt-outs.');
    expect(t).toContain('INVESTIGATION European Commission -> Verdane Models');
    expect(t).not.toContain('ALLEGATION European Commission -> Verdane Models');
    // A named subject there accuses; "once again" is no clause.
    expect(triples('The European Commission opened a review of Verdane Models after the Alliance of Painters accused the company of ignoring opt-outs.'))
      .toContain('ALLEGATION Alliance of Painters -> Verdane Models');
    expect(triples("The Netherlands has once again misused export controls, China's commerce ministry said.")).toContain('ALLEGATION China -> Netherlands');
  });
});

describe('a description takes up the name that has its head as a word', () => {
  it('"the ministry" is the Ministry named once, not the state named more often', () => {
    const text = "India's Ministry of Electronics ordered Hexel Labs to stop collecting data. India has banned dozens of apps, and India says more bans may follow. India's courts have backed the bans. Hexel Labs rejected the ministry's findings.";
    expect(triples(text)).toContain('DENIAL Hexel Labs -> Ministry of Electronics');
  });
});

describe('a law after a title word is no person', () => {
  it('"Chile\'s General Data Protection Law" ("General" is a title word) names no party', () => {
    expect(kinds("Quillmark said it had always followed Chile's General Data Protection Law.")['Data Protection Law']).toBeUndefined();
  });
});

describe('a dateline is no byline', () => {
  it('"Singapore, 27 August 2026" under a statement\'s heading: the heading\'s issuer speaks, not the state', () => {
    const t = triples("Statement from Orvane Labs regarding Velder AI's claims\n\nSingapore, 27 August 2026\n\nOn Tuesday, Velder AI published a post alleging that Orvane Labs copied its model. We have asked Velder AI to retract the post.");
    expect(t).toContain('DEMAND Orvane Labs -> Velder AI');
    expect(t.some((x) => x.includes('Singapore'))).toBe(false);
  });

  it('a ministry\'s own byline before its date still speaks', () => {
    expect(triples('Ministry of Foreign Affairs, 3 May 2026\n\nWe urge Kestria to stop its provocations.')).toContain('DEMAND Ministry of Foreign Affairs -> Kestria');
  });
});

describe('legal steps told with their forum, lists and legal forms', () => {
  it('"launched Federal Court proceedings against X" is a legal step; "filed a charge against X" too', () => {
    expect(triples('The ACCC has begun Federal Court proceedings against Brightlake Software.')).toContain('LEGAL_ACTION ACCC -> Brightlake Software');
    expect(triples('The Voice Actors Alliance filed an unfair-labour-practice charge against Larkwood Interactive.')).toContain('LEGAL_ACTION Voice Actors Alliance -> Larkwood Interactive');
  });

  it('"and" before a name with a legal form joins two parties, not one name', () => {
    const r = out('The Supreme Court ordered the Municipality of Valdivia and Cordal Optics SpA to stop using the cameras.');
    expect(r.entities.map((e) => e.name)).toEqual(expect.arrayContaining(['Municipality of Valdivia', 'Cordal Optics']));
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual(expect.arrayContaining(['LEGAL_ACTION Supreme Court -> Municipality of Valdivia', 'LEGAL_ACTION Supreme Court -> Cordal Optics']));
    // A body's own "and" stays inside its name.
    expect(kinds('The Ministry of Roads and Marine Transport fined Cordal Optics SpA.')['Ministry of Roads and Marine Transport']).toBe('government');
  });

  it('members with legal forms in a list ("A SpA and B SpA") are each a target', () => {
    expect(triples('The Supreme Court ordered Cordal Optics SpA and Kelp Vision SpA to stop using the cameras.'))
      .toEqual(expect.arrayContaining(['LEGAL_ACTION Supreme Court -> Cordal Optics', 'LEGAL_ACTION Supreme Court -> Kelp Vision']));
  });
});

describe('filings tied to the act they prompted, and going to court to undo a measure', () => {
  it('"The start of the proceedings follows a complaint by X": the complaint is against the proceedings\' subject', () => {
    expect(triples('The European Commission opened proceedings against Halvorn Systems on Monday. These proceedings follow a complaint filed by the Alliance of Independent Cloud Operators (AICO) in October.'))
      .toContain('LEGAL_ACTION Alliance of Independent Cloud Operators -> Halvorn Systems');
  });

  it('"X has gone to the High Court to overturn the order": against the order\'s author', () => {
    expect(triples("India's IT ministry blocked the Nayak app of Ocelant Systems. Ocelant Systems has turned to the Madras High Court to quash the government order."))
      .toContain('LEGAL_ACTION Ocelant Systems -> MeitY');
    expect(triples('He went to court to see the trial.')).toEqual([]);
  });
});

describe('measures lifted or suspended in the singular, and a state\'s threat answering another state\'s measure', () => {
  it('"lifted the export restriction on X", "suspend the export ban on gallium to Y"', () => {
    expect(triples('The Netherlands lifted the export restriction on Vornix Litho on Friday.')).toContain('DEESCALATION Netherlands -> Vornix Litho');
    expect(triples('China banned gallium exports to the United States in 2024. Beijing said it would suspend the export ban on gallium to the United States until November.'))
      .toContain('DEESCALATION China -> United States');
  });

  it('"Washington blacklisted X. China vowed to take resolute countermeasures": a threat against the United States', () => {
    expect(triples('Washington blacklisted Hanfeng Micro on Monday. China vowed to take resolute countermeasures to defend its firms.'))
      .toContain('THREAT China -> United States');
    // A company's vow names no state's measure as its target.
    expect(triples('Washington blacklisted Hanfeng Micro on Monday. Tarrick Robotics vowed to take resolute countermeasures to defend its staff.')
      .filter((t) => t.startsWith('THREAT Tallis'))).toEqual([]);
  });
});

describe('asking several addressees, and referring to a deeper inquiry', () => {
  it('"asked A, B and C to hand over …": one demand per addressee; "asked about A, called B …" asks nobody to act', () => {
    expect(triples('Senator Ada Quell asked Brisbury, Tessaro Data and Ostvik AI to hand over records of their sales to China.'))
      .toEqual(expect.arrayContaining(['DEMAND Ada Quell -> Brisbury', 'DEMAND Ada Quell -> Tessaro Data', 'DEMAND Ada Quell -> Ostvik AI']));
    expect(triples('On the call, Tom Brale asked about the Harwell Group, called Ostvik AI a fraud and said someone ought to stop it.')
      .filter((t) => t.startsWith('DEMAND'))).toEqual([]);
  });

  it('"referred X\'s acquisition of Y for a Phase 2 investigation"', () => {
    expect(triples("The Competition Commission has referred Brisbury's purchase of Tessaro Data for a Phase 2 review."))
      .toContain('INVESTIGATION Competition Commission -> Brisbury');
  });
});

describe('a case caption with role words and legal forms', () => {
  it('"Brisk AI, Inc., Plaintiff, v. Lattor Labs Ltd., Defendant.": the companies, never "Plaintiff"', () => {
    const r = out('Case 3:26-cv-01234\nBrisk AI, Inc., Plaintiff, v. Lattor Labs Ltd., Defendant.\nORDER GRANTING PRELIMINARY INJUNCTION\nThe Court finds that Plaintiff will probably prevail on its claim that Defendant took trade secrets.');
    expect(r.entities.map((e) => e.name)).not.toContain('Plaintiff');
    const t = r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(t).toContain('LEGAL_ACTION Brisk AI -> Lattor Labs');
    expect(t.some((x) => x.includes('Plaintiff') || x.includes('Ltd'))).toBe(false);
  });

  it('the same caption in capitals', () => {
    expect(triples('BRISK AI, INC., Plaintiff, v. LATTOR LABS LTD., Defendant.')).toContain('LEGAL_ACTION Brisk AI -> Lattor Labs');
  });
});

describe('verbs that double their last consonant, and announced controls with no target', () => {
  it('"annulled", "cancelled", "submitted": stressed or British doubling is read', () => {
    expect(triples("The General Court annulled a European Commission decision that stopped the merger of Lumen Datenwerk and Hexel Systems."))
      .toSatisfy((t: string[]) => t.some((x) => x.startsWith('LEGAL_ACTION') && x.endsWith('-> European Commission')));
  });

  it('"will impose export controls on rare-earth magnets": an announced measure with no target is a threat to no one named', () => {
    const r = out('The Ministry of Commerce said it will impose export controls on rare-earth magnets from December 1.');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('THREAT Ministry of Commerce -> null');
  });
});

describe('threats to raise a measure', () => {
  it('"said Washington would raise tariffs on Chinese chips to 50% if Beijing did not drop its curbs"', () => {
    expect(triples('The USTR said Washington would raise tariffs on Chinese chips to 50% if Beijing did not drop its export curbs.'))
      .toContain('THREAT United States -> China');
    expect(triples('The United States will raise tariffs on China if Beijing does not drop its curbs.')).toContain('THREAT United States -> China');
  });
});

describe('orders in the agentless passive, and negated announced measures', () => {
  it('"X was also ordered to delete the data" after the authority\'s fine: the authority\'s demand', () => {
    expect(triples('The National Data Authority fined Lumiqa Labs 2 million reais. Lumiqa Labs was also ordered to delete the data within 30 days.'))
      .toContain('DEMAND National Data Authority -> Lumiqa Labs');
    // An active demand with an unnamed subject takes no actor from a litigant's act on the same party.
    expect(triples('Corvane AI and Pellucid Systems sued Dalmore Labs in May. The lawmakers urged Dalmore Labs to stop selling the toy.')
      .filter((t) => t.startsWith('DEMAND'))).toEqual([]);
  });

  it('"would not impose further penalties" is no threat', () => {
    expect(triples('The Competition and Markets Authority fined Quillon Systems £2 million. The authority said it would not impose further penalties.')
      .filter((t) => t.startsWith('THREAT'))).toEqual([]);
  });
});

describe('a threat that names no one is a public body\'s', () => {
  it('a sports league\'s announced bans threaten no one named; a ministry\'s announced controls do', () => {
    expect(triples('The Harbour Valley Youth Football League said it will impose bans on players who abuse referees.')
      .filter((t) => t.startsWith('THREAT'))).toEqual([]);
    expect(triples('The Ministry of Commerce said it will impose export controls on rare-earth magnets from December 1.')).toContain('THREAT Ministry of Commerce -> null');
  });
});
