// Forms found unread by an audit in session 11, in sentences of our own (invented companies, products and people;
// real states and agencies): products named with their maker, a clause opened by ", and <name> <verb>", a sentence
// ending in "Inc.", the seller after "stop buying … from", "alleged in <where> that", "suspect X of <gerund>".
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const out = (text: string) => extract({ text, published: '2026-04-02' });
const triples = (text: string) => out(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('a product speaks for the company the text names as its maker', () => {
  it('"P, a <described> chatbot run by <place>-based M"', () => {
    const r = out('Ghana\'s communications regulator on Monday blocked Fenlight, a Twi-language chatbot run by Lagos-based Fernhill Labs, saying it spread false figures.');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('RESTRICTION Ghana -> Fernhill Labs');
    expect(r.events.some((e) => e.target === 'Fenlight')).toBe(false);
    expect(r.entities.find((e) => e.name === 'Fenlight')).toMatchObject({ kind: 'model', organisation: 'Fernhill Labs' });
  });

  it('"the P companion app, operated by M": describing words between the name and the product noun', () => {
    expect(triples('Ofcom ordered providers to block the Vexa AI companion app, operated by Pirra Apps Ltd, saying it exposed children to explicit content.'))
      .toContain('RESTRICTION Ofcom -> Pirra Apps');
  });

  it('"its <place>-based developer, M" after "P, a <product>"', () => {
    expect(triples("Malaysia's communications ministry lifted its ban on Tarnwickwick, a companion chatbot, after its Kuala Lumpur-based developer, Lumbrel Sdn Bhd, agreed to verify ages."))
      .toContain('DEESCALATION Malaysia -> Lumbrel');
  });

  it('"P\'s <described> operator, M" in a later sentence', () => {
    expect(triples("Spain's data protection agency fined Pinta, a dating app, after complaints from users. Pinta's Madrid-based operator, Corvo Digital, said it would appeal."))
      .toContain('RESTRICTION Spain -> Corvo Digital');
  });

  it('"P, whose developer is the <place> startup M"', () => {
    expect(triples("India's IT ministry blocked Sitar, whose developer is the Pune startup Ragamala Labs, over deepfake videos."))
      .toContain('RESTRICTION MeitY -> Ragamala Labs');
  });

  it('a company\'s own "developer" (a person) makes no product of the company', () => {
    const r = out('Acme Corp said its developer, Ben Ode, had left. Quillon Labs accused Acme Corp of theft.');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('ALLEGATION Quillon Labs -> Acme');
    expect(r.entities.find((e) => e.name === 'Acme')?.kind).toBe('company');
  });
});

describe('clauses and sentences', () => {
  it('", and <name> <verb>" opens a clause even when the verb is the act itself', () => {
    expect(triples('The Harbour Writers Guild wrote to Brevander Inc in March, and Ofcom fined Brevander in May.'))
      .toEqual(['RESTRICTION Ofcom -> Brevander']);
  });

  it('a sentence may end in "Inc." before a name and its verb, or a sentence opener', () => {
    const r = out("Ireland's Data Protection Commission fined Brevander Inc. Brevander insists it has always complied with the GDPR.");
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`))
      .toEqual(['RESTRICTION Data Protection Commission -> Brevander', 'DENIAL Brevander -> Data Protection Commission']);
    expect(triples("Ireland's Data Protection Commission fined Brevander Inc. The company insists it has always complied with the GDPR."))
      .toContain('DENIAL Brevander -> Data Protection Commission');
    // Inside a sentence the suffix goes on ("Brevander Inc. of Delaware", "Quillon Inc. v. Marrowby").
    expect(extract({ text: 'Quillon Inc. of Delaware sued Brevander Inc. over its patents.', published: '2026-04-02' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`))
      .toEqual(['LEGAL_ACTION Quillon -> Brevander']);
  });
});

describe('acts', () => {
  it('buyers told to stop buying from a seller: the seller after "from" is the target', () => {
    expect(triples('China told domestic companies to stop buying chips from Brevander Inc.')).toEqual(['RESTRICTION China -> Brevander']);
    // "from" after no word of buying still names a place or origin.
    expect(triples('Officials from Dastia told Quillon Labs to stop selling lasers.').some((e) => e.endsWith('-> Dastia'))).toBe(false);
  });

  it('"alleged in <where or when> that …"', () => {
    expect(triples('Quillon Labs alleged in a court filing that Marrow AI downloaded its source code.'))
      .toEqual(['ALLEGATION Quillon Labs -> Marrow AI']);
  });

  it('"suspect X of <gerund>" is an allegation; the passive stays allegation.alleged-to\'s', () => {
    expect(triples('U.S. officials suspect Brevander Inc of diverting processors to Russia.')).toEqual(['ALLEGATION United States -> Brevander']);
    expect(triples('Washington suspects Brevander Inc of breaking the rules, and suspects Quillon of nothing.')).toContain('ALLEGATION United States -> Brevander');
  });
});

describe('threats under a condition', () => {
  it('"X faces / risks <punitive noun> … if …": the authority that acted on X threatens X', () => {
    expect(triples('The Federal Trade Commission accused Zentor of deceiving users. Zentor risks fines if it keeps the practice.'))
      .toContain('THREAT Federal Trade Commission -> Zentor');
    expect(triples('The European Commission opened proceedings against Zentor. Zentor faces penalties reaching 6% of its turnover if the Commission confirms its findings.'))
      .toContain('THREAT European Commission -> Zentor');
    // No condition: a fine faced is reported, not threatened here.
    expect(triples('The European Commission opened proceedings against Zentor. Zentor faces penalties reaching 6% of its turnover.').filter((e) => e.startsWith('THREAT')))
      .toEqual([]);
  });

  it('a party\'s thing undergoing a measure ("X\'s app would be blocked unless …") threatens the party', () => {
    expect(triples("India accused Sarvan Pay of storing data abroad. India's IT ministry said Sarvan Pay's app would be blocked unless it stored payment data locally."))
      .toContain('THREAT MeitY -> Sarvan Pay');
  });

  it('"could be hit with sanctions"', () => {
    expect(triples('Washington accused Zentor of aiding Russia\'s army. The Treasury said Zentor could be hit with sanctions within weeks.'))
      .toContain('THREAT Treasury -> Zentor');
  });

  it('"comply or face a ban" after a deadline: who set it threatens whom it addressed', () => {
    expect(triples('Nigeria accused Zentor of breaching data rules. The agency gave Zentor ten days to fix the app or face a ban.'))
      .toEqual(['ALLEGATION Nigeria -> Zentor', 'DEMAND Nigeria -> Zentor', 'THREAT Nigeria -> Zentor']);
  });

  it('a threat answering a state\'s measure that names no target ("reserved the right to respond") is against that state', () => {
    expect(triples('The Netherlands restricted exports of chip tools. China reserved the right to respond, its ministry added.'))
      .toEqual(['RESTRICTION Netherlands -> null', 'THREAT China -> Netherlands']);
  });
});

describe('names whose last word the lexicon reads first as a verb', () => {
  it('"Sarvan Pay", "Lumbrel Go" are names after an unknown first word', () => {
    expect(triples("Nigeria revoked Sarvan Pay's licence over data breaches.")).toContain('RESTRICTION Nigeria -> Sarvan Pay');
    expect(triples('The United States added Lumbrel Go to the Entity List.')).toEqual(['RESTRICTION United States -> Lumbrel Go']);
  });
});

describe('legal procedure', () => {
  it('a court letting a suit go on is against its defendant', () => {
    expect(triples('Harlow Press sued Yorrow Labs in 2025. Judge Maria Ostrander on Tuesday allowed the lawsuit to proceed.'))
      .toContain('LEGAL_ACTION Maria Ostrander -> Yorrow Labs');
    expect(triples("Judge Maria Ostrander refused to dismiss Harlow Press's lawsuit against Yorrow Labs."))
      .toContain('LEGAL_ACTION Maria Ostrander -> Yorrow Labs');
  });

  it('sentence-initial "Prosecutors" and the authority that reports the charge', () => {
    expect(triples('Prosecutors charged Lio Chen with stealing chip designs from his employer, the Justice Department said.'))
      .toContain('LEGAL_ACTION Department of Justice -> Lio Chen');
    // No authority named, no organisation tied to the person, a matter of no dispute of ours: no event.
    expect(triples('Prosecutors charged Lio Chen with burglary, the police said.')).toEqual([]);
  });

  it('charges resolved by payment, told by the department: its legal step; the settlement answers it, not a place in the charges', () => {
    expect(triples('Brannock Semiconductor agreed to pay $140 million to resolve criminal charges that it shipped chips to Iran, the Justice Department said.'))
      .toEqual(['LEGAL_ACTION Department of Justice -> Brannock Semiconductor', 'DEESCALATION Brannock Semiconductor -> Department of Justice']);
  });

  it('"asked the Ninth Circuit to overturn …" is the loser\'s step against the other side', () => {
    expect(triples('Harlow Press sued Yorrow Labs in 2025 and won in March. Yorrow Labs has asked the Ninth Circuit to overturn the verdict.'))
      .toContain('LEGAL_ACTION Yorrow Labs -> Harlow Press');
  });
});

describe('releases of agencies and ministries', () => {
  it('"added X to its list, barring it from …": "added" followed by a name and a preposition opens no reported clause', () => {
    expect(triples("China's Ministry of Commerce added Orrin Defense to its unreliable entity list on Friday, barring it from doing business in China."))
      .toEqual(['RESTRICTION China -> Orrin Defense']);
  });

  it('an authority\'s act coordinated after its reported clause is its own', () => {
    expect(triples("China's Ministry of Commerce said Orrin Defense had sold weapons to Taiwan and added the company to its unreliable entity list."))
      .toContain('RESTRICTION China -> Orrin Defense');
  });

  it('"charged X with making false claims" is no denial; a penalty agreed to settles with the one who charged', () => {
    const t = triples('The Securities and Exchange Commission charged Quaystone Capital with making false claims about its use of artificial intelligence. Without admitting or denying the findings, Quaystone agreed to pay a $400,000 penalty.');
    expect(t.filter((e) => e.startsWith('DENIAL'))).toEqual([]);
    expect(t).toContain('LEGAL_ACTION Securities and Exchange Commission -> Quaystone Capital');
    expect(t).toContain('DEESCALATION Quaystone Capital -> Securities and Exchange Commission');
  });
});

describe('capitals and prosecutors', () => {
  it('a capital after a verb said of parties stands for its state ("accused Paris of …"); after "visited" it is a place', () => {
    expect(triples("France banned Zentor's app in April. Zentor accused Paris of protectionism.")).toContain('ALLEGATION Zentor -> France');
    expect(out("Italy's foreign minister visited Saudi Arabia. He visited Riyadh on Monday.").events).toEqual([]);
  });

  it('"Seoul prosecutors": the state named by its capital before the noun', () => {
    expect(triples('Seoul prosecutors charged Quillon Labs with stealing chip designs.')).toContain('LEGAL_ACTION South Korea -> Quillon Labs');
  });
});

describe('findings of failure; "the authority" for a state written as an unnamed body', () => {
  it('"failed to tell customers" is an alleged failure; "failed to respond" to reporters is not', () => {
    expect(triples("Brazil's data authority, the ANPD, fined Pelvane Analytics on Monday. The ANPD said that Pelvane had failed to tell customers that their chats would train its models."))
      .toContain('ALLEGATION ANPD -> Pelvane Analytics');
    expect(triples("Brazil's data authority, the ANPD, fined Pelvane Analytics on Monday. Pelvane failed to respond to questions sent by reporters.").filter((e) => e.startsWith('ALLEGATION')))
      .toEqual([]);
  });

  it('"Brazil\'s data authority … The authority said" takes up the state when no body of that kind is named', () => {
    expect(triples("Brazil's data authority fined Pelvane Analytics on Monday. The authority said that Pelvane had failed to tell customers that their chats would train its models."))
      .toEqual(['RESTRICTION Brazil -> Pelvane Analytics', 'ALLEGATION Brazil -> Pelvane Analytics']);
  });
});

describe('more legal steps', () => {
  it('a detention told with its criminal ground', () => {
    expect(triples("Poland's Internal Security Agency detained Ivan Petrov, a Belarusian national, on suspicion of spying for Minsk."))
      .toContain('LEGAL_ACTION Internal Security Agency -> Ivan Petrov');
    // Detained with no criminal ground told: no legal step of ours.
    expect(triples('Border guards detained Ivan Petrov for six hours at the airport.')).toEqual([]);
  });

  it('a request for WTO consultations with a state', () => {
    expect(triples('China asked the World Trade Organization to open dispute consultations with Japan over its export controls.'))
      .toContain('LEGAL_ACTION China -> Japan');
    // The pattern's own closing preposition introduces its object, also before an article.
    expect(triples('China requested WTO consultations with the United States on Friday.'))
      .toEqual(['LEGAL_ACTION China -> United States']);
  });

  it('a filing of any name before a tribunal against a party', () => {
    expect(triples("Peru's Competition Prosecutor's Office filed a requerimiento before the Competition Tribunal against Arvelo Cloud, accusing it of colluding with rivals."))
      .toContain("LEGAL_ACTION Competition Prosecutor's Office -> Arvelo Cloud");
  });

  it('an objection lodged against an injunction is against the other side; "WTO dispute settlement" settles nothing', () => {
    expect(triples('Sorvik Robotik sued Dunmarch in May and won a preliminary injunction in June. Dunmarch lodged an objection against the injunction in July.'))
      .toContain('LEGAL_ACTION Dunmarch -> Sorvik Robotik');
    expect(triples('China asked the WTO to open dispute consultations with Japan. Japan said its controls were not subject to WTO dispute settlement.')
      .filter((e) => e.startsWith('DEESCALATION'))).toEqual([]);
  });
});

describe('public bodies named with "for"/"of" and a law word', () => {
  it('"the Supreme Council for Broadcast Regulation" is a body, not a law', () => {
    const r = out('The Supreme Council for Broadcast Regulation fined Kessimor Labs on Monday.');
    expect(r.entities.find((e) => e.name === 'Supreme Council for Broadcast Regulation')?.kind).toBe('government');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual(['RESTRICTION Supreme Council for Broadcast Regulation -> Kessimor Labs']);
    // A law stays a law ("the Digital Markets Regulation" names no party).
    expect(out('Kessimor Labs said the Digital Markets Regulation applies to it.').entities.map((e) => e.name)).toEqual(['Kessimor Labs']);
  });
});

describe('only a public body blocks a deal', () => {
  it('a company rejecting a takeover offer restricts no one; a regulator blocking a merger does', () => {
    expect(triples('Brevander Inc rejected a takeover offer from Marrow AI, saying it undervalued the company.')).toEqual([]);
    expect(triples('The Competition and Markets Authority blocked the merger of Brevander Inc and Marrow AI.')).toContain('RESTRICTION Competition and Markets Authority -> Brevander');
  });
});

describe('an object relative after a name with its legal suffix', () => {
  it('"Brevander Inc, which Ofcom fined last year, …": the relative clause\'s subject acts on the antecedent', () => {
    expect(triples('Brevander Inc, which Ofcom fined last year for failing to protect children, launched a new app on Monday.'))
      .toEqual(['RESTRICTION Ofcom -> Brevander', 'ALLEGATION Ofcom -> Brevander']);
  });
});

describe('trade measures and their easing', () => {
  it('tariffs raised, hiked, slapped, retaliated with or announced on a state\'s goods', () => {
    expect(triples('The United States raised tariffs on Chinese goods to 145% in April.')).toEqual(['RESTRICTION United States -> China']);
    expect(triples('Washington hiked tariffs on Chinese electric vehicles to 100%.')).toEqual(['RESTRICTION United States -> China']);
    expect(triples('The EU slapped tariffs of up to 35% on electric cars made in China.')).toEqual(['RESTRICTION European Union -> China']);
    expect(triples('China retaliated with 34% tariffs on all U.S. goods.')).toContain('RESTRICTION China -> United States');
    expect(triples('Canada announced a 100% surtax on Chinese-made electric vehicles.')).toEqual(['RESTRICTION Canada -> China']);
    // Raising prices or a company's own charges is no measure on a state.
    expect(triples('Quillon Labs raised prices on its chips in April.')).toEqual([]);
  });

  it('"agreed in Geneva to cut tariffs" eases the measure', () => {
    expect(triples('The United States raised tariffs on Chinese goods in April. The United States and China agreed in Geneva to cut tariffs for 90 days.'))
      .toContain('DEESCALATION United States -> China');
  });

  it('buyers told to stop buying, with a phrase after the buyers; inquiries by information demands', () => {
    expect(triples("China's cyberspace regulator told operators of critical infrastructure to stop buying products from Brevander Inc after it failed a security review."))
      .toEqual(['RESTRICTION Cyberspace Administration of China -> Brevander']);
    expect(triples('The Federal Trade Commission has sent civil investigative demands to Brevander Inc, two lawyers briefed on the inquiry said.'))
      .toEqual(['INVESTIGATION Federal Trade Commission -> Brevander']);
  });

  it('"X Inc faces daily fines if …" (a legal suffix before "faces")', () => {
    expect(triples('The European Commission opened proceedings against Brevander Inc. The Commission said that Brevander Inc faces daily fines if it does not open its platform by June.'))
      .toContain('THREAT European Commission -> Brevander');
  });
});

describe('export controls', () => {
  it('a party placed on a state\'s list with no agent named is listed by that state; a listing wished is none', () => {
    expect(triples('Brevander Inc was placed on the Entity List in 2023.')).toEqual(['RESTRICTION United States -> Brevander']);
    expect(triples('Brevander Inc was added to the unreliable entity list on Monday.')).toEqual(['RESTRICTION China -> Brevander']);
    expect(triples('Senator Ada Vell said Brevander Inc must go on the Entity List soon.').filter((e) => e.startsWith('RESTRICTION'))).toEqual([]);
  });

  it('a party cut off from supplies', () => {
    expect(triples('The Commerce Department has cut off Brevander Inc from advanced chips.')).toEqual(['RESTRICTION Department of Commerce -> Brevander']);
    expect(triples('Senator Ada Vell urged the Commerce Department to cut Brevander Inc off from advanced chips.').filter((e) => e.startsWith('RESTRICTION'))).toEqual([]);
  });
});

describe('ministry statements', () => {
  it('"said the U.S. claims were groundless": the ministry denies; "claims were" is no reporting verb', () => {
    expect(triples("The United States accused China of hacking its utilities. China's foreign ministry said the U.S. claims were groundless."))
      .toEqual(['ALLEGATION United States -> China', 'DENIAL China -> United States']);
  });

  it('a measure called coercion or bullying is an allegation against its author', () => {
    expect(triples("The United States added 20 Chinese firms to the Entity List. China's commerce ministry called the move economic coercion."))
      .toContain('ALLEGATION China -> United States');
    expect(triples("The United States added 20 Chinese firms to the Entity List. China's commerce ministry said the move was a blatant act of economic coercion and bullying."))
      .toContain('ALLEGATION China -> United States');
  });
});

describe('an accusation named in its denial (restored once placement no longer depended on order)', () => {
  it('"rejected accusations by X that …" and "X\'s claims that …": X accused the denier', () => {
    expect(triples("Japan's trade ministry rejected accusations by South Korea that Japanese firms had dumped memory chips."))
      .toEqual(['DENIAL Japan -> South Korea', 'ALLEGATION South Korea -> Japan']);
    expect(triples("Brevander Inc rejected Quaystone Software's claims that it had lifted its source code."))
      .toEqual(['DENIAL Brevander -> Quaystone Software', 'ALLEGATION Quaystone Software -> Brevander']);
  });
  it('not when the denied thing is no accusation ("rejected the offer by X")', () => {
    expect(triples('Brevander Inc rejected the buyout offer by Quaystone Software.').filter((e) => e.startsWith('ALLEGATION'))).toEqual([]);
  });
});
