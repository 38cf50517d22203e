import { later } from '../later.ts';
import { whatIfSteps } from '../messages/en/whatIfSteps.ts';
import { nodePlace, VPC } from '../places.ts';
import { faultKindsOf } from '../scenario/defaults.ts';
import type { Fault } from '../scenario/types.ts';
import { type Slices, type StepBuilder, titled } from './builder.ts';
import type { ConstructionExtras } from './extras.ts';

/**
 * Faults that strike a finished cluster, as operator actions after construction. (flanneld-down
 * acts earlier, inside the node phase, because it changes what gets built.)
 */
export function* buildWhatIfPhase(b: StepBuilder, terwayWhatIf?: ConstructionExtras['terwayWhatIf']): Slices {
  const { scenario } = b.world;
  // A fault of the other CNI does not exist on this cluster (validation refuses it in a file).
  const kinds = faultKindsOf(scenario.cluster.cni?.plugin ?? 'flannel');
  for (const fault of scenario.faults) {
    yield;
    if (!kinds.includes(fault.kind)) continue;
    if (fault.kind === 'vpc-route-deleted') routeDeleted(b, fault);
    else if (fault.kind === 'masquerade-rules-missing') masqueradeMissing(b, fault);
    else if (fault.kind === 'cni0-down') cni0Down(b, fault);
    else terwayWhatIf?.(b, fault);
  }
}

function routeDeleted(b: StepBuilder, fault: Fault): void {
  const node = b.world.nodes.get(fault.node);
  const entry = b.world.routeTable.find((e) => e.type === 'custom' && e.node === fault.node);
  const name = fault.node;
  if (!node || !entry) {
    b.emit({
      phase: 'what-if',
      actor: 'operator',
      target: nodePlace(name),
      changes: [],
      text: later(() => titled(whatIfSteps, 'noRouteToDelete', { node: name })),
    });
    return;
  }
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: VPC,
    failed: true,
    changes: [
      { kind: 'vpc-route-removed', destination: entry.destination },
      { kind: 'node-vpc-route', node: name, status: 'deleted' },
    ],
    text: later(() =>
      titled(whatIfSteps, 'routeDeleted', {
        destination: entry.destination,
        node: name,
        nextHop: entry.nextHop,
      }),
    ),
  });
}

function masqueradeMissing(b: StepBuilder, fault: Fault): void {
  const name = fault.node;
  const node = b.world.nodes.get(name);
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: nodePlace(name),
    failed: true,
    changes: node?.masqueradeRules ? [{ kind: 'masquerade-rules-removed', node: name }] : [],
    text: later(() => titled(whatIfSteps, 'masqMissing', { node: name })),
  });
}

function cni0Down(b: StepBuilder, fault: Fault): void {
  const name = fault.node;
  const node = b.world.nodes.get(name);
  if (!node?.cni0) {
    b.emit({
      phase: 'what-if',
      actor: 'operator',
      target: nodePlace(name),
      changes: [],
      text: later(() => titled(whatIfSteps, 'noCni0', { node: name })),
    });
    return;
  }
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: nodePlace(name),
    failed: true,
    changes: [{ kind: 'cni0-set-down', node: name }],
    text: later(() => titled(whatIfSteps, 'cni0Down', { node: name })),
  });
}
