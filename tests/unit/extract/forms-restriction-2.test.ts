// Forms of RESTRICTION, second pass (session 5): fines announced or issued on a party, sanctions designations, entity
// lists a party is "included" in, licence applications rejected, deals ordered unwound, fines ordered paid, providers
// and app stores told to block or remove, accounts shut down or disabled, a regulator suspending another party's data
// transfers, a fine ordered paid by a party, an agentless "X has been banned from" after a state body's act on X, a
// causative "had X taken offline"; and precision: "restricted" as an adjective, a measure on what is linked to the subject itself, a name
// inside a fronted "In accordance with …" phrase. Texts are our own (invented companies, real states and agencies).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

type Ev = { type: string; actor: string; target: string | null };
const run = (text: string): Ev[] => extract({ text, published: '2026-05-12' }).events;
const restr = (evs: Ev[]) => evs.filter((e) => e.type === 'RESTRICTION').map((e) => `${e.actor} -> ${e.target}`);

const RECALL: [string, string, string][] = [
  ['The Norvik Competition Office announced a 20 million euro penalty on Pellavan Systems for abusing its market position.', 'Norvik Competition Office', 'Pellavan Systems'],
  ['The Norvik Data Authority issued a fine of 5 million euros against Pellavan Systems.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Norvik Data Authority fined Pellavan Systems 2 million euros.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['Pellavan Systems was fined 3 million euros by the Norvik Data Authority for unlawful data collection.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Treasury Department designated Quorvane Trading under its counterterrorism authorities on Thursday.', 'Treasury Department', 'Quorvane Trading'],
  ['The Treasury Department designated Quorvane Trading for sanctions on Thursday.', 'Treasury Department', 'Quorvane Trading'],
  ['Quorvane Trading was included in the unreliable entity list by the Ministry of Commerce of Brazil.', 'Ministry of Commerce', 'Quorvane Trading'],
  ['The Ministry of Commerce of Brazil included Quorvane Trading in its unreliable entity list.', 'Ministry of Commerce', 'Quorvane Trading'],
  ['The Japanese government ordered Quorvane Trading to unwind its purchase of Tallis Microchips.', 'Japan', 'Quorvane Trading'],
  ['The Norvik Data Authority ordered Pellavan Systems to pay a fine of 4 million euros.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Norvik Communications Commission ordered internet providers to block Pellavan Systems\' website.', 'Norvik Communications Commission', 'Pellavan Systems'],
  ['The Norvik Data Authority suspended Pellavan Systems\' transfers of user data to Brazil.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['Brallow AI shut down accounts linked to Quorvane Trading on Monday.', 'Brallow AI', 'Quorvane Trading'],
  ['Brallow AI disabled accounts belonging to Quorvane Trading last week.', 'Brallow AI', 'Quorvane Trading'],
  ['Pellavan Systems was ordered to pay a fine of 8 million euros, the Norvik Data Authority said.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Japanese government blocked the acquisition of Tallis Microchips by Quorvane Trading.', 'Japan', 'Quorvane Trading'],
  ['The Federal Trade Commission settled its case with Pellavan Systems on Tuesday. Pellavan Systems has been banned from using voice-cloning software for five years under the order.', 'Federal Trade Commission', 'Pellavan Systems'],
  ['The Consumer Fairness Commission opened an investigation into Pellavan Systems last year. Under the final order, Pellavan Systems is prohibited from selling users\' location data.', 'Consumer Fairness Commission', 'Pellavan Systems'],
  ['Marrowby sells lamps. The Norvik Data Authority had the Lumo app of Marrowby taken offline in March.', 'Norvik Data Authority', 'Marrowby'],
  ['Quorvane Trading\'s export licences were revoked by the Commerce Department on Monday.', 'Department of Commerce', 'Quorvane Trading'],
  ['Quorvane Trading has been placed on the Entity List, the Commerce Department said.', 'Department of Commerce', 'Quorvane Trading'],
  ['Pellavan Systems was slapped with a 9 million euro fine by the Norvik Data Authority.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['The Norvik Data Authority ordered Pellavan Systems to stop transferring user data to Brazil.', 'Norvik Data Authority', 'Pellavan Systems'],
  ['Quorvane Trading makes chips. The Commerce Department rejected the licence application of Quorvane Trading.', 'Department of Commerce', 'Quorvane Trading'],
];

describe('forms of restrictions (second pass)', () => {
  for (const [text, actor, target] of RECALL) {
    it(text, () => expect(restr(run(text))).toContain(`${actor} -> ${target}`));
  }
});

describe('restriction precision (second pass)', () => {
  it('a licence revoked is no de-escalation, and a takeover bid rejected is no court motion', () => {
    const a = run('Quorvane Trading\'s export licences were revoked by the Commerce Department on Monday.');
    expect(a.filter((e) => e.type === 'DEESCALATION')).toEqual([]);
    const b = run('The Japanese government rejected Quorvane Trading\'s bid for Tallis Microchips on security grounds.');
    expect(b.filter((e) => e.type === 'LEGAL_ACTION')).toEqual([]);
    expect(restr(b)).toContain('Japan -> Quorvane Trading');
  });
  it('"was hit with a fine by Y" is not read backwards (Y is no target)', () => {
    expect(restr(run('Marrowby was hit with a 3 million euro fine by the regulator Dastia.'))).not.toContain('Marrowby -> Dastia');
  });
  it('a state body of no known state and a state restricting the same party are one measure, the state\'s', () => {
    expect(restr(run('Brazil adds Corvane AI to its unreliable entity list. The Trade Security Office on Tuesday added Corvane AI to its unreliable entity list, barring it from importing memory chips.'))).toEqual(['Brazil -> Corvane AI']);
  });
  it('an active measure with no named actor takes no state body from other acts (an unnamed court ordered it)', () => {
    const evs = run('The Market Conduct Office opened a probe into Pellavan Systems in May. On Thursday a court in the city of Lorvik ordered Pellavan Systems to stop selling its scanners in the country.');
    expect(restr(evs)).not.toContain('Market Conduct Office -> Pellavan Systems');
  });
  it('a causative "had" needs its participle after an object: "had its shipment blocked" names no measure on another', () => {
    expect(restr(run('Pellavan Systems had its shipment blocked at the border.'))).toEqual([]);
  });
  it('"handed X a fine" (a sports body\'s sanction as often as a regulator\'s) is not read as a measure', () => {
    expect(restr(run('The Northern Premier Hockey League has handed Riverside Owls a ten-point deduction and a 30,000 pound fine after a panel found the club breached the league\'s spending cap.'))).toEqual([]);
  });
  it('a measure on a company\'s short name in the headline is the measure on its full name', () => {
    const { events } = extract({ title: 'U.S. adds Chinese chip designer Huilor to entity list', text: 'WASHINGTON, March 12 - The U.S. Commerce Department on Wednesday added Chinese chip designer Huilor Data Systems and two of its subsidiaries to its entity list.', published: '2026-05-12' });
    expect(restr(events)).toEqual(['United States -> Huilor Data Systems']);
  });
  it('the seller in a blocked acquisition is not the one restricted', () => {
    expect(restr(run('The Japanese government blocked the acquisition of Tallis Microchips by Quorvane Trading.'))).not.toContain('Japan -> Tallis Microchips');
  });
  it('"restricted" after a determiner or quantifier is an adjective, no measure', () => {
    const evs = run('Prosecutors charged two men and a Lorvik trading company with smuggling thousands of restricted AI chips to Veltria Corp.');
    expect(restr(evs)).toEqual([]);
  });
  it('no party restricts accounts linked to itself: the reporter closed them', () => {
    const evs = run('Corvane AI said on Monday that Hanshan AI had used thousands of fraudulent accounts to copy its models, and that it had shut down all accounts linked to Hanshan.');
    expect(restr(evs)).toEqual(['Corvane AI -> Hanshan AI']);
  });
  it('a document named in a fronted "In accordance with" phrase is no actor', () => {
    const evs = run('In accordance with the Foreign Trade Law of Veldoria and the Provisions on the Restricted Parties List, the Restricted Parties List Office has decided to include Marrowby Inc. and Tolvane Corp. in the Restricted Parties List.');
    expect(restr(evs).filter((x) => x.startsWith('Provisions'))).toEqual([]);
  });
  it('a company pausing its own data transfers restricts no one', () => {
    const evs = run('Pellavan Systems said it would suspend its transfers of user data to Brazil while the Norvik Data Authority reviews them.');
    expect(restr(evs)).toEqual([]);
  });
  it('a designation as a gatekeeper is no sanction', () => {
    const evs = run('The European Commission designated Pellavan Systems as a gatekeeper under the Digital Markets Act.');
    expect(restr(evs)).toEqual([]);
  });
});
