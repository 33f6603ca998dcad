// Legal procedure as real texts state it (issue 17 §2): who acts and who is acted on in rulings, orders, verdicts,
// indictments and suits. Every sentence here is our own; the parties are fictional.
import { describe, expect, it } from 'vitest';
import { extract, type ExtractedEvent } from '../../../extract/index.ts';

const CASE = 'Quillon Robotics sued Marrowby Labs in the Dastia District Court in May. ';
const run = (text: string) => extract({ text, title: 'Court fight over chips', published: '2026-03-12' });
const legal = (evs: ExtractedEvent[]) => evs.filter((e) => e.type === 'LEGAL_ACTION').map((e) => `${e.actor} -> ${e.target}`);
const types = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract legal forms: a jury is the case\'s court', () => {
  it('"a federal jury" and "the jury" found the losing party liable: the court named in the case rules against it', () => {
    expect(legal(run(CASE + 'A federal jury found Marrowby Labs liable for infringing the patents.').events))
      .toContain('Dastia District Court -> Marrowby Labs');
    expect(legal(run(CASE + 'The jury found Marrowby Labs liable on all counts.').events)).toContain('Dastia District Court -> Marrowby Labs');
  });

  it('with no court named, a jury acts under its own name (session 14: our labels name "federal jury" where no court is named)', () => {
    expect(legal(run('A federal jury found Marrowby Labs liable on all counts.').events)).toEqual(['federal jury -> Marrowby Labs']);
  });

  it('"a" opens no other description ("a company" is not the last company named)', () => {
    expect(types(run('Quillon Robotics sued Marrowby Labs in May. A company said it would appeal.').events))
      .toEqual(['LEGAL_ACTION Quillon Robotics -> Marrowby Labs']);
  });
});

describe('extract legal forms: a court\'s orders are legal actions, not restrictions', () => {
  it('"the court ordered X to stop selling" is the court\'s legal action against X', () => {
    expect(types(run(CASE + 'The court ordered Marrowby Labs to stop selling the device.').events))
      .toContain('LEGAL_ACTION Dastia District Court -> Marrowby Labs');
    expect(types(run(CASE + 'The court ordered Marrowby Labs to stop selling the device.').events).filter((t) => t.startsWith('RESTRICTION'))).toEqual([]);
  });

  it('a named judge\'s order takes the type a court\'s would', () => {
    const t = types(run(CASE + 'Judge Ada Vell ordered the suspension of Marrowby Labs\'s sales in Dastia.').events);
    expect(t).toContain('LEGAL_ACTION Ada Vell -> Marrowby Labs');
    expect(t.filter((x) => x.startsWith('RESTRICTION'))).toEqual([]);
  });

  it('a government\'s order stays a restriction', () => {
    expect(types(run('The Japanese government ordered Marrowby Labs to divest its local unit.').events)).toEqual(['RESTRICTION Japan -> Marrowby Labs']);
  });
});

describe('extract legal forms: the possessor of a suit brought it', () => {
  it('"X\'s lawsuit against Y" is X\'s legal action against Y', () => {
    expect(legal(run('Quillon Robotics\'s lawsuit against Marrowby Labs goes to trial in June.').events)).toEqual(['Quillon Robotics -> Marrowby Labs']);
    expect(legal(run('Quillon Robotics\' complaint against Marrowby Labs was heard on Monday.').events)).toContain('Quillon Robotics -> Marrowby Labs');
  });

  it('a possessor before a name with no legal noun still modifies it ("Dastia\'s chipmaker Marrowby")', () => {
    expect(legal(run('Quillon Robotics sued Dastia\'s chipmaker Marrowby Labs in May.').events)).toEqual(['Quillon Robotics -> Marrowby Labs']);
  });
});

describe('extract legal forms: rulings on motions', () => {
  it('"denied X\'s motions" (plural) is a ruling against the movant', () => {
    expect(legal(run(CASE + 'The court denied Marrowby Labs\'s motions to dismiss the claims.').events)).toContain('Dastia District Court -> Marrowby Labs');
  });

  it('"the court" of an article that names a judge and no court is the judge', () => {
    expect(legal(run('Judge Ada Vell said in an order Tuesday that the court denied Marrowby Labs\'s motions to dismiss.').events))
      .toEqual(['Ada Vell -> Marrowby Labs']);
    expect(legal(run('Judge Ada Vell heard the case in May. The jury found Marrowby Labs liable on all counts.').events))
      .toEqual(['Ada Vell -> Marrowby Labs']);
  });

  it('the bench is never the wrongdoer of the claims it rules on', () => {
    const t = types(run('Quillon Robotics sued Marrowby Labs in May. The Dastia District Court rejected motions to dismiss the copyright infringement claims on Monday.').events);
    expect(t.filter((x) => x.startsWith('ALLEGATION'))).toEqual([]);
  });
});

describe('extract legal forms: appeals and rulings for one side', () => {
  it('an appeal of the court\'s decision is against the other side of the case, never the court', () => {
    expect(legal(run('Quillon Robotics v. Marrowby Labs was heard in the Dastia District Court. Marrowby Labs has appealed the decision of the Dastia District Court.').events))
      .toContain('Marrowby Labs -> Quillon Robotics');
    expect(legal(run('Quillon Robotics v. Marrowby Labs was heard in the Dastia District Court. Marrowby Labs has appealed the decision of the Dastia District Court.').events)
      .filter((x) => x.endsWith('-> Dastia District Court'))).toEqual([]);
  });

  it('a fine appealed is against the authority that imposed it', () => {
    expect(legal(run('Marrowby Labs filed an appeal against the fine imposed by the Garante.').events)).toEqual(['Marrowby Labs -> Garante per la protezione dei dati personali']);
  });

  it('"ruled in favour of X" goes against the other side of the caption; with no caption it names no target', () => {
    expect(legal(run('Quillon Robotics v. Marrowby Labs was heard in the Dastia District Court. Judge Ada Vell ruled in favour of Quillon Robotics.').events))
      .toContain('Ada Vell -> Marrowby Labs');
    expect(legal(run('Quillon Robotics v. Marrowby Labs was heard in the Dastia District Court. Judge Ada Vell ruled in favour of Quillon Robotics.').events))
      .not.toContain('Ada Vell -> Quillon Robotics');
    expect(legal(run('Judge Ada Vell ruled in favour of Quillon Robotics.').events)).toEqual([]);
  });

  it('a filing that speaks is its author\'s legal step; "X\' suit accuses Y" leaves X the actor', () => {
    expect(legal(run("Quillon Robotics' new lawsuit accuses Marrowby Labs of copying the chip layout.").events)).toEqual(['Quillon Robotics -> Marrowby Labs']);
  });
});

describe('extract legal forms: court names with the head before "of"', () => {
  it('"the Regional Court of Dastia" is one court, adjectives and all', () => {
    const r = run('The Regional Court of Dastia ruled that Marrowby Labs had infringed copyrights held by Quillon Robotics.');
    expect(r.entities.find((e) => e.name === 'Regional Court of Dastia')?.kind).toBe('court');
    expect(legal(r.events)).toEqual(['Regional Court of Dastia -> Marrowby Labs']);
  });
});

describe('extract legal forms: agentless charges', () => {
  it('an authority announcing an agentless charge brought it; a company or a person reporting it did not', () => {
    expect(legal(run('Marrowby Labs was charged with three counts of fraud, the Justice Department said on Monday.').events)).toEqual(['Department of Justice -> Marrowby Labs']);
    expect(legal(run('Marrowby Labs was charged with three counts of fraud, Quillon Robotics said on Monday.').events)).toEqual([]);
  });
});

describe('extract legal forms: a state attorney general named by office', () => {
  it('"the attorney general of X" and "the X attorney general" are the office "X Attorney General"', () => {
    expect(legal(run('The attorney general of Ostria sued Marrowby Labs over its chatbot.').events)).toEqual(['Ostria Attorney General -> Marrowby Labs']);
    expect(legal(run('The Ostria attorney general filed a lawsuit against Marrowby Labs.').events)).toEqual(['Ostria Attorney General -> Marrowby Labs']);
    expect(legal(run('Marrowby Labs was sued on Monday by the attorney general of New Ostria.').events)).toEqual(['New Ostria Attorney General -> Marrowby Labs']);
  });

  it('a capitalised office before a name stays the person\'s title', () => {
    expect(legal(run('Ostria Attorney General Dara Penn sued Marrowby Labs over its chatbot.').events)).toEqual(['Dara Penn -> Marrowby Labs']);
  });
});

describe('extract legal forms: an unnamed judge', () => {
  it('"a federal judge" or "the judge" is the case\'s court, or the judge the article names', () => {
    expect(legal(run(CASE + 'A federal judge ruled that Marrowby Labs had infringed the patents.').events)).toContain('Dastia District Court -> Marrowby Labs');
    expect(legal(run('Judge Ada Vell heard the case in May. The judge denied Marrowby Labs\'s motion to dismiss.').events)).toEqual(['Ada Vell -> Marrowby Labs']);
  });

  it('with no court or judge named, "a judge" is no party', () => {
    expect(legal(run('A judge denied Marrowby Labs\'s motion to dismiss.').events)).toEqual([]);
  });
});

describe('extract legal forms: a judge with the court\'s level and country before the title', () => {
  it('"U.S. District Judge Ada Vell denied …" is the judge\'s ruling, not the state\'s', () => {
    expect(legal(run(CASE + 'U.S. District Judge Ada Vell denied Marrowby Labs\'s motion to dismiss.').events)).toContain('Ada Vell -> Marrowby Labs');
    expect(legal(run(CASE + 'U.S. District Judge Ada Vell denied Marrowby Labs\'s motion to dismiss.').events)).not.toContain('United States -> Marrowby Labs');
  });
});
