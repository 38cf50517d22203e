import { lazyText, type Slices, type StepBuilder } from '../construction/builder.ts';
import { nodePlace } from '../places.ts';
import type { TerwayConfig } from './config.ts';
import { MAX_AVAILABLE_IP_ANNOTATION, maxAvailableIp } from './eni-limits.ts';

/**
 * Node phase on Terway, per node: the terway-eniip DaemonSet pod, its init container (the CNI
 * binary and 10-terway.conflist), then terwayd, which reads the instance type's ENI quotas and
 * annotates the node with the pod addresses it can hold. No VPC route, no masquerade rule.
 */
// NOTE: AliyunContainerService/terway hack/init.sh (the init container: copies /usr/bin/terway to
// /opt/cni/bin, runs `terway-cli cni --output /etc/cni/net.d/10-terway.conflist`, sets
// net.ipv4.conf.eth0.rp_filter=0); daemon/builder.go (node annotation max-available-ip).
export function* buildTerwayNodePhase(b: StepBuilder, config: TerwayConfig): Slices {
  const max = maxAvailableIp(config.eni);
  const { adapters, ipsPerAdapter } = config.eni;
  const type = config.instanceType ? `${config.instanceType}: ` : '';
  for (const spec of b.world.scenario.nodes) {
    yield;
    const name = spec.name;
    b.emit({
      phase: 'node',
      actor: 'daemonset-controller',
      target: nodePlace(name),
      changes: [{ kind: 'terway', change: { kind: 'terwayd-status', node: name, status: 'scheduled' } }],
      text: lazyText(() => [
        `terway-eniip pod scheduled on ${name}`,
        `The terway-eniip DaemonSet puts one pod on every node, ${name} included, in the host's network namespace. It holds terwayd, the daemon that owns the node's ENIs and hands pod addresses out of them.`,
      ]),
    });
    b.emit({
      phase: 'node',
      actor: 'install-cni',
      target: nodePlace(name),
      changes: [
        { kind: 'cni-conf-installed', node: name },
        { kind: 'terway', change: { kind: 'conflist-written', node: name } },
      ],
      text: lazyText(() => [
        `Init container writes 10-terway.conflist on ${name}`,
        `The terway-eniip pod's init container copies the terway CNI binary to /opt/cni/bin and writes /etc/cni/net.d/10-terway.conflist: kubelet will run type "terway" for every pod on ${name}. It also turns reverse-path filtering off on eth0 (rp_filter=0): replies to pods will come back on other interfaces than the ones the requests left by.`,
      ]),
    });
    b.emit({
      phase: 'node',
      actor: 'terwayd',
      target: nodePlace(name),
      changes: [
        { kind: 'terway', change: { kind: 'terwayd-status', node: name, status: 'running' } },
        { kind: 'terway', change: { kind: 'max-available-ip', node: name, value: max } },
      ],
      text: lazyText(() => [
        `terwayd on ${name}: ${MAX_AVAILABLE_IP_ANNOTATION}=${max}`,
        `terwayd starts and asks ECS (DescribeInstanceTypes) what the instance can hold: ${type}${adapters} ENIs of ${ipsPerAdapter} private addresses each. eth0 stays the node's own, so pods can have (${adapters} − 1) × ${ipsPerAdapter} = ${max} addresses; terwayd writes that into the node annotation ${MAX_AVAILABLE_IP_ANNOTATION}. It creates no ENI yet: the first pod will ask for one. No VPC route and no masquerade rule are made for ${name}.`,
      ]),
    });
  }
}
