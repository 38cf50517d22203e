import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { paramsOf } from './format.ts';
import * as zh from './zh-CN/index.ts';

const PARTS = readdirSync(new URL('./en/', import.meta.url)).filter((f) => f.endsWith('.ts'));

describe('the catalogs', () => {
  it('have the same parts in English and Chinese', async () => {
    expect(PARTS.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(Object.keys(zh).sort());
  });

  it.each(PARTS)('%s: the same ids with the same parameters, none empty', async (file) => {
    const part = file.replace(/\.ts$/, '');
    const en = (await import(`./en/${file}`))[part] as Record<string, string>;
    const cn = (zh as Record<string, Record<string, string>>)[part] ?? {};
    expect(Object.keys(cn).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(en)) {
      expect({ id, params: paramsOf(cn[id] ?? '') }).toEqual({ id, params: paramsOf(message) });
      expect(cn[id]?.trim(), id).not.toBe('');
    }
  });
});
