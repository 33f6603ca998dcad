import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (sixteenth session); every company and person is invented.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('counsel speaks for its client, a person too', () => {
  const charge = 'Prosecutors in Hamburg charged Jonas Brekke with spying for Tellvik Robotics. ';
  it('"A lawyer for X, Name, said …, her client is innocent": the client denies', () => {
    expect(triples(charge + 'A lawyer for Brekke, Ilse Marten, said her client was innocent.')).toContain('DENIAL Jonas Brekke -> Germany');
  });
  it('"Name, a lawyer for X," and "X\'s lawyer, Name," too', () => {
    expect(triples(charge + 'Ilse Marten, a lawyer for Brekke, said her client was innocent.')).toContain('DENIAL Jonas Brekke -> Germany');
    expect(triples(charge + 'Brekke\'s lawyer, Ilse Marten, said his client was innocent.')).toContain('DENIAL Jonas Brekke -> Germany');
  });
  it('the lawyer is never a party of her own', () => {
    const t = triples(charge + 'A lawyer for Brekke, Ilse Marten, said her client was innocent.');
    expect(t.some((x) => x.includes('Ilse Marten'))).toBe(false);
  });
});

describe('a charge of a matter of ours told earlier makes a later charge of a person ours', () => {
  it('an indictment of a person the article ties to no organisation, after a sentence about stolen designs', () => {
    const t = triples('The Justice Department said on Monday that a one-time Tellvik Robotics designer faces counts of stealing gripper designs. '
      + 'A federal grand jury in Denver returned a three-count indictment against Jonas Brekke, 38.');
    expect(t).toContain('LEGAL_ACTION Department of Justice -> Jonas Brekke');
  });
  it('not after an unrelated charge (a crime story stays out)', () => {
    expect(triples('A man from Tulsa was charged with arson on Monday. A federal grand jury returned an indictment against Jonas Brekke, 38.')).toEqual([]);
  });
});

describe('threats: a coercive penalty under a condition, a breach of an order', () => {
  it('"set a daily fine of N if the company fails to …": a threat to the condition\'s subject', () => {
    expect(triples('Poland\'s data protection office fined Mirex Voice in May. The office set a daily fine of 8,000 zlotys if the company fails to erase the recordings.'))
      .toContain('THREAT Poland -> Mirex Voice');
  });
  it('"It set …": the pronoun subject of the verb that governs the penalty is the last actor', () => {
    expect(triples('France\'s CNIL ordered Mirex Voice to stop the scanning. It fixed a daily fine of 20,000 euros if Mirex fails to stop.'))
      .toContain('THREAT CNIL -> Mirex Voice');
  });
  it('"X will face a daily fine if it fails …" is no threat by X', () => {
    const t = triples('Italy\'s Garante ordered Mirex Voice to stop the scanning. Mirex Voice now faces a 20,000-euro daily fine if it fails to comply.');
    expect(t.filter((x) => x.startsWith('THREAT Mirex'))).toEqual([]);
  });
  it('"Any breach of the order will subject X to a penalty"', () => {
    expect(triples('France\'s CNIL ordered Mirex Voice to stop the scanning. Any breach of the order will subject Mirex Voice to a daily penalty of 10,000 euros.'))
      .toContain('THREAT CNIL -> Mirex Voice');
  });
});

describe('an inquiry told as a noun with its agent', () => {
  it('"an inquiry launched by the office in 2025" names no subject: the office\'s counterpart', () => {
    expect(triples('Portugal\'s CNPD fined Ardena Vision on Monday. The decision follows an inquiry launched by the CNPD in 2025.'))
      .toContain('INVESTIGATION CNPD -> Ardena Vision');
  });
  it('told as ended ("the fine ends an investigation opened by …"), it was still opened', () => {
    expect(triples('Portugal\'s CNPD fined Ardena Vision on Monday. The penalty closes an inquiry launched by the CNPD in 2025 into how Ardena kept faces.'))
      .toContain('INVESTIGATION CNPD -> Ardena Vision');
  });
  it('"It said outside auditors had reviewed …" is no inquiry by the last actor', () => {
    expect(triples('Portugal\'s CNPD fined Ardena Vision on Monday. It said outside auditors had reviewed the cameras.').filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
  });
});

describe('denials, demands and easings of forms the patterns missed', () => {
  it('"any suggestion that … is simply wrong": a claim called wrong with its content between', () => {
    expect(triples('Last week the Competition and Markets Authority began looking into Salvo Grid\'s stake in Tamsk Labs. '
      + '"Any suggestion that we steer Tamsk is simply wrong," a Salvo Grid spokesperson said.')).toContain('DENIAL Salvo Grid -> Competition and Markets Authority');
  });
  it('"disputes the regulator\'s provisional findings": words between the determiner and the claim noun', () => {
    expect(triples('Ireland\'s Data Protection Commission fined Salvo Grid in May. Salvo Grid disputes the commission\'s provisional findings.'))
      .toContain('DENIAL Salvo Grid -> Data Protection Commission');
  });
  it('"notified X to explain within ten days": a demand on the addressee', () => {
    expect(triples('Spain\'s consumer ministry opened an inquiry into Salvo Grid. It notified Salvo Grid to explain its prices within ten days.'))
      .toContain('DEMAND Spain -> Salvo Grid');
  });
  it('"said X must appoint a representative": a demand by the speaker', () => {
    expect(triples('Turkey blocked the Tamsk Labs chatbot on Monday. Deputy minister Kerem Aslan said Tamsk Labs must appoint a local agent within a month.'))
      .toContain('DEMAND Kerem Aslan -> Tamsk Labs');
  });
  it('"accepted an invitation from the culture office to meet X": an easing toward the other side', () => {
    const t = triples('Salvo Grid sued Tamsk Labs in March over its image archive. Tamsk Labs accepted an invitation from the culture ministry to meet Salvo Grid in April.');
    expect(t).toContain('DEESCALATION Tamsk Labs -> Salvo Grid');
  });
});

describe('names after a hyphenated modifier, accusers of a denied claim, court proceedings started', () => {
  it('"Oslo-based Vendra Models sued …": the name after the seat modifier is a party', () => {
    expect(triples('Oslo-based Vendra Models sued Tovsk Labs at a court in Bergen in April.')).toContain('LEGAL_ACTION Vendra Models -> Tovsk Labs');
    expect(triples('Tovsk Labs was sued in April by Oslo-based Vendra Models.')).toContain('LEGAL_ACTION Vendra Models -> Tovsk Labs');
  });
  it('"rejected the regulator\'s provisional findings": modifiers between the possessive and the claim noun', () => {
    expect(triples('Tovsk Labs sued Vendra Models in April. The Data Office fined Vendra in May. Vendra rejected Tovsk\'s latest claims.'))
      .toContain('DENIAL Vendra Models -> Tovsk Labs');
  });
  it('"had started civil penalty proceedings against X"', () => {
    expect(triples('The eSafety Commissioner said on Monday it had begun penalty proceedings against Tovsk Labs.'))
      .toContain('LEGAL_ACTION eSafety Commissioner -> Tovsk Labs');
  });
});

describe('a hearing transcript: legislators by title, witnesses by their post in parentheses', () => {
  const hearing = 'SENATE COMMITTEE ON COMMERCE\n\nHearing transcript, May 4, 2026\n\n'
    + 'SEN. OKWU-LARSEN: Ms. Vasquell, your company sold location data from clinics to brokers.\n\n'
    + 'MS. BRANDT (General Counsel, Pellwick Data): Senator, that is simply false. We sell only aggregated signals.\n\n'
    + 'SEN. OKWU-LARSEN: Last winter the Federal Trade Commission opened a probe into your company.\n\n'
    + 'MS. BRANDT: We are cooperating with the Commission.';
  it('the witness\'s rebuttal is her company\'s, against the legislator who put the charge', () => {
    expect(triples(hearing)).toContain('DENIAL Pellwick Data -> Okwu-Larsen');
  });
  it('"your company" in the legislator\'s turn is the witness\'s', () => {
    expect(triples(hearing)).toContain('INVESTIGATION Federal Trade Commission -> Pellwick Data');
  });
  it('an editor\'s note in brackets is no turn of the last speaker', () => {
    const t = triples(hearing + '\n\n[Editor\'s note: Pellwick Data later called the claims "baseless".]');
    expect(t.some((x) => x.startsWith('DENIAL Editor'))).toBe(false);
  });
});

describe('a currency code is no party; a caption\'s informant is its first side', () => {
  it('"including fines of up to INR 5 lakh for each day late"', () => {
    const t = run('The Competition Commission of India fined Tovsk Apps INR 90 crore on Monday. It warned that failure to comply may attract more proceedings, including fines of up to INR 5 lakh for each day late.');
    expect(t.entities.map((e) => e.name)).not.toContain('INR');
    expect(t.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('RESTRICTION Competition Commission of India -> Tovsk Apps');
  });
});

describe('a tariff fight told as answers and conditions', () => {
  it('"imposed a fresh 30 percent duty on … Korean imports": a singular duty', () => {
    expect(triples('On 2 May Japan imposed a fresh 30 percent duty on roughly $1 billion of Korean imports.')).toContain('RESTRICTION Japan -> South Korea');
  });
  it('"hit back in June with equal tariffs on … Japanese goods"', () => {
    expect(triples('Japan put a tariff on Korean steel in May. South Korea hit back in June with equal tariffs on $2 billion of Japanese goods.'))
      .toContain('RESTRICTION South Korea -> Japan');
  });
  it('"the duties would be reinstated at once if …": a threat to the other side', () => {
    expect(triples('Japan and South Korea agreed in March to pause their duties. Japan said the duties would be reinstated at once if South Korea broke the deal.'))
      .toContain('THREAT Japan -> South Korea');
  });
  it('"would be met \'within hours\' with a response of its own"', () => {
    expect(triples('Japan and South Korea paused their tariffs in March. Korean officials said any new Japanese tariff would be met "within hours" with a response of its own.'))
      .toContain('THREAT South Korea -> Japan');
  });
});

describe('a request that introduces a list of addressees', () => {
  const letter = 'To: The Information Commissioner\'s Office\n\nDear Commissioner,\n\nWe write about the Tovsk Apps tracker. '
    + 'In March the Competition and Markets Authority began a review of Tovsk Apps.\n\nWe therefore respectfully ask:\n\n'
    + '(a) that the Information Commissioner\'s Office open an investigation into Tovsk Apps;\n'
    + '(b) that Tovsk Apps publish its data protection impact assessment; and\n'
    + '(c) that Pexley Cloud stop hosting the tracker.\n\nYours faithfully,\n\nOpen Lanes Trust';
  it('each item that names an addressee and its step is a demand by the letter\'s signatory', () => {
    const t = triples(letter);
    expect(t).toContain('DEMAND Open Lanes Trust -> Information Commissioner\'s Office');
    expect(t).toContain('DEMAND Open Lanes Trust -> Tovsk Apps');
    expect(t).toContain('DEMAND Open Lanes Trust -> Pexley Cloud');
  });
  it('the steps asked for are not taken: no inquiry by the addressee', () => {
    expect(triples(letter)).not.toContain('INVESTIGATION Information Commissioner\'s Office -> Tovsk Apps');
  });
});

describe('organisations named head first, as Spanish, Portuguese, Italian and French names are', () => {
  it('"the Superintendencia de Industria y Comercio" and "Chile\'s Agencia Nacional de Ciberseguridad y Datos (ANCD)" are whole names', () => {
    expect(triples('The Superintendencia de Industria y Comercio opened an investigation into Corvena Data on Monday.'))
      .toContain('INVESTIGATION Superintendencia de Industria y Comercio -> Corvena Data');
    const r = run('Chile\'s Agencia Nacional de Ciberseguridad y Datos (ANCD) fined Corvena Data in May. The ANCD said the fine was final.');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('RESTRICTION Agencia Nacional de Ciberseguridad y Datos -> Corvena Data');
  });
  it('"the Asociación de Usuarios del Tranvía filed a complaint against X"', () => {
    expect(triples('The Asociación de Usuarios del Tranvía filed a complaint against Corvena Data in May.'))
      .toContain('LEGAL_ACTION Asociación de Usuarios del Tranvía -> Corvena Data');
  });
  it('an English name ending in the same word keeps its head last ("the Competition Appeal Tribunal")', () => {
    expect(run('Corvena Data appealed to the Competition Appeal Tribunal in May.').entities.map((e) => e.name)).toContain('Competition Appeal Tribunal');
  });
});

describe('a legislators\' letter to several companies', () => {
  const letter = 'United States Senate\nSenate Banking Committee\n\n'
    + 'March 2, 2026\n\nMr. Petr Halvorn\nChief Executive Officer, Brask Compute\n\nMs. Ilsa Torvane\nPresident, Tiller Cloud\n\nDear Mr. Halvorn and Ms. Torvane:\n\n'
    + 'We write about reports that Brask Compute and Tiller Cloud rented export-controlled accelerators to listed entities.\n\n'
    + 'For that reason we request that each of you send us the documents listed below by March 20, 2026:\n\n'
    + '1. A list of all accounts that used more than 10,000 GPU-hours.\n\n'
    + 'Until then, your companies should freeze every account linked to a listed buyer.\n\n'
    + 'Sincerely,\n\nMara Quellin\nChairman';
  it('"we request that each of you send …" asks every addressee', () => {
    const t = triples(letter).filter((x) => x.startsWith('DEMAND'));
    expect(t.filter((x) => x.includes('Halvorn')).length).toBeGreaterThan(0);
    expect(t.filter((x) => x.includes('Torvane')).length).toBeGreaterThan(0);
  });
  it('the chair who signs under the letterhead signs for the committee', () => {
    expect(triples(letter).filter((x) => x.startsWith('DEMAND')).every((x) => x.startsWith('DEMAND Senate Banking Committee'))).toBe(true);
  });
  it('"we are prepared to use all the tools we have" is not passive: the committee threatens', () => {
    const t = triples(letter.replace('Sincerely,', 'We are prepared to use all the tools we have if the answers are late.\n\nSincerely,'));
    expect(t.some((x) => x.startsWith('THREAT Senate Banking Committee ->'))).toBe(true);
  });
});

describe('a company post whose byline is a name line and a date line', () => {
  const post = 'Our answer to Brellin AI\n\nNadia Oster, chief scientist, Quorrel Systems\nApril 2, 2026\n\n'
    + 'Last week Brellin AI wrote on its blog that our Kite-2 model had been distilled from its own models.\n\n'
    + 'Let us be plain: the claims are false. We asked Brellin to hand over the logs behind them. '
    + 'Unless Brellin withdraws the post by May 1, we will ask a judge to rule on whether it defamed us.';
  it('the organisation of the byline is the voice of "we"', () => {
    const t = triples(post);
    expect(t).toContain('DENIAL Quorrel Systems -> Brellin AI');
    expect(t).toContain('DEMAND Quorrel Systems -> Brellin AI');
  });
  it('"we will ask a judge to rule on …" under a condition is a threat', () => {
    expect(triples(post)).toContain('THREAT Quorrel Systems -> Brellin AI');
  });
});

describe('German and Dutch head-first names; asking a court in a city to stay a ban', () => {
  it('"the rights group Gesellschaft für Ton und Wort (GTW)" is one name, its acronym an alias', () => {
    const r = run('The rights group Gesellschaft für Ton und Wort (GTW) sued Tovsk Apps in Munich in 2025. GTW said the model copied lyrics.');
    const e = r.entities.find((x) => x.name === 'Gesellschaft für Ton und Wort');
    expect(e?.aliases).toContain('GTW');
  });
  it('"has asked the Regional Court in Graz to stay …": a legal step against the other side', () => {
    expect(triples('Tovsk Apps sued Corvena Data in March. Corvena has asked the Regional Court in Graz to stay the order until its appeal is heard.'))
      .toContain('LEGAL_ACTION Corvena Data -> Tovsk Apps');
  });
});

describe('threats of a few more forms', () => {
  it('"we have directed our lawyers to bring a claim …"', () => {
    expect(triples('Brellin AI said Quorrel Systems had libelled it. "We have directed our lawyers to bring a defamation claim against Quorrel," Brellin said.'))
      .toContain('THREAT Brellin AI -> Quorrel Systems');
  });
  it('"failure to obey this order within thirty (30) days of the date on it shall attract …"', () => {
    expect(triples('Nigeria\'s data commission ordered Quorrel Systems to stop the transfers. Failure to obey this order within thirty (30) days of the date on it shall attract heavier penalties, the commission said.'))
      .toContain('THREAT Nigeria -> Quorrel Systems');
  });
  it('a statute\'s "failure to obey … is a crime that may result in a fine" threatens no one', () => {
    expect(triples('Brellin AI accused Quorrel Systems of spying. Failure to obey a compliance order is a crime that may result in a fine.').filter((x) => x.startsWith('THREAT'))).toEqual([]);
  });
  it('"would react \'in a reciprocal manner\'"', () => {
    expect(triples('Poland banned imports from Belarus on Monday. Belarus said it would react "in a reciprocal manner."')).toContain('THREAT Belarus -> Poland');
  });
  it('"I shall ask the Senate Committee on Small Business and Entrepreneurship to consider issuing a subpoena"', () => {
    expect(triples('Senator Mara Quellin wrote to Quorrel Systems on Monday. "If Quorrel fails to respond, I shall ask the Senate Committee on Small Business and Entrepreneurship to consider issuing a subpoena," she wrote.'))
      .toContain('THREAT Mara Quellin -> Quorrel Systems');
  });
});

describe('easings: a claim withdrawn, a file closed, a prosecution deferred, mediation agreed', () => {
  it('"dropped its own, second claim against X"', () => {
    expect(triples('Brellin Press sued Quorrel Systems in 2025. Brellin Press dropped its own, second claim against Quorrel in June.'))
      .toContain('DEESCALATION Brellin Press -> Quorrel Systems');
  });
  it('"closed her inquiry into X"', () => {
    expect(triples('The Privacy Commissioner opened an inquiry into Quorrel Systems in May. In October the Privacy Commissioner closed her inquiry into Quorrel Systems.'))
      .toContain('DEESCALATION Privacy Commissioner -> Quorrel Systems');
  });
  it('"agreed to defer prosecution for two years"', () => {
    expect(triples('The Justice Department charged Quorrel Systems in May with shipping chips to Iran. In October the Justice Department agreed to defer prosecution for two years.'))
      .toContain('DEESCALATION Department of Justice -> Quorrel Systems');
  });
  it('"both sides agreed to attempt mediation"', () => {
    expect(triples('Brellin Press sued Quorrel Systems in March. Brellin Press and Quorrel Systems agreed to attempt mediation in June.'))
      .toContain('DEESCALATION Brellin Press -> Quorrel Systems');
  });
});

describe('"the collective" takes up a collective the text named', () => {
  it('a denial of "the collective\'s claims" answers the collective, not the authority it complained to', () => {
    const t = triples('The Lagos Coders\' Collective filed a complaint against Vantor Apps with the Competition Commission in May. '
      + 'The commission opened an inquiry in June. Vantor has rejected the collective\'s claims.');
    expect(t).toContain('DENIAL Vantor Apps -> Lagos Coders\' Collective');
  });
});

describe('a possessor before a named body is not the topic a later description takes up', () => {
  it('"Brazil\'s ANPD fined X. The agency also ordered X to …": the agency is the ANPD, not Brazil', () => {
    expect(triples('Brazil\'s ANPD fined Corvetto Labs last week. The agency also ordered Corvetto to delete the recordings.'))
      .toContain('DEMAND ANPD -> Corvetto Labs');
  });
});
