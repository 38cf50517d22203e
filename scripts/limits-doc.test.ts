/**
 * docs/limits.md is the one table of PodPath's limits: every row names a constant, its value and
 * the module that holds it, and every number of the engine's limits module has a row.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as engineLimits from '../src/engine/scenario/limits.ts';

interface Row {
  readonly name: string;
  readonly value: number;
  readonly where: string;
}

function tableRows(): Row[] {
  const text = readFileSync(resolve(import.meta.dirname, '../docs/limits.md'), 'utf8');
  return text
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      return {
        name: (cells[1] ?? '').replaceAll('`', ''),
        value: Number((cells[2] ?? '').replaceAll(',', '')),
        where: (cells[4] ?? '').replaceAll('`', ''),
      };
    });
}

describe('docs/limits.md', () => {
  const rows = tableRows();

  it('gives each constant the value its module holds', async () => {
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) {
      const module = (await import(`../src/${row.where}`)) as Record<string, unknown>;
      expect(module[row.name], `${row.name} in ${row.where}`).toBe(row.value);
    }
  });

  it("lists every number of the engine's limits module", () => {
    const named = new Set(rows.map((r) => r.name));
    for (const [name, value] of Object.entries(engineLimits)) {
      if (typeof value === 'number') expect(named.has(name), `${name} has a row`).toBe(true);
    }
  });
});
