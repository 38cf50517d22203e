#!/usr/bin/env node
/**
 * `npm run cli`: runs the command line (src/cli/main.ts) from one bundle cached in
 * node_modules/.cache/podpath-cli/, so a start takes about 0.2 s and 70 MB instead of tsx
 * compiling some 190 sources on every start. The bundle is built with esbuild (the one tsx runs
 * on) when it is missing or when any file it was built from changed: its first line names those
 * files and a digest of their contents (contents, not times: a clone or a checkout gives every
 * file a new mtime, and a copy can keep an old one). `--build` only builds it; npm's `prepare`
 * does that after `npm ci`, so even the first command starts warm.
 * PODPATH_CLI_CACHE points the cache elsewhere (the tests build in a temporary folder).
 * The bundle has no source map (it would cost 6 MB at every start), so an internal error's stack
 * points into it; `node --import tsx src/cli/main.ts …` runs the sources themselves.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = 'src/cli/main.ts';
const CACHE = process.env.PODPATH_CLI_CACHE || join(ROOT, 'node_modules', '.cache', 'podpath-cli');
const BUNDLE = join(CACHE, 'main.mjs');
const MARK = '// podpath-cli ';
/** Files that shape the bundle besides the sources it imports. */
const SETTINGS = ['scripts/cli.mjs', 'tsconfig.json', 'node_modules/esbuild/package.json'];

/** One digest over the files' names and contents; undefined when one cannot be read. */
function digest(files) {
  const hash = createHash('sha256');
  try {
    for (const file of files) hash.update(`${file}\0`).update(readFileSync(join(ROOT, file)));
  } catch {
    return undefined;
  }
  return hash.digest('hex');
}

/** The cached bundle if it was built from the files as they are now. */
function freshBundle() {
  let code;
  try {
    code = readFileSync(BUNDLE, 'utf8');
  } catch {
    return undefined;
  }
  const header = code.slice(0, code.indexOf('\n'));
  if (!header.startsWith(MARK)) return undefined;
  try {
    const { inputs, sha256 } = JSON.parse(header.slice(MARK.length));
    return digest(inputs) === sha256 ? code : undefined;
  } catch {
    return undefined;
  }
}

/** Bundles the command line; its text with the header naming what it was built from. */
async function buildBundle() {
  const esbuild = await import('esbuild');
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: BUNDLE,
    write: false,
    metafile: true,
    logLevel: 'error',
  });
  const inputs = [...SETTINGS, ...Object.keys(result.metafile.inputs).sort()];
  const header = `${MARK}${JSON.stringify({ inputs, sha256: digest(inputs) })}\n`;
  return header + result.outputFiles[0].text;
}

/** Writes the bundle in one rename, so a concurrent start reads the old or the new, never half. */
function store(code) {
  mkdirSync(CACHE, { recursive: true });
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  writeFileSync(temporary, code);
  renameSync(temporary, BUNDLE);
}

/** The bundle's URL, built first if the cached one is missing or stale. */
async function bundle() {
  if (freshBundle() !== undefined) return pathToFileURL(BUNDLE).href;
  const code = await buildBundle();
  try {
    store(code);
    return pathToFileURL(BUNDLE).href;
  } catch {
    // A read-only node_modules: run this build from a private temporary folder, kept no longer.
    const folder = mkdtempSync(join(tmpdir(), 'podpath-cli-'));
    process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
    writeFileSync(join(folder, 'main.mjs'), code);
    return pathToFileURL(join(folder, 'main.mjs')).href;
  }
}

if (process.argv[2] === '--build') {
  // After `npm ci`: a source that does not build must not fail the install; the next
  // `npm run cli` tries again and shows esbuild's error.
  try {
    if (freshBundle() === undefined) store(await buildBundle());
  } catch (error) {
    process.stderr.write(`podpath: the command line was not bundled: ${error?.message ?? error}\n`);
  }
} else {
  let url;
  try {
    url = await bundle();
  } catch (error) {
    process.stderr.write(
      `podpath: cannot bundle the command line (scripts/cli.mjs): ${error?.message ?? error}\n`,
    );
    process.exit(1);
  }
  await import(url);
}
