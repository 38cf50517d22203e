/**
 * The world state: everything the construction has built up to a step. Immutable from the
 * outside; `stateAt` (construction/fold.ts) produces a fresh one per call.
 */
import type { Cidr } from '../net/ipv4.ts';
import type { Scenario } from '../scenario/types.ts';
import type { TerwayState } from '../terway/state.ts';

export interface VpcRouteEntry {
  readonly destination: string;
  readonly cidr: Cidr;
  /** `system` entries route to a vSwitch; `custom` entries to an instance or the NAT gateway. */
  readonly type: 'system' | 'custom';
  readonly nextHopType: 'local' | 'instance' | 'nat-gateway' | 'service';
  /** The instance id, `nat-gateway`, the vSwitch name, or `cloud-service` for 100.64.0.0/10. */
  readonly nextHop: string;
  /** For instance next hops: the node behind it. */
  readonly node?: string;
  /** For vSwitch system entries: the vSwitch name. */
  readonly vswitch?: string;
}

export interface Condition {
  readonly type: 'NetworkUnavailable' | 'Ready' | 'SufficientIP';
  readonly status: 'True' | 'False';
  readonly reason: string;
  readonly message: string;
}

export interface KubeEvent {
  readonly type: 'Normal' | 'Warning';
  readonly reason: string;
  readonly source: string;
  readonly object: string;
  readonly message: string;
}

export interface SubnetEnv {
  readonly network: Cidr;
  /** FLANNEL_SUBNET: the gateway address with the pod CIDR's mask. */
  readonly gateway: number;
  readonly prefix: number;
  readonly mtu: number;
  readonly ipMasq: boolean;
}

export type FlanneldStatus = 'absent' | 'scheduled' | 'running' | 'failed';

/** flannel.1, the VXLAN tunnel endpoint flanneld's vxlan backend makes (dataplane/vxlan.ts). */
export interface Vtep {
  readonly mac: string;
  /** The node's pod CIDR network address, held as a /32. */
  readonly address: number;
  readonly mtu: number;
}

/**
 * The lease a vxlan or host-gw flanneld publishes on its Node (the kube subnet manager's
 * annotations): every other flanneld programs its tables from it. The alloc backend publishes
 * one too, but nobody programs anything from it, so the model leaves it out.
 */
export interface FlannelLease {
  readonly backend: 'vxlan' | 'host-gw';
  /** flannel.alpha.coreos.com/public-ip: the node's eth0 address. */
  readonly publicIp: number;
  readonly vtep?: Vtep;
}

export interface NodeState {
  readonly name: string;
  readonly role: 'master' | 'worker';
  /** Registration order (0 = first). */
  readonly index: number;
  readonly instanceId: string;
  /** `<region>.<instance-id>`, as ACK names its nodes. */
  readonly providerId: string;
  readonly vswitch: string;
  readonly ip: number;
  /** Prefix length of the vSwitch, the mask on eth0. */
  readonly ipPrefix: number;
  /** The vSwitch gateway (broadcast − 2), the node's default route. */
  readonly defaultGateway: number;
  readonly eth0Mac: string;
  readonly registered: boolean;
  readonly podCidr?: Cidr;
  readonly conditions: readonly Condition[];
  readonly taints: readonly string[];
  readonly flanneld: FlanneldStatus;
  readonly flanneldError?: string;
  readonly cniConfInstalled: boolean;
  readonly subnetEnv?: SubnetEnv;
  /** Set once a vxlan or host-gw flanneld has taken its lease. */
  readonly flannelLease?: FlannelLease;
  readonly masqueradeRules: boolean;
  readonly vpcRoute: 'none' | 'created' | 'quota-exceeded' | 'deleted';
  readonly cni0?: {
    readonly mac: string;
    readonly gateway: number;
    readonly prefix: number;
    readonly up: boolean;
  };
}

export type PodPhase = 'Pending' | 'ContainerCreating' | 'Running' | 'Failed';

export interface PodState {
  readonly name: string;
  readonly node: string;
  readonly containers: readonly string[];
  readonly phase: PodPhase;
  /** Why the pod is not running (kubelet's event message). */
  readonly error?: string;
  readonly netns: boolean;
  /** Whether the Flannel CNI plugin wrote its delegate config under /var/lib/cni/flannel/. */
  readonly cniDelegate?: boolean;
  /** Set once the bridge plugin made the veth pair. */
  readonly veth?: {
    readonly hostName: string;
    readonly hostMac: string;
    readonly podMac: string;
    readonly ifindex: number;
  };
  readonly ip?: number;
}

/** One port of a Service, with its node port once the apiserver has allocated it. */
export interface ServicePortState {
  readonly name?: string;
  readonly port: number;
  readonly targetPort: number;
  readonly protocol: 'TCP' | 'UDP';
  readonly nodePort?: number;
}

/** A ready endpoint as the EndpointSlice lists it: the pod, its node and its address. */
export interface ServiceEndpoint {
  readonly pod: string;
  readonly node: string;
  readonly ip: number;
}

/** A Service the apiserver has admitted (services/ holds what kube-proxy makes of it). */
export interface ServiceState {
  readonly name: string;
  readonly namespace: string;
  readonly type: 'ClusterIP' | 'NodePort';
  readonly clusterIp: number;
  readonly ports: readonly ServicePortState[];
  /** The ready endpoints of its EndpointSlice, once the controller has written it. */
  readonly endpoints?: readonly ServiceEndpoint[];
}

export interface WorldState {
  readonly scenario: Scenario;
  readonly vpc: {
    readonly created: boolean;
    readonly vswitches: readonly string[];
    readonly routeTable: readonly VpcRouteEntry[];
    readonly natGateway: boolean;
  };
  /** Whether kubeadm has written kube-controller-manager.yaml with the cluster CIDR. */
  readonly controllerManagerConfigured: boolean;
  /** ECS instances created, in registration order. */
  readonly nodes: ReadonlyMap<string, NodeState>;
  readonly pods: ReadonlyMap<string, PodState>;
  readonly events: readonly KubeEvent[];
  /** Terway's ENIs, terwayd and pod-to-ENI bindings; only in a Terway cluster. */
  readonly terway?: TerwayState;
  /** Services in creation order (none unless the scenario declares some). */
  readonly services: readonly ServiceState[];
  /** Nodes whose kube-proxy has written the Services into iptables. */
  readonly kubeProxy: ReadonlySet<string>;
}
