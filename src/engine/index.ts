/** The engine's public surface: scenario → construction steps → world state (→ packet traces). */

import type { ConstructionExtras } from './construction/extras.ts';
import type { presetScenario } from './scenario/presets.ts';

export { type CapacitySummary, capacity, formatCapacity, nodeCountMessage } from './addressing/capacity.ts';
export {
  ARTIFACTS_BY_KIND,
  type ArtifactResult,
  type ArtifactRow,
  artifactsOf,
  parseTarget,
  renderArtifact,
  type Target,
  type TargetId,
  type TargetKind,
  VXLAN_NODE_ARTIFACTS,
} from './artifacts/index.ts';
export type { Actor, Change, ChangeKind, Phase, Step } from './construction/changes.ts';
export { PHASES } from './construction/changes.ts';
export { construct } from './construction/construct.ts';
export {
  type Construction,
  constructInSlicesWith,
  constructWith,
  stateAt,
} from './construction/construct-core.ts';
export { type ConstructionExtras, needsConstructionExtras } from './construction/extras.ts';

/**
 * Terway's, the Services' and the what-if construction, loaded on demand: the first screen builds without them
 * (constructWith). Node code and lazy parts call `construct`, which has them.
 */
export function loadConstructionExtras(): Promise<ConstructionExtras> {
  return import('./construction/all-extras.ts').then((module) => module.CONSTRUCTION_EXTRAS);
}
export { stateAfterFrom } from './construction/fold-from.ts';
export { DATAPLANE_LABELS, DATAPLANES, type Dataplane, dataplaneLabel } from './dataplane/dataplanes.ts';
export { VXLAN_DEVICE, VXLAN_MTU, VXLAN_VNI } from './dataplane/flannel.ts';
export { containerId } from './ids.ts';
export { ENGINE_PARTS, type EngineMessageId } from './messages/en/index.ts';
export { loading } from './messages/en/loading.ts';
export { refusals } from './messages/en/refusals.ts';
export { format, type Params, paramsOf } from './messages/format.ts';
export { english, type Message, type MessageParams, message, sayIn, type Text } from './messages/message.ts';
export { broadcastOf, cidr, contains, formatCidr, formatIp, maskOf, parseIp, sizeOf } from './net/ipv4.ts';
// The packet engine's types only: the app loads its code on demand (store/tracer.ts); Node
// code imports `trace` from './packet/index.ts'.
export type * from './packet/index.ts';
export * from './places.ts';
export { cniOf, flannelBackend } from './scenario/cni.ts';
export { firstProblem } from './scenario/first-problem.ts';
export { decodeInput, MAX_INPUT_BYTES, tooLargeReason } from './scenario/input-text.ts';
export {
  NODE_MASK_MAX,
  NODE_MASK_MIN,
} from './scenario/limits.ts';
export { parseScenario } from './scenario/parse.ts';

/** The scenario reader, loaded on demand: the site's first load carries the presets parsed. */
export type ScenarioReader = typeof import('./scenario/reader.ts');

/** Loads the scenario reader (valibot, the schema, the validation passes). */
export function loadScenarioReader(): Promise<ScenarioReader> {
  return import('./scenario/reader.ts');
}
export { faultKindsOf } from './scenario/defaults.ts';
export { isObject, isPlainObject, type JsonObject, kindOf } from './scenario/json-value.ts';
export { ARTICLE_SCENARIO } from './scenario/preset-article.ts';
export { PRESET_NAMES, type PresetName } from './scenario/preset-names.ts';
export { type PresetNote, presetNotes } from './scenario/preset-notes.ts';
export { PRESETS, presetScenario } from './scenario/presets.ts';

/**
 * The built-in scenarios parsed, loaded on demand: the first screen has the article's alone
 * (ARTICLE_SCENARIO). Node code and lazy parts call `presetScenario`.
 */
export function loadPresets(): Promise<typeof presetScenario> {
  return import('./scenario/presets.ts').then((module) => module.presetScenario);
}
export { closedObject } from './scenario/read-json.ts';
export {
  type CniConfig,
  DEFAULTS,
  FAULT_KINDS,
  type Fault,
  type FaultKind,
  type FlannelBackend,
  type NodeSpec,
  type ParseResult,
  type PodSpec,
  type Scenario,
  type ScenarioError,
  type ServiceSpec,
} from './scenario/types.ts';
export { type KubeRule, nodeKubeProxyRules } from './services/kube-proxy-rules.ts';
export { formatVpcRoute } from './tables/vpc-routes.ts';
export { formatTerwayCapacity, type TerwayCapacity, terwayCapacity } from './terway/capacity.ts';
export { isTerway, type TerwayConfig, terwayConfigOf } from './terway/config.ts';
export type { Eni } from './terway/eni-pool.ts';
export type { TerwayChange, TerwayNodeState, TerwayState } from './terway/state.ts';
export { ARTICLE_CLUSTER, VERSIONS, type VersionProfile } from './versions.ts';
export type {
  Condition,
  KubeEvent,
  NodeState,
  PodState,
  ServiceEndpoint,
  ServicePortState,
  ServiceState,
  VpcRouteEntry,
  Vtep,
  WorldState,
} from './world/types.ts';
