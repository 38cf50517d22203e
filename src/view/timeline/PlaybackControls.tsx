import { useShallow } from 'zustand/react/shallow';
import { timeline } from '../../i18n/en/timeline.ts';
import {
  SPEEDS,
  selectSpeed,
  selectSteps,
  selectTimeline,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { Icon, type IconName } from '../Icons.tsx';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { phaseJump } from './phase-jump.ts';

const BUTTON = `flex size-9 @max-md:size-7 items-center justify-center rounded-lg text-slate-700 hover:bg-slate-100 disabled:opacity-40 disabled:hover:bg-transparent dark:text-slate-200 dark:hover:bg-slate-800 ${FOCUS_RING}`;

function ControlButton(props: {
  name: string;
  icon: IconName;
  disabled?: boolean;
  onClick: () => void;
  className?: string;
  title?: string;
}) {
  return (
    <button
      type="button"
      aria-label={props.name}
      title={props.title ?? props.name}
      disabled={props.disabled}
      onClick={props.onClick}
      className={`${BUTTON} ${props.className ?? ''}`}
    >
      <Icon name={props.icon} className="size-5" />
    </button>
  );
}

/**
 * First / Previous / Play-Pause / Next / Last, the counter and the speed, shortened in a narrow
 * bar (its container: the diagram's bar). They drive the
 * construction's steps, or the hops of the packet walk while one is on screen (the same names).
 */
export function PlaybackControls() {
  const store = useExplorerStore();
  const { m, f } = useMessages('timeline', timeline);
  const track = useExplorer(useShallow(selectTimeline));
  const { unit, position: step, min, total, playing } = track;
  const speed = useExplorer(selectSpeed);
  const steps = useExplorer(selectSteps);
  // Phase jumps drive the construction's steps; a packet walk has no phases.
  const phases = unit === 'step';
  const previousPhase = phases ? phaseJump(steps, step, -1) : null;
  const nextPhase = phases ? phaseJump(steps, step, 1) : null;
  const goTo = store.getState().goTo;
  const s = { ...track, setSpeed: store.getState().setSpeed };
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 @max-md:gap-x-1.5">
      <fieldset className="flex items-center gap-0.5">
        <legend className="sr-only">{unit === 'hop' ? m.packetWalk : m.playback}</legend>
        <ControlButton name={m.firstStep} icon="first" disabled={step <= min} onClick={s.first} />
        {phases && (
          <ControlButton
            name={m.previousPhase}
            title={m.previousPhaseKey}
            icon="phasePrevious"
            disabled={previousPhase === null}
            onClick={() => previousPhase !== null && goTo(previousPhase)}
            className="@max-4xl:hidden"
          />
        )}
        <ControlButton name={m.previousStep} icon="previous" disabled={step <= min} onClick={s.previous} />
        <button
          type="button"
          aria-label={playing ? m.pause : m.play}
          title={playing ? m.pauseKey : m.playKey}
          onClick={s.togglePlay}
          className={`flex h-9 @max-md:h-7 items-center gap-1.5 rounded-lg bg-sky-700 px-4 font-medium @max-2xl:px-2.5 @max-md:px-1.5 text-white hover:bg-sky-800 dark:bg-sky-500 dark:text-slate-950 dark:hover:bg-sky-400 ${FOCUS_RING}`}
        >
          <Icon name={playing ? 'pause' : 'play'} className="size-4" />
          <span aria-hidden="true" className="@max-2xl:hidden">
            {playing ? m.pause : m.play}
          </span>
        </button>
        <ControlButton name={m.nextStep} icon="next" disabled={step === total} onClick={s.next} />
        {phases && (
          <ControlButton
            name={m.nextPhase}
            title={m.nextPhaseKey}
            icon="phaseNext"
            disabled={nextPhase === null}
            onClick={() => nextPhase !== null && goTo(nextPhase)}
            className="@max-4xl:hidden"
          />
        )}
        <ControlButton name={m.lastStep} icon="last" disabled={step === total} onClick={s.last} />
      </fieldset>
      <p className="text-sm text-slate-600 tabular-nums dark:text-slate-400">
        <span className="@max-md:sr-only">{unit === 'hop' ? m.counterHop : m.counterStep} </span>
        <span className="font-semibold text-slate-900 dark:text-slate-100">{step}</span>{' '}
        {f(m.counterOf, { total })}
      </p>
      <label className="ml-auto flex items-center gap-2 text-sm @max-md:hidden">
        <span className="text-slate-600 @max-4xl:sr-only dark:text-slate-400">{m.speed}</span>
        <select
          value={speed}
          onChange={(event) => s.setSpeed(Number(event.target.value))}
          className={`rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
        >
          {SPEEDS.map((value) => (
            <option key={value} value={value}>
              {value}×
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
