import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// NOTE: on Node 20 an object spread gives each result its own hidden class (415 shapes for 500
// spread node objects) and every later read of such objects misses its inline cache (issue 16).
// The folders that build the world and walk packets build their objects field by field instead.
const HOT_PATHS = ['construction', 'packet', 'world', 'addressing', 'tables'];

/** Every object spread (`{ ...x }`) in the non-test sources of the hot-path folders. */
function objectSpreads(): string[] {
  const found: string[] = [];
  for (const folder of HOT_PATHS) {
    const dir = new URL(`./${folder}/`, import.meta.url);
    for (const file of readdirSync(dir)) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const text = readFileSync(new URL(file, dir), 'utf8');
      const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
      const visit = (node: ts.Node): void => {
        if (ts.isSpreadAssignment(node)) {
          const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
          found.push(`${folder}/${file}:${line}: ${node.getText()}`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
  }
  return found;
}

describe('engine hot paths', () => {
  it('build objects without object spreads', () => {
    expect(objectSpreads()).toEqual([]);
  });

  it('would see a spread (the check can fail)', () => {
    const source = ts.createSourceFile('x.ts', 'const a = { ...b, c: 1 };', ts.ScriptTarget.Latest, true);
    let spreads = 0;
    const visit = (node: ts.Node): void => {
      if (ts.isSpreadAssignment(node)) spreads++;
      ts.forEachChild(node, visit);
    };
    visit(source);
    expect(spreads).toBe(1);
  });
});
