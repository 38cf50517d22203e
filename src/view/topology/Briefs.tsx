import { memo, useContext } from 'react';
import { type BriefLine, briefLines } from '../../layout/brief.ts';
import type { TopologyElement } from '../../layout/index.ts';
import { DiagramWords } from './diagram-words.ts';
import { BRIEF_PX } from './overview.ts';
import { useEnteringProgress } from './step-progress.ts';
import { BRIEF_HALO, TEXT } from './styles.ts';

interface Props {
  readonly elements: readonly TopologyElement[];
  /** Diagram units per screen pixel (overviewTextScale). */
  readonly textScale: number;
  /** Ids entering with the current step: their briefs appear with its progress. */
  readonly entering: ReadonlySet<string>;
}

/** One element's brief lines; only an entering one re-renders as the step animates. */
const Brief = memo(function Brief({
  lines,
  fontSize,
  entering,
}: {
  lines: readonly BriefLine[];
  fontSize: number;
  entering: boolean;
}) {
  const opacity = useEnteringProgress(entering);
  return lines.map((line, i) => (
    <text
      // biome-ignore lint/suspicious/noArrayIndexKey: an element's brief lines are fixed in number and order
      key={i}
      x={line.x}
      y={line.y}
      fontSize={fontSize}
      strokeWidth={fontSize * 0.25}
      strokeLinejoin="round"
      paintOrder="stroke"
      className={`${TEXT.title} ${BRIEF_HALO}`}
      opacity={opacity < 1 ? opacity : undefined}
    >
      {line.text}
    </text>
  ));
});

type Say = (text: string) => string;

interface Fitted {
  readonly fontSize: number;
  readonly say: Say;
  readonly lines: readonly BriefLine[];
}

/** Brief lines fitted per element object: a step's layout keeps most of its elements (node-parts.ts). */
const fitted = new WeakMap<TopologyElement, Fitted>();

function fittedLines(element: TopologyElement, fontSize: number, say: Say): readonly BriefLine[] {
  const hit = fitted.get(element);
  if (hit && hit.fontSize === fontSize && hit.say === say) return hit.lines;
  // In the page's language, then cut to its box.
  const lines = briefLines(element.brief ? { ...element, brief: say(element.brief) } : element, fontSize);
  fitted.set(element, { fontSize, say, lines });
  return lines;
}

/**
 * The overview's text: each element's brief, about BRIEF_PX on screen, drawn over every shape
 * with a halo so it stays readable. Decoration only: the elements carry the accessible names.
 */
export function Briefs({ elements, textScale, entering }: Props) {
  const fontSize = BRIEF_PX * textScale;
  const say = useContext(DiagramWords);
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable
    <g aria-hidden="true" pointerEvents="none">
      {elements.map((element) => {
        const lines = fittedLines(element, fontSize, say);
        return lines.length === 0 ? null : (
          <Brief key={element.id} lines={lines} fontSize={fontSize} entering={entering.has(element.id)} />
        );
      })}
    </g>
  );
}
