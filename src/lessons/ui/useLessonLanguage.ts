import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { onCatalogLoaded, zhCatalog } from '../../i18n/catalog.ts';
import { localeOf } from '../../i18n/lang.ts';
import type { LessonWords } from '../../i18n/lesson-words.ts';
import { selectLang, useExplorer } from '../../store/index.ts';
import { useEngineText } from '../../view/i18n/useEngineText.ts';
import { type LessonText, type ResolvedLesson, sayLesson } from '../index.ts';
import { lessonInLanguage } from './lesson-in-language.ts';

/** Says the lessons' computed texts (options, proofs) in the page's language. */
export function useLessonSay(): (text: LessonText) => string {
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  const engine = useEngineText();
  return useCallback(
    (text: LessonText) =>
      sayLesson(text, {
        template: (m) => (lang === 'zh' && zh ? (zh.lessonAnswers[m.key] ?? m.en) : m.en),
        engine,
        locale: localeOf(lang),
      }),
    [lang, zh, engine],
  );
}

/** A lesson's own words in the page's language, or null for English (the lesson's own). */
export function useLessonWords(id: string): LessonWords | null {
  const lang = useExplorer(selectLang);
  const zh = useSyncExternalStore(onCatalogLoaded, zhCatalog, zhCatalog);
  return lang === 'zh' && zh ? (zh.lessonWords[id] ?? null) : null;
}

/** The lesson as the page's language shows it (the same object in English). */
export function useLessonInLanguage(lesson: ResolvedLesson): ResolvedLesson {
  const words = useLessonWords(lesson.id);
  const say = useLessonSay();
  return useMemo(() => (words ? lessonInLanguage(lesson, words, say) : lesson), [lesson, words, say]);
}
