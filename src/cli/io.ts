/**
 * Where the command line reads and writes. Commands get a CliIo instead of touching `process`,
 * so tests can run them in-process and read what they printed.
 */
import { readFile } from 'node:fs/promises';

export interface CliIo {
  /** Writes one block of text to standard output, followed by a newline. */
  out(text: string): void;
  /** Writes one block of text to standard error, followed by a newline. */
  err(text: string): void;
  /** Reads a UTF-8 text file; the path `-` reads standard input. */
  readText(path: string): Promise<string>;
}

/** Exit statuses: success, a failed check or command, a usage error. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process: stdout, stderr, the file system and stdin. */
export function processIo(): CliIo {
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  };
}

/** Writes each line to standard error (one `path: message` line per scenario error, say). */
export function printErrors(io: CliIo, lines: readonly string[]): void {
  if (lines.length > 0) io.err(lines.join('\n'));
}
