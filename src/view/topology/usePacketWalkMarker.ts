import { useMemo } from 'react';
import {
  selectHopIndex,
  selectHopProgress,
  selectPacketWalk,
  selectScenario,
  selectWalkActive,
  selectWorld,
  useExplorer,
} from '../../store/index.ts';
import { hopHighlightIds, walkMarker } from '../packet/walk-marker.ts';
import type { PacketMarker } from './index.ts';

export interface PacketWalkDiagram {
  /** Whether a walk is on screen: the diagram shows the hop, not the construction step. */
  readonly active: boolean;
  readonly packet?: PacketMarker;
  readonly highlightIds?: readonly string[];
}

/** The packet dot and the ringed elements of the current hop, for `<Topology>`. */
export function usePacketWalkMarker(): PacketWalkDiagram {
  const active = useExplorer(selectWalkActive);
  const walk = useExplorer(selectPacketWalk);
  const hop = useExplorer(selectHopIndex);
  const progress = useExplorer(selectHopProgress);
  const scenario = useExplorer(selectScenario);
  const world = useExplorer(selectWorld);
  const vswitchOf = useMemo(() => {
    const byNode = new Map(scenario.nodes.map((n) => [n.name, n.vswitch]));
    return (node: string) => byNode.get(node);
  }, [scenario]);
  const entry = active ? walk?.hops[hop - 1] : undefined;
  const highlightIds = useMemo(() => (entry ? hopHighlightIds(entry.hop, world) : undefined), [entry, world]);
  if (!active || !walk || walk.trace.outcome === 'error' || !entry) return { active: false };
  const ends = { from: walk.trace.from, to: walk.trace.to };
  const packet = walkMarker(walk.hops, hop, progress, ends, vswitchOf);
  return { active, ...(packet ? { packet } : {}), ...(highlightIds ? { highlightIds } : {}) };
}
