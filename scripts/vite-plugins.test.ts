import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PRESET_NAMES, presetScenario } from '../src/engine/scenario/presets.ts';
import { firstScreenFiles } from './first-screen.ts';
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

describe("the first screen's modules (its stylesheet's sources)", () => {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const files = firstScreenFiles(`${root}src/main.tsx`).map((file) =>
    relative(root, file).replaceAll('\\', '/'),
  );

  it('are what the entry imports statically, and what those import', () => {
    expect(files).toContain('src/main.tsx');
    expect(files).toContain('src/app/Explorer.tsx');
    expect(files).toContain('src/view/topology/TopologyPanel.tsx');
    expect(files).toContain('src/first-screen.css');
  });

  it('leave out what loads on demand and what is imported for its types only', () => {
    // import('../view/inspector/SidePanels.tsx') in Explorer.tsx; `import type` of the packet engine.
    expect(files).not.toContain('src/view/inspector/SidePanels.tsx');
    expect(files).not.toContain('src/app/about/AboutText.tsx');
    expect(files).not.toContain('src/engine/packet/index.ts');
    expect(files).not.toContain('src/index.css');
  });
});
