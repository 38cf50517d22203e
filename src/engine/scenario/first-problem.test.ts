import { describe, expect, it } from 'vitest';
import { firstProblem } from './first-problem.ts';
import { parseScenario } from './parse.ts';
import { PRESETS } from './presets.ts';

describe('firstProblem', () => {
  it('names the first problem and counts the rest, in the singular or plural', () => {
    const one = { path: 'nodes[0].ip', message: 'is bad' };
    expect(firstProblem([one])).toMatchObject({ path: 'nodes[0].ip', text: 'is bad' });
    expect(firstProblem([one]).reason).toMatchObject({
      id: 'firstProblem',
      params: { problem: 'is bad', rest: 0 },
    });
    expect(firstProblem([one, one]).text).toBe('is bad (and 1 more problem)');
    expect(firstProblem([one, one, one]).text).toBe('is bad (and 2 more problems)');
  });
});

describe('parseScenario', () => {
  it('returns the document it read, as written, beside the resolved scenario', () => {
    const text = `\uFEFF${JSON.stringify(PRESETS.small)}`;
    const result = parseScenario(text);
    if (!result.ok) throw new Error('small is valid');
    expect(result.file).toEqual(PRESETS.small);
    expect(parseScenario(PRESETS.small)).toMatchObject({ ok: true, file: PRESETS.small });
  });
});
