import { LESSON_BUTTON } from '../../view/lessons/styles.ts';
import { lessonNav } from './lesson-nav.ts';

/** The header's way into the lessons: opens the picker. */
export function LessonsButton() {
  return (
    <button type="button" onClick={() => lessonNav.getState().showPicker(true)} className={LESSON_BUTTON}>
      Lessons
    </button>
  );
}
