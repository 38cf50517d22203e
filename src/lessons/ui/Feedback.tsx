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
  return (
    <div
      className={`mt-3 rounded-lg border-l-4 px-3 py-2 text-sm leading-relaxed ${right ? RIGHT_TONE : WRONG_TONE}`}
    >
      <p data-verdict={right ? 'right' : 'wrong'}>
        <span className="font-semibold">{right ? 'Right.' : 'Not quite.'}</span>
        {!right && (
          <>
            {' '}
            The answer is <span className="font-semibold">{question.answerLabel}</span>.
          </>
        )}
      </p>
      <p className="mt-1">{question.explanation}</p>
      <p className="mt-1">
        <span className="font-semibold">Proof: </span>
        {proof.text}
      </p>
      {proof.evidence && (
        <p className="mt-1 font-mono text-xs break-words">
          <span className="sr-only">Matched line: </span>
          {proof.evidence.line}
        </p>
      )}
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
        <button type="button" onClick={onShowProof} className={LINK_BUTTON}>
          Show the proof
        </button>
        <button type="button" onClick={onRetry} className={LINK_BUTTON}>
          Try again
        </button>
      </p>
    </div>
  );
}
