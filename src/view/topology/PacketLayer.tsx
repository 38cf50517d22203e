import { useMemo } from 'react';
import { type Point, packetAnchor, type TopologyLayout } from '../../layout/index.ts';
import { PILL_HEIGHT, pillWidth, placeLabel, textBoxes } from './label-place.ts';
import { BRIEF_PX } from './overview.ts';
import { PacketDot } from './PacketDot.tsx';
import type { PacketMarker } from './packet-marker.ts';
import { ServiceTagPill } from './ServiceTagPill.tsx';

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
  const tag = packet.service;
  const anchor = tag && packetAnchor(layout, tag.place.at, tag.place.device);
  let tagAt: Point | undefined;
  if (tag && anchor) {
    // Off the diagram's text and off the packet's own label.
    const width = pillWidth(packet.label ?? '') * scale;
    const pill = labelAt && {
      x: at.x + labelAt.x - width / 2,
      y: at.y + labelAt.y - (PILL_HEIGHT * scale) / 2,
      width,
      height: PILL_HEIGHT * scale,
    };
    tagAt = placeLabel(anchor, pillWidth(tag.label), scale, pill ? [...texts, pill] : texts, layout);
  }
  return (
    <>
      {tag && anchor && tagAt && <ServiceTagPill tag={tag} anchor={anchor} offset={tagAt} scale={scale} />}
      <PacketDot at={at} dropped={packet.dropped} label={packet.label} labelAt={labelAt} scale={scale} />
    </>
  );
}
