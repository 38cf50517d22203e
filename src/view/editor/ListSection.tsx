import { type ReactNode, useRef } from 'react';
import { editorLists } from '../../i18n/en/editorLists.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { appendItem, type DocPath, getIn, moveItem, pathText, removeItem } from './doc-path.ts';
import { useEditor } from './editor-context.ts';
import { FieldErrors } from './FieldErrors.tsx';

export const SECTION = 'space-y-2 rounded-lg border border-slate-200 p-3 dark:border-slate-700';
export const LEGEND = 'px-1 text-sm font-semibold';
const SMALL_BUTTON = `rounded-md border border-slate-300 px-2 py-0.5 text-sm hover:bg-slate-100 disabled:opacity-40 dark:border-slate-600 dark:hover:bg-slate-800 ${FOCUS_RING}`;

interface Props {
  readonly legend: string;
  readonly path: DocPath;
  /** Names the item type in button labels: "Add node", "Remove node node-a". */
  readonly noun: 'node' | 'pod' | 'vswitch' | 'route';
  readonly newItem: (items: readonly unknown[]) => unknown;
  readonly renderItem: (index: number, name: string) => ReactNode;
  /** Items keep their order and can be moved (nodes: the order is registration order). */
  readonly ordered?: boolean;
  readonly hint?: string;
}

/** A list in the form (vSwitches, routes, nodes, pods): its rows, their buttons, and "Add". */
export function ListSection(props: Props) {
  const { doc, edit } = useEditor();
  const { m, f } = useMessages('editorLists', editorLists);
  const noun = m[props.noun];
  const list = getIn(doc, props.path);
  const items: readonly unknown[] = Array.isArray(list) ? list : [];
  const at = pathText(props.path);
  const nameOf = (item: unknown, i: number) => {
    const name = (item as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name ? name : `${i + 1}`;
  };
  const List = props.ordered ? 'ol' : 'ul';
  // A removed row takes the focused button with it: focus goes on to "Add".
  const add = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className={SECTION}>
      <legend className={LEGEND}>{props.legend}</legend>
      {props.hint && <p className="text-xs text-slate-600 dark:text-slate-400">{props.hint}</p>}
      <FieldErrors path={at} />
      <List aria-label={props.legend} className="space-y-2">
        {items.map((item, i) => {
          const name = nameOf(item, i);
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: rows are positions in the list; names may repeat or be empty while typing
            <li key={i} className="rounded-md bg-slate-50 p-2 dark:bg-slate-800/50">
              {props.renderItem(i, name)}
              <div className="mt-1.5 flex justify-end gap-1.5">
                {props.ordered && (
                  <>
                    <button
                      type="button"
                      aria-label={f(m.moveUp, { noun, name })}
                      disabled={i === 0}
                      onClick={() => edit((d) => moveItem(d, props.path, i, i - 1))}
                      className={SMALL_BUTTON}
                    >
                      ↑
                    </button>
                    <button
                      type="button"
                      aria-label={f(m.moveDown, { noun, name })}
                      disabled={i === items.length - 1}
                      onClick={() => edit((d) => moveItem(d, props.path, i, i + 1))}
                      className={SMALL_BUTTON}
                    >
                      ↓
                    </button>
                  </>
                )}
                <button
                  type="button"
                  aria-label={f(m.removeItem, { noun, name })}
                  onClick={() => {
                    edit((d) => removeItem(d, props.path, i));
                    add.current?.focus();
                  }}
                  className={SMALL_BUTTON}
                >
                  {m.remove}
                </button>
              </div>
            </li>
          );
        })}
      </List>
      <button
        ref={add}
        type="button"
        onClick={() => edit((d) => appendItem(d, props.path, props.newItem(items)))}
        className={SMALL_BUTTON}
      >
        {f(m.add, { noun })}
      </button>
    </fieldset>
  );
}

/** The first `prefix-N` not yet used as a name in the list. */
export function freshName(items: readonly unknown[], prefix: string): string {
  const taken = new Set(items.map((item) => (item as { name?: unknown } | null)?.name));
  let n = items.length + 1;
  while (taken.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}
