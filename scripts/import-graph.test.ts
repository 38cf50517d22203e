/**
 * The layering test: the import graph of src/ (tests left out) has only edges that go down the
 * layers (DESIGN.md §2), and nothing outside src/engine reaches past its entry points. Biome's
 * noRestrictedImports rules (biome.json) say the same file by file, in the editor.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ES module script without types
import { importGraph } from './import-graph.mjs';

/** What each folder may import, besides itself. */
const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  engine: [],
  // The languages and the catalogs (docs/i18n.md): the engine's messages and formatter under them.
  i18n: ['engine'],
  layout: ['engine'],
  store: ['engine', 'layout', 'i18n'],
  lessons: ['engine'],
  view: ['engine', 'layout', 'store', 'lessons', 'i18n'],
  'lessons/ui': ['engine', 'layout', 'store', 'lessons', 'view', 'i18n'],
  app: ['engine', 'layout', 'store', 'lessons', 'lessons/ui', 'view', 'i18n'],
  cli: ['engine', 'i18n'],
  verify: ['engine'],
  main: ['app', 'store', 'view', 'i18n'],
  'test-setup': ['engine', 'store'],
  // Support for tests only (src/test-support/packet-engine.ts loads the packet engine as the app does).
  'test-support': ['engine', 'store'],
};

describe('layers', () => {
  const graph = importGraph(resolve(import.meta.dirname, '..', 'src')) as {
    edges: Map<string, number>;
    pastIndex: string[];
  };

  it('import only downwards', () => {
    const upward = [...graph.edges.keys()].filter((edge) => {
      const [from = '', to = ''] = edge.split(' → ');
      return !(ALLOWED[from] ?? []).includes(to);
    });
    expect(upward).toEqual([]);
  });

  it('reach the engine only through its index (and the on-demand packet index)', () => {
    expect(graph.pastIndex).toEqual([]);
  });
});
