import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (eighteenth session) as a grammar of each act's common forms; every company and person is
// invented and checked absent from every labelled text.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('a filing past its forum names the one complained of', () => {
  it('"about X\'s conduct" after "with the authority"', () => {
    expect(triples("Quenzel Robotics filed a complaint with the Competition and Markets Authority about Brevik Data's conduct."))
      .toContain('LEGAL_ACTION Quenzel Robotics -> Brevik Data');
  });
  it('"concerning X" and "over X\'s pricing" too', () => {
    expect(triples('The Drummore Gazette lodged a complaint with the European Commission concerning Zolvane Media.'))
      .toContain('LEGAL_ACTION Drummore Gazette -> Zolvane Media');
  });
  it('with no party after the forum, the filing stays without a defendant', () => {
    expect(triples('The Drummore Gazette lodged a complaint with the European Commission over the summer.'))
      .not.toContain('LEGAL_ACTION Drummore Gazette -> European Commission');
  });
});

describe('a deal named as the object: its buyer is the one probed or threatened', () => {
  it('an inquiry into "the takeover of X by Y"', () => {
    const t = triples("Germany's economy ministry is reviewing the proposed takeover of Quenzel Robotics by Brevik Data.");
    expect(t).toContain('INVESTIGATION Germany -> Brevik Data');
    expect(t).not.toContain('INVESTIGATION Germany -> Quenzel Robotics');
  });
  it('a warning that the purchase of X by Y would be prohibited', () => {
    expect(triples("Germany's economy ministry warned it would prohibit the purchase of Quenzel Robotics by Brevik Data without further safeguards."))
      .toContain('THREAT Germany -> Brevik Data');
  });
});

describe('a product named with its maker by a participle, no comma', () => {
  it('"the Vintaro chatbot made by X": the measure falls on the maker', () => {
    const r = run('Indonesia blocked access to the Vintaro chatbot made by Brevik Data.');
    expect(r.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toContain('RESTRICTION Indonesia -> Brevik Data');
    expect(r.entities.find((e) => e.name === 'Vintaro')?.kind).toBe('model');
  });
  it('a made-by phrase after a name with no product noun is no product', () => {
    expect(run('Zolvane Media made by hand most of its props.').entities.find((e) => e.name === 'Zolvane Media')?.kind).not.toBe('model');
  });
});

describe('notices and letters that ask a party to act are demands', () => {
  it('no demand in a notice that asks nothing', () => {
    expect(triples('The Ketterby council issued a parking notice to residents on Friday.').filter((x) => x.startsWith('DEMAND'))).toEqual([]);
  });
  it('"put X on notice" alone is no demand (a warning may follow)', () => {
    expect(triples('The Ketterby Data Board put Brevik Data on notice.').filter((x) => x.startsWith('DEMAND'))).toEqual([]);
  });
});

describe('a possessor before a noun and a preposition keeps the act, whatever follows', () => {
  it('"X\'s shipments to Iran": the inquiry is into X, not into the state after the preposition', () => {
    const t = triples("The Justice Department is investigating Brevik Data's shipments to Iran.");
    expect(t).toContain('INVESTIGATION Department of Justice -> Brevik Data');
    expect(t).not.toContain('INVESTIGATION Department of Justice -> Iran');
  });
  it('"X\'s conduct in Kenya" too', () => {
    const t = triples("Ostland's Competition Office is examining Zolvane Media's conduct in Kenya.");
    expect(t.filter((x) => x.startsWith('INVESTIGATION') && x.endsWith('-> Zolvane Media'))).toHaveLength(1);
    expect(t.filter((x) => x.endsWith('-> Kenya'))).toEqual([]);
  });
});

describe('announced inquiries and labels', () => {
  it('"said it would investigate X" is an inquiry announced', () => {
    expect(triples('The Ketterby Data Board said it would investigate Brevik Data over the leak.'))
      .toContain('INVESTIGATION Ketterby Data Board -> Brevik Data');
  });
  it('but not one that merely could happen', () => {
    expect(triples('The Ketterby Data Board could investigate Brevik Data over the leak.').filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
  });
  it('"labelled X a military company" accuses X', () => {
    expect(triples('The Pentagon has labelled Zolvane Media a Chinese military company.')).toContain('ALLEGATION Pentagon -> Zolvane Media');
  });
  it('"labelled the launch a success" accuses no one', () => {
    expect(triples('Zolvane Media labelled the launch a success.')).toEqual([]);
  });
});

describe('the accuser named with its claims', () => {
  it('the bare apostrophe of a name ending in s: "Quenzel Robotics\' claims"', () => {
    expect(triples('Quenzel Robotics accused Brevik Data of theft. In a statement, Brevik Data said Quenzel Robotics\' claims were "baseless".'))
      .toContain('DENIAL Brevik Data -> Quenzel Robotics');
  });
  it('a name modifying a claim noun that is no verb: "calls the Quenzel lawsuit baseless"', () => {
    expect(triples('Zolvane Media sued Brevik Data in May. Brevik Data called the Zolvane Media lawsuit baseless.'))
      .toContain('DENIAL Brevik Data -> Zolvane Media');
  });
  it('but not a name before "claims" used as a verb', () => {
    expect(triples('Brevik Data said Zolvane Media claims to have invented the sensor.').filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });
});

describe('headline and present-tense inquiries', () => {
  it('"probes" as a verb', () => {
    expect(triples('The European Commission probes Brevik Data over its app store rules.')).toContain('INVESTIGATION European Commission -> Brevik Data');
  });
  it('"the probes into X" are no act of their own', () => {
    expect(triples('The probes into Brevik Data have dragged on for years.').filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
  });
  it('an authority named inside the inquiry the subject faces', () => {
    expect(triples('Brevik Data faces a European Commission antitrust probe over its app store.')).toContain('INVESTIGATION European Commission -> Brevik Data');
  });
});

describe('denials, inquiries and filings in a short story', () => {
  it('"There is no truth to these claims," X said', () => {
    expect(triples('Quenzel Robotics accused Brevik Data of theft. "There is no truth to these claims," Brevik Data said.'))
      .toContain('DENIAL Brevik Data -> Quenzel Robotics');
  });
  it('an inspection at the party\'s premises is into the party', () => {
    expect(triples("Brevik Data sells cloud storage. Japan's Fair Trade Commission conducted a surprise inspection at Brevik Data's Tokyo office."))
      .toContain('INVESTIGATION Fair Trade Commission -> Brevik Data');
  });
  it('a complaint by X before a fronted comma: X alone filed it, against the party of the act it prompted', () => {
    const t = triples('Following a complaint by Quenzel Robotics, the Norwegian Competition Authority launched an inquiry into Brevik Data.');
    expect(t).toContain('LEGAL_ACTION Quenzel Robotics -> Brevik Data');
    expect(t).not.toContain('LEGAL_ACTION Norwegian Competition Authority -> Brevik Data');
  });
  it('"looking at whether X …" is an inquiry', () => {
    expect(triples('The Norwegian Competition Authority said it was looking at whether Zolvane Media had abused its position.'))
      .toContain('INVESTIGATION Norwegian Competition Authority -> Zolvane Media');
  });
  it('a finding that X forced others to act is an accusation', () => {
    expect(triples('The Competition Commission of India found that Zolvane Media had forced phone makers to preinstall its apps.'))
      .toContain('ALLEGATION Competition Commission of India -> Zolvane Media');
  });
});

describe('long news sentences', () => {
  it('"its maker, X" after "the Vintaro app": the easing falls on the maker', () => {
    expect(triples('Indonesia restored access to the Vintaro app after its maker, Brevik Data, agreed to register.'))
      .toContain('DEESCALATION Indonesia -> Brevik Data');
  });
  it('"its" after ", and" takes up the first clause\'s subject, not its object', () => {
    const t = triples('Beijing has accused Washington of misusing trade rules, and on Friday its commerce ministry vowed to take necessary measures.');
    expect(t).toContain('THREAT China -> United States');
    expect(t).not.toContain('THREAT United States -> China');
  });
  it('officials at a body speak for it', () => {
    expect(triples('Officials at the Ketterby Data Board said they had written to Brevik Data demanding an explanation.'))
      .toContain('DEMAND Ketterby Data Board -> Brevik Data');
  });
  it('a protest against a party\'s measure accuses the party', () => {
    expect(triples("Vietnam's foreign ministry summoned the Dutch ambassador to protest against the Netherlands' new export controls."))
      .toContain('ALLEGATION Vietnam -> Netherlands');
  });
});

describe('headlines join parties with a comma', () => {
  const art = (title: string, text: string) => extract({ title, text, published: '2026-03-10' }).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
  it('"Japan, China agree to resume talks": each is the other\'s party', () => {
    const t = art('Japan, China agree to resume talks on export controls', 'Japan and China met in Tokyo on Monday.');
    expect(t).toContain('DEESCALATION Japan -> China');
    expect(t).toContain('DEESCALATION China -> Japan');
  });
  it('a state after "and" before a plural present verb is a party, not a modifier', () => {
    expect(run('China and Japan agree to hold talks on export controls.').entities.map((e) => e.name)).toEqual(expect.arrayContaining(['China', 'Japan']));
  });
  it('a patent fight settled is a dispute ended', () => {
    expect(art('Brevik Data, Quenzel Robotics settle patent fight', 'Brevik Data and Quenzel Robotics had fought over patents since 2023.'))
      .toContain('DEESCALATION Brevik Data -> Quenzel Robotics');
  });
});

describe('threats told in a reported clause', () => {
  it('"X warned that it would …": "it" is the reporter of its own sentence', () => {
    expect(triples('China warned that it would take countermeasures if the Netherlands tightened its chip controls.'))
      .toContain('THREAT China -> Netherlands');
  });
  it('a threat answering X\'s curbs answers X', () => {
    expect(triples("Beijing reserves the right to take countermeasures against Washington's new chip curbs, the commerce ministry said."))
      .toContain('THREAT China -> United States');
  });
  it('a capital after "in" is still a place', () => {
    expect(run("Brevik Data opened an office in Washington's Georgetown district.").entities.map((e) => e.name)).not.toContain('United States');
  });
});

describe('a state named by a two-word demonym before goods', () => {
  it('"restrictions on South Korean chip materials" fall on South Korea, and their easing too', () => {
    expect(triples('Japan imposed export restrictions on South Korean chip materials.')).toContain('RESTRICTION Japan -> South Korea');
    expect(triples('Japan eased export restrictions on South Korean chip materials.')).toContain('DEESCALATION Japan -> South Korea');
  });
  it('but not a two-word demonym opening a clause', () => {
    expect(run('South Korean chip makers said demand was strong.').entities.map((e) => e.name)).not.toContain('South Korea');
  });
});

describe('courts and states as parties of legal steps', () => {
  it('"The state of Texas sued X": the state acts', () => {
    expect(triples('The state of Texas sued Brevik Data on Monday.')).toContain('LEGAL_ACTION Texas -> Brevik Data');
  });
  it('a court declining to hear a party\'s appeal rules on that party', () => {
    expect(triples("The Drummore Gazette sued Brevik Data. The Supreme Court declined to hear Brevik Data's appeal."))
      .toContain('LEGAL_ACTION Supreme Court -> Brevik Data');
  });
  it('but a court\'s ruling on an appeal still to come is no step', () => {
    expect(triples("Zolvane Media appealed the fine. A decision by the tribunal on Zolvane Media's appeal should come in March.")
      .filter((x) => x.startsWith('LEGAL_ACTION') && !x.startsWith('LEGAL_ACTION Zolvane'))).toEqual([]);
  });
});

describe('makers named by an apposition of their role', () => {
  it('"X, the provider of the AI chatbot Vintaro": Vintaro is X\'s product', () => {
    const e = run('The Ketterby Data Board fined Brevik Data, the provider of the AI chatbot Vintaro, 2 million euros.').entities.find((x) => x.name === 'Vintaro');
    expect(e?.kind).toBe('model');
    expect(e?.organisation).toBe('Brevik Data');
  });
  it('"X, the operator of the Vintaro messaging app" too', () => {
    expect(run('Brevik Data, the operator of the Vintaro messaging app, was fined in May.').entities.find((x) => x.name === 'Vintaro')?.organisation).toBe('Brevik Data');
  });
});

describe('a headline\'s short name does not rename the body\'s act', () => {
  it('"EU probes X" over "The European Commission opened an investigation into X"', () => {
    const t = extract({ title: 'EU probes Zolvane Media over its feeds', text: 'On Monday the European Commission began a formal investigation into Zolvane Media.', published: '2026-03-10' })
      .events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(t).toContain('INVESTIGATION European Commission -> Zolvane Media');
  });
});

describe('"to fine" as a verb', () => {
  it('"decided to fine X" and "the decision to fine X"', () => {
    expect(triples('The Ketterby Data Board decided to fine Brevik Data for the leak.')).toContain('RESTRICTION Ketterby Data Board -> Brevik Data');
    expect(triples("The Ketterby Data Board's decision to fine Brevik Data was upheld by the High Court.")).toContain('RESTRICTION Ketterby Data Board -> Brevik Data');
  });
  it('but not "a fine day"', () => {
    expect(triples('Brevik Data said it was a fine day to open the new office.')).toEqual([]);
  });
});

describe('a body\'s name with "and" confirmed by its acronym', () => {
  it('"the Ostland Communications and Multimedia Commission (OCMC)" is one body', () => {
    const n = run('The Ostland Communications and Multimedia Commission (OCMC) fined Brevik Data.').entities.map((e) => e.name);
    expect(n).toContain('Ostland Communications and Multimedia Commission');
    expect(n).not.toContain('Multimedia Commission');
  });
  it('an acronym of other letters joins nothing', () => {
    expect(run('Brevik Data and Quenzel Robotics Authority (XYZ) met on Monday.').entities.map((e) => e.name)).toContain('Brevik Data');
  });
});

describe('a letter\'s salutation', () => {
  it('"Dear Mr Nyberg" addresses Nyberg, not "Dear Nyberg"', () => {
    const t = triples('Dear Mr Nyberg,\n\nWe write about reports that Brevik Data shares user data. We ask that you provide a full account by 30 April.\n\nSincerely,\nMaria Hasselt\nUnited States Senator');
    expect(t).toContain('DEMAND Maria Hasselt -> Nyberg');
    expect(t.join(' ')).not.toContain('Dear');
  });
});

describe('the one threatened', () => {
  it('"threatened to cut off supplies to Japan": "to" names the one threatened, not a forum', () => {
    expect(triples('China threatened to cut off rare earth supplies to Japan.')).toContain('THREAT China -> Japan');
  });
  it('"threatened Japan with export curbs"', () => {
    expect(triples('China threatened Japan with export curbs on rare earths.')).toContain('THREAT China -> Japan');
  });
  it('but "take the matter to the High Court" names a forum', () => {
    expect(triples('Brevik Data threatened to take the matter to the High Court.').filter((x) => x.includes('High Court'))).toEqual([]);
  });
});

describe('a quotation whose speaker follows it', () => {
  it('"All options are on the table," X said: X threatens, and is not the one threatened', () => {
    const t = triples('The Netherlands tightened export controls on chip machines. "All options are on the table," China\'s commerce ministry said.');
    expect(t).toContain('THREAT China -> Netherlands');
  });
});
