/**
 * The scenario as the engine works on it: the file's type (schema.ts) with every documented
 * default applied and every node given its address and vSwitch.
 */
import type { Text } from '../messages/message.ts';
import type { FAULT_KINDS, ScenarioFile } from './schema.ts';

export { DEFAULTS, FAULT_KINDS } from './schema.ts';

/** `T` with every property and list read-only, all the way down. */
type Frozen<T> = T extends readonly (infer U)[]
  ? readonly Frozen<U>[]
  : T extends object
    ? { readonly [K in keyof T]: Frozen<T[K]> }
    : T;

export type FaultKind = (typeof FAULT_KINDS)[number];
export type Fault = Frozen<ScenarioFile['faults'][number]>;
export type VSwitch = Frozen<ScenarioFile['vpc']['vswitches'][number]>;
/** `nextHop`: `nat-gateway`, or `instance:NODE` for a route to one of the scenario's ECS instances. */
export type CustomRoute = Frozen<ScenarioFile['vpc']['customRoutes'][number]>;
type FileNode = ScenarioFile['nodes'][number];
/** `podCidr`: the pod CIDR the node already has (an imported cluster); otherwise the allocator picks one. */
export type NodeSpec = Frozen<Required<Omit<FileNode, 'podCidr'>> & Pick<FileNode, 'podCidr'>>;
/** `ip`: the pod IP the pod already has (an imported cluster); otherwise host-local picks one. */
export type PodSpec = Frozen<ScenarioFile['pods'][number]>;
export type External = Frozen<ScenarioFile['externals'][number]>;
/** A Service as declared, defaults applied (namespace, type, protocol); the cluster IP when given. */
export type ServiceSpec = Frozen<NonNullable<ScenarioFile['services']>[number]>;
export type ServicePortSpec = ServiceSpec['ports'][number];

/** A Flannel backend as the engine builds it (`ali-vpc` is read as `alloc`). */
export type FlannelBackend = 'alloc' | 'vxlan' | 'host-gw';

/** `cluster.cni` (DESIGN.md §3.5), as read; left out, the scenario runs DEFAULTS.cni. */
export type CniConfig =
  | { readonly plugin: 'flannel'; readonly backend: FlannelBackend }
  | {
      readonly plugin: 'terway';
      readonly podVswitches?: readonly string[];
      readonly eni?: { readonly adapters: number; readonly ipsPerAdapter: number };
    };

export type ClusterSpec = Frozen<Omit<ScenarioFile['cluster'], 'cni'>> & { readonly cni?: CniConfig };

/** A scenario with every default applied; the engine takes only this form. */
export type Scenario = Frozen<Omit<ScenarioFile, '$schema' | 'nodes' | 'cluster'>> & {
  readonly cluster: ClusterSpec;
  readonly nodes: readonly NodeSpec[];
};

/** One validation problem: where it is (`cluster.podCidr`, `nodes[2].ip`) and what is wrong. */
export interface ScenarioError {
  readonly path: string;
  /** In English, as the CLI prints it. */
  readonly message: string;
  /** The same sentence as a message, for the page's language (absent where it is not one yet). */
  readonly reason?: Text;
}

export type ParseResult =
  /** `file`: the JSON value the scenario was read from, as written (before any default). */
  | { readonly ok: true; readonly scenario: Scenario; readonly file: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };
