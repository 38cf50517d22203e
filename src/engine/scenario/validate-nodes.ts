/**
 * The `nodes` section: ECS nodes in registration order, their vSwitch and eth0 address. Nodes
 * without an address get the next free one of their vSwitch.
 */
import { isReservedInVswitch } from '../addressing/vswitch.ts';
import { broadcastOf, type Cidr, contains, formatCidr, formatIp } from '../net/ipv4.ts';
import { MAX_NODES } from './limits.ts';
import { createNameIndex, readName } from './names.ts';
import { readCidr, readIp } from './net-input.ts';
import {
  forEachObject,
  type JsonObject,
  keyPath,
  own,
  quote,
  type Reporter,
  readArray,
  readString,
} from './shape.ts';
import { DEFAULTS, type NodeSpec } from './types.ts';
import type { VpcDraft, VSwitchDraft } from './validate-vpc.ts';

interface NodeDraft {
  readonly name?: string;
  readonly role: NodeSpec['role'];
  readonly path: string;
  readonly vswitch?: VSwitchDraft;
  /** An address was written (valid or not): such a node never gets a default one. */
  readonly ipGiven: boolean;
  ip?: number;
  /** The pod CIDR the node already has, as written (checked against the cluster in validate-given). */
  podCidr?: Cidr;
}

export interface NodesDraft {
  /** Resolved nodes; complete only when no problem was reported. */
  readonly nodes: readonly NodeSpec[];
  /** Every node name given as a string, valid or not (so references do not cascade); undefined
   * when the nodes list itself could not be read, so that references cannot be checked. */
  readonly names?: ReadonlySet<string>;
  /** Given pod CIDRs with where they were written, for validate-given. */
  readonly givenCidrs: readonly { readonly node: string; readonly cidr: Cidr; readonly path: string }[];
}

const NODE_KEYS = ['name', 'role', 'ip', 'vswitch', 'podCidr'] as const;

export function validateNodes(r: Reporter, root: JsonObject, vpc: VpcDraft): NodesDraft {
  const list = readArray(r, root, 'nodes', '', {
    max: MAX_NODES,
    what: 'nodes',
    required: 'list the ECS nodes in registration order, e.g. [{ "name": "node-a" }]',
  });
  if (!list) return { nodes: [], givenCidrs: [] };
  const names = new Set<string>();
  if (list.length === 0) r.error('nodes', 'is empty; a cluster needs at least one node');

  const seenName = createNameIndex('node name');
  const taken = new Map<number, string>();
  const drafts: NodeDraft[] = [];
  forEachObject(r, list, 'nodes', 'a node', NODE_KEYS, (node, at) => {
    // NOTE: node names are DNS-1123 subdomains (kubernetes pkg/apis/core/validation
    // ValidateNodeName); ACK names nodes REGION.IP, e.g. cn-hangzhou.192.168.0.10.
    const named = readName(r, node, at, 'node name', 'subdomain');
    if (named) {
      names.add(named.name);
      seenName(r, named.name, keyPath(at, 'name'));
    }
    const draft: NodeDraft = {
      ...(named ? { name: named.name } : {}),
      role: readRole(r, node, at),
      path: at,
      ipGiven: own(node, 'ip') !== undefined,
      ...withVSwitch(r, node, at, vpc),
    };
    const ip = readIp(r, node, 'ip', at);
    if (
      ip !== undefined &&
      draft.vswitch?.cidr &&
      checkNodeIp(r, ip, keyPath(at, 'ip'), draft.vswitch, taken)
    ) {
      taken.set(ip, keyPath(at, 'ip'));
      draft.ip = ip;
    }
    const podCidr = readCidr(r, node, 'podCidr', at);
    if (podCidr) draft.podCidr = podCidr;
    drafts.push(draft);
  });
  assignDefaultIps(r, drafts, taken);
  const givenCidrs = drafts.flatMap((d) =>
    d.podCidr && d.name !== undefined
      ? [{ node: d.name, cidr: d.podCidr, path: keyPath(d.path, 'podCidr') }]
      : [],
  );
  return { nodes: resolved(drafts), names, givenCidrs };
}

function readRole(r: Reporter, node: JsonObject, at: string): NodeSpec['role'] {
  const role = readString(r, node, 'role', at);
  if (role === undefined || role === 'master' || role === 'worker') return role ?? DEFAULTS.role;
  r.error(keyPath(at, 'role'), `${quote(role)} is not a role; use "master" or "worker" (the default)`);
  return DEFAULTS.role;
}

function withVSwitch(r: Reporter, node: JsonObject, at: string, vpc: VpcDraft): { vswitch?: VSwitchDraft } {
  const name = readString(r, node, 'vswitch', at);
  if (name === undefined) {
    const first = vpc.vswitches[0];
    return first ? { vswitch: first } : {};
  }
  const found = vpc.vswitches.find((v) => v.name === name);
  // With no readable vSwitch list (already reported), the name cannot be checked.
  if (found || vpc.vswitches.length === 0) return found ? { vswitch: found } : {};
  const known = vpc.vswitches.map((v) => quote(v.name)).join(', ');
  r.error(
    keyPath(at, 'vswitch'),
    `unknown vSwitch ${quote(name)}${known ? `; the VPC has ${known}` : '; declare it in vpc.vswitches'}`,
  );
  return {};
}

/** The first address a node may take, and the last: a vSwitch reserves its first and last three. */
// NOTE: Alibaba Cloud VPC API CreateVSwitch: "The first IP address and last three IP addresses of
// each vSwitch CIDR block are reserved" (192.168.1.0, .253, .254, .255 for 192.168.1.0/24).
function usableRange(block: Cidr): { first: number; last: number } {
  return { first: block.network + 1, last: broadcastOf(block) - 3 };
}

function checkNodeIp(
  r: Reporter,
  ip: number,
  at: string,
  vsw: VSwitchDraft,
  taken: Map<number, string>,
): boolean {
  const block = vsw.cidr;
  if (!block) return false;
  const { first, last } = usableRange(block);
  const range = `${formatIp(first)} to ${formatIp(last)}`;
  if (!contains(block, ip)) {
    r.error(
      at,
      `${formatIp(ip)} is outside vSwitch "${vsw.name}" (${formatCidr(block)}); pick an address from ${range}`,
    );
    return false;
  }
  if (isReservedInVswitch(block, ip)) {
    r.error(
      at,
      `${formatIp(ip)} is reserved by vSwitch "${vsw.name}" (its first address and its last three are); pick an address from ${range}`,
    );
    return false;
  }
  const other = taken.get(ip);
  if (other !== undefined) {
    r.error(
      at,
      `${formatIp(ip)} is already the address of the node at ${other}; two ECS instances cannot share one`,
    );
    return false;
  }
  return true;
}

/** Gives each node without an address the lowest free usable address of its vSwitch. */
function assignDefaultIps(r: Reporter, drafts: NodeDraft[], taken: Map<number, string>) {
  const cursors = new Map<string, number>();
  for (const draft of drafts) {
    const vsw = draft.vswitch;
    if (draft.ipGiven || !vsw?.cidr) continue;
    const { first, last } = usableRange(vsw.cidr);
    let candidate = cursors.get(vsw.name) ?? first;
    while (candidate <= last && taken.has(candidate)) candidate++;
    if (candidate > last) {
      r.error(
        keyPath(draft.path, 'ip'),
        `vSwitch "${vsw.name}" (${formatCidr(vsw.cidr)}) has no free address left for this node; use a larger vSwitch or put the node in another one`,
      );
      cursors.set(vsw.name, candidate);
      continue;
    }
    taken.set(candidate, keyPath(draft.path, 'ip'));
    draft.ip = candidate;
    cursors.set(vsw.name, candidate + 1);
  }
}

function resolved(drafts: readonly NodeDraft[]): NodeSpec[] {
  const out: NodeSpec[] = [];
  for (const d of drafts) {
    if (d.name === undefined || d.ip === undefined || !d.vswitch) continue;
    out.push({
      name: d.name,
      role: d.role,
      ip: formatIp(d.ip),
      vswitch: d.vswitch.name,
      ...(d.podCidr ? { podCidr: formatCidr(d.podCidr) } : {}),
    });
  }
  return out;
}
