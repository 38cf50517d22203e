/**
 * A packet to a Service, as a trace follows it: which Service port it is for, the port it is
 * sent to (the Service port, or the node port), which endpoint kube-proxy's statistic rules are
 * taken to pick, and — as the walk goes — where it was DNATed and marked for masquerade.
 * Request and reply walks share one flow.
 */
import type { KubeRule } from '../services/kube-proxy-rules.ts';
import type { ServiceEndpoint, ServicePortState, ServiceState } from '../world/types.ts';

export interface ServiceFlow {
  readonly service: ServiceState;
  readonly port: ServicePortState;
  readonly protocol: 'tcp' | 'udp';
  /** The destination port the client sends to. */
  readonly dport: number;
  /** The endpoint the statistic rules are taken to pick (undefined: the Service has none). */
  readonly endpoint?: ServiceEndpoint;
  /** The node whose nat table DNATed the packet, and the rules that did it. */
  dnatAt?: string;
  dnatRules?: readonly KubeRule[];
  /** The node where KUBE-MARK-MASQ marked the packet (the mark lives until it leaves the node). */
  markedAt?: string;
}
