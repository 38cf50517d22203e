import { lazy, Suspense, type ToggleEvent, useRef, useState } from 'react';
import { header } from '../../i18n/en/header.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

// Loads when first opened: the importer and its diagnosis are not part of the first screen.
const ClusterImportDialog = lazy(() =>
  import('./ClusterImportDialog.tsx').then((m) => ({ default: m.ClusterImportDialog })),
);

// The menu's entries and what they do load when it first opens: not part of the first screen.
const FileMenuItems = lazy(() => import('./FileMenuItems.tsx').then((m) => ({ default: m.FileMenuItems })));

/**
 * The Files menu: import a scenario file (a bad one is refused with its path and reason, and
 * the scenario shown stays), export the scenario as JSON, and the diagram at this step as SVG
 * or PNG. Everything stays in the browser.
 */
export function FileMenu() {
  const opener = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // A native popover: the browser closes it on Escape and on a click outside. Its entries exist
  // only while it is open (so "Import scenario" is no second "Scenario" label on the page while
  // closed), and it opens under its button, wherever the header has put that.
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const [status, setStatus] = useState('');
  const [clusterImport, setClusterImport] = useState(false);
  const { m } = useMessages('header', header);
  const close = () => menu.current?.hidePopover();
  const onBeforeToggle = (event: ToggleEvent<HTMLDivElement>) => {
    const opening = event.newState === 'open';
    const box = opener.current?.getBoundingClientRect();
    if (opening && box) setPlace({ top: box.bottom + 8, right: Math.max(8, window.innerWidth - box.right) });
    setOpen(opening);
  };

  return (
    <div className="flex items-center gap-2">
      <button
        ref={opener}
        type="button"
        popoverTarget="file-menu"
        aria-expanded={open}
        className={TOOL_BUTTON}
      >
        {m.files} <span aria-hidden="true">▾</span>
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
          <Suspense fallback={null}>
            <FileMenuItems
              close={close}
              setStatus={setStatus}
              onClusterImport={() => {
                setClusterImport(true);
                close();
              }}
            />
          </Suspense>
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
