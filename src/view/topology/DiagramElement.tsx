import { type KeyboardEvent, memo, useContext } from 'react';
import { FONT_SIZE, type TextLine, type TopologyElement } from '../../layout/index.ts';
import { BadgePill } from './BadgePill.tsx';
import { DiagramWords, ElementNames } from './diagram-words.ts';
import { ElementShape } from './ElementShape.tsx';
import { sameElement, samePropsBy } from './same.ts';
import { useEnteringProgress } from './step-progress.ts';
import { useStrokeScale } from './stroke-scale.ts';
import { RING, TEXT } from './styles.ts';

export interface DiagramElementProps {
  readonly element: TopologyElement;
  readonly selected: boolean;
  readonly highlighted: boolean;
  /** Whether the element enters with the current step (it appears with the step's progress). */
  readonly entering: boolean;
  /** Keys of lines entering with this step (newline-joined): they appear with its progress. */
  readonly enteringLines: string;
  /** Whether the diagram shows its overview: then the element's text is left to Briefs. */
  readonly overview: boolean;
  readonly onSelect: (id: string) => void;
}

function Line({ line, opacity }: { line: TextLine; opacity: number }) {
  const say = useContext(DiagramWords);
  return (
    <text
      x={line.x}
      y={line.y}
      fontSize={FONT_SIZE[line.style]}
      textAnchor={line.anchorEnd ? 'end' : undefined}
      className={TEXT[line.style]}
      opacity={opacity < 1 ? opacity : undefined}
    >
      {say(line.text)}
    </text>
  );
}

/** A ring around a box (width scaled by `grow` while cni0 grows in); rings never take clicks. */
function ring(box: TopologyElement['box'], pad: number, radius: number, grow = 1) {
  return {
    x: box.x - pad,
    y: box.y - pad,
    width: box.width * grow + pad * 2,
    height: box.height + pad * 2,
    rx: radius + pad,
    pointerEvents: 'none',
  };
}

/** One focusable diagram element: its shape, text, badges and selection/highlight rings. */
export const DiagramElement = memo(
  function DiagramElement(props: DiagramElementProps) {
    const { element, selected, highlighted, entering, enteringLines, overview, onSelect } = props;
    const { box, id } = element;
    // Only an element that enters re-renders as the step animates.
    const t = useEnteringProgress(entering || enteringLines !== '');
    const appear = entering ? t : 1;
    const lineAppear = enteringLines ? t : 1;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' && event.key !== ' ') return;
      event.preventDefault();
      event.stopPropagation();
      onSelect(id);
    };
    const grows = element.kind === 'cni0';
    const grow = grows ? appear : 1;
    const lift = grows ? 0 : (1 - appear) * 6;
    const k = useStrokeScale();
    const sayName = useContext(ElementNames);
    return (
      // biome-ignore lint/a11y/useSemanticElements: SVG has no <button>; a focusable <g role="button"> is the SVG pattern
      <g
        role="button"
        tabIndex={0}
        aria-label={sayName(element.name)}
        aria-pressed={selected}
        data-id={id}
        className="group cursor-pointer outline-none"
        onClick={() => onSelect(id)}
        onKeyDown={onKeyDown}
        opacity={appear < 1 && !grows ? appear : undefined}
        transform={lift > 0.01 ? `translate(0 ${lift})` : undefined}
      >
        {highlighted && element.layer === 'front' && (
          <rect {...ring(box, 3 * k, 6, grow)} strokeWidth={2 * k} className={RING.highlight} />
        )}
        <ElementShape element={element} grow={grow} />
        {/* In the overview the briefs are drawn over everything (Briefs), not here. */}
        {!overview && (
          <>
            {element.lines.map((line) => (
              <Line
                key={line.key}
                line={line}
                opacity={(enteringLines.includes(`${line.key}\n`) ? lineAppear : 1) * grow}
              />
            ))}
            {element.badges.map((badge) => (
              <BadgePill key={badge.text} badge={badge} />
            ))}
          </>
        )}
        {highlighted && element.layer === 'back' && (
          <rect {...ring(box, 2 * k, 10)} strokeWidth={2.5 * k} className={RING.highlight} fillOpacity={0} />
        )}
        {selected && <rect {...ring(box, 5 * k, 8)} strokeWidth={3 * k} className={RING.selected} />}
        <rect
          {...ring(box, (selected ? 9 : 4) * k, 8)}
          strokeWidth={2 * k}
          strokeDasharray={`${4 * k} ${3 * k}`}
          className={RING.focus}
        />
      </g>
    );
  },
  samePropsBy('element', sameElement),
);
