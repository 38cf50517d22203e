/**
 * Lessons as data (STYLE.md, after learnGitBranching): a scenario, an ordered list of stops, the
 * narration of each stop and optional questions. Nothing here is a computed fact: steps are found
 * by selectors, hops by predicates, and every right answer by a rule the engine evaluates
 * (resolve.ts). Narration and element ids may hold `{tokens}` (template.ts) filled in from the
 * scenario's world, so a lesson stays true when its scenario changes.
 */
import type {
  Actor,
  ChangeKind,
  Dataplane,
  EvidenceTable,
  Fault,
  HopAction,
  Phase,
  PresetName,
} from '../engine/index.ts';

/** A built-in preset (faults may be added), or a scenario file written inline. */
export type LessonScenario =
  | { readonly preset: PresetName; readonly faults?: readonly Fault[] }
  | { readonly file: unknown };

/**
 * Picks one construction step by what it did, never by its index (indices move when scenarios
 * change). Every given field must hold; `occurrence` picks among several matches (default first).
 */
export interface StepSelector {
  /** A change of this kind is among the step's changes … */
  readonly change?: ChangeKind;
  /** … about this node (a change's node, or the step's target `node:NAME`) … */
  readonly node?: string;
  /** … or about this pod. */
  readonly pod?: string;
  readonly actor?: Actor;
  readonly phase?: Phase;
  readonly failed?: boolean;
  readonly occurrence?: 'first' | 'last';
}

/** `end`: the finished cluster (the last step). */
export type StepRef = StepSelector | 'end';

/** Picks one hop of a trace by what happens there. */
export interface HopSelector {
  /** `vpc-router`, `nat-gateway`, `node:NAME`, `pod:NAME`, `external:NAME`. */
  readonly at?: string;
  readonly action?: HopAction;
  readonly table?: EvidenceTable;
  /** Which path: the request (default) or the answer on its way back. */
  readonly direction?: 'request' | 'reply';
  readonly occurrence?: 'first' | 'last';
}

/**
 * How a right answer is computed. Each rule names what to read; the question's stop supplies
 * the scenario, the step and (for packet rules) the trace and its selected hop.
 */
export type AnswerRule =
  /** The VPC route entry that matched at the stop's hop (a `vpc-router` hop). */
  | { readonly of: 'vpc-route' }
  /** An address of the packet at the stop's hop, before or after the hop acted. */
  | { readonly of: 'address'; readonly field: 'src' | 'dst'; readonly side: 'before' | 'after' }
  /** The TTL of the packet after the stop's hop. */
  | { readonly of: 'ttl' }
  /** The table that decided the stop's hop. */
  | { readonly of: 'table' }
  /** Where the stop's packet is dropped (or `delivered`). */
  | { readonly of: 'drop-place' }
  /** Who did the selected step; `click` questions answer with the actor's diagram element. */
  | { readonly of: 'actor'; readonly step: StepSelector; readonly among?: readonly Actor[] }
  /** The pod CIDR the range allocator gives a node. */
  | { readonly of: 'pod-cidr'; readonly node: string }
  /** A number from the scenario's capacity summary. */
  | { readonly of: 'capacity'; readonly field: CapacityField }
  /** Which limit the cluster reaches first: the node CIDRs or the VPC route quota. */
  | { readonly of: 'limit' }
  /** What is wrong with a node (or a pod's node), as the world shows it. */
  | { readonly of: 'diagnosis'; readonly subject: string }
  /** The kube-proxy rule the stop's hop quotes (a KUBE-SEP DNAT, a Service's REJECT). */
  | { readonly of: 'service-rule' }
  /** The netfilter hook the stop's Service hop is decided in (PREROUTING, OUTPUT). */
  | { readonly of: 'service-hook' }
  /** Where the stop's hop happens, among the places its path visits. */
  | { readonly of: 'hop-place' }
  /** What lets the bridge send the stop's frame where it goes (hairpin mode for its own port). */
  | { readonly of: 'bridge-flag' }
  /** A fact of the same cluster on another dataplane (the pods' MTU, the node limit, a walk's end). */
  | {
      readonly of: 'dataplane';
      readonly fact: DataplaneFact;
      readonly dataplane: Dataplane;
      readonly walk?: { readonly from: string; readonly to: string };
    };

export type DataplaneFact = 'mtu' | 'node-limit' | 'outcome';

export type CapacityField = 'nodeCidrBlocks' | 'allocatableBlocks' | 'nodeRoutesAvailable' | 'nodeLimit';

export interface Question {
  /** `choice`: pick one of the computed options; `click`: click the element in the diagram. */
  readonly kind: 'choice' | 'click';
  readonly prompt: string;
  readonly answer: AnswerRule;
  /** Why the right answer is right, in the lesson's own words (`{tokens}` allowed). */
  readonly explanation: string;
  /**
   * The answer id the author expects (`route:172.16.1.0/25`, `ip:192.168.0.10`, …). The player
   * never reads it: the lesson test checks it against the computed answer, so a lesson whose
   * words no longer fit its scenario fails loudly.
   */
  readonly expect: string;
  /**
   * The stop's own step tells the answer in its story (its narration hands over to the answer's
   * actor, say): while the question waits that step is kept back too, not listed, not narrated.
   */
  readonly ownStepTells?: boolean;
}

/** What the author expects of a stop's packet; checked by the lesson test, never shown. */
export interface PacketExpectation {
  readonly outcome: 'delivered' | 'dropped';
  /** The places the request visits, each once in a row (`pod:web-1`, `node:node-a`, …). */
  readonly path?: readonly string[];
  readonly dropAt?: string;
}

interface StopBase {
  readonly title: string;
  readonly narration: string;
  /** The diagram element to select (`{tokens}` allowed, e.g. `route:{node:node-a.podCidr}`). */
  readonly select?: string;
  /** The inspector artifact to open for the selection (`subnet.env`, `node-spec`, …). */
  readonly artifact?: string;
  readonly question?: Question;
}

/** Shows the cluster right after a construction step. */
export interface StepStop extends StopBase {
  readonly show: 'step';
  readonly step: StepSelector;
}

/**
 * Walks a packet over the finished cluster (the explorer's packet walk always runs after the
 * last step), stopping at a hop, or showing the whole walk.
 */
export interface PacketStop extends StopBase {
  readonly show: 'packet';
  readonly from: string;
  readonly to: string;
  readonly hop?: HopSelector;
  readonly expect: PacketExpectation;
}

/** Shows one element of the cluster as it stands at `at` (default: the end). */
export interface ElementStop extends StopBase {
  readonly show: 'element';
  readonly select: string;
  readonly at?: StepRef;
}

export type Stop = StepStop | PacketStop | ElementStop;

export interface Lesson {
  /** kebab-case, used in URLs (`#/?lesson=ID&stop=N`) and for saved progress. */
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: LessonScenario;
  readonly stops: readonly Stop[];
}
