/**
 * A construction step's effects, as data. Each change is tagged by `kind`; `applyChange`
 * (apply.ts) folds them into the world state. The UI animates by kind.
 */
import type { Text } from '../messages/message.ts';
import type { Cidr } from '../net/ipv4.ts';
import type { PlaceId } from '../places.ts';
import type { TerwayChange } from '../terway/state.ts';
import type {
  Condition,
  FlannelLease,
  KubeEvent,
  NodeState,
  PodPhase,
  ServiceEndpoint,
  ServiceState,
  SubnetEnv,
  VpcRouteEntry,
} from '../world/types.ts';

export type Change =
  | { readonly kind: 'vpc-created' }
  | { readonly kind: 'vswitch-created'; readonly vswitch: string }
  | { readonly kind: 'nat-gateway-created' }
  | { readonly kind: 'vpc-route-added'; readonly entry: VpcRouteEntry }
  | { readonly kind: 'vpc-route-removed'; readonly destination: string }
  | { readonly kind: 'ecs-created'; readonly node: NodeState }
  | { readonly kind: 'controller-manager-configured' }
  | { readonly kind: 'node-registered'; readonly node: string }
  | { readonly kind: 'pod-cidr-allocated'; readonly node: string; readonly podCidr: Cidr }
  | { readonly kind: 'node-condition-set'; readonly node: string; readonly condition: Condition }
  | { readonly kind: 'node-taint-added'; readonly node: string; readonly taint: string }
  | { readonly kind: 'node-taint-removed'; readonly node: string; readonly taint: string }
  | { readonly kind: 'event-recorded'; readonly event: KubeEvent }
  | {
      readonly kind: 'flanneld-status';
      readonly node: string;
      readonly status: NodeState['flanneld'];
      readonly error?: string;
    }
  | { readonly kind: 'cni-conf-installed'; readonly node: string }
  | { readonly kind: 'subnet-env-written'; readonly node: string; readonly subnetEnv: SubnetEnv }
  | { readonly kind: 'flannel-lease-published'; readonly node: string; readonly lease: FlannelLease }
  | { readonly kind: 'masquerade-rules-added'; readonly node: string }
  | { readonly kind: 'masquerade-rules-removed'; readonly node: string }
  | { readonly kind: 'node-vpc-route'; readonly node: string; readonly status: NodeState['vpcRoute'] }
  | {
      readonly kind: 'cni0-created';
      readonly node: string;
      readonly mac: string;
      readonly gateway: number;
      readonly prefix: number;
    }
  | { readonly kind: 'cni0-set-down'; readonly node: string }
  | {
      readonly kind: 'pod-sandbox-created';
      readonly pod: string;
      readonly node: string;
      readonly containers: readonly string[];
    }
  | { readonly kind: 'cni-delegate-written'; readonly pod: string }
  | {
      readonly kind: 'pod-rejected';
      readonly pod: string;
      readonly node: string;
      readonly containers: readonly string[];
      readonly error: string;
      /** Failed (kubelet refused it) by default; Pending when the scheduler found no node for it. */
      readonly phase?: 'Pending' | 'Failed';
    }
  | { readonly kind: 'sandbox-torn-down'; readonly pod: string }
  | { readonly kind: 'pod-phase'; readonly pod: string; readonly phase: PodPhase; readonly error?: string }
  | {
      readonly kind: 'veth-created';
      readonly pod: string;
      readonly hostName: string;
      readonly hostMac: string;
      readonly podMac: string;
      readonly ifindex: number;
    }
  | { readonly kind: 'pod-ip-assigned'; readonly pod: string; readonly ip: number }
  /** Terway's own changes (ENIs, terwayd, pod-to-ENI), applied by terway/state.ts. */
  | { readonly kind: 'terway'; readonly change: TerwayChange }
  | { readonly kind: 'service-created'; readonly service: ServiceState }
  | {
      readonly kind: 'endpoint-slice-written';
      /** `namespace/name` of the Service. */
      readonly service: string;
      readonly endpoints: readonly ServiceEndpoint[];
    }
  | { readonly kind: 'kube-proxy-synced'; readonly node: string };

export type ChangeKind = Change['kind'];

/** Construction phases; `what-if` holds the operator actions that the scenario's faults add. */
export type Phase = 'initial' | 'cluster' | 'node' | 'pod' | 'service' | 'what-if';

export const PHASES: readonly Phase[] = ['initial', 'cluster', 'node', 'pod', 'service', 'what-if'];

export type Actor =
  | 'cloud'
  | 'kubeadm'
  | 'kubelet'
  | 'kube-controller-manager'
  | 'kube-scheduler'
  | 'daemonset-controller'
  | 'install-cni'
  | 'flanneld'
  | 'ccm'
  | 'container-runtime'
  | 'flannel-cni'
  | 'bridge-plugin'
  | 'host-local'
  | 'terwayd'
  | 'terway-cni'
  | 'kube-apiserver'
  | 'endpointslice-controller'
  | 'kube-proxy'
  | 'operator';

/** One construction step: who acted, what it did (in plain words), and its changes. */
export interface Step {
  readonly index: number;
  readonly phase: Phase;
  readonly actor: Actor;
  /** In English (the CLI, the golden files); `titleText` and `explanationText` are the messages. */
  readonly title: string;
  readonly explanation: string;
  /** The title and explanation as the engine's messages, for the view to put in the page's language. */
  readonly titleText: Text;
  readonly explanationText: Text;
  /** The diagram element the step touched: `vpc`, `node:NAME`, `pod:NAME`, `vswitch:NAME`, `nat-gateway`. */
  readonly target: PlaceId;
  /** Whether this step is a failure (an error event, a refused route, a failed CNI ADD). */
  readonly failed: boolean;
  readonly changes: readonly Change[];
}
