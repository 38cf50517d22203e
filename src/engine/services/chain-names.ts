/**
 * kube-proxy's names for a Service port and its chains (kubernetes pkg/proxy/iptables/proxier.go
 * of the modelled release): `KUBE-SVC-`/`KUBE-EXT-` + the first 16 characters of
 * base32(sha256(servicePortName + protocol)), `KUBE-SEP-` + the same of
 * base32(sha256(servicePortName + protocol + endpoint)), where servicePortName is
 * `namespace/name` and `:portName` when the port has a name (pkg/proxy ServicePortName.String),
 * the protocol is lower case, and the endpoint is `IP:port`.
 */
import { base32, sha256 } from '../net/sha256.ts';
import type { ServicePortState, ServiceState } from '../world/types.ts';

const cache = new Map<string, string>();

function hash16(text: string): string {
  let value = cache.get(text);
  if (value === undefined) {
    value = base32(sha256(text)).slice(0, 16);
    cache.set(text, value);
  }
  return value;
}

/** `namespace/name[:port]`, the Service port's name in comments and hashes. */
export function servicePortName(service: ServiceState, port: ServicePortState): string {
  return `${service.namespace}/${service.name}${port.name ? `:${port.name}` : ''}`;
}

export function protocolOf(port: ServicePortState): 'tcp' | 'udp' {
  return port.protocol === 'UDP' ? 'udp' : 'tcp';
}

export function svcChain(service: ServiceState, port: ServicePortState): string {
  return `KUBE-SVC-${hash16(servicePortName(service, port) + protocolOf(port))}`;
}

export function extChain(service: ServiceState, port: ServicePortState): string {
  return `KUBE-EXT-${hash16(servicePortName(service, port) + protocolOf(port))}`;
}

export function sepChain(service: ServiceState, port: ServicePortState, endpoint: string): string {
  return `KUBE-SEP-${hash16(servicePortName(service, port) + protocolOf(port) + endpoint)}`;
}
