/**
 * The `nodes` section: ECS nodes in registration order, their vSwitch and eth0 address. Nodes
 * without an address get the next free one of their vSwitch.
 */

import { isReservedInVswitch } from '../addressing/vswitch.ts';
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { broadcastOf, type Cidr, contains, formatCidr, formatIp, parseIp } from '../net/ipv4.ts';
import { checkName, createNameIndex } from './names.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, indexPath, keyPath, quote } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import { DEFAULTS, type NodeSpec } from './types.ts';
import type { VpcDraft, VSwitchDraft } from './validate-vpc.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

interface NodeDraft {
  readonly name: string | undefined;
  readonly role: NodeSpec['role'];
  readonly path: string;
  readonly vswitch: VSwitchDraft | undefined;
  /** An address was written (valid or not): such a node never gets a default one. */
  readonly ipGiven: boolean;
  ip: number | undefined;
  /** The pod CIDR the node already has, as written (checked against the cluster in validate-given). */
  podCidr: Cidr | undefined;
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

/** The node that took an address, by address. */
type Taken = Map<number, NodeDraft>;

/** `ipWritten(i)`: whether node i has an address in the file, valid or not. */
export function validateNodes(
  r: Reporter,
  list: Draft<ScenarioFile['nodes']> | undefined,
  ipWritten: (index: number) => boolean,
  vpc: VpcDraft,
): NodesDraft {
  if (!list) return { nodes: [], givenCidrs: [] };
  const names = new Set<string>();
  const seenName = createNameIndex(say('nodeName'));
  const taken: Taken = new Map();
  const drafts: NodeDraft[] = [];
  // A plain loop over the items (holes skipped, as forEach would), each draft of one shape.
  for (let i = 0; i < list.length; i++) {
    const node = i in list ? list[i] : undefined;
    if (!node) continue;
    const at = indexPath('nodes', i);
    const name = node.name;
    if (name !== undefined) {
      names.add(name);
      const namePath = keyPath(at, 'name');
      checkName(r, name, namePath, say('nodeName'), 'subdomain');
      seenName(r, name, namePath);
    }
    const draft: NodeDraft = {
      name,
      role: node.role ?? DEFAULTS.role,
      path: at,
      vswitch: vswitchOf(r, node.vswitch, at, vpc),
      ipGiven: ipWritten(i),
      ip: undefined,
      podCidr: undefined,
    };
    const ip = node.ip === undefined ? undefined : parseIp(node.ip);
    if (
      ip !== undefined &&
      draft.vswitch?.cidr &&
      checkNodeIp(r, ip, keyPath(at, 'ip'), draft.vswitch, taken)
    ) {
      taken.set(ip, draft);
      draft.ip = ip;
    }
    if (node.podCidr !== undefined) draft.podCidr = networkCidr(r, node.podCidr, keyPath(at, 'podCidr'));
    drafts.push(draft);
  }
  assignDefaultIps(r, drafts, taken);
  const givenCidrs: { node: string; cidr: Cidr; path: string }[] = [];
  for (const d of drafts)
    if (d.podCidr && d.name !== undefined)
      givenCidrs.push({ node: d.name, cidr: d.podCidr, path: keyPath(d.path, 'podCidr') });
  return { nodes: resolved(drafts), names, givenCidrs };
}

function vswitchOf(
  r: Reporter,
  name: string | undefined,
  at: string,
  vpc: VpcDraft,
): VSwitchDraft | undefined {
  if (name === undefined) return vpc.vswitches[0];
  const found = vpc.vswitches.find((v) => v.name === name);
  // With no readable vSwitch list (already reported), the name cannot be checked.
  if (found || vpc.vswitches.length === 0) return found;
  const known = vpc.vswitches.map((v) => quote(v.name)).join(', ');
  r.error(
    keyPath(at, 'vswitch'),
    known
      ? say('unknownVswitch', { name: quote(name), known })
      : say('undeclaredVswitch', { name: quote(name) }),
  );
  return undefined;
}

/** The first address a node may take, and the last: a vSwitch reserves its first and last three. */
// NOTE: Alibaba Cloud VPC API CreateVSwitch: "The first IP address and last three IP addresses of
// each vSwitch CIDR block are reserved" (192.168.1.0, .253, .254, .255 for 192.168.1.0/24).
function usableRange(block: Cidr): { first: number; last: number } {
  return { first: block.network + 1, last: broadcastOf(block) - 3 };
}

function checkNodeIp(r: Reporter, ip: number, at: string, vsw: VSwitchDraft, taken: Taken): boolean {
  const block = vsw.cidr;
  if (!block) return false;
  const outside = !contains(block, ip);
  if (outside || isReservedInVswitch(block, ip)) {
    const { first, last } = usableRange(block);
    const params = {
      ip: formatIp(ip),
      name: vsw.name,
      cidr: formatCidr(block),
      first: formatIp(first),
      last: formatIp(last),
    };
    r.error(at, say(outside ? 'nodeIpOutside' : 'nodeIpReserved', params));
    return false;
  }
  const other = taken.get(ip);
  if (other !== undefined) {
    r.error(at, say('nodeIpTwice', { ip: formatIp(ip), other: keyPath(other.path, 'ip') }));
    return false;
  }
  return true;
}

/** Gives each node without an address the lowest free usable address of its vSwitch. */
function assignDefaultIps(r: Reporter, drafts: NodeDraft[], taken: Taken) {
  const cursors = new Map<string, number>();
  for (const draft of drafts) {
    const vsw = draft.vswitch;
    if (draft.ipGiven || !vsw?.cidr) continue;
    const { first, last } = usableRange(vsw.cidr);
    let candidate = cursors.get(vsw.name) ?? first;
    while (candidate <= last && taken.has(candidate)) candidate++;
    if (candidate > last) {
      r.late(keyPath(draft.path, 'ip'), say('vswitchFull', { name: vsw.name, cidr: formatCidr(vsw.cidr) }));
      cursors.set(vsw.name, candidate);
      continue;
    }
    taken.set(candidate, draft);
    draft.ip = candidate;
    cursors.set(vsw.name, candidate + 1);
  }
}

function resolved(drafts: readonly NodeDraft[]): NodeSpec[] {
  const out: NodeSpec[] = [];
  for (const d of drafts) {
    if (d.name === undefined || d.ip === undefined || !d.vswitch) continue;
    const node = { name: d.name, role: d.role, ip: formatIp(d.ip), vswitch: d.vswitch.name };
    out.push(d.podCidr ? { ...node, podCidr: formatCidr(d.podCidr) } : node);
  }
  return out;
}
