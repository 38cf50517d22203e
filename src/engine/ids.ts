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

function hex(value: number, digits: number): string {
  return value.toString(16).padStart(digits, '0').slice(-digits);
}

/** `count` hex digits derived from a key (two independent hashes for more than 8 digits). */
export function hexId(key: string, count: number): string {
  let out = '';
  let round = 0;
  while (out.length < count) {
    out += hex(fnv1a(`${round}:${key}`), 8);
    round++;
  }
  return out.slice(0, count);
}

/** ECS instance id in Alibaba Cloud's shape: `i-` and 20 base-36 characters. */
export function instanceId(nodeName: string): string {
  const digits = hexId(`instance:${nodeName}`, 24);
  let out = '';
  for (let i = 0; i < 20; i++) out += (Number.parseInt(digits.slice(i, i + 2), 16) % 36).toString(36);
  return `i-${out}`;
}

/** A locally administered unicast MAC derived from a key. */
export function macAddress(key: string): string {
  const digits = hexId(`mac:${key}`, 10);
  const pairs = ['02'];
  for (let i = 0; i < 10; i += 2) pairs.push(digits.slice(i, i + 2));
  return pairs.join(':');
}

/** Host-side veth name as the bridge plugin makes it: `veth` + 8 hex characters. */
export function vethName(podName: string): string {
  return `veth${hexId(`veth:${podName}`, 8)}`;
}

/** A 64-hex-character container (sandbox) id. */
export function containerId(podName: string): string {
  return hexId(`sandbox:${podName}`, 64);
}
