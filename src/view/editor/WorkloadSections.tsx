import { useEffect, useState } from 'react';
import { editorLists } from '../../i18n/en/editorLists.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { type DocPath, getIn, pathText } from './doc-path.ts';
import { fieldId, useEditor } from './editor-context.ts';
import { FieldErrors, useInvalid } from './FieldErrors.tsx';
import { INPUT, SelectField, TextField } from './fields.tsx';
import { freshName, ListSection } from './ListSection.tsx';
import { Labelled } from './NetworkSections.tsx';

const ROLES = [
  { value: 'worker', label: 'worker' },
  { value: 'master', label: 'master' },
];

function namesIn(doc: unknown, path: DocPath): string[] {
  const list = getIn(doc, path);
  if (!Array.isArray(list)) return [];
  return list.flatMap((item) => {
    const name = (item as { name?: unknown } | null)?.name;
    return typeof name === 'string' && name ? [name] : [];
  });
}

/** The ECS nodes, in registration order (which decides the pod CIDR each one gets). */
export function NodesSection() {
  const { doc } = useEditor();
  const vswitches = namesIn(doc, ['vpc', 'vswitches']).map((name) => ({ value: name, label: name }));
  const { m, f } = useMessages('editorLists', editorLists);
  return (
    <ListSection
      legend={m.nodes}
      noun="node"
      path={['nodes']}
      ordered
      hint={m.nodesHint}
      newItem={(items) => ({ name: freshName(items, 'node') })}
      renderItem={(i, name) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField
            label={<Labelled row={f(m.nodeRow, { name })} field={m.name} />}
            path={['nodes', i, 'name']}
          />
          <SelectField
            label={<Labelled row={f(m.nodeRow, { name })} field={m.role} />}
            path={['nodes', i, 'role']}
            choices={ROLES}
            emptyLabel={m.workerDefault}
            defaultChoice="worker"
          />
          <TextField
            label={<Labelled row={f(m.nodeRow, { name })} field={m.ip} />}
            path={['nodes', i, 'ip']}
            optional
            placeholder={m.nextFree}
          />
          <SelectField
            label={<Labelled row={f(m.nodeRow, { name })} field={m.vswitchField} />}
            path={['nodes', i, 'vswitch']}
            choices={vswitches}
            emptyLabel={m.firstDefault}
          />
        </div>
      )}
    />
  );
}

/** The pods, each placed on a node, with their containers. */
export function PodsSection() {
  const { doc } = useEditor();
  const nodes = namesIn(doc, ['nodes']).map((name) => ({ value: name, label: name }));
  const { m, f } = useMessages('editorLists', editorLists);
  return (
    <ListSection
      legend={m.pods}
      noun="pod"
      path={['pods']}
      newItem={(items) => ({ name: freshName(items, 'pod'), node: nodes.at(-1)?.value ?? '' })}
      renderItem={(i, name) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField
            label={<Labelled row={f(m.podRow, { name })} field={m.name} />}
            path={['pods', i, 'name']}
          />
          <SelectField
            label={<Labelled row={f(m.podRow, { name })} field={m.nodeField} />}
            path={['pods', i, 'node']}
            choices={nodes}
          />
          <ContainersField row={f(m.podRow, { name })} path={['pods', i, 'containers']} />
        </div>
      )}
    />
  );
}

const splitNames = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);

/**
 * Containers as comma-separated names. The text is kept as typed ("nginx, " while typing the
 * next one) and re-read from the document only when the document changes otherwise.
 */
function ContainersField({ row, path }: { readonly row: string; readonly path: DocPath }) {
  const { doc, update } = useEditor();
  const at = pathText(path);
  const value = getIn(doc, path);
  const joined = Array.isArray(value)
    ? value.map(String).join(', ')
    : value === undefined
      ? ''
      : JSON.stringify(value);
  const [text, setText] = useState(joined);
  const { m } = useMessages('editorLists', editorLists);
  useEffect(() => {
    setText((typed) => (splitNames(typed).join(', ') === joined ? typed : joined));
  }, [joined]);
  return (
    <div className="col-span-2">
      <label
        htmlFor={fieldId(at)}
        className="mb-0.5 block text-xs font-medium text-slate-600 dark:text-slate-400"
      >
        <Labelled row={row} field={m.containers} />
      </label>
      <input
        id={fieldId(at)}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder={m.containersHint}
        onChange={(event) => {
          setText(event.target.value);
          const names = splitNames(event.target.value);
          update(path, names.length ? names : undefined);
        }}
        className={`${INPUT} font-mono`}
        {...useInvalid(at)}
      />
      <FieldErrors path={at} />
    </div>
  );
}
