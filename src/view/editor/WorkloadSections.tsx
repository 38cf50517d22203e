import { useEffect, useState } from 'react';
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
  return (
    <ListSection
      legend="Nodes"
      noun="node"
      path={['nodes']}
      ordered
      hint="In registration order: the range allocator gives each node the next free block."
      newItem={(items) => ({ name: freshName(items, 'node') })}
      renderItem={(i, name) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField label={<Labelled row={`Node ${name}`} field="Name" />} path={['nodes', i, 'name']} />
          <SelectField
            label={<Labelled row={`Node ${name}`} field="Role" />}
            path={['nodes', i, 'role']}
            choices={ROLES}
            emptyLabel="worker (default)"
            defaultChoice="worker"
          />
          <TextField
            label={<Labelled row={`Node ${name}`} field="IP" />}
            path={['nodes', i, 'ip']}
            optional
            placeholder="next free (default)"
          />
          <SelectField
            label={<Labelled row={`Node ${name}`} field="vSwitch" />}
            path={['nodes', i, 'vswitch']}
            choices={vswitches}
            emptyLabel="the first (default)"
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
  return (
    <ListSection
      legend="Pods"
      noun="pod"
      path={['pods']}
      newItem={(items) => ({ name: freshName(items, 'pod'), node: nodes.at(-1)?.value ?? '' })}
      renderItem={(i, name) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField label={<Labelled row={`Pod ${name}`} field="Name" />} path={['pods', i, 'name']} />
          <SelectField
            label={<Labelled row={`Pod ${name}`} field="Node" />}
            path={['pods', i, 'node']}
            choices={nodes}
          />
          <ContainersField row={`Pod ${name}`} path={['pods', i, 'containers']} />
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
  useEffect(() => {
    setText((typed) => (splitNames(typed).join(', ') === joined ? typed : joined));
  }, [joined]);
  return (
    <div className="col-span-2">
      <label
        htmlFor={fieldId(at)}
        className="mb-0.5 block text-xs font-medium text-slate-600 dark:text-slate-400"
      >
        <Labelled row={row} field="Containers" />
      </label>
      <input
        id={fieldId(at)}
        type="text"
        spellCheck={false}
        autoComplete="off"
        value={text}
        placeholder="app (default); names separated by commas"
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
