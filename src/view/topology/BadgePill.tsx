import { useContext } from 'react';
import { type Badge, FONT_SIZE } from '../../layout/index.ts';
import { DiagramWords } from './diagram-words.ts';
import { BADGE } from './styles.ts';

/** A small pill naming a failure or a state. */
export function BadgePill({ badge }: { badge: Badge }) {
  const { box, tone, text } = badge;
  const say = useContext(DiagramWords);
  return (
    <g data-badge={text}>
      <rect
        x={box.x}
        y={box.y}
        width={box.width}
        height={box.height}
        rx={box.height / 2}
        className={BADGE[tone].fill}
      />
      <text x={box.x + 6} y={box.y + 12} fontSize={FONT_SIZE.muted} className={BADGE[tone].text}>
        {say(text)}
      </text>
    </g>
  );
}
