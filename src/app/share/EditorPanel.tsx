import { useCallback, useRef } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { selectBaseScenario, selectSource, useExplorer, useExplorerStore } from '../../store/index.ts';
import { ScenarioEditor } from '../../view/editor/ScenarioEditor.tsx';
import { loadCustomScenario } from './load-custom.ts';
import { baseFileOf } from './scenario-file.ts';
import { useHeaderBottom } from './useHeaderBottom.ts';

/** The editor wired to the store: it edits the base scenario and loads each valid draft. */
export function EditorPanel({ onClose }: { readonly onClose: () => void }) {
  const store = useExplorerStore();
  const scenario = useExplorer(selectBaseScenario);
  // The file follows the scenario and its source; read it when either changes.
  useExplorer(selectSource);
  const file = baseFileOf(store.getState());
  const top = useHeaderBottom();
  const latest = useRef(0);
  const onApply = useCallback(
    (next: Scenario, nextFile: unknown) => {
      const token = ++latest.current;
      void loadCustomScenario(store, next, nextFile, {
        keepStep: true,
        stillWanted: () => token === latest.current,
      });
    },
    [store],
  );
  return <ScenarioEditor scenario={scenario} file={file} onApply={onApply} onClose={onClose} top={top} />;
}
