import { useEffect, useMemo, useRef, useState } from 'react';
import { type Construction, construct, PHASES, type Phase, type Step } from '../engine/index.ts';
import { PRESET_NAMES, presetScenario } from '../engine/scenario/presets.ts';

type PresetName = Parameters<typeof presetScenario>[0];

/** What the URL says to show: `#/?preset=article&step=N` (step 0 is before anything is built). */
interface View {
  readonly preset: PresetName;
  readonly step: number;
}

type Built =
  | { readonly ok: true; readonly construction: Construction }
  | { readonly ok: false; readonly message: string };

const PHASE_LABELS: Partial<Record<Phase, string>> = {
  initial: 'Initial',
  cluster: 'Cluster',
  node: 'Node',
  pod: 'Pod',
  'what-if': 'What-if',
};

function phaseLabel(phase: Phase): string {
  return PHASE_LABELS[phase] ?? phase;
}

const BUTTON =
  'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-600 dark:bg-slate-900 dark:hover:bg-slate-800';
const FOCUS = 'focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-cyan-600';

function hashParams(hash: string): URLSearchParams {
  return new URLSearchParams(hash.replace(/^#\/?\??/, ''));
}

function isPresetName(value: string): value is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(value);
}

/** Reads the view from the hash; a missing or unknown value falls back to the article at step 0. */
function readView(hash: string): View {
  const params = hashParams(hash);
  const preset = params.get('preset') ?? '';
  const step = Number.parseInt(params.get('step') ?? '', 10);
  return {
    preset: isPresetName(preset) ? preset : 'article',
    step: Number.isNaN(step) ? 0 : Math.max(step, 0),
  };
}

/** Writes the view into the hash, keeping any other parameters, without adding a history entry. */
function writeView(view: View): void {
  const params = hashParams(window.location.hash);
  params.set('preset', view.preset);
  params.set('step', String(view.step));
  const hash = `#/?${params.toString()}`;
  if (hash !== window.location.hash) window.history.replaceState(null, '', hash);
}

function build(preset: PresetName): Built {
  try {
    return { ok: true, construction: construct(presetScenario(preset)) };
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The first page: the construction of a preset scenario, one step at a time. */
export function App() {
  const [view, setView] = useState(() => readView(window.location.hash));
  useEffect(() => {
    const onHashChange = () => setView(readView(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const built = useMemo(() => build(view.preset), [view.preset]);
  const steps = built.ok ? built.construction.steps : [];
  const step = Math.min(view.step, steps.length);
  useEffect(() => {
    writeView({ preset: view.preset, step });
  }, [view.preset, step]);

  const go = (n: number) => setView({ preset: view.preset, step: Math.max(0, Math.min(n, steps.length)) });

  return (
    <div className="flex min-h-screen flex-col bg-white text-slate-900 lg:h-screen dark:bg-slate-950 dark:text-slate-100">
      <header className="border-b border-slate-200 px-6 py-4 dark:border-slate-800">
        <h1 className="text-2xl font-semibold tracking-tight">PodPath</h1>
        <p className="text-slate-600 dark:text-slate-400">
          {built.ok ? built.construction.scenario.title : `The ${view.preset} scenario`}
        </p>
        <nav aria-label="Presets" className="mt-2 flex gap-3 text-sm">
          {PRESET_NAMES.map((name) => (
            <a
              key={name}
              href={`#/?preset=${name}&step=0`}
              aria-current={name === view.preset ? 'page' : undefined}
              className={`underline-offset-2 hover:underline aria-[current=page]:font-semibold ${FOCUS}`}
            >
              {name}
            </a>
          ))}
        </nav>
      </header>
      {built.ok ? (
        <main className="mx-auto grid w-full max-w-6xl gap-6 p-6 lg:min-h-0 lg:flex-1 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] lg:grid-rows-[minmax(0,1fr)]">
          <div className="flex flex-col gap-4">
            <Controls step={step} total={steps.length} go={go} />
            <Narration step={steps[step - 1]} total={steps.length} />
          </div>
          <StepList steps={steps} current={step} go={go} />
        </main>
      ) : (
        <main className="p-6">
          <p role="alert" className="text-red-700 dark:text-red-400">
            The {view.preset} scenario could not be built: {built.message}
          </p>
        </main>
      )}
    </div>
  );
}

function Controls({ step, total, go }: { step: number; total: number; go: (n: number) => void }) {
  const buttons = [
    { name: 'First step', glyph: '«', to: 0, disabled: step === 0 },
    { name: 'Previous step', glyph: '‹', to: step - 1, disabled: step === 0 },
    { name: 'Next step', glyph: '›', to: step + 1, disabled: step === total },
    { name: 'Last step', glyph: '»', to: total, disabled: step === total },
  ];
  return (
    <div className="flex flex-wrap gap-2">
      {buttons.map((b) => (
        <button
          key={b.name}
          type="button"
          className={`${BUTTON} ${FOCUS}`}
          disabled={b.disabled}
          onClick={() => go(b.to)}
        >
          <span aria-hidden="true">{b.glyph}</span> {b.name}
        </button>
      ))}
    </div>
  );
}

function Narration({ step, total }: { step: Step | undefined; total: number }) {
  return (
    <section
      role="status"
      aria-label="Narration"
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900"
    >
      {step ? (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">
            Step {step.index} of {total} · {phaseLabel(step.phase)} phase · {step.actor}
          </p>
          <h2 className={`mt-1 text-lg font-semibold ${step.failed ? 'text-red-700 dark:text-red-400' : ''}`}>
            {step.title}
          </h2>
          <p className="mt-2 leading-relaxed">{step.explanation}</p>
        </>
      ) : (
        <>
          <h2 className="text-lg font-semibold">Before the first step</h2>
          <p className="mt-2 leading-relaxed">
            Nothing exists yet. Press Next step to watch the network being built, one step at a time.
          </p>
        </>
      )}
    </section>
  );
}

function StepList({
  steps,
  current,
  go,
}: {
  steps: readonly Step[];
  current: number;
  go: (n: number) => void;
}) {
  const currentItem = useRef<HTMLLIElement>(null);
  // NOTE: a block body, not an arrow expression: recent Chromium returns a promise from
  // scrollIntoView, and React would call that promise as the effect's cleanup.
  // biome-ignore lint/correctness/useExhaustiveDependencies: scroll again whenever the step changes
  useEffect(() => {
    currentItem.current?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  return (
    <ol aria-label="Construction steps" className="flex flex-col gap-4 lg:overflow-y-auto lg:pr-2">
      {PHASES.map((phase) => {
        const inPhase = steps.filter((s) => s.phase === phase);
        if (inPhase.length === 0) return null;
        return (
          <li key={phase}>
            <h2 className="mb-1 text-sm font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
              {phaseLabel(phase)}
            </h2>
            <ol className="flex flex-col gap-0.5">
              {inPhase.map((s) => (
                <li
                  key={s.index}
                  ref={s.index === current ? currentItem : undefined}
                  aria-current={s.index === current ? 'step' : undefined}
                  className="rounded-md aria-[current=step]:bg-cyan-100 dark:aria-[current=step]:bg-cyan-950"
                >
                  <button
                    type="button"
                    onClick={() => go(s.index)}
                    className={`flex w-full gap-2 rounded-md px-2 py-1 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800 ${FOCUS}`}
                  >
                    <span className="w-8 shrink-0 text-right text-slate-600 tabular-nums dark:text-slate-400">
                      {s.index}
                    </span>
                    <span className="grow">
                      {s.title}
                      <span className="text-slate-600 dark:text-slate-400"> · {s.actor}</span>
                      {s.failed && (
                        <span className="font-semibold text-red-700 dark:text-red-400"> · failed</span>
                      )}
                    </span>
                  </button>
                </li>
              ))}
            </ol>
          </li>
        );
      })}
    </ol>
  );
}
