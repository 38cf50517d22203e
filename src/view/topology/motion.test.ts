import { describe, expect, it } from 'vitest';
import { construct } from '../../engine/index.ts';
import { layoutTopology } from '../../layout/index.ts';
import { ARTICLE } from '../../layout/test-fixtures.ts';
import { eased, enteringLines } from './motion.ts';
import { sameElement, sameLink } from './same.ts';

describe('motion', () => {
  it('eases progress and clamps it to [0, 1]', () => {
    expect(eased(0)).toBe(0);
    expect(eased(1)).toBe(1);
    expect(eased(2)).toBe(1);
    expect(eased(-1)).toBe(0);
    expect(eased(Number.NaN)).toBe(1);
    expect(eased(0.5)).toBeGreaterThan(0.5); // ease-out: quick start, calm landing
  });

  it('names the lines that enter with the step', () => {
    const entering = new Set(['pod:web-1', 'pod:web-1#ip']);
    expect(enteringLines(entering, [{ key: 'pod:web-1' }, { key: 'pod:web-1#ip' }, { key: 'x' }])).toBe(
      'pod:web-1\npod:web-1#ip\n',
    );
  });
});

describe('same: structural equality lets a step re-render only what changed', () => {
  it('finds equal elements and links in two layouts of the same world', () => {
    const world = construct(ARTICLE).final;
    const a = layoutTopology(world);
    const b = layoutTopology({ ...world });
    for (const e of a.elements) expect(sameElement(e, b.byId.get(e.id) ?? e)).toBe(true);
    for (const [i, l] of a.links.entries()) expect(sameLink(l, b.links[i] ?? l)).toBe(true);
  });

  it('tells a changed label, box or badge apart', () => {
    const node = layoutTopology(construct(ARTICLE).final).byId.get('node:node-a');
    if (!node) throw new Error('no node-a');
    expect(sameElement(node, { ...node, lines: node.lines.map((l) => ({ ...l, text: `${l.text}!` })) })).toBe(
      false,
    );
    expect(sameElement(node, { ...node, box: { ...node.box, x: node.box.x + 1 } })).toBe(false);
    expect(sameElement(node, { ...node, status: 'failed' })).toBe(false);
  });
});
