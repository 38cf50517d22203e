import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { packetAnchor } from '../../layout/anchor.ts';
import { layoutTopology, overlaps } from '../../layout/index.ts';
import { PILL_HEIGHT, pillWidth, placeLabel, placeTag, textBoxes } from './label-place.ts';

const layout = layoutTopology(construct(presetScenario('article')).final, { width: 1000, height: 600 });
const texts = textBoxes(layout, 0);

function pillAt(at: { x: number; y: number }, label: string, scale = 1) {
  const width = pillWidth(label);
  const c = placeLabel(at, width, scale, texts, layout);
  return {
    x: at.x + c.x - (width * scale) / 2,
    y: at.y + c.y - (PILL_HEIGHT * scale) / 2,
    width: width * scale,
    height: PILL_HEIGHT * scale,
  };
}

describe('placing the packet label', () => {
  it('keeps off the text of every place a walk visits in the article', () => {
    const places: [string, string?][] = [
      ['pod:web-1'],
      ['node:node-a', 'eth0'],
      ['node:node-a', 'cni0'],
      ['vpc-router'],
      ['nat-gateway'],
      ['node:node-b', 'eth0'],
      ['pod:api-1'],
      ['external:internet'],
    ];
    for (const [at, device] of places) {
      const point = packetAnchor(layout, at, device);
      expect(point, `${at} ${device ?? ''}`).toBeDefined();
      if (!point) continue;
      const pill = pillAt(point, '172.16.0.130 → 172.16.1.2');
      expect(
        texts.filter((t) => overlaps(pill, t)),
        `${at} ${device ?? ''}`,
      ).toEqual([]);
      expect(pill.x).toBeGreaterThanOrEqual(0);
      expect(pill.x + pill.width).toBeLessThanOrEqual(layout.width);
    }
  });

  it('goes above the dot where nothing is written there', () => {
    const empty = { x: layout.width / 2, y: 4 + 60 };
    const c = placeLabel(empty, 100, 1, [], layout);
    expect(c.x).toBe(0);
    expect(c.y).toBeLessThan(0);
  });
});

describe("placing a Service's tag", () => {
  const label = 'service api 172.19.1.1:80 → DNAT 172.16.1.2:8080';
  const width = pillWidth(label);
  const boxAt = (at: { x: number; y: number }, c: { x: number; y: number }, scale: number) => ({
    x: at.x + c.x - (width * scale) / 2,
    y: at.y + c.y - (PILL_HEIGHT * scale) / 2,
    width: width * scale,
    height: PILL_HEIGHT * scale,
  });

  it('keeps off the text and inside the part of the diagram on screen, even where the ring around it is full', () => {
    const anchor = packetAnchor(layout, 'node:node-a', 'cni0');
    expect(anchor).toBeDefined();
    if (!anchor) return;
    // Zoomed on node-a: a window around the anchor, half the diagram wide, and up to 1.5 times the size.
    for (const scale of [1, 1.5]) {
      const seen = {
        x: anchor.x - layout.width / 4,
        y: anchor.y - layout.height / 4,
        width: layout.width / 2,
        height: layout.height / 2,
      };
      const box = boxAt(anchor, placeTag(anchor, width, scale, texts, seen), scale);
      expect(texts.filter((t) => overlaps(box, t))).toEqual([]);
      expect(box.x).toBeGreaterThanOrEqual(seen.x);
      expect(box.y).toBeGreaterThanOrEqual(seen.y);
      expect(box.x + box.width).toBeLessThanOrEqual(seen.x + seen.width);
      expect(box.y + box.height).toBeLessThanOrEqual(seen.y + seen.height);
    }
  });

  it('takes the ring around its anchor where that is free', () => {
    const empty = { x: layout.width / 2, y: 4 + 60 };
    expect(placeTag(empty, 100, 1, [], layout)).toEqual(placeLabel(empty, 100, 1, [], layout));
  });
});
