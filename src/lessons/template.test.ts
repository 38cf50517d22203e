import { describe, expect, it } from 'vitest';
import { construct, presetScenario } from '../engine/index.ts';
import { fillTemplate, tokenValue } from './template.ts';

const world = construct(presetScenario('article')).final;

describe('lesson templates', () => {
  it('fills tokens from the world', () => {
    expect(tokenValue(world, 'node:node-a.podCidr')).toBe('172.16.0.128/25');
    expect(tokenValue(world, 'node:node-a.gateway')).toBe('172.16.0.129');
    expect(tokenValue(world, 'pod:api-1.ip')).toBe('172.16.1.2');
    expect(tokenValue(world, 'nat.eip')).toBe('198.51.100.20');
    expect(tokenValue(world, 'capacity.nodeCidrBlocks')).toBe('512');
    expect(tokenValue(world, 'external:internet.ip')).toBe('203.0.113.10');
  });

  it('lists the tokens it cannot fill, and prefers the extra values', () => {
    expect(fillTemplate('{answer} via {node:node-a.ip}', world, { answer: 'X' })).toEqual({
      ok: true,
      text: 'X via 192.168.0.10',
    });
    expect(fillTemplate('{node:nope.ip} {capacity.bogus} {pod:web-1.mac}', world)).toEqual({
      ok: false,
      unknown: ['node:nope.ip', 'capacity.bogus', 'pod:web-1.mac'],
    });
    expect(fillTemplate('JSON {"a": 1} stays', world)).toEqual({ ok: true, text: 'JSON {"a": 1} stays' });
  });
});
