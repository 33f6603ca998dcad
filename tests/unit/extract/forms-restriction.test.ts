// Statement forms of RESTRICTION, THREAT and DEESCALATION (our own texts; invented companies, real states and agencies):
// controls stated as announcements, notices and licence requirements, orders to divest or leave, buyers told to cancel;
// threats as conditions, consequences told to a party and measures announced for later; rules repealed, talks offered,
// shipments allowed to resume, probes closed and measures lifted, also in the passive with their agent.
// Each case: id, type, text, the accepted actor names, the target (null: the measure names no party).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

const CASES: [string, string, string, string[], string | null][] = [
  // RESTRICTION
  ['R1', 'RESTRICTION', "China's Ministry of Commerce issued an announcement on Tuesday imposing export controls on graphite anode materials. The measures take effect on 1 December.", ['Ministry of Commerce', 'China'], null],
  ['R2', 'RESTRICTION', "Japan's Ministry of Economy, Trade and Industry published a rule that imposes licence requirements on shipments of advanced etching tools.", ['METI', 'Japan'], null],
  ['R3', 'RESTRICTION', 'The Ministry of Commerce said it will require a licence for exports of rare-earth magnets from October. Officials said the step protects national security.', ['Ministry of Commerce', 'China'], null],
  ['R4', 'RESTRICTION', "South Korea's government decided on Monday to restrict exports of lithium refining equipment.", ['South Korea'], null],
  ['R5', 'RESTRICTION', 'The Dutch government ordered Veltmark Holdings to divest its stake in Orsa Semiconductors.', ['Netherlands'], 'Veltmark Holdings'],
  ['R6', 'RESTRICTION', 'The British government reviewed the purchase of Brackley Foundry on security grounds. The government ordered its owner, Tamsin Circuits, to divest the plant.', ['United Kingdom'], 'Tamsin Circuits'],
  ['R7', 'RESTRICTION', 'The Indian government ordered Fenwick Payments to wind up its local operations within 90 days.', ['India'], 'Fenwick Payments'],
  ['R8', 'RESTRICTION', 'The government of Canada ordered Corvel Mining to leave the country after a national security review.', ['Canada'], 'Corvel Mining'],
  ['R9', 'RESTRICTION', "Chinese authorities told state-owned buyers to cancel orders of Lumera Optics' sensors.", ['China'], 'Lumera Optics'],
  ['R10', 'RESTRICTION', 'The Vietnamese government instructed domestic distributors to stop purchasing products made by Oskern Electronics.', ['Vietnam'], 'Oskern Electronics'],
  ['R11', 'RESTRICTION', 'The Dutch government took over the management of Orsa Semiconductors on Sunday, citing risks to European supply.', ['Netherlands'], 'Orsa Semiconductors'],
  ['R12', 'RESTRICTION', 'The European Commission announced new restrictions on the export of cyber-surveillance software.', ['European Commission', 'European Union'], null],
  ['R13', 'RESTRICTION', 'Australia introduced a permit requirement for exports of lithium concentrate.', ['Australia'], null],
  ['R14', 'RESTRICTION', 'The Commerce Department issued a rule restricting sales of advanced AI chips to data centres abroad.', ['Department of Commerce', 'United States'], null],
  ['R15', 'RESTRICTION', "Marrowby Fisheries farms salmon in Norway. China's General Administration of Customs published a notice suspending imports of seafood from Marrowby Fisheries.", ['General Administration of Customs', 'China'], 'Marrowby Fisheries'],
  ['R16', 'RESTRICTION', 'Indonesia will require an export permit for shipments of nickel matte from July, the trade ministry said.', ['Indonesia'], null],
  ['R17', 'RESTRICTION', 'The Malaysian government imposed controls on the transfer of high-end chips.', ['Malaysia'], null],
  ['R18', 'RESTRICTION', "Brazil's government ordered Sorell Payments to halt its payment service in the country.", ['Brazil'], 'Sorell Payments'],
  ['R19', 'RESTRICTION', 'The German government ordered Ravelin Chemie, owned by Vostra Capital, to sell its pipeline unit.', ['Germany'], 'Ravelin Chemie'],
  ['R20', 'RESTRICTION', 'The Taiwanese government ordered Lanner Consulting to cease operations within three months.', ['Taiwan'], 'Lanner Consulting'],
  ['R21', 'RESTRICTION', 'The Dutch Data Protection Authority suspended the processing of personal data by Ferrow Cloud.', ['Autoriteit Persoonsgegevens'], 'Ferrow Cloud'],
  ['R22', 'RESTRICTION', 'The Dutch government assumed control of Orsa Semiconductors on Sunday, citing risks to European supply.', ['Netherlands'], 'Orsa Semiconductors'],
  ['R23', 'RESTRICTION', 'The Dutch government placed Orsa Semiconductors under state administration.', ['Netherlands'], 'Orsa Semiconductors'],
  // THREAT
  ['T1', 'THREAT', "China's Ministry of Commerce said it will take resolute measures if Washington adds more Chinese firms to the Entity List.", ['Ministry of Commerce', 'China'], 'United States'],
  ['T2', 'THREAT', "Quorra AI runs a chatbot. Italy's data protection authority ordered Quorra AI to stop collecting the data of minors and told Quorra AI that non-compliance with the order would be met with legal action.", ['Garante per la protezione dei dati personali'], 'Quorra AI'],
  ['T3', 'THREAT', 'Pindle Apps sold location data to brokers. The Federal Trade Commission told Pindle Apps that failure to comply will be met with legal action.', ['Federal Trade Commission'], 'Pindle Apps'],
  ['T4', 'THREAT', 'The United States will impose a 25 percent tariff on steel from Brazil from next month, the Commerce Department said.', ['United States', 'Department of Commerce'], 'Brazil'],
  ['T5', 'THREAT', 'Mexico said it will take firm measures if Corrib Motors does not recall the vehicles.', ['Mexico'], 'Corrib Motors'],
  ['T6', 'THREAT', 'The Korea Fair Trade Commission said Pellam Games will face sanctions if it fails to fix its refund policy.', ['Korea Fair Trade Commission'], 'Pellam Games'],
  ['T7', 'THREAT', 'The European Commission said it will impose fines on Vexley Social from next month unless the company changes its advertising model.', ['European Commission'], 'Vexley Social'],
  ['T8', 'RESTRICTION', 'Canada will restrict imports from Zentro Computing starting in January, the government said.', ['Canada'], 'Zentro Computing'],
  ['T9', 'THREAT', 'Korvane Shipping carried chips to Russia. Japan warned Korvane Shipping that any further breach would be met with sanctions.', ['Japan'], 'Korvane Shipping'],
  ['T10', 'THREAT', 'The Turkish government said it will take resolute steps against Pendle Media if the broadcasts continue.', ['Turkey'], 'Pendle Media'],
  // DEESCALATION
  ['D1', 'DEESCALATION', 'The Commerce Department restricted sales of AI chips to Malaysia in May. In August the Commerce Department rescinded the rule.', ['Department of Commerce', 'United States'], 'Malaysia'],
  ['D2', 'DEESCALATION', 'India banned the Quorra app in March. The Indian government repealed the ban on Quorra in June.', ['India'], 'Quorra'],
  ['D3', 'DEESCALATION', 'China invited the European Union to talks on electric-vehicle tariffs.', ['China'], 'European Union'],
  ['D4', 'DEESCALATION', 'Indonesia allowed nickel shipments to Kavrin Metals to resume on Monday.', ['Indonesia'], 'Kavrin Metals'],
  ['D5', 'DEESCALATION', 'The Dutch government blocked Orsa Semiconductors from shipping to China in May. Orsa Semiconductors has been allowed to resume shipments, the Dutch government said.', ['Netherlands'], 'Orsa Semiconductors'],
  ['D6', 'DEESCALATION', 'The Competition and Markets Authority dropped its probe into Marlowe Search.', ['Competition and Markets Authority'], 'Marlowe Search'],
  ['D7', 'DEESCALATION', 'The antitrust investigation into Solvane Payments was terminated by the Federal Trade Commission.', ['Federal Trade Commission'], 'Solvane Payments'],
  ['D8', 'DEESCALATION', 'Pindle Apps withdrew its complaint against Vexley Social at the European Commission.', ['Pindle Apps'], 'Vexley Social'],
  ['D9', 'DEESCALATION', 'Wenlow Networks withdrew its request for an injunction against Marrow Fibre.', ['Wenlow Networks'], 'Marrow Fibre'],
  ['D10', 'DEESCALATION', 'Washington eased controls on chip sales to Quelby Systems.', ['United States'], 'Quelby Systems'],
  ['D11', 'DEESCALATION', 'The Canadian government suspended the restrictions on Oskern Electronics for six months.', ['Canada'], 'Oskern Electronics'],
  ['D12', 'DEESCALATION', "The ban on Quorra's app was lifted by Italy's data protection authority.", ['Garante per la protezione dei dati personali'], 'Quorra'],
  ['D13', 'DEESCALATION', 'Japan revoked the rule that had limited exports of photoresists to South Korea.', ['Japan'], 'South Korea'],
  ['D14', 'DEESCALATION', 'The Korea Fair Trade Commission closed its investigation into Pellam Games without penalty.', ['Korea Fair Trade Commission'], 'Pellam Games'],
  ['D15', 'DEESCALATION', 'Deliveries of Tarvel batteries to Poland resumed after the Polish government lifted its import ban on Tarvel.', ['Poland'], 'Tarvel'],
  ['D16', 'DEESCALATION', 'Vexley Social withdrew its complaint against the Federal Trade Commission.', ['Vexley Social'], 'Federal Trade Commission'],
  ['D17', 'DEESCALATION', 'The probe into Fennor Cloud was dropped by the European Commission in June.', ['European Commission'], 'Fennor Cloud'],
  ['D18', 'DEESCALATION', "The Irish Data Protection Commission opened an inquiry into Pellow Social in May. Pellow Social has told the Data Protection Commission that it will pause the processing of users' data for training its models.", ['Pellow Social'], 'Data Protection Commission'],
  ['D19', 'DEESCALATION', 'The Irish Data Protection Commission opened an inquiry into Pellow Social. Pellow Social agreed to suspend the use of the data.', ['Pellow Social'], 'Data Protection Commission'],
  ['D20', 'DEESCALATION', 'China extended an invitation to the European Union to hold talks on the tariffs.', ['China'], 'European Union'],
];

describe('forms of restrictions, threats and de-escalations', () => {
  it.each(CASES)('%s %s: %s', (_id, type, text, actors, target) => {
    const { events } = extract({ text, published: '2026-05-12' });
    const got = events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(got.some((g) => actors.some((a) => g === `${type} ${a} -> ${target}`)), got.join('; ')).toBe(true);
  });
});
