import { useMemo } from 'react';
import { zhCatalog } from '../../i18n/catalog.ts';
import { elementKinds } from '../../i18n/en/elementKinds.ts';
import { navTools } from '../../i18n/en/navTools.ts';
import { type ElementKind, layoutTopology } from '../../layout/index.ts';
import { selectSteps, selectWorld, useExplorer, useExplorerStore, worldAt } from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { MUTED } from '../styles.ts';
import { type Found, findSteps } from './find-step.ts';

const asIs = (label: string) => label;

interface Props {
  readonly id: string;
  readonly query: string;
  /** Called once a match is gone to (the search clears). */
  readonly onDone: () => void;
}

/**
 * The matches of "Find step", under its field. Each is a submit button, so Enter in the field
 * (the form's implicit submission) picks the first.
 */
export default function FindResults({ id, query, onDone }: Props) {
  const store = useExplorerStore();
  const { m, f, lang } = useMessages('navTools', navTools);
  const kinds: Readonly<Record<ElementKind, string>> = useMessages('elementKinds', elementKinds).m;
  // An element's label is drawn text (its brief's first part): the diagram's own words say it.
  const sayLabel = (lang === 'zh' ? zhCatalog()?.sayWord : undefined) ?? asIs;
  const steps = useExplorer(selectSteps);
  const construction = useExplorer((s) => s.construction);
  const world = useExplorer(selectWorld);
  const elements = useMemo(
    () => layoutTopology(worldAt(construction, construction.steps.length)).elements,
    [construction],
  );
  const say = useEngineText();
  const found = useMemo(
    () => findSteps(steps, elements, query, 8, say, sayLabel),
    [steps, elements, query, say, sayLabel],
  );
  const go = (match: Found) => {
    const s = store.getState();
    if (match.kind === 'step') s.goTo(match.step);
    else {
      // Not built at this step: go to the step that makes it (else the end), then show it.
      const built = layoutTopology(world).byId.has(match.id);
      if (!built) s.goTo(match.step ?? steps.length);
      s.showElement(match.id);
    }
    onDone();
  };
  return (
    <ul
      id={id}
      aria-label={m.found}
      className="absolute inset-x-1 top-full z-20 mt-1 max-h-72 overflow-y-auto rounded-md border border-slate-300 bg-white p-1 text-sm shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      {found.length === 0 && <li className={`px-2 py-1 ${MUTED}`}>{m.noMatch}</li>}
      {found.map((match) => (
        <li key={match.kind === 'step' ? `step:${match.step}` : match.id}>
          <button
            type="submit"
            onClick={(event) => {
              event.preventDefault();
              go(match);
            }}
            className="w-full rounded px-2 py-1 text-left hover:bg-slate-100 focus-visible:bg-sky-100 focus-visible:outline-none dark:hover:bg-slate-800 dark:focus-visible:bg-sky-900"
          >
            {match.kind === 'step' ? (
              <>
                <span className={`tabular-nums ${MUTED}`}>{f(m.foundStep, { n: match.step })}</span>
                {match.title}
              </>
            ) : (
              <>
                <span className="font-semibold">{sayLabel(match.label)}</span>{' '}
                <span className={MUTED}>{f(m.foundElement, { what: kinds[match.what] })}</span>
              </>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
