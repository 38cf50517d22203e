import { useEffect, useMemo, useRef, useState } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { CapacitySummary } from './CapacitySummary.tsx';
import { setIn } from './doc-path.ts';
import { draftFromDoc, draftFromText } from './draft.ts';
import { type EditorApi, EditorContext } from './editor-context.ts';
import { placeErrors } from './error-map.ts';
import { JsonView } from './JsonView.tsx';
import { ScenarioForm } from './ScenarioForm.tsx';
import { useDraft } from './useDraft.ts';

export interface ScenarioEditorProps {
  /** The scenario shown (without what-if changes), and the file it was read from. */
  readonly scenario: Scenario;
  readonly file: unknown;
  /** Shows a valid draft; the editor never applies an invalid one. */
  readonly onApply: (scenario: Scenario, file: unknown) => void;
  readonly onClose: () => void;
  /** Where the panel starts from the top of the window (below the page header). */
  readonly top?: number;
}

const TOGGLE = `rounded-md px-3 py-1 text-sm font-medium aria-pressed:bg-sky-700 aria-pressed:text-white dark:aria-pressed:bg-sky-500 dark:aria-pressed:text-slate-950 ${FOCUS_RING}`;

/**
 * The scenario editor: a panel beside the diagram with a form and a JSON view of one draft,
 * validated as the user types (each message by its field), and the capacity it gives.
 */
export function ScenarioEditor({ scenario, file, onApply, onClose, top = 0 }: ScenarioEditorProps) {
  const { m, f } = useMessages('editor', editor);
  const [draft, setDraft] = useDraft(scenario, file, onApply);
  const [view, setView] = useState<'form' | 'json'>('form');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  // Escape closes the panel from inside it, or when focus fell back to the page (a removed row).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const panel = heading.current?.closest('dialog');
      const focus = document.activeElement;
      if (event.key === 'Escape' && (focus === document.body || panel?.contains(focus) === true)) onClose();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onClose]);
  const errors = draft.result.ok ? [] : draft.result.errors;
  const placed = useMemo(() => placeErrors(errors, draft.doc), [errors, draft.doc]);
  const api = useMemo<EditorApi>(
    () => ({
      doc: draft.doc,
      placed,
      update: (path, value) => setDraft((d) => draftFromDoc(setIn(d.doc, path, value))),
      edit: (change) => setDraft((d) => draftFromDoc(change(d.doc))),
    }),
    [draft.doc, placed, setDraft],
  );
  const shown = draft.result.ok ? draft.result.scenario : scenario;
  const capacity = <CapacitySummary scenario={shown} stale={!draft.result.ok} />;
  return (
    // A non-modal native dialog: the diagram beside it stays live and follows each valid draft.
    <dialog
      open
      aria-labelledby="ed-heading"
      style={{ top }}
      className="fixed right-0 bottom-0 left-auto z-30 m-0 flex h-auto max-h-none w-full max-w-none flex-col p-0 text-inherit sm:w-[26rem] 2xl:w-[30rem] border-l border-slate-300 bg-white shadow-2xl dark:border-slate-700 dark:bg-slate-900"
    >
      <header className="flex items-center gap-3 border-b border-slate-200 px-4 py-2.5 dark:border-slate-800">
        <h2 id="ed-heading" ref={heading} tabIndex={-1} className="text-lg font-semibold outline-none">
          {m.title}
        </h2>
        <div className="ml-auto flex gap-1 rounded-lg border border-slate-300 p-0.5 dark:border-slate-600">
          <button
            type="button"
            aria-pressed={view === 'form'}
            onClick={() => setView('form')}
            className={TOGGLE}
          >
            {m.form}
          </button>
          <button
            type="button"
            aria-pressed={view === 'json'}
            onClick={() => setView('json')}
            className={TOGGLE}
          >
            JSON
          </button>
        </div>
        <button
          type="button"
          onClick={onClose}
          className={`rounded-md border border-slate-300 px-3 py-1 text-sm hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`}
        >
          {m.close}
        </button>
      </header>
      <p
        role="status"
        className={`border-b border-slate-200 px-4 py-1.5 text-sm dark:border-slate-800 ${errors.length ? 'font-medium text-red-700 dark:text-red-400' : 'text-emerald-800 dark:text-emerald-300'}`}
      >
        {errors.length ? f(m.problems, { count: errors.length }) : m.valid}
      </p>
      <div className="flex-1 space-y-3 overflow-y-auto p-4">
        <EditorContext value={api}>
          {view === 'form' ? (
            <ScenarioForm unplaced={placed.unplaced} capacity={capacity} />
          ) : (
            <JsonView draft={draft} capacity={capacity} onText={(text) => setDraft(draftFromText(text))} />
          )}
        </EditorContext>
      </div>
    </dialog>
  );
}
