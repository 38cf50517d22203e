/**
 * The real artifacts of the cluster (files, Kubernetes objects, command output) as they stand in
 * a world state: pure functions of the state, returning the exact text a user would see.
 */

import { flannelBackend } from '../scenario/cni.ts';
import { renderTerwayArtifact, terwayArtifactNames } from '../terway/render.ts';
import type { NodeState, PodState, WorldState } from '../world/types.ts';
import { bridgeFdbShow } from './bridge-fdb.ts';
import { flannelCniConf } from './flannel-cni-conf.ts';
import { VTEP_ARTIFACTS, vtepFdb, vtepLink, vtepNeighbours } from './flannel-vtep.ts';
import { cni0IpAddr, nodeIpAddr, podIpAddr } from './ip-addr.ts';
import { nodeIpRoute, podIpRoute } from './ip-route.ts';
import { nodeIpRouteLocal, podIpRouteLocal } from './ip-route-local.ts';
import { iptablesFilter, iptablesNat } from './iptables-nat.ts';
import { kubeControllerManagerYaml } from './kube-controller-manager-yaml.ts';
import { netConfJson } from './net-conf-json.ts';
import { nodeSpecYaml } from './node-spec.ts';
import { type ArtifactResult, missing } from './result.ts';
import { snatTable } from './snat-table.ts';
import { subnetEnvFile } from './subnet-env.ts';
import { findNode, findPod, parseTarget, TARGET_FORMS, type TargetKind } from './targets.ts';
import { vpcRouteTable } from './vpc-route-table.ts';

export type { ArtifactResult, ArtifactRow } from './result.ts';
export { parseTarget, type Target, type TargetId, type TargetKind } from './targets.ts';

type Render<T> = (world: WorldState, subject: T) => ArtifactResult;

const NODE_ARTIFACTS: Record<string, Render<NodeState>> = {
  'kube-controller-manager.yaml': kubeControllerManagerYaml,
  'node-spec': (_, node) => nodeSpecYaml(node),
  'subnet.env': (_, node) => subnetEnvFile(node),
  'net-conf.json': netConfJson,
  '10-flannel.conf': (_, node) => flannelCniConf(node),
  'ip-addr': nodeIpAddr,
  'ip-route': nodeIpRoute,
  'ip-route-local': (_, node) => nodeIpRouteLocal(node),
  'bridge-fdb': bridgeFdbShow,
  'iptables-nat': (world, node) =>
    iptablesNat(
      node,
      [...world.pods.values()].filter((p) => p.node === node.name),
      world,
    ),
};

/** What a vxlan node adds: flannel.1 and its tables. */
const VTEP_NODE_ARTIFACTS: Record<(typeof VTEP_ARTIFACTS)[number], Render<NodeState>> = {
  'ip-link-flannel.1': vtepLink,
  'bridge-fdb-flannel.1': vtepFdb,
  'ip-neigh-flannel.1': vtepNeighbours,
};

/**
 * Node artifacts that exist only where the scenario declares Services: kube-proxy's filter table.
 * Kept out of ARTIFACTS_BY_KIND so a scenario without Services lists what it always listed.
 */
export const SERVICE_NODE_ARTIFACTS: Record<string, Render<NodeState>> = {
  'iptables-filter': iptablesFilter,
};

/** cni0's own: its `ip addr` lines and its forwarding database. */
const CNI0_ARTIFACTS: Record<string, Render<NodeState>> = {
  'ip-addr': (_, node) => cni0IpAddr(node),
  'bridge-fdb': bridgeFdbShow,
};

const POD_ARTIFACTS: Record<string, Render<PodState>> = {
  'ip-addr': podIpAddr,
  'ip-route': podIpRoute,
  'ip-route-local': podIpRouteLocal,
};

const VPC_ARTIFACTS: Record<string, Render<undefined>> = {
  'route-table': (world) => vpcRouteTable(world),
  'snat-table': (world) => snatTable(world),
};

/**
 * Which artifacts each kind of target has, in the order the inspector lists them (the VPC-route
 * mode's; a vxlan scenario's nodes add VTEP_ARTIFACTS, see `artifactsOf`).
 */
export const ARTIFACTS_BY_KIND: Readonly<Record<TargetKind, readonly string[]>> = {
  vpc: Object.keys(VPC_ARTIFACTS),
  node: Object.keys(NODE_ARTIFACTS),
  cni0: Object.keys(CNI0_ARTIFACTS),
  pod: Object.keys(POD_ARTIFACTS),
};

/** flannel.1's artifacts, which only a vxlan cluster's nodes have. */
export const VXLAN_NODE_ARTIFACTS: readonly string[] = VTEP_ARTIFACTS;
const VXLAN_NODE = [...ARTIFACTS_BY_KIND.node, ...VTEP_ARTIFACTS];

/** The node table holding `artifact`: flannel.1's are asked for by name on any backend. */
function nodeArtifacts(artifact: string): Record<string, Render<NodeState>> {
  return Object.hasOwn(VTEP_NODE_ARTIFACTS, artifact) ? VTEP_NODE_ARTIFACTS : NODE_ARTIFACTS;
}

function pick<T>(table: Record<string, Render<T>>, kind: TargetKind, artifact: string): Render<T> | string {
  const render = Object.hasOwn(table, artifact) ? table[artifact] : undefined;
  return (
    render ??
    `unknown artifact "${artifact}" for ${kind === 'vpc' ? 'the vpc' : kind === 'cni0' ? 'cni0' : `a ${kind}`}: choose one of ${ARTIFACTS_BY_KIND[kind].join(', ')}`
  );
}

/**
 * The text of `artifact` on `target` (`vpc`, `node:NAME`, `pod:NAME`) in this world, or a
 * sentence saying why there is none: an unknown target or artifact, or one that does not exist
 * (yet) at this step.
 */
export function renderArtifact(world: WorldState, target: string, artifact: string): ArtifactResult {
  const parsed = parseTarget(target);
  if (!parsed) return missing(`unknown target "${target}": use ${TARGET_FORMS}`);
  if (parsed.kind === 'vpc') {
    const render = pick(VPC_ARTIFACTS, 'vpc', artifact);
    return typeof render === 'string' ? missing(render) : render(world, undefined);
  }
  if (world.terway) return renderTerwayArtifact(world, parsed, artifact);
  if (parsed.kind === 'node' || parsed.kind === 'cni0') {
    const table =
      parsed.kind === 'cni0'
        ? CNI0_ARTIFACTS
        : Object.hasOwn(SERVICE_NODE_ARTIFACTS, artifact)
          ? SERVICE_NODE_ARTIFACTS
          : nodeArtifacts(artifact);
    const render = pick(table, parsed.kind, artifact);
    if (typeof render === 'string') return missing(render);
    const node = findNode(world, parsed.name);
    return typeof node === 'string' ? missing(node) : render(world, node);
  }
  const render = pick(POD_ARTIFACTS, 'pod', artifact);
  if (typeof render === 'string') return missing(render);
  const pod = findPod(world, parsed.name);
  return typeof pod === 'string' ? missing(pod) : render(world, pod);
}

/**
 * The artifacts of one inspected element in this world: ARTIFACTS_BY_KIND's in a Flannel
 * cluster, a vxlan node's with flannel.1's too; in a Terway one, a node's own list (with one
 * `ip-route-table-N` per ENI) and a pod's.
 */
export function artifactsOf(
  world: Pick<WorldState, 'scenario' | 'terway'>,
  kind: TargetKind,
  name = '',
): readonly string[] {
  if (world.terway && kind !== 'vpc')
    return kind === 'cni0' ? [] : terwayArtifactNames(world as WorldState, kind, name);
  return kind === 'node' && flannelBackend(world.scenario) === 'vxlan' ? VXLAN_NODE : ARTIFACTS_BY_KIND[kind];
}
