// The benchmark's own logic (not its measurements, which stay out of CI): reading GNU time's line, the median,
// and the generated stories, articles and events the extraction and placement benchmarks run on.
import { describe, expect, it } from 'vitest';
import { median, parseTimeOutput, pinnedCpu } from '../../../bench/lib/measure.ts';
import { makeStories, makeStoryArticle, storyEventsOf } from '../../../bench/lib/stories.ts';
import { extract } from '../../../extract/index.ts';

describe('bench measure helpers', () => {
  it('reads the peak RSS from the marked line GNU time appends, and leaves the rest of stderr', () => {
    const { peakRssMb, rest } = parseTimeOutput('extract: done articles=1 errors=0\n@@bench-maxrss-kb=122880\n');
    expect(peakRssMb).toBe(120);
    expect(rest).toBe('extract: done articles=1 errors=0\n');
    expect(parseTimeOutput('no mark here').peakRssMb).toBeNull();
  });

  it('takes the median of odd and even counts without reordering its input', () => {
    const xs = [900, 410, 530, 470, 2000];
    expect(median(xs)).toBe(530);
    expect(xs[0]).toBe(900);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('pins to the last CPU, and to CPU 0 on a one-CPU machine', () => {
    expect(pinnedCpu(2)).toBe(1);
    expect(pinnedCpu(1)).toBe(0);
  });
});

describe('bench stories', () => {
  const stories = makeStories(400);

  it('makes several hundred stories, each with distinct accuser and accused', () => {
    expect(stories).toHaveLength(400);
    for (const s of stories) expect(s.accuser.name).not.toBe(s.accused.name);
    expect(new Set(stories.map((s) => s.accused.name)).size).toBeGreaterThan(150);
  });

  it('writes deterministic articles of about 4,000 characters, most of them reporting a story by its parties', () => {
    const articles = Array.from({ length: 200 }, (_, i) => makeStoryArticle(stories, i));
    expect(makeStoryArticle(stories, 17)).toEqual(articles[17]);
    const mean = articles.reduce((s, a) => s + a.text.length, 0) / articles.length;
    expect(mean).toBeGreaterThan(3800);
    expect(mean).toBeLessThan(4800);
    const withStory = articles.filter((a) => a.story !== null);
    expect(withStory.length / articles.length).toBeGreaterThan(0.65);
    for (const a of withStory) expect(a.text).toContain(stories[a.story! - 1]!.accused.name);
  });

  it('gives the extractor events to find in a story article and none to invent in a plain business one', () => {
    const story = Array.from({ length: 40 }, (_, i) => makeStoryArticle(stories, i)).find((a) => a.story !== null)!;
    expect(extract(story).events.length).toBeGreaterThan(0);
    const plain = Array.from({ length: 40 }, (_, i) => makeStoryArticle(stories, i)).find((a) => a.story === null)!;
    expect(extract(plain).events).toHaveLength(0);
  });

  it('gives placement the steps of the article\'s own story, dated no later than the article', () => {
    for (let i = 0; i < 50; i++) {
      const { story, published, events } = storyEventsOf(stories, i);
      expect(story === null).toBe(events.length === 0);
      expect(story?.id ?? null).toBe(makeStoryArticle(stories, i).story);
      for (const e of events) expect(e.date <= published).toBe(true);
    }
  });
});
