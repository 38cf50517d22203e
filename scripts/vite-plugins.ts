/** Build steps of the site (vite.config.ts): the Content-Security-Policy and the scenario schema. */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { scenarioJsonSchema } from '../src/engine/scenario/json-schema.ts';
import { PRESET_NAMES, presetScenario } from '../src/engine/scenario/presets.ts';
import { CONTENT_SECURITY_POLICY } from './csp.ts';
import { firstScreenFiles } from './first-screen.ts';

export const SCHEMA_FILE = 'scenario.schema.json';

/**
 * The CSP <meta>, in the built index.html only: the dev server's React Refresh preamble is an
 * inline script, which the policy forbids.
 */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'podpath:csp',
    apply: 'build',
    // Right after <meta charset>: a policy in a <meta> governs only what comes after it.
    transformIndexHtml(html) {
      const charset = /<meta charset="[^"]*"\s*\/?>/i;
      if (!charset.test(html)) throw new Error('index.html needs <meta charset> for the CSP to follow');
      const meta = `<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`;
      return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
    },
  };
}

/** `scenario.schema.json` next to index.html, made from the scenario file's description (json-schema.ts). */
export function scenarioSchema(): Plugin {
  const source = `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
  return {
    name: 'podpath:scenario-schema',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: SCHEMA_FILE, source });
    },
    configureServer(server) {
      server.middlewares.use(`/${SCHEMA_FILE}`, (_req, res) => {
        res.setHeader('Content-Type', 'application/schema+json');
        res.end(source);
      });
    },
  };
}

/** The module the build gives in place of src/engine/scenario/presets.ts. */
export function parsedPresetsModule(): string {
  const scenarios = Object.fromEntries(PRESET_NAMES.map((name) => [name, presetScenario(name)]));
  return [
    "export { PRESET_NAMES, PRESETS } from './preset-files.ts';",
    `const SCENARIOS = ${JSON.stringify(scenarios)};`,
    '/** The parsed preset, parsed when the site was built. */',
    'export function presetScenario(name) {',
    '  return SCENARIOS[name];',
    '}',
    '',
  ].join('\n');
}

/** The module the build gives in place of src/engine/scenario/preset-article.ts. */
export function parsedArticleModule(): string {
  return `export const ARTICLE_SCENARIO = ${JSON.stringify(presetScenario('article'))};\n`;
}

/**
 * The presets parsed at build time: the built site's presets.ts holds their parsed form as data,
 * so the validator (valibot and the scenario schema) loads only when a scenario is read from a
 * link, a file or the editor; preset-article.ts holds the article's alone, for the first screen.
 */
export function parsedPresets(): Plugin {
  return {
    name: 'podpath:parsed-presets',
    apply: 'build',
    load(id) {
      const path = id.replaceAll('\\', '/');
      if (path.endsWith('/src/engine/scenario/presets.ts')) return parsedPresetsModule();
      if (path.endsWith('/src/engine/scenario/preset-article.ts')) return parsedArticleModule();
      return null;
    },
  };
}

/**
 * The modules the first screen loads: what the entry imports statically, and what those import.
 * Filled when the module graph is complete (buildEnd), read by the `shell` chunk group of
 * vite.config.ts while the chunks are made, which come after.
 */
export function firstLoadModules(): { readonly plugin: Plugin; readonly has: (id: string) => boolean } {
  const modules = new Set<string>();
  const plugin: Plugin = {
    name: 'podpath:first-load-modules',
    apply: 'build',
    buildEnd() {
      modules.clear();
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const stack = [...entries];
      while (stack.length > 0) {
        const id = stack.pop() as string;
        if (modules.has(id)) continue;
        modules.add(id);
        stack.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => modules.has(id) };
}

/** The modules whose imports load the whole stylesheet: the page's parts outside the first screen. */
const UI_MODULE = /[\\/]src[\\/](app|view|lessons[\\/]ui)[\\/][^?]*(?<!\.test)\.tsx?$/;

/**
 * Two stylesheets, so the first load carries the first screen's utilities alone: src/first-screen.css
 * (imported by src/main.tsx) is given the first screen's modules as its only @source, and every
 * module of the page's parts outside them (app, view, lessons/ui) imports src/index.css, the whole
 * stylesheet, which the bundler then loads with the lazy chunk that holds the module, before the
 * chunk runs. Not in tests, which load no stylesheet.
 */
export function firstScreenStyles(root: string): Plugin {
  const src = resolve(root, 'src');
  const whole = resolve(src, 'index.css');
  const firstScreen = resolve(src, 'first-screen.css');
  let files = new Set<string>();
  return {
    name: 'podpath:first-screen-styles',
    enforce: 'pre',
    apply: () => !process.env.VITEST,
    buildStart() {
      files = new Set(firstScreenFiles(resolve(src, 'main.tsx')));
    },
    load(id) {
      if (resolve(id.split('?')[0] as string) !== firstScreen) return null;
      // The engine has no class names, only words that would read as utilities ("hidden", "table").
      const sources = [...files]
        .filter((file) => /\.tsx?$/.test(file) && !file.startsWith(resolve(src, 'engine')))
        .map((file) => `@source "./${relative(src, file).replaceAll('\\', '/')}";`);
      return `${readFileSync(firstScreen, 'utf8')}\n${sources.join('\n')}\n`;
    },
    transform(code, id) {
      const file = id.split('?')[0] as string;
      if (!UI_MODULE.test(file) || files.has(resolve(file))) return null;
      const path = relative(dirname(file), whole).replaceAll('\\', '/');
      // At the end, so the module's source map still holds for every line above it.
      return { code: `${code}\nimport '${path.startsWith('.') ? path : `./${path}`}';\n`, map: null };
    },
  };
}
