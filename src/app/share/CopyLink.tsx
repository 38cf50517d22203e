import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { useExplorer } from '../../store/index.ts';
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
  const [shown, setShown] = useState<Shown>({ kind: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  const tooLarge = useExplorer((s) => s.source.kind === 'custom' && s.scenarioOrigin?.param === null);
  useEffect(() => {
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
