import { lazy } from 'react';
import { timeline } from '../i18n/en/timeline.ts';
import {
  selectCurrentStep,
  selectShownWalkError,
  selectTotal,
  selectWalkActive,
  stepWithheld,
  useExplorer,
  useExplorerStore,
} from '../store/index.ts';
import { Icon } from './Icons.tsx';
import { useEngineText } from './i18n/useEngineText.ts';
import { useMessages } from './i18n/useMessages.ts';
import { LazyPart, Loading } from './LazyPart.tsx';
import { NarrationBox } from './NarrationBox.tsx';
import { stepErrors } from './step-errors.ts';
import { FOCUS_RING, MUTED } from './styles.ts';
import { PHASE_LABELS } from './timeline/phase-labels.ts';

// The phases' outline shows only at step 0, under its note: it loads right after.
const PhaseOutline = lazy(() =>
  import('./timeline/PhaseOutline.tsx').then((m) => ({ default: m.PhaseOutline })),
);
// The preset's notes (the article's, on a few steps) are worked out from the world: later.
const PresetNotesOfStep = lazy(() =>
  import('./PresetNotes.tsx').then((m) => ({ default: m.PresetNotesOfStep })),
);
// A packet walk needs the packet engine, which loads on demand too.
const HopNarration = lazy(() =>
  import('./packet/HopNarration.tsx').then((m) => ({ default: m.HopNarration })),
);

// Loaded after the page: the glossary's terms, and rare states (a walk that sent nothing, a step
// a lesson question keeps back).
const notes = () => import('./NarrationNotes.tsx');
const WalkErrorNarration = lazy(() => notes().then((m) => ({ default: m.WalkErrorNarration })));
const KeptBackNarration = lazy(() => notes().then((m) => ({ default: m.KeptBackNarration })));
// The glossary's words under the story load after it, with the notes.
const NarrationTerms = lazy(() => notes().then((m) => ({ default: m.NarrationTerms })));

/**
 * The narration: of the current hop while a packet walk is on screen, of why nothing was sent
 * when its endpoints were refused (from a link, say), else of the current step.
 */
export function Narration() {
  const walking = useExplorer(selectWalkActive);
  const walkError = useExplorer(selectShownWalkError);
  if (walkError !== null)
    return (
      <LazyPart part="walkError" loading={null}>
        <WalkErrorNarration reason={walkError} />
      </LazyPart>
    );
  if (!walking) return <StepNarration />;
  return (
    <LazyPart
      part="walk"
      loading={
        <NarrationBox className={MUTED}>
          <Loading part="walkLoading" />
        </NarrationBox>
      }
    >
      <HopNarration />
    </LazyPart>
  );
}

/**
 * What the current step did and why, in the engine's words, as a polite live region; a failed
 * step shows its real error message. "Show element" selects what the step touched.
 */
function StepNarration() {
  const store = useExplorerStore();
  const step = useExplorer(selectCurrentStep);
  const total = useExplorer(selectTotal);
  const kept = useExplorer((s) => stepWithheld(s.withheld, s.step));
  const errors = stepErrors(step);
  const { m, f } = useMessages('timeline', timeline);
  const say = useEngineText();
  if (step && kept)
    return (
      <LazyPart part="stepNote" loading={null}>
        <KeptBackNarration what={f(m.stepOf, { n: step.index, total })} />
      </LazyPart>
    );
  return (
    <NarrationBox className={step?.failed ? 'border-l-4 border-l-red-600 dark:border-l-red-500' : ''}>
      {step && (
        <button
          type="button"
          onClick={() => store.getState().showElement(step.target)}
          className={`float-right mb-2 ml-4 flex items-center @max-sm:float-none @max-sm:ml-0 gap-1.5 rounded-lg border border-slate-300 px-3 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          <Icon name="target" />
          {m.showElement}
        </button>
      )}
      <div role="status" aria-live="polite" aria-atomic="true">
        {step ? (
          <>
            <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>
              {f(m.stepPhase, { n: step.index, total, phase: m[PHASE_LABELS[step.phase]] })}{' '}
              <span className="normal-case">{step.actor}</span>
            </p>
            <h2
              className={`mt-1 text-lg leading-snug font-semibold ${step.failed ? 'text-red-700 dark:text-red-400' : ''}`}
            >
              {step.failed && <span className="sr-only">{m.failedTitle}</span>}
              {say(step.titleText)}
            </h2>
            <p className="mt-1.5 leading-relaxed [overflow-wrap:anywhere]">{say(step.explanationText)}</p>
            <LazyPart part="stepNote" loading={null}>
              <PresetNotesOfStep step={step} />
            </LazyPart>
            {errors.map((error) => (
              <p
                key={error}
                className="mt-2 rounded-md border border-red-200 bg-red-50 px-3 py-2 font-mono text-sm break-words whitespace-pre-wrap text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
              >
                {error}
              </p>
            ))}
          </>
        ) : (
          <>
            <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>
              {f(m.stepOf, { n: 0, total })}
            </p>
            <h2 className="mt-1 text-lg font-semibold">{m.nothingBuilt}</h2>
            <p className="mt-1.5 leading-relaxed">{m.pressPlay}</p>
            <LazyPart part="outline">
              <PhaseOutline />
            </LazyPart>
          </>
        )}
      </div>
      {step && (
        <LazyPart part="glossary" loading={null}>
          <NarrationTerms text={`${say(step.titleText)} ${say(step.explanationText)}`} />
        </LazyPart>
      )}
    </NarrationBox>
  );
}
