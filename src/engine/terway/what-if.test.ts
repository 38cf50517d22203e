/** The failures a trainer shows on Terway, each with the words the real components use. */
import { describe, expect, it } from 'vitest';
import { traced } from '../packet/test-support.ts';
import { smallPodVswitch, terwayArticle } from './test-worlds.ts';

describe('Terway what-ifs', () => {
  it('a pod vSwitch out of addresses: InvalidVSwitchId.IpNotEnough, SufficientIP=False, the pod left in ContainerCreating with AllocIPFailed', () => {
    const c = smallPodVswitch();
    const failed = c.steps.filter((s) => s.failed);
    expect(failed.map((s) => s.title)).toEqual([
      'vSwitch vsw-pods has no address left: InvalidVSwitchId.IpNotEnough',
      'No address for web-3: no eni can handle the allocation',
    ]);
    const node = c.final.nodes.get('node-b');
    expect(node?.conditions).toContainEqual({
      type: 'SufficientIP',
      status: 'False',
      reason: 'InsufficientIP',
      message: 'node has insufficient IP',
    });
    const pod = c.final.pods.get('web-3');
    expect(pod?.phase).toBe('ContainerCreating');
    expect(pod?.error).toContain(
      'plugin type="terway" failed (add): cmdAdd: error alloc ip rpc error: code = Unknown desc = no eni can handle the allocation',
    );
    expect(c.final.events.filter((e) => e.reason === 'AllocIPFailed').map((e) => e.object)).toEqual([
      'Node/node-b',
      'Pod/web-3',
    ]);
    expect(
      c.final.events.find((e) => e.object === 'Node/node-b' && e.reason === 'AllocIPFailed')?.message,
    ).toBe(
      'Code: InvalidVSwitchId.IpNotEnough Message: The specified VSwitch "vsw-pods" has not enough IpAddress.',
    );
  });

  it('the ENI quota reached: the node holds (adapters − 1) × ipsPerAdapter pods, the next gets "no eni can handle the allocation"', () => {
    const c = terwayArticle(undefined, { eni: { adapters: 2, ipsPerAdapter: 1 } });
    expect(c.final.pods.get('web-1')?.phase).toBe('Running');
    expect(c.final.pods.get('cache-1')?.phase).toBe('ContainerCreating');
    expect(c.final.terway?.nodes.get('node-a')?.maxAvailableIp).toBe(1);
    expect(c.steps.filter((s) => s.failed).map((s) => s.title)).toEqual([
      'No address for cache-1: no eni can handle the allocation',
    ]);
  });

  it('a new ENI when the first is full, each with its own table', () => {
    const c = terwayArticle(undefined, { eni: { adapters: 3, ipsPerAdapter: 1 } });
    const enis = c.final.terway?.nodes.get('node-a')?.enis ?? [];
    expect(enis.map((e) => `${e.device} ${e.ifindex}`)).toEqual(['eth1 3', 'eth2 5']);
    expect(c.steps.map((s) => s.title).filter((t) => /ENI|assigns/.test(t))).toEqual([
      expect.stringMatching(/^terwayd creates ENI eni-\w{20} in vsw-a$/),
      expect.stringMatching(/^ENI eni-\w{20} attached to node-a as eth1$/),
      expect.stringMatching(/^terwayd creates ENI eni-\w{20} in vsw-a$/),
      expect.stringMatching(/^ENI eni-\w{20} attached to node-a as eth2$/),
      expect.stringMatching(/^terwayd creates ENI eni-\w{20} in vsw-a$/),
      expect.stringMatching(/^ENI eni-\w{20} attached to node-b as eth1$/),
    ]);
    const out = traced(c.final, 'pod:cache-1', 'pod:api-1').hops.find((h) => h.at === 'node:node-a');
    expect(out?.rule?.line).toBe('2048:\tfrom 192.168.0.2 lookup 1005');
    expect(out?.deviceOut).toBe('eth2');
  });

  it('no SNAT entry for the pod vSwitch: pods are offline while nodes are online', () => {
    const c = terwayArticle(
      (s) => ({
        ...s,
        vpc: {
          ...s.vpc,
          vswitches: [...s.vpc.vswitches, { name: 'vsw-pods', cidr: '192.168.8.0/24' }],
          natGateway: { eip: '198.51.100.20', snat: ['vsw-a'] },
        },
      }),
      { podVswitches: ['vsw-pods'] },
    );
    const pod = traced(c.final, 'pod:web-1', 'external:internet');
    expect(pod.outcome).toBe('dropped');
    expect(pod.reason).toContain(
      "vSwitch vsw-pods, which holds the pod's ENI address 192.168.8.1, has no SNAT entry",
    );
    expect(traced(c.final, 'node:node-a', 'external:internet').outcome).toBe('delivered');
  });
});
