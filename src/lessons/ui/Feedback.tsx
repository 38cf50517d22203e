import { lessons as en } from '../../i18n/en/lessons.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import type { ResolvedQuestion } from '../index.ts';
import { LINK_BUTTON, RIGHT_TONE, WRONG_TONE } from './styles.ts';

interface Props {
  readonly question: ResolvedQuestion;
  readonly right: boolean;
  readonly onShowProof: () => void;
  readonly onRetry: () => void;
}

/** Right or not, the explanation, and the line, hop or step that proves the answer. */
export function Feedback({ question, right, onShowProof, onRetry }: Props) {
  const { proof } = question;
  const { m } = useMessages('lessons', en);
  // "The answer is {answer}.": the words around the answer, which is shown in bold.
  const [before = '', after = ''] = m.theAnswer.split('{answer}');
  return (
    <div
      className={`mt-3 rounded-lg border-l-4 px-3 py-2 text-sm leading-relaxed ${right ? RIGHT_TONE : WRONG_TONE}`}
    >
      <p data-verdict={right ? 'right' : 'wrong'}>
        <span className="font-semibold">{right ? m.right : m.wrong}</span>
        {!right && (
          <>
            {before}
            <span className="font-semibold">{question.answerLabel}</span>
            {after}
          </>
        )}
      </p>
      <p className="mt-1">{question.explanation}</p>
      <p className="mt-1">
        <span className="font-semibold">{m.proof}</span>
        {proof.text}
      </p>
      {proof.evidence && (
        <p className="mt-1 font-mono text-xs break-words">
          <span className="sr-only">{m.matched}</span>
          {proof.evidence.line}
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <button type="button" onClick={onShowProof} className={LINK_BUTTON}>
          {m.showProof}
        </button>
        <button type="button" onClick={onRetry} className={LINK_BUTTON}>
          {m.retry}
        </button>
      </p>
    </div>
  );
}
