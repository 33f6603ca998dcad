// Forms of issue 17's list that an audit in session 10 found unread, in sentences of our own (invented companies and
// people; real states and courts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const triples = (text: string) => extract({ text, published: '2026-04-02' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('legal procedure', () => {
  it('charges faced, told by the state body that brought them ("…, the Justice Department said")', () => {
    expect(triples('Ada Vell, a former engineer at Quillon Labs, faces further charges of stealing trade secrets, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Ada Vell');
    // No state body reporting it: a criminal case of any domain, no dispute of ours.
    expect(triples('Ada Vell faces further charges of stealing trade secrets, her lawyer said.').filter((e) => e.startsWith('LEGAL_ACTION'))).toEqual([]);
  });

  it('"<demonym> police / investigators / customs" is the state', () => {
    expect(triples('Dutch police arrested Lin Oster, a former Quillon Semiconductor engineer, on suspicion of leaking chip designs.'))
      .toContain('LEGAL_ACTION Netherlands -> Lin Oster');
  });

  it('a U.S. court of appeals by its circuit ("the Ninth Circuit") is a court', () => {
    expect(triples('Marrowby Systems sued Quillon Labs in 2024. The Ninth Circuit upheld a ruling against Quillon Labs on Tuesday.'))
      .toContain('LEGAL_ACTION Ninth Circuit -> Quillon Labs');
  });
});

describe('roles read from the clause', () => {
  it('"its" after a party in a prepositional phrase is the reporting party\'s', () => {
    expect(triples('The European Commission accused Quillon Cloud of abusing its dominance. Quillon Cloud said it would work closely with the Commission and was sure its practices complied with the law.'))
      .toEqual(['ALLEGATION European Commission -> Quillon Cloud', 'DENIAL Quillon Cloud -> European Commission']);
  });

  it('an obligation on "it" after "told X that" falls on X', () => {
    expect(triples('The Dalmore Data Authority told Quillon Labs that it must stop collecting biometric data.'))
      .toEqual(['DEMAND Dalmore Data Authority -> Quillon Labs']);
  });

  it('an easing verb inside a deadline or an order is no easing ("gave X 72 hours to remove …")', () => {
    expect(triples("India's IT ministry gave Quillon Labs 72 hours to remove the videos or face a ban."))
      .toEqual(['DEMAND MeitY -> Quillon Labs', 'THREAT MeitY -> Quillon Labs']); // the ban as the alternative is a threat (session 11)
  });
});

describe('accusations as real texts make them', () => {
  it('hedged in the perfect: "X said Y may have distilled its models"', () => {
    expect(triples('Quillon Labs said it had seen evidence that Marrowby AI may have inappropriately distilled its models.'))
      .toEqual(['ALLEGATION Quillon Labs -> Marrowby AI']);
    // A modal of the future is no belief about a done act.
    expect(triples('Quillon Labs said Marrowby AI may distil its models.')).toEqual([]);
  });

  it('made in a legal document the sentence opens with: also the accuser\'s legal step', () => {
    expect(triples('In a suit lodged on Monday in a Delaware court, Marrowby Media accused Quillon Labs of copying millions of its articles.'))
      .toEqual(['ALLEGATION Marrowby Media -> Quillon Labs', 'LEGAL_ACTION Marrowby Media -> Quillon Labs']);
    expect(triples('In a lawsuit filed by three authors, Marrowby Media accused Quillon Labs of copying its articles.').filter((e) => e.startsWith('LEGAL_ACTION'))).toEqual([]);
  });
});

describe('threats', () => {
  it('"warned X that it could face …": X, named inside the pattern, is threatened', () => {
    expect(triples('The United States warned Quillon Semiconductor that it could face penalties if it kept shipping chips to Russia.'))
      .toEqual(['THREAT United States -> Quillon Semiconductor']);
  });
});

describe('demands with a deadline', () => {
  it('"gave X until <date> to <any act>" asks X for that act', () => {
    expect(triples('The European Commission has given Quillon Labs until March 1 to bring its app store into line with the law.'))
      .toEqual(['DEMAND European Commission -> Quillon Labs']);
    expect(triples('The regulator Dastia gave Quillon Labs 30 days to appoint a local representative.'))
      .toEqual(['DEMAND Dastia -> Quillon Labs']);
  });
  it('but time given to rest or prepare asks for nothing', () => {
    expect(triples('The league gave Quillon Labs two weeks to prepare for the final.')).toEqual([]);
  });
});

describe('denials and de-escalations', () => {
  it('a party named in the denied act is not the accuser ("never sold any product to Iran")', () => {
    expect(triples('The Commerce Department said Quillon Labs had supplied chips to Iran. "We have never sold any of our chips to Iran," Quillon Labs said.'))
      .toEqual(['DENIAL Quillon Labs -> Department of Commerce']);
  });
  it('"said it would resume …" is an announced de-escalation; under a condition it is not', () => {
    expect(triples("The Japanese ministry of trade said on Monday it would resume exports of photoresists to South Korea, ending a long dispute."))
      .toEqual(['DEESCALATION Japan -> South Korea']);
    expect(triples("The Japanese ministry of trade said on Monday it would resume exports of photoresists to South Korea if Seoul dropped its complaint.")
      .filter((e) => e.startsWith('DEESCALATION Japan'))).toEqual([]);
  });
});

describe('a state before an irregular past tense acts', () => {
  it('"China stole …", "Japan froze …" (the lexicon tags "stole" a noun first; "China trade" stays a modifier)', () => {
    expect(triples('China stole designs from Quillon Labs, the Dutch government said.')).toEqual(['ALLEGATION Netherlands -> China']);
    expect(triples('Japan froze the assets of Quillon Labs.')).toEqual(['RESTRICTION Japan -> Quillon Labs']);
    expect(extract({ text: 'Quillon Labs relies on China trade.', published: '2026-04-02' }).entities.map((e) => e.name)).not.toContain('China');
  });
});

describe('speakers', () => {
  it('"said Ada Vell, Quillon Labs\' spokeswoman": a plural possessive names her organisation', () => {
    expect(triples('Japan accused Quillon Labs of hiding fees. "The claims are unfounded," said Ada Vell, Quillon Labs\' spokeswoman.'))
      .toContain('DENIAL Quillon Labs -> Japan');
  });
  it('"according to a statement from X": X speaks', () => {
    expect(triples('Japan accused Quillon Labs of hiding fees. The claims are unfounded, according to a statement from Quillon Labs.'))
      .toContain('DENIAL Quillon Labs -> Japan');
  });
});

describe('companies named with their seat', () => {
  it('"X Labs of Shenzhen and Y Systems of Chengdu" are two companies, each without its seat', () => {
    expect(triples('The United States sanctioned Quillon Labs of Shenzhen and Marrowby Systems of Chengdu.'))
      .toEqual(['RESTRICTION United States -> Quillon Labs', 'RESTRICTION United States -> Marrowby Systems']);
  });
  it('"of" inside a public body\'s name or after "Bank" stays part of the name', () => {
    expect(triples('The Ministry of Science and Innovation of Dalmora fined Quillon Labs.'))
      .toEqual(['RESTRICTION Ministry of Science and Innovation of Dalmora -> Quillon Labs']);
    expect(triples("Ostmark's Bureau of Trade and Security added Quillon Labs to its list."))
      .toEqual(["RESTRICTION Ostmark's Bureau of Trade and Security -> Quillon Labs"]);
  });
});

describe('a group subject with its members', () => {
  it('"Authors including Ada Vell sued Quillon Labs": the member named acts', () => {
    expect(triples('Novelists including Ada Vell have sued Quillon Labs, accusing it of feeding unlicensed copies of their novels to its models.'))
      .toEqual(['LEGAL_ACTION Ada Vell -> Quillon Labs', 'ALLEGATION Ada Vell -> Quillon Labs']);
  });
});

describe('goods of a state as the object of a measure or an inquiry', () => {
  it('with modifiers before the goods noun, after "into", and with the origin after "made in" or "from"', () => {
    expect(triples('The European Commission imposed duties on Chinese electric vehicles.')).toEqual(['RESTRICTION European Commission -> China']);
    expect(triples('The European Commission imposed duties on electric vehicles made in China.')).toEqual(['RESTRICTION European Commission -> China']);
    expect(triples('China opened an anti-dumping inquiry into steel pipes imported from the United States.')).toEqual(['INVESTIGATION China -> United States']);
    expect(triples('China launched an anti-dumping probe into U.S. analog chips.')).toEqual(['INVESTIGATION China -> United States']);
  });
  it('a goods word that modifies a company noun is no goods ("U.S. software group Quillon")', () => {
    expect(triples("Turkey's Competition Board opened a probe into U.S. software maker Quillon Labs.")).toEqual(['INVESTIGATION Competition Board -> Quillon Labs']);
  });
});

describe('regulators\' measures as real releases word them', () => {
  it('a notice served on a party, a singular "sanction"', () => {
    expect(triples('The Dastia Data Authority issued a preliminary enforcement notice to Marrowby Labs over its chatbot.'))
      .toEqual(['RESTRICTION Dastia Data Authority -> Marrowby Labs']);
    expect(triples('The Dastia Data Authority imposed a 10 million euro sanction on Marrowby Labs.')).toContain('RESTRICTION Dastia Data Authority -> Marrowby Labs');
  });
  it('a settlement of allegations by a named authority is also that authority\'s allegation', () => {
    expect(triples('Marrowby Labs agreed to pay $25 million to settle allegations by the Federal Trade Commission that it kept children\'s voice recordings.'))
      .toContain('ALLEGATION Federal Trade Commission -> Marrowby Labs');
  });
});
