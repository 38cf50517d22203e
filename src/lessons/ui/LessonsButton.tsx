import { header } from '../../i18n/en/header.ts';
import { useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { LESSON_BUTTON } from './styles.ts';

/** The header's way into the lessons: opens the picker. */
export function LessonsButton() {
  const store = useExplorerStore();
  const { m } = useMessages('header', header);
  return (
    <button type="button" onClick={() => store.getState().showLessonPicker(true)} className={LESSON_BUTTON}>
      {m.lessons}
    </button>
  );
}
