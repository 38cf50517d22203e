/**
 * Raw DEFLATE (RFC 1951) through the platform's CompressionStream, which browsers and Node 20
 * both have, so the bundle carries no compression library. Inflating stops at a byte limit, so
 * a small hostile input cannot expand into gigabytes.
 */

async function collect(readable: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array> {
  const reader = readable.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new RangeError(`more than ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

function pipe(
  bytes: Uint8Array,
  stream: CompressionStream | DecompressionStream,
): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter();
  // A corrupt input fails the read side; the write side's rejections carry nothing more.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined);
  writer.close().catch(() => undefined);
  return stream.readable;
}

export function deflateRaw(bytes: Uint8Array): Promise<Uint8Array> {
  return collect(pipe(bytes, new CompressionStream('deflate-raw')), Number.MAX_SAFE_INTEGER);
}

/** Inflates; rejects on corrupt data, trailing junk, or output past `maxBytes`. */
export function inflateRaw(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array> {
  return collect(pipe(bytes, new DecompressionStream('deflate-raw')), maxBytes);
}
