import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Who the parties are when the text refers to them (session 7, branch s7-ref): a spokesperson's body, a pronoun after
// a quotation, a state's ministry named without its state, a capital for its state, a state's agency by description.
// Every sentence here is our own; the companies are invented.
const run = (text: string) => extract({ title: null, published: '2026-04-02', text }, { explain: true }).events.map((e) => [e.type, e.actor, e.target]);

describe('a spokesperson for a body, and a pronoun after a quotation', () => {
  it('a spokeswoman for an embassy denies for its state, never the accuser carried over', () => {
    const evs = run('Canadian officials on Monday accused Beijing of using a front company, Lorvane Trading, to steal chip designs.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa rejected the accusation as groundless.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'Canada']);
    expect(evs).not.toContainEqual(['DENIAL', 'Canada', 'China']);
  });
  it('"…," she said: the speaker is the one before, not a name inside the quotation', () => {
    const evs = run('WASHINGTON, May 4 — The United States on Monday accused China of running shell firms to obtain chips for Korvane Systems.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa said the embassy had seen the report.\n\n'
      + '"These claims are groundless, and the U.S. side knows it," she said.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'United States']);
    expect(evs).not.toContainEqual(['DENIAL', 'United States', 'China']);
  });
  it('a quotation whose subject is the accuser, then "she said": no denial by the accuser', () => {
    const evs = run('The United States on Monday accused China of running shell firms to obtain chips for Korvane Systems.\n\n'
      + 'A spokeswoman for the Chinese Embassy in Ottawa rejected the accusation.\n\n'
      + '"The U.S. side has repeatedly smeared Chinese companies," she said.');
    expect(evs).toContainEqual(['DENIAL', 'China', 'United States']);
    expect(evs).not.toContainEqual(['DENIAL', 'United States', 'China']);
  });
});

describe('a ministry whose name many states share', () => {
  it('with no state beside it, is the dateline\'s state when the text never names the gazetteer\'s, and is named by it', () => {
    const evs = run('OSLO, June 2 - Norway accused Grellick Data of selling location data to foreign brokers.\n\n'
      + 'The Foreign Ministry summoned the company\'s country manager, and the Commerce Ministry demanded that Grellick Data stop the sales.');
    expect(evs).toContainEqual(['DEMAND', 'Norway', 'Grellick Data']);
    expect(evs.some(([, a]) => a === 'China' || a === 'Ministry of Commerce')).toBe(false);
  });
  it('the state of a demonym before it names it ("the Russian foreign ministry")', () => {
    const evs = run('Poland accused Russia on Tuesday of sabotaging the cloud systems of Halvik Labs.\n\n'
      + 'The Russian foreign ministry denied the charge.');
    expect(evs).toContainEqual(['DENIAL', 'Russia', 'Poland']);
  });
  it('in a text that names no state, keeps its own name', () => {
    const evs = run('The Commerce Ministry added Vantor Robotics to its export control list on Monday, saying the company had supplied drones to foreign armies.');
    expect(evs).toContainEqual(['RESTRICTION', 'Ministry of Commerce', 'Vantor Robotics']);
  });
});

describe('a capital for its state', () => {
  it('"Warsaw will impose …", "Warsaw also urged Moscow …" in a text that names Poland', () => {
    const evs = run('Poland accused Russia on Tuesday of sabotaging the cloud systems of Halvik Labs, a Gdansk start-up.\n\n'
      + 'Moscow rejected the charge. Warsaw will impose sanctions on Russia if the sabotage goes on.\n\n'
      + 'Warsaw also urged Moscow to end the sabotage.');
    expect(evs).toContainEqual(['THREAT', 'Poland', 'Russia']);
    expect(evs).toContainEqual(['DEMAND', 'Poland', 'Russia']);
  });
  it('not in a text that never names the state, nor as a place or a modifier', () => {
    const a = run('Warsaw will impose a fine on Halvik Labs, the city council said.');
    expect(a.some(([, x]) => x === 'Poland')).toBe(false);
    const b = run('Poland accused Halvik Labs of fraud. The company has offices in Warsaw and the Warsaw branch denied the claims.');
    expect(b.some(([, x, y]) => x === 'Poland' && y === 'Poland')).toBe(false);
    expect(b).not.toContainEqual(['DENIAL', 'Poland', 'Halvik Labs']);
  });
});

describe('a quoted phrase inside the clause is no quotation before the verb', () => {
  it('\'X, calling the claims "completely baseless," said …\' keeps X as the speaker', () => {
    const evs = run('Dravik Intelligence accused Marlow Cloud on Monday of copying its model.\n\n'
      + 'Marlow Cloud, calling the claims "completely baseless," said it had done nothing wrong.');
    expect(evs).toContainEqual(['DENIAL', 'Marlow Cloud', 'Dravik Intelligence']);
  });
});

describe("a state's agency described by its possessor", () => {
  it('"Norway\'s data-protection office" is the office the text names', () => {
    const evs = run("Norway's data-protection office began an inquiry into Brisk Tutor, a homework chatbot run by Ulvik Apps.\n\n"
      + 'The Norwegian Data Protection Office said the app had processed children\'s data without consent.');
    expect(evs).toContainEqual(['INVESTIGATION', 'Norwegian Data Protection Office', 'Ulvik Apps']);
    expect(evs).not.toContainEqual(['INVESTIGATION', 'Norway', 'Ulvik Apps']);
  });
  it('"Morocco\'s telecoms regulator" is the one regulator whose name holds the words\' stems, named later', () => {
    const evs = run("Morocco's telecoms regulator blocked Sahra Chat, an assistant run by Dunecrest Labs, on Friday.\n\n"
      + 'The National Telecommunications Regulatory Agency said the app had spread false figures.');
    expect(evs).toContainEqual(['RESTRICTION', 'National Telecommunications Regulatory Agency', 'Dunecrest Labs']);
  });
  it('with no such body named, the state stays', () => {
    const evs = run("Norway's data-protection office began an inquiry into Ulvik Apps over its homework chatbot.");
    expect(evs).toContainEqual(['INVESTIGATION', 'Norway', 'Ulvik Apps']);
  });
});
