import { useMemo } from 'react';
import { packetAnchor } from '../../layout/anchor.ts';
import type { Box, Point, TopologyLayout } from '../../layout/index.ts';
import {
  type Bounds,
  DOT_RADIUS,
  PILL_HEIGHT,
  pillWidth,
  placeLabel,
  placeTag,
  textBoxes,
} from './label-place.ts';
import { BRIEF_PX } from './overview.ts';
import { PacketDot } from './PacketDot.tsx';
import { between, type PacketMarker } from './packet-marker.ts';
import { ServiceTagPill } from './ServiceTagPill.tsx';

/**
 * The packet over the diagram, its label placed off the diagram's text. Loaded with the first
 * packet walk, not with the page.
 */
export default function PacketLayer(props: {
  readonly layout: TopologyLayout;
  readonly packet: PacketMarker;
  /** The overview's text scale (0 when the detail is drawn). */
  readonly overview: number;
  /** The part of the layout on screen (drawn.ts seenRegion), when the diagram's size is known. */
  readonly seen?: Box;
}) {
  const { layout, packet, overview, seen } = props;
  const bounds = seen ? within(layout, seen) : layout;
  const scale = Math.max(1, overview);
  // The diagram's text, for the label to keep off (once per layout and zoom level).
  const texts = useMemo(() => textBoxes(layout, overview > 0 ? BRIEF_PX * overview : 0), [layout, overview]);
  const at = packetPoint(layout, packet);
  if (!at) return null;
  const labelAt = packet.label ? placeLabel(at, pillWidth(packet.label), scale, texts, bounds) : undefined;
  const tag = packet.service;
  const anchor = tag && packetAnchor(layout, tag.place.at, tag.place.device);
  let tagAt: Point | undefined;
  if (tag && anchor) {
    // Off the diagram's text, off the packet's dot and its own label, on screen.
    const width = pillWidth(packet.label ?? '') * scale;
    const radius = (DOT_RADIUS + 2) * scale;
    const packetBoxes: Box[] = [
      { x: at.x - radius, y: at.y - radius, width: radius * 2, height: radius * 2 },
    ];
    if (labelAt)
      packetBoxes.push({
        x: at.x + labelAt.x - width / 2,
        y: at.y + labelAt.y - (PILL_HEIGHT * scale) / 2,
        width,
        height: PILL_HEIGHT * scale,
      });
    tagAt = placeTag(anchor, pillWidth(tag.label), scale, [...texts, ...packetBoxes], bounds);
  }
  return (
    <>
      {tag && anchor && tagAt && <ServiceTagPill tag={tag} anchor={anchor} offset={tagAt} scale={scale} />}
      <PacketDot at={at} dropped={packet.dropped} label={packet.label} labelAt={labelAt} scale={scale} />
    </>
  );
}

/** Where the packet is drawn: at its place, or on its way to the next (none off the diagram). */
function packetPoint(layout: TopologyLayout, packet: PacketMarker): Point | undefined {
  const from = packetAnchor(layout, packet.from.at, packet.from.device);
  if (!from) return undefined;
  const to = packet.to && packetAnchor(layout, packet.to.at, packet.to.device);
  return between(from, to, packet.t ?? 0);
}

/** The part of the diagram (0, 0 to its size) that `seen` shows. */
function within(layout: Bounds, seen: Box): Bounds {
  const x = Math.max(0, seen.x);
  const y = Math.max(0, seen.y);
  return {
    x,
    y,
    width: Math.max(0, Math.min(layout.width, seen.x + seen.width) - x),
    height: Math.max(0, Math.min(layout.height, seen.y + seen.height) - y),
  };
}
