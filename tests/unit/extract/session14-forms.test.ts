import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (fourteenth session); every company and person is invented.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();
const persons = (text: string) => run(text).entities.filter((e) => e.kind === 'person').map((e) => e.name).sort();

describe('threats as conditions, legal steps and announced responses', () => {
  it('a legal step under a condition ("Unless X pays, we will take this case to a court") threatens the condition\'s subject', () => {
    expect(triples('Pennant Media said Delvo AI had lifted its columns. "Unless Delvo pays up, we will take this case to a Dublin court," Pennant Media said.'))
      .toContain('THREAT Pennant Media -> Delvo AI');
    expect(triples('Senator Eli Marsh wrote to Korrin Optics on Monday. "Should Korrin fail to reply by March 3, I will ask our committee to subpoena its books," Marsh wrote.'))
      .toContain('THREAT Eli Marsh -> Korrin Optics');
  });

  it('"warned that it could impose / remove …" is a threat; "could be imposed" too', () => {
    expect(triples('The Competition Authority warned that it could impose further fines on Selka Pay.')).toEqual(['THREAT Competition Authority -> Selka Pay']);
    expect(triples('The Federal Trade Commission warned that it could delist the Lendo app from its roster of lenders.')).toEqual(['THREAT Federal Trade Commission -> Lendo']);
  });

  it('"The companies face fines … if they ignore the order": against each company, by the authority that acted on them', () => {
    expect(triples("Brazil's data protection authority told Quorvel and Lastra to halt their photo scraping. The companies face fines of 20,000 reais a day each if they ignore the order."))
      .toEqual(['DEMAND Brazil -> Lastra', 'DEMAND Brazil -> Quorvel', 'THREAT Brazil -> Lastra', 'THREAT Brazil -> Quorvel']);
    // The same with "could face" was read the wrong way round (one company threatening the other).
    expect(triples("Brazil's data protection authority told Quorvel and Lastra to halt their photo scraping. The companies could face fines of 20,000 reais each."))
      .not.toContain('THREAT Quorvel -> Lastra');
  });

  it('"will bring a claim against X before the court" is announced, not taken', () => {
    expect(triples('Vestry Cloud said it would bring a claim against Omnira before the commercial court.')).toEqual(['THREAT Vestry Cloud -> Omnira']);
  });

  it('"such steps will not go unanswered" needs a description of the other side\'s act as its subject', () => {
    expect(triples('Dastia imposed sanctions on Ostria on Monday. Ostria said such hostile steps will not go unanswered.')).toContain('THREAT Ostria -> Dastia');
    expect(triples('Dastia imposed sanctions on Ostria on Monday. "Ostria\'s reckless conduct will not go unanswered," Dastia said.')).not.toContain('THREAT Ostria -> Dastia');
  });
});

describe('persons named with a portfolio, a hyphenated role or a double-barrelled surname', () => {
  it('a title with a portfolio after "for" keeps the portfolio out of the name', () => {
    expect(persons('Under Secretary for Trade and Export Security Marla Kelvin said the rule would take effect at once.')).toEqual(['Marla Kelvin']);
    expect(persons('Assistant Secretary for Export Enforcement Tobin Rask said the firm had lied.')).toEqual(['Tobin Rask']);
    expect(persons('Minister for Digital Affairs Ada Vell said the ban would stay.')).toEqual(['Ada Vell']);
  });

  it('a name in apposition after a hyphenated role noun, with a double-barrelled surname, is a person; a hyphenated title is not part of a name', () => {
    expect(persons('"We will act," the agency\'s executive vice-chairman, Olumbe Tarasik-Oyin, told reporters.')).toEqual(['Olumbe Tarasik-Oyin']);
    expect(persons('Vice-President Ilse Varnhagen said the inquiry would take a year.')).toEqual(['Ilse Varnhagen']);
  });
});

describe('de-escalations: invitations, offers of talks, probes closed, delistings with an apposition', () => {
  it('an invitation of the other side\'s officials to a meeting, in a conflict, is a de-escalation towards their state', () => {
    expect(triples('Seoul curbed sales of etching gases to Hanxu Link, a Chinese firm, in May. Seoul has now invited Chinese customs officials to a briefing at its Busan office.'))
      .toContain('DEESCALATION South Korea -> China');
    // With no conflict in the article, an invitation to a meeting is none.
    expect(triples('Seoul has now invited Chinese customs officials to a briefing at its Busan office.')).toEqual([]);
  });

  it('"proposed talks with X", "offered to meet X" answer the conflict', () => {
    expect(triples('The society GEMVA sued Ardwen Labs in March. Ardwen Labs proposed talks with GEMVA in Berlin in June.')).toContain('DEESCALATION Ardwen Labs -> GEMVA');
  });

  it('"closed its inspection / audit of X"', () => {
    expect(triples('The Information Regulator opened an inquiry into Coastal Mart in March. On Friday the Information Regulator closed its audit of Coastal Mart.'))
      .toContain('DEESCALATION Information Regulator -> Coastal Mart');
  });

  it('"removed X, a … based in …, from its Entity List"', () => {
    expect(triples('The Commerce Department has taken Peltra Silicon, a Penang maker of chip substrates, off the list. The Commerce Department has removed Peltra Silicon, a maker of substrates, from its Entity List.'))
      .toEqual(['DEESCALATION Department of Commerce -> Peltra Silicon']);
  });
});

describe('juries, applications to a court, referrals to prosecutors', () => {
  it('a grand jury or a trial jury acts under its own name when the article names no authority or court for it', () => {
    expect(triples('A federal grand jury in Ohio charged Ilka Sorrow on Tuesday with theft of lithography files.'))
      .toEqual(['LEGAL_ACTION federal grand jury -> Ilka Sorrow']);
    expect(triples('A federal jury on Thursday found Brant Ivesy guilty of stealing trade secrets from Corvex.'))
      .toEqual(['LEGAL_ACTION federal jury -> Brant Ivesy']);
    // With the prosecuting authority named, the grand jury stands for it and adds no second party.
    expect(triples('A federal grand jury indicted Ilka Sorrow, a former engineer at Duvessa AI, on Tuesday, the Justice Department said.')).toEqual(['LEGAL_ACTION Department of Justice -> Ilka Sorrow']);
  });

  it('"applied to a federal court for a review" is against the side whose decision it attacks', () => {
    expect(triples('Canada ordered Ostrov Capital to sell its holding in Lumera. Ostrov Capital has since applied to a federal court for a review of that decision.'))
      .toContain('LEGAL_ACTION Ostrov Capital -> Canada');
  });

  it('"referred the company to prosecutors" is a legal step; "would … refer the matter to police should …" is not', () => {
    expect(triples('The Korea Fair Trade Commission fined Saemi Search last week and referred Saemi Search to prosecutors.'))
      .toContain('LEGAL_ACTION Korea Fair Trade Commission -> Saemi Search');
    expect(triples('The Korea Fair Trade Commission fined Saemi Search and said it would shut the app and refer the matter to police should Saemi Search miss its deadline.'))
      .not.toContain('LEGAL_ACTION Korea Fair Trade Commission -> Saemi Search');
  });
});

describe('findings and seats', () => {
  it('"after concluding that X had unfairly …", "found that … were harming competition": an authority\'s finding alleges', () => {
    expect(triples('The Fair Trade Commission fined Daebak Search after concluding that the portal had unfairly buried competing price tools.'))
      .toContain('ALLEGATION Fair Trade Commission -> Daebak Search');
    expect(triples("The Competition Bureau found that Marrowby's pricing rules were harming competition.")).toEqual(['ALLEGATION Competition Bureau -> Marrowby']);
    expect(triples('The authority found that Quillon had improved its notices and closed the case.')).toEqual([]);
  });

  it('a state after a company and "of" is the company\'s seat, no second party', () => {
    expect(triples('The End-User Review Committee determined that Pelworth Logistics Pte. Ltd. of Singapore had diverted servers to a sanctioned buyer.'))
      .toEqual(['ALLEGATION End-User Review Committee -> Pelworth Logistics']);
  });
});

describe('demands as wishes and with a quotation opening inside them', () => {
  it('"We trust that the Chilean side can redress this error" is addressed to that state', () => {
    expect(triples('Chile shut Haiwen Cable out of the tender. "We trust that the Chilean side can redress this error," China\'s foreign ministry said.'))
      .toContain('DEMAND China -> Chile');
  });

  it('"Washington should \u201cimmediately correct …\u201d"', () => {
    expect(triples('China accused the United States of bullying Lanqi Micro. Washington should "immediately stop this abuse," China said.'))
      .toContain('DEMAND China -> United States');
  });
});

describe('a lawyer speaking for a person named by a pronoun; dismissive words', () => {
  it('"His lawyer, Ana Pell, said the charges were baseless" is the charged person\'s denial', () => {
    expect(triples('The Justice Department charged Marek Dolan with spying. His lawyer, Ana Pell, said the charges were baseless.'))
      .toContain('DENIAL Marek Dolan -> Department of Justice');
    // Before, the carried-over actor made it the department's denial of the accused.
    expect(triples('The Justice Department charged Marek Dolan with spying. His lawyer said the charges were overblown.'))
      .not.toContain('DENIAL Department of Justice -> Marek Dolan');
  });

  it('"overblown", "exaggerated", "is a pretext" dismiss; "invoked security as a pretext to hound" does not', () => {
    expect(triples('The Justice Department charged Marek Dolan with spying. His lawyer said the charges were overblown.')).toContain('DENIAL Marek Dolan -> Department of Justice');
    expect(triples('Dastia accused Ostria of spying on its ministries. Ostria said the so-called security concern is a pretext.')).toContain('DENIAL Ostria -> Dastia');
    expect(triples('China said India had invoked security as a pretext to hound Chinese firms.')).not.toContain('DENIAL China -> India');
  });
});

describe('a state attorney general named in capitals with "of"', () => {
  it('"The Attorney General of Ohio filed suit against X" is the Ohio Attorney General\'s legal step', () => {
    expect(triples('The Attorney General of Ohio filed suit against Vantaro in February under the state\'s privacy law.'))
      .toEqual(['LEGAL_ACTION Ohio Attorney General -> Vantaro']);
  });
});

describe('states by their official names and acronyms', () => {
  it('"the DPRK" and "the Democratic People\'s Republic of Korea" are North Korea, never South Korea', () => {
    expect(triples('Japan said hackers serving North Korea took crypto from its exchanges. "The DPRK must halt these thefts, and we call upon the DPRK to do so now," Japan said.'))
      .toContain('DEMAND Japan -> North Korea');
    expect(triples("Japan called on the Democratic People's Republic of Korea, in a statement, to halt its hacking.")).toEqual(['DEMAND Japan -> North Korea']);
  });

  it('a one-word spelling that opens a body\'s name is no state ("the Saudi Data Authority")', () => {
    expect(run('The Saudi Data Authority fined Qafra Cloud on Monday.').entities.map((e) => e.name)).not.toContain('Saudi Arabia');
  });
});

describe('letters to several addressees', () => {
  const letter = 'March 3, 2026\n\nMs. Hana Tekeda, Chief Executive Officer, Dunmere Labs\nMr. Ivo Tarrant, President, Kestrowe Analytics\n\n'
    + 'Dear Ms. Tekeda and Mr. Tarrant:\n\nI write about accounts that your firms passed shoppers\' whereabouts to brokers. '
    + 'I would ask you both, and I ask each of you now, to send me replies on these points by March 28, 2026.\n\nSincerely,\n\nSenator Olwen Brisk';
  it('"each of you" is every party the salutation names; an address line ties each person to the organisation after the title', () => {
    const r = run(letter);
    expect(r.events.filter((e) => e.type === 'DEMAND').map((e) => `${e.actor} -> ${e.target}`).sort()).toEqual(['Olwen Brisk -> Hana Tekeda', 'Olwen Brisk -> Ivo Tarrant']);
    const byName = new Map(r.entities.map((e) => [e.name, e]));
    expect(byName.get('Hana Tekeda')?.organisation).toBe('Dunmere Labs');
    expect(byName.get('Ivo Tarrant')?.organisation).toBe('Kestrowe Analytics');
    expect(byName.get('Kestrowe Analytics')?.kind).toBe('company');
  });
});

describe('an open letter\'s header', () => {
  it('"To: A; B" names the addressees and "From: X" is the voice of its "we"; "Dear Sir or Madam" names no party', () => {
    const text = 'To: Kestrin Urban Systems; Brannock Labs\n\nFrom: Sauti Huria Digital Rights Collective\n\nDear Sir or Madam,\n\n'
      + 'Our research shows cameras sold by your firms were turned on marchers. We urge you both to halt sales to the police.\n\nWanjiru Kamau, Director';
    const r = run(text);
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort()).toEqual([
      'DEMAND Sauti Huria Digital Rights Collective -> Brannock Labs', 'DEMAND Sauti Huria Digital Rights Collective -> Kestrin Urban Systems']);
    expect(r.entities.map((e) => e.name)).not.toContain('Madam');
  });
});

describe('conditions of persistence and consequences that "attract" sanctions', () => {
  it('"If the tool is still on offer …, GEMVA will apply for penalty payments"', () => {
    expect(triples('GEMVA sued Pelvane Audio in Munich. If the song tool is still on offer to German users in July, GEMVA will apply for penalty payments against Pelvane Audio.'))
      .toContain('THREAT GEMVA -> Pelvane Audio');
  });

  it('"Failure to comply … shall attract further sanctions"', () => {
    expect(triples('The Data Agency ordered Korafix Analytics to erase the voice files. Failure to obey this order in ten days shall attract further sanctions.'))
      .toContain('THREAT Data Agency -> Korafix Analytics');
  });
});

describe('a claim said to misread what it is about', () => {
  it('"the complaint misreads how …", "bears no resemblance to our records" reject the claim of its owner', () => {
    expect(triples('Halden Grid accused Tesmar Cloud of hoarding chips. Tesmar Cloud said the complaint misreads how the market for accelerators works.'))
      .toContain('DENIAL Tesmar Cloud -> Halden Grid');
    expect(triples('The weather report misreads nothing: it simply forecasts rain.')).toEqual([]);
  });
});
