/**
 * Reads a file or standard input as bytes, stopping as soon as it passes a limit, so `/dev/zero`
 * or a 200 MB pipe is refused after reading just past the limit instead of after filling memory.
 */
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';

/** Thrown when the input is longer than the limit; `code` lets callers word it. */
export class InputTooLargeError extends Error {
  readonly code = 'EFBIG';
  constructor(readonly limit: number) {
    super(`input is larger than ${limit} bytes`);
  }
}

/** Collects a stream's bytes, destroying it and throwing once more than `limit` bytes came. */
export async function readLimited(stream: Readable, limit: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream) {
      const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
      total += buffer.length;
      if (total > limit) throw new InputTooLargeError(limit);
      chunks.push(buffer);
    }
  } finally {
    if (!stream.destroyed && stream !== process.stdin) stream.destroy();
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** A file's bytes (`-` is standard input), at most `limit` of them. */
export function readPathLimited(path: string, limit: number): Promise<Uint8Array> {
  return readLimited(path === '-' ? process.stdin : createReadStream(path), limit);
}
