import { describe, expect, it } from 'vitest';
import { presetScenario } from '../../engine/scenario/presets.ts';
import { inspectTarget } from './inspect-target.ts';

describe('inspectTarget', () => {
  it.each([
    ['node:node-a', 'node:node-a', 'node-a'],
    ['node:node-a/cni0', 'node:node-a', 'node-a'],
    ['pod:web-1/veth', 'pod:web-1', null],
    ['vswitch:vsw-a', 'vpc', null],
    ['vrouter', 'vpc', null],
    ['nat-gateway', 'vpc', null],
    ['route:172.16.0.128/25', 'vpc', null],
  ])('%s inspects %s', (id, target, node) => {
    expect(inspectTarget(id)).toMatchObject({ target, node });
  });

  it.each([null, '', 'control-plane', 'external:internet', 'pod:', 'actor:ccm'])(
    '%s has no artifacts',
    (id) => {
      expect(inspectTarget(id)).toBeNull();
    },
  );
});

describe('the control plane', () => {
  it('inspects the master node, when there is one', () => {
    expect(inspectTarget('control-plane/kcm', presetScenario('article'))).toMatchObject({
      target: 'node:master-1',
    });
    expect(inspectTarget('control-plane', presetScenario('small'))).toBeNull();
  });
});
