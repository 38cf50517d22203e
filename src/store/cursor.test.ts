import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cursor, createCursor } from './cursor.ts';

const steps = createCursor({ min: 0, max: 5, moveMs: 800, holdMs: 700 });
const at = (position: number, time = 800, playing = false): Cursor => ({ position, time, playing });

describe('createCursor', () => {
  it('moves forward animating from the start, back showing the end, clamped to the track', () => {
    expect(steps.next(at(2))).toEqual(at(3, 0));
    expect(steps.previous(at(2, 0))).toEqual(at(1, 800));
    expect(steps.moveTo(at(2), 99)).toEqual(at(5, 0));
    expect(steps.moveTo(at(2), -4)).toEqual(at(0, 800));
    expect(steps.moveTo(at(2), Number.NaN)).toEqual(at(0, 800));
  });

  it('first and last pause; other moves keep playing', () => {
    expect(steps.first(at(3, 100, true))).toEqual(at(0, 800));
    expect(steps.last(at(3, 100, true))).toEqual(at(5, 0));
    expect(steps.next(at(3, 100, true)).playing).toBe(true);
  });

  it('plays, pauses, and starts over from the first item at the end', () => {
    expect(steps.play(at(2))).toEqual(at(2, 800, true));
    expect(steps.togglePlay(at(2, 800, true))).toEqual(at(2));
    expect(steps.play(at(5))).toEqual(at(0, 0, true));
  });

  it('animates, holds, advances while playing, and stops at the end', () => {
    expect(steps.tick(at(1, 0), 300)).toEqual(at(1, 300));
    expect(steps.tick(at(1, 700), 300)).toEqual(at(1, 800));
    expect(steps.tick(at(1, 800), 300)).toEqual(at(1, 800));
    expect(steps.tick(at(1, 1000, true), 300)).toEqual(at(1, 1300, true));
    expect(steps.tick(at(1, 1300, true), 300)).toEqual(at(2, 0, true));
    expect(steps.tick(at(5, 1300, true), 300)).toEqual(at(5, 800));
    expect(steps.tick(at(1, 0), 0)).toEqual(at(1, 0));
    expect(steps.tick(at(1, 0), Number.NaN)).toEqual(at(1, 0));
  });

  it('on an empty track stays before it and does not play', () => {
    const hops = createCursor({ min: 1, max: 0, moveMs: 600, holdMs: 900 });
    expect(hops.next(at(0))).toEqual(at(0, 600));
    expect(hops.play(at(0))).toEqual(at(0));
  });

  it('always stays on the track, whatever the moves', () => {
    const move = fc.oneof(
      fc.constantFrom('next', 'previous', 'first', 'last', 'play', 'pause', 'togglePlay' as const),
      fc.integer({ min: -10, max: 20 }),
      fc.float({ min: 0, max: 2000, noNaN: true }).map((ms) => ({ ms })),
    );
    fc.assert(
      fc.property(fc.array(move, { maxLength: 60 }), (moves) => {
        let cursor = at(0);
        for (const m of moves) {
          if (typeof m === 'string') cursor = steps[m](cursor);
          else if (typeof m === 'number') cursor = steps.moveTo(cursor, m);
          else cursor = steps.tick(cursor, m.ms);
          expect(cursor.position).toBeGreaterThanOrEqual(0);
          expect(cursor.position).toBeLessThanOrEqual(5);
          expect(cursor.time).toBeGreaterThanOrEqual(0);
        }
      }),
      { seed: 20261207, numRuns: 200 },
    );
  });
});
