import { describe, expect, it } from 'vitest';
import { extract, issueOfSentence, EVENT_TYPES, type ExtractedEvent } from '../../../extract/index.ts';

const run = (text: string, title?: string, published = '2026-03-12') => extract({ text, title, published }).events;
const triples = (evs: ExtractedEvent[]) => evs.map((e) => `${e.type} ${e.actor} -> ${e.target}`);

describe('extract events: constructions', () => {
  it('active voice', () => {
    expect(triples(run('Nimbus AI accused Orion Labs of stealing its model weights.'))).toEqual(['ALLEGATION Nimbus AI -> Orion Labs']);
  });

  it('passive voice with an agent', () => {
    const [e] = run('DeepSeek was sued by OpenAI on Tuesday.');
    expect(e).toMatchObject({ type: 'LEGAL_ACTION', actor: 'OpenAI', target: 'DeepSeek', date: '2026-03-10' });
  });

  it('reported speech: the speaker alleges, the subject of the wrongdoing is the target', () => {
    expect(triples(run('Anthropic said Alibaba had stolen its training data.'))).toEqual(['ALLEGATION Anthropic -> Alibaba']);
  });

  it('nominalisation: "the complaint, filed with ..." is a legal step by the accuser against the accused', () => {
    const t = triples(run('Anthropic accused Alibaba of theft. The complaint, filed with the Competition and Markets Authority, claims Qwen copied Claude outputs.'));
    expect(t).toContain('LEGAL_ACTION Anthropic -> Alibaba');
    expect(t).not.toContain('LEGAL_ACTION Anthropic -> Competition and Markets Authority');
  });

  it('quotes: a denial by characterisation answers the allegation, with the quote', () => {
    const evs = run("Anthropic accused Alibaba of IP theft last month. Alibaba rejected the accusation, calling it 'groundless and political'.");
    const d = evs.find((e) => e.type === 'DENIAL')!;
    expect(d).toMatchObject({ actor: 'Alibaba', target: 'Anthropic', quote: 'groundless and political' });
    expect(d.answers).toEqual({ type: 'ALLEGATION', actor: 'Anthropic', target: 'Alibaba' });
    expect(evs.find((e) => e.type === 'ALLEGATION')!).toMatchObject({ date: '2026-02-01', datePrecision: 'month', background: false });
  });

  it('headlines: events from the title carry field "title" and offsets into it', () => {
    const title = 'Japan fines Nvidia over chip bundling';
    const [e] = run('The fine was the largest of its kind.', title);
    expect(e).toMatchObject({ type: 'RESTRICTION', actor: 'Japan', target: 'Nvidia', field: 'title' });
    expect(title.slice(e.start, e.end)).toBe(e.sentence);
  });

  it('ministry Q&A transcripts: the answer speaks for the state', () => {
    const text = 'Q: The US added more Chinese firms to the entity list yesterday. What is your comment?\nA: China firmly opposes the US abuse of export control measures. China will take necessary measures to safeguard its legitimate rights.';
    const t = triples(run(text, 'Commerce ministry spokesperson answers reporters\' questions'));
    expect(t).toContain('ALLEGATION China -> United States');
    expect(t).toContain('THREAT China -> United States');
    expect(t).toContain('RESTRICTION United States -> China');
  });

  it('a spokesperson speaks for the ministry', () => {
    const t = triples(run('Foreign ministry spokesperson Lin Jian urged the US to stop suppressing Chinese firms. Beijing vowed to retaliate.'));
    expect(t).toContain('DEMAND China -> United States');
    expect(t).toContain('THREAT China -> United States');
  });

  it('lists of targets: one event per named target', () => {
    const t = triples(run('The Commerce Department added 140 entities to the entity list, including Huawei, SMIC and Cambricon.'));
    expect(t).toEqual(['RESTRICTION Department of Commerce -> Huawei', 'RESTRICTION Department of Commerce -> SMIC', 'RESTRICTION Department of Commerce -> Cambricon']);
  });

  it('investigations, demands and de-escalations', () => {
    const t = triples(run('Brussels urged Microsoft to stop bundling Copilot. The European Commission opened an investigation into Microsoft last month. In June, Microsoft settled the case with the Commission.'));
    expect(t).toContain('DEMAND European Union -> Microsoft');
    expect(t).toContain('INVESTIGATION European Commission -> Microsoft');
    expect(t.some((x) => x.startsWith('DEESCALATION Microsoft'))).toBe(true);
  });

  it('a withdrawn suit is a de-escalation, not a new legal action', () => {
    const t = triples(run('Nimbus AI dropped its lawsuit against Orion Labs on Friday.'));
    expect(t).toEqual(['DEESCALATION Nimbus AI -> Orion Labs']);
  });
});

describe('extract events: what is not an event', () => {
  it.each([
    ['a hypothetical', 'If proven, the accusation would mark a breach of the norms by Meta.'],
    ['a negation', 'Meta did not accuse Google of copying its models.'],
    ['a question', 'Will Beijing ban Micron from critical infrastructure?'],
    ['a mere possibility', 'OpenAI could sue DeepSeek over the distillation.'],
    ['an intention asked for', 'Lawmakers want the Commerce Department to ban DeepSeek.'],
  ])('%s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });

  it('reports each (type, actor, target) once, keeping the best-evidenced sentence', () => {
    const evs = run('Anthropic accused Alibaba of copying. Alibaba was accused by Anthropic of theft. Anthropic again accused Alibaba.');
    expect(evs.filter((e) => e.type === 'ALLEGATION')).toHaveLength(1);
  });
});

describe('extract events: grounding and fields', () => {
  it('points offsets at a verbatim sentence and fills every field', () => {
    const text = 'Intro line.\nThe Korea Fair Trade Commission fined Kakao for unfair data practices on March 3, 2026.';
    const evs = run(text);
    expect(evs).toHaveLength(1);
    const e = evs[0];
    expect(text.slice(e.start, e.end)).toBe(e.sentence);
    expect(e).toMatchObject({ type: 'RESTRICTION', actor: 'Korea Fair Trade Commission', target: 'Kakao', actorKind: 'regulator', targetKind: 'company', date: '2026-03-03', field: 'text' });
    expect(EVENT_TYPES).toContain(e.type);
    expect(e.confidence).toBeGreaterThan(0);
    expect(e.confidence).toBeLessThanOrEqual(1);
    expect(e.issue.length).toBeGreaterThan(0);
  });

  it('falls back to the publication date, then to the injected clock', () => {
    expect(run('Anthropic accused Alibaba of theft.', undefined, '2026-01-05')[0].date).toBe('2026-01-05');
    const e = extract({ text: 'Anthropic accused Alibaba of theft.' }, { now: new Date('2026-07-01T10:00:00Z') }).events[0];
    expect(e.date).toBe('2026-07-01');
  });

  it('names the issue', () => {
    expect(run('OpenAI said DeepSeek distilled its models.')[0].issue).toBe('distillation / IP theft');
    expect(run('The Commerce Department imposed export controls on SMIC.')[0].issue).toBe('export controls');
  });

  it('names the issues of scrutiny waves: child safety, harmful content, consumer protection; a trade agency is no trade issue', () => {
    expect(issueOfSentence('The senator opened a probe into whether Quillon chatbots flirted with teenagers.', '')).toBe('child safety');
    expect(issueOfSentence('The regulator said the app let users make sexually explicit deepfakes of real people.', '')).toBe('harmful content');
    expect(issueOfSentence('The agency sued Marrowby over deceptive claims about its AI lawyer.', '')).toBe('consumer protection');
    expect(issueOfSentence('The Federal Trade Commission opened an inquiry into Marrowby.', '')).toBe('general dispute');
    expect(issueOfSentence('Beijing said the new duties would harm trade between the two countries.', '')).toBe('trade');
  });

  it('"minor" is a child only as a noun, never as an adjective before its noun', () => {
    expect(issueOfSentence('The regulator said the bot sent messages to a minor.', '')).toBe('child safety');
    expect(issueOfSentence('The complaint says a minor who used the app was harmed.', '')).toBe('child safety');
    expect(issueOfSentence("Ostmark fined Quillon for storing a minor's voice notes.", '')).toBe('child safety');
    expect(issueOfSentence('The agency sued Marrowby for targeting minors.', '')).toBe('child safety');
    expect(issueOfSentence('Ostmark has curbed sales of minor metals to Quillon before.', '')).toBe('general dispute');
    expect(issueOfSentence('Marrowby played only a minor role in the venture, Quillon said.', '')).toBe('general dispute');
  });

  it("a sentence that names no issue takes the one its article's opening names most, not the first in the list", () => {
    const text = 'Regulators question chatbot makers over teenagers. The bots were trained on public posts. Parents said their children and teens were exposed.';
    expect(issueOfSentence('The agency sent letters to four companies.', text)).toBe('child safety');
  });
});

describe('extract events: more constructions', () => {
  it('case names: "X v. Y" is a legal action, and the plaintiffs/defendant refer to the parties', () => {
    const t = triples(run('The lawsuit was filed in federal court. The plaintiffs allege that the defendant copied their model weights.', 'Nimbus Labs v. Orion Robotics'));
    expect(t).toContain('LEGAL_ACTION Nimbus Labs -> Orion Robotics');
    expect(t).toContain('ALLEGATION Nimbus Labs -> Orion Robotics');
  });

  it('coordinated speakers each allege', () => {
    const t = triples(run('Microsoft and OpenAI said they had found evidence that DeepSeek used outputs from OpenAI models to train its own.'));
    expect(t).toEqual(expect.arrayContaining(['ALLEGATION Microsoft -> DeepSeek', 'ALLEGATION OpenAI -> DeepSeek']));
  });

  it('"we" inside a quotation speaks for the quoted speaker', () => {
    const text = '"This tool is a weapon," said Senator Jane Holt. "That is why we are sending a letter to Nvidia to demand answers."';
    expect(triples(run(text))).toContain('DEMAND Jane Holt -> Nvidia');
  });

  it('unknown members of a list are discovered and each is a target', () => {
    const t = triples(run('The Commerce Department added 9 Chinese entities to the Entity List, including the chip designers Vexa Microelectronics, Tarn Compute and Ilo Semiconductor.'));
    expect(t).toEqual(expect.arrayContaining(['RESTRICTION Department of Commerce -> Vexa Microelectronics', 'RESTRICTION Department of Commerce -> Tarn Compute', 'RESTRICTION Department of Commerce -> Ilo Semiconductor']));
  });

  it('a state described by its embassy or authorities acts as the state', () => {
    expect(triples(run('The Chinese embassy in Washington said the US was politicising technology issues.'))).toEqual(['ALLEGATION China -> United States']);
  });

  it('a dropped investigation is no investigation: the state whose prosecutors dropped it de-escalates', () => {
    const t = triples(run('Prosecutors in Sweden have dropped an investigation into the case against Orion Labs.'));
    expect(t.filter((x) => x.startsWith('INVESTIGATION'))).toEqual([]);
    expect(t).toContain('DEESCALATION Sweden -> Orion Labs');
  });

  it('mutual agreements go both ways', () => {
    expect(triples(run('Beijing and Washington agreed to a 90-day truce in the chip dispute.')).sort()).toEqual(['DEESCALATION China -> United States', 'DEESCALATION United States -> China']);
  });

  it.each([
    ['a gerund after a preposition', 'The envoy pressed Kyiv into investigating a rival.'],
    ['a question whether something happened', 'The board said it would examine whether Alibaba had extracted outputs from Claude.'],
    ['a subject of its own that is no entity', 'Geopolitical tensions are threatening to put the brakes on growth, the bank said of China.'],
  ])('no event for %s', (_label, text) => {
    expect(run(text)).toEqual([]);
  });
});

describe('extract events: parties the gazetteer does not know (issue 17)', () => {
  it('a proper name in running text is a party', () => {
    expect(triples(run('Quillon has filed a lawsuit against Marrowby in a federal court.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('coordinated unknown subjects each act', () => {
    expect(triples(run('Pellmore and Vantic sued Quorra on Monday.'))).toEqual(['LEGAL_ACTION Pellmore -> Quorra', 'LEGAL_ACTION Vantic -> Quorra']);
  });

  it('the tail of a longer capitalised sequence is no name of its own ("Port Vell" gives no "Vell")', () => {
    const t = triples(run('Quillon sued Marrowby in the Southern District of Port Vell on Monday.'));
    expect(t).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
    expect(extract({ text: 'Big Vell Holdings is a rival. Quillon sued Marrowby.', published: '2026-03-12' }).entities.map((e) => e.name)).not.toContain('Vell');
  });

  it('a dateline and its wire name are not parties', () => {
    expect(triples(run('DALMORE, March 3 (Wirefeed) — Quillon sued Marrowby over its designs.'))).toEqual(['LEGAL_ACTION Quillon -> Marrowby']);
  });

  it('a sentence-initial common word and a capitalised adjective are not names', () => {
    const evs = run('Contributory claims against Quorra survived. Data regulators in Ostmark fined Quorra.');
    expect(evs.map((e) => e.actor)).not.toContain('Contributory');
    expect(evs.map((e) => e.actor)).not.toContain('Data');
  });

  it('a judge ruling on a motion takes legal action against the movants and denies nothing', () => {
    const t = triples(run('Judge Mara Quell denied Quillon and Vantic\'s motion to dismiss the claims on Tuesday.'));
    expect(t).toEqual(['LEGAL_ACTION Mara Quell -> Quillon', 'LEGAL_ACTION Mara Quell -> Vantic']);
  });

  it('", while" opens a clause with its own subject', () => {
    const t = triples(run('Helvaria and Ostrand have opened probes into Quorra, while Pellmore has blocked access to Quorra.'));
    expect(t).toContain('RESTRICTION Pellmore -> Quorra');
    expect(t).not.toContain('RESTRICTION Helvaria -> Quorra');
  });

  it('members after "among them" or "such as" are objects as after "including"', () => {
    expect(triples(run('Japan on Friday placed nine Korean firms on its export blacklist, among them the drone maker Halla Aero.'))).toContain('RESTRICTION Japan -> Halla Aero');
    expect(triples(run('Japan sanctioned several trading houses on Friday, such as Tamsu Optics and Halla Aero.'))).toEqual(
      expect.arrayContaining(['RESTRICTION Japan -> Tamsu Optics', 'RESTRICTION Japan -> Halla Aero']));
  });

  it('a list that names no parties ("characters, including ...") is not expanded', () => {
    const t = triples(run('Quillon accused Marrowby of copying its characters, including Captain Vell and Mira Sol.'));
    expect(t).toEqual(['ALLEGATION Quillon -> Marrowby']);
  });
});

describe('extract: the demo fiction misreadings, by general rule (issue 17, item 7)', () => {
  it('the subject of a clause after "a day after" sues, not the main subject', () => {
    const t = triples(run('Quillon AI makes design tools. Marrowby denied it had copied any code, a day after Quillon sued the company in federal court in San Marino.'));
    expect(t).not.toContain('LEGAL_ACTION Marrowby -> Quillon AI');
    expect(t.filter((x) => x.startsWith('LEGAL_ACTION')).every((x) => x.startsWith('LEGAL_ACTION Quillon AI'))).toBe(true);
    expect(t.join(' ')).not.toContain('Marino');
  });

  it('"X adds 14 firms to a list" is not speech, so no allegation by X from the same headline', () => {
    expect(triples(run('Ostrava adds 14 Dalmore firms to blacklist in chip crackdown.')).filter((x) => x.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('the name of a law or list is no party', () => {
    const { entities } = extract({ text: 'The Board opened an inquiry under the Frontier Models (Security) Act into Marrowby. It used the Entity List as a tool, the ministry said.', published: '2026-03-12' });
    expect(entities.map((e) => e.name)).not.toContain('Frontier Models');
    expect(entities.map((e) => e.name)).not.toContain('Entity List');
  });

  it('"the plaintiff" refers to a party of the caption and is not its alias', () => {
    const { entities } = extract({ text: 'Case: Quillon AI, Inc. v. Marrowby Systems, Inc. The Plaintiff says the Defendant copied its code.', published: '2026-03-12' });
    const q = entities.find((e) => e.name.startsWith('Quillon'));
    expect(q?.aliases).not.toContain('Plaintiff');
  });

  it('"the disputed code" is no denial', () => {
    expect(triples(run('Quillon wants a court order barring Marrowby from using the disputed code.')).filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });

  it('a company named with its head ("Quillon AI") is the same party when named alone', () => {
    expect(triples(run('Quillon AI sued Marrowby in May. The complaint alleges that Marrowby copied code from Quillon.'))).not.toContain('ALLEGATION Quillon AI -> Quillon');
  });
});

describe('extract: denials that never say "deny" (issue 17, item 2)', () => {
  it('a wrongdoing negated by the accused is its denial', () => {
    expect(triples(run('Quillon accused Marrowby of copying its code. Marrowby said it had not copied any code.'))).toContain('DENIAL Marrowby -> Quillon');
  });

  it('a third party saying the accused did not do it is no denial', () => {
    expect(triples(run('Quillon accused Marrowby of copying its code. Vantic said Marrowby had not copied anything.')).filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });

  it('a negated noun phrase ("not as espionage") is no denial', () => {
    expect(triples(run('Quillon accused Marrowby of copying its code. Marrowby framed the dispute not as espionage but as rivalry.')).filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });

  it('"National" opens an agency name but no name of its own', () => {
    const names = extract({ text: "Ostmark's National Data Protection Authority fined Marrowby. The National Guard was deployed.", published: '2026-03-12' }).entities.map((e) => e.name);
    expect(names).toContain('National Data Protection Authority');
    expect(names).not.toContain('Guard');
  });
});

describe('extract: lists of subjects and legal nouns with their agent (issue 17, item 2)', () => {
  it('every member of a subject list acts', () => {
    expect(triples(run('Japan, Canada and Britain have opened probes into Marrowby.'))).toEqual([
      'INVESTIGATION Japan -> Marrowby', 'INVESTIGATION Canada -> Marrowby', 'INVESTIGATION United Kingdom -> Marrowby']);
  });

  it('"a lawsuit filed by X" names the plaintiff even when the sentence is about something else', () => {
    expect(triples(run('Quillon accused Marrowby of copying. Marrowby was named in a lawsuit filed by Quillon this morning.'))).toContain('LEGAL_ACTION Quillon -> Marrowby');
  });
});

describe('extract: precision rules (issue 17)', () => {
  it('a motion to dismiss claims is no denial, and the court ruling on it is a legal action', () => {
    const t = triples(run('The court denied Marrowby\'s motion to dismiss the claims brought by Quillon.'));
    expect(t.filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });

  it('a legal document\'s subject speaks for whoever brought it, not for a party named inside it', () => {
    const t = triples(run('The lawsuit, brought by Quillon against Marrowby and its partner Vantic, alleges that the firm copied its designs.'));
    expect(t).not.toContain('ALLEGATION Vantic -> Marrowby');
    expect(t.filter((x) => x.startsWith('ALLEGATION')).every((x) => x.startsWith('ALLEGATION Quillon'))).toBe(true);
  });

  it('"fabricate" as a wrongdoing is no denial; "fabricated claims" is', () => {
    expect(triples(run('Quillon said Marrowby chatbots fabricate credentials.')).filter((x) => x.startsWith('DENIAL'))).toEqual([]);
  });

  it('a headline person name stops at a verb ("Senator Ada Vell Opens …")', () => {
    const { entities } = extract({ title: 'Chairman Vell Exposes Marrowby Losses', text: 'Quillon sued Marrowby.', published: '2026-03-12' });
    expect(entities.map((e) => e.name)).not.toContain('Vell Exposes Marrowby Losses');
  });

  it('a demonym opens an agency name', () => {
    const names = extract({ text: 'Quillon asked the Austrian Data Protection Authority (DSB) to investigate Marrowby.', published: '2026-03-12' }).entities.map((e) => e.name);
    expect(names).toContain('Austrian Data Protection Authority');
  });
});

describe('extract: plural references to parties named together (issue 17, item 2)', () => {
  it('"The two studios" after "A and B sued" are A and B', () => {
    const t = triples(run('Quillon and Vantic sued Marrowby on Monday. The two studios accused Marrowby of copying their films.'));
    expect(t).toEqual(expect.arrayContaining(['ALLEGATION Quillon -> Marrowby', 'ALLEGATION Vantic -> Marrowby']));
  });

  it('"them" after a list of targets is each of them', () => {
    const t = triples(run('Quillon sued Marrowby, Pellmore and Dastia on Monday. Quillon accuses them of copying its code.'));
    expect(t).toEqual(expect.arrayContaining(['ALLEGATION Quillon -> Marrowby', 'ALLEGATION Quillon -> Pellmore', 'ALLEGATION Quillon -> Dastia']));
  });

  it('a plural subject with no group before it is nobody', () => {
    expect(triples(run('The studios accused Marrowby of copying their films.'))).toEqual([]);
  });
});

describe('extract: a pattern whose type depends on its actor (asKind)', () => {
  it('seeking information is a demand by a legislator and an inquiry by a regulator', () => {
    expect(triples(run('Marrowby sells chatbots. Senator Ada Vell is seeking documents from Marrowby.'))).toContain('DEMAND Ada Vell -> Marrowby');
    expect(triples(run('Marrowby sells chatbots. The Ostmark Competition Authority is seeking information from Marrowby.'))).toContain('INVESTIGATION Ostmark Competition Authority -> Marrowby');
  });
});

describe('extract: names found by form that are descriptions', () => {
  it('"a good Samaritan" and plural demonyms ("Ostmarkers" aside, "Indians") are not parties', () => {
    const names = extract({ text: 'Police said a good Samaritan tried to help. Nearly 150 Indians returned home after Quillon sued Marrowby.', published: '2026-03-12' }).entities.map((e) => e.name);
    expect(names).not.toContain('Samaritan');
    expect(names).not.toContain('Indians');
  });
});

describe('extract: speech attribution and people tied to their organisation (issue 17, items 2 and 3)', () => {
  it('"Name, X\'s chief legal officer, said" is a person of X, whose denial answers X\'s accuser', () => {
    const { entities, events } = extract({ text: 'Quillon sued Marrowby. Ada Vell, Marrowby\'s chief legal officer, said the claims were baseless.', published: '2026-03-12' });
    expect(entities.find((e) => e.name === 'Ada Vell')).toMatchObject({ kind: 'person', organisation: 'Marrowby' });
    expect(triples(events)).toContain('DENIAL Ada Vell -> Quillon');
  });

  it('"…," said a ministry spokesman, Name: the name is a spokesperson, not a company', () => {
    const { entities } = extract({ text: 'Japan banned Marrowby. "The ban is unjustified," said a Chinese foreign ministry spokesman, Lin Wei.', published: '2026-03-12' });
    expect(entities.find((e) => e.name === 'Lin Wei')).toMatchObject({ kind: 'person' });
  });

  it('a transcript line "Name: answer" is spoken by that name, not by the last actor', () => {
    const text = 'Quillon sued Marrowby.\nQ: What is your response to the lawsuit?\nMarrowby spokesperson Ada Vell: The claims are baseless.';
    const t = triples(run(text));
    expect(t).toContain('DENIAL Marrowby -> Quillon');
    expect(t).not.toContain('DENIAL Quillon -> Marrowby');
  });

  it('a one-word verb pattern after a determiner is a noun ("The ban is …")', () => {
    expect(triples(run('Japan banned Marrowby. The ban is harsh, Vantic said.'))).toEqual(['RESTRICTION Japan -> Marrowby']);
  });
});

describe('extract: the demo fiction misreadings, second round (issue 17, item 7)', () => {
  it('"it called the accuser\'s claims baseless" is the accused denying, not the accuser', () => {
    const t = triples(run('Quillon accused Marrowby of fraud. On Wednesday it had called Quillon\'s accusations baseless.'));
    expect(t).toContain('DENIAL Marrowby -> Quillon');
    expect(t).not.toContain('DENIAL Quillon -> Marrowby');
  });

  it('a wrongdoing inside a denied claim ("rejected the claim that it had …") is no allegation by the denier', () => {
    const t = triples(run('Dastia fined Marrowby. Marrowby rejected the claim that it had trained its models on user chats without consent.'));
    expect(t).toContain('DENIAL Marrowby -> Dastia');
    expect(t.filter((x) => x.startsWith('ALLEGATION'))).toEqual([]);
  });

  it('"X did not accuse Y of wrongdoing" is no denial by Y', () => {
    expect(run('The board did not accuse Marrowby of wrongdoing.')).toEqual([]);
  });

  it('a clause after ", but" has its own subject: a name before it does not speak', () => {
    const t = triples(run('China restricted indium exports to the US on Friday. It did not mention the US list, but a commentary said that "unilateral bullying will not go unanswered".'));
    expect(t).not.toContain('ALLEGATION United States -> China');
  });

  it('a spokesperson introduced after the body\'s briefing speaks for that body', () => {
    const { entities } = extract({ text: 'Speaking at the Ministry of Commerce\'s briefing, spokesperson Lin Qiao said the US was wrong.', published: '2026-03-12' });
    expect(entities.find((e) => e.name === 'Lin Qiao')?.organisation).toBeTruthy();
  });
});

describe('extract: relative clauses and headline names', () => {
  it('a name inside ", which is led by …," does not speak for the sentence', () => {
    const t = triples(run('Quillon sued Marrowby. The firm, which is led by CEO Ada Vell, said Quillon had stolen its code.'));
    expect(t.some((x) => x.startsWith('ALLEGATION Ada Vell'))).toBe(false);
  });

  it('a headline name stops before a verb followed by more capitals, but keeps a surname that is also a word', () => {
    const names = extract({ title: 'Chairman Vell Exposes Big Tech Losses', text: 'Judge Mara Quell denied the motion.', published: '2026-03-12' }).entities.map((e) => e.name);
    expect(names).toContain('Mara Quell');
    expect(names.some((n) => n.includes('Exposes'))).toBe(false);
  });
});
