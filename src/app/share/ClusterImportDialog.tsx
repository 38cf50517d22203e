import { type DragEvent, useMemo, useState } from 'react';
import { formatFinding } from '../../engine/import/index.ts';
import { importDialog } from '../../i18n/en/importDialog.ts';
import { useExplorerStore } from '../../store/index.ts';
import { useEngineText } from '../../view/i18n/useEngineText.ts';
import { type Messages, useMessages } from '../../view/i18n/useMessages.ts';
import {
  CLUSTER_FIELDS,
  type ClusterField,
  type ClusterRefusal,
  type ClusterSummary,
  type ClusterTexts,
  readCluster,
} from './cluster-import-model.ts';
import { loadCustomScenario } from './load-custom.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

type Say = ReturnType<typeof useEngineText>;

function refusalText(refusal: ClusterRefusal, { m, f }: Messages<'importDialog'>, say: Say): string {
  if (refusal.kind === 'need-nodes') return m.needNodes;
  if (refusal.kind === 'anonymised-failed') return m.anonymisedFailed;
  return f(m.notScenario, { path: refusal.path, problem: say(refusal.problem) });
}

function summaryText(s: ClusterSummary, { m, f }: Messages<'importDialog'>): string {
  const read = { nodes: s.nodes, pods: s.pods, podCidr: s.podCidr, mask: s.mask };
  return s.routes === undefined ? f(m.read, read) : f(m.readRoutes, { ...read, routes: s.routes });
}

/**
 * "Import from a cluster": paste or drop each command's output, see what was read, open it as a
 * scenario, and follow the diagnosis to the elements. Nothing leaves the browser.
 */
export function ClusterImportDialog({ onClose }: { onClose: () => void }) {
  const store = useExplorerStore();
  const words = useMessages('importDialog', importDialog);
  const { m } = words;
  const say = useEngineText();
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
      aria-label={m.title}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
      className="fixed top-16 right-4 left-auto z-50 m-0 max-h-[85vh] w-[34rem] max-w-[95vw] text-inherit space-y-3 overflow-y-auto rounded-lg border border-slate-300 bg-white p-4 text-sm shadow-xl dark:border-slate-600 dark:bg-slate-900"
    >
      <div className="flex items-center justify-between">
        <h2 className="text-base font-semibold">{m.title}</h2>
        <button type="button" onClick={onClose} className={TOOL_BUTTON}>
          {m.close}
        </button>
      </div>
      <p>{m.intro}</p>
      {CLUSTER_FIELDS.map(({ field, command }) => (
        <label key={field} className="block">
          <span className="font-medium">{m[field]}</span> <code className="text-xs">{command}</code>
          <textarea
            aria-label={m[field]}
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
        {m.anonymise}
      </label>
      <p role="note" className="rounded bg-amber-50 p-2 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
        {anonymise ? m.shareNoteAnonymised : m.shareNote}
      </p>
      {reading && !reading.ok && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {refusalText(reading.refusal, words, say)}
        </p>
      )}
      {reading?.ok && (
        <div className="space-y-2">
          <p>{summaryText(reading.summary, words)}</p>
          <button type="button" onClick={() => void open()} className={TOOL_BUTTON}>
            {m.open}
          </button>
        </div>
      )}
      {reading && reading.notes.length > 0 && (
        <details>
          <summary>{words.f(m.notesCount, { count: reading.notes.length })}</summary>
          <ul aria-label={m.notes} className="list-disc pl-5">
            {reading.notes.map((n, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: notes are a fixed list per reading
              <li key={i}>{`${n.source}${n.path ? ` ${n.path}` : ''}: ${say(n.text)}`}</li>
            ))}
          </ul>
        </details>
      )}
      {opened && reading?.ok && (
        <ul aria-label={m.diagnosis} className="space-y-1">
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
                  {m[f.severity]}
                </span>{' '}
                {say(f.text)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </dialog>
  );
}
