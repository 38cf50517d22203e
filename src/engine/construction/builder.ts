import type { EngineMessageId } from '../messages/en/index.ts';
import type { Params } from '../messages/format.ts';
import { english, message, type Text } from '../messages/message.ts';
import type { PlaceId } from '../places.ts';
import type { Scenario } from '../scenario/types.ts';
import { applyChange, type Draft, emptyDraft } from './apply.ts';
import type { Actor, Change, Phase, Step } from './changes.ts';

/** What a phase hands the builder for one step; the text is produced only when read. */
export interface StepInput {
  readonly phase: Phase;
  readonly actor: Actor;
  readonly target: PlaceId;
  readonly failed?: boolean;
  readonly changes: readonly Change[];
  /** Returns [title, explanation]. Lazy: a 150,000-pod scenario makes ~600,000 steps. */
  readonly text: () => readonly [Text, Text];
}

/**
 * A step's title and explanation: the messages `IDTitle` and `ID` of the catalog part `part`,
 * given the same parameters (one object for both keeps the engine's first-load chunk small).
 */
export function titled<P extends Readonly<Record<string, string>>>(
  part: P,
  id: keyof P & EngineMessageId & string,
  params?: Params,
): readonly [Text, Text] {
  return [message(part, `${id}Title` as keyof P & EngineMessageId, params), message(part, id, params)];
}

/** A step whose title and explanation are made when read, from `text()`. */
export abstract class LazyTextStep {
  abstract readonly index: number;
  abstract readonly phase: Phase;
  abstract readonly actor: Actor;
  abstract readonly target: PlaceId;
  abstract readonly failed: boolean;
  abstract readonly changes: readonly Change[];
  /** [title, explanation]. */
  protected abstract text(): readonly [Text, Text];

  get title(): string {
    return english(this.text()[0]);
  }

  get explanation(): string {
    return english(this.text()[1]);
  }

  get titleText(): Text {
    return this.text()[0];
  }

  get explanationText(): Text {
    return this.text()[1];
  }

  toJSON() {
    const { index, phase, actor, target, failed, title, explanation, changes } = this;
    return { index, phase, actor, target, failed, title, explanation, changes };
  }
}

class ConstructionStep extends LazyTextStep implements Step {
  readonly index: number;
  readonly phase: Phase;
  readonly actor: Actor;
  readonly target: PlaceId;
  readonly failed: boolean;
  readonly changes: readonly Change[];
  readonly #text: () => readonly [Text, Text];

  constructor(index: number, input: StepInput) {
    super();
    this.index = index;
    this.phase = input.phase;
    this.actor = input.actor;
    this.target = input.target;
    this.failed = input.failed ?? false;
    this.changes = input.changes;
    this.#text = input.text;
  }

  protected text(): readonly [Text, Text] {
    return this.#text();
  }
}

/**
 * A phase that hands back control between its nodes, pods or Services (a bare `yield`), so that
 * a large construction can be run a slice at a time (constructInSlices) as well as at once.
 */
export type Slices = Generator<void, void, unknown>;

/** Runs a phase to its end. */
export function runAll(phase: Slices): void {
  while (!phase.next().done);
}

/**
 * Collects steps in order and keeps a running draft of the world, so that each phase decides
 * from the same state the fold will later reproduce.
 */
export class StepBuilder {
  readonly steps: Step[] = [];
  readonly world: Draft;
  readonly #record: boolean;

  /** With `record` false the builder only folds the changes: the world without the story. */
  constructor(scenario: Scenario, record: boolean) {
    this.world = emptyDraft(scenario);
    this.#record = record;
  }

  emit(input: StepInput): void {
    for (const change of input.changes) applyChange(this.world, change);
    if (this.#record) this.steps.push(new ConstructionStep(this.steps.length + 1, input));
  }
}
