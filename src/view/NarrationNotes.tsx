import type { Text } from '../engine/index.ts';
import { notes } from '../i18n/en/notes.ts';
import { useEngineText } from './i18n/useEngineText.ts';
import { useMessages } from './i18n/useMessages.ts';
import { NarrationBox } from './NarrationBox.tsx';

export { NarrationTerms } from './glossary/NarrationTerms.tsx';

import { MUTED } from './styles.ts';

/**
 * A walk that sent nothing (its endpoints refused, or the packet engine not loaded), in place of
 * the last step's story. Not a live region: the Traffic panel announces the same reason.
 */
export function WalkErrorNarration({ reason }: { reason: Text }) {
  const { m, lang } = useMessages('notes', notes);
  const said = useEngineText()(reason);
  return (
    <NarrationBox className="border-l-4 border-l-red-600 dark:border-l-red-500">
      <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>{m.traffic}</p>
      <h2 className="mt-1 text-lg leading-snug font-semibold text-red-700 dark:text-red-400">
        <span className="sr-only">{m.failed}</span>
        {m.nothingSent}
      </h2>
      <p className="mt-1.5 leading-relaxed">
        {lang === 'zh' ? said : said.charAt(0).toUpperCase() + said.slice(1)}
        {/[.?!。？！]$/.test(said) ? '' : lang === 'zh' ? '。' : '.'}
      </p>
    </NarrationBox>
  );
}

/**
 * In place of a step's or hop's story while a lesson question waits (store/withheld.ts): its
 * words would give the answer away.
 */
export function KeptBackNarration({ what }: { readonly what: string }) {
  const { m } = useMessages('notes', notes);
  return (
    <NarrationBox>
      <div role="status" aria-live="polite" aria-atomic="true" data-kept-back>
        <p className={`text-xs font-medium tracking-wide uppercase ${MUTED}`}>{what}</p>
        <p className="mt-1.5 leading-relaxed">{m.keptBack}</p>
      </div>
    </NarrationBox>
  );
}
