import { type Slices, type StepBuilder, titled } from '../construction/builder.ts';
import { later } from '../later.ts';
import { terwaySteps } from '../messages/en/terwaySteps.ts';
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
  const type = config.instanceType ?? '';
  for (const spec of b.world.scenario.nodes) {
    yield;
    const name = spec.name;
    b.emit({
      phase: 'node',
      actor: 'daemonset-controller',
      target: nodePlace(name),
      changes: [{ kind: 'terway', change: { kind: 'terwayd-status', node: name, status: 'scheduled' } }],
      text: later(() => titled(terwaySteps, 'tDaemon', { node: name })),
    });
    b.emit({
      phase: 'node',
      actor: 'install-cni',
      target: nodePlace(name),
      changes: [
        { kind: 'cni-conf-installed', node: name },
        { kind: 'terway', change: { kind: 'conflist-written', node: name } },
      ],
      text: later(() => titled(terwaySteps, 'tConflist', { node: name })),
    });
    b.emit({
      phase: 'node',
      actor: 'terwayd',
      target: nodePlace(name),
      changes: [
        { kind: 'terway', change: { kind: 'terwayd-status', node: name, status: 'running' } },
        { kind: 'terway', change: { kind: 'max-available-ip', node: name, value: max } },
      ],
      text: later(() =>
        titled(terwaySteps, 'tMaxIp', {
          node: name,
          annotation: MAX_AVAILABLE_IP_ANNOTATION,
          max,
          typed: type ? 1 : 0,
          type,
          adapters,
          ips: ipsPerAdapter,
        }),
      ),
    });
  }
}
