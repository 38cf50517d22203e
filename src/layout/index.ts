/**
 * Topology geometry: pure functions from a world state to positioned boxes, lines and paths.
 * Where a packet is drawn (anchor.ts) and the overview's brief lines (brief.ts) are imported from
 * their modules by the lazy parts that use them, so the first load does not carry them.
 */
export { enteringIds } from './entering.ts';
export { focusBox } from './focus.ts';
export * from './ids.ts';
export { diagramIds, layoutTopology } from './layout.ts';
export { BRIEF_FONT, center, FONT_SIZE, inside, overlaps } from './metrics.ts';
export { planTopology, type TopologyPlan } from './plan.ts';
export { DEST_COLUMN as ROUTE_DEST_COLUMN } from './plan-infra.ts';
export { DETAIL_MAX_NODES, DETAIL_MAX_PODS, loadSummary, summarised } from './summary.ts';
export { touchedIds } from './touched.ts';
export type {
  Badge,
  Box,
  ElementKind,
  ElementStatus,
  LayoutOptions,
  LineStyle,
  LinkKind,
  Point,
  RouteBadge,
  RouteRow,
  TextLine,
  TopologyElement,
  TopologyLayout,
  TopologyLink,
} from './types.ts';
