import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomScenario } from '../test-support/random-scenario.ts';
import { BASE } from './bad-corpus.ts';
import { parseScenario } from './parse.ts';
import { parseJsonText } from './pods-text.ts';

/** What JSON.parse makes of `text`: its value, or its error's message. */
function byJsonParse(text: string): unknown {
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

function byScanner(text: string): unknown {
  try {
    return { value: parseJsonText(text) };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

const pods = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    name: `p-${i}`,
    node: i % 2 ? 'node-a' : 'node-b',
    containers: ['app'],
  }));

describe('parseJsonText', () => {
  it('gives what JSON.parse gives for random scenarios, compact and indented', () => {
    fc.assert(
      fc.property(randomScenario, fc.constantFrom(undefined, 1, 2, '\t'), (file, indent) => {
        const text = JSON.stringify(file, null, indent);
        expect(byScanner(text)).toEqual(byJsonParse(text));
      }),
      { numRuns: 300 },
    );
  });

  it('gives what JSON.parse gives when any character of a pods list is changed, added or dropped', () => {
    const text = JSON.stringify({ ...BASE, pods: pods(3) }, null, 1);
    const start = text.indexOf('"pods"');
    const chars = ['', ' ', '"', '\\', ',', ':', '[', ']', '{', '}', '\u0001', 'x', '0', '\n'];
    fc.assert(
      fc.property(
        fc.integer({ min: start, max: text.length - 1 }),
        fc.constantFrom(...chars),
        fc.boolean(),
        (at, char, insert) => {
          const changed = text.slice(0, at) + char + text.slice(insert ? at : at + 1);
          expect(byScanner(changed)).toEqual(byJsonParse(changed));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['pods named inside another object', '{"vpc":{"pods":[{"name":"a","node":"b"}]},"x":1}'],
    ['pods a string value', '{"a":["pods"],"pods":[]}'],
    ['pods written twice', '{"pods":[{"name":"a","node":"b"}],"pods":[]}'],
    ['a key spelt with an escape', '{"pods":[{"name":"a","node":"b"}],"po\\u0064s":0}'],
    ['a control character in a name', '{"pods":[{"name":"a\u0001","node":"b"}]}'],
    ['a pod key out of order', '{"pods":[{"node":"b","name":"a"}]}'],
    ['a pod with another key', '{"pods":[{"name":"a","node":"b","ip":"10.0.0.1"}]}'],
    ['containers not a list', '{"pods":[{"name":"a","node":"b","containers":"app"}]}'],
    ['a trailing comma', '{"pods":[{"name":"a","node":"b"},]}'],
    ['pods not closed', '{"pods":[{"name":"a","node":"b"}'],
    ['a file that is a list', '[{"pods":[]}]'],
    ['text after the file', '{"pods":[]} x'],
    ['an empty list', '{ "pods" : [ ] }'],
    ['pods without containers', '{"pods":[{"name":"a","node":"b"},{"name":"c","node":"d"}]}'],
  ])('gives what JSON.parse gives for %s', (_, text) => {
    expect(byScanner(text)).toEqual(byJsonParse(text));
  });

  it('reads the pods of a large file itself, and parseScenario reads the file the same either way', () => {
    const file = { ...BASE, pods: pods(3) };
    const text = JSON.stringify(file, null, 2);
    const value = parseJsonText(text) as { pods: { containers: unknown }[] };
    // Text for text the same containers: one list (the mark the scanner read the pods).
    expect(value.pods[0]?.containers).toBe(value.pods[1]?.containers);
    const read = parseScenario(text);
    expect(read.ok).toBe(true);
    expect(read).toEqual(parseScenario(file));
  });
});
