/**
 * "Find step": the steps whose title or actor, and the diagram elements whose name, hold every
 * word typed, for a scenario of any size. A title is searched as shown (in the page's language)
 * and in English, the words of the CLI and of the docs.
 */
import { english, type Step, type Text } from '../../engine/index.ts';
import type { ElementKind, TopologyElement } from '../../layout/index.ts';

export type Found =
  | { readonly kind: 'step'; readonly step: number; readonly title: string; readonly actor: string }
  | {
      readonly kind: 'element';
      readonly id: string;
      readonly label: string;
      readonly what: ElementKind;
      /** The first step that acts on it (its creation, most often); null when none names it. */
      readonly step: number | null;
    };

/** An element's short name: the first part of its brief ("api-1"), else its first text line. */
export function elementLabel(element: TopologyElement): string {
  return element.brief?.split(' · ')[0] ?? element.lines[0]?.text ?? element.name;
}

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean);
const holds = (text: string, wanted: readonly string[]) => {
  const lower = text.toLowerCase();
  return wanted.every((w) => lower.includes(w));
};

/**
 * Up to `limit` matches for `query`: elements named exactly so first, then steps in order, then
 * the other elements. Nothing for a blank query. `say` puts a title in the page's language,
 * `sayLabel` an element's label (drawn text); both languages are searched.
 */
export function findSteps(
  steps: readonly Step[],
  elements: readonly TopologyElement[],
  query: string,
  limit = 8,
  say: (text: Text) => string = english,
  sayLabel: (label: string) => string = (label) => label,
): Found[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const firstStep = new Map<string, number>();
  for (const step of steps) if (!firstStep.has(step.target)) firstStep.set(step.target, step.index);
  const exact: Found[] = [];
  const partial: Found[] = [];
  const exactText = wanted.join(' ');
  for (const element of elements) {
    const label = elementLabel(element);
    const shownLabel = sayLabel(label);
    if (!holds(label, wanted) && !(shownLabel !== label && holds(shownLabel, wanted))) continue;
    const found: Found = {
      kind: 'element',
      id: element.id,
      label,
      what: element.kind,
      step: firstStep.get(element.id) ?? null,
    };
    const named = label.toLowerCase() === exactText || shownLabel.toLowerCase() === exactText;
    (named ? exact : partial).push(found);
  }
  const out: Found[] = [...exact];
  for (const step of steps) {
    if (out.length >= limit) break;
    const shown = say(step.titleText);
    const inEnglish = step.title;
    if (holds(`${shown} ${step.actor}`, wanted) || (shown !== inEnglish && holds(inEnglish, wanted))) {
      out.push({ kind: 'step', step: step.index, title: shown, actor: step.actor });
    }
  }
  return [...out, ...partial].slice(0, limit);
}
