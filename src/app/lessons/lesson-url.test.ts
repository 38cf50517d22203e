import { describe, expect, it } from 'vitest';
import { isLessonUrl, readLessonUrl, writeLessonUrl } from './lesson-url.ts';

describe('lesson URL', () => {
  it('reads the lesson and the stop', () => {
    expect(readLessonUrl('#/?lesson=troubleshooting&stop=3')).toEqual({ lesson: 'troubleshooting', stop: 3 });
    expect(readLessonUrl('#/?lesson=same-node-cross-node')).toEqual({
      lesson: 'same-node-cross-node',
      stop: 1,
    });
    expect(readLessonUrl('#/?lesson=x&stop=0')).toEqual({ lesson: 'x', stop: 1 });
    expect(readLessonUrl('#/?lesson=x&stop=-2')).toEqual({ lesson: 'x', stop: 1 });
  });

  it('reads malformed lessons as none', () => {
    expect(readLessonUrl('#/?preset=article')).toBeNull();
    expect(readLessonUrl('#/?lesson=<script>')).toBeNull();
    expect(readLessonUrl('#/?lesson=')).toBeNull();
    expect(readLessonUrl('')).toBeNull();
    expect(isLessonUrl('#/?lesson=A')).toBe(false);
  });

  it('writes the stop and keeps the other parameters', () => {
    const hash = writeLessonUrl('#/?preset=article&step=4&sel=node:node-a&embed=1', { lesson: 'l', stop: 2 });
    expect(hash).toBe('#/?preset=article&step=4&sel=node:node-a&embed=1&lesson=l&stop=2');
    expect(writeLessonUrl(hash, null)).toBe('#/?preset=article&step=4&sel=node:node-a&embed=1');
  });
});
