import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { header } from '../../i18n/en/header.ts';
import { formatHash, selectViewState, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { TOOL_BUTTON } from './tool-styles.ts';

// Only where the clipboard is refused: the link to copy by hand.
const CopyLinkManual = lazy(() =>
  import('./CopyLinkManual.tsx').then((m) => ({ default: m.CopyLinkManual })),
);

type Shown = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; link: string };

/**
 * "Copy link": the address of this exact view (DESIGN.md §3.3) to the clipboard; where the
 * clipboard is refused, the link in a field to copy by hand.
 */
export function CopyLink() {
  const store = useExplorerStore();
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const { m } = useMessages('header', header);
  const button = useRef<HTMLButtonElement>(null);
  const tooLarge = useExplorer((s) => s.source.kind === 'custom' && s.scenarioOrigin?.param === null);
  useEffect(() => {
    if (shown.kind !== 'copied') return;
    const timer = setTimeout(() => setShown({ kind: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [shown]);
  const copy = async () => {
    // The view as it is now: while playing, or with a long link, the address is written a little
    // later (useViewUrl.ts), and a copy made in between would be a step behind.
    const link = `${window.location.href.split('#')[0]}${formatHash(selectViewState(store.getState()))}`;
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
        {m.copyLink}
      </button>
      {/* Announced, but not a second `status` role next to the narration's. */}
      <span aria-live="polite" className="text-sm text-emerald-800 dark:text-emerald-300">
        {shown.kind === 'copied' ? m.linkCopied : tooLarge ? m.tooLargeForLink : ''}
      </span>
      {shown.kind === 'manual' && (
        <Suspense fallback={null}>
          <CopyLinkManual
            key={shown.link}
            link={shown.link}
            anchor={button}
            onClose={() => setShown({ kind: 'idle' })}
          />
        </Suspense>
      )}
    </div>
  );
}
