import { describe, expect, it } from 'vitest';
import { extract } from '../../../extract/index.ts';

// Session 7, precision pass: who the parties are when a sentence names a category, a product or a short name.
// Every sentence is our own; the companies and people are invented.
const run = (text: string, title: string | null = null) => extract({ title, published: '2026-03-02', text });
const names = (text: string, title: string | null = null) => run(text, title).entities.map((e) => e.name);
const events = (text: string, title: string | null = null) => run(text, title).events.map((e) => [e.type, e.actor, e.target]);

describe('a demonym before "AI" names a category of companies, not one', () => {
  it('"Chinese AI and chip firms" is no party', () => {
    const t = 'Washington has put scores of Chinese AI and robotics companies on the Entity List since 2022.';
    expect(names(t)).not.toContain('Chinese AI');
    expect(events(t).map((e) => e[2])).not.toContain('Chinese AI');
  });

  it('"Chinese AI chip designer Tolvane Micro": the designer is the party', () => {
    const t = 'The Commerce Department on Monday added Chinese AI chip designer Tolvane Micro to the Entity List.';
    expect(names(t)).not.toContain('Chinese AI');
    expect(events(t)).toContainEqual(['RESTRICTION', 'Department of Commerce', 'Tolvane Micro']);
  });

  it('a name before "AI" still names a company', () => {
    const t = 'Halbrook Labs sued Brisa AI on Monday, accusing it of copying its model weights.';
    expect(events(t)).toContainEqual(['LEGAL_ACTION', 'Halbrook Labs', 'Brisa AI']);
  });
});

describe('a body whose name many states share is named by the state the text gives it', () => {
  it('"the Kenyan foreign ministry" acts as Kenya', () => {
    const t = 'The Kenyan foreign ministry on Friday urged Washington to withdraw the new chip rules within a month.';
    expect(events(t)).toContainEqual(['DEMAND', 'Kenya', 'United States']);
    expect(events(t).map((e) => e[1])).not.toContain('Ministry of Foreign Affairs');
  });

  it('"Chile\'s Ministry of Commerce" acts as Chile', () => {
    const t = "Chile's Ministry of Commerce accused Tarvel Robotics of dumping servers below cost.";
    expect(events(t)).toContainEqual(['ALLEGATION', 'Chile', 'Tarvel Robotics']);
  });

  it('with no state given, the body keeps its own name', () => {
    const t = 'The foreign ministry said on Friday that it firmly opposes the listing of Brenlow Systems and urged Washington to correct its mistake.';
    expect(events(t)).toContainEqual(['DEMAND', 'Ministry of Foreign Affairs', 'United States']);
  });
});

describe('a headline act restated in the text under another name of its sort', () => {
  it('the headline\'s short name for the regulator gives no second event', () => {
    const t = 'The Office of the Data Protection Commissioner fined Brenlow Systems 3 million shillings on Tuesday for sending customer records abroad.';
    const ev = events(t, 'Privacy Authority fines Brenlow Systems over data leak');
    expect(ev).toContainEqual(['RESTRICTION', 'Office of the Data Protection Commissioner', 'Brenlow Systems']);
    expect(ev.map((e) => e[1])).not.toContain('Privacy Authority');
  });

  it('a court\'s act in the headline stays beside a plaintiff\'s act in the text', () => {
    const t = 'Judge Ada Vell on Monday barred Brenlow Systems from selling the scanner until trial. Tarvel Robotics sued Brenlow Systems in March, claiming the design was copied.';
    const ev = events(t, 'Marren High Court bars Brenlow Systems from selling scanner');
    expect(ev).toContainEqual(['LEGAL_ACTION', 'Marren High Court', 'Brenlow Systems']);
    expect(ev).toContainEqual(['LEGAL_ACTION', 'Tarvel Robotics', 'Brenlow Systems']);
  });
});
