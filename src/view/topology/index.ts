/** The topology view: React renders the layout as SVG; D3 only zooms. */
export type { PacketMarker, PacketPlace, ServiceTag } from './packet-marker.ts';
export { Topology, type TopologyProps } from './Topology.tsx';
export type { ZoomKind } from './useZoom.ts';
