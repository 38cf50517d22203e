/**
 * The `cluster` section: cluster (pod) CIDR, node mask, service CIDR and ip-masq, and how they
 * sit against the VPC.
 */
import { validation } from '../messages/en/validation.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { type Cidr, cidr, contains, formatCidr, formatIp, overlaps } from '../net/ipv4.ts';
import { readCni } from './cni.ts';
import { networkCidr } from './net-input.ts';
import { type Draft, keyPath } from './read-json.ts';
import type { Reporter } from './report.ts';
import type { ScenarioFile } from './schema.ts';
import { type CniConfig, DEFAULTS } from './types.ts';
import type { VpcDraft } from './validate-vpc.ts';

const say = (id: keyof typeof validation, params?: MessageParams): Message => message(validation, id, params);

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
  const serviceLabel = say(serviceGiven ? 'theServiceCidr' : 'theDefaultServiceCidr');
  let podOk = podCidr !== undefined;
  if (podCidr) {
    const text = formatCidr(podCidr);
    if (podCidr.prefix > nodeCidrMaskSize) {
      r.late(
        podAt,
        say('clusterMask', { printed: CLUSTER_MASK_MESSAGE, cidr: text, mask: nodeCidrMaskSize }),
      );
      podOk = false;
    }
    const clash = overlapWithVpc(podCidr, vpc);
    if (clash) {
      r.late(podAt, say('podCidrOverlapsVpc', { cidr: text, clash }));
      podOk = false;
    }
    if (serviceCidr && overlaps(podCidr, serviceCidr)) {
      r.late(
        podAt,
        say('podCidrOverlapsService', {
          cidr: text,
          service: serviceLabel,
          serviceCidr: formatCidr(serviceCidr),
        }),
      );
      podOk = false;
    }
  }
  let serviceOk = serviceCidr !== undefined;
  if (serviceCidr) {
    const clash = overlapWithVpc(serviceCidr, vpc);
    if (clash) {
      const params = { service: serviceLabel, cidr: formatCidr(serviceCidr), clash };
      r.late(serviceAt, say(serviceGiven ? 'serviceCidrOverlaps' : 'defaultServiceCidrOverlaps', params));
      serviceOk = false;
    }
  }
  if (podCidr && podOk && vpc.natEip !== undefined && contains(podCidr, vpc.natEip)) {
    r.late(
      'vpc.natGateway.eip',
      say('eipInPodCidr', { ip: formatIp(vpc.natEip), cidr: formatCidr(podCidr) }),
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
      r.error(at, say('podVswitchUnknown', { name, vswitches: names.map((n) => `"${n}"`).join(', ') }));
    } else if (podVswitches.includes(name)) {
      r.error(at, say('podVswitchTwice', { name }));
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
function overlapWithVpc(block: Cidr, vpc: VpcDraft): Message | undefined {
  if (vpc.cidr && overlaps(block, vpc.cidr)) return say('theVpcCidr', { cidr: formatCidr(vpc.cidr) });
  const vsw = vpc.vswitches.find((v) => v.cidr && overlaps(block, v.cidr));
  return vsw?.cidr ? say('theVswitch', { name: vsw.name, cidr: formatCidr(vsw.cidr) }) : undefined;
}
