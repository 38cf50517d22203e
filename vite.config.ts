/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import {
  contentSecurityPolicy,
  firstLoadModules,
  firstScreenStyles,
  parsedPresets,
  scenarioSchema,
} from './scripts/vite-plugins.ts';

const firstLoad = firstLoadModules();

// The engine of the first screen: all but the packet engine, the cluster importer, the scenario
// reader, the preset notes, capacity, the inspector's artifacts, Terway's packet path, and the
// words of those (the groups below place them; the packet engine loads on demand, store/tracer.ts,
// and without its group the bundler put it in one chunk with the engine modules it shares).
const FIRST_SCREEN_ENGINE =
  /src[\\/]engine[\\/](?!packet[\\/]|import[\\/]|scenario[\\/]preset-notes|addressing[\\/]capacity|messages[\\/]en[\\/](loading|hops|drops|packetHops|dataplanes|capacity|clusterImport)|artifacts[\\/]|terway[\\/](packet[\\/]|artifacts|render|capacity))/;
// The layout but for the summary's tiles (loaded with a large scenario), the packet's anchors
// (with the packet layer) and the overview's briefs (with Briefs.tsx).
const FIRST_SCREEN_LAYOUT = /src[\\/]layout[\\/](?!summary-tiles|anchor|brief)/;

// base './' lets dist/ be served from any sub-path of any static server.
export default defineConfig({
  base: './',
  plugins: [
    react(),
    firstScreenStyles(import.meta.dirname),
    tailwindcss(),
    contentSecurityPolicy(),
    scenarioSchema(),
    parsedPresets(),
    firstLoad.plugin,
  ],
  server: { port: 5173, strictPort: false },
  build: {
    target: 'es2022',
    sourcemap: false,
    // Without the polyfill, a browser that does not know <link rel="modulepreload"> (Firefox
    // before 115, Safari before 17) fetches the first screen's chunks as the entry imports them,
    // a round trip later: the page works the same. It was a third of a kB of the first load.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Imported constants (the engine's limits, class-name strings, ids) written where they are
      // used, as the bundler does within a module: 0.63 kB less in the first load, 0.4 kB more
      // across the lazy chunks, which no longer import them.
      optimization: { inlineConst: { mode: 'all', pass: 3 } },
      // The engine is pure (no module runs anything its importers rely on), so a module whose
      // exports go unused need not be loaded: without this, engine/index.ts's re-export of the
      // scenario reader pulled the reader into the first load.
      treeshake: { moduleSideEffects: (id: string) => !/src[\\/]engine[\\/]/.test(id) },
      output: {
        // The packet engine loads on demand (store/tracer.ts). Without these groups the bundler puts
        // it in one chunk with the engine modules the first screen shares with it.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            // Terway's, the Services' and the what-if (faults) construction load when a scenario
            // runs them (engine/index.ts loadConstructionExtras, store/construction-extras.ts): the
            // article on VPC routes builds without them, and their words (the catalog parts
            // terwaySteps, serviceSteps and whatIfSteps) come with them. `construct` (all of it) is for the CLI and lazy parts.
            {
              name: 'construction-extras',
              test: /src[\\/]engine[\\/](construction[\\/](all-extras|construct|service-phase|what-if-phase)\.ts$|terway[\\/](cluster|node|pod|what-if)-phase\.ts$|terway[\\/](eni-pool|vswitch-addresses|security-group)\.ts$|services[\\/](cluster-ip|chain-names|kube-proxy-rules)\.ts$|net[\\/]sha256\.ts$|messages[\\/]en[\\/](terwaySteps|serviceSteps|whatIfSteps)\.ts$)/,
              priority: 3,
            },
            // The presets other than the article's, as files and parsed (the first screen has the
            // article's parsed alone: preset-article.ts) load when one is chosen or named in a link.
            {
              name: 'presets',
              test: /src[\\/]engine[\\/]scenario[\\/](presets|preset-files)\.ts$/,
              priority: 3,
            },
            // The tables that only the inspector's artifacts, the packet engine and Terway's
            // construction read (local routes, the bridge FDB, SNAT entries, Terway's policy tables).
            {
              name: 'tables',
              test: /src[\\/]engine[\\/](tables[\\/](index|local-routes|fdb|snat)|terway[\\/](tables|node-tables))\.ts$/,
              priority: 3,
            },
            // The inspector's artifact texts (Flannel's and Terway's) load with the inspector: in the
            // engine group the first load carried them.
            {
              name: 'artifacts',
              test: /src[\\/]engine[\\/](artifacts[\\/]|terway[\\/](artifacts|render)\.ts$)/,
              priority: 2,
            },
            // React in one chunk with react-dom: left alone, its small core moved between chunks as
            // lazy parts came and went, each move a chunk's overhead more in the first load.
            { name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 3 },
            // The packet engine with its words (the English catalogs of hops, drops, packetHops, dataplanes).
            {
              name: 'packet-engine',
              test: /src[\\/]engine[\\/]((terway[\\/])?packet[\\/]|messages[\\/]en[\\/](hops|drops|packetHops|dataplanes)\.ts$)/,
              priority: 1,
            },
            // The scenario reader (the schema, the validation passes and their words, ip-num's Validator) loads when a
            // scenario is read from a link, a file, the editor or a what-if: the built site carries
            // the presets parsed (scripts/vite-plugins.ts parsedPresets). valibot itself is not in it:
            // stored lesson progress is read with valibot too (when some is stored), so its small
            // chunk is shared. cni.ts (which CNI a scenario names) is read by the construction.
            {
              name: 'scenario-reader',
              test: /src[\\/]engine[\\/](scenario[\\/](?!types|defaults|preset|limits|json-value|input-text|title-text|first-problem|cni\.ts)[^\\/]+|messages[\\/]en[\\/](fileShape|validation)\.ts)$|[\\/]node_modules[\\/]ip-num[\\/]/,
              priority: 3,
            },
            // The first screen in one chunk (the entry itself aside): its engine, its layout and
            // the rest. Left to the bundler, the modules it shares with lazy parts came in a dozen
            // small chunks, each a chunk's overhead (about 2 kB in all); as three chunks (engine,
            // layout, the rest) they were 0.8 kB more than one, each compressed apart and linked by
            // name. The preload helper (lazy parts' loader) is in it too, a chunk less (0.17 kB).
            // Lazy parts import what they share from it. The language runtime and the
            // English words of the first screen are in it; Chinese (i18n/zh-CN) and the English of
            // lazy parts load with those parts. firstLoad is what the entry imports statically,
            // before tree-shaking: the engine (FIRST_SCREEN_ENGINE and the groups above place it),
            // valibot (imported for stored progress, used only when some is stored), the
            // stylesheet and the bundler's own modules (the preload helper, the modulepreload
            // polyfill) are left out. The shell imports the entry chunk for its side effects: so
            // main.tsx has no top-level await (see there), or a lazy chunk it awaits never loads.
            {
              name: 'shell',
              test: (id: string) =>
                /preload-helper|rolldown[\\/]runtime/.test(id) ||
                FIRST_SCREEN_ENGINE.test(id) ||
                FIRST_SCREEN_LAYOUT.test(id) ||
                (firstLoad.has(id) &&
                  !id.startsWith('\0') &&
                  !/\.css$|src[\\/](main\.tsx$|engine[\\/])|[\\/]node_modules[\\/]valibot[\\/]/.test(id)),
              priority: 2,
            },
            // The cluster importer (Files → Import from a cluster) uses the packet engine for its
            // diagnosis; in the engine group it would make the two chunks import each other.
            { name: 'cluster-import', test: /src[\\/]engine[\\/]import[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    setupFiles: ['src/test-setup.ts'],
    // Worker threads that keep their module cache from one test file to the next: each file no
    // longer imports and transforms the engine afresh, which was two thirds of the run's CPU time.
    // The tests mock nothing and no module keeps state a test depends on (a shuffled run passes).
    pool: 'threads',
    isolate: false,
    // Sized for a busy 2-core machine: with two runs side by side and a load average of 20, the
    // slowest test here without a timeout of its own took 6.4 s, and the 1,000-run construction
    // property 37 s. Property tests (120 s) and the tests that take a second idle (60 s) set their own.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
