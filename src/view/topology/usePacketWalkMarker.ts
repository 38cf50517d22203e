import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { onCatalogLoaded, zhCatalog } from '../../i18n/catalog.ts';
import {
  selectHopIndex,
  selectHopProgress,
  selectLang,
  selectPacketWalk,
  selectScenario,
  selectWalkActive,
  selectWorld,
  useExplorer,
} from '../../store/index.ts';
import type { PacketMarker } from './index.ts';

export interface PacketWalkDiagram {
  /** Whether a walk is on screen: the diagram shows the hop, not the construction step. */
  readonly active: boolean;
  readonly packet?: PacketMarker;
  readonly highlightIds?: readonly string[];
}

type WalkMarkerModule = typeof import('../packet/walk-marker.ts');

// Where the dot goes is needed only once a walk is on screen: that code loads with the first walk.
let loaded: WalkMarkerModule | undefined;
let loading: Promise<WalkMarkerModule | undefined> | undefined;
function loadWalkMarker() {
  loading ??= import('../packet/walk-marker.ts').then(
    (m) => (loaded = m),
    () => {
      loading = undefined;
      return undefined;
    },
  );
  return loading;
}

/** The packet dot and the ringed elements of the current hop, for `<Topology>`. */
export function usePacketWalkMarker(): PacketWalkDiagram {
  const active = useExplorer(selectWalkActive);
  const walk = useExplorer(selectPacketWalk);
  const hop = useExplorer(selectHopIndex);
  const progress = useExplorer(selectHopProgress);
  const scenario = useExplorer(selectScenario);
  const world = useExplorer(selectWorld);
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  const vswitchOf = useMemo(() => {
    const byNode = new Map(scenario.nodes.map((n) => [n.name, n.vswitch]));
    return (node: string) => byNode.get(node);
  }, [scenario]);
  const [marker, setMarker] = useState(loaded);
  useEffect(() => {
    if (active && !marker) void loadWalkMarker().then((m) => m && setMarker(m));
  }, [active, marker]);
  const entry = active ? walk?.hops[hop - 1] : undefined;
  const highlightIds = useMemo(
    () => (entry && marker ? marker.hopHighlightIds(entry.hop, world) : undefined),
    [entry, world, marker],
  );
  if (!active || !walk || walk.trace.outcome === 'error' || !entry) return { active: false };
  // Until its code has loaded, the hop is on screen without its dot.
  if (!marker) return { active };
  const ends = { from: walk.trace.from, to: walk.trace.to };
  // The dropped label and the Service tag in the page's language (English until Chinese loads).
  const words = lang === 'zh' && zh ? zh.packet : undefined;
  const packet = marker.walkMarker(walk.hops, hop, progress, ends, vswitchOf, words);
  return { active, ...(packet ? { packet } : {}), ...(highlightIds ? { highlightIds } : {}) };
}
