import { type ToggleEvent, useEffect, useId, useRef, useState } from 'react';
import { useExplorer } from '../../store/index.ts';
import { FOCUS_RING } from '../../view/styles.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * "Copy link": the address of this exact view (DESIGN.md §3.3) to the clipboard; where the
 * clipboard is refused, the link in a field to copy by hand.
 */
export function CopyLink() {
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState({ top: 0, right: 0 });
  const id = useId();
  const tooLarge = useExplorer((s) => s.source.kind === 'custom' && s.scenarioOrigin?.param === null);
  useEffect(() => {
    if (shown.kind === 'manual') {
      const at = button.current?.getBoundingClientRect();
      if (at) setPlace({ top: at.bottom + 8, right: Math.max(8, window.innerWidth - at.right) });
      if (!box.current?.matches(':popover-open')) box.current?.showPopover();
      field.current?.select();
    }
    if (shown.kind !== 'copied') return;
    const timer = setTimeout(() => setShown({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [shown]);
  const copy = async () => {
    const link = window.location.href;
    try {
      await navigator.clipboard.writeText(link);
      setShown({ kind: 'copied' });
    } catch {
      setShown({ kind: 'manual', link });
    }
  };
  return (
    <div className="flex items-center gap-2">
      <button ref={button} type="button" onClick={() => void copy()} className={TOOL_BUTTON}>
        Copy link
      </button>
      {/* Announced, but not a second `status` role next to the narration's. */}
      <span aria-live="polite" className="text-sm text-emerald-800 dark:text-emerald-300">
        {shown.kind === 'copied'
          ? 'Link copied'
          : tooLarge
            ? 'Too large for a link: export the scenario'
            : ''}
      </span>
      {/* Where the clipboard is refused: the link in a native popover (Escape or a click outside closes it). */}
      <div
        ref={box}
        popover="auto"
        onToggle={(event: ToggleEvent<HTMLDivElement>) => {
          if (event.newState === 'closed') setShown({ kind: 'idle' });
        }}
        style={{ top: place.top, right: place.right }}
        className="fixed inset-auto m-0 w-96 max-w-[calc(100vw-1rem)] rounded-lg border border-slate-300 bg-white p-3 text-inherit shadow-lg dark:border-slate-600 dark:bg-slate-900"
      >
        {shown.kind === 'manual' && (
          <>
            <label htmlFor={id} className="mb-1 block text-sm">
              Link to this view (copy it with Ctrl+C)
            </label>
            <div className="flex gap-2">
              <input
                id={id}
                ref={field}
                readOnly
                value={shown.link}
                onFocus={(event) => event.currentTarget.select()}
                className={`w-full rounded-md border border-slate-300 px-2 py-1 font-mono text-xs dark:border-slate-600 dark:bg-slate-950 ${FOCUS_RING}`}
              />
              <button type="button" onClick={() => box.current?.hidePopover()} className={TOOL_BUTTON}>
                Done
              </button>
            </div>
          </>
        )}
      </div>
    </div>
  );
}
