import { type KeyboardEvent, useRef } from 'react';
import { inspector } from '../../i18n/en/inspector.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { artifactLabel, WORDED } from './artifact-labels.ts';
import type { ArtifactView } from './artifact-views.ts';

interface Props {
  readonly idPrefix: string;
  readonly views: readonly ArtifactView[];
  readonly active: string;
  readonly onChoose: (artifact: string) => void;
}

/** A tab per artifact (WAI-ARIA tabs: ← → move between them); a dot marks what this step changed. */
export function ArtifactTabs({ idPrefix, views, active, onChoose }: Props) {
  const list = useRef<HTMLDivElement>(null);
  const { m } = useMessages('inspector', inspector);
  const onKeyDown = (event: KeyboardEvent) => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const index = views.findIndex((v) => v.artifact === active);
    const next = views[(index + delta + views.length) % views.length];
    if (!next) return;
    onChoose(next.artifact);
    list.current?.querySelector<HTMLElement>(`[data-artifact="${CSS.escape(next.artifact)}"]`)?.focus();
  };
  return (
    <div
      ref={list}
      role="tablist"
      aria-label={m.artifacts}
      className="flex flex-wrap gap-1"
      onKeyDown={onKeyDown}
    >
      {views.map((view) => {
        const selected = view.artifact === active;
        const word = WORDED[view.artifact];
        return (
          <button
            key={view.artifact}
            type="button"
            role="tab"
            id={`${idPrefix}-tab-${view.artifact}`}
            data-artifact={view.artifact}
            aria-selected={selected}
            aria-controls={`${idPrefix}-panel`}
            tabIndex={selected ? 0 : -1}
            onClick={() => onChoose(view.artifact)}
            className={`rounded-md px-2 py-1 font-mono text-xs ${FOCUS_RING} ${
              selected
                ? 'bg-sky-700 text-white dark:bg-sky-500 dark:text-slate-950'
                : `hover:bg-slate-100 dark:hover:bg-slate-800 ${view.missing ? 'text-slate-500 dark:text-slate-400' : ''}`
            }`}
          >
            {word ? m[word] : artifactLabel(view.artifact)}
            {view.changed && (
              <>
                <span
                  aria-hidden="true"
                  className="ml-1 inline-block size-1.5 rounded-full bg-lime-600 align-middle dark:bg-lime-400"
                />
                <span className="sr-only">{m.changedAtStep}</span>
              </>
            )}
          </button>
        );
      })}
    </div>
  );
}
