import { describe, expect, it } from 'vitest';
import { layoutTopology } from '../../layout/index.ts';
import { LESSONS, resolveLesson } from '../../lessons/index.ts';
import { quietCauses } from './quiet-causes.ts';

describe('the diagram while a lesson question waits', () => {
  const trouble = LESSONS.find((l) => l.id === 'troubleshooting');
  if (!trouble) throw new Error('no troubleshooting lesson');
  const world = resolveLesson(trouble).construction.final;
  const layout = layoutTopology(world, {});

  it('names no cause: no node badge, name or brief with one, no refused-route line', () => {
    const causes = ['flanneld failed', 'VPC route deleted', 'QuotaExceeded', 'CIDRNotAvailable'];
    const loud = layout.elements.filter((e) => e.kind === 'node' && e.badges.length > 0);
    expect(loud.length).toBeGreaterThan(0);
    const quiet = quietCauses(layout);
    for (const element of quiet.elements.filter((e) => e.kind === 'node')) {
      expect(element.badges).toEqual([]);
      for (const cause of causes) {
        expect(element.name).not.toContain(cause);
        expect(element.brief ?? '').not.toContain(cause);
      }
      // The symptom stays: the node is still drawn in trouble.
      expect(element.status).toBe(layout.elements.find((e) => e.id === element.id)?.status);
    }
    expect(quiet.routes.refusedLine).toBeUndefined();
  });
});
