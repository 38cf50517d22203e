/**
 * The packet walk and the what-if in the URL (DESIGN.md §3.3), next to the parameters that
 * url-state.ts owns (which this module keeps as they are):
 *   trace=FROM,TO        the walk's endpoints as `trace FILE --from --to` takes them (§3.2)
 *   hop=N                the hop shown, 1-based over the request's then the reply's hops
 *   faults=KIND:NODE,…   the what-if faults, replacing the scenario's (empty: none)
 *   quota=N              the what-if VPC route quota
 *   clustermask=N        the what-if prefix length of the cluster CIDR
 * Anything malformed reads as absent; the engine validates the rest (unknown nodes, bad sizes).
 */
import type { Fault, FaultKind } from '../engine/index.ts';
import { FAULT_KINDS } from '../engine/scenario/types.ts';
import type { PacketInit, WalkRequest, WhatIfSettings } from '../store/index.ts';

/** `pod:web-1`, `pod:web-1/nginx`, `node:node-a`, `external:internet`, `203.0.113.10`. */
const ENDPOINT = /^[a-z0-9][a-z0-9.:/-]{0,250}$/;
const NODE_NAME = /^[a-z0-9][a-z0-9.-]{0,252}$/;
const MAX_FAULTS = 400;

function paramsOf(hash: string): URLSearchParams {
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
}

function readWalk(text: string | null): WalkRequest | null {
  const parts = text?.split(',') ?? [];
  const [from, to] = parts;
  if (parts.length !== 2 || !from || !to || !ENDPOINT.test(from) || !ENDPOINT.test(to)) return null;
  return { from, to };
}

function readFaults(text: string): Fault[] {
  const faults: Fault[] = [];
  for (const item of text.split(',').slice(0, MAX_FAULTS)) {
    const colon = item.indexOf(':');
    const kind = item.slice(0, colon);
    const node = item.slice(colon + 1);
    const known = (FAULT_KINDS as readonly string[]).includes(kind);
    if (colon > 0 && known && NODE_NAME.test(node)) faults.push({ kind: kind as FaultKind, node });
  }
  return faults;
}

function readInt(text: string | null, digits: number): number | undefined {
  return text !== null && new RegExp(`^\\d{1,${digits}}$`).test(text) ? Number(text) : undefined;
}

/** The what-if settings the URL asks for, or undefined when it names none. */
export function readWhatIf(hash: string): WhatIfSettings | undefined {
  const params = paramsOf(hash);
  const faults = params.get('faults');
  const routeQuota = readInt(params.get('quota'), 6);
  const clusterMask = readInt(params.get('clustermask'), 2);
  if (faults === null && routeQuota === undefined && clusterMask === undefined) return undefined;
  return {
    ...(faults === null ? {} : { faults: readFaults(faults) }),
    ...(routeQuota === undefined ? {} : { routeQuota }),
    ...(clusterMask === undefined ? {} : { clusterMask }),
  };
}

/** The packet state of a URL: what-if, walk and hop. */
export function readPacketWalkUrl(hash: string): PacketInit {
  const params = paramsOf(hash);
  const whatIf = readWhatIf(hash);
  const walk = readWalk(params.get('trace'));
  const hop = readInt(params.get('hop'), 5);
  return { ...(whatIf ? { whatIf } : {}), walk, ...(hop === undefined ? {} : { hop }) };
}

export interface PacketViewToWrite {
  readonly walk: WalkRequest | null;
  readonly hop: number;
  readonly whatIf: WhatIfSettings;
}

/** The hash for the packet view, keeping every parameter of `currentHash` this module does not own. */
export function writePacketWalkUrl(currentHash: string, view: PacketViewToWrite): string {
  const params = paramsOf(currentHash);
  const put = (name: string, value: string | undefined) => {
    if (value === undefined) params.delete(name);
    else params.set(name, value);
  };
  put('trace', view.walk ? `${view.walk.from},${view.walk.to}` : undefined);
  put('hop', view.walk && view.hop > 0 ? String(view.hop) : undefined);
  put('faults', view.whatIf.faults?.map((f) => `${f.kind}:${f.node}`).join(','));
  put('quota', view.whatIf.routeQuota === undefined ? undefined : String(view.whatIf.routeQuota));
  put('clustermask', view.whatIf.clusterMask === undefined ? undefined : String(view.whatIf.clusterMask));
  // Like url-state.ts: keep ids readable, `:` and `/` are legal in a fragment's query.
  return `#/?${params.toString().replaceAll('%3A', ':').replaceAll('%2F', '/')}`;
}
