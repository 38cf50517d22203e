/** The engine's public surface: scenario → construction steps → world state (→ packet traces). */
export type { Scenario, ScenarioError, ParseResult, Fault, FaultKind, NodeSpec, PodSpec } from './scenario/types.ts';
export type { Step, Change, ChangeKind, Phase, Actor } from './construction/changes.ts';
export { PHASES } from './construction/changes.ts';
export type { WorldState, NodeState, PodState, VpcRouteEntry, KubeEvent, Condition } from './world/types.ts';
export { construct, stateAt, type Construction } from './construction/construct.ts';
