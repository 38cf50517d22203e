import { type RefObject, type ToggleEvent, useEffect, useId, useRef, useState } from 'react';
import { files as messages } from '../../i18n/en/files.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { FOCUS_RING } from '../../view/styles.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

interface Props {
  readonly link: string;
  /** The "Copy link" button: the popover opens under it. */
  readonly anchor: RefObject<HTMLButtonElement | null>;
  readonly onClose: () => void;
}

/**
 * Where the clipboard is refused: the link in a native popover (Escape or a click outside closes
 * it), selected to copy by hand. Loaded only then.
 */
export function CopyLinkManual({ link, anchor, onClose }: Props) {
  const field = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const { m } = useMessages('files', messages);
  const id = useId();
  useEffect(() => {
    const at = anchor.current?.getBoundingClientRect();
    if (at) setPlace({ top: at.bottom + 8, right: Math.max(8, window.innerWidth - at.right) });
    if (!box.current?.matches(':popover-open')) box.current?.showPopover();
    field.current?.select();
  }, [anchor]);
  return (
    <div
      ref={box}
      popover="auto"
      onToggle={(event: ToggleEvent<HTMLDivElement>) => {
        if (event.newState === 'closed') onClose();
      }}
      style={{ top: place.top, right: place.right }}
      className="fixed inset-auto m-0 w-96 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-300 bg-white p-3 text-inherit shadow-lg dark:border-slate-600 dark:bg-slate-900"
    >
      <label htmlFor={id} className="mb-1 block text-sm">
        {m.manualLink}
      </label>
      <div className="flex gap-2">
        <input
          id={id}
          ref={field}
          readOnly
          value={link}
          onFocus={(event) => event.currentTarget.select()}
          className={`w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950 ${FOCUS_RING}`}
        />
        <button type="button" onClick={() => box.current?.hidePopover()} className={TOOL_BUTTON}>
          {m.done}
        </button>
      </div>
    </div>
  );
}
