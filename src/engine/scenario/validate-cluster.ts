/**
 * The `cluster` section: cluster (pod) CIDR, node mask, service CIDR and ip-masq, and how they
 * sit against the VPC.
 */
import { type Cidr, cidr, contains, formatCidr, formatIp, overlaps } from '../net/ipv4.ts';
import { readCni } from './cni.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, keyPath } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import { type CniConfig, DEFAULTS } from './types.ts';
import type { VpcDraft } from './validate-vpc.ts';

export interface ClusterDraft {
  readonly podCidr?: Cidr;
  readonly nodeCidrMaskSize: number;
  readonly serviceCidr?: Cidr;
  readonly ipMasq: boolean;
  /** As written (ali-vpc read as alloc); absent when the file names no CNI or names it wrongly. */
  readonly cni?: CniConfig;
}

// NOTE: kubernetes pkg/controller/nodeipam/ipam (cidrset) refuses to start with this exact text
// when the cluster CIDR is smaller than one node block.
export const CLUSTER_MASK_MESSAGE =
  'Controller: Invalid --cluster-cidr, mask size of cluster CIDR must be less than or equal to --node-cidr-mask-size configured for CIDR family';

/** `serviceGiven`: whether the file sets the service CIDR (else the default is checked). */
export function validateCluster(
  r: Reporter,
  cluster: Draft<ScenarioFile['cluster']> | undefined,
  serviceGiven: boolean,
  vpc: VpcDraft,
  path = 'cluster',
): ClusterDraft {
  const fallback: ClusterDraft = { nodeCidrMaskSize: DEFAULTS.nodeCidrMaskSize, ipMasq: DEFAULTS.ipMasq };
  if (!cluster) return fallback;
  const podCidr = networkCidr(r, cluster.podCidr, keyPath(path, 'podCidr'));
  const nodeCidrMaskSize = cluster.nodeCidrMaskSize ?? DEFAULTS.nodeCidrMaskSize;
  const serviceCidr = serviceGiven
    ? networkCidr(r, cluster.serviceCidr, keyPath(path, 'serviceCidr'))
    : cidr(DEFAULTS.serviceCidr);
  const ipMasq = cluster.ipMasq ?? DEFAULTS.ipMasq;
  const cni = readClusterCni(r, cluster.cni, keyPath(path, 'cni'), vpc);

  // Checked once the whole section is read, as the node mask comes after the pod CIDR.
  const podAt = keyPath(path, 'podCidr');
  const serviceAt = keyPath(path, 'serviceCidr');
  const serviceLabel = serviceGiven ? 'the service CIDR' : 'the default service CIDR';
  let podOk = podCidr !== undefined;
  if (podCidr) {
    const text = formatCidr(podCidr);
    if (podCidr.prefix > nodeCidrMaskSize) {
      r.late(
        podAt,
        `${CLUSTER_MASK_MESSAGE}. The cluster CIDR ${text} is smaller than one /${nodeCidrMaskSize} node block; use a shorter prefix or a larger nodeCidrMaskSize`,
      );
      podOk = false;
    }
    const clash = overlapWithVpc(podCidr, vpc);
    if (clash) {
      r.late(
        podAt,
        `${text} overlaps ${clash}; pod addresses must not collide with ECS addresses in the VPC`,
      );
      podOk = false;
    }
    if (serviceCidr && overlaps(podCidr, serviceCidr)) {
      r.late(
        podAt,
        `${text} overlaps ${serviceLabel} ${formatCidr(serviceCidr)}; pods and Services need separate ranges`,
      );
      podOk = false;
    }
  }
  let serviceOk = serviceCidr !== undefined;
  if (serviceCidr) {
    const clash = overlapWithVpc(serviceCidr, vpc);
    if (clash) {
      const fix = serviceGiven ? '' : '; set cluster.serviceCidr to a free range';
      r.late(serviceAt, `${serviceLabel} ${formatCidr(serviceCidr)} overlaps ${clash}${fix}`);
      serviceOk = false;
    }
  }
  if (podCidr && podOk && vpc.natEip !== undefined && contains(podCidr, vpc.natEip)) {
    r.late(
      'vpc.natGateway.eip',
      `${formatIp(vpc.natEip)} is inside the pod CIDR ${formatCidr(podCidr)}; an EIP must be outside the cluster`,
    );
  }
  return {
    ...(podCidr && podOk ? { podCidr } : {}),
    nodeCidrMaskSize,
    ...(serviceCidr && serviceOk ? { serviceCidr } : {}),
    ipMasq,
    ...(cni ? { cni } : {}),
  };
}

function readClusterCni(
  r: Reporter,
  cni: Draft<ScenarioFile['cluster']>['cni'],
  path: string,
  vpc: VpcDraft,
): CniConfig | undefined {
  if (!cni?.plugin) return undefined;
  if (cni.plugin === 'terway') return readTerwayCni(r, cni, path, vpc);
  const backend = 'backend' in cni ? cni.backend : undefined;
  return backend ? readCni({ plugin: 'flannel', backend }) : undefined;
}

/** Terway's settings: its pod vSwitches must be vSwitches of the VPC, each named once. */
function readTerwayCni(
  r: Reporter,
  cni: Extract<NonNullable<Draft<ScenarioFile['cluster']>['cni']>, { readonly plugin?: 'terway' }>,
  path: string,
  vpc: VpcDraft,
): CniConfig {
  const names = vpc.vswitches.map((v) => v.name);
  const podVswitches: string[] = [];
  (cni.podVswitches ?? []).forEach((name, i) => {
    const at = `${keyPath(path, 'podVswitches')}[${i}]`;
    if (typeof name !== 'string') return;
    if (!names.includes(name)) {
      r.error(
        at,
        `"${name}" is not a vSwitch of the VPC; terwayd creates ENIs in the VPC's own vSwitches: ${names.map((n) => `"${n}"`).join(', ')}`,
      );
    } else if (podVswitches.includes(name)) {
      r.error(at, `"${name}" is listed twice; name each pod vSwitch once`);
    } else podVswitches.push(name);
  });
  const eni = cni.eni;
  const shape =
    eni && typeof eni.adapters === 'number' && typeof eni.ipsPerAdapter === 'number'
      ? { adapters: eni.adapters, ipsPerAdapter: eni.ipsPerAdapter }
      : undefined;
  return {
    plugin: 'terway',
    ...(cni.podVswitches ? { podVswitches } : {}),
    ...(shape ? { eni: shape } : {}),
  };
}

/** Describes the first VPC block `block` overlaps (the VPC itself, else a vSwitch outside it). */
function overlapWithVpc(block: Cidr, vpc: VpcDraft): string | undefined {
  if (vpc.cidr && overlaps(block, vpc.cidr)) return `the VPC ${formatCidr(vpc.cidr)}`;
  const vsw = vpc.vswitches.find((v) => v.cidr && overlaps(block, v.cidr));
  return vsw?.cidr ? `vSwitch "${vsw.name}" (${formatCidr(vsw.cidr)})` : undefined;
}
