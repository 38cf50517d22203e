/**
 * Every hop of the packet walk speaks in messages, in Chinese as well: walks between every pair of
 * endpoints (pods, nodes, externals, Services and their node ports, multicast, broadcast,
 * loopback and other special addresses) over the presets and the worlds of step-worlds.ts
 * (Terway and its faults, vxlan, host-gw, Services with faults, loops), each hop's explanation
 * and each reason read as a message: its English word for word the trace's, its Chinese the
 * Chinese template with every parameter given.
 */
import { describe, expect, it } from 'vitest';
import { construct, english, type Message, paramsOf, sayIn, type Text } from '../../../engine/index.ts';
import { trace } from '../../../engine/packet/index.ts';
import { stepWorlds } from '../../../engine/test-support/step-worlds.ts';
import type { WorldState } from '../../../engine/world/types.ts';
import { engine } from './index.ts';

const CJK = /[\u4e00-\u9fff]/;
const SPECIAL = ['0.0.0.0', '127.0.0.1', '224.0.0.1', '239.1.2.3', '255.255.255.255', '192.168.0.255'];
const OTHERS = ['8.8.8.8', '100.100.2.136', '172.16.9.9', '240.0.0.1'];

/** The endpoints a walk can start from, and the destinations it can go to. */
function endpoints(world: WorldState): { from: string[]; to: string[] } {
  const from = [
    ...[...world.pods.values()].slice(0, 6).map((p) => `pod:${p.name}`),
    ...[...world.nodes.values()].slice(0, 4).map((n) => `node:${n.name}`),
    ...(world.scenario.externals ?? []).map((e) => `external:${e.name}`),
  ];
  const firstNode = world.nodes.values().next().value?.name;
  const services = world.services.flatMap((s) => [
    `service:${s.namespace}/${s.name}`,
    ...s.ports.flatMap((p) => (p.nodePort && firstNode ? [`node:${firstNode}:${p.nodePort}`] : [])),
  ]);
  return { from, to: [...from, ...services, ...SPECIAL, ...OTHERS] };
}

/** The parameters a message's Chinese template names that it was not given, nested ones too. */
function missing(text: Message): string[] {
  const absent = paramsOf(engine[text.id]).filter((name) => !(name in text.params));
  const nested = Object.values(text.params).flatMap((v) => (typeof v === 'object' ? missing(v) : []));
  return [...absent.map((name) => `${text.id}.${name}`), ...nested];
}

function checkText(text: Text | undefined, englishText: string | undefined, where: string): number {
  if (text === undefined) return 0;
  expect(typeof text, `${where}: a message, not English words`).toBe('object');
  if (typeof text === 'string') return 0;
  expect(english(text), where).toBe(englishText);
  expect(missing(text), where).toEqual([]);
  expect(
    sayIn(text, (m) => engine[m.id], 'zh-CN'),
    `${where}: ${text.id}`,
  ).toMatch(CJK);
  return 1;
}

const WORLDS = stepWorlds().filter(([name]) => !name.startsWith('random'));

describe('every hop of the packet walk says its explanation and reason in Chinese', () => {
  it.each(WORLDS)('%s', (_, scenario) => {
    const world = construct(scenario).final;
    const { from, to } = endpoints(world);
    let said = 0;
    for (const a of from) {
      for (const b of to) {
        const result = trace(world, a, b);
        if (result.outcome === 'error') continue;
        for (const path of [result, result.reply]) {
          if (!path) continue;
          const where = `${a} → ${b}`;
          said += checkText(path.reasonText, path.reason, `${where}: reason`);
          for (const [i, hop] of path.hops.entries())
            said += checkText(hop.explanationText, hop.explanation, `${where}: hop ${i + 1} at ${hop.at}`);
        }
      }
    }
    expect(said).toBeGreaterThan(0);
  });
});

describe('an endpoint asked for that the Service does not have', () => {
  it('is refused with a message, its English the trace error’s, its Chinese complete', () => {
    const world = construct(WORLDS.find(([name]) => name === 'services')?.[1] as never).final;
    const service = world.services[0];
    if (!service) throw new Error('the services preset has a Service');
    const result = trace(world, 'pod:web-1', `service:${service.namespace}/${service.name}`, {
      endpoint: 'pod:nobody',
    });
    expect(result.outcome).toBe('error');
    if (result.outcome !== 'error') return;
    expect(checkText(result.reasonText, result.reason, 'ep=pod:nobody')).toBe(1);
    expect(result.reason).toContain('pod "nobody" is not a ready endpoint of Service');
  });
});
