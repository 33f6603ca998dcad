import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Sentences written by us (seventeenth session); every company and person is invented. Public bodies with lists of
// subjects in their names exist in many states; the names below are of that shape, not copied from any text.
const run = (text: string) => extract({ text, published: '2026-03-10' });
const names = (text: string) => run(text).entities.map((e) => e.name);
const triples = (text: string) => run(text).events.map((e) => `${e.type} ${e.actor} -> ${e.target}`).sort();

describe('a public body whose name lists its subjects stays one name', () => {
  it('a serial comma before the last subject', () => {
    expect(names('The Assembly Committee on Fisheries, Ports, and Shipping summoned Garrow Marine on Friday.'))
      .toContain('Assembly Committee on Fisheries, Ports, and Shipping');
  });
  it('"and the" before the last subject', () => {
    expect(names('The Ministry of Youth, Sport and the Creative Economy fined Pintalo Games over loot boxes.'))
      .toContain('Ministry of Youth, Sport and the Creative Economy');
  });
  it('a company head word alone as a member ("…, Communications and …")', () => {
    expect(names('The Department of Housing, Communications and Local Government suspended Pelt Mobile.'))
      .toContain('Department of Housing, Communications and Local Government');
  });
  it('a known body\'s name going on with "and" and a last subject is another body', () => {
    const n = names('The Department of Energy and Mineral Resources revoked the permit of Brask Mining.');
    expect(n).toContain('Department of Energy and Mineral Resources');
    expect(n).not.toContain('Department of Energy');
  });
  it('but "and the" before another body, and "and" before a known party, still separate two parties', () => {
    const n = names('The Ministry of Finance, Trade and Industry and the Foreign Ministry criticised Orlen Vale.');
    expect(n).toContain('Ministry of Finance, Trade and Industry');
    expect(n.some((x) => /Foreign|Ministry of Foreign Affairs/.test(x))).toBe(true);
    expect(names('The Department of Energy and Nvidia signed the agreement.')).toContain('Department of Energy');
  });
  it('a serial comma between two companies is no list of subjects', () => {
    const n = names('The Ministry of Health, Garrow Labs, and Pelt Mobile signed the data accord on Monday.');
    expect(n).toContain('Garrow Labs');
    expect(n).toContain('Pelt Mobile');
  });
});

describe('a charge against a person the sentence only describes, named beside it or later', () => {
  it('"indicted a former researcher at X … The researcher, identified only as Name, …"', () => {
    expect(triples('Danish prosecutors this week indicted a former researcher at Holmfjord Labs, accusing her of leaking laser designs to a rival. '
      + 'The researcher, identified only as Mikkel Rask, denies wrongdoing.')).toContain('LEGAL_ACTION Denmark -> Mikkel Rask');
  });
  it('"charged a … trader with smuggling … Name, 39, was arrested …": the person the next sentence names first', () => {
    expect(triples('Federal prosecutors charged a Singaporean trader with smuggling AI chips to Iran. Brandon Teale, 39, was arrested in Miami on Friday.'))
      .toContain('LEGAL_ACTION prosecutors -> Brandon Teale');
  });
  it('"indicted two former engineers of X … The engineers, A and B, …": each, and prosecutors in a city are its state\'s', () => {
    const t = triples('Prosecutors in Osaka indicted two former engineers of Tenkai Systems on charges of stealing lithography data. '
      + 'The engineers, Ren Ota and Yui Sakashita, were arrested in May.');
    expect(t).toContain('LEGAL_ACTION Japan -> Ren Ota');
    expect(t).toContain('LEGAL_ACTION Japan -> Yui Sakashita');
  });
  it('"X was charged with stealing trade secrets, federal prosecutors said": the prosecutors who report it', () => {
    expect(triples('Tobias Grell, a former engineer at Vesmir Systems, was charged on Monday with stealing trade secrets, federal prosecutors said.'))
      .toContain('LEGAL_ACTION prosecutors -> Tobias Grell');
  });
  it('no charge of ours: a crime story stays out, and a person named later is nobody\'s target', () => {
    expect(triples('Police charged a man with stealing a car in Leeds. John Pike, 39, was arrested on Friday.')).toEqual([]);
  });
});

describe('the charged deny the one who charged them', () => {
  it('"A lawyer for X said that her client will plead not guilty": the client denies, answering the prosecutors\' state', () => {
    expect(triples('Prosecutors in Norway charged Arne Vik with smuggling drones. A lawyer for Vik said that her client will plead not guilty on Monday.'))
      .toContain('DENIAL Arne Vik -> Norway');
  });
  it('a company that accused the charged person is not the one the denial answers', () => {
    const t = triples('The Justice Department charged Tobias Grell, a former engineer at Vesmir Systems, with stealing chip designs from Vesmir. '
      + 'Vesmir said Grell had copied 3,000 files before he left. Grell\'s lawyer, Ada Lunde, said her client was innocent.');
    expect(t).toContain('DENIAL Tobias Grell -> Department of Justice');
    expect(t).not.toContain('DENIAL Tobias Grell -> Vesmir Systems');
  });
});

describe('a person a caption names in capitals is the person the text names', () => {
  it('a hyphenated surname in capitals, and the surname alone later', () => {
    const r = run('UNITED STATES v. MARTA OSK-BRINDLE\nCase No. 3:26-cr-00112\n\nProsecutors charged Marta Osk-Brindle with stealing trade secrets '
      + 'from Vesmir Systems. Osk-Brindle said the charges were baseless.');
    expect(r.entities.map((e) => e.name)).toContain('Marta Osk-Brindle');
    expect(r.entities.map((e) => e.name)).not.toContain('Osk-Brindle');
    expect(r.events.some((e) => e.type === 'DENIAL' && e.actor === 'Marta Osk-Brindle')).toBe(true);
  });
  it('a one-part surname too', () => {
    expect(triples('UNITED STATES v. MARTA OSKAR\n\nProsecutors charged Marta Oskar with stealing trade secrets from Vesmir Systems. '
      + 'Oskar said the charges were baseless.').some((t) => t.startsWith('DENIAL Marta Oskar'))).toBe(true);
  });
});

describe('a conditional threat to undo a permit or act again names no party: the one the actor ordered, restricted or licensed', () => {
  it('"warned that it would cancel the permit if the robocalls started again"', () => {
    expect(triples('Egypt\'s telecom regulator suspended Nilo Voice for a month. The regulator warned that it would cancel the permit if the robocalls started again.'))
      .toContain('THREAT Egypt -> Nilo Voice');
  });
  it('after a licence granted: the licensee', () => {
    expect(triples('The Commerce Department granted Ulmora Compute export licences for 5,000 chips. The department added that it would cancel '
      + 'the licences if Ulmora shipped a single board to a blacklisted buyer.')).toContain('THREAT Department of Commerce -> Ulmora Compute');
  });
  it('a statement of powers with no condition and no party stays no event', () => {
    expect(triples('The regulator can revoke licences of operators that breach the rules.').filter((t) => t.startsWith('THREAT'))).toEqual([]);
  });
});

describe('a suit told as a noun keeps its own voice', () => {
  it('"refused to dismiss a lawsuit brought by X against Y": the suit was brought', () => {
    expect(triples('On Friday the judge refused to throw out the patent lawsuit brought by Pellmar Data against Ulmora Vision.'))
      .toContain('LEGAL_ACTION Pellmar Data -> Ulmora Vision');
    expect(triples('The tribunal declined to dismiss the antitrust suit brought by Pellmar Data against Ulmora Vision.'))
      .toContain('LEGAL_ACTION Pellmar Data -> Ulmora Vision');
  });
});

describe('export-control diversion told plainly is an allegation', () => {
  it('"re-exported" controlled goods, and a purchase routed through shell or front companies', () => {
    expect(triples('The Commerce Department said Ulmora Trading had re-exported the accelerators to a buyer in Tehran.'))
      .toContain('ALLEGATION Department of Commerce -> Ulmora Trading');
    expect(triples('Japan\'s trade ministry said Pellmar Data paid for the servers via two banks and through a web of front firms in Macau.'))
      .toContain('ALLEGATION Japan -> Pellmar Data');
  });
  it('a lawful purchase through a distributor is no allegation', () => {
    expect(triples('Pellmar Data said it bought the servers through an authorised distributor in Osaka.')).toEqual([]);
  });
});

describe('an accusation told with a participle and a time phrase before its author', () => {
  it('"dismissed claims released on Monday by X that …": denial of X, and X\'s allegation', () => {
    const t = triples('Ostrel Neural on Tuesday rejected allegations released on Monday by Duskell Analytics that its model copied Duskell\'s outputs.');
    expect(t).toContain('DENIAL Ostrel Neural -> Duskell Analytics');
    expect(t).toContain('ALLEGATION Duskell Analytics -> Ostrel Neural');
  });
});

describe('a judge\'s order to hold an accused is the court\'s legal step against them', () => {
  it('"ordered X held without bail pending trial"', () => {
    expect(triples('Prosecutors charged Tobias Grell with stealing chip designs. At a hearing on Friday, Magistrate Judge Ada Lunde ordered Grell held without bail pending trial.'))
      .toContain('LEGAL_ACTION Ada Lunde -> Tobias Grell');
  });
  it('an order to hold a shipment is no such step', () => {
    expect(triples('The port authority ordered the containers held until the paperwork arrived.')).toEqual([]);
  });
});
