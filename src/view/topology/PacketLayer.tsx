import { useMemo } from 'react';
import type { Point, TopologyLayout } from '../../layout/index.ts';
import { pillWidth, placeLabel, textBoxes } from './label-place.ts';
import { BRIEF_PX } from './overview.ts';
import { PacketDot } from './PacketDot.tsx';
import type { PacketMarker } from './packet-marker.ts';

/**
 * The packet over the diagram, its label placed off the diagram's text. Loaded with the first
 * packet walk, not with the page.
 */
export default function PacketLayer(props: {
  readonly layout: TopologyLayout;
  readonly at: Point;
  readonly packet: PacketMarker;
  /** The overview's text scale (0 when the detail is drawn). */
  readonly overview: number;
}) {
  const { layout, at, packet, overview } = props;
  const scale = Math.max(1, overview);
  // The diagram's text, for the label to keep off (once per layout and zoom level).
  const texts = useMemo(() => textBoxes(layout, overview > 0 ? BRIEF_PX * overview : 0), [layout, overview]);
  const labelAt = packet.label ? placeLabel(at, pillWidth(packet.label), scale, texts, layout) : undefined;
  return <PacketDot at={at} dropped={packet.dropped} label={packet.label} labelAt={labelAt} scale={scale} />;
}
