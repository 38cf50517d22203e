import type { CliIo } from './io.ts';

/** A CliIo for tests: files from a record, stdin from a string, output collected as text. */
export interface CapturedIo extends CliIo {
  /** Everything written to standard output so far. */
  readonly stdout: () => string;
  /** Everything written to standard error so far. */
  readonly stderr: () => string;
}

/** An in-memory CliIo; reading a path missing from `files` fails like a missing file. */
export function captureIo(files: Record<string, string> = {}, stdin = ''): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += `${text}\n`;
    },
    err: (text) => {
      err += `${text}\n`;
    },
    readText: async (path) => {
      if (path === '-') return stdin;
      if (Object.hasOwn(files, path)) return files[path] as string;
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: () => out,
    stderr: () => err,
  };
}
