// Companies named with a legal form of any country ("Pte. Ltd.", "S.A. de C.V.", "Sdn Bhd"): the form is no part of
// the name, and no name of its own. Our own sentences; invented companies.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';
import { beforeLegalSuffix } from '../../../extract/entities.ts';
import { tokenize } from '../../../extract/text.ts';

const run = (text: string) => extract({ text, published: '2026-03-12' });
const sued = (company: string) => run(`The Federal Trade Commission sued ${company} on Monday. Officials said ${company} had misled buyers.`);

describe('legal forms of companies', () => {
  it.each([
    ['Marlow Vision S.A.E.', 'Marlow Vision'], ['Tessel Robotik GmbH', 'Tessel Robotik'], ['Orvalho Tecnologia Ltda.', 'Orvalho Tecnologia'],
    ['Quenby Technologies Pte. Ltd.', 'Quenby Technologies'], ['Sarang Intelligence Private Limited', 'Sarang Intelligence'],
    ['Koru Otonom Sistemler A.S.', 'Koru Otonom Sistemler'], ['Alcor Datos S.A. de C.V.', 'Alcor Datos'], ['Feldmark Systems AG', 'Feldmark Systems'],
    ['Rinjani Data Tbk', 'Rinjani Data'], ['Selasih Cloud Sdn. Bhd.', 'Selasih Cloud'], ['Wisla Data Sp. z o.o.', 'Wisla Data'],
    ['Tulsi Soft Pvt. Ltd.', 'Tulsi Soft'],
  ])('"%s" is the company %s, and the suit is against it', (full, name) => {
    const out = sued(full);
    expect(out.entities.filter((e) => e.kind === 'company').map((e) => e.name)).toEqual([name]);
    expect(out.events.map((e) => `${e.type} ${e.actor} -> ${e.target}`)).toEqual([`LEGAL_ACTION Federal Trade Commission -> ${name}`]);
  });

  it('leaves a name that only looks like a legal form alone ("Private" without one after it)', () => {
    const toks = tokenize('Kestrel Private Cloud');
    expect(beforeLegalSuffix(toks, 0, 2)).toBe(2);
    const t2 = tokenize('Kestrel Cloud Private Limited');
    expect(beforeLegalSuffix(t2, 0, 3)).toBe(1);
  });
});

describe('a settlement needs a dispute', () => {
  it('"settled the terms" between a council and a company with no dispute in the text is no de-escalation', () => {
    expect(run('The Harrowfield Municipal Council and Brenna Data AB settled the terms of a lease for the new data hall on Monday.').events).toEqual([]);
  });
  it('a settlement after a suit in the same text still is one', () => {
    const ev = run('Quillon sued Marrowby in May. Quillon settled with Marrowby in June.').events.map((e) => `${e.type} ${e.actor} -> ${e.target}`);
    expect(ev).toContain('DEESCALATION Quillon -> Marrowby');
  });
});
