import { message, refusals, type Text } from '../engine/index.ts';
import type { Lang } from '../i18n/lang.ts';
import { constructionOf } from './constructions.ts';
import { PACKET_CLEARED } from './packet-types.ts';
import type { WalkRequest } from './packet-walk.ts';
import { loadedPreset } from './preset-scenarios.ts';
import { STEP_ANIMATION_MS } from './timing.ts';
import type { ExplorerInit, ExplorerState, LinkSlice, ScenarioSource, SliceCreator } from './types.ts';
import { normalizeWhatIf, sameWhatIf } from './what-if-scenario.ts';
import { baseScenarioOf } from './what-if-slice.ts';

const DEFAULT_SOURCE: ScenarioSource = { kind: 'preset', name: 'article' };

/** Whether the store already shows the scenario `init` asks for (before any what-if). */
function showsScenarioOf(state: ExplorerState, init: ExplorerInit): boolean {
  const source = init.source ?? DEFAULT_SOURCE;
  if (source.kind === 'preset') {
    return state.source.kind === 'preset' && state.source.name === source.name;
  }
  return state.source.kind === 'custom' && init.scenario === baseScenarioOf(state);
}

function clampStep(state: ExplorerState, step: number | undefined): number {
  const n = step !== undefined && Number.isFinite(step) ? Math.max(0, Math.trunc(step)) : 0;
  return Math.min(n, state.construction.steps.length);
}

/**
 * Why parts of a link were not applied, in one sentence list: what the URL codec could not read,
 * a walk asked for before the last step (it runs over the finished network), then the engine's
 * refusal of the what-if, if any.
 */
function notApplied(
  state: ExplorerState,
  refused: readonly Text[],
  walk: WalkRequest | null,
  step: number,
): Text | null {
  const total = state.construction.steps.length;
  const early =
    walk !== null && step < total
      ? [message(refusals, 'walkAtEnd', { from: walk.from, to: walk.to, total, step })]
      : [];
  const all = [...refused, ...early, ...(state.whatIfError === null ? [] : [state.whatIfError])];
  return all.reduce<Text | null>(
    (joined, next) => (joined === null ? next : message(refusals, 'andThen', { first: joined, next })),
    null,
  );
}

export function createLinkSlice(initial: { preferredLang: Lang }): SliceCreator<LinkSlice> {
  return (set, get) => ({
    scenarioOrigin: null,
    lesson: null,
    lessonPicker: false,
    withheld: null,
    embed: false,
    present: false,
    compare: null,
    setCompare: (compare) => set({ compare }, false, 'view/compare'),
    follow: true,
    setFollow: (follow) => set({ follow }, false, 'view/follow'),
    lang: null,
    preferredLang: initial.preferredLang,
    setLang: (lang) => set({ lang, preferredLang: lang }, false, 'view/lang'),
    unknownParams: [],
    openLesson: (next) => {
      const now = get().lesson;
      const same = now?.lesson === next.lesson && now.stop === next.stop;
      set(same ? { lessonPicker: false } : { lesson: next, lessonPicker: false }, false, 'lesson/open');
    },
    setPresent: (present) => set({ present }, false, 'view/present'),
    exitLesson: () => set({ lesson: null, withheld: null }, false, 'lesson/exit'),
    withhold: (withheld) => set({ withheld }, false, 'lesson/withhold'),
    showLessonPicker: (open) => set({ lessonPicker: open }, false, 'lesson/picker'),
    applyView: (init) => {
      if (!showsScenarioOf(get(), init)) {
        const source = init.source ?? DEFAULT_SOURCE;
        const scenario = init.scenario ?? loadedPreset(source.kind === 'preset' ? source.name : 'article');
        set(
          { scenario, construction: constructionOf(scenario), source, ...PACKET_CLEARED },
          false,
          'view/scenario',
        );
      }
      // The what-if changes the construction (and its last step): before the walk and the step.
      const state = get();
      const wanted = normalizeWhatIf(baseScenarioOf(state), init.packet?.whatIf ?? {});
      if (!sameWhatIf(wanted, state.whatIf?.settings ?? {}) || state.whatIfError !== null) {
        state.setWhatIf(wanted);
      }
      const walk = init.packet?.walk ?? null;
      if (walk !== get().walk || walk !== null) get().restoreWalk(walk, init.packet?.hop ?? 1);
      const step = clampStep(get(), init.step);
      set(
        {
          whatIfError: notApplied(get(), init.packet?.refused ?? [], walk, step),
          scenarioOrigin: init.scenarioOrigin ?? null,
          loadError: init.loadError ?? null,
          step,
          time: STEP_ANIMATION_MS,
          playing: false,
          selectedId: init.selectedId ?? null,
          tab: init.tab ?? null,
          lesson: init.lesson ?? null,
          lessonPicker: false,
          // The lesson player, shown the new location, keeps back again what its question needs.
          withheld: null,
          embed: init.embed ?? false,
          present: init.present ?? false,
          compare: init.compare ?? null,
          lang: init.lang ?? null,
          unknownParams: init.unknownParams ?? [],
        },
        false,
        'view/apply',
      );
    },
  });
}
