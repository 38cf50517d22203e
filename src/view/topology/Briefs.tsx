import { useMemo } from 'react';
import { briefLines, type TopologyElement } from '../../layout/index.ts';
import { BRIEF_PX } from './overview.ts';
import { BRIEF_HALO, TEXT } from './styles.ts';

interface Props {
  readonly elements: readonly TopologyElement[];
  /** Diagram units per screen pixel (overviewTextScale). */
  readonly textScale: number;
  /** Each element's opacity while it enters (1 when settled). */
  readonly appear: (id: string) => number;
}

/**
 * The overview's text: each element's brief, about BRIEF_PX on screen, drawn over every shape
 * with a halo so it stays readable. Decoration only: the elements carry the accessible names.
 */
export function Briefs({ elements, textScale, appear }: Props) {
  const fontSize = BRIEF_PX * textScale;
  // Fitted once per layout and size; each frame only sets the entering ones' opacity.
  const placed = useMemo(
    () => elements.map((element) => ({ id: element.id, lines: briefLines(element, fontSize) })),
    [elements, fontSize],
  );
  const lines = [];
  for (const { id, lines: briefs } of placed) {
    if (briefs.length === 0) continue;
    const opacity = appear(id);
    for (const [i, line] of briefs.entries()) {
      lines.push(
        <text
          key={`${id}#${i}`}
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
        </text>,
      );
    }
  }
  return (
    // biome-ignore lint/a11y/noAriaHiddenOnFocusable: an SVG <g> without tabIndex is not focusable
    <g aria-hidden="true" pointerEvents="none">
      {lines}
    </g>
  );
}
