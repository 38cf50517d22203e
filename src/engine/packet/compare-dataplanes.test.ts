import { describe, expect, it } from 'vitest';
import { presetScenario } from '../scenario/presets.ts';
import { compareDataplanes } from './compare-dataplanes.ts';

const WALK = { from: 'pod:web-1', to: 'pod:api-1' };

function row(label: string, dataplanes: Parameters<typeof compareDataplanes>[1]) {
  const found = compareDataplanes(presetScenario('article'), dataplanes, WALK).rows.find(
    (r) => r.label === label,
  );
  if (!found) throw new Error(`no row ${label}`);
  return found;
}

describe('compareDataplanes', () => {
  it('tells VPC routes from vxlan by the VPC entries, the MTU and the headers the VPC routes by', () => {
    expect(row('VPC route entries for pods', ['alloc', 'vxlan']).values).toEqual([
      '3 entries, one per node (quota 200)',
      'none: the VPC never sees a pod address',
    ]);
    expect(row('Pod MTU', ['alloc', 'vxlan'])).toEqual({
      label: 'Pod MTU',
      values: ['1500', '1450'],
      differs: true,
    });
    expect(row('Headers the VPC routes by', ['alloc', 'vxlan']).values[1]).toMatch(
      /^outer 192\.168\.0\.10 → 192\.168\.0\.20, UDP 8472, VNI 1/,
    );
  });

  it('puts Terway beside them from its own world: no VPC entry, ENIs, the pod addresses routed by the VPC itself', () => {
    expect(row('VPC route entries for pods', ['alloc', 'terway']).values[1]).toBe(
      'none: pods hold VPC addresses of ENIs, which the vSwitch routes',
    );
    expect(row('Devices on a node', ['terway']).values[0]).toMatch(
      /^eth0, \d+ secondary ENIs?, a cali veth per pod/,
    );
    expect(row('Node limit', ['terway']).values[0]).toMatch(
      /^210 pod addresses per node from ENIs \(\(8 − 1\) × 30\), \d+ left in the pod vSwitches \(no route-quota limit\)$/,
    );
    expect(row('Pod MTU', ['alloc', 'terway']).differs).toBe(false);
    expect(row('Outcome', ['alloc', 'terway']).values).toEqual(['delivered', 'delivered']);
    expect(row('Headers the VPC routes by', ['terway']).values[0]).toMatch(
      /the pod addresses themselves|does not cross/,
    );
  });
});
