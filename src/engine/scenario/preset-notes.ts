/**
 * What a preset says beside its elements where it differs from its source: the article preset is
 * "as in the article", and where the article's 2019 cluster shows something else than PodPath's
 * version profile (engine/versions.ts), or writes a value in another form, the note says so.
 * Notes are worked out from the world, not written as fixed numbers.
 */
import type { ChangeKind } from '../construction/changes.ts';
import { formatCidr, formatIp, parseCidr, sizeOf } from '../net/ipv4.ts';
import { nodePlace, type PlaceId, VPC } from '../places.ts';
import { ARTICLE_CLUSTER, VERSIONS } from '../versions.ts';
import type { WorldState } from '../world/types.ts';
import type { PresetName } from './presets.ts';

export interface PresetNote {
  /** The element the note is about (the inspector shows it there). */
  readonly place: PlaceId;
  /** The change whose step the narration shows it at, if any. */
  readonly change?: ChangeKind;
  readonly text: string;
}

/** The article's node B, as its text gives it. */
const ARTICLE_NODE_B = '172.16.8.1/25';

function ordinal(n: number): string {
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** The notes of a preset in this world; only the article's cluster has any. */
export function presetNotes(name: PresetName, world: WorldState): PresetNote[] {
  if (name !== 'article') return [];
  return [nodeBNote(world), quotaNote(world), versionsNote(world)].filter((n) => n !== undefined);
}

/** "172.16.8.1/25" is the gateway form of 172.16.8.0/25, the 17th /25 block of the cluster CIDR. */
function nodeBNote(world: WorldState): PresetNote | undefined {
  const article = parseCidr(ARTICLE_NODE_B);
  const cluster = parseCidr(world.scenario.cluster.podCidr)?.cidr;
  const node = world.scenario.nodes.find((n) => n.name === 'node-b');
  if (!article || !cluster || !node) return undefined;
  const block = (article.cidr.network - cluster.network) / sizeOf(article.cidr.prefix) + 1;
  const here = world.nodes.get(node.name)?.podCidr;
  const position = world.scenario.nodes.findIndex((n) => n.name === node.name) + 1;
  const now = here
    ? `Here ${node.name} is the ${ordinal(position)} to register and gets the ${ordinal(position)} block, ${formatCidr(here)} (FLANNEL_SUBNET=${formatIp(here.network + 1)}/${here.prefix}).`
    : `Here ${node.name} is the ${ordinal(position)} to register, so it will get the ${ordinal(position)} block.`;
  return {
    place: nodePlace(node.name),
    change: 'pod-cidr-allocated',
    text: `The article gives node B's pod CIDR as ${ARTICLE_NODE_B}: the gateway form, as FLANNEL_SUBNET writes it (network + 1), of ${formatCidr(article.cidr)}, the ${ordinal(block)} /${article.cidr.prefix} block of ${formatCidr(cluster)}. In the article's cluster node B was the ${ordinal(block)} node to register. ${now}`,
  };
}

function quotaNote(world: WorldState): PresetNote {
  return {
    place: VPC,
    text: `The article's 2019 cluster had a route quota of ${ARTICLE_CLUSTER.routeQuota} custom entries per route table; PodPath follows the VPC documentation today (${VERSIONS.routeQuota}), and this scenario allows ${world.scenario.vpc.routeQuota}.`,
  };
}

function versionsNote(world: WorldState): PresetNote | undefined {
  const master = world.scenario.nodes.find((n) => n.role === 'master');
  if (!master) return undefined;
  return {
    place: nodePlace(master.name),
    text: `The article's cluster ran ${ARTICLE_CLUSTER.kubernetes} with ${ARTICLE_CLUSTER.containerRuntime}. PodPath reproduces ACK today: ${VERSIONS.kubernetes} with ${VERSIONS.containerRuntime} and ${VERSIONS.flannel}, so events such as FailedCreatePodSandBox and FailedScheduling read as they do now.`,
  };
}
