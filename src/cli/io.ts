/**
 * Where the command line reads and writes. Commands get a CliIo instead of touching `process`,
 * so tests can run them in-process and read what they printed.
 */
import { MAX_INPUT_BYTES } from '../engine/index.ts';
import { readPathLimited } from './read-limited.ts';
import { terminalSafe } from './terminal-safe.ts';

export interface CliIo {
  /** Writes one block of text to standard output, followed by a newline. */
  out(text: string): void;
  /** Writes one block of text to standard error, followed by a newline. */
  err(text: string): void;
  /**
   * Reads a file's bytes (the path `-` reads standard input), throwing an InputTooLargeError
   * once more than MAX_INPUT_BYTES came.
   */
  readBytes(path: string): Promise<Uint8Array>;
}

/** Exit statuses: success, a failed check or command, a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

/** The real process: stdout, stderr, the file system and stdin. What is written is terminal-safe. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${terminalSafe(text)}\n`),
    err: (text) => process.stderr.write(`${terminalSafe(text)}\n`),
    readBytes: (path) => readPathLimited(path, MAX_INPUT_BYTES),
  };
}

/** Writes each line to standard error (one `path: message` line per scenario error, say). */
export function printErrors(io: CliIo, lines: readonly string[]): void {
  if (lines.length > 0) io.err(lines.join('\n'));
}
