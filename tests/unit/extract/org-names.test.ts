import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Names of bodies built on a head and its complement (entities.ts discover): "Office of the …", "Agency for …".
// Every sentence is our own; the bodies are real kinds of office, the companies invented.
const run = (text: string) => extract({ title: null, published: '2026-03-02', text });
const names = (text: string) => run(text).entities.map((e) => [e.name, e.kind]);
const events = (text: string) => run(text).events.map((e) => [e.type, e.actor, e.target]);

describe('a body named by its head and an "of the"/"for" complement', () => {
  it('"Office of the … Commissioner" is one regulator, and no word of it a company', () => {
    const t = 'The Office of the Information Commissioner fined Brellan Analytics 2 million rand on Tuesday for scraping customer photos.';
    expect(names(t)).toContainEqual(['Office of the Information Commissioner', 'regulator']);
    expect(names(t).map((n) => n[0])).not.toContain('Information');
    expect(events(t)).toContainEqual(['RESTRICTION', 'Office of the Information Commissioner', 'Brellan Analytics']);
  });

  it('a title inside the complement names the office when no name follows it', () => {
    const t = "Ghana's Office of the Special Prosecutor has opened an investigation into Tamsin Mobile over payments to officials.";
    expect(events(t)).toContainEqual(['INVESTIGATION', 'Office of the Special Prosecutor', 'Tamsin Mobile']);
  });

  it('a title followed by a capitalised word still ends the run', () => {
    const t = 'The Office of the Prosecutor General Mateus Reis said on Friday that his staff would review the filings of Orlo Freight.';
    expect(names(t).map((n) => n[0])).not.toContain('Office of the Prosecutor General Mateus Reis');
  });

  it('"National Agency for …" takes its kind from the head before "for"', () => {
    const t = 'The National Agency for Digital Security of Senegal suspended the licence of Corvid Data on Monday.';
    expect(names(t)).toContainEqual(['National Agency for Digital Security', 'regulator']);
    expect(events(t)).toContainEqual(['RESTRICTION', 'National Agency for Digital Security', 'Corvid Data']);
  });

  it('"Federal Office for …" is a government body', () => {
    const t = 'The Federal Office for Information Security told operators on Thursday to stop using routers made by Kestrel Cloud.';
    expect(names(t)).toContainEqual(['Federal Office for Information Security', 'government']);
  });

  it('a phrase with "of the" after a word that is no head is not joined ("the rest of the Board")', () => {
    const t = 'Most of the Board voted on Monday to keep the contract with Orlo Freight.';
    expect(names(t).map((n) => n[0])).not.toContain('Most of the Board');
  });
});

describe('a demonym before a collective noun of the state, with no article', () => {
  it('"Indonesian authorities", "Turkish regulators", "Kenyan officials" are the state', () => {
    expect(events('Indonesian authorities blocked Corvid Data on Monday.')).toContainEqual(['RESTRICTION', 'Indonesia', 'Corvid Data']);
    expect(events('Turkish regulators fined Corvid Data on Monday.')).toContainEqual(['RESTRICTION', 'Turkey', 'Corvid Data']);
    expect(events('Kenyan officials accused Corvid Data of hiding the breach.')).toContainEqual(['ALLEGATION', 'Kenya', 'Corvid Data']);
  });

  it('a demonym before another noun is no state ("Kenyan startups")', () => {
    expect(names('Kenyan startups welcomed the new fund on Monday.').map((n) => n[0])).not.toContain('Kenya');
  });
});

describe("another state's body that shares a known body's name", () => {
  it('"the Nigeria Data Protection Commission" is its own body, not the Irish one, and keeps its acronym', () => {
    const t = 'The Nigeria Data Protection Commission (NDPC) opened an inquiry into Corvid Data on Monday. The NDPC later fined the company 10 million naira.';
    expect(events(t)).toContainEqual(['INVESTIGATION', 'Nigeria Data Protection Commission', 'Corvid Data']);
    expect(events(t)).toContainEqual(['RESTRICTION', 'Nigeria Data Protection Commission', 'Corvid Data']);
    expect(names(t).map((n) => n[0])).not.toContain('Data Protection Commission');
  });

  it('the known body named with its own state stays the known body', () => {
    const t = 'The Irish Data Protection Commission fined Corvid Data on Monday.';
    expect(events(t)).toContainEqual(['RESTRICTION', 'Data Protection Commission', 'Corvid Data']);
  });
});

describe('a body head right before its complement', () => {
  it('"Authority for Consumers and Markets" is one regulator, "Markets" no company', () => {
    const t = 'Halvard Networks appealed on Friday against a fine imposed by the Authority for Consumers and Markets.';
    expect(names(t)).toContainEqual(['Authority for Consumers and Markets', 'regulator']);
    expect(names(t).map((n) => n[0])).not.toContain('Markets');
  });
});

describe('an unknown acronym beside a description of a public body', () => {
  it('"Argentina\'s data protection agency, the AAIP, …" makes the acronym the acting regulator', () => {
    const t = "Argentina's data protection agency, the AAIP, fined Corvid Data 2 million pesos on Monday.";
    expect(names(t)).toContainEqual(['AAIP', 'regulator']);
    expect(events(t)).toContainEqual(['RESTRICTION', 'AAIP', 'Corvid Data']);
  });

  it('"the FNEC, Chile\'s competition regulator, …" and later bare mentions', () => {
    const t = "The FNEC, Chile's competition regulator, opened an investigation into Corvid Data on Monday. The FNEC said it would finish within a year.";
    expect(events(t)).toContainEqual(['INVESTIGATION', 'FNEC', 'Corvid Data']);
  });

  it('an acronym beside a description of no public body is not made a regulator', () => {
    const t = 'Halvard Networks, the maker of the VRX, said on Monday its sales had doubled.';
    expect(names(t).filter((n) => n[1] === 'regulator')).toEqual([]);
  });
});


describe('a list of subjects in a body\'s name (session 8)', () => {
  it('runs past its commas after "on" as after "of" ("Committee on Ports, Water and Energy")', () => {
    const t = 'Brellan Analytics wrote to the Standing Committee on Ports, Water and Energy on Monday. The committee summoned Brellan Analytics.';
    // (Session 13: "on" after a committee's head opens its complement, so the capitalised "Standing" before it is part of the name.)
    expect(names(t)).toContainEqual(['Standing Committee on Ports, Water and Energy', 'legislature']);
    expect(names(t).map((n) => n[0])).not.toContain('Water');
  });
  it('takes in a subject that only opens a longer known name ("Energy")', () => {
    const t = 'Brellan Analytics sued the Ministry of Ports, Water and Energy on Monday.';
    expect(events(t)).toEqual([['LEGAL_ACTION', 'Brellan Analytics', 'Ministry of Ports, Water and Energy']]);
  });
  it('stops at a state: "the Ministry of Commerce, China and Japan" is a list of parties', () => {
    const t = 'Brellan Analytics sued the Ministry of Commerce, China and Japan on Monday.';
    expect(names(t).map((n) => n[0])).toEqual(expect.arrayContaining(['China', 'Japan']));
  });
});

describe('a plural possessive in a public body\'s name (session 8)', () => {
  it('"the Harlan District Prosecutors\' Office" is one public body, not the company "Harlan District Prosecutors"', () => {
    const t = "The Harlan District Prosecutors' Office charged Brellan Analytics with fraud on Monday.";
    expect(names(t)).toContainEqual(["Harlan District Prosecutors' Office", 'government']);
    expect(events(t)).toContainEqual(['LEGAL_ACTION', "Harlan District Prosecutors' Office", 'Brellan Analytics']);
  });
  it('not from inside a longer capitalised name, whose first words are a place the text names', () => {
    const t = "The Berlin Central District Prosecutors' Office charged Brellan Analytics with fraud on Monday.";
    expect(names(t).map((n) => n[0])).not.toContain("District Prosecutors' Office");
    expect(names(t).map((n) => n[0])).not.toContain("Central District Prosecutors' Office");
  });
});

describe('sub-national governments and names with an inner article (session 8)', () => {
  it('"the Harrow State Government" and "the Municipality of Ostrava" are governments, not companies', () => {
    expect(names('The Harrow State Government fined Brellan Analytics on Monday.')).toContainEqual(['Harrow State Government', 'government']);
    expect(names('The Municipality of Ostrava fined Brellan Analytics on Monday.')).toContainEqual(['Municipality of Ostrava', 'government']);
  });
  it('an article inside a name only after "of"/"for": "Whereas the Harrow State Government" and "Will the Ministry" are no names', () => {
    const t = 'Whereas the Harrow State Government has found that Brellan Analytics hid its fees, it fined the company.';
    expect(names(t).map((n) => n[0])).not.toContain('Whereas the Harrow State Government');
    const q = 'Will the Ministry of Ports and Energy fine Brellan Analytics? The Ministry of Ports and Energy did not say.';
    expect(names(q).map((n) => n[0])).not.toContain('Will the Ministry of Ports and Energy');
    expect(names('The Office of the Data Commissioner fined Brellan Analytics.').map((n) => n[0])).toContain('Office of the Data Commissioner');
  });
});

describe('unions, guilds and civil-society bodies; a company\'s unit named with a place', () => {
  it('a guild, union or collective is an organisation that can bring a complaint and be answered', () => {
    expect(names('The Ostrel Screen Writers Guild sued Marrow AI over its script generator.')).toContainEqual(['Ostrel Screen Writers Guild', 'other_org']);
    const t = 'The Indian Developers Guild accused Pellbrook Technologies of abusing its app store. Pellbrook has rejected the guild\'s claims.';
    expect(events(t)).toContainEqual(['DENIAL', 'Pellbrook Technologies', 'Indian Developers Guild']);
    expect(names('The Harbour Data Workers Union filed a petition against Cobbet Labels.')).toContainEqual(['Harbour Data Workers Union', 'other_org']);
  });

  it('"X\'s Shanghai subsidiary" is X, and the place no party', () => {
    const t = 'The State Administration for Market Regulation opened an antitrust investigation into Velmor\'s Shanghai subsidiary.';
    expect(events(t)).toEqual([['INVESTIGATION', 'State Administration for Market Regulation', 'Velmor']]);
  });
});
