import { describe, expect, it } from 'vitest';
import { memoryStorage } from '../test-support/memory-storage.ts';
import { clearAnswer, completion, markSeen, PROGRESS_KEY, recordAnswer, saveProgress } from './progress.ts';
import { loadProgress, parseProgress } from './progress-read.ts';

describe('lesson progress', () => {
  it('marks stops seen and records answers', () => {
    let p = markSeen({}, 'a', 3);
    p = markSeen(p, 'a', 1);
    expect(markSeen(p, 'a', 1)).toBe(p);
    p = recordAnswer(p, 'a', 3, { choice: 'route:0.0.0.0/0', right: false });
    expect(p.a).toEqual({ seen: [1, 3], answers: { '3': { choice: 'route:0.0.0.0/0', right: false } } });
    expect(completion(p, 'a', 3)).toEqual({ seen: 2, total: 3, done: false });
    expect(completion(markSeen(p, 'a', 2), 'a', 3).done).toBe(true);
    expect(clearAnswer(p, 'a', 3).a?.answers).toEqual({});
  });

  it('survives a round trip through storage, and reset', () => {
    const storage = memoryStorage();
    const p = recordAnswer(markSeen({}, 'a', 1), 'a', 1, { choice: 'x', right: true });
    saveProgress(p, storage);
    expect(loadProgress(storage)).toEqual(p);
    saveProgress({}, storage);
    expect(storage.getItem(PROGRESS_KEY)).toBeNull();
  });

  it('reads broken or hostile storage as no progress', () => {
    expect(parseProgress('not json')).toEqual({});
    expect(parseProgress('[1,2]')).toEqual({});
    expect(parseProgress('{"a":{"seen":"x"}}')).toEqual({});
    expect(
      parseProgress('{"__proto__":{"seen":[1],"answers":{}},"b":{"seen":[1,-1,2.5],"answers":{"1":5}}}'),
    ).toEqual({
      b: { seen: [1], answers: {} },
    });
    const throwing = {
      getItem: () => {
        throw new Error('denied');
      },
    } as unknown as Storage;
    expect(loadProgress(throwing)).toEqual({});
  });
});
