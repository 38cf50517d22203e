import { type StepBuilder, titled } from '../construction/builder.ts';
import { later } from '../later.ts';
import { whatIfSteps } from '../messages/en/whatIfSteps.ts';
import { NAT_GATEWAY, nodePlace } from '../places.ts';
import type { Fault } from '../scenario/types.ts';
import { podVswitchesOf, terwayConfigOf } from './config.ts';
import { podSecurityGroup } from './security-group.ts';

/**
 * Terway's what-ifs that strike a finished cluster, as operator actions after construction.
 * (vswitch-exhausted and eni-quota-reached act earlier, in the pod phase: they change what
 * terwayd can build.)
 */
export function buildTerwayWhatIf(b: StepBuilder, fault: Fault): void {
  if (fault.kind === 'snat-entry-missing') snatEntryMissing(b, fault.node);
  else if (fault.kind === 'security-group-denies-pods') securityGroupDenies(b, fault.node);
}

function snatEntryMissing(b: StepBuilder, name: string): void {
  const config = terwayConfigOf(b.world.scenario);
  const node = b.world.nodes.get(name);
  if (!config || !node) return;
  const vswitches = podVswitchesOf(config, node.vswitch).join(', ');
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: NAT_GATEWAY,
    failed: true,
    changes: [],
    text: later(() => titled(whatIfSteps, 'noSnatEntry', { vswitches, node: name })),
  });
}

function securityGroupDenies(b: StepBuilder, name: string): void {
  const group = podSecurityGroup(name);
  b.emit({
    phase: 'what-if',
    actor: 'operator',
    target: nodePlace(name),
    failed: true,
    changes: [],
    text: later(() => titled(whatIfSteps, 'groupDenies', { node: name, group })),
  });
}
