import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect } from 'vitest';

/** `UPDATE_GOLDEN=1` rewrites golden files instead of comparing against them. */
export const UPDATE_GOLDEN = process.env.UPDATE_GOLDEN === '1';

/**
 * Compares `text` with the golden file at `path`. On a difference it writes `path.changed` next
 * to it (for review, and for copying over once the change is intended) and fails.
 */
export function expectGolden(path: string, text: string): void {
  const changed = `${path}.changed`;
  if (UPDATE_GOLDEN) writeFileSync(path, text);
  const golden = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (golden === text) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, text);
  expect.fail(`${path} differs from its golden (or has none); see ${changed}`);
}
