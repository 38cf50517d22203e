/**
 * The gzipped size of what a first visit downloads: the scripts, module preloads and stylesheets
 * that dist/index.html references (favicon and other assets left out).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface AssetSize {
  readonly file: string;
  readonly bytes: number;
  readonly gzip: number;
}

const REFERENCE = /<(?:script[^>]*\ssrc|link[^>]*\srel="(?:stylesheet|modulepreload)"[^>]*\shref)="([^"]+)"/g;

export function firstLoadAssets(distDir: string): AssetSize[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(REFERENCE)].map((m) => (m[1] ?? '').replace(/^\.?\//, ''));
  return [...new Set(files)].map((file) => {
    const body = readFileSync(join(distDir, file));
    return { file, bytes: body.length, gzip: gzipSync(body, { level: 9 }).length };
  });
}
