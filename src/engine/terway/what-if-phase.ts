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
      `The NAT gateway has no SNAT entry for ${vswitches}: the vSwitch where ${name}'s pods take their ENI addresses. Only ECS-instance entries remain for the nodes in it, which cover each node's own primary address. The nodes still reach the Internet; a pod's packet leaves with its ENI address as source (Terway does not masquerade on the node), and the NAT gateway finds no entry to translate it: the pods are offline while their nodes are online.`,
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
      `The ENIs terwayd attached to ${name} are put in security group ${group} (terwayd's eni_conf security_group / security_groups names the groups it creates ENIs with). It is an enterprise security group with no inbound rule for the cluster's addresses, so ECS drops every new packet for ${name}'s pods that arrives from another node or pod through the VPC. ${name}'s own eth0 keeps the cluster's security group: the node itself stays reachable, and pods on ${name} still talk to each other through the node, and out: the group is stateful and lets answers back in.`,
    ]),
  });
}
