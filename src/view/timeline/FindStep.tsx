import { type FormEvent, useId, useState } from 'react';
import { navTools } from '../../i18n/en/navTools.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import FindResults from './FindResults.tsx';

/**
 * "Find step": a search over the steps' titles and the diagram's element names. Enter goes to
 * the first match; a step match goes to that step, an element match selects the element (at the
 * step that made it, when it is not built yet) and zooms to it. Escape clears.
 */
export default function FindStep() {
  const [query, setQuery] = useState('');
  const { m } = useMessages('navTools', navTools);
  const listId = useId();
  const open = query.trim() !== '';
  const onSubmit = (event: FormEvent) => event.preventDefault();
  return (
    <search className="relative block shrink-0 px-1">
      <form onSubmit={onSubmit}>
        <input
          type="search"
          aria-label={m.findStep}
          placeholder={m.findPlaceholder}
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Escape' && query) {
              event.preventDefault();
              setQuery('');
            }
          }}
          aria-controls={open ? listId : undefined}
          className={`w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`}
        />
        {open && <FindResults id={listId} query={query} onDone={() => setQuery('')} />}
      </form>
    </search>
  );
}
