import type { ChangeEvent } from 'react';
import { files as messages } from '../../i18n/en/files.ts';
import { useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { downloadBlob } from './download.ts';
import { MENU_ITEM } from './tool-styles.ts';

interface Props {
  /** Closes the menu. */
  readonly close: () => void;
  /** Says in the menu's line what went wrong ('' clears it). */
  readonly setStatus: (status: string) => void;
  readonly onClusterImport: () => void;
}

/**
 * The Files menu's entries: import a scenario file (a bad one is refused with its path and
 * reason, and the scenario shown stays), export the scenario as JSON, and the diagram at this
 * step as SVG or PNG. Loaded when the menu first opens.
 */
export function FileMenuItems({ close, setStatus, onClusterImport }: Props) {
  const store = useExplorerStore();
  const { m, f } = useMessages('files', messages);
  const exportScenario = async () => {
    close();
    const files = await loadPart(m.scenarioExporter, () => import('./scenario-file.ts'));
    if (!files) return;
    const state = store.getState();
    const text = `${JSON.stringify(files.exportFileOf(state), null, 2)}\n`;
    downloadBlob(new Blob([text], { type: 'application/json' }), `${files.fileStem(state.scenario)}.json`);
  };
  const exportDiagram = async (kind: 'svg' | 'png') => {
    close();
    const exporters = await loadPart(m.diagramExporter, () =>
      Promise.all([import('./svg-export.ts'), import('./png-export.ts'), import('./scenario-file.ts')]),
    );
    if (!exporters) return;
    const [{ findDiagram, serializeDiagram }, { svgSize, svgToPng }, { fileStem }] = exporters;
    const svg = findDiagram();
    if (!svg) return setStatus(m.noDiagram);
    const state = store.getState();
    const name = `${fileStem(state.scenario)}-step-${state.step}`;
    const text = serializeDiagram(svg, `${state.scenario.title}: step ${state.step}`);
    try {
      if (kind === 'svg') downloadBlob(new Blob([text], { type: 'image/svg+xml' }), `${name}.svg`);
      else downloadBlob(await svgToPng(text, svgSize(text).width, svgSize(text).height), `${name}.png`);
      setStatus('');
    } catch (error) {
      setStatus(f(m.pngFailed, { reason: error instanceof Error ? error.message : m.unknownReason }));
    }
  };
  const onImport = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const picked = input.files?.[0];
    input.value = '';
    close();
    if (!picked) return;
    const parts = await loadPart(m.fileReader, () =>
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
        f(m.partFailed, { part: what, reason: error instanceof Error ? error.message : m.unknownReason }),
      );
      return undefined;
    }
  }

  return (
    <>
      <label className={`${MENU_ITEM} focus-within:outline-2 focus-within:outline-sky-600`}>
        {m.importScenario}
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => void onImport(e)}
          className="sr-only"
        />
      </label>
      <button type="button" onClick={onClusterImport} className={MENU_ITEM}>
        {m.importCluster}
      </button>
      <button type="button" onClick={exportScenario} className={MENU_ITEM}>
        {m.exportScenario}
      </button>
      <button type="button" onClick={() => void exportDiagram('svg')} className={MENU_ITEM}>
        {m.exportSvg}
      </button>
      <button type="button" onClick={() => void exportDiagram('png')} className={MENU_ITEM}>
        {m.exportPng}
      </button>
    </>
  );
}
