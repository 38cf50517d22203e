import { lazyText, type StepBuilder } from '../construction/builder.ts';
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
    text: lazyText(() => [
      `What-if: no SNAT entry for ${vswitches}, the pod vSwitch of ${name}`,
      `The NAT gateway has only ECS-instance SNAT entries for the nodes in ${vswitches}, none for the vSwitch itself. A pod's packet keeps its ENI address as source (no masquerade on a Terway node) and matches no entry: pods are offline while their nodes are online.`,
    ]),
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
    text: lazyText(() => [
      `What-if: ${name}'s ENIs in security group ${group}, which admits nothing from the cluster`,
      `The ENIs terwayd attached to ${name} are in ${group} (eni_conf security_groups), an enterprise group with no inbound rule for the cluster: ECS drops every new packet for ${name}'s pods from the VPC. eth0 keeps the cluster's group, and answers still come in: groups are stateful.`,
    ]),
  });
}
