import type { ReactNode } from 'react';
import { FOCUS_RING } from '../styles.ts';
import { type DocPath, getIn, pathText } from './doc-path.ts';
import { fieldId, useEditor } from './editor-context.ts';
import { FieldErrors, useInvalid } from './FieldErrors.tsx';

export const INPUT = `w-full rounded-md border border-slate-300 bg-white px-2 py-1 text-sm aria-invalid:border-red-600 aria-invalid:bg-red-50 dark:border-slate-600 dark:bg-slate-950 dark:aria-invalid:border-red-500 dark:aria-invalid:bg-red-950/40 ${FOCUS_RING}`;
const LABEL = 'mb-0.5 block text-xs font-medium text-slate-600 dark:text-slate-400';

interface FieldProps {
  readonly label: ReactNode;
  readonly path: DocPath;
  readonly className?: string;
}

/** The text a value shows as: numbers as digits, a missing value empty, anything odd as JSON. */
function shown(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value;
  return typeof value === 'number' ? String(value) : JSON.stringify(value);
}

/**
 * A text field on the document. Empty removes an optional key (its default applies); a numeric
 * field stores digits as a number and anything else as typed, so the validator can say why.
 */
export function TextField(
  props: FieldProps & { placeholder?: string; optional?: boolean; numeric?: boolean; clearPath?: DocPath },
) {
  const { doc, update } = useEditor();
  const at = pathText(props.path);
  const id = fieldId(at);
  return (
    <div className={props.className}>
      <label htmlFor={id} className={LABEL}>
        {props.label}
      </label>
      <input
        id={id}
        type="text"
        inputMode={props.numeric ? 'numeric' : undefined}
        spellCheck={false}
        autoComplete="off"
        value={shown(getIn(doc, props.path))}
        placeholder={props.placeholder}
        onChange={(event) => {
          const text = event.target.value;
          if (text === '' && props.optional) update(props.clearPath ?? props.path, undefined);
          else update(props.path, props.numeric && /^\d{1,9}$/.test(text) ? Number(text) : text);
        }}
        className={`${INPUT} font-mono`}
        {...useInvalid(at)}
      />
      <FieldErrors path={at} />
    </div>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A choice on the document; a value not among the choices stays shown, so it can be fixed. */
export function SelectField(
  props: FieldProps & {
    choices: readonly Choice[];
    numeric?: boolean;
    emptyLabel?: string;
    /** The choice the empty option stands for: listed once, as the empty option, not twice. */
    defaultChoice?: string;
  },
) {
  const { doc, update } = useEditor();
  const at = pathText(props.path);
  const id = fieldId(at);
  const written = shown(getIn(doc, props.path));
  const value = written === props.defaultChoice ? '' : written;
  const choices = props.choices.filter((c) => c.value !== props.defaultChoice);
  const known = choices.some((c) => c.value === value) || (value === '' && props.emptyLabel);
  return (
    <div className={props.className}>
      <label htmlFor={id} className={LABEL}>
        {props.label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => {
          const text = event.target.value;
          if (text === '') update(props.path, undefined);
          else update(props.path, props.numeric ? Number(text) : text);
        }}
        className={INPUT}
        {...useInvalid(at)}
      >
        {props.emptyLabel !== undefined && <option value="">{props.emptyLabel}</option>}
        {!known && <option value={value}>{value || '(none)'}</option>}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
      <FieldErrors path={at} />
    </div>
  );
}

/** A true/false setting on the document; unchecking writes false (the default is true). */
export function CheckboxField(props: FieldProps & { fallback: boolean }) {
  const { doc, update } = useEditor();
  const at = pathText(props.path);
  const value = getIn(doc, props.path);
  return (
    <div className={props.className}>
      <label className="flex items-center gap-2 text-sm">
        <input
          type="checkbox"
          checked={typeof value === 'boolean' ? value : props.fallback}
          onChange={(event) => update(props.path, event.target.checked)}
          className={`size-4 ${FOCUS_RING}`}
          {...useInvalid(at)}
        />
        {props.label}
      </label>
      <FieldErrors path={at} />
    </div>
  );
}
