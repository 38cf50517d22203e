import { useEngineText } from '../i18n/useEngineText.ts';
import { errorId, useEditor } from './editor-context.ts';

/** The messages placed at a form path, next to its field; a deeper path is named in front. */
export function FieldErrors({ path }: { readonly path: string }) {
  const errors = useEditor().placed.byPath.get(path);
  const say = useEngineText();
  if (!errors?.length) return null;
  return (
    <ul id={errorId(path)} className="mt-1 space-y-0.5 text-xs text-red-700 dark:text-red-400">
      {errors.map((error) => {
        const reason = say(error.reason ?? error.message);
        return (
          <li key={`${error.path}:${error.message}`}>
            {error.path === path ? reason : `${error.path}: ${reason}`}
          </li>
        );
      })}
    </ul>
  );
}

/** The ARIA wiring of a field: invalid, and described by its messages, when it has any. */
export function useInvalid(path: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } {
  const errors = useEditor().placed.byPath.get(path);
  return errors?.length ? { 'aria-invalid': true, 'aria-describedby': errorId(path) } : {};
}
