/**
 * Anonymising an imported scenario file before it is shared: node and pod names become
 * node-1…, pod-1…, container-1…, and every address moves by a fixed offset into neutral ranges (the VPC to
 * 10.0.0.0, the pod CIDR to 172.16.0.0, the Service CIDR to 192.168.0.0), so the network keeps
 * its shape (which pod is in which block, which block routes where) and loses its identity.
 */
import { type Cidr, cidr, contains, formatCidr, formatIp, parseCidr, parseIp } from '../net/ipv4.ts';

interface Shift {
  readonly from: Cidr;
  readonly to: number;
}

const TARGETS = {
  vpc: parseIp('10.0.0.0') as number,
  pod: parseIp('172.16.0.0') as number,
  service: parseIp('192.168.0.0') as number,
};
const MIN_PREFIX = { vpc: 8, pod: 12, service: 16 };

type FileJson = Record<string, unknown>;

/** A copy of `file` with names and addresses replaced; the input is not changed. */
export function anonymiseScenarioFile(file: FileJson): FileJson {
  const copy = JSON.parse(JSON.stringify(file)) as FileJson;
  const vpc = (copy.vpc ?? {}) as FileJson;
  const cluster = (copy.cluster ?? {}) as FileJson;
  const shifts: Shift[] = [];
  const add = (text: unknown, kind: keyof typeof TARGETS) => {
    const parsed = typeof text === 'string' ? parseCidr(text) : undefined;
    if (parsed && !parsed.hostBits && parsed.cidr.prefix >= MIN_PREFIX[kind])
      shifts.push({ from: parsed.cidr, to: TARGETS[kind] });
  };
  add(vpc.cidr, 'vpc');
  add(cluster.podCidr, 'pod');
  add(cluster.serviceCidr, 'service');
  const ip = (text: unknown): unknown => {
    const value = typeof text === 'string' ? parseIp(text) : undefined;
    const shift = value === undefined ? undefined : shifts.find((s) => contains(s.from, value));
    return shift && value !== undefined ? formatIp((shift.to + (value - shift.from.network)) >>> 0) : text;
  };
  const block = (text: unknown): unknown => {
    const parsed = typeof text === 'string' ? parseCidr(text) : undefined;
    if (!parsed || parsed.hostBits) return text;
    const moved = ip(formatIp(parsed.cidr.network));
    return typeof moved === 'string' ? formatCidr(cidr(`${moved}/${parsed.cidr.prefix}`)) : text;
  };
  const nodeNames = new Map<string, string>();
  const nodes = Array.isArray(copy.nodes) ? (copy.nodes as FileJson[]) : [];
  nodes.forEach((n, i) => {
    if (typeof n.name === 'string') nodeNames.set(n.name, `node-${i + 1}`);
    n.name = nodeNames.get(n.name as string) ?? n.name;
    if (n.ip !== undefined) n.ip = ip(n.ip);
    if (n.podCidr !== undefined) n.podCidr = block(n.podCidr);
  });
  const pods = Array.isArray(copy.pods) ? (copy.pods as FileJson[]) : [];
  pods.forEach((p, i) => {
    p.name = `pod-${i + 1}`;
    if (Array.isArray(p.containers)) p.containers = p.containers.map((_, j) => `container-${j + 1}`);
    if (typeof p.node === 'string') p.node = nodeNames.get(p.node) ?? p.node;
    if (p.ip !== undefined) p.ip = ip(p.ip);
  });
  vpc.cidr = block(vpc.cidr);
  if (Array.isArray(vpc.vswitches)) for (const v of vpc.vswitches as FileJson[]) v.cidr = block(v.cidr);
  if (Array.isArray(vpc.customRoutes)) {
    for (const r of vpc.customRoutes as FileJson[]) {
      r.destination = block(r.destination);
      if (typeof r.nextHop === 'string' && r.nextHop.startsWith('instance:')) {
        const node = r.nextHop.slice('instance:'.length);
        r.nextHop = `instance:${nodeNames.get(node) ?? node}`;
      }
    }
  }
  cluster.podCidr = block(cluster.podCidr);
  cluster.serviceCidr = block(cluster.serviceCidr);
  if (Array.isArray(copy.faults)) {
    for (const f of copy.faults as FileJson[])
      if (typeof f.node === 'string') f.node = nodeNames.get(f.node) ?? f.node;
  }
  copy.title = `Anonymised cluster: ${nodes.length} nodes, ${pods.length} pods`;
  return copy;
}
