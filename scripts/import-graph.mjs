#!/usr/bin/env node
/**
 * Prints the import graph between the folders of src/ (engine, layout, store, lessons, view, app,
 * cli, verify): one line per edge with how many import statements make it, and the imports that
 * reach past engine/index.ts from outside src/engine. Tests are left out (they may import
 * anything); `--tests` counts them too. The rules themselves are in biome.json
 * (noRestrictedImports overrides); this shows the graph they keep.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

import { fileURLToPath } from 'node:url';

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s*'(\.[^']+)'|import\('(\.[^']+)'\)/g;

function sources(dir, withTests) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path, withTests);
    if (!/\.tsx?$/.test(e.name)) return [];
    if (!withTests && /\.test\.tsx?$/.test(e.name)) return [];
    return [path];
  });
}

/**
 * The graph of `root` (src/): how many files, the import count of each edge between two top-level
 * folders (`view → store`), and the imports from outside engine/ that reach past its entry points.
 */
export function importGraph(root, withTests = false) {
  // lessons/ui (the lesson player and panels) is a layer of its own above view; the rest of lessons/ is
  // the pure lesson data and checks under it.
  const folderOf = (file) => {
    const parts = relative(root, file).split(/[\\/]/);
    if (parts[0] === 'lessons' && parts[1] === 'ui') return 'lessons/ui';
    return (parts[0] ?? '').replace(/\.tsx?$/, '');
  };
  const edges = new Map();
  const pastIndex = [];
  let files = 0;
  for (const file of sources(root, withTests)) {
    files++;
    const from = folderOf(file);
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = resolve(dirname(file), m[1] ?? m[2]);
      if (!target.startsWith(root)) continue;
      const to = folderOf(target);
      if (to !== from) edges.set(`${from} → ${to}`, (edges.get(`${from} → ${to}`) ?? 0) + 1);
      const inEngine = relative(join(root, 'engine'), target).replaceAll('\\', '/');
      const entry =
        inEngine === 'index.ts' || inEngine === 'packet/index.ts' || inEngine === 'import/index.ts';
      if (from !== 'engine' && to === 'engine' && !entry && !inEngine.startsWith('test-support')) {
        pastIndex.push(`${relative(root, file)} → engine/${inEngine}`);
      }
    }
  }
  return { files, edges: new Map([...edges].sort()), pastIndex };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const withTests = process.argv.includes('--tests');
  const { files, edges, pastIndex } = importGraph(resolve(import.meta.dirname, '..', 'src'), withTests);
  console.log(`${files} files${withTests ? ' (tests included)' : ' (tests left out)'}`);
  for (const [edge, n] of edges) console.log(`${edge.padEnd(22)} ${n}`);
  console.log(`imports past engine/index.ts from outside src/engine: ${pastIndex.length}`);
  for (const line of pastIndex) console.log(`  ${line}`);
}
