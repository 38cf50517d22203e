import { type Dispatch, type SetStateAction, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine/index.ts';
import { type Draft, draftFromDoc } from './draft.ts';

/** A short pause before a valid draft is applied, so that each keystroke does not rebuild. */
export const APPLY_DELAY_MS = 250;

function sameScenario(a: Scenario, b: Scenario): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The editor's draft, tied to the scenario shown: a valid draft that differs from it is applied
 * after a short pause; a scenario that changes from outside (Back, a preset, an import)
 * replaces the draft.
 */
export function useDraft(
  scenario: Scenario,
  file: unknown,
  onApply: (scenario: Scenario, file: unknown) => void,
): [Draft, Dispatch<SetStateAction<Draft>>] {
  const [draft, setDraft] = useState(() => draftFromDoc(file));
  const applied = useRef(scenario);
  useEffect(() => {
    if (scenario === applied.current) return;
    applied.current = scenario;
    setDraft(draftFromDoc(file));
  }, [scenario, file]);
  useEffect(() => {
    if (!draft.result.ok || sameScenario(draft.result.scenario, applied.current)) return;
    const next = draft.result.scenario;
    const timer = setTimeout(() => {
      applied.current = next;
      onApply(next, draft.doc);
    }, APPLY_DELAY_MS);
    return () => clearTimeout(timer);
  }, [draft, onApply]);
  return [draft, setDraft];
}
