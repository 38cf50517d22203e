import { lazy, useRef, useState } from 'react';
import { header } from '../../i18n/en/header.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { LazyPart } from '../../view/LazyPart.tsx';
import { CopyLink } from './CopyLink.tsx';
import { FileMenu } from './FileMenu.tsx';
import { TOOL_BUTTON } from './tool-styles.ts';

// The editor is fetched the first time it opens: most visits never edit, and it is the largest
// part of the authoring tools.
const EditorPanel = lazy(() => import('./EditorPanel.tsx').then((m) => ({ default: m.EditorPanel })));

/** The header's tools for authors: the scenario editor, files in and out, and the link to this view. */
export function ScenarioTools() {
  const [editing, setEditing] = useState(false);
  const { m } = useMessages('header', header);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => {
    setEditing(false);
    opener.current?.focus();
  };
  return (
    <div className="flex flex-wrap items-center gap-2">
      <button
        ref={opener}
        type="button"
        aria-expanded={editing}
        onClick={() => (editing ? close() : setEditing(true))}
        className={TOOL_BUTTON}
      >
        {m.editScenario}
      </button>
      <FileMenu />
      <CopyLink />
      {editing && (
        <LazyPart part="editor">
          <EditorPanel onClose={close} />
        </LazyPart>
      )}
    </div>
  );
}
