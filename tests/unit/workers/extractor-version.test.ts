import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extractorDigest, EXTRACTOR_MAJOR } from '../../../workers/extractor-version.ts';
import { EXTRACTOR_VERSION } from '../../../workers/extract-article.ts';

describe('the extractor version follows its sources', () => {
  it('is the major number and a digest of extract/', () => {
    expect(EXTRACTOR_VERSION).toMatch(new RegExp(`^${EXTRACTOR_MAJOR}\\.[0-9a-f]{12}$`));
    expect(EXTRACTOR_VERSION).toBe(`${EXTRACTOR_MAJOR}.${extractorDigest()}`);
  });

  it('changes with a rule or word list, not with the README or a training script', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bw-xv-'));
    try {
      mkdirSync(join(dir, 'lang', 'en'), { recursive: true });
      mkdirSync(join(dir, 'learn'));
      writeFileSync(join(dir, 'events.ts'), 'export const A = 1;\n');
      writeFileSync(join(dir, 'lang', 'en', 'cues.ts'), "export const W = ['sue'];\n");
      writeFileSync(join(dir, 'gazetteer.json'), '{"entities": []}\n');
      writeFileSync(join(dir, 'README.md'), '# notes\n');
      writeFileSync(join(dir, 'learn', 'train.ts'), 'export {};\n');
      const d0 = extractorDigest(dir);
      expect(extractorDigest(dir)).toBe(d0);
      writeFileSync(join(dir, 'README.md'), '# other notes\n');
      writeFileSync(join(dir, 'learn', 'train.ts'), 'export const x = 2;\n');
      expect(extractorDigest(dir)).toBe(d0);
      writeFileSync(join(dir, 'lang', 'en', 'cues.ts'), "export const W = ['sue', 'indict'];\n");
      const d1 = extractorDigest(dir);
      expect(d1).not.toBe(d0);
      writeFileSync(join(dir, 'gazetteer.json'), '{"entities": [{"name": "X"}]}\n');
      expect(extractorDigest(dir)).not.toBe(d1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
