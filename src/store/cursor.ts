/**
 * The one timeline cursor: a position on a track (the construction's steps, or a walk's hops), the
 * animation clock of the item it is on, and whether it plays. Pure: each function gives the next
 * cursor. Moving forward animates the new item from its start; moving back shows it as it ended.
 * While playing, an item animates for `moveMs`, rests for `holdMs`, then the next one starts; at
 * the end playback stops, and Play there starts over from the first item.
 */

export interface Cursor {
  readonly position: number;
  /** Milliseconds (already scaled by speed) spent on the current item. */
  readonly time: number;
  readonly playing: boolean;
}

export interface Track {
  /** The first position (0 for steps: nothing built; 1 for hops). */
  readonly min: number;
  /** The last position; below `min` for an empty track. */
  readonly max: number;
  readonly moveMs: number;
  readonly holdMs: number;
}

export interface CursorMoves {
  /** To a position (clamped to the track); playing goes on. */
  moveTo(cursor: Cursor, position: number): Cursor;
  next(cursor: Cursor): Cursor;
  previous(cursor: Cursor): Cursor;
  /** To the first or last position, paused. */
  first(cursor: Cursor): Cursor;
  last(cursor: Cursor): Cursor;
  play(cursor: Cursor): Cursor;
  pause(cursor: Cursor): Cursor;
  togglePlay(cursor: Cursor): Cursor;
  /** Advances the clock by `elapsedMs` (scaled by speed); auto-advances while playing. */
  tick(cursor: Cursor, elapsedMs: number): Cursor;
}

/** The moves of a cursor over `track`. */
export function createCursor(track: Track): CursorMoves {
  const empty = track.max < track.min;
  const clamp = (position: number) => {
    if (empty) return track.min - 1;
    const n = Number.isFinite(position) ? Math.trunc(position) : track.min;
    return Math.max(track.min, Math.min(n, track.max));
  };
  const moveTo = (cursor: Cursor, position: number): Cursor => {
    const target = clamp(position);
    return { ...cursor, position: target, time: target > cursor.position ? 0 : track.moveMs };
  };
  const play = (cursor: Cursor): Cursor => {
    if (cursor.playing || empty) return cursor;
    // At the end, Play starts over from the first item.
    const restart = cursor.position >= track.max;
    return restart ? { position: track.min, time: 0, playing: true } : { ...cursor, playing: true };
  };
  const pause = (cursor: Cursor): Cursor => (cursor.playing ? { ...cursor, playing: false } : cursor);
  return {
    moveTo,
    next: (cursor) => moveTo(cursor, cursor.position + 1),
    previous: (cursor) => moveTo(cursor, cursor.position - 1),
    first: (cursor) => ({ ...moveTo(cursor, track.min), playing: false }),
    last: (cursor) => ({ ...moveTo(cursor, Number.MAX_SAFE_INTEGER), playing: false }),
    play,
    pause,
    togglePlay: (cursor) => (cursor.playing ? pause(cursor) : play(cursor)),
    tick: (cursor, elapsedMs) => {
      if (!(elapsedMs > 0)) return cursor;
      const time = cursor.time + elapsedMs;
      if (!cursor.playing) {
        return cursor.time < track.moveMs ? { ...cursor, time: Math.min(track.moveMs, time) } : cursor;
      }
      if (time < track.moveMs + track.holdMs) return { ...cursor, time };
      if (cursor.position < track.max) return { ...cursor, position: cursor.position + 1, time: 0 };
      return { ...cursor, playing: false, time: track.moveMs };
    },
  };
}
