/**
 * Deterministic identifiers. Real clusters draw instance ids, MACs, container ids and veth
 * names at random; the engine derives them from names so that the same scenario always gives
 * the same output.
 */

/** 32-bit FNV-1a hash of a string. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

const HEX_BYTE = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

function hex8(value: number): string {
  return (
    (HEX_BYTE[value >>> 24] as string) +
    HEX_BYTE[(value >>> 16) & 255] +
    HEX_BYTE[(value >>> 8) & 255] +
    HEX_BYTE[value & 255]
  );
}

/** Next state of a 32-bit xorshift generator: deterministic, cheap, never 0 from a non-0 seed. */
function xorshift(x: number): number {
  let y = x ^ (x << 13);
  y ^= y >>> 17;
  y ^= y << 5;
  return y >>> 0;
}

/** `count` hex digits derived from a key: its hash, then a xorshift stream seeded by it. */
/** An Alibaba Cloud resource id: `prefix-` and 20 base-36 characters derived from `key`. */
export function cloudId(prefix: string, key: string): string {
  const digits = hexId(key, 40);
  let out = '';
  for (let i = 0; i < 20; i++) out += (Number.parseInt(digits.slice(2 * i, 2 * i + 2), 16) % 36).toString(36);
  return `${prefix}-${out}`;
}

export function hexId(key: string, count: number): string {
  let state = fnv1a(key) || 1;
  let out = hex8(state);
  while (out.length < count) {
    state = xorshift(state);
    out += hex8(state);
  }
  return out.length === count ? out : out.slice(0, count);
}

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

/**
 * ECS instance id in Alibaba Cloud's shape: `i-` and 20 base-36 characters: character i is the
 * byte of hex digits i and i + 1 of `hexId(instance:NAME, 24)`, modulo 36 (read from the hash's
 * three 32-bit states, not from its text: a 5,000-node scenario makes 5,000 of them).
 */
export function instanceId(nodeName: string): string {
  const first = fnv1a(`instance:${nodeName}`) || 1;
  const second = xorshift(first);
  const states = [first, second, xorshift(second)];
  const nibble = (i: number) => ((states[i >>> 3] as number) >>> (28 - 4 * (i & 7))) & 15;
  let out = 'i-';
  for (let i = 0; i < 20; i++) out += BASE36[(nibble(i) * 16 + nibble(i + 1)) % 36];
  return out;
}

/** The VPC route table id in Alibaba Cloud's shape: `vtb-` and 20 base-36 characters. */
export function routeTableId(vpcCidr: string): string {
  return `vtb-${instanceId(`route-table:${vpcCidr}`).slice(2)}`;
}

/** A locally administered unicast MAC derived from a key. */
export function macAddress(key: string): string {
  const a = fnv1a(`mac:${key}`);
  const b = xorshift(a || 1);
  // join() gives a flat string; a template literal would leave a chain of rope nodes in memory.
  return [
    '02',
    HEX_BYTE[a >>> 24],
    HEX_BYTE[(a >>> 16) & 255],
    HEX_BYTE[(a >>> 8) & 255],
    HEX_BYTE[a & 255],
    HEX_BYTE[b & 255],
  ].join(':');
}

/** Host-side veth name as the bridge plugin makes it: `veth` + 8 hex characters. */
export function vethName(podName: string): string {
  return `veth${hexId(`veth:${podName}`, 8)}`;
}

/** A 64-hex-character container (sandbox) id. */
export function containerId(podName: string): string {
  return hexId(`sandbox:${podName}`, 64);
}
