import { MAX_INPUT_BYTES } from '../engine/index.ts';
import type { CliIo } from './io.ts';
import { InputTooLargeError } from './read-limited.ts';
import { terminalSafe } from './terminal-safe.ts';

/** A CliIo for tests: files from a record, stdin from a string, output collected as text. */
export interface CapturedIo extends CliIo {
  /** Everything written to standard output so far. */
  readonly stdout: () => string;
  /** Everything written to standard error so far. */
  readonly stderr: () => string;
}

type FileContent = string | Uint8Array;

function bytesOf(content: FileContent): Uint8Array {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  if (bytes.length > MAX_INPUT_BYTES) throw new InputTooLargeError(MAX_INPUT_BYTES);
  return bytes;
}

/**
 * An in-memory CliIo like the real one (output made terminal-safe, input bounded); reading a path
 * missing from `files` fails like a missing file. Files are text or raw bytes.
 */
export function captureIo(files: Record<string, FileContent> = {}, stdin: FileContent = ''): CapturedIo {
  let out = '';
  let err = '';
  return {
    out: (text) => {
      out += `${terminalSafe(text)}\n`;
    },
    err: (text) => {
      err += `${terminalSafe(text)}\n`;
    },
    readBytes: async (path) => {
      if (path === '-') return bytesOf(stdin);
      if (Object.hasOwn(files, path)) return bytesOf(files[path] as FileContent);
      throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' });
    },
    stdout: () => out,
    stderr: () => err,
  };
}
