import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENGINE_PARTS, paramsOf } from '../engine/index.ts';
import { ENGINE_PARTS_ZH } from './zh-CN/engine/index.ts';
import * as zh from './zh-CN/index.ts';

/** What the Chinese chunk holds besides the UI's parts: the engine's, the lessons' own words, the diagram's words and names. */
const NOT_UI_PARTS = new Set([
  'drawn',
  'elementName',
  'engine',
  'lessonAnswers',
  'lessonWords',
  'presetNote',
  'sayWord',
  'scenarioTitle',
]);

const PARTS = readdirSync(new URL('./en/', import.meta.url)).filter((f) => f.endsWith('.ts'));

describe('the catalogs', () => {
  it('have the same parts in English and Chinese', async () => {
    expect(PARTS.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(
      Object.keys(zh)
        .filter((part) => !NOT_UI_PARTS.has(part))
        .sort(),
    );
  });

  it.each(PARTS)('%s: the same ids with the same parameters, none empty', async (file) => {
    const part = file.replace(/\.ts$/, '');
    const en = (await import(`./en/${file}`))[part] as Record<string, string>;
    const cn = (zh as unknown as Record<string, Record<string, string>>)[part] ?? {};
    expect(Object.keys(cn).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(en)) {
      expect({ id, params: paramsOf(cn[id] ?? '') }).toEqual({ id, params: paramsOf(message) });
      expect(cn[id]?.trim(), id).not.toBe('');
    }
  });
});

describe("the engine's catalogs", () => {
  it('have the same parts in English and Chinese', () => {
    expect(Object.keys(ENGINE_PARTS_ZH).sort()).toEqual(Object.keys(ENGINE_PARTS).sort());
  });

  it.each(Object.keys(ENGINE_PARTS))('%s: the same ids with the same parameters, none empty', (part) => {
    const en = (ENGINE_PARTS as Record<string, Record<string, string>>)[part] ?? {};
    const cn = (ENGINE_PARTS_ZH as Record<string, Record<string, string>>)[part] ?? {};
    expect(Object.keys(cn).sort()).toEqual(Object.keys(en).sort());
    for (const [id, message] of Object.entries(en)) {
      expect({ id, params: paramsOf(cn[id] ?? '') }).toEqual({ id, params: paramsOf(message) });
      expect(cn[id]?.trim(), id).not.toBe('');
    }
  });
});
