import { lazy } from 'react';
import { useExplorer } from '../../store/index.ts';
import { LazyPart, Loading } from '../../view/LazyPart.tsx';

const LessonsUi = lazy(() => import('./LessonsUi.tsx'));

/**
 * Where lessons appear in the shell: nothing until a lesson is opened (by the picker or by a
 * `lesson=` link); then the lazily loaded player. Render it once per page.
 */
export function LessonsHost({ embed = false }: { embed?: boolean }) {
  const open = useExplorer((s) => s.lesson !== null || s.lessonPicker);
  if (!open) return null;
  return (
    <LazyPart
      part="lessons"
      loading={
        <p className="text-sm text-slate-600 dark:text-slate-400">
          <Loading part="lessonLoading" />
        </p>
      }
    >
      <LessonsUi embed={embed} />
    </LazyPart>
  );
}
