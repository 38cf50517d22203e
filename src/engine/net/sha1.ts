/**
 * SHA-1 of a UTF-8 string, as lowercase hex (FIPS 180-4 §6.1). Small and synchronous, for the one
 * place a real component hashes a name the explorer must reproduce: Terway's host-side veth name
 * `cali` + 11 hex (AliyunContainerService/terway pkg/link/veth.go VethNameForPod).
 */

const K = [0x5a827999, 0x6ed9eba1, 0x8f1bbcdc, 0xca62c1d6];

function rotl(x: number, n: number): number {
  return ((x << n) | (x >>> (32 - n))) >>> 0;
}

/** The padded message as 32-bit big-endian words: the bytes, 0x80, zeros, the bit length. */
function paddedWords(bytes: Uint8Array): Uint32Array {
  const length = Math.ceil((bytes.length + 9) / 64) * 64;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setUint32(length - 4, (bytes.length * 8) >>> 0);
  view.setUint32(length - 8, Math.floor((bytes.length * 8) / 0x100000000));
  const words = new Uint32Array(length / 4);
  for (let i = 0; i < words.length; i++) words[i] = view.getUint32(i * 4);
  return words;
}

/** SHA-1 of `text` (UTF-8), 40 lowercase hex characters. */
export function sha1Hex(text: string): string {
  const words = paddedWords(new TextEncoder().encode(text));
  const h = [0x67452301, 0xefcdab89, 0x98badcfe, 0x10325476, 0xc3d2e1f0];
  const w = new Uint32Array(80);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t] as number;
    for (let t = 16; t < 80; t++) {
      w[t] = rotl(
        (w[t - 3] as number) ^ (w[t - 8] as number) ^ (w[t - 14] as number) ^ (w[t - 16] as number),
        1,
      );
    }
    let [a, b, c, d, e] = h as [number, number, number, number, number];
    for (let t = 0; t < 80; t++) {
      const f =
        t < 20 ? (b & c) | (~b & d) : t < 40 ? b ^ c ^ d : t < 60 ? (b & c) | (b & d) | (c & d) : b ^ c ^ d;
      const temp = (rotl(a, 5) + (f >>> 0) + e + (K[Math.floor(t / 20)] as number) + (w[t] as number)) >>> 0;
      e = d;
      d = c;
      c = rotl(b, 30);
      b = a;
      a = temp;
    }
    const next = [a, b, c, d, e];
    for (let i = 0; i < 5; i++) h[i] = ((h[i] as number) + (next[i] as number)) >>> 0;
  }
  return h.map((x) => x.toString(16).padStart(8, '0')).join('');
}
