import { useExplorerStore } from '../../store/index.ts';
import { LESSON_BUTTON } from './styles.ts';

/** The header's way into the lessons: opens the picker. */
export function LessonsButton() {
  const store = useExplorerStore();
  return (
    <button type="button" onClick={() => store.getState().showLessonPicker(true)} className={LESSON_BUTTON}>
      Lessons
    </button>
  );
}
