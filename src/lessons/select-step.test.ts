import { describe, expect, it } from 'vitest';
import { construct, presetScenario } from '../engine/index.ts';
import { trace } from '../engine/packet/index.ts';
import { findHop, pathOf } from './select-hop.ts';
import { describeSelector, findStep } from './select-step.ts';

const article = construct(presetScenario('article'));

describe('step selectors', () => {
  it('pick a step by change kind and node, first or last', () => {
    expect(findStep(article.steps, { change: 'cni0-created', node: 'node-b' })?.title).toMatch(
      /cni0 on node-b/,
    );
    expect(findStep(article.steps, { actor: 'ccm' })?.title).toMatch(/master-1/);
    expect(findStep(article.steps, { actor: 'ccm', occurrence: 'last' })?.title).toMatch(/node-b/);
    expect(findStep(article.steps, { change: 'pod-ip-assigned', pod: 'api-1' })?.title).toMatch(
      /api-1 gets IP/,
    );
    expect(findStep(article.steps, { failed: true })).toBeUndefined();
  });

  it('describe themselves for error messages', () => {
    expect(describeSelector('end')).toBe('the last step');
    expect(describeSelector({ change: 'cni0-created', node: 'node-a' })).toBe(
      'the step with change=cni0-created, node=node-a',
    );
  });
});

describe('hop selectors', () => {
  it('pick a hop by place and action, and fold the path', () => {
    const t = trace(article.final, 'pod:web-1', 'pod:api-1');
    if (t.outcome === 'error') throw new Error(t.reason);
    expect(findHop(t.hops, { at: 'vpc-router' })).toBe(5);
    expect(findHop(t.hops, { at: 'node:node-b', action: 'bridge' })).toBe(8);
    expect(findHop(t.hops, { table: 'nat', occurrence: 'last' })).toBe(7);
    expect(findHop(t.hops, { at: 'nat-gateway' })).toBeUndefined();
    expect(pathOf(t.hops)).toEqual(['pod:web-1', 'node:node-a', 'vpc-router', 'node:node-b', 'pod:api-1']);
  });
});
