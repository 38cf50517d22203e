import { useCallback, useEffect } from 'react';
import { isRightClick, type ResolvedLesson } from '../../lessons/index.ts';
import { useExplorerStore } from '../../store/index.ts';
import { loadTracer, readyTracer } from '../../store/tracer.ts';
import { LessonPanel } from '../../view/lessons/LessonPanel.tsx';
import { applyStop, showProof } from './apply-stop.ts';
import type { LessonNav } from './lesson-nav.ts';
import { openInspectorTab } from './open-inspector-tab.ts';
import { lessonProgress } from './progress.ts';
import { appProgressStore, useProgress } from './progress-store.ts';
import { useClickAnswer } from './useClickAnswer.ts';

interface Props {
  readonly lesson: ResolvedLesson;
  /** 1-based, already clamped to the lesson. */
  readonly stopNumber: number;
  readonly nav: LessonNav;
  readonly embed: boolean;
}

/** Plays one lesson: shows its stop in the explorer, keeps progress, checks answers. */
export function LessonPlayer({ lesson, stopNumber, nav, embed }: Props) {
  const store = useExplorerStore();
  const stop = lesson.stops[stopNumber - 1] ?? lesson.stops[0];
  const mine = useProgress((s) => lessonProgress(s.progress, lesson.id));
  const given = stop ? (mine.answers[String(stop.number)] ?? null) : null;

  // Declared before the click listener: the stop's own selection is no answer.
  useEffect(() => {
    if (!stop) return;
    let shown = true;
    const show = () => {
      if (!shown) return;
      applyStop(store, lesson, stop);
      if (stop.artifact && !stop.packet) openInspectorTab(stop.artifact);
    };
    // A packet stop needs the packet engine, which the app loads on demand.
    if (stop.packet && !readyTracer()) void loadTracer().then(show);
    else show();
    appProgressStore().getState().seen(lesson.id, stop.number);
    return () => {
      shown = false;
    };
  }, [store, lesson, stop]);

  const answer = useCallback(
    (choice: string) => {
      const question = stop?.question;
      if (!stop || !question) return;
      const right =
        question.kind === 'click' ? isRightClick(question.answer, choice) : choice === question.answer;
      appProgressStore().getState().answer(lesson.id, stop.number, { choice, right });
      showProof(store, stop, question);
      if (question.proof.artifact && !stop.packet) openInspectorTab(question.proof.artifact.name);
    },
    [store, lesson, stop],
  );
  useClickAnswer(store, stop?.question?.kind === 'click' && given === null, answer);

  if (!stop) return null;
  return (
    <LessonPanel
      lesson={lesson}
      stop={stop}
      seen={mine.seen}
      given={given}
      embed={embed}
      onGo={(n) =>
        nav.getState().open({ lesson: lesson.id, stop: Math.max(1, Math.min(n, lesson.stops.length)) })
      }
      onChoose={answer}
      onRetry={() => {
        appProgressStore().getState().retry(lesson.id, stop.number);
        applyStop(store, lesson, stop);
      }}
      onShowProof={() => stop.question && showProof(store, stop, stop.question)}
      onExit={() => nav.getState().exit()}
      onPicker={() => nav.getState().showPicker(true)}
    />
  );
}
