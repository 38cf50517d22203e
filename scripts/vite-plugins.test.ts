import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetScenario } from '../src/engine/scenario/presets.ts';
import { parsedArticleModule, parsedPresetsModule } from './vite-plugins.ts';

describe('the presets parsed at build time', () => {
  it('are what the scenario reader makes of each preset', () => {
    const text = parsedPresetsModule();
    const data = /^const SCENARIOS = (.*);$/m.exec(text)?.[1];
    expect(data).toBeDefined();
    const scenarios = JSON.parse(data as string) as Record<string, unknown>;
    expect(Object.keys(scenarios)).toEqual([...PRESET_NAMES]);
    for (const name of PRESET_NAMES) expect(scenarios[name]).toEqual(presetScenario(name));
    expect(text).not.toMatch(/parseScenario|valibot|from '\.\/parse/);
  });

  it("give the first screen the article's alone, as the reader makes it", () => {
    const data = /^export const ARTICLE_SCENARIO = (.*);$/m.exec(parsedArticleModule())?.[1];
    expect(JSON.parse(data as string)).toEqual(presetScenario('article'));
  });
});
