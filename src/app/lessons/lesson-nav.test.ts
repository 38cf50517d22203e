import { describe, expect, it } from 'vitest';
import { createLessonNav } from './lesson-nav.ts';

describe('lesson navigation', () => {
  it('opens a stop, closing the picker, and exits', () => {
    const nav = createLessonNav();
    nav.getState().showPicker(true);
    nav.getState().open({ lesson: 'a', stop: 2 });
    expect(nav.getState()).toMatchObject({ location: { lesson: 'a', stop: 2 }, pickerOpen: false });
    const location = nav.getState().location;
    nav.getState().open({ lesson: 'a', stop: 2 });
    expect(nav.getState().location).toBe(location);
    nav.getState().exit();
    expect(nav.getState().location).toBeNull();
  });
});
