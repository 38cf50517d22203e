import { describe, expect, it } from 'vitest';
import { PRESETS } from '../../engine/scenario/presets.ts';
import { MAX_SCENARIO_TEXT, MAX_STEP, readHostMessage } from './messages.ts';

const errorOf = (data: unknown) => {
  const inbound = readHostMessage(data);
  if (inbound.kind !== 'invalid') throw new Error(`expected invalid, got ${inbound.kind}`);
  return inbound.error;
};

describe('valid host messages', () => {
  it('reads each message type', () => {
    expect(readHostMessage({ type: 'podpath:set-step', step: 5 })).toEqual({
      kind: 'valid',
      message: { type: 'podpath:set-step', step: 5 },
    });
    expect(readHostMessage({ type: 'podpath:set-preset', preset: 'small' })).toMatchObject({
      kind: 'valid',
      message: { preset: 'small' },
    });
    expect(
      readHostMessage({ type: 'podpath:set-trace', from: 'pod:web-1/nginx', to: '203.0.113.10', hop: 3 }),
    ).toMatchObject({ kind: 'valid', message: { from: 'pod:web-1/nginx', to: '203.0.113.10', hop: 3 } });
    expect(
      readHostMessage({ type: 'podpath:set-trace', from: 'node:node-a', to: 'external:internet' }),
    ).toEqual({
      kind: 'valid',
      message: { type: 'podpath:set-trace', from: 'node:node-a', to: 'external:internet' },
    });
  });

  it('reads a scenario given as an object or as JSON text, keeping the file', () => {
    for (const scenario of [PRESETS.article, JSON.stringify(PRESETS.article)]) {
      const inbound = readHostMessage({ type: 'podpath:set-scenario', scenario });
      expect(inbound.kind).toBe('valid');
      if (inbound.kind !== 'valid' || inbound.message.type !== 'podpath:set-scenario') return;
      expect(inbound.message.scenario.nodes).toHaveLength(3);
      expect(inbound.message.file).toEqual(PRESETS.article);
    }
  });
});

describe('messages that are not for PodPath are ignored', () => {
  it.each([
    ['a string', 'podpath:set-step'],
    ['a number', 5],
    ['null', null],
    ['undefined', undefined],
    ['an array', [{ type: 'podpath:set-step', step: 1 }]],
    ['an object without type', { step: 5 }],
    ['another library', { type: 'webpackOk' }],
    ['a non-string type', { type: ['podpath:set-step'], step: 1 }],
    [
      'a class instance',
      new (class {
        type = 'podpath:set-step';
        step = 1;
      })(),
    ],
    ['a Date', new Date(0)],
  ])('%s', (_, data) => {
    expect(readHostMessage(data)).toEqual({ kind: 'ignored' });
  });
});

describe('bad PodPath messages are answered with an error and never acted on', () => {
  it('names an unknown type and lists the known ones', () => {
    const error = errorOf({ type: 'podpath:launch-missiles' });
    expect(error).toMatchObject({ type: 'podpath:error', path: 'type' });
    expect(error.message).toContain('podpath:set-step');
    expect(errorOf({ type: `podpath:${'x'.repeat(100_000)}` }).message.length).toBeLessThan(700);
  });

  it.each([
    ['a string step', { type: 'podpath:set-step', step: '5' }, 'step'],
    ['a negative step', { type: 'podpath:set-step', step: -1 }, 'step'],
    ['a fractional step', { type: 'podpath:set-step', step: 2.5 }, 'step'],
    ['NaN', { type: 'podpath:set-step', step: Number.NaN }, 'step'],
    ['Infinity', { type: 'podpath:set-step', step: Number.POSITIVE_INFINITY }, 'step'],
    ['a huge step', { type: 'podpath:set-step', step: MAX_STEP + 1 }, 'step'],
    ['a missing step', { type: 'podpath:set-step' }, 'step'],
    ['an unknown preset', { type: 'podpath:set-preset', preset: 'toString' }, 'preset'],
    ['an object preset', { type: 'podpath:set-preset', preset: { name: 'article' } }, 'preset'],
    ['markup as endpoint', { type: 'podpath:set-trace', from: '<img src=x>', to: 'pod:a' }, 'from'],
    ['a missing endpoint', { type: 'podpath:set-trace', from: 'pod:a' }, 'to'],
    ['a long endpoint', { type: 'podpath:set-trace', from: `pod:${'a'.repeat(5000)}`, to: 'pod:b' }, 'from'],
    ['a bad hop', { type: 'podpath:set-trace', from: 'pod:a', to: 'pod:b', hop: -2 }, 'hop'],
    ['an extra key', { type: 'podpath:set-step', step: 1, script: 'eval' }, 'script'],
    // biome-ignore lint/suspicious/noThenProperty: a thenable message is one of the hostile shapes
    ['a thenable', { type: 'podpath:set-step', step: 1, then: () => undefined }, 'then'],
    ['a missing scenario', { type: 'podpath:set-scenario' }, 'scenario'],
    ['an array scenario', { type: 'podpath:set-scenario', scenario: [] }, 'scenario'],
    ['broken JSON text', { type: 'podpath:set-scenario', scenario: '{"vpc":' }, 'scenario'],
  ])('%s', (_, data, path) => {
    expect(errorOf(data)).toMatchObject({ type: 'podpath:error', path });
  });

  it('reports the first scenario problem with its path inside the message', () => {
    const scenario = { ...(PRESETS.article as object), cluster: { podCidr: '172.16.8.1/25' } };
    const error = errorOf({ type: 'podpath:set-scenario', scenario });
    expect(error.path).toBe('scenario.cluster.podCidr');
    expect(error.message).toMatch(/host bits/);
  });

  it('refuses prototype-pollution keys without polluting anything', () => {
    for (const text of [
      '{"type": "podpath:set-step", "step": 1, "__proto__": {"polluted": true}}',
      '{"type": "podpath:set-step", "step": 1, "constructor": {"prototype": {"polluted": true}}}',
      '{"type": "podpath:set-scenario", "scenario": {"__proto__": {"polluted": true}}}',
    ]) {
      expect(readHostMessage(JSON.parse(text)).kind).toBe('invalid');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('refuses huge payloads quickly', () => {
    const text = 'x'.repeat(MAX_SCENARIO_TEXT + 1);
    const started = performance.now();
    expect(errorOf({ type: 'podpath:set-scenario', scenario: text }).message).toMatch(/characters long/);
    const many = { type: 'podpath:set-scenario', scenario: { nodes: Array(200_000).fill({ name: 'n' }) } };
    expect(errorOf(many).path).toMatch(/^scenario/);
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('answers a message whose properties throw instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => Object.prototype,
        ownKeys: () => {
          throw new Error('boom');
        },
        getOwnPropertyDescriptor: () => ({ value: 'podpath:set-step', configurable: true, enumerable: true }),
        get: () => 'podpath:set-step',
      },
    );
    expect(readHostMessage(hostile).kind).toBe('invalid');
  });
});
