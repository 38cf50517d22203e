import { selectWhatIfSettings } from './packet-selectors.ts';
import type { ExplorerState } from './types.ts';
import type { ViewState } from './view-state.ts';
import { isEmptyWhatIf } from './what-if-scenario.ts';

/** The view the store shows, as a link carries it (view-hash.ts writes it). */
export function selectViewState(s: ExplorerState): ViewState {
  const whatIf = selectWhatIfSettings(s);
  return {
    preset: s.source.kind === 'preset' ? s.source.name : null,
    scenario: s.source.kind === 'custom' ? (s.scenarioOrigin?.param ?? null) : null,
    step: s.step,
    selected: s.selectedId,
    tab: s.tab,
    walk: s.walk,
    hop: s.walk && s.hop > 0 ? s.hop : null,
    whatIf: isEmptyWhatIf(whatIf) ? null : whatIf,
    lesson: s.lesson,
    embed: s.embed,
    present: s.present,
    compare: s.compare,
    lang: s.lang,
    unknown: s.unknownParams,
  };
}
