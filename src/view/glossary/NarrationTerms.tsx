import { glossary } from '../../i18n/en/glossary.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { MUTED } from '../styles.ts';
import { sourceInWords, termName, termsIn } from './glossary.ts';

/**
 * The glossary's words a narration uses, under it: each opens (a native disclosure) its meaning
 * and the source it was checked against. Nothing when the narration uses none.
 */
export function NarrationTerms({ text }: { readonly text: string }) {
  const { m, f, lang } = useMessages('glossary', glossary);
  const terms = termsIn(text, lang);
  if (terms.length === 0) return null;
  return (
    <div className="mt-2 text-sm" data-glossary>
      <span className={MUTED}>{m.terms}</span>
      {terms.map((t) => (
        <details key={t.term} className="group ml-2 inline open:mt-1 open:block open:ml-0">
          <summary className="inline cursor-pointer rounded text-sky-800 underline decoration-dotted underline-offset-2 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
            {termName(t, lang)}
          </summary>
          <span className="mt-1 block rounded-md bg-slate-100 px-3 py-2 dark:bg-slate-800">
            {m[t.meaning]}
            <span className={`mt-1 block text-xs ${MUTED}`}>
              {f(m.source, { source: sourceInWords(t.source) ? m[t.source] : t.source })}
            </span>
          </span>
        </details>
      ))}
    </div>
  );
}
