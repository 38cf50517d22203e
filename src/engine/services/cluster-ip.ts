/**
 * Which address and node port the apiserver gives a Service that asks for none.
 *
 * NOTE: kube-apiserver's allocator (kubernetes pkg/registry/core/service/ipallocator) omits the
 * first and last address of the service CIDR and splits the rest in two bands: addresses below
 * `calculateRangeOffset` = min(max(16, size/16), 256) are left for Services that ask for their
 * address (KEP-3070), and a Service that asks for none gets a *random* free address above it.
 * The engine never draws at random: it takes the lowest free address of the upper band (for a
 * /20, the 257th address: 172.21.1.1 in 172.21.0.0/20). The first address is the `kubernetes`
 * Service's, which the apiserver creates for itself (GetIndexedIP(serviceCIDR, 1)).
 */
import { broadcastOf, type Cidr, sizeOf } from '../net/ipv4.ts';

export function rangeOffset(serviceCidr: Cidr): number {
  const size = sizeOf(serviceCidr.prefix);
  if (size <= 16) return 0;
  return Math.min(Math.max(16, Math.floor(size / 16)), 256);
}

/** The address a Service gets when it asks for none, given the addresses already taken. */
export function nextClusterIp(serviceCidr: Cidr, taken: ReadonlySet<number>): number | undefined {
  const base = serviceCidr.network + 1;
  const last = broadcastOf(serviceCidr) - 1;
  const start = base + rangeOffset(serviceCidr);
  for (let ip = start; ip <= last; ip++) if (!taken.has(ip)) return ip >>> 0;
  for (let ip = base; ip < start; ip++) if (!taken.has(ip)) return ip >>> 0;
  return undefined;
}

/**
 * The node port a NodePort Service gets when it asks for none: the real allocator
 * (pkg/registry/core/service/portallocator) picks a random free port of 30000-32767; the engine
 * takes the lowest free one.
 */
export function nextNodePort(taken: ReadonlySet<string>, protocol: string): number | undefined {
  for (let port = 30000; port <= 32767; port++) if (!taken.has(`${port}/${protocol}`)) return port;
  return undefined;
}
