/** Finding a hop of a trace by what happens there, and the path a packet takes, place by place. */
import { type Hop, NAT_GATEWAY, parsePlace, type Trace, VPC_ROUTER } from '../engine/index.ts';
import { type LessonText, said } from './said.ts';
import type { HopSelector } from './types.ts';

/** The hops of one direction of a trace (the reply's are empty when there is none). */
export function hopsOf(trace: Trace, direction: 'request' | 'reply'): readonly Hop[] {
  return direction === 'reply' ? (trace.reply?.hops ?? []) : trace.hops;
}

function matchesHop(hop: Hop, selector: HopSelector): boolean {
  if (selector.at !== undefined && hop.at !== selector.at) return false;
  if (selector.action !== undefined && hop.action !== selector.action) return false;
  if (selector.table !== undefined && hop.evidence?.table !== selector.table) return false;
  return true;
}

/** The 1-based number of the hop the selector picks, or undefined when none matches. */
export function findHop(hops: readonly Hop[], selector: HopSelector): number | undefined {
  const index =
    selector.occurrence === 'last'
      ? hops.findLastIndex((h) => matchesHop(h, selector))
      : hops.findIndex((h) => matchesHop(h, selector));
  return index < 0 ? undefined : index + 1;
}

/** The places a path visits, in order, with consecutive repeats folded into one. */
export function pathOf(hops: readonly Hop[]): string[] {
  const places: string[] = [];
  for (const hop of hops) if (places.at(-1) !== hop.at) places.push(hop.at);
  return places;
}

/** A place in words, for options and proofs. */
export function placeLabel(at: string): LessonText {
  const place = parsePlace(at);
  if (place?.kind === VPC_ROUTER) return said('vpcRouter');
  if (place?.kind === NAT_GATEWAY) return said('natGateway');
  if (place?.kind === 'node') return said('nodeNamed', { name: place.name });
  if (place?.kind === 'pod') return said('podNamed', { name: place.name });
  if (place?.kind === 'external') return said('outside', { name: place.name });
  return place?.name || at;
}
