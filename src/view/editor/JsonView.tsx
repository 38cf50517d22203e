import type { ReactNode } from 'react';
import { editor } from '../../i18n/en/editor.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import type { Draft } from './draft.ts';
import { ProblemList } from './ProblemList.tsx';

interface Props {
  readonly draft: Draft;
  readonly capacity: ReactNode;
  readonly onText: (text: string) => void;
}

/** The draft as JSON text, every message listed under it, the capacity above. */
export function JsonView({ draft, capacity, onText }: Props) {
  const errors = draft.result.ok ? [] : draft.result.errors;
  const { m } = useMessages('editor', editor);
  return (
    <div className="space-y-2">
      {capacity}
      <label htmlFor="ed-json" className="block text-sm font-medium">
        {m.scenarioJson}
      </label>
      <textarea
        id="ed-json"
        value={draft.text}
        onChange={(event) => onText(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        rows={26}
        aria-invalid={errors.length > 0 || undefined}
        aria-describedby={errors.length > 0 ? 'ed-json-problems' : undefined}
        className={`w-full rounded-md border border-slate-300 bg-white p-2 font-mono text-xs leading-relaxed aria-invalid:border-red-600 dark:border-slate-600 dark:bg-slate-950 ${FOCUS_RING}`}
      />
      <ProblemList id="ed-json-problems" errors={errors} />
    </div>
  );
}
