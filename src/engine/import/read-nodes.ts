/**
 * `kubectl get nodes -o json` → the nodes, in creation order (which is registration order).
 */
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { message } from '../messages/message.ts';
import {
  asArray,
  asString,
  createNotes,
  dig,
  field,
  isJsonObject,
  type Notes,
  parseInput,
} from './read-json.ts';
import { listItems } from './read-list.ts';
import type { ImportedCondition, ImportedNode, Read } from './types.ts';

/** Reads every Node it can; each unreadable field is a note, and the node is kept if it has a name. */
export function readNodes(input: unknown): Read<ImportedNode> {
  const notes = createNotes('nodes');
  const doc = parseInput(input, notes, message(words, 'impWhatNodes'));
  const out: { node: ImportedNode; index: number }[] = [];
  listItems(doc, 'Node', notes).forEach((item, index) => {
    const at = `items[${index}]`;
    const node = readNode(item, at, notes);
    if (node) out.push({ node, index });
  });
  // NOTE: kubectl lists nodes by name; creationTimestamp is when the kubelet registered the Node,
  // which is the order the range allocator served them. Equal or missing stamps keep list order.
  out.sort((a, b) => compareStamps(a.node.createdAt, b.node.createdAt) || a.index - b.index);
  return { items: out.map((o) => o.node), notes: notes.list };
}

function compareStamps(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  return a < b ? -1 : a > b ? 1 : 0;
}

function readNode(item: unknown, at: string, notes: Notes): ImportedNode | undefined {
  const name = asString(dig(item, 'metadata', 'name'));
  if (!name) {
    notes.add(`${at}.metadata.name`, message(words, 'impNodeNoName'));
    return undefined;
  }
  const createdAt = asString(dig(item, 'metadata', 'creationTimestamp'));
  if (!createdAt) notes.add(`${at}.metadata.creationTimestamp`, message(words, 'impNoCreated', { name }));
  const internalIp = readInternalIp(item, at, name, notes);
  const podCidr = readPodCidr(item, at, name, notes);
  const instanceId = readInstanceId(item, at, name, notes);
  const labels = dig(item, 'metadata', 'labels');
  const master =
    isJsonObject(labels) &&
    (Object.hasOwn(labels, 'node-role.kubernetes.io/master') ||
      Object.hasOwn(labels, 'node-role.kubernetes.io/control-plane'));
  return {
    name,
    master,
    conditions: readConditions(item),
    taints: readTaints(item),
    ...(internalIp ? { internalIp } : {}),
    ...(podCidr ? { podCidr } : {}),
    ...(instanceId ? { instanceId } : {}),
    ...(createdAt ? { createdAt } : {}),
  };
}

function readInternalIp(item: unknown, at: string, name: string, notes: Notes): string | undefined {
  const addresses = asArray(dig(item, 'status', 'addresses')) ?? [];
  const found = addresses.find((a) => field(a, 'type') === 'InternalIP');
  const ip = asString(field(found, 'address'));
  if (!ip) notes.add(`${at}.status.addresses`, message(words, 'impNoInternalIp', { name }));
  return ip;
}

function readPodCidr(item: unknown, at: string, name: string, notes: Notes): string | undefined {
  const cidr =
    asString(dig(item, 'spec', 'podCIDR')) ?? asString(asArray(dig(item, 'spec', 'podCIDRs'))?.[0]);
  if (!cidr) notes.add(`${at}.spec.podCIDR`, message(words, 'impNoPodCidr', { name }));
  return cidr;
}

/** `cn-hangzhou.i-bp1abc` → `i-bp1abc` (ACK's cloud controller writes REGION.INSTANCE). */
function readInstanceId(item: unknown, at: string, name: string, notes: Notes): string | undefined {
  const provider = asString(dig(item, 'spec', 'providerID'));
  const id = provider?.slice(provider.lastIndexOf('.') + 1);
  if (!id) notes.add(`${at}.spec.providerID`, message(words, 'impNoProviderId', { name }));
  return id || undefined;
}

function readConditions(item: unknown): ImportedCondition[] {
  const out: ImportedCondition[] = [];
  for (const c of asArray(dig(item, 'status', 'conditions')) ?? []) {
    const type = asString(field(c, 'type'));
    const status = asString(field(c, 'status'));
    if (!type || !status) continue;
    const reason = asString(field(c, 'reason'));
    const message = asString(field(c, 'message'));
    out.push({ type, status, ...(reason ? { reason } : {}), ...(message ? { message } : {}) });
  }
  return out;
}

function readTaints(item: unknown): string[] {
  return (asArray(dig(item, 'spec', 'taints')) ?? []).flatMap((t) => {
    const key = asString(field(t, 'key'));
    const effect = asString(field(t, 'effect'));
    return key ? [`${key}:${effect ?? ''}`] : [];
  });
}
