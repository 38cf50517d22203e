import { useMemo } from 'react';
import type { Evidence } from '../../engine/index.ts';
import { selectCurrentHop, useExplorer, type WalkHop } from '../../store/index.ts';
import { evidencePlace, vpcEvidenceDestination } from './evidence-target.ts';

export interface HopEvidenceView {
  /** The hop it belongs to: a new hop is a new key (a tab picked under an earlier hop yields). */
  readonly key: WalkHop;
  readonly artifact: string;
  readonly evidence: Evidence;
}

/** The current hop's evidence when it lives in an artifact of `target` (`node:node-a`, `vpc`). */
export function useHopEvidence(target: string | null): HopEvidenceView | null {
  const entry = useExplorer(selectCurrentHop);
  return useMemo(() => {
    const evidence = entry?.hop.evidence;
    if (!entry || !evidence) return null;
    const place = evidencePlace(evidence);
    if (place.artifact === null || place.target !== target) return null;
    return { key: entry, artifact: place.artifact, evidence };
  }, [entry, target]);
}

/** The row key of the current hop's evidence in `node:NAME`'s or `pod:NAME`'s `ip route`, or null. */
export function useRouteEvidenceRow(owner: string): string | null {
  const entry = useExplorer(selectCurrentHop);
  const evidence = entry?.hop.evidence;
  const routes = evidence?.table === 'node-routes' || evidence?.table === 'pod-routes';
  return routes && evidence.owner === owner ? evidence.row : null;
}

/** The destination of the VPC route entry the current hop matched, or null. */
export function useVpcEvidenceDestination(): string | null {
  const entry = useExplorer(selectCurrentHop);
  return vpcEvidenceDestination(entry?.hop.evidence);
}
