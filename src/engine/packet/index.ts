/** The packet engine: trace a packet hop by hop through a world state, with the evidence of each hop. */

export { onDataplane } from '../dataplane/dataplanes.ts';
export { formatVpcRoute } from '../tables/vpc-routes.ts';
export { DEFAULT_TTL, HOP_LIMIT, VSWITCH_MAC } from './addresses.ts';
export { type CompareRow, compareDataplanes, type DataplaneComparison } from './compare-dataplanes.ts';
export { formatHopLine, formatTraceLines, traceJson } from './format.ts';
export { serviceHook } from './kube-proxy.ts';
export { trace } from './trace.ts';
export type {
  Evidence,
  EvidenceTable,
  Hop,
  HopAction,
  OuterView,
  PacketView,
  ResolvedEndpoint,
  Trace,
  TraceError,
  TraceOptions,
  TracePath,
  TraceResult,
} from './types.ts';
export { lookupVpcRoute } from './vpc-route-index.ts';
