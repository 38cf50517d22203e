/**
 * Place ids are written and read in one module (places.ts): no other source file builds
 * `kind:${name}` by hand, spells a place id as a string, or tells kinds apart by their prefix.
 * Tests may (they state expectations), and so may the lesson catalog, which is authored data in
 * the public endpoint syntax (DESIGN.md §3.2) and is run against the engine by its own test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..');
const KINDS = '(?:node|pod|external|vswitch|host|route)';
const FORBIDDEN: readonly RegExp[] = [
  new RegExp(`\`${KINDS}:\\$\\{`),
  // …but a sentence may show the form (`'pod:NAME, node:NAME'`).
  new RegExp(`'${KINDS}:(?![A-Z])[^']*'`),
  new RegExp(`startsWith\\('${KINDS}:'\\)`),
  /'vrouter'/,
];
const ALLOWED = [/^engine\/places\.ts$/, /\.test\.tsx?$/, /^lessons\/catalog\//, /^engine\/test-support\//];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The code lines of a file: comments may show ids as examples, and `node:fs` is a module. */
function codeLines(text: string): string[] {
  return text.split('\n').filter((line) => !/^\s*(\*|\/\/|\/\*|import )/.test(line));
}

describe('place ids', () => {
  it('are built and parsed only by engine/places.ts', () => {
    const offenders: string[] = [];
    for (const file of sources(SRC)) {
      const name = relative(SRC, file).replaceAll('\\', '/');
      if (ALLOWED.some((re) => re.test(name))) continue;
      for (const line of codeLines(readFileSync(file, 'utf8'))) {
        if (FORBIDDEN.some((re) => re.test(line))) offenders.push(`${name}: ${line.trim()}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
