/**
 * Generated disputes for the extraction and placement benchmarks: a pool of stories (who accuses whom, before which
 * authority, over what, from which day), articles of ~4,000 characters that report a story's steps among ordinary
 * business paragraphs, and the events those steps are. Every name of a company is made up here from syllables;
 * states, agencies and courts are the kinds of bodies real disputes go before. Every sentence is written for this
 * file. Deterministic for a seed, so runs compare like with like.
 */

/** A party as a story names it. */
export interface Org {
  name: string;
  kind: 'company' | 'government' | 'regulator' | 'court' | 'legislature' | 'person';
  /** The state a body belongs to, or a company is based in. */
  country: string;
  /** How later sentences refer to it ("the company", "the regulator"). */
  the: string;
}

/** One dispute: an accuser, the accused, the authority it comes before, the accused's state, an issue, a start day. */
export interface Story {
  id: number;
  issue: string;
  /** The issue as prose, for sentences ("the use of customer data to train its models"). */
  about: string;
  accuser: Org;
  accused: Org;
  authority: Org;
  court: Org;
  responder: Org;
  /** Day 0 of the story, as days since 2025-01-01. */
  start: number;
}

/** Deterministic pseudo-random numbers in [0, 1) (a linear congruential generator; fine for choosing templates). */
export function makeRandom(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

const pickOf = (rnd: () => number) => <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

const STEMS = ['Hal', 'Quil', 'Bright', 'Ost', 'Marr', 'Ven', 'Cal', 'Dor', 'Tess', 'Lum', 'Kest', 'Ner', 'Pell', 'Sor', 'Tal', 'Wyn', 'Ard', 'Bel', 'Cor', 'Fen', 'Grav', 'Isk', 'Jor', 'Lind'];
const ENDS = ['ven', 'lon', 'moor', 'ara', 'ix', 'eda', 'ent', 'ora', 'wick', 'ane', 'ith', 'ova'];
const SUFFIXES = ['Systems', 'AI', 'Labs', 'Technologies', 'Semiconductor', 'Robotics', 'Data', 'Networks', 'Microdevices', 'Cloud'];

/** States with the bodies a dispute comes before: a ministry or department that restricts, regulators, a court. */
const STATES: { country: string; government: string; ministry: string; regulators: string[]; court: string; legislature: string }[] = [
  { country: 'United States', government: 'the United States', ministry: 'the Commerce Department', regulators: ['the Federal Trade Commission', 'the Justice Department'], court: 'a federal court in Delaware', legislature: 'the House Select Committee on the CCP' },
  { country: 'China', government: 'China', ministry: "China's Ministry of Commerce", regulators: ['the State Administration for Market Regulation', 'the Cyberspace Administration of China'], court: 'the Beijing Intellectual Property Court', legislature: 'the National People\'s Congress' },
  { country: 'European Union', government: 'the European Union', ministry: 'the European Commission', regulators: ['the European Commission', 'the European Data Protection Board'], court: 'the General Court', legislature: 'the European Parliament' },
  { country: 'United Kingdom', government: 'Britain', ministry: 'the Department for Business and Trade', regulators: ['the Competition and Markets Authority', "the Information Commissioner's Office"], court: 'the High Court in London', legislature: 'the House of Commons' },
  { country: 'Japan', government: 'Japan', ministry: "Japan's Ministry of Economy, Trade and Industry", regulators: ['the Japan Fair Trade Commission', "Japan's Personal Information Protection Commission"], court: 'the Tokyo District Court', legislature: 'the Diet' },
  { country: 'South Korea', government: 'South Korea', ministry: "South Korea's trade ministry", regulators: ['the Korea Fair Trade Commission', "South Korea's Personal Information Protection Commission"], court: 'the Seoul Central District Court', legislature: 'the National Assembly' },
  { country: 'Netherlands', government: 'the Netherlands', ministry: 'the Dutch economy ministry', regulators: ['the Dutch Data Protection Authority', 'the Netherlands Authority for Consumers and Markets'], court: 'the Amsterdam Enterprise Chamber', legislature: 'the Dutch parliament' },
  { country: 'India', government: 'India', ministry: "India's IT ministry", regulators: ['the Competition Commission of India', "India's IT ministry"], court: 'the Delhi High Court', legislature: 'the Indian parliament' },
];

const ISSUES: { issue: string; about: string[] }[] = [
  { issue: 'export controls', about: ['shipments of advanced accelerators', 'sales of chipmaking tools', 'exports of AI chips'] },
  { issue: 'copyright', about: ['the use of news archives to train its models', 'the copying of books into a training set', 'licensed images used without payment'] },
  { issue: 'data protection', about: ['the transfer of user data abroad', 'the use of customer data to train its models', 'the retention of voice recordings'] },
  { issue: 'competition', about: ['the bundling of its assistant with office software', 'exclusive cloud deals with model makers', 'the pricing of its chips'] },
  { issue: 'trade secrets', about: ['the design files taken by former engineers', 'the source code of its inference engine', 'the layout of its accelerator'] },
  { issue: 'model distillation', about: ['the answers of its models used to train a rival', 'millions of automated queries to its service'] },
  { issue: 'national security', about: ['the security of its telecoms equipment', 'the data its apps collect on officials'] },
  { issue: 'deepfakes', about: ['fabricated videos spread on its platform', 'synthetic voices used in fraud'] },
];

const PEOPLE = ['Mara Quint', 'Tobias Ferrol', 'Ines Varga', 'Kenji Arata', 'Lena Osk', 'Rafael Duarte', 'Priya Nair', 'Soren Helle', 'Amara Obi', 'Yusuf Karan'];

/** Every company name the pool uses: stem + ending + suffix, distinct. */
export function companyNames(): string[] {
  const out: string[] = [];
  for (const s of STEMS) for (const e of ENDS) out.push(`${s}${e}`);
  return out.map((n, i) => `${n} ${SUFFIXES[i % SUFFIXES.length]}`);
}

/** `n` stories over two years, with parties drawn from the pools (the same companies recur across stories). */
export function makeStories(n: number, seed = 11): Story[] {
  const rnd = makeRandom(seed);
  const pick = pickOf(rnd);
  const companies = companyNames();
  const company = (): Org => {
    const name = companies[Math.floor(rnd() * companies.length)]!;
    return { name, kind: 'company', country: pick(STATES).country, the: 'the company' };
  };
  const stories: Story[] = [];
  for (let i = 0; i < n; i++) {
    const topic = pick(ISSUES);
    const state = pick(STATES);
    const accused = company();
    let accuser = company();
    while (accuser.name === accused.name) accuser = company();
    // A third of the stories are a state against a company (controls, bans), the rest a company or regulator against one.
    const kind = rnd();
    const accuserOrg: Org = kind < 0.33 ? { name: state.ministry, kind: 'government', country: state.country, the: 'the ministry' } : accuser;
    const home = STATES.find((s) => s.country === accused.country) ?? pick(STATES);
    stories.push({
      id: i + 1,
      issue: topic.issue,
      about: pick(topic.about),
      accuser: accuserOrg,
      accused,
      authority: { name: pick(state.regulators), kind: 'regulator', country: state.country, the: 'the regulator' },
      court: { name: state.court, kind: 'court', country: state.country, the: 'the court' },
      responder: { name: home.ministry, kind: 'government', country: home.country, the: 'the ministry' },
      start: Math.floor(rnd() * 600),
    });
  }
  return stories;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The steps of a story, in order, as event types with the sentences that report them ({A} accuser, {B} accused, ...). */
const STEPS: { type: string; actor: keyof Story; target: keyof Story | null; sentences: string[] }[] = [
  { type: 'ALLEGATION', actor: 'accuser', target: 'accused', sentences: [
    '{A} accused {B} of misusing {about}, according to a statement released {when}.',
    '{A} alleged that {B} had relied on {about} without permission.',
    'In a filing {when}, {A} said {B} violated the terms that govern {about}.',
    '{A} has repeatedly criticised {B} over {about}, saying the practice hurts smaller rivals.',
  ] },
  { type: 'DENIAL', actor: 'accused', target: 'accuser', sentences: [
    '{B} denied the allegations {when}, saying it had followed every applicable rule.',
    '{B} rejected the claims by {A} as baseless and said it would defend itself.',
    'A spokesperson for {B} dismissed the accusations, adding that {theB} complies with the law.',
  ] },
  { type: 'INVESTIGATION', actor: 'authority', target: 'accused', sentences: [
    '{R} opened an investigation into {B} {when} over {about}.',
    '{R} said it was examining whether {B} had breached its obligations regarding {about}.',
    'Officials at {R} launched a formal inquiry into {B}, the agency said in a notice.',
  ] },
  { type: 'DEMAND', actor: 'authority', target: 'accused', sentences: [
    '{R} urged {B} to suspend the practice until the review is complete.',
    '{R} demanded documents from {B} about {about} within 30 days.',
  ] },
  { type: 'LEGAL_ACTION', actor: 'accuser', target: 'accused', sentences: [
    '{A} sued {B} in {C} {when}, seeking damages over {about}.',
    '{A} filed a lawsuit against {B} in {C}, claiming losses of several hundred million dollars.',
  ] },
  { type: 'RESTRICTION', actor: 'authority', target: 'accused', sentences: [
    '{R} fined {B} the equivalent of $40 million {when} and ordered changes to {about}.',
    '{R} imposed restrictions on {B} that bar it from expanding the service for a year.',
    '{R} banned {B} from signing new government contracts while the review continues.',
  ] },
  { type: 'THREAT', actor: 'responder', target: 'authority', sentences: [
    '{S} said it would take necessary measures to protect {B} and other firms from unfair treatment.',
    '{S} threatened countermeasures if the restrictions on {B} were not withdrawn.',
  ] },
  { type: 'DEESCALATION', actor: 'accuser', target: 'accused', sentences: [
    '{A} and {B} reached a settlement {when}, ending the dispute over {about}.',
    '{A} dropped its lawsuit against {B} after the two sides agreed to talks.',
    '{R} lifted the restrictions on {B} {when} after the company changed its practices.',
  ] },
];

/** Paragraphs with no dispute in them: products, funding, markets, people, research. */
const FILLER = [
  '{X} released a new version of its flagship model {when}, with a longer context window and lower prices for developers.',
  'Shares of {X} rose 3 per cent in early trading after the company raised its revenue forecast for the year.',
  '{X} said it had hired a former executive of {Y} to lead its expansion in Asia.',
  'The company employs about 1,200 people and opened a research office in Lisbon last year.',
  'Analysts expect spending on data centres to keep rising through next year as demand for computing power grows.',
  '{X} raised $300 million in a funding round led by a sovereign wealth fund, valuing the start-up at $4 billion.',
  'The new chip is built on a 3-nanometre process and will ship to cloud customers in the second half of the year.',
  '{X} and {Y} announced a partnership to offer their models to hospitals and insurers.',
  'Researchers at {X} published a paper showing that smaller models can match larger ones on reasoning tasks.',
  'The conference drew more than 20,000 attendees, many of them developers building on open-weight models.',
  'Its quarterly revenue grew 18 per cent to $2.1 billion, driven by sales of its cloud services.',
  '{P}, who joined {X} in 2021, said the team would focus on tools for small businesses.',
  'The app has been downloaded more than 50 million times since its launch in the spring.',
  'Electricity prices near the new campus have become a concern for local officials planning its next phase.',
  '{X} plans to open two more data centres in northern Europe, where cooling is cheaper.',
];

/** A generated article: contract-shaped input for extract(), with the story it reports (null for a plain business piece). */
export interface StoryArticle {
  id: string;
  title: string;
  published: string;
  text: string;
  story: number | null;
}

const dayString = (d: number) => new Date(Date.UTC(2025, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

/**
 * Article `i` of a run: about 4,000 characters; four in five report one story (its steps so far, three to six of
 * them, each sentence among context), one in five is plain business news naming companies. Deterministic in (i, seed).
 */
export function makeStoryArticle(stories: readonly Story[], i: number, chars = 4000, seed = 5): StoryArticle {
  const rnd = makeRandom((seed * 2_654_435_761 + i * 40_503) >>> 0);
  rnd();
  const pick = pickOf(rnd);
  const companies = companyNames();
  const fill = (s: string, st: Story | null, when: string) =>
    s
      .replaceAll('{X}', pick(companies))
      .replaceAll('{Y}', pick(companies))
      .replaceAll('{P}', pick(PEOPLE))
      .replaceAll('{when}', when)
      .replaceAll('{about}', st?.about ?? 'its products')
      .replaceAll('{A}', st?.accuser.name ?? pick(companies))
      .replaceAll('{B}', st?.accused.name ?? pick(companies))
      .replaceAll('{theB}', st?.accused.the ?? 'the company')
      .replaceAll('{R}', st?.authority.name ?? 'the regulator')
      .replaceAll('{C}', st?.court.name ?? 'a court')
      .replaceAll('{S}', st?.responder.name ?? 'the ministry');
  const story = rnd() < 0.8 ? pick(stories) : null;
  // The article is written some days into its story; earlier steps are told as background.
  const progress = story ? Math.floor(rnd() * STEPS.length) : 0;
  const published = story ? story.start + progress * 12 + Math.floor(rnd() * 10) : Math.floor(rnd() * 700);
  const pubDate = new Date(Date.UTC(2025, 0, 1) + published * 86_400_000);
  const paras: string[] = [];
  let len = 0;
  const steps = story ? STEPS.slice(Math.max(0, progress - 4), progress + 1) : [];
  const lead = steps[steps.length - 1];
  const when = (back: number) => {
    if (back === 0) return `on ${WEEKDAYS[Math.floor(rnd() * 5)]}`;
    const d = new Date(pubDate.getTime() - back * 86_400_000);
    return back < 30 ? 'last week' : `in ${MONTHS[d.getUTCMonth()]}`;
  };
  if (story && lead) paras.push(cap(fill(pick(lead.sentences), story, when(0)) + ' ' + fill(pick(FILLER), story, when(0))));
  for (let k = steps.length - 2; k >= 0; k--) {
    // Earlier steps, each in a paragraph of its own with a sentence of context.
    paras.push([fill(pick(steps[k]!.sentences), story, when((steps.length - 1 - k) * 12)), fill(pick(FILLER), story, when(0))].join(' '));
  }
  for (const p of paras) len += p.length + 2;
  while (len < chars) {
    const k = 3 + Math.floor(rnd() * 3);
    // k different sentences: a paragraph does not say the same thing twice.
    const start = Math.floor(rnd() * FILLER.length);
    const para = Array.from({ length: k }, (_, j) => fill(FILLER[(start + j * 4) % FILLER.length]!, story, when(0))).join(' ');
    paras.push(para);
    len += para.length + 2;
  }
  const title = story && lead ? `${story.accuser.name} and ${story.accused.name}: the fight over ${story.issue}` : `${pick(companies)} expands as demand for AI computing grows`;
  return { id: `bench-${i}`, title, published: dayString(published), text: paras.join('\n\n'), story: story?.id ?? null };
}

/** The events a story's article reports, shaped as the extractor stores them: type, actor, target with kinds, date, issue. */
export interface StoryEvent {
  type: string;
  actor: Org;
  target: Org;
  date: string;
  issue: string;
  sentence: string;
}

/**
 * The events of article `i` for the placement benchmark: the steps of its story reported so far (up to all eight),
 * the earlier ones again as background; plain business articles give none.
 */
export function storyEventsOf(stories: readonly Story[], i: number, seed = 5): { story: Story | null; published: string; events: StoryEvent[] } {
  const rnd = makeRandom((seed * 2_654_435_761 + i * 40_503) >>> 0);
  rnd();
  const pick = pickOf(rnd);
  const story = rnd() < 0.8 ? pick(stories) : null;
  if (!story) return { story: null, published: dayString(Math.floor(rnd() * 700)), events: [] };
  const progress = Math.floor(rnd() * STEPS.length);
  const published = story.start + progress * 12 + Math.floor(rnd() * 10);
  const events: StoryEvent[] = [];
  for (let k = Math.max(0, progress - 8); k <= progress; k++) {
    const step = STEPS[k]!;
    const actor = story[step.actor] as Org;
    const target = (step.target ? story[step.target] : story.accused) as Org;
    events.push({ type: step.type, actor, target, date: dayString(story.start + k * 12), issue: story.issue, sentence: `${actor.name} ${step.type.toLowerCase()} ${target.name} (${story.about}).` });
  }
  return { story, published: dayString(published), events };
}
