import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { inspectTarget } from './inspect-target.ts';

describe('inspectTarget', () => {
  const scenario = presetScenario('article');

  it('shows the VPC for its parts, with the SNAT table first for the NAT gateway', () => {
    expect(inspectTarget('vpc-router', scenario)).toEqual({
      target: 'vpc',
      kind: 'vpc',
      name: 'VPC',
      node: null,
    });
    expect(inspectTarget('nat-gateway', scenario)).toMatchObject({ target: 'vpc', artifact: 'snat-table' });
  });

  it('shows cni0 as itself: its own target, kind and node', () => {
    expect(inspectTarget('node:node-a/cni0', scenario)).toEqual({
      target: 'node:node-a/cni0',
      kind: 'cni0',
      name: 'node-a',
      node: 'node-a',
    });
  });

  it('shows the node for its other parts, the pod for its parts, the master for the control plane', () => {
    expect(inspectTarget('node:node-a/eth0', scenario)).toMatchObject({
      target: 'node:node-a',
      node: 'node-a',
    });
    expect(inspectTarget('pod:web-1/nginx', scenario)).toMatchObject({ target: 'pod:web-1', node: null });
    expect(inspectTarget('control-plane', scenario)).toMatchObject({ target: 'node:master-1' });
    expect(inspectTarget('external:internet', scenario)).toBeNull();
  });
});
