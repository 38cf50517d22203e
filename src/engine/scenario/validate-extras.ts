/**
 * `externals` (endpoints outside the VPC, such as an Internet host) and `faults` (what-if
 * breakages toggled on the scenario).
 */
import { type Cidr, cidr, contains, formatCidr, formatIp } from '../net/ipv4.ts';
import { MAX_EXTERNALS, MAX_FAULTS } from './limits.ts';
import { createNameIndex, readName } from './names.ts';
import { readIp } from './net-input.ts';
import {
  forEachObject,
  type JsonObject,
  keyPath,
  quote,
  type Reporter,
  readArray,
  readString,
} from './shape.ts';
import { type External, FAULT_KINDS, type Fault, type FaultKind } from './types.ts';
import type { ClusterDraft } from './validate-cluster.ts';

// Addresses that cannot be a host on the Internet: "this network", loopback, multicast and above.
const NOT_UNICAST: readonly Cidr[] = [cidr('0.0.0.0/8'), cidr('127.0.0.0/8'), cidr('224.0.0.0/3')];

export function validateExternals(
  r: Reporter,
  root: JsonObject,
  vpcCidr: Cidr | undefined,
  cluster: ClusterDraft,
): External[] {
  const list = readArray(r, root, 'externals', '', { max: MAX_EXTERNALS, what: 'externals' }) ?? [];
  const seenName = createNameIndex('external name');
  const seenIp = new Map<number, string>();
  const out: External[] = [];
  forEachObject(r, list, 'externals', 'an external endpoint', ['name', 'ip'], (ext, at) => {
    const named = readName(r, ext, at, 'external name', 'label');
    const nameOk = named?.valid === true && seenName(r, named.name, keyPath(at, 'name'));
    const ip = readIp(r, ext, 'ip', at, 'an external endpoint needs an IPv4 address, e.g. "203.0.113.10"');
    const ipOk = ip !== undefined && checkExternalIp(r, ip, keyPath(at, 'ip'), vpcCidr, cluster, seenIp);
    if (named && nameOk && ip !== undefined && ipOk) out.push({ name: named.name, ip: formatIp(ip) });
  });
  return out;
}

function checkExternalIp(
  r: Reporter,
  ip: number,
  at: string,
  vpcCidr: Cidr | undefined,
  cluster: ClusterDraft,
  seen: Map<number, string>,
): boolean {
  const text = formatIp(ip);
  const inside = [
    { block: vpcCidr, what: 'the VPC' },
    { block: cluster.podCidr, what: 'the pod CIDR' },
    { block: cluster.serviceCidr, what: 'the service CIDR' },
  ].find(({ block }) => block && contains(block, ip));
  if (inside?.block) {
    r.error(
      at,
      `${text} is inside ${inside.what} ${formatCidr(inside.block)}; an external endpoint lives outside the VPC and the cluster`,
    );
    return false;
  }
  if (NOT_UNICAST.some((block) => contains(block, ip))) {
    r.error(
      at,
      `${text} is not a unicast host address (0.0.0.0/8, 127.0.0.0/8 and 224.0.0.0 and above are not)`,
    );
    return false;
  }
  const other = seen.get(ip);
  if (other !== undefined) {
    r.error(at, `${text} is already the address of the external at ${other}`);
    return false;
  }
  seen.set(ip, at);
  return true;
}

export function validateFaults(
  r: Reporter,
  root: JsonObject,
  nodeNames: ReadonlySet<string> | undefined,
): Fault[] {
  const list = readArray(r, root, 'faults', '', { max: MAX_FAULTS, what: 'faults' }) ?? [];
  const seen = new Map<string, string>();
  const out: Fault[] = [];
  forEachObject(r, list, 'faults', 'a fault', ['kind', 'node'], (fault, at) => {
    const kind = readString(r, fault, 'kind', at, {
      required: `a fault needs a kind: ${FAULT_KINDS.join(', ')}`,
    });
    const kindOk = kind !== undefined && (FAULT_KINDS as readonly string[]).includes(kind);
    if (kind !== undefined && !kindOk) {
      r.error(
        keyPath(at, 'kind'),
        `${quote(kind)} is not a fault kind; use one of ${FAULT_KINDS.join(', ')}`,
      );
    }
    const node = readString(r, fault, 'node', at, { required: 'a fault needs the node it breaks' });
    // Without a readable nodes list, the reference cannot be checked (that list is reported).
    const nodeOk = node !== undefined && (nodeNames === undefined || nodeNames.has(node));
    if (node !== undefined && !nodeOk) {
      r.error(
        keyPath(at, 'node'),
        `unknown node ${quote(node)}; a fault must name one of the nodes in "nodes"`,
      );
    }
    if (kind === undefined || !kindOk || node === undefined || !nodeOk) return;
    const key = `${kind}\u0000${node}`;
    const first = seen.get(key);
    if (first !== undefined) {
      r.error(at, `the fault ${kind} on ${quote(node)} is listed twice (first at ${first}); remove one`);
      return;
    }
    seen.set(key, at);
    out.push({ kind: kind as FaultKind, node });
  });
  return out;
}
