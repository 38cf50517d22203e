import { describe, expect, it } from 'vitest';
import { createExplorerStore } from './create-explorer-store.ts';

describe('lesson navigation', () => {
  it('opens a stop, closing the picker, and exits', () => {
    const nav = createExplorerStore({ devtools: false });
    nav.getState().showLessonPicker(true);
    nav.getState().openLesson({ lesson: 'a', stop: 2 });
    expect(nav.getState()).toMatchObject({ lesson: { lesson: 'a', stop: 2 }, lessonPicker: false });
    const location = nav.getState().lesson;
    nav.getState().openLesson({ lesson: 'a', stop: 2 });
    expect(nav.getState().lesson).toBe(location);
    nav.getState().exitLesson();
    expect(nav.getState().lesson).toBeNull();
  });
});
