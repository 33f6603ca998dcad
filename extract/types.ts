// What the engine does per event type, as a table (issue 17: per-type behaviour is data, not branches).
// Language-independent: it speaks of types, roles and entity kinds only.
import type { EntityKind, EventType } from './index.ts';

export interface TypeRule {
  /** The act may stand with no target ("cautioned companies that …"); otherwise an event needs both parties. */
  targetOptional: boolean;
  /** Fires under a modal or a conditional ("will take measures", "could face penalties"): a threat is a future act. */
  modalOk: boolean;
  /** Fires after an intention word before "to" ("vowed to retaliate", "urged X to stop"): the intention is the act. */
  intentOk: boolean;
  /** Fires inside a demand's complement ("urged X to stop accusing Y") — otherwise only asked for, not done. */
  insideDemandOk: boolean;
  /** A court or a judge may be its actor (courts rule; they do not accuse, deny or threaten). */
  courtMayAct: boolean;
  /** Not an act when a word of ending precedes it ("dropped the lawsuit", "closed the investigation"). */
  cancelledByEnding: boolean;
  /** Not an act when it is the object of a lifting verb ("lifted the ban on X", LIFTING_VERBS): the measure is undone. */
  cancelledByLifting: boolean;
  /** With no object named in the sentence, the target is the counterpart from the article's other events. */
  counterpartWhenNoObject: boolean;
  /** A court or judge from the other events is never the counterpart ("appealed the ruling" is against the other side). */
  counterpartNotCourt: boolean;
  /** A deal named as the object ("the acquisition of X by Y") has its buyer, the agent after "by", as the target. */
  dealBuyerIsTarget: boolean;
  /** The type of the other events to look at first for a missing target (a denial answers an allegation). */
  counterpartPrefers: EventType | null;
  /**
   * For an agentless passive only ("X was also ordered to delete the data"), more types whose actor on the same target,
   * a public body, acts here too (after agentlessFrom).
   */
  passiveAgentFrom: EventType[];
  /** For an agentless passive, the types whose actor on the same target acts here too. */
  agentlessFrom: EventType[] | 'self';
  /** With no actor anywhere, the article's leading authority may be the actor (a press release's acts are its own). */
  authorityFallback: boolean;
  /**
   * With no named defendant, and the act tied to the filing that prompted it ("The inquiry comes after a complaint by X"),
   * the target is that act's (PROMPTED_BY_VERBS before the trigger; the nearest inquiry, restriction or legal step by
   * an authority in this or the two sentences before).
   */
  targetFromPromptedAct: boolean;
  /** With no named defendant, the target is whoever the actor accused (a complaint is against the accused). */
  targetFromOwnAllegation: boolean;
  /** Dropped when the actor is carried over and the target is only the counterpart: the sentence names no party. */
  needsANamedParty: boolean;
  /** Dropped when the actor is only carried over from earlier sentences (no subject, speaker or voice of its own). */
  needsOwnActor: boolean;
  /** A relative clause's antecedent ("the ministry, which imposed …") is the actor when it is an authority. */
  relativeAntecedentActs: boolean;
  /** An object inside the pattern's own words counts ("removed X from the list"). */
  objectInsidePattern: boolean;
  /**
   * A speaker who calls a named accuser's claims false ("an analyst said Quillon's claims were false") acts only when
   * that accuser acted against the speaker in the article: a third party's verdict on the claims is no party's answer.
   */
  accusedSpeakerOnly: boolean;
  /** The events this type answers, for `answers` (a denial answers an allegation, else a legal step or inquiry). */
  answers: EventType[];
  /** The type this act takes when a court or judge does it ("the court barred X from selling" is a ruling, not a restriction). */
  courtActsAs?: EventType;
  /** A court or judge is never its target: asking a court to act is a legal step, not a demand. */
  courtNeverTarget?: boolean;
  /**
   * The kinds of actor whose act may take the article's counterpart as its target when the sentence names none: a
   * regulator "looking into the matter" inquires into the accused; the accused "examining the ruling" inquires into no one.
   */
  counterpartActorKinds: EntityKind[] | 'any';
  /**
   * The kinds of actor whose act may stand with no target (when the type or pattern allows one): a state's control on a
   * class of goods or a regulator's warning to firms is a measure; a company's "will take measures to cut costs" or
   * "limited sales of its console" is its own business.
   */
  noTargetActorKinds: EntityKind[] | 'any';
  /**
   * With no counterpart in the article's other events, the target is the speaker of the nearest earlier sentence that
   * reports something of the actor ("The Pentagon said routers made by X could …. 'Our products contain no backdoors,' X
   * said": the denial answers the Pentagon, whatever form its claim took).
   */
  accuserFromReport?: boolean;
  /** With no accuser in its sentence, a charged party (a person, or anyone under a criminal charge) answers the public
   *  body whose legal step charged it, before any other party that accused it ("… Vik's lawyer said his client was innocent"). */
  answersCharger?: boolean;
  /**
   * Persons coordinated as the joint subject of one act ("Senators A and B urged X", "Authors A and B sued X", "the
   * senators" / "they" for such a pair) make ONE event, named by the first of them; the others give no event of their
   * own (the contract's convention: an event's actor is a list of accepted names, and a joint act lists all its persons).
   * Only when every coordinated actor is a person; on for every type through BASE.
   */
  coSignersOnce?: boolean;
  /** A court or judge may be its target: a party's request to the bench ("asked the judge to dismiss the case") is a step in the case, no demand on a party. */
  courtMayBeTarget: boolean;
  /**
   * With no party named as the target, a definite noun of what is answered ("the complaint", "the findings") names the act
   * of that kind against the actor earlier in the article: its author is the target (lexicon CLAIM_NOUN_ACTS).
   */
  targetFromClaimNoun: boolean;
  /**
   * An actor carried over from earlier sentences stands only with "it"/"they"/"we" in the clause, and not when that
   * pronoun takes up a reporter the sentence does not name ("the state consumer office said that it had begun …"): a
   * clause with a subject of its own that names no one has no actor. Right once in eleven over the read sets for
   * measures and inquiries.
   */
  carriedActorNeedsPronoun: boolean;
}

const BASE: TypeRule = {
  targetOptional: false, modalOk: false, intentOk: false, insideDemandOk: false, courtMayAct: true, cancelledByEnding: false, cancelledByLifting: false,
  counterpartWhenNoObject: false, counterpartNotCourt: false, dealBuyerIsTarget: false, counterpartPrefers: null, agentlessFrom: 'self', passiveAgentFrom: [], authorityFallback: true,
  targetFromOwnAllegation: false, targetFromPromptedAct: false, needsANamedParty: false, needsOwnActor: false, relativeAntecedentActs: false, objectInsidePattern: false, accusedSpeakerOnly: false, answers: [],
  counterpartActorKinds: 'any', noTargetActorKinds: 'any', courtMayBeTarget: true, coSignersOnce: true, targetFromClaimNoun: false, carriedActorNeedsPronoun: false,
  // The optional fields too, so that the eight rules share one shape: a rule of a shape not met before deoptimised the
  // functions that read it (extract/README.md, "Speed").
  courtActsAs: undefined, courtNeverTarget: undefined, accuserFromReport: undefined, answersCharger: undefined,
};
const AUTHORITIES: EntityKind[] = ['government', 'regulator', 'legislature', 'court', 'person'];

export const TYPE_RULES: Record<EventType, TypeRule> = {
  ALLEGATION: { ...BASE, insideDemandOk: true, courtMayAct: false, needsANamedParty: true, needsOwnActor: true },
  DENIAL: { ...BASE, targetFromClaimNoun: true, counterpartNotCourt: true, courtMayAct: false, accusedSpeakerOnly: true, counterpartPrefers: 'ALLEGATION', accuserFromReport: true, answersCharger: true, authorityFallback: false, answers: ['ALLEGATION', 'LEGAL_ACTION', 'INVESTIGATION'] },
  LEGAL_ACTION: { ...BASE, counterpartNotCourt: true, cancelledByEnding: true, targetFromOwnAllegation: true, targetFromPromptedAct: true, relativeAntecedentActs: true, authorityFallback: false },
  INVESTIGATION: { ...BASE, dealBuyerIsTarget: true, carriedActorNeedsPronoun: true, passiveAgentFrom: ['RESTRICTION', 'INVESTIGATION', 'LEGAL_ACTION', 'DEMAND'], cancelledByEnding: true, counterpartWhenNoObject: true, relativeAntecedentActs: true, counterpartActorKinds: ['government', 'regulator', 'court', 'legislature', 'person'] },
  RESTRICTION: { ...BASE, dealBuyerIsTarget: true, carriedActorNeedsPronoun: true, cancelledByLifting: true, relativeAntecedentActs: true, courtActsAs: 'LEGAL_ACTION', noTargetActorKinds: AUTHORITIES },
  THREAT: { ...BASE, dealBuyerIsTarget: true, noTargetActorKinds: AUTHORITIES, targetOptional: false, modalOk: true, intentOk: true, insideDemandOk: true, courtMayAct: false, counterpartWhenNoObject: true, relativeAntecedentActs: true },
  DEMAND: { ...BASE, authorityFallback: false, passiveAgentFrom: ['RESTRICTION', 'INVESTIGATION', 'LEGAL_ACTION'], coSignersOnce: true, intentOk: true, insideDemandOk: true, relativeAntecedentActs: true, courtNeverTarget: true, courtMayBeTarget: false },
  DEESCALATION: { ...BASE, counterpartNotCourt: true, counterpartWhenNoObject: true, counterpartPrefers: 'LEGAL_ACTION', agentlessFrom: ['RESTRICTION', 'LEGAL_ACTION'], authorityFallback: false, objectInsidePattern: true },
};
