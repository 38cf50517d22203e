import { NarrationBox } from './NarrationBox.tsx';
import { MUTED } from './styles.ts';

/**
 * In place of a step's or hop's story while a lesson question waits (store/withheld.ts): its
 * words would give the answer away.
 */
export function KeptBackNarration({ what }: { readonly what: string }) {
  return (
    <NarrationBox>
      <div role="status" aria-live="polite" aria-atomic="true" data-kept-back>
        <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>{what}</p>
        <p className="mt-1.5 leading-relaxed">
          Kept back until you answer the lesson's question: its story would give the answer away.
        </p>
      </div>
    </NarrationBox>
  );
}
