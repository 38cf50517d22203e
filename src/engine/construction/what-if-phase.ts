import { nodePlace, VPC } from '../places.ts';
import { faultKindsOf } from '../scenario/defaults.ts';
import type { Fault } from '../scenario/types.ts';
import { buildTerwayWhatIf } from '../terway/what-if-phase.ts';
import { lazyText, type Slices, type StepBuilder } from './builder.ts';

/**
 * Faults that strike a finished cluster, as operator actions after construction. (flanneld-down
 * acts earlier, inside the node phase, because it changes what gets built.)
 */
export function* buildWhatIfPhase(b: StepBuilder): Slices {
  const { scenario } = b.world;
  // A fault of the other CNI does not exist on this cluster (validation refuses it in a file).
  const kinds = faultKindsOf(scenario.cluster.cni?.plugin ?? 'flannel');
  for (const fault of scenario.faults) {
    yield;
    if (!kinds.includes(fault.kind)) continue;
    if (fault.kind === 'vpc-route-deleted') routeDeleted(b, fault);
    else if (fault.kind === 'masquerade-rules-missing') masqueradeMissing(b, fault);
    else if (fault.kind === 'cni0-down') cni0Down(b, fault);
    else buildTerwayWhatIf(b, fault);
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
      text: lazyText(() => [
        `No VPC route of ${name} to delete`,
        `The what-if deletes ${name}'s VPC route, but the route table has none for it: it never got one.`,
      ]),
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
    text: lazyText(() => [
      `What-if: VPC route ${entry.destination} → ${name} deleted`,
      `Someone deletes the custom entry ${entry.destination} → ${entry.nextHop} from the VPC route table. The vRouter no longer knows where ${name}'s pods live: packets for them now match only the less specific entries. (The CCM's route controller would put the entry back at its next reconcile; this shows the moment before it does.)`,
    ]),
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
    text: lazyText(() => [
      `What-if: masquerade rules missing on ${name}`,
      `The nat POSTROUTING rules flanneld added on ${name} are gone (flushed by hand, or flanneld started without --ip-masq). Pods there still send to the Internet, but their packets keep a private pod source address that nobody outside can answer.`,
    ]),
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
      text: lazyText(() => [
        `No cni0 on ${name} to take down`,
        `cni0 appears with a node's first pod; ${name} has none.`,
      ]),
    });
    return;
  }
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: nodePlace(name),
    failed: true,
    changes: [{ kind: 'cni0-set-down', node: name }],
    text: lazyText(() => [
      `What-if: cni0 down on ${name}`,
      `Someone runs ip link set cni0 down on ${name}. The bridge stops forwarding and the kernel withdraws the connected route to the pod CIDR: pods on ${name} are cut off from each other, from the node and from the rest of the cluster.`,
    ]),
  });
}
