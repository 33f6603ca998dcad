/**
 * The joining rules of disputes/placement.ts, one test each, on events written for these tests (fictional
 * companies; states, regulators and courts from the project's gazetteer).
 */
import { describe, expect, it } from 'vitest';
import { loadLadder } from '../../../disputes/ladder.ts';
import { extract } from '../../../extract/index.ts';
import { isGenericIssue, placeEvents, unitOf, type DisputeRecord, type PlacementEvent } from '../../../disputes/placement.ts';
import { disputeStateOf, disputeTitle } from '../../../disputes/story.ts';
import { JUDGE_CUE, JUDGE_EXAMPLE, LEGISLATOR_AFTER_CUE, LEGISLATOR_AFTER_EXAMPLE, OFFICIAL_TITLE_CUE, OFFICIAL_TITLE_EXAMPLE, SPOKESPERSON_CUE, SPOKESPERSON_EXAMPLE } from '../../../disputes/lexicon.ts';

const ladder = loadLadder('config/ladder.json');

let n = 0;
const ev = (p: Partial<PlacementEvent> & Pick<PlacementEvent, 'type' | 'actor' | 'date'>): PlacementEvent => ({
  ref: `r${++n}`,
  article: p.article ?? `a${n}`,
  actorKind: 'company',
  target: null,
  targetKind: 'company',
  published: p.date,
  issue: 'copyright',
  sentence: `${p.actor} did something.`,
  ...p,
});

/** Places events article by article (as the CLI and the worker do), carrying the disputes along. */
function placeAll(events: PlacementEvent[], start: DisputeRecord[] = []) {
  let d = 0;
  let e = 0;
  const ids = { newDisputeId: () => `d${++d}`, newEntryId: () => `e${++e}` };
  let state = start;
  const where = new Map<string, string>();
  const unplaced = new Map<string, string>();
  const merges: { from: string; into: string; rule: string }[] = [];
  const byArticle = new Map<string, PlacementEvent[]>();
  for (const x of events) byArticle.set(x.article, [...(byArticle.get(x.article) ?? []), x]);
  for (const batch of byArticle.values()) {
    const out = placeEvents(state, batch, ids);
    const gone = new Set(out.merges.map((m) => m.from));
    const changed = new Map(out.disputes.map((x) => [x.id, x]));
    state = state.filter((x) => !gone.has(x.id)).map((x) => changed.get(x.id) ?? x);
    for (const x of out.disputes) if (!state.some((y) => y.id === x.id)) state.push(x);
    for (const a of out.assignments) where.set(a.ref, a.disputeId);
    for (const m of out.merges) for (const [ref, id] of where) if (id === m.from) where.set(ref, m.into);
    for (const u of out.unplaced) unplaced.set(u.ref, u.reason);
    merges.push(...out.merges);
  }
  return { state, where, unplaced, merges };
}

describe('placement: who counts as whom', () => {
  it('a ministry counts as its state and keeps its own name; a spokesperson speaks for their ministry', () => {
    expect(unitOf('Ministry of Commerce', 'government').unit).toBe('China');
    expect(unitOf('Dutch Ministry of Water', 'government').unit).toBe('Netherlands');
    expect(unitOf('Mao Ning', 'person').unit).toBe('China');
  });

  it('a founder is not their company; an unknown person is their own party', () => {
    expect(unitOf('Elon Musk', 'person').unit).toBe('Elon Musk');
    expect(unitOf('Jane Roe', 'person').unit).toBe('Jane Roe');
    expect(unitOf('Ofcom', 'regulator')).toMatchObject({ unit: 'Ofcom', country: 'United Kingdom', authority: true });
  });
});

describe('placement: a company owned by another counts as its owner', () => {
  it('a subsidiary has its owner as unit and keeps its own name; an owner without a parent is itself', () => {
    expect(unitOf('X', 'company')).toMatchObject({ name: 'X', unit: 'xAI', country: 'United States', authority: false });
    expect(unitOf('TikTok', 'company')).toMatchObject({ name: 'TikTok', unit: 'ByteDance' });
    expect(unitOf('WhatsApp', 'company').unit).toBe('Meta');
    expect(unitOf('GitHub', 'company').unit).toBe('Microsoft');
    expect(unitOf('xAI', 'company').unit).toBe('xAI');
    expect(unitOf('Tesla', 'company').unit).toBe('Tesla');
  });

  it("the owner's denial answers a probe of its subsidiary, and each keeps its own name on the timeline", () => {
    const probe = ev({
      type: 'INVESTIGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'X', date: '2026-04-01', issue: 'privacy',
      sentence: 'Ofcom opened an inquiry into X over how the platform stores voice notes.',
    });
    const denial = ev({
      type: 'DENIAL', actor: 'xAI', target: null, date: '2026-04-03', issue: 'general dispute',
      sentence: 'xAI rejected the accusation, saying no voice notes were kept.',
    });
    const { where, state, unplaced } = placeAll([probe, denial]);
    expect(unplaced.has(denial.ref)).toBe(false);
    expect(where.get(denial.ref)).toBe(where.get(probe.ref));
    const d = state.find((x) => x.id === where.get(probe.ref))!;
    expect(d.parties.map((p) => [p.name, p.unit]).sort()).toEqual([['Ofcom', 'Ofcom'], ['X', 'xAI'], ['xAI', 'xAI']]);
    expect(d.entries.map((e) => e.actor).sort()).toEqual(['Ofcom', 'xAI']);
    expect(d.entries.find((e) => e.actor === 'Ofcom')!.targets).toEqual(['X']);
  });

  it('the extractor keeps the name the text used for a subsidiary (unlike a model, which speaks for its owner)', () => {
    const { events } = extract({ published: '2026-05-04', text: 'Quillon sued GitHub over the code assistant. Tarvel accused Copilot of copying its code.' });
    expect(events.map((e) => [e.actor, e.target])).toEqual([['Quillon', 'GitHub'], ['Tarvel', 'Microsoft']]);
  });

  it('two unrelated companies still do not count as one', () => {
    const probe = ev({ type: 'INVESTIGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'X', date: '2026-04-01', issue: 'privacy', sentence: 'Ofcom opened an inquiry into X.' });
    const denial = ev({ type: 'DENIAL', actor: 'Tesla', target: null, date: '2026-04-03', issue: 'general dispute', sentence: 'Tesla rejected the accusation.' });
    const { unplaced } = placeAll([probe, denial]);
    expect(unplaced.get(denial.ref)).toBe('no dispute to answer');
  });
});

describe('placement: language cues', () => {
  it('each cue matches its own example', () => {
    expect(SPOKESPERSON_CUE.test(SPOKESPERSON_EXAMPLE)).toBe(true);
    expect(JUDGE_CUE.test(JUDGE_EXAMPLE)).toBe(true);
    expect(OFFICIAL_TITLE_CUE.test(OFFICIAL_TITLE_EXAMPLE)).toBe(true);
    expect(LEGISLATOR_AFTER_CUE.test(LEGISLATOR_AFTER_EXAMPLE)).toBe(true);
  });

  it('a spokesperson the text names at a ministry counts as its state; a judge ruling joins the suit as the court', () => {
    const restriction = ev({ type: 'RESTRICTION', actor: 'Bureau of Industry and Security', actorKind: 'government', target: 'Tencent', date: '2026-03-01', issue: 'export controls' });
    const answer = ev({
      type: 'DEMAND', actor: 'Ana Ruiz', actorKind: 'person', target: 'United States', targetKind: 'government', date: '2026-03-02', issue: 'general dispute',
      sentence: 'At the Ministry of Commerce briefing, spokesperson Ana Ruiz urged the United States to lift the listing.',
    });
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2025-06-01' });
    const ruling = ev({ type: 'LEGAL_ACTION', actor: 'Maria Lopez', actorKind: 'person', target: 'Pellucid Systems', date: '2026-02-01', issue: 'general dispute', sentence: 'Judge Maria Lopez ruled against Pellucid Systems.' });
    const { where, state } = placeAll([restriction, answer, suit, ruling]);
    expect(where.get(answer.ref)).toBe(where.get(restriction.ref));
    expect(state.find((d) => d.id === where.get(answer.ref))!.parties.find((p) => p.name === 'Ana Ruiz')).toMatchObject({ unit: 'China', role: 'responder' });
    expect(where.get(ruling.ref)).toBe(where.get(suit.ref));
  });
});

describe('placement: joining rules', () => {
  it('pair: a settlement months later between the same two parties stays in their case', () => {
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10', issue: 'distillation / IP theft' });
    const deal = ev({ type: 'DEESCALATION', actor: 'Pellucid Systems', target: 'Corvane AI', date: '2026-09-02', issue: 'general dispute' });
    const { where, state } = placeAll([suit, deal]);
    expect(where.get(deal.ref)).toBe(where.get(suit.ref));
    expect(state).toHaveLength(1);
    expect(disputeStateOf(ladder, state[0]!, '2026-09-03').status).toBe('resolved');
  });

  it('pair, refused: the same two parties on an unrelated issue are another dispute', () => {
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10', issue: 'copyright' });
    const probe = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-03-01', issue: 'antitrust' });
    const { where } = placeAll([suit, probe]);
    expect(where.get(probe.ref)).not.toBe(where.get(suit.ref));
  });

  it('answer: a denial with no counterpart named answers the dispute its actor is accused in', () => {
    const claim = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-02-01' });
    const denial = ev({ type: 'DENIAL', actor: 'Pellucid Systems', target: null, date: '2026-02-03', issue: 'general dispute' });
    const stray = ev({ type: 'DENIAL', actor: 'Nobody Inc', target: null, date: '2026-02-03' });
    const { where, unplaced, state } = placeAll([claim, denial, stray]);
    expect(where.get(denial.ref)).toBe(where.get(claim.ref));
    expect(unplaced.get(stray.ref)).toBe('no dispute to answer');
    expect(state[0]!.parties.find((p) => p.name === 'Pellucid Systems')!.role).toBe('accused');
  });

  it("answer: a chief executive who is no party in their own name answers for their company; a founder suing in his own name stays himself", () => {
    const claim = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Anthropic', date: '2026-02-01' });
    const denial = ev({ type: 'DENIAL', actor: 'Dario Amodei', actorKind: 'person', target: 'Corvane AI', date: '2026-02-03', issue: 'general dispute' });
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Elon Musk', actorKind: 'person', target: 'OpenAI', date: '2026-03-01', issue: 'contract / governance' });
    const other = ev({ type: 'LEGAL_ACTION', actor: 'xAI', target: 'OpenAI', date: '2026-03-10', issue: 'distillation / IP theft' });
    const { where, state } = placeAll([claim, denial, suit, other]);
    expect(where.get(denial.ref)).toBe(where.get(claim.ref));
    expect(state.find((d) => d.id === where.get(claim.ref))!.parties.find((p) => p.name === 'Dario Amodei')!.unit).toBe('Dario Amodei');
    expect(where.get(other.ref)).not.toBe(where.get(suit.ref));
  });

  it('forum: the regulator a complaint was filed with opens an inquiry into the accused', () => {
    const complaint = ev({
      type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-04-01', issue: 'distillation / IP theft',
      sentence: 'Corvane AI filed a complaint with Ofcom against Pellucid Systems over its model weights.',
    });
    const inquiry = ev({ type: 'INVESTIGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-05-20', issue: 'general dispute' });
    const { where, state } = placeAll([complaint, inquiry]);
    expect(where.get(inquiry.ref)).toBe(where.get(complaint.ref));
    const ofcom = state[0]!.parties.find((p) => p.name === 'Ofcom')!;
    expect(ofcom.role).toBe('forum');
    expect(ofcom.roles.map((r) => r.role)).toEqual(['forum', 'authority']);
    expect(state[0]!.parties.length).toBe(3);
  });

  it('forum merge: a complaint before the authority of another dispute makes the two one story, recorded', () => {
    const inquiry = ev({ type: 'INVESTIGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-05-01', issue: 'data protection' });
    const claim = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-05-03', issue: 'data protection' });
    const complaint = ev({
      type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-05-10', issue: 'data protection',
      sentence: 'Corvane AI took its complaint about Pellucid Systems to Ofcom.',
    });
    const { where, merges, state } = placeAll([inquiry, claim, complaint]);
    expect(new Set([inquiry, claim, complaint].map((x) => where.get(x.ref))).size).toBe(1);
    expect(merges).toHaveLength(1);
    expect(state).toHaveLength(1);
  });

  it('case: a court ruling on a party of a suit joins the suit', () => {
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2025-06-01' });
    const ruling = ev({ type: 'LEGAL_ACTION', actor: 'Supreme Court', actorKind: 'court', target: 'Pellucid Systems', date: '2026-06-01', issue: 'general dispute' });
    const { where, state } = placeAll([suit, ruling]);
    expect(where.get(ruling.ref)).toBe(where.get(suit.ref));
    expect(state[0]!.parties.find((p) => p.name === 'Supreme Court')!.role).toBe('authority');
  });

  it('case: a ruling the report ties to one accuser goes to that suit, not to another suit against the same party', () => {
    const first = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-04-20' });
    const second = ev({ type: 'LEGAL_ACTION', actor: 'Tessaly Labs', target: 'Pellucid Systems', date: '2026-03-02', article: 'second' });
    const ruling = ev({
      type: 'LEGAL_ACTION', actor: 'Maria Lopez', actorKind: 'person', target: 'Pellucid Systems', date: '2026-05-01', article: 'ruling',
      sentence: 'Judge Maria Lopez let the claims of Tessaly Labs against Pellucid Systems proceed.',
    });
    const background = ev({ type: 'LEGAL_ACTION', actor: 'Tessaly Labs', target: 'Pellucid Systems', date: '2026-03-02', article: 'ruling', sentence: 'Tessaly Labs sued in March.' });
    const { where } = placeAll([first, second, ruling, background]);
    expect(where.get(ruling.ref)).toBe(where.get(second.ref));
    expect(where.get(ruling.ref)).not.toBe(where.get(first.ref));
  });

  it("response: a ministry's answer to a restriction on its country's companies, and the lifting, join the restriction", () => {
    const listing = ev({
      type: 'RESTRICTION', actor: 'Bureau of Industry and Security', actorKind: 'government', target: 'Tencent', date: '2026-03-01', issue: 'export controls',
      sentence: 'The Bureau of Industry and Security added Tencent and Baidu to the Entity List.', article: 'listing',
    });
    const listing2 = { ...listing, ref: `${listing.ref}-2`, target: 'Baidu' }; // the act's second target, listed after the first
    const answer = ev({ type: 'ALLEGATION', actor: 'Ministry of Commerce', actorKind: 'government', target: 'United States', targetKind: 'government', date: '2026-03-02', issue: 'general dispute' });
    const lifted = ev({ type: 'DEESCALATION', actor: 'Department of Commerce', actorKind: 'government', target: 'Baidu', date: '2026-08-01', issue: 'export controls' });
    const { where, state } = placeAll([listing, listing2, answer, lifted]);
    expect(new Set([listing, listing2, answer, lifted].map((x) => where.get(x.ref))).size).toBe(1);
    const d = state[0]!;
    // One act against two targets: one entry listing both.
    const act = d.entries.find((e) => e.type === 'RESTRICTION')!;
    expect(act.targets).toEqual(['Tencent', 'Baidu']);
    expect(d.parties.find((p) => p.name === 'Ministry of Commerce')!.role).toBe('responder');
    expect(disputeTitle(d)).toBe('United States export controls on China');
  });

  it('roles: a state imposing a restriction is the restricting government; a regulator banning stays an authority', () => {
    const listing = ev({
      type: 'RESTRICTION', actor: 'Bureau of Industry and Security', actorKind: 'government', target: 'Tencent', date: '2026-03-01', issue: 'export controls',
      sentence: 'The Bureau of Industry and Security put export curbs on Tencent.',
    });
    const answer = ev({ type: 'ALLEGATION', actor: 'Ministry of Commerce', actorKind: 'government', target: 'Bureau of Industry and Security', targetKind: 'government', date: '2026-03-02', issue: 'export controls' });
    const ban = ev({ type: 'RESTRICTION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-03-05', issue: 'data protection', sentence: 'Ofcom ordered Pellucid Systems to stop its service.' });
    const { where, state } = placeAll([listing, answer, ban]);
    const d = state.find((x) => x.id === where.get(listing.ref))!;
    expect(where.get(answer.ref)).toBe(d.id);
    const bis = d.parties.find((p) => p.name === 'Bureau of Industry and Security')!;
    // Answered with an accusation, the restricting state is not thereby an accused.
    expect(bis.roles.map((r) => r.role)).toEqual(['restrictor']);
    expect(d.parties.find((p) => p.name === 'Ministry of Commerce')!.role).toBe('responder');
    expect(d.parties.find((p) => p.name === 'Tencent')!.role).toBe('accused');
    const other = state.find((x) => x.id === where.get(ban.ref))!;
    expect(other.parties.find((p) => p.name === 'Ofcom')!.role).toBe('authority');
  });

  it('roles: a company cutting another off, or looking into it, acts as its accuser, not as an authority', () => {
    const cut = ev({ type: 'RESTRICTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-05-01', issue: 'distillation / IP theft', sentence: 'Corvane AI cut off Pellucid Systems from its models.' });
    const probe = ev({ type: 'INVESTIGATION', actor: 'Pellucid Systems', target: 'Corvane AI', date: '2026-05-03', issue: 'distillation / IP theft', sentence: 'Pellucid Systems opened an internal review of Corvane AI.' });
    const { state } = placeAll([cut, probe]);
    expect(state).toHaveLength(1);
    const roles = (name: string) => state[0]!.parties.find((p) => p.name === name)!.roles.map((r) => r.role);
    expect(roles('Corvane AI')).toEqual(['accuser', 'accused']);
    expect(roles('Pellucid Systems')).toEqual(['accused', 'accuser']);
  });

  it('response, refused: a regulator fining a second company of the same country is another dispute', () => {
    const fine1 = ev({ type: 'RESTRICTION', actor: 'Ofcom', actorKind: 'regulator', target: 'Tencent', date: '2026-03-01', issue: 'data protection' });
    const fine2 = ev({ type: 'RESTRICTION', actor: 'Ofcom', actorKind: 'regulator', target: 'Baidu', date: '2026-03-20', issue: 'data protection' });
    const { where } = placeAll([fine1, fine2]);
    expect(where.get(fine2.ref)).not.toBe(where.get(fine1.ref));
  });

  it("wave: one state's authorities on the same company and issue within weeks are one story; another state's weeks later is not", () => {
    const a = ev({ type: 'INVESTIGATION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-08-01', issue: 'data protection' });
    const b = ev({ type: 'DEMAND', actor: 'Senate Commerce Committee', actorKind: 'legislature', target: 'Pellucid Systems', date: '2026-08-20', issue: 'data protection' });
    const c = ev({ type: 'INVESTIGATION', actor: 'CNIL', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-09-10', issue: 'data protection' });
    const { where } = placeAll([a, b, c]);
    expect(where.get(b.ref)).toBe(where.get(a.ref));
    expect(where.get(c.ref)).not.toBe(where.get(a.ref));
  });

  it("wave across an industry: one state's officials and agencies on several chatbot makers over minors are one story; a privacy fine on another company is not", () => {
    const probe = ev({
      type: 'INVESTIGATION', actor: 'Dana Whitfield', actorKind: 'person', target: 'Quillon', date: '2026-08-14', issue: 'child safety', article: 'w1',
      sentence: 'Senator Dana Whitfield opened an investigation into whether Quillon chatbots held romantic chats with teenagers.',
    });
    const ag = ev({
      type: 'INVESTIGATION', actor: 'Ray Kent', actorKind: 'person', target: 'Tessaly Labs', date: '2026-08-20', issue: 'child safety', article: 'w2',
      sentence: 'Ray Kent, the state attorney general, said he was investigating Tessaly Labs over its companion bots for kids.',
    });
    const ftc = ev({ type: 'DEMAND', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Marrowby', date: '2026-09-11', issue: 'child safety', article: 'w3' });
    const fine = ev({ type: 'RESTRICTION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-09-12', issue: 'data protection', article: 'w4' });
    const letter = ev({
      type: 'DEMAND', actor: 'Lou Brandt', actorKind: 'person', target: 'Brightwell Labs', date: '2026-09-15', issue: 'child safety', article: 'w5',
      sentence: 'Lou Brandt (D-Ore.) demanded that Brightwell Labs stop letting minors use its companion bots.',
    });
    const { where } = placeAll([probe, ag, ftc, fine, letter]);
    expect(where.get(letter.ref)).toBe(where.get(probe.ref));
    expect(where.get(ag.ref)).toBe(where.get(probe.ref));
    expect(where.get(ftc.ref)).toBe(where.get(probe.ref));
    expect(where.get(fine.ref)).not.toBe(where.get(probe.ref));
  });

  it("wave: parents' suit against a maker already under scrutiny over minors joins the sweep; another party's copyright suit does not join a copyright case", () => {
    const probe = ev({ type: 'INVESTIGATION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Quillon', date: '2026-09-01', issue: 'child safety' });
    const parents = ev({ type: 'LEGAL_ACTION', actor: 'Ana Mills', actorKind: 'person', target: 'Quillon', date: '2026-09-20', issue: 'child safety', sentence: 'Ana Mills sued Quillon after its chatbot talked to her son about self-harm.' });
    const suit = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10', issue: 'copyright' });
    const other = ev({ type: 'LEGAL_ACTION', actor: 'Tessaly Labs', target: 'Pellucid Systems', date: '2026-01-25', issue: 'copyright' });
    const { where } = placeAll([probe, parents, suit, other]);
    expect(where.get(parents.ref)).toBe(where.get(probe.ref));
    expect(where.get(other.ref)).not.toBe(where.get(suit.ref));
  });

  it('wave: child safety and consumer protection are one harm (minors are protected through consumer law); a consumer sweep a year before is another story', () => {
    const earlier = ev({ type: 'LEGAL_ACTION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Marrowby', date: '2025-09-01', issue: 'consumer protection' });
    const probe = ev({ type: 'INVESTIGATION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Quillon', date: '2026-09-01', issue: 'child safety' });
    const deceptive = ev({
      type: 'INVESTIGATION', actor: 'Ray Kent', actorKind: 'person', target: 'Tessaly Labs', date: '2026-09-10', issue: 'consumer protection',
      sentence: 'Attorney General Ray Kent opened a probe into Tessaly Labs for deceptively marketing its bots as therapists.',
    });
    const { where } = placeAll([earlier, probe, deceptive]);
    expect(where.get(deceptive.ref)).toBe(where.get(probe.ref));
    expect(where.get(earlier.ref)).not.toBe(where.get(probe.ref));
  });

  it('wave, refused: a data-protection authority fining two companies opens two cases; an unnamed lawmaker-less person is no authority', () => {
    const a = ev({ type: 'RESTRICTION', actor: 'CNIL', actorKind: 'regulator', target: 'Quillon', date: '2026-03-01', issue: 'data protection' });
    const b = ev({ type: 'RESTRICTION', actor: 'CNIL', actorKind: 'regulator', target: 'Marrowby', date: '2026-03-05', issue: 'data protection' });
    const blogger = ev({
      type: 'ALLEGATION', actor: 'Lee Park', actorKind: 'person', target: 'Quillon', date: '2026-03-06', issue: 'data protection',
      sentence: 'Lee Park, a privacy blogger, accused Quillon of selling user data.',
    });
    const { where } = placeAll([a, b, blogger]);
    expect(where.get(b.ref)).not.toBe(where.get(a.ref));
    expect(where.get(blogger.ref)).not.toBe(where.get(a.ref));
  });

  it('wave across states: the same kind of step against the same company over the same harm within weeks is one story; months later it is not', () => {
    const ban1 = ev({ type: 'RESTRICTION', actor: 'Japan', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-01', issue: 'data protection' });
    const ban2 = ev({ type: 'RESTRICTION', actor: 'Canada', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-12', issue: 'data protection' });
    const demand = ev({ type: 'DEMAND', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-02-14', issue: 'data protection' });
    const late = ev({ type: 'RESTRICTION', actor: 'CNIL', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-06-01', issue: 'data protection' });
    const { where } = placeAll([ban1, ban2, demand, late]);
    expect(where.get(ban2.ref)).toBe(where.get(ban1.ref));
    expect(where.get(demand.ref)).not.toBe(where.get(ban1.ref));
    expect(where.get(late.ref)).not.toBe(where.get(ban1.ref));
  });

  it('sweep: ten steps of one state\'s authorities and parents on five chatbot makers over minors within two months are one story', () => {
    const us = (actor: string, actorKind: string, target: string, date: string, type = 'INVESTIGATION', issue = 'child safety') =>
      ev({ type, actor, actorKind, target, date, issue, article: `sw-${date}-${target}` });
    const steps = [
      us('Federal Trade Commission', 'regulator', 'Quillon', '2026-03-02', 'DEMAND'),
      us('Senate Commerce Committee', 'legislature', 'Tessaly Labs', '2026-03-09'),
      us('Federal Trade Commission', 'regulator', 'Marrowby', '2026-03-16', 'DEMAND'),
      ev({ type: 'LEGAL_ACTION', actor: 'Ana Mills', actorKind: 'person', target: 'Quillon', date: '2026-03-25', issue: 'child safety', article: 'sw-suit', sentence: 'Ana Mills sued Quillon after its bot urged her son to hide his chats.' }),
      us('Senate Judiciary Committee', 'legislature', 'Brightwell Labs', '2026-04-02', 'DEMAND'),
      us('Department of Justice', 'government', 'Marrowby', '2026-04-10', 'INVESTIGATION', 'consumer protection'),
      us('House Energy and Commerce Committee', 'legislature', 'Orrin Chat', '2026-04-20'),
      us('Federal Trade Commission', 'regulator', 'Tessaly Labs', '2026-04-22', 'LEGAL_ACTION'),
      us('Senate Commerce Committee', 'legislature', 'Quillon', '2026-04-25', 'THREAT'),
      us('Federal Trade Commission', 'regulator', 'Orrin Chat', '2026-04-29', 'DEMAND', 'consumer protection'),
    ];
    const { where } = placeAll(steps);
    expect(new Set(steps.map((x) => where.get(x.ref))).size).toBe(1);
  });

  it('sweep, bounded: a company first named over two months after the sweep began, or a step weeks after a private one but months after the last authority\'s, opens its own story; a later step between two sides that met joins', () => {
    const a = ev({ type: 'DEMAND', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Quillon', date: '2026-01-05', issue: 'child safety' });
    const b = ev({ type: 'INVESTIGATION', actor: 'Senate Commerce Committee', actorKind: 'legislature', target: 'Marrowby', date: '2026-02-10', issue: 'child safety' });
    const c = ev({ type: 'INVESTIGATION', actor: 'Senate Judiciary Committee', actorKind: 'legislature', target: 'Tessaly Labs', date: '2026-03-01', issue: 'child safety' });
    // Each step within 45 days of the one before: a chain the window of the nearest step would never end.
    const late = ev({ type: 'INVESTIGATION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Brightwell Labs', date: '2026-04-10', issue: 'child safety' });
    const group = ev({ type: 'ALLEGATION', actor: 'Safe Kids Alliance', actorKind: 'other_org', target: 'Marrowby', date: '2026-06-05', issue: 'child safety' });
    const group2 = ev({ type: 'ALLEGATION', actor: 'Parents Forum', actorKind: 'other_org', target: 'Tessaly Labs', date: '2026-07-10', issue: 'child safety' });
    const crossed = ev({ type: 'INVESTIGATION', actor: 'Senate Commerce Committee', actorKind: 'legislature', target: 'Tessaly Labs', date: '2026-08-01', issue: 'child safety' });
    const again = ev({ type: 'LEGAL_ACTION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: 'Quillon', date: '2026-09-01', issue: 'child safety' });
    const { where } = placeAll([a, b, c, late, group, group2, crossed, again]);
    expect(where.get(b.ref)).toBe(where.get(a.ref));
    expect(where.get(c.ref)).toBe(where.get(a.ref));
    expect(where.get(late.ref)).not.toBe(where.get(a.ref));
    expect(where.get(group2.ref)).not.toBe(where.get(a.ref));
    expect(where.get(crossed.ref)).not.toBe(where.get(a.ref));
    expect(where.get(again.ref)).toBe(where.get(a.ref));
  });

  it('sweep, bounded: a year of unrelated hostile steps on one harm against many companies is no single dispute', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const pick = <T,>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const bodies: [string, string][] = [
      ['Federal Trade Commission', 'regulator'], ['Federal Communications Commission', 'regulator'], ['Department of Justice', 'government'],
      ['Senate Commerce Committee', 'legislature'], ['Senate Judiciary Committee', 'legislature'], ['House Energy and Commerce Committee', 'legislature'],
    ];
    const firms = Array.from({ length: 200 }, (_, i) => `Rondel ${i} Labs`);
    const steps: PlacementEvent[] = [];
    for (let i = 0; i < 365; i++) {
      const date = new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);
      const [actor, actorKind] = rnd() < 0.7 ? pick(bodies) : [`Watchdog ${i}`, 'other_org'];
      const issue = pick(['child safety', 'consumer protection', 'harmful content']);
      steps.push(ev({ type: pick(['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION', 'DEMAND', 'THREAT']), actor, actorKind, target: pick(firms), date, issue }));
    }
    const { state } = placeAll(steps);
    const largest = Math.max(...state.map((d) => d.entries.length));
    // Before the bound one dispute took 191 of the 365 steps (its window ran from whichever step was nearest); a
    // sweep now takes in companies for two months, at one step a day at most ~60 steps.
    expect(largest).toBeLessThanOrEqual(60);
    for (const d of state) {
      const auth = d.entries.filter((e) => !e.actor.startsWith('Watchdog')).map((e) => e.date).sort();
      if (auth.length === 0) continue;
      for (const e of d.entries) {
        const firstOn = d.entries.filter((x) => x.targets.includes(e.targets[0]!)).map((x) => x.date).sort()[0]!;
        expect((Date.parse(firstOn) - Date.parse(auth[0]!)) / 86_400_000).toBeLessThanOrEqual(60);
      }
    }
  });

  it('report: authorities of several states that one article names together are one story', () => {
    const x = ev({ type: 'RESTRICTION', actor: 'Japan', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-01', issue: 'data protection', article: 'roundup' });
    const y = ev({ type: 'INVESTIGATION', actor: 'Canada', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-01', issue: 'data protection', article: 'roundup' });
    const { where } = placeAll([x, y]);
    expect(where.get(y.ref)).toBe(where.get(x.ref));
  });

  it('act: one act against many targets stays one entry in one dispute, even when each target has disputes of its own', () => {
    const old1 = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10', issue: 'copyright' });
    const old2 = ev({ type: 'ALLEGATION', actor: 'Quillon', target: 'Marrowby', date: '2026-02-10', issue: 'antitrust' });
    const sentence = 'The Federal Trade Commission ordered Pellucid Systems, Marrowby and Tessaly Labs to explain how their chatbots treat teenagers.';
    const orders = ['Pellucid Systems', 'Marrowby', 'Tessaly Labs'].map((t) =>
      ev({ type: 'INVESTIGATION', actor: 'Federal Trade Commission', actorKind: 'regulator', target: t, date: '2026-09-11', issue: 'child safety', sentence, article: 'orders' }));
    const { where, state } = placeAll([old1, old2, ...orders]);
    expect(new Set(orders.map((o) => where.get(o.ref))).size).toBe(1);
    expect(where.get(orders[0]!.ref)).not.toBe(where.get(old1.ref));
    const d = state.find((x) => x.id === where.get(orders[0]!.ref))!;
    expect(d.entries).toHaveLength(1);
    expect(d.entries[0]!.targets).toEqual(['Pellucid Systems', 'Marrowby', 'Tessaly Labs']);
  });

  it("sibling: the same two parties in one report stay in its case when a sentence names another facet, without taking that facet as the case's issue", () => {
    const fine = ev({ type: 'RESTRICTION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-03-01', issue: 'data protection', article: 'fine' });
    const finding = ev({ type: 'ALLEGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-03-01', issue: 'child safety', issues: ['child safety'], article: 'fine' });
    const later = ev({ type: 'INVESTIGATION', actor: 'Ofcom', actorKind: 'regulator', target: 'Pellucid Systems', date: '2026-04-01', issue: 'child safety', issues: ['child safety'] });
    const { where, state } = placeAll([fine, finding, later]);
    expect(where.get(finding.ref)).toBe(where.get(fine.ref));
    expect(state.find((x) => x.id === where.get(fine.ref))!.issues).toEqual({ 'data protection': 1 });
    expect(where.get(later.ref)).not.toBe(where.get(fine.ref));
  });

  it('reports of one act within days are one entry with every report as its source', () => {
    const first = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10' });
    const second = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-12' });
    const { state } = placeAll([first, second]);
    expect(state[0]!.entries).toHaveLength(1);
    expect(state[0]!.entries[0]!.refs).toEqual([first.ref, second.ref]);
    expect(state[0]!.entries[0]!.date).toBe('2026-01-10');
  });
});

describe('placement: generic issues, titles, pinned disputes', () => {
  it("the extractor's fallback issue is generic: it never titles a dispute", () => {
    expect(isGenericIssue('general dispute')).toBe(true);
    const a = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-10', issue: 'general dispute' });
    const { state } = placeAll([a]);
    expect(state[0]!.issue).toBeNull();
    expect(disputeTitle(state[0]!)).toBe('Corvane AI v. Pellucid Systems');
    const b = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-01-20', issue: 'distillation / IP theft' });
    const after = placeAll([a, b]).state;
    expect(after).toHaveLength(1);
    expect(disputeTitle(after[0]!)).toBe('Corvane AI v. Pellucid Systems: trade secrets and model distillation');
  });

  it('several states restricting one company read as a case against the company, not as one state against a country', () => {
    const x = ev({ type: 'RESTRICTION', actor: 'Japan', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-01', issue: 'data protection', article: 'bans' });
    const y = ev({ type: 'RESTRICTION', actor: 'Canada', actorKind: 'government', target: 'Pellucid Systems', date: '2026-02-01', issue: 'data protection', article: 'bans' });
    const { state } = placeAll([x, y]);
    expect(state).toHaveLength(1);
    expect(disputeTitle(state[0]!)).toBe('Canada v. Pellucid Systems: data protection'); // equals: alphabetical
  });

  it('events without a target, or with one party on both sides, are unplaced with a reason', () => {
    const a = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: null, date: '2026-01-10' });
    const b = ev({ type: 'ALLEGATION', actor: 'Ministry of Commerce', actorKind: 'government', target: 'China', targetKind: 'government', date: '2026-01-10' });
    const { unplaced } = placeAll([a, b]);
    expect(unplaced.get(a.ref)).toBe('no target');
    expect(unplaced.get(b.ref)).toBe('same party on both sides');
  });

  it('a pinned (admin-held) dispute takes events but is never merged automatically', () => {
    const pinned: DisputeRecord = {
      id: 'held', issue: 'data protection', issues: { 'data protection': 1 }, pinned: true,
      parties: [
        { name: 'Ofcom', kind: 'regulator', unit: 'Ofcom', role: 'authority', roles: [{ role: 'authority', since: '2026-05-01' }] },
        { name: 'Pellucid Systems', kind: 'company', unit: 'Pellucid Systems', role: 'accused', roles: [{ role: 'accused', since: '2026-05-01' }] },
      ],
      entries: [{ id: 'x', type: 'INVESTIGATION', actor: 'Ofcom', actorUnit: 'Ofcom', targets: ['Pellucid Systems'], targetUnits: ['Pellucid Systems'], date: '2026-05-01', undated: false, refs: ['old'], articles: ['old'], sentence: '' }],
    };
    const claim = ev({ type: 'ALLEGATION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-05-03', issue: 'data protection' });
    const complaint = ev({ type: 'LEGAL_ACTION', actor: 'Corvane AI', target: 'Pellucid Systems', date: '2026-05-10', issue: 'data protection', sentence: 'Corvane AI complained to Ofcom.' });
    const { merges, state } = placeAll([claim, complaint], [pinned]);
    expect(merges).toEqual([]);
    expect(state).toHaveLength(2);
    expect(pinned.entries).toHaveLength(1); // the input is not modified
  });
});
