/**
 * The first screen's source files: what src/main.tsx imports statically, and what those import
 * (type-only imports and dynamic imports left out). Its stylesheet is made from these alone
 * (scripts/vite-plugins.ts firstScreenStyles): the rest of the page's utilities load with the
 * lazy parts that use them. Read from the sources, not from the bundler's module graph
 * (vite-plugins.ts firstLoadModules walks that one): the stylesheet is made while the graph is
 * still being built, and the graph is whole only at its end.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

// `import x from './a.ts'`, `import './a.css'`, `export { x } from './a.ts'`, over several lines;
// `import type` and `export type` are erased by the compiler and load nothing.
const STATIC_IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?'(\.[^']+)'/g;

export function firstScreenFiles(entry: string): string[] {
  const files = new Set<string>();
  const stack = [resolve(entry)];
  while (stack.length > 0) {
    const file = stack.pop() as string;
    if (files.has(file) || !existsSync(file)) continue;
    files.add(file);
    if (!/\.tsx?$/.test(file)) continue;
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC_IMPORT)) {
      stack.push(resolve(dirname(file), m[1] as string));
    }
  }
  return [...files].sort();
}
