import { type ChangeEvent, lazy, Suspense, type ToggleEvent, useRef, useState } from 'react';
import { useExplorerStore } from '../../store/index.ts';
import { downloadBlob } from './download.ts';
import { MENU_ITEM, TOOL_BUTTON } from './tool-styles.ts';

// Loads when first opened: the importer and its diagnosis are not part of the first screen.
const ClusterImportDialog = lazy(() =>
  import('./ClusterImportDialog.tsx').then((m) => ({ default: m.ClusterImportDialog })),
);

/**
 * The Files menu: import a scenario file (a bad one is refused with its path and reason, and
 * the scenario shown stays), export the scenario as JSON, and the diagram at this step as SVG
 * or PNG. Everything stays in the browser.
 */
export function FileMenu() {
  const store = useExplorerStore();
  const opener = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // A native popover: the browser closes it on Escape and on a click outside. Its entries exist
  // only while it is open (so "Import scenario" is no second "Scenario" label on the page while
  // closed), and it opens under its button, wherever the header has put that.
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const [status, setStatus] = useState('');
  const [clusterImport, setClusterImport] = useState(false);
  const close = () => menu.current?.hidePopover();
  const onBeforeToggle = (event: ToggleEvent<HTMLDivElement>) => {
    const opening = event.newState === 'open';
    const box = opener.current?.getBoundingClientRect();
    if (opening && box) setPlace({ top: box.bottom + 8, right: Math.max(8, window.innerWidth - box.right) });
    setOpen(opening);
  };

  const exportScenario = async () => {
    close();
    const files = await loadPart('The scenario exporter', () => import('./scenario-file.ts'));
    if (!files) return;
    const state = store.getState();
    const text = `${JSON.stringify(files.exportFileOf(state), null, 2)}\n`;
    downloadBlob(new Blob([text], { type: 'application/json' }), `${files.fileStem(state.scenario)}.json`);
  };
  const exportDiagram = async (kind: 'svg' | 'png') => {
    close();
    const exporters = await loadPart('The diagram exporter', () =>
      Promise.all([import('./svg-export.ts'), import('./png-export.ts'), import('./scenario-file.ts')]),
    );
    if (!exporters) return;
    const [{ findDiagram, serializeDiagram }, { svgSize, svgToPng }, { fileStem }] = exporters;
    const svg = findDiagram();
    if (!svg) return setStatus('There is no diagram to export.');
    const state = store.getState();
    const name = `${fileStem(state.scenario)}-step-${state.step}`;
    const text = serializeDiagram(svg, `${state.scenario.title}: step ${state.step}`);
    try {
      if (kind === 'svg') downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await svgToPng(text, svgSize(text).width, svgSize(text).height), `${name}.png`);
      setStatus('');
    } catch (error) {
      setStatus(`The PNG could not be made: ${error instanceof Error ? error.message : 'unknown reason'}`);
    }
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    input.value = '';
    close();
    if (!picked) return;
    const parts = await loadPart('The file reader', () =>
      Promise.all([import('./import-scenario.ts'), import('./load-custom.ts')]),
    );
    if (!parts) return;
    const [reader, { loadCustomScenario }] = parts;
    const result = await reader.importScenario(picked);
    if (!result.ok) store.getState().refuseScenario(result.message);
    else await loadCustomScenario(store, result.scenario, result.file);
  };
  /** The exporters and the file reader load when first used (not with the page); if they cannot be, the menu says so. */
  async function loadPart<T>(what: string, load: () => Promise<T>): Promise<T | undefined> {
    try {
      return await load();
    } catch (error) {
      setStatus(
        `${what} could not be loaded (${error instanceof Error ? error.message : 'unknown reason'}); reload the page to try again.`,
      );
      return undefined;
    }
  }

  return (
    <div className="flex items-center gap-2">
      <button
        ref={opener}
        type="button"
        popoverTarget="file-menu"
        aria-expanded={open}
        className={TOOL_BUTTON}
      >
        Files <span aria-hidden="true">▾</span>
      </button>
      <div
        ref={menu}
        id="file-menu"
        popover="auto"
        onBeforeToggle={onBeforeToggle}
        style={{ top: place.top, right: place.right }}
        className="fixed inset-auto m-0 w-60 max-w-[calc(100vw-1rem)] space-y-0.5 rounded-lg border border-slate-300 bg-white p-1 text-inherit shadow-lg dark:border-slate-600 dark:bg-slate-900"
      >
        {open && (
          <>
            <label className={`${MENU_ITEM} focus-within:outline-2 focus-within:outline-sky-600`}>
              Import scenario
              <input
                type="file"
                accept=".json,application/json"
                onChange={(e) => void onImport(e)}
                className="sr-only"
              />
            </label>
            <button
              type="button"
              onClick={() => {
                setClusterImport(true);
                close();
              }}
              className={MENU_ITEM}
            >
              Import from a cluster
            </button>
            <button type="button" onClick={exportScenario} className={MENU_ITEM}>
              Export scenario
            </button>
            <button type="button" onClick={() => void exportDiagram('svg')} className={MENU_ITEM}>
              Export diagram as SVG
            </button>
            <button type="button" onClick={() => void exportDiagram('png')} className={MENU_ITEM}>
              Export diagram as PNG
            </button>
          </>
        )}
      </div>
      {clusterImport && (
        <Suspense fallback={null}>
          <ClusterImportDialog onClose={() => setClusterImport(false)} />
        </Suspense>
      )}
      {status && (
        <span role="alert" className="text-sm text-red-700 dark:text-red-400">
          {status}
        </span>
      )}
    </div>
  );
}
