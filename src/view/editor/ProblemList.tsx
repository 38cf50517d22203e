import type { ScenarioError } from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';

/** Messages the form cannot place at a field (or, in the JSON view, all of them). */
export function ProblemList({
  id,
  errors,
}: {
  readonly id: string;
  readonly errors: readonly ScenarioError[];
}) {
  const { m } = useMessages('editor', editor);
  const say = useEngineText();
  if (errors.length === 0) return null;
  return (
    // The region carries the name; the list, unnamed, is what fields point to as their description.
    <section aria-label={m.problemList}>
      <ul
        id={id}
        className="space-y-1 rounded-lg border border-red-200 bg-red-50 p-3 text-sm text-red-800 dark:border-red-900 dark:bg-red-950/60 dark:text-red-200"
      >
        {errors.map((error) => (
          <li key={`${error.path}:${error.message}`} className="break-words">
            <code className="font-semibold">{error.path}</code>: {say(error.reason ?? error.message)}
          </li>
        ))}
      </ul>
    </section>
  );
}
