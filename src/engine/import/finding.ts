/** One thing the diagnosis found wrong (or worth knowing) about a cluster. */
import type { Message } from '../messages/message.ts';

export type FindingKind =
  | 'missing-route'
  | 'wrong-instance'
  | 'stale-route'
  | 'route-not-available'
  | 'node-not-ready'
  | 'network-unavailable'
  | 'pod-outside-cidr'
  | 'route-quota'
  | 'cidr-headroom';

export interface FindingTrace {
  /** Trace endpoints, as `trace --from/--to` takes them. */
  readonly from: string;
  readonly to: string;
  readonly outcome: 'delivered' | 'dropped' | 'error';
  /** Where the packet was dropped (`vpc-router`, `node:NAME`, …). */
  readonly droppedAt?: string;
  readonly reason?: string;
}

export interface Finding {
  readonly kind: FindingKind;
  readonly severity: 'error' | 'warning' | 'info';
  /** The element it is about: `node:NAME`, `pod:NAME`, `route:CIDR` or `vpc-router`. */
  readonly place: string;
  /** What it found, in English (`text` read with english()). */
  readonly message: string;
  readonly text: Message;
  /** A packet walk that shows the failure. */
  readonly trace?: FindingTrace;
}

/** `error node:NAME missing-route: … (trace pod:a → pod:b: dropped at vpc-router)` */
export function formatFinding(f: Finding): string {
  const walk = f.trace
    ? ` [trace --from ${f.trace.from} --to ${f.trace.to}: ${f.trace.outcome}${f.trace.droppedAt ? ` at ${f.trace.droppedAt}` : ''}]`
    : '';
  return `${f.severity} ${f.place} ${f.kind}: ${f.message}${walk}`;
}
