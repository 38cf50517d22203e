import type { VpcRouteEntry } from '../world/types.ts';

/** The entry as the evidence line prints it: `DESTINATION → NEXT HOP`. */
export function formatVpcRoute(entry: VpcRouteEntry): string {
  return `${entry.destination} → ${entry.nextHop}`;
}
