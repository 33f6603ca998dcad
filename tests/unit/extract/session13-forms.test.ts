// Forms of session 13, in sentences of our own (invented companies, groups and people; real states): a product named
// between "the" and "app", prosecutors that the text names by no office, and a complaint told as the cause of a probe.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const out = (text: string) => extract({ text, published: '2026-04-02' });
const triples = (text: string) => out(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('a product named between "the" and a product noun', () => {
  it('"banned the X app" acts on X', () => {
    expect(triples('Vietnam blocked the Quellix app on Friday.')).toContain('RESTRICTION Vietnam -> Quellix');
    expect(triples('Kenya suspended the Tavora app for a month.')).toContain('RESTRICTION Kenya -> Tavora');
  });

  it('but a name that modifies a noun phrase is still no party ("the X app store", "X app users")', () => {
    expect(triples('Vietnam blocked the Quellix app store on Friday.')).not.toContain('RESTRICTION Vietnam -> Quellix');
    expect(triples('Vietnam fined three Quellix app users.')).toEqual([]);
  });
});

describe('prosecutors with no office, state or place the text names', () => {
  it('"Prosecutors in <town> charged X" is an act of the prosecutors, and X\'s denial answers them', () => {
    const t = triples('Prosecutors in Bramholt charged engineer Iver Sandholm with stealing wafer designs. Sandholm denied the charges.');
    expect(t).toContain('LEGAL_ACTION prosecutors -> Iver Sandholm');
    expect(t).toContain('DENIAL Iver Sandholm -> prosecutors');
  });

  it('a state\'s prosecutors stay the state\'s', () => {
    expect(triples('Swedish prosecutors charged engineer Iver Sandholm with stealing wafer designs.'))
      .toContain('LEGAL_ACTION Sweden -> Iver Sandholm');
  });
});

describe('a complaint told as the cause of an authority\'s act', () => {
  it('the complainant acts on the party of the probe it prompted, however much stands between "lodged" and "by"', () => {
    const t = triples('The Competition Bureau opened an investigation into Harwick Cloud on Monday. '
      + 'The probe was sparked by a grievance complaint lodged at the bureau in early March by Tessary Hosting, a rival.');
    expect(t).toContain('LEGAL_ACTION Tessary Hosting -> Harwick Cloud');
  });

  it('with no such act near, the complaint takes no defendant at all: never the authority it was lodged with', () => {
    const t = triples('The Competition Bureau held hearings in Ottawa on Monday. Officials heard from several firms. '
      + 'The hearings had no agenda. The session was sparked by a grievance complaint lodged at the Competition Bureau in March by Tessary Hosting.');
    expect(t.filter((x) => x.startsWith('LEGAL_ACTION'))).toEqual([]);
  });
});

describe('a spokesperson whose title names a body by its kind', () => {
  it('"Ministry spokesperson X urged …" speaks for the ministry named before, not as a person of her own', () => {
    const t = triples('Peru\'s Ministry of Foreign Trade criticised the tariff on Friday. Ministry spokesperson Luz Arribas urged Chile to withdraw it.');
    expect(t.some((x) => x.startsWith('DEMAND') && x.endsWith('-> Chile') && !x.includes('Luz Arribas'))).toBe(true);
    expect(t.some((x) => x.includes('DEMAND Luz Arribas'))).toBe(false);
  });

  it('a state\'s capital where the spokesperson speaks picks that state\'s body over one named later', () => {
    const text = 'Peru\'s Ministry of Foreign Trade protested on Monday. The Chilean trade ministry then tightened its rules. '
      + '"This is plain coercion," a ministry spokesperson, Luz Arribas, told reporters in Lima.';
    const speaker = out(text).entities.find((e) => e.name === 'Luz Arribas');
    expect(speaker?.organisation).toBe('Ministry of Foreign Trade');
  });
});

describe('a given name opening a run of proper names', () => {
  const kinds = (text: string) => Object.fromEntries(out(text).entities.map((e) => [e.name, e.kind]));

  it('is a person\'s name with no title, speech verb or second mention to tell', () => {
    expect(kinds('The agency charged Nadia Verhulst with theft.')['Nadia Verhulst']).toBe('person');
    expect(kinds('Investigators arrested Dale Ashby-Reyes at his home.')['Dale Ashby-Reyes']).toBe('person');
  });

  it('but not when a word of the run names a business or a field ("Analytics", "Fintech"), nor after a short article-like word', () => {
    expect(kinds('The agency fined Nadia Analytics for the breach.')['Nadia Analytics']).toBe('company');
    expect(kinds('The agency fined Dale Fintech for the breach.')['Dale Fintech']).toBe('company');
    expect(kinds('The regulator fined El Palmar for the breach.')['El Palmar']).toBe('company');
  });
});

describe('committees of a chamber', () => {
  const kinds = (text: string) => Object.fromEntries(out(text).entities.map((e) => [e.name, e.kind]));

  it('"on" after a committee\'s head opens its complement: the head gives the kind, whatever word ends the name', () => {
    expect(kinds('The Finance Subcommittee on Markets and Technology wrote to Quenta AI.')['Finance Subcommittee on Markets and Technology']).toBe('legislature');
  });

  it('the chamber\'s word before the committee\'s name is part of that name, and the committee acts', () => {
    expect(triples('The Senate Commerce Subcommittee on Data and Technology demanded records from Quenta AI.'))
      .toContain('DEMAND Senate Commerce Subcommittee on Data and Technology -> Quenta AI');
    expect(triples('The House Committee on Science and Industry asked Quenta AI to explain its data practices.'))
      .toContain('DEMAND House Committee on Science and Industry -> Quenta AI');
  });
});

describe('a product and its maker', () => {
  it('"the chatbot Baolin, owned by X": the product noun before the name, the maker after "by"', () => {
    expect(triples('India banned the chatbot Tesmo, owned by Vardell Software, on Monday.')).toContain('RESTRICTION India -> Vardell Software');
  });

  it('"X makes the Tesmo assistant": the subject right before a verb of making is the maker', () => {
    expect(triples('Vardell Software makes the Tesmo assistant. India banned Tesmo on Monday.')).toContain('RESTRICTION India -> Vardell Software');
  });
});

describe('a filing that names no defendant', () => {
  it('"filed a petition in the High Court" after a measure against the filer: against the measure\'s author', () => {
    expect(triples('Kenya\'s communications ministry blocked the Tesmo app in March. Tesmo has filed a petition in the High Court in Nairobi.'))
      .toContain('LEGAL_ACTION Tesmo -> Kenya');
  });

  it('"it" as the subject never takes up a person named last', () => {
    const t = triples('The Ostrel Data Office fined Harwick Cloud in May. Office chair Lina Vogt said the firm had misled users. On Tuesday it filed a lawsuit in the regional court.');
    expect(t.some((x) => x.startsWith('LEGAL_ACTION Lina Vogt'))).toBe(false);
  });
});

describe('a body\'s acronym and a maker\'s apposition', () => {
  it('"the Personal Data Office, or PDO," ties the acronym to the body: one party, not two', () => {
    const r = out('A proceeding against Tovel Apps was launched last week by the Ostrel Data Office, or ODO, the regulator said. '
      + 'The ODO said Tovel Apps had failed to appoint a representative.');
    expect(r.entities.map((e) => e.name)).not.toContain('ODO');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual(expect.arrayContaining([
      'INVESTIGATION Ostrel Data Office -> Tovel Apps', 'ALLEGATION Ostrel Data Office -> Tovel Apps']));
  });

  it('"X, the Dalian-based developer of Harvo," makes Harvo X\'s product, so an act on Harvo is an act on X', () => {
    expect(triples('Regulators fined Qeline Tech, the Dalian-based developer of Harvo, last year. The Ostrel Data Office then banned Harvo.'))
      .toContain('RESTRICTION Ostrel Data Office -> Qeline Tech');
  });

  it('a proceeding launched by a body, however long the phrase between', () => {
    expect(triples('A proceeding against Qeline Tech, the Dalian-based developer of Harvo, was launched last week by the Ostrel Data Office.'))
      .toEqual(['INVESTIGATION Ostrel Data Office -> Qeline Tech']);
  });
});

describe('the voice of a post', () => {
  it('"Posted by <name>, <role>, <organisation>": the organisation speaks in the post\'s first person', () => {
    const t = triples('Our answer to the claims\n\nPosted by Mira Sandoval, co-founder and CEO, Qeline Tech\n\n'
      + 'Last week Brennick Analytics published a post accusing Qeline Tech of copying its model. That is false.\n\n'
      + 'We call on Brennick Analytics to publish the evidence behind its claims.');
    expect(t).toContain('DEMAND Qeline Tech -> Brennick Analytics');
    expect(t).toContain('DENIAL Qeline Tech -> Brennick Analytics');
  });

  it('a journalist\'s byline names no role, so no voice', () => {
    const t = triples('Chip row deepens\n\nBy Mira Sandoval, Wirefeed\n\nBrennick Analytics accused Qeline Tech of copying its model. We call on both sides to talk.');
    expect(t.some((x) => x.startsWith('DEMAND Wirefeed'))).toBe(false);
  });

  it('a company blog\'s header with a middle dot before the date', () => {
    expect(triples('Qeline Tech Blog · Security · May 3, 2026\n\nStopping model copying\n\nWhat we are asking\n\n'
      + 'We call on Brennick Analytics to stop querying our models to train its own.')).toContain('DEMAND Qeline Tech -> Brennick Analytics');
  });
});

describe('a statement headed by its topic', () => {
  it('"Statement regarding the allegations made by X" then a dateline: the organisation opening the text issues it', () => {
    expect(triples('Statement regarding the allegations made by Brennick Analytics\n\nDalian, 3 May 2026\n\n'
      + 'Qeline Tech has taken note of a post published by Brennick Analytics on 1 May.\n\n'
      + 'We call on Brennick Analytics to withdraw the post.')).toContain('DEMAND Qeline Tech -> Brennick Analytics');
  });
});

describe('a release\'s capitalised head and mixed-case acronyms', () => {
  it('"the Office", "the Bureau" written capitalised take up the body named before', () => {
    expect(triples('The Ostrel Data Office ordered Tovel Apps to delete the recordings. If the firm does not comply, the Office will consider further measures.'))
      .toContain('THREAT Ostrel Data Office -> Tovel Apps');
  });

  it('an acronym in parentheses with small letters inside ("UOKiK", "BaFin") is the body\'s', () => {
    const r = out('The Federal Office for Cloud Oversight (FeDiK) fined Tovel Apps on Monday. FeDiK said Tovel Apps had misled its customers.');
    expect(r.entities.map((e) => e.name)).not.toContain('FeDiK');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('ALLEGATION Federal Office for Cloud Oversight -> Tovel Apps');
  });
});

describe('an unnamed official of a body named by its head', () => {
  it('"a ministry official said X must …" speaks as the ministry named before', () => {
    const t = triples('Vietnam\'s Ministry of Information blocked the Tesmo app on Monday. A senior ministry official said Tesmo must appoint a local representative within 14 days.');
    expect(t.some((x) => x.startsWith('DEMAND') && x.endsWith('-> Tesmo'))).toBe(true);
  });

  it('but a title before a name leaves the named person to speak', () => {
    const r = out('Vietnam\'s Ministry of Information blocked the Tesmo app on Monday. Ministry spokesperson Lan Hoang urged Tesmo to comply.');
    expect(r.entities.map((e) => e.name)).toContain('Lan Hoang');
  });
});

describe('names after a title and before a committee', () => {
  const kinds = (text: string) => Object.fromEntries(out(text).entities.map((e) => [e.name, e.kind]));

  it('"spokesperson He Lanqing": a two-letter surname that is also a pronoun opens the name after a title', () => {
    expect(kinds('China criticised the rules. Ministry spokesperson He Wenjie urged the United States to lift them.')['He Wenjie']).toBe('person');
  });

  it('a chamber of several words before a committee\'s name is part of it', () => {
    expect(triples('Last week the House of Lords Committee on Data and Robotics asked Talvex to give evidence.'))
      .toContain('DEMAND House of Lords Committee on Data and Robotics -> Talvex');
  });
});

describe('a state named by its organs of force and intelligence', () => {
  it('"hackers working for Russian military intelligence" names Russia', () => {
    expect(triples('Kenya blamed hackers working for Russian military intelligence for the intrusion at Tavel Bank.'))
      .toContain('ALLEGATION Kenya -> Russia');
    expect(triples('Kenya blamed Chinese state hackers for the breach at Tavel Bank.')).toContain('ALLEGATION Kenya -> China');
  });

  it('but a demonym before another noun is no state ("Russian engineers")', () => {
    expect(triples('Kenya blamed Russian engineers for the outage at Tavel Bank.')).not.toContain('ALLEGATION Kenya -> Russia');
  });
});

describe('a letter\'s closing and signature', () => {
  it('"Very truly yours," and a signature in capitals after "(Sgd.)" sign the letter', () => {
    expect(triples('Dear Chief Executive:\n\nWe write about the Tesmo app made by Qeline Tech. We call on Qeline Tech to disclose where it stores user data within fifteen days.\n\n'
      + 'Very truly yours,\n\n(Sgd.) MARIA LUZ DEL ROSARIO\nSenator')).toContain('DEMAND Maria Luz Del Rosario -> Qeline Tech');
  });
});
