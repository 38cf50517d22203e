/**
 * A lesson stop in the URL (`#/?lesson=ID&stop=N`, next to the explorer's own parameters, which
 * this module keeps as they are). Anything malformed reads as no lesson.
 */

export interface LessonLocation {
  readonly lesson: string;
  /** 1-based; clamped to the lesson's stops by the player. */
  readonly stop: number;
}

const LESSON_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const MAX_ID = 80;

function paramsOf(hash: string): URLSearchParams {
  const query = hash.indexOf('?');
  return new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
}

/** The lesson stop a hash names, or null. A missing or bad `stop` reads as the first. */
export function readLessonUrl(hash: string): LessonLocation | null {
  const params = paramsOf(hash);
  const lesson = params.get('lesson');
  if (lesson === null || lesson.length > MAX_ID || !LESSON_ID.test(lesson)) return null;
  const stopText = params.get('stop') ?? '';
  const stop = /^\d{1,4}$/.test(stopText) ? Math.max(1, Number(stopText)) : 1;
  return { lesson, stop };
}

/** Whether a hash is inside a lesson: then the lesson player, not the URL, sets the view. */
export function isLessonUrl(hash: string): boolean {
  return readLessonUrl(hash) !== null;
}

/** The hash with the lesson stop set (or removed, for null), other parameters kept. */
export function writeLessonUrl(hash: string, location: LessonLocation | null): string {
  const params = paramsOf(hash);
  if (location) {
    params.set('lesson', location.lesson);
    params.set('stop', String(location.stop));
  } else {
    params.delete('lesson');
    params.delete('stop');
  }
  return `#/?${params.toString().replaceAll('%3A', ':').replaceAll('%2F', '/')}`;
}
