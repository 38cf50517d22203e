/**
 * SHA-512 of a UTF-8 string, as lowercase hex (FIPS 180-4). Small and synchronous, for the one
 * place a real component hashes a name the explorer must reproduce: the bridge plugin's per-pod
 * masquerade chain `CNI-…` (containernetworking/plugins pkg/utils FormatChainName).
 */

const MASK = (1n << 64n) - 1n;

/** The first `n` primes. */
function primes(n: number): bigint[] {
  const found: bigint[] = [];
  for (let candidate = 2n; found.length < n; candidate += 1n) {
    if (found.every((p) => candidate % p !== 0n)) found.push(candidate);
  }
  return found;
}

/** ⌊value^(1/k)⌋ by Newton's method on integers. */
function integerRoot(value: bigint, k: bigint): bigint {
  let x = 1n << (BigInt(value.toString(2).length) / k + 1n);
  for (;;) {
    const next = ((k - 1n) * x + value / x ** (k - 1n)) / k;
    if (next >= x) return x;
    x = next;
  }
}

// NOTE: FIPS 180-4 §4.2.3 and §5.3.5: the round constants are the first 64 bits of the fractional
// parts of the cube roots of the first 80 primes, the initial hash value those of the square roots
// of the first 8. Computed here rather than listed, which keeps the explorer's first load smaller.
const PRIMES = primes(80);
const K = PRIMES.map((p) => integerRoot(p << 192n, 3n) & MASK);
const INITIAL = PRIMES.slice(0, 8).map((p) => integerRoot(p << 128n, 2n) & MASK);

function rotr(x: bigint, n: bigint): bigint {
  return ((x >> n) | (x << (64n - n))) & MASK;
}

/** The padded message as 64-bit words: the bytes, 0x80, zeros, the bit length in 128 bits. */
function paddedWords(bytes: Uint8Array): bigint[] {
  const length = Math.ceil((bytes.length + 17) / 128) * 128;
  const padded = new Uint8Array(length);
  padded.set(bytes);
  padded[bytes.length] = 0x80;
  const view = new DataView(padded.buffer);
  view.setBigUint64(length - 8, BigInt(bytes.length) * 8n);
  const words: bigint[] = [];
  for (let i = 0; i < length; i += 8) words.push(view.getBigUint64(i));
  return words;
}

/** SHA-512 of `text` (UTF-8), 128 lowercase hex characters. */
export function sha512Hex(text: string): string {
  const words = paddedWords(new TextEncoder().encode(text));
  const h = [...INITIAL];
  const w: bigint[] = new Array(80).fill(0n);
  for (let block = 0; block < words.length; block += 16) {
    for (let t = 0; t < 16; t++) w[t] = words[block + t] as bigint;
    for (let t = 16; t < 80; t++) {
      const w15 = w[t - 15] as bigint;
      const w2 = w[t - 2] as bigint;
      const s0 = rotr(w15, 1n) ^ rotr(w15, 8n) ^ (w15 >> 7n);
      const s1 = rotr(w2, 19n) ^ rotr(w2, 61n) ^ (w2 >> 6n);
      w[t] = ((w[t - 16] as bigint) + s0 + (w[t - 7] as bigint) + s1) & MASK;
    }
    let [a, b, c, d, e, f, g, hh] = h as [bigint, bigint, bigint, bigint, bigint, bigint, bigint, bigint];
    for (let t = 0; t < 80; t++) {
      const t1 =
        (hh +
          (rotr(e, 14n) ^ rotr(e, 18n) ^ rotr(e, 41n)) +
          ((e & f) ^ (~e & MASK & g)) +
          (K[t] as bigint) +
          (w[t] as bigint)) &
        MASK;
      const t2 = ((rotr(a, 28n) ^ rotr(a, 34n) ^ rotr(a, 39n)) + ((a & b) ^ (a & c) ^ (b & c))) & MASK;
      hh = g;
      g = f;
      f = e;
      e = (d + t1) & MASK;
      d = c;
      c = b;
      b = a;
      a = (t1 + t2) & MASK;
    }
    const next = [a, b, c, d, e, f, g, hh];
    for (let i = 0; i < 8; i++) h[i] = ((h[i] as bigint) + (next[i] as bigint)) & MASK;
  }
  return h.map((x) => x.toString(16).padStart(16, '0')).join('');
}
