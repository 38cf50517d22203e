import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { layoutTopology, overlaps, packetAnchor } from '../../layout/index.ts';
import { PILL_HEIGHT, pillWidth, placeLabel, textBoxes } from './label-place.ts';

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
