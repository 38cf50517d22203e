import { type DragEvent, useMemo, useState } from 'react';
import { formatFinding } from '../../engine/import/index.ts';
import { useExplorerStore } from '../../store/index.ts';
import { CLUSTER_FIELDS, type ClusterField, type ClusterTexts, readCluster } from './cluster-import-model.ts';
import { loadCustomScenario } from './load-custom.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

/**
 * "Import from a cluster": paste or drop each command's output, see what was read, open it as a
 * scenario, and follow the diagnosis to the elements. Nothing leaves the browser.
 */
export function ClusterImportDialog({ onClose }: { onClose: () => void }) {
  const store = useExplorerStore();
  const [texts, setTexts] = useState<ClusterTexts>({});
  const [anonymise, setAnonymise] = useState(false);
  const [opened, setOpened] = useState(false);
  const reading = useMemo(
    () => (texts.nodes?.trim() ? readCluster(texts, anonymise) : undefined),
    [texts, anonymise],
  );
  const set = (field: ClusterField, text: string) => {
    setTexts((old) => ({ ...old, [field]: text }));
    setOpened(false);
  };
  const onDrop = async (field: ClusterField, event: DragEvent<HTMLTextAreaElement>) => {
    const file = event.dataTransfer.files[0];
    if (!file) return;
    event.preventDefault();
    set(field, await file.text());
  };
  const open = async () => {
    if (!reading?.ok) return;
    await loadCustomScenario(store, reading.scenario, reading.file);
    // A cluster that already runs: show it built, not its first step.
    store.getState().last();
    setOpened(true);
  };

  return (
    // A non-modal native dialog: the diagnosis links select elements in the diagram behind it.
    <dialog
      open
      aria-label="Import from a cluster"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="fixed top-16 right-4 left-auto z-50 m-0 max-h-[85vh] w-[34rem] max-w-[95vw] text-inherit space-y-3 overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-xl dark:border-slate-600 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">Import from a cluster</h2>
        <button type="button" onClick={onClose} className={TOOL_BUTTON}>
          Close
        </button>
      </div>
      <p>Paste or drop each output. Everything stays in this browser: nothing is uploaded.</p>
      {CLUSTER_FIELDS.map(({ field, label, command }) => (
        <label key={field} className="block">
          <span className="font-medium">{label}</span> <code className="text-xs">{command}</code>
          <textarea
            aria-label={label}
            value={texts[field] ?? ''}
            onChange={(e) => set(field, e.currentTarget.value)}
            onDragOver={(e) => e.preventDefault()}
            onDrop={(e) => void onDrop(field, e)}
            rows={3}
            spellCheck={false}
            className="mt-1 block w-full rounded border border-slate-300 p-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950"
          />
        </label>
      ))}
      <label className="flex items-center gap-2">
        <input
          type="checkbox"
          checked={anonymise}
          onChange={(e) => {
            setAnonymise(e.currentTarget.checked);
            setOpened(false);
          }}
        />
        Anonymise names and addresses
      </label>
      <p role="note" className="rounded bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        A share link carries the cluster's names and addresses
        {anonymise ? ' (anonymised here: node-1…, pod-1…, 10.0.0.0 and 172.16.0.0 ranges)' : ''}. Anonymise
        before sharing it.
      </p>
      {reading && !reading.ok && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {reading.message}
        </p>
      )}
      {reading?.ok && (
        <div className="space-y-2">
          <p>Read: {reading.summary}</p>
          <button type="button" onClick={() => void open()} className={TOOL_BUTTON}>
            Open imported cluster
          </button>
        </div>
      )}
      {reading && reading.notes.length > 0 && (
        <details>
          <summary>{reading.notes.length} notes on what was left out or filled in</summary>
          <ul aria-label="Import notes" className="list-disc pl-5">
            {reading.notes.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notes are a fixed list per reading
              <li key={i}>{`${n.source}${n.path ? ` ${n.path}` : ''}: ${n.message}`}</li>
            ))}
          </ul>
        </details>
      )}
      {opened && reading?.ok && (
        <ul aria-label="Diagnosis" className="space-y-1">
          {reading.findings.map((f) => (
            <li key={formatFinding(f)}>
              <button
                type="button"
                onClick={() => store.getState().showElement(f.place)}
                className="w-full rounded px-2 py-1 text-left hover:bg-slate-100 dark:hover:bg-slate-800"
              >
                <span
                  className={f.severity === 'error' ? 'font-semibold text-red-700 dark:text-red-400' : ''}
                >
                  {f.severity}
                </span>{' '}
                {f.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
