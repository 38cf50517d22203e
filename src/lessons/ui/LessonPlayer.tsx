import { useCallback, useEffect } from 'react';
import { type ExplorerStore, type LessonLocation, useExplorer, useExplorerStore } from '../../store/index.ts';
import { clearAnswer, lessonProgress, markSeen, recordAnswer } from '../../store/progress.ts';
import { askedView, type ResolvedLesson, type ResolvedStop } from '../index.ts';
import { applyAsked, applyStop, showProof, showWhenPassed } from './apply-stop.ts';
import { LessonPanel } from './LessonPanel.tsx';
import { checkedAnswer, isRightAnswer } from './progress-check.ts';
import { useClickAnswer } from './useClickAnswer.ts';
import { useLessonInLanguage } from './useLessonLanguage.ts';

interface Props {
  readonly lesson: ResolvedLesson;
  /** The stop open (clamped to the lesson here); a new location shows its stop again. */
  readonly location: LessonLocation;
  readonly embed: boolean;
}

/** The stop a location opens, clamped to the lesson. */
function stopAt(lesson: ResolvedLesson, location: LessonLocation) {
  return lesson.stops[Math.min(location.stop, lesson.stops.length) - 1] ?? lesson.stops[0];
}

/**
 * Shows a stop: as its question is asked while it waits for an answer (the state before the
 * deciding step or hop, the rest kept back), else the stop itself.
 */
function showStop(store: ExplorerStore, lesson: ResolvedLesson, stop: ResolvedStop): void {
  const answered = lessonProgress(store.getState().progress, lesson.id).answers[String(stop.number)];
  const asked = answered ? null : askedView(stop);
  if (asked) applyAsked(store, lesson, stop, asked);
  else {
    store.getState().withhold(null);
    applyStop(store, lesson, stop);
  }
}

/** Plays one lesson: shows its stop in the explorer, keeps progress, checks answers. */
export function LessonPlayer({ lesson, location, embed }: Props) {
  const store = useExplorerStore();
  const stop = stopAt(lesson, location);
  const mine = useExplorer((s) => lessonProgress(s.progress, lesson.id));
  // What was stored is the learner's choice; whether it is right, the lesson says again.
  const given = stop ? checkedAnswer(stop.question, mine.answers[String(stop.number)]) : null;
  // What the panel says, in the page's language; the stops shown and answers checked are the same.
  const shown = useLessonInLanguage(lesson);

  // Declared before the click listener: the stop's own selection is no answer. It runs for each
  // location, so the same stop opened again by a link is shown again, as a fresh load shows it.
  useEffect(() => {
    const stop = stopAt(lesson, location);
    if (!stop) return;
    let shown = true;
    const show = () => {
      if (!shown) return;
      showStop(store, lesson, stop);
    };
    // A packet stop needs the packet engine, which the app loads on demand.
    if (stop.packet && store.getState().engine.kind !== 'ready')
      void store.getState().loadEngine().then(show);
    else show();
    const state = store.getState();
    state.setProgress(markSeen(state.progress, lesson.id, stop.number));
    const asked = askedView(stop);
    const unwatch = asked ? showWhenPassed(store, asked) : () => {};
    return () => {
      shown = false;
      unwatch();
    };
  }, [store, lesson, location]);

  // Leaving the lesson shows everything again.
  useEffect(() => () => store.getState().withhold(null), [store]);

  const answer = useCallback(
    (choice: string) => {
      const question = stop?.question;
      if (!stop || !question) return;
      const right = isRightAnswer(question, choice);
      const state = store.getState();
      state.setProgress(recordAnswer(state.progress, lesson.id, stop.number, { choice, right }));
      showProof(store, stop, question);
    },
    [store, lesson, stop],
  );
  useClickAnswer(store, stop?.question?.kind === 'click' && given === null, answer);

  if (!stop) return null;
  return (
    <LessonPanel
      lesson={shown}
      stop={shown.stops[stop.number - 1] ?? stop}
      seen={mine.seen}
      given={given}
      embed={embed}
      onGo={(n) =>
        store
          .getState()
          .openLesson({ lesson: lesson.id, stop: Math.max(1, Math.min(n, lesson.stops.length)) })
      }
      onChoose={answer}
      onRetry={() => {
        const state = store.getState();
        state.setProgress(clearAnswer(state.progress, lesson.id, stop.number));
        showStop(store, lesson, stop);
      }}
      onShowProof={() => stop.question && showProof(store, stop, stop.question)}
      onExit={() => store.getState().exitLesson()}
      onPicker={() => store.getState().showLessonPicker(true)}
    />
  );
}
