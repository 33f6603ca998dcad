import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (fifteenth session); every company and person is invented.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('a denial that names what it answers by a definite noun answers the author of that act', () => {
  it('"the complaint" is the complainant\'s, though an authority acted on the denier nearer to the denial', () => {
    const t = triples('Helvar Data filed a complaint against Orsk Cloud with the Competition Bureau in May, saying the provider bundled storage with compute. '
      + 'The bureau opened an inquiry into Orsk Cloud last week. Orsk said the complaint misstates how its pricing works.');
    expect(t).toContain('DENIAL Orsk Cloud -> Helvar Data');
    expect(t).not.toContain('DENIAL Orsk Cloud -> Competition Bureau');
  });

  it('"the findings" are the inquiring authority\'s, not the complainant\'s', () => {
    const t = triples('Brenna Union complained about Lattix Health to the Privacy Office in January. The Privacy Office investigated Lattix Health and '
      + 'concluded in June that it had shared patient files with advertisers. Lattix Health said it rejected the findings.');
    expect(t).toContain('DENIAL Lattix Health -> Privacy Office');
    expect(t).not.toContain('DENIAL Lattix Health -> Brenna Union');
  });

  it('an act of that kind told only after the denial is taken when none comes before it', () => {
    expect(triples('Corso Retail disputed the lawsuit on Monday. Weyl Foods had sued Corso Retail in a state court over its pricing model.'))
      .toContain('DENIAL Corso Retail -> Weyl Foods');
  });
});

describe('a relative clause on the noun of an apposition tells of the named party', () => {
  it('", a Lisbon-based reseller, which accused Y" and "a reseller in Lisbon which had accused Y": the allegation is X\'s', () => {
    for (const text of [
      'The bureau opened an inquiry into Orsk Cloud after a complaint by Helvar Data, a Lisbon-based reseller, which accused Orsk of tying storage to compute.',
      'The bureau opened an inquiry into Orsk Cloud after a complaint by Helvar Data, a reseller in Lisbon which had accused Orsk of tying storage to compute.',
    ]) {
      const t = triples(text);
      expect(t).toContain('ALLEGATION Helvar Data -> Orsk Cloud');
      expect(t).not.toContain('ALLEGATION Competition Bureau -> Orsk Cloud');
    }
  });

  it('"X, a reseller that sued Y in March, …": "that" opens the clause on X, and its verb is an act', () => {
    expect(triples('Helvar Data, a small reseller that sued Orsk Cloud in March, wants a quick decision.')).toEqual(['LEGAL_ACTION Helvar Data -> Orsk Cloud']);
  });

  it('a restrictive clause on a noun with no named party tells no act, nor does a "that" complement clause', () => {
    expect(triples('The reseller that sued Orsk Cloud in March wants a quick decision.')).toEqual([]);
    expect(triples('Helvar Data, a small reseller, said that Orsk Cloud had sued it in March.')).toEqual(['LEGAL_ACTION Orsk Cloud -> Helvar Data']);
  });
});

describe('a plural possessive inside the name of an association', () => {
  it('"the Northern Tenants\' Union", "the Coastal Fishers\' Federation" are one name each, and act', () => {
    expect(triples("The Northern Tenants' Union filed a class action against Loftwise in the Superior Court.")).toEqual(["LEGAL_ACTION Northern Tenants' Union -> Loftwise"]);
    expect(triples("The Coastal Fishers' Federation sued Marrow Cloud over its data deal.")).toEqual(["LEGAL_ACTION Coastal Fishers' Federation -> Marrow Cloud"]);
    expect(run("The Coastal Fishers' Federation sued Marrow Cloud over its data deal.").entities.find((e) => e.name.endsWith('Federation'))?.kind).toBe('other_org');
  });

  it('a company\'s possessive before a head is no name ("Marrow Cloud\'s Union" is not made of a singular possessive)', () => {
    expect(run("Workers at Marrow Cloud's Derby plant joined a union.").entities.map((e) => e.name)).not.toContain("Marrow Cloud's Derby");
  });
});

describe('an object told by a description and named after a comma', () => {
  it('"charged a former Brisquay engineer, Owen Ilmore, with …": the named person is charged', () => {
    expect(triples('Prosecutors in Boston charged a former Brisquay engineer, Owen Ilmore, with taking trade secrets to a rival.')).toContain('LEGAL_ACTION United States -> Owen Ilmore');
  });

  it('"found the former engineer, Owen Ilmore, guilty": the jury\'s verdict is on him', () => {
    expect(triples('A federal jury found the former engineer, Owen Ilmore, guilty of stealing trade secrets from Brisquay.')).toContain('LEGAL_ACTION federal jury -> Owen Ilmore');
  });

  it('a description with no name after it names no one: its employer is not the one found guilty', () => {
    expect(triples('A federal jury found a former engineer at Brisquay guilty of stealing trade secrets.')).not.toContain('LEGAL_ACTION federal jury -> Brisquay');
  });
});

describe('an inquiry opened in the passive', () => {
  it('"An investigation has been opened into X, the office said": the office that says so opens it', () => {
    expect(triples('An investigation has been opened into Vigilo, the Norland Data Office said.')).toEqual(['INVESTIGATION Norland Data Office -> Vigilo']);
    expect(triples('Sanctioning proceedings were initiated against Vigilo on Monday, the Norland Data Office said.')).toEqual(['INVESTIGATION Norland Data Office -> Vigilo']);
  });

  it('with no one saying so, the public body that acted on the same party nearest to it', () => {
    expect(triples('The Norland Data Office fined Vigilo in May. A separate procedure has also been opened against Vigilo.'))
      .toEqual(['INVESTIGATION Norland Data Office -> Vigilo', 'RESTRICTION Norland Data Office -> Vigilo']);
  });

  it('an inquiry opened by nobody the article names is no event', () => {
    expect(triples('An investigation has been opened into the crash of the delivery drone.')).toEqual([]);
  });
});

describe('threats of an inquiry or of withdrawing a licence, under a condition', () => {
  it('"would open formal proceedings against X if …" threatens X; without the condition it announces an inquiry', () => {
    expect(triples('The European Commission accused Orlan Labs of hiding training data. The Commission said it would open formal proceedings against Orlan Labs if the company did not answer by June.'))
      .toContain('THREAT European Commission -> Orlan Labs');
    expect(triples('The European Commission accused Orlan Labs of hiding training data. The Commission said it would open a broader inquiry into the cloud market next year.'))
      .not.toContain('THREAT European Commission -> Orlan Labs');
  });

  it('"would withdraw the licence of X if …" threatens X; cancelling a measure or an event does not', () => {
    expect(triples("Kenya's regulator accused Vexa Voice of spam calls. Kenya's regulator said it would withdraw the licence of Vexa Voice if the calls continued."))
      .toContain('THREAT Kenya -> Vexa Voice');
    expect(triples("Kenya's regulator accused Vexa Voice of spam calls. Kenya's regulator said it would cancel the hearing if the storm worsened.").filter((t) => t.startsWith('THREAT'))).toEqual([]);
  });
});

describe('a name of common words set off by an apposition that says its kind', () => {
  it('"Fair Code Kano, a digital rights group, pressed the commission …" finds the group and its demand', () => {
    const text = 'The Nigeria Data Protection Commission fined Tolven Data on Monday. Fair Code Kano, a digital rights group, urged the commission to release the full report.';
    expect(triples(text)).toContain('DEMAND Fair Code Kano -> Nigeria Data Protection Commission');
  });

  it('the short form of a company found so is the same company ("Mardel Interactive, a Denver studio," … "Mardel")', () => {
    const t = triples('Dubbing Artists United sued Mardel Interactive, a Denver studio, in March. Dubbing Artists United accused Mardel of cloning voices.');
    expect(t).toContain('ALLEGATION Dubbing Artists United -> Mardel Interactive');
    expect(t).not.toContain('ALLEGATION Dubbing Artists United -> Mardel');
  });

  it('a news outlet described as an agency is no party ("Reuters, the news agency, reported …")', () => {
    const kinds = run('Greywell Post, the news agency, reported that Tolven Data had been fined.').entities.filter((e) => e.name === 'Greywell Post').map((e) => e.kind);
    expect(kinds).not.toContain('regulator');
  });
});

describe('"the federal government" is the state of the text', () => {
  it('in a text from Abuja, or one that names only Nigeria, it is Nigeria; in a text about the U.S., the United States', () => {
    expect(triples('ABUJA, 2 March — Nigeria\'s data regulator, the Nigeria Data Protection Commission, fined Tolven Data. Fair Code Kano urged the federal government to step in.'))
      .toContain('DEMAND Fair Code Kano -> Nigeria');
    expect(triples('Nigeria\'s data regulator, the Nigeria Data Protection Commission, fined Tolven Data. Fair Code Kano urged the federal government to step in.'))
      .toContain('DEMAND Fair Code Kano -> Nigeria');
    expect(triples('Orlan Labs sued the federal government on Monday over the export rule.')).toEqual(['LEGAL_ACTION Orlan Labs -> United States']);
  });
});

describe('a past-tense verb after "and" is a predicate of its own', () => {
  const fined = 'The Data Protection Board fined Kelvane Cloud on Monday for moving user data abroad. ';
  it('"said it would appeal and denied any wrongdoing": the modal of the first verb does not hold for the second', () => {
    expect(triples(fined + 'Kelvane said it would appeal and denied any wrongdoing.')).toContain('DENIAL Kelvane Cloud -> Data Protection Board');
  });

  it('"was disappointed and denied …": a participle of feeling makes no passive of the verb after it', () => {
    expect(triples(fined + 'Kelvane was disappointed and denied any wrongdoing.')).toContain('DENIAL Kelvane Cloud -> Data Protection Board');
  });

  it('a bare verb after "or" stays under the modal or negator ("could not appeal or deny …")', () => {
    expect(triples(fined + 'Kelvane could not appeal or deny the findings before Friday.')).not.toContain('DENIAL Kelvane Cloud -> Data Protection Board');
  });
});

describe("a product's owner named by a passive of making in a later sentence", () => {
  it('"the chat app Quenby … Quenby, which is owned by Tessin Labs," makes the ban and the denial the owner\'s', () => {
    const t = triples('India blocked 20 apps, including the chat app Quenby. Quenby, which is owned by Tessin Labs, had 5 million users. Tessin Labs denied sending data abroad.');
    expect(t).toContain('RESTRICTION India -> Tessin Labs');
    expect(t).toContain('DENIAL Tessin Labs -> India');
  });

  it('a company owned by another stays a party of its own (no product noun names it)', () => {
    expect(triples('Orsk Cloud, which is owned by Pellam Holdings, sued Tessin Labs on Monday.')).toEqual(['LEGAL_ACTION Orsk Cloud -> Tessin Labs']);
  });
});

describe('a wrongdoing in an infinitive after "allow" or "prevent" is not reported as done', () => {
  it('"does not allow firms on its soil to evade the sanctions of its partners" accuses no one', () => {
    const t = triples('The EU listed three traders from Karaganda on Monday. "Kazakhstan does not allow firms on its soil to evade the sanctions of its partners," a ministry spokesman, Erlan Dosov, said.');
    expect(t.filter((x) => x.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('"checks designed to stop anyone from trying to smuggle …" accuse no one; "used its special powers to veto" still acts', () => {
    expect(triples('The EU listed three traders from Karaganda on Monday. Kazakhstan said its new customs checks were designed to stop anyone from trying to smuggle chips to Russia.').filter((x) => x.startsWith('ALLEGATION'))).toEqual([]);
    expect(triples('The Italian government used its special powers in April to veto the purchase of Nettlebed Robotics by Hazelrig Holdings.')).toContain('RESTRICTION Italy -> Hazelrig Holdings');
  });
});

describe('an easing asked for, hoped for or only possible is no de-escalation', () => {
  const listed = 'The U.S. added Hanbo Micro and Lindao Chips to the Entity List on Monday. ';
  it('"We urge Washington to end this abuse and take our firms off its list" is a demand, not a lifting', () => {
    const t = triples(listed + '"We urge Washington to end this abuse of export rules and take our firms off its list at once," a Chinese embassy spokesperson said.');
    expect(t.filter((x) => x.startsWith('DEESCALATION'))).toEqual([]);
  });

  it('"Beijing hopes Washington will lift these curbs", "the department may then take it off the list" ease nothing', () => {
    expect(triples(listed + 'Beijing hopes Washington will soon lift these curbs, a ministry spokesperson said.').filter((x) => x.startsWith('DEESCALATION'))).toEqual([]);
    expect(triples(listed + 'A listed firm may apply, and the department may then take it off the list.').filter((x) => x.startsWith('DEESCALATION'))).toEqual([]);
  });
});

describe("a wrongdoer's employer or victim, described after a preposition, is not the wrongdoer", () => {
  it('"intruders got into the servers of the Delft chip firm Stenhouse and stole …" accuses no Stenhouse', () => {
    const t = triples('The Dutch intelligence service said intruders backed by a foreign state got into the servers of the Delft chip-design firm Stenhouse and stole design files.');
    expect(t.filter((x) => x.endsWith('-> Stenhouse'))).toEqual([]);
  });

  it('"a technician at Brno chipmaker Tennick stole …" does not make Tennick the thief', () => {
    const t = triples('Czech police said a technician at Brno chipmaker Tennick stole layout files for a rival.');
    expect(t.filter((x) => x.startsWith('ALLEGATION') && x.endsWith('-> Tennick'))).toEqual([]);
  });
});

describe("a demand whose subject the text does not name is not the leading authority's", () => {
  it('"Consumer advocates urged Talmire Labs to …" in a release led by the Data Office makes no demand of the Office', () => {
    const t = triples('The Data Office fined Talmire Labs on Monday. The Data Office said Talmire Labs had kept voice clips. The Data Office will publish its decision. Consumer advocates urged Talmire Labs to delete the clips at once.');
    expect(t).not.toContain('DEMAND Data Office -> Talmire Labs');
  });
});

describe('"without a licence" as the content of a bar accuses no one', () => {
  it('"added X to its Entity List, which forbids exporters to sell it any parts without a licence" is a listing only', () => {
    expect(triples('The Commerce Department added Tessin Trading to its Entity List on Monday, a step that bars American firms from selling it any parts without a licence.'))
      .toEqual(['RESTRICTION Department of Commerce -> Tessin Trading']);
    expect(triples('Quillon said Marrowby used its photos without permission.')).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });
});

describe("a company's role noun that opens a sentence is no part of the name after it", () => {
  it('"Rival Fennix Cloud accused …", "Chipmaker Tessin Labs sued …", "Startup Varrow Labs …"', () => {
    expect(triples('Rival Fennix Cloud accused Oskel of coercing customers.')).toEqual(['ALLEGATION Fennix Cloud -> Oskel']);
    expect(triples('Chipmaker Tessin Labs sued Oskel on Monday.')).toEqual(['LEGAL_ACTION Tessin Labs -> Oskel']);
    expect(triples('Startup Varrow Labs sued Oskel on Monday.')).toEqual(['LEGAL_ACTION Varrow Labs -> Oskel']);
  });
});

describe('a name of common words right after a noun of its kind', () => {
  it('"the advocacy group Clear Glass Forum called on …", "Human-rights group Clear Glass Forum …" find the group', () => {
    for (const lead of ['The advocacy group', 'Human-rights group']) {
      expect(triples(`Britain fined Beltane Optics last week. ${lead} Clear Glass Forum urged the British government to freeze every licence Beltane holds.`))
        .toContain('DEMAND Clear Glass Forum -> United Kingdom');
    }
  });

  it('a legal suffix after such a name is no part of it ("the developer Cardoon Nube SpA")', () => {
    expect(run('Chile fined the developer Cardoon Nube SpA on Monday.').entities.map((e) => e.name)).toContain('Cardoon Nube');
  });
});

describe('a request named as a noun is made by whoever it came from', () => {
  it('"we got a formal request for records from the Office" is no demand of the speaker on the Office', () => {
    const t = triples('The Data Office opened an inquiry into Kessock AI in May. Last week we got a formal request for records from the Office about our data, Kessock said.');
    expect(t).not.toContain('DEMAND Kessock AI -> Data Office');
  });
});

describe('a measure or an inquiry takes no actor carried over from earlier sentences', () => {
  it('"In a separate move, the state consumer office said that it had begun inquiries into …" is not the last speaker\'s inquiry', () => {
    const t = triples('Pellam AI sued Lullo Labs in March. In a separate move, the state consumer office told reporters that it had begun inquiries into Kestly and Vonder as well.');
    expect(t.filter((x) => x.startsWith('INVESTIGATION Pellam AI'))).toEqual([]);
  });
});
