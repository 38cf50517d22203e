/**
 * The scenario file (DESIGN.md §3.1) as written by a user, and the resolved form the engine
 * works on, with every documented default applied.
 */

export type FaultKind = 'vpc-route-deleted' | 'flanneld-down' | 'masquerade-rules-missing' | 'cni0-down';

export const FAULT_KINDS: readonly FaultKind[] = [
  'vpc-route-deleted',
  'flanneld-down',
  'masquerade-rules-missing',
  'cni0-down',
];

export interface Fault {
  readonly kind: FaultKind;
  readonly node: string;
}

export interface VSwitch {
  readonly name: string;
  readonly cidr: string;
}

export interface CustomRoute {
  readonly destination: string;
  /** `nat-gateway`, or `instance:NODE` for a route to one of the scenario's ECS instances. */
  readonly nextHop: string;
}

export interface NodeSpec {
  readonly name: string;
  readonly role: 'master' | 'worker';
  readonly ip: string;
  readonly vswitch: string;
  /** The pod CIDR the node already has (an imported cluster); otherwise the allocator picks one. */
  readonly podCidr?: string;
}

export interface PodSpec {
  readonly name: string;
  readonly node: string;
  readonly containers: readonly string[];
  /** The pod IP the pod already has (an imported cluster); otherwise host-local picks one. */
  readonly ip?: string;
}

export interface External {
  readonly name: string;
  readonly ip: string;
}

/** A scenario with every default applied; the engine takes only this form. */
export interface Scenario {
  readonly title: string;
  readonly vpc: {
    readonly cidr: string;
    readonly vswitches: readonly VSwitch[];
    readonly routeQuota: number;
    readonly natGateway?: { readonly eip: string };
    readonly customRoutes: readonly CustomRoute[];
  };
  readonly cluster: {
    readonly podCidr: string;
    readonly nodeCidrMaskSize: number;
    readonly serviceCidr: string;
    readonly ipMasq: boolean;
  };
  readonly nodes: readonly NodeSpec[];
  readonly pods: readonly PodSpec[];
  readonly externals: readonly External[];
  readonly faults: readonly Fault[];
}

/** One validation problem: where it is (`cluster.podCidr`, `nodes[2].ip`) and what is wrong. */
export interface ScenarioError {
  readonly path: string;
  readonly message: string;
}

export type ParseResult =
  /** `file`: the JSON value the scenario was read from, as written (before any default). */
  | { readonly ok: true; readonly scenario: Scenario; readonly file: Readonly<Record<string, unknown>> }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

export const DEFAULTS = {
  routeQuota: 200,
  nodeCidrMaskSize: 24,
  ipMasq: true,
  serviceCidr: '172.21.0.0/20',
  role: 'worker',
  containers: ['app'],
} as const;
