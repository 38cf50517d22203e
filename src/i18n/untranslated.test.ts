/**
 * What of the UI is still English only: a count, by folder, of the words the UI's source shows
 * without the catalogs (JSX text, labels and titles, sentences in quotes). Each session that moves
 * strings into the catalogs lowers REMAINING; the list printed tells the next one where they are.
 * A heuristic: it counts what looks like English prose, not every string.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../', import.meta.url).pathname;
const UI = ['app', 'view', 'lessons/ui'];
/** At most this many remain: none (it only goes down). */
const REMAINING = 0;

const PATTERNS = [
  // Text between tags on one line: `>Edit scenario<`.
  />\s*([A-Z][A-Za-z'’,.:;()…→ -]*[a-z][A-Za-z'’,.:;()…→ -]*)\s*</g,
  // A line of JSX text alone: `        Edit scenario`.
  /^\s+([A-Z][a-z]+(?: [A-Za-z'’,.:;()…→-]+)*[.?!:…)]?)$/gm,
  // Labels, titles, placeholders and the names of parts that failed to load.
  /\b(?:aria-label|title|placeholder|alt|what|label)=["']([^"']*[A-Za-z]{2,}[^"']*)["']/g,
  // A sentence in quotes: a capital, then words with spaces.
  /['`]([A-Z][a-z]+(?: [A-Za-z0-9'’,.:;()…→/-]+)+[.?!]?)['`]/g,
];

/**
 * What the patterns catch that is not English for a reader: the brand (PodPath, in every
 * language), a TypeScript type (`=> Promise<T>`), the glossary's search spellings and its Chinese
 * term kept in Latin as Alibaba Cloud's docs write it.
 */
const NOT_PROSE = new Set(['Pod', 'Path', 'Promise', 'Cloud Controller Manager', 'Pod CIDR']);

/** A placeholder filled in the page's language (`aria-label="{steps}"`), not words. */
const PLACEHOLDER = /^\{\w+\}$/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Comments are not UI. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function englishIn(file: string): string[] {
  const text = withoutComments(readFileSync(file, 'utf8'));
  return PATTERNS.flatMap((pattern) => [...text.matchAll(pattern)].map((m) => (m[1] ?? '').trim())).filter(
    (found) => !NOT_PROSE.has(found) && !PLACEHOLDER.test(found),
  );
}

describe('English-only UI strings', () => {
  it('are counted, by folder, and do not grow', () => {
    const byFolder = new Map<string, string[]>();
    for (const dir of UI) {
      for (const file of sourceFiles(join(ROOT, dir))) {
        const found = englishIn(file);
        if (found.length === 0) continue;
        const folder = relative(ROOT, file).split('/').slice(0, -1).join('/');
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...found]);
      }
    }
    const total = [...byFolder.values()].reduce((sum, list) => sum + list.length, 0);
    const lines = [...byFolder].sort().map(([folder, list]) => `  ${folder}: ${list.length}`);
    console.log(`English-only UI strings left: ${total}\n${lines.join('\n')}`);
    if (process.env.LIST_UNTRANSLATED)
      console.log([...byFolder].map(([f, l]) => `${f}: ${l.join(' | ')}`).join('\n'));
    expect(total).toBeLessThanOrEqual(REMAINING);
  });
});
