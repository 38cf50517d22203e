import { describe, expect, it } from 'vitest';
import { BAD_CORPUS, BASE } from './bad-corpus.ts';
import { parseScenario } from './parse.ts';

describe('bad scenario corpus', () => {
  it('has at least 45 cases with unique names', () => {
    expect(BAD_CORPUS.length).toBeGreaterThanOrEqual(45);
    expect(new Set(BAD_CORPUS.map((c) => c.name)).size).toBe(BAD_CORPUS.length);
  });

  it('starts from a valid base', () => {
    expect(parseScenario(BASE)).toMatchObject({ ok: true });
  });

  it.each(BAD_CORPUS)('$name', ({ input, expectPaths }) => {
    let result: ReturnType<typeof parseScenario> | undefined;
    expect(() => {
      result = parseScenario(input);
    }).not.toThrow();
    if (!result || result.ok) throw new Error('expected the scenario to be refused');
    const paths = result.errors.map((e) => e.path);
    for (const path of expectPaths) expect(paths).toContain(path);
    for (const error of result.errors) {
      expect(error.path.length).toBeGreaterThan(0);
      expect(error.message.trim().length).toBeGreaterThan(0);
      // Hostile input is quoted shortened: no message carries a 10,000-character string back.
      expect(error.path.length + error.message.length).toBeLessThan(600);
    }
  });
});
