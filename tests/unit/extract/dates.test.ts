import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateEvent, earliestDating, periodOf, publicationDay } from '../../../extract/dates.ts';

// 2025-06-12 is a Thursday. Every sentence here is written for these tests.
const PUB = '2025-06-12';
const on = (s: string, published: string | null = PUB, opts = {}) => dateEvent(s, published, opts);

describe('dateEvent: dates the sentence gives', () => {
  it.each([
    ['The watchdog fined the retailer on Oct. 9, 2024.', '2024-10-09', 'day'],
    ['The watchdog fined the retailer on October 9th, 2024, after a review.', '2024-10-09', 'day'],
    ['The watchdog fined the retailer on 9 October 2024.', '2024-10-09', 'day'],
    ['The filing is dated 2024-10-09 and names two lenders.', '2024-10-09', 'day'],
    ['The order, signed 10/09/2024, bars the sale.', '2024-10-09', 'day'],
    ['The regulator opened an inquiry into the lender on June 3.', '2025-06-03', 'day'],
    ['The agency opened an inquiry in March 2024.', '2024-03-01', 'month'],
    ['The agency opened an inquiry in late March 2024.', '2024-03-01', 'month'],
    ['In May, the authority blocked the messaging service.', '2025-05-01', 'month'],
    ['The ministry has barred the app since 2019.', '2019-01-01', 'year'],
    ['In 2020 the ministry banned the app.', '2020-01-01', 'year'],
    ['By the end of 2022, the board had suspended the licence.', '2022-01-01', 'year'],
    ['The 2023 lawsuit accused the lab of copying song lyrics.', '2023-01-01', 'year'],
    ['The regulator audited the insurer between 2019 and 2021.', '2019-01-01', 'year'],
    ['The order was signed at 2024-10-09T15:00:00Z by the judge.', '2024-10-09', 'day'],
    ['The ministry summoned the envoy over the weekend.', '2025-06-07', 'day'],
  ])('%s', (s, date, precision) => {
    expect(on(s)).toMatchObject({ date, precision, explicit: true });
  });

  it('reads relative dates against the publication date, never the clock', () => {
    expect(on('The startup sued the lab last month.')).toMatchObject({ date: '2025-05-01', precision: 'month' });
    expect(on('Earlier this year, the commission opened a probe into the insurer.')).toMatchObject({ date: '2025-01-01', precision: 'year' });
    expect(on('The commission opened a probe earlier this month.')).toMatchObject({ date: '2025-06-01', precision: 'month' });
    expect(on('The bank was fined last year.')).toMatchObject({ date: '2024-01-01', precision: 'year' });
    expect(on('The ministry summoned the envoy yesterday.')).toMatchObject({ date: '2025-06-11', precision: 'day' });
    expect(on('Two weeks ago the ministry summoned the envoy.')).toMatchObject({ date: '2025-05-29', precision: 'day' });
    expect(on('Three months ago the ministry summoned the envoy.')).toMatchObject({ date: '2025-03-01', precision: 'month' });
    expect(on('Last month the insurer sued.', '2025-01-20')).toMatchObject({ date: '2024-12-01', precision: 'month' });
    expect(on('In August of last year, the lender agreed to pause the scheme.')).toMatchObject({ date: '2024-08-01', precision: 'month', background: true });
    expect(on('The lender agreed in February this year to pause the scheme.')).toMatchObject({ date: '2025-02-01', precision: 'month' });
  });

  it('a weekday is the latest such day up to publication', () => {
    expect(on('The company said on Tuesday it would appeal.')).toMatchObject({ date: '2025-06-10', precision: 'day' });
    expect(on('The regulator acted on Thursday.')).toMatchObject({ date: '2025-06-12' });
    expect(on('The regulator acted last Thursday.')).toMatchObject({ date: '2025-06-05' });
    expect(on('Regulators met on Friday.')).toMatchObject({ date: '2025-06-06' });
    // The date that follows the weekday is the one to read.
    expect(on('On Tuesday, Oct. 8, 2024, the court ruled for the publisher.')).toMatchObject({ date: '2024-10-08' });
  });

  it('a day and month without a year: this year, or last year when this year\'s is months ahead', () => {
    expect(on('The watchdog fined the retailer on Dec. 30.', '2025-01-04')).toMatchObject({ date: '2024-12-30', precision: 'day' });
    // AP style omits the current year: an October date in a June article is a coming one, not the event's.
    expect(on('The watchdog fined the retailer on Oct. 9.')).toMatchObject({ date: PUB, explicit: false });
  });

  it('with a trigger, the date nearest the event wins; a coarser date must be much nearer', () => {
    const s = 'The publisher, which sued the lab in December 2023, asked the judge on Tuesday to sanction it.';
    expect(on(s, PUB, { triggerOffset: s.indexOf('asked') })).toMatchObject({ date: '2025-06-10', precision: 'day' });
    expect(on(s, PUB, { triggerOffset: s.indexOf('sued') })).toMatchObject({ date: '2023-12-01', precision: 'month', background: true });
    // Without a trigger the sharpest date stands.
    expect(on(s)).toMatchObject({ date: '2025-06-10' });
  });
});

describe('dateEvent: dates in a temporal clause', () => {
  const s = 'The committee issued subpoenas to two carriers after they refused on April 2 to hand over records.';
  it('date the clause\'s act, not the sentence\'s', () => {
    expect(on(s)).toMatchObject({ date: PUB, explicit: false });
    expect(on(s, PUB, { triggerOffset: s.indexOf('issued') })).toMatchObject({ date: PUB, explicit: false });
    const f = 'Following a complaint filed in March, the authority opened an inquiry.';
    expect(on(f)).toMatchObject({ explicit: false });
    expect(on(f, PUB, { triggerOffset: f.indexOf('opened') })).toMatchObject({ explicit: false });
    expect(on(f, PUB, { triggerOffset: f.indexOf('complaint') })).toMatchObject({ date: '2025-03-01', precision: 'month' });
  });
  it('still date an event whose trigger is inside the clause, and "since 2019" is no clause', () => {
    expect(on(s, PUB, { triggerOffset: s.indexOf('refused') })).toMatchObject({ date: '2025-04-02', explicit: true });
    expect(on('The app has been banned since 2019.')).toMatchObject({ date: '2019-01-01', precision: 'year' });
    expect(on('The court ruled on Monday, after the hearing.')).toMatchObject({ date: '2025-06-09' });
  });
});

describe('earliestDating: one act dated by several reports', () => {
  const d = (date: string, precision: 'day' | 'month' | 'year') => ({ date, precision });
  it('a finer date inside a coarser one refines it; otherwise the earliest stands', () => {
    expect(earliestDating([d('2025-03-26', 'day'), d('2023-01-01', 'year'), d('2023-12-27', 'day')])).toEqual(d('2023-12-27', 'day'));
    expect(earliestDating([d('2025-06-01', 'month'), d('2025-06-04', 'day')])).toEqual(d('2025-06-04', 'day'));
    expect(earliestDating([d('2025-03-26', 'day'), d('2023-01-01', 'year')])).toEqual(d('2023-01-01', 'year'));
    expect(earliestDating([])).toBeNull();
  });
  it('periodOf gives a period\'s first and last day', () => {
    expect(periodOf(d('2024-02-01', 'month'))).toEqual({ first: '2024-02-01', last: '2024-02-29' });
    expect(periodOf(d('2023-01-01', 'year'))).toEqual({ first: '2023-01-01', last: '2023-12-31' });
  });
});

describe('dateEvent: what is not the event\'s date', () => {
  it.each([
    'The company may face a fine under Section 230 of the law.',
    'The court, in case No. 23-cv-11195, dismissed the claim.',
    'The complaint cites 17 U.S.C. 1202 and seeks 150,000 dollars per work.',
    'The AI Act 2024 requires disclosure, the ministry said.',
    'Under the Chips and Science Act of 2022, the department restricted exports.',
    'Theresa May criticised the company.',
    'The regulator fined the firm 2,000 euros for 2019 violations of 2,500 rules.',
    'The ban will take effect on Monday.',
    'The rules take effect on July 1.',
    'The tariff rises to 50 percent next month.',
    'The lab must comply by 2027, the regulator said.',
    'The ministry plans to decide this year whether to act.',
    'The buyer paid $2,025 for each unit, the agency said.',
    'The board rejected the 3:1 vote on the 2024-25 budget.',
    'Shoppers flocked to stores on Black Friday, the regulator said.',
  ])('%s', (s) => {
    expect(on(s)).toEqual({ date: PUB, precision: 'day', background: false, explicit: false });
  });

  it('a lower-case "may" is the modal, a capitalised one a month only with a cue or a day', () => {
    expect(on('The agency may open a probe in the coming weeks.').explicit).toBe(false);
    expect(on('The agency opened a probe on May 2.')).toMatchObject({ date: '2025-05-02', precision: 'day' });
    expect(on('The agency opened a probe in May.')).toMatchObject({ date: '2025-05-01', precision: 'month' });
  });
});

describe('dateEvent: background', () => {
  it('more than 60 days before publication is background', () => {
    expect(on('The watchdog fined the retailer on March 3.').background).toBe(true);
    expect(on('The watchdog fined the retailer on May 20.').background).toBe(false);
    expect(on('In 2019 the ministry had banned the app.')).toMatchObject({ date: '2019-01-01', precision: 'year', background: true });
  });

  it('a month or year is background only when all of it lies that far back', () => {
    expect(on('The regulator acted in April.').background).toBe(false);
    expect(on('The regulator acted earlier this year.').background).toBe(false);
    expect(on('The regulator acted last year.').background).toBe(true);
    expect(on('The regulator acted last year.', '2025-01-15').background).toBe(false);
  });

  it('a pluperfect with an earlier date is background even when recent', () => {
    expect(on('The regulator had fined the bank in May.')).toMatchObject({ date: '2025-05-01', background: true });
    expect(on('The regulator fined the bank in May.').background).toBe(false);
    // A pluperfect without a date keeps the publication date, as undated background (earlier, day unknown).
    expect(on('The regulator had fined the bank.')).toMatchObject({ date: PUB, background: true, explicit: false });
  });
});

describe('dateEvent: the reference date', () => {
  it('uses the date as written in a date-time with an offset', () => {
    expect(on('The regulator acted yesterday.', '2025-06-12T23:30:00-04:00').date).toBe('2025-06-11');
    expect(publicationDay('Thu, 12 Jun 2025 10:00:00 GMT')).toBe(publicationDay('2025-06-12'));
  });

  it('uses now only when the publication date is missing or unreadable', () => {
    const now = new Date('2025-02-03T09:00:00Z');
    expect(on('The regulator acted yesterday.', null, { now }).date).toBe('2025-02-02');
    expect(on('The regulator acted yesterday.', 'not a date', { now }).date).toBe('2025-02-02');
    expect(on('The regulator acted yesterday.', '1', { now }).date).toBe('2025-02-02');
    expect(on('The regulator acted yesterday.', PUB, { now }).date).toBe('2025-06-11');
  });

  it('without either, a date with its year still stands; otherwise a clear error', () => {
    expect(on('The regulator acted on Oct. 9, 2024.', null)).toMatchObject({ date: '2024-10-09', background: false });
    expect(() => on('The regulator acted yesterday.', null)).toThrow(/no publication date/);
  });
});

describe('dateEvent: a date another verb governs', () => {
  const at = (s: string, word: string) => on(s, PUB, { triggerOffset: s.indexOf(word) });
  it('dates that verb, not the trigger', () => {
    expect(at('The lender complained to the board, the regulator set up last year to police lending.', 'complained')).toMatchObject({ explicit: false });
    expect(at('The carrier, founded in 2019, sued the port authority.', 'sued')).toMatchObject({ explicit: false });
    expect(at('The agency fined the broker over a request sent on June 2 to its clients.', 'fined')).toMatchObject({ explicit: false });
    expect(at('The committee acted after the carriers ignored a letter mailed on April 2.', 'ignored')).toMatchObject({ explicit: false });
  });
  it('keeps the trigger\'s own date, a reporting verb\'s date and a date after a noun', () => {
    expect(at('The carrier, founded in 2019, sued the port authority.', 'founded')).toMatchObject({ date: '2019-01-01' });
    expect(at('The board said on Tuesday that the lender had misled borrowers.', 'misled')).toMatchObject({ date: '2025-06-10' });
    expect(at('The carrier sued the port authority in federal court Wednesday.', 'sued')).toMatchObject({ date: '2025-06-11' });
    expect(at('The regulator had fined the bank in April.', 'fined')).toMatchObject({ date: '2025-04-01', background: true });
    expect(at('The union\'s complaint filed in March accuses the insurer of fraud.', 'complaint')).toMatchObject({ date: '2025-03-01' });
  });
});

describe('dateEvent: properties', () => {
  const pieces = fc.constantFrom(
    'on Oct. 9', ', 2024', 'in March', 'in 2020', 'last month', 'earlier this year', 'on Tuesday', 'yesterday', 'two weeks ago',
    'had banned', 'will', 'after', 'since', 'the 2023 suit', 'May', 'may', 'Section 230', 'No. 12-cv-3456', '2,000', ' ', ',', '.',
    'The regulator', 'fined', 'the bank', 'sent on', 'said', '—', 'Dec. 31', '31 December 2025', '2025-06-13', '13/06/2025',
  );
  const sentence = fc.array(fc.oneof(pieces, fc.string({ maxLength: 12 })), { maxLength: 20 }).map((xs) => xs.join(' '));
  const day = fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2030, 11, 31) }).map((t) => new Date(t).toISOString().slice(0, 10));

  it('never dates an event more than a day after its publication, and says when the date is only the publication date', () => {
    fc.assert(
      fc.property(sentence, day, fc.option(fc.nat(200), { nil: undefined }), (s, pub, trigger) => {
        const r = dateEvent(s, pub, { triggerOffset: trigger });
        expect(r.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // One day past publication is allowed for time zones.
        const next = new Date(Date.parse(`${pub}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
        expect(r.date <= next).toBe(true);
        expect(['day', 'month', 'year']).toContain(r.precision);
        // Without a date of its own: the publication day, background only when told as earlier (undated background).
        if (!r.explicit) expect(r).toMatchObject({ date: pub, precision: 'day', explicit: false });
        if (r.background && r.explicit) expect(r.date < pub).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('dateEvent: the trigger\'s own date among several', () => {
  const at = (s: string, word: string) => on(s, PUB, { triggerOffset: s.indexOf(word) });
  it.each([
    ['The carrier sued the port in March 2025, and on Monday the carrier accused the port of fraud.', 'sued', '2025-03-01'],
    ['The carrier sued the port in March 2025, and on Monday the carrier accused the port of fraud.', 'accused', '2025-06-09'],
    ['On Monday, the regulator fined the bank.', 'fined', '2025-06-09'],
    ['The regulator said on Tuesday that it had fined the bank in 2023.', 'fined', '2023-01-01'],
    ['The regulator fined the bank on Tuesday over conduct in 2023.', 'fined', '2025-06-10'],
    ['In 2019, citing security concerns about data sent abroad, the ministry banned the app.', 'banned', '2019-01-01'],
    ['The ministry banned the app last year, the agency said on Monday.', 'banned', '2024-01-01'],
    ['The committee on Wednesday subpoenaed three carriers that had ignored its requests since 2024.', 'subpoenaed', '2025-06-11'],
    ['The board said on Tuesday that the lender had misled borrowers.', 'misled', '2025-06-10'],
  ])('%s [%s]', (s, word, date) => {
    expect(at(s, word).date).toBe(date);
  });
});

describe('undated acts told as earlier than their report', () => {
  const pub = '2026-03-10';
  const at = (s: string, w: string) => s.indexOf(w);
  it('a pluperfect act with no date of its own is background, not explicit', () => {
    const s = 'The retailer had appealed the order, a filing shows.';
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'appealed') })).toEqual({ date: pub, precision: 'day', background: true, explicit: false });
  });
  it('an act inside an "after" clause is earlier than the sentence\'s own act', () => {
    const s = 'The deal comes two weeks after a judge barred the retailer from selling the tool.';
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'barred') }).background).toBe(true);
    // The sentence's own act is not.
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'comes') }).background).toBe(false);
  });
  it('a clause that opens the sentence covers only itself', () => {
    const s = 'After the regulator refused, the retailer sued the agency.';
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'sued') }).background).toBe(false);
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'refused') }).background).toBe(true);
  });
  it('a plain past act with no date stays on the publication day', () => {
    const s = 'The retailer appealed the order.';
    expect(dateEvent(s, pub, { triggerOffset: at(s, 'appealed') })).toEqual({ date: pub, precision: 'day', background: false, explicit: false });
  });
});
