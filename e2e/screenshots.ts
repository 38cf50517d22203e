import { fileURLToPath } from 'node:url';

/**
 * Where an e2e screenshot goes: test-results/screenshots/<name>.png, outside git (test-results/ is
 * ignored), rewritten by every run. They are for people to look at after a run; no test compares
 * them.
 */
export function screenshotPath(name: string): string {
  return fileURLToPath(new URL(`../test-results/screenshots/${name}.png`, import.meta.url));
}
