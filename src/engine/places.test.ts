import { describe, expect, it } from 'vitest';
import {
  controlPlanePart,
  currentPlaceId,
  externalPlace,
  hostPlace,
  nameOf,
  nodePart,
  nodePlace,
  ownerOf,
  parsePlace,
  podPlace,
  routePlace,
  vswitchPlace,
} from './places.ts';

describe('place ids', () => {
  it('reads back what the constructors write', () => {
    expect(parsePlace(nodePlace('node-a'))).toEqual({ kind: 'node', name: 'node-a' });
    expect(parsePlace(podPlace('web-1', 'nginx'))).toEqual({ kind: 'pod', name: 'web-1', part: 'nginx' });
    expect(parsePlace(nodePart('node-a', 'cni0'))).toEqual({ kind: 'node', name: 'node-a', part: 'cni0' });
    expect(parsePlace(externalPlace('internet'))).toEqual({ kind: 'external', name: 'internet' });
    expect(parsePlace(vswitchPlace('vsw-a'))).toEqual({ kind: 'vswitch', name: 'vsw-a' });
    expect(parsePlace(hostPlace('203.0.113.9'))).toEqual({ kind: 'host', name: '203.0.113.9' });
    expect(parsePlace(controlPlanePart('kcm'))).toEqual({ kind: 'control-plane', name: '', part: 'kcm' });
  });

  it('keeps the slash of a CIDR and the # of a veth', () => {
    expect(parsePlace(routePlace('0.0.0.0/0'))).toEqual({ kind: 'route', name: '0.0.0.0/0' });
    expect(parsePlace('pod:web-1/veth#host')).toEqual({ kind: 'pod', name: 'web-1', part: 'veth#host' });
  });

  it('reads the single places, and the router by its old diagram name', () => {
    expect(parsePlace('vpc')).toEqual({ kind: 'vpc', name: '' });
    expect(parsePlace('vpc-router')).toEqual({ kind: 'vpc-router', name: '' });
    expect(parsePlace('vrouter')).toEqual({ kind: 'vpc-router', name: '' });
    expect(parsePlace('nat-gateway')).toEqual({ kind: 'nat-gateway', name: '' });
  });

  it.each(['', 'node:', 'svc:x', 'vpc/x', 'nat', 'node', 'pod:/nginx', '203.0.113.10'])(
    'refuses %j',
    (id) => {
      expect(parsePlace(id)).toBeUndefined();
    },
  );

  it('writes the old router id as it is written today', () => {
    expect(currentPlaceId('vrouter')).toBe('vpc-router');
    expect(currentPlaceId('node:node-a/eth0')).toBe('node:node-a/eth0');
    expect(currentPlaceId('constructor')).toBe('constructor');
  });

  it('gives the owner and the name of a part', () => {
    expect(ownerOf('node:node-a/eth0')).toBe('node:node-a');
    expect(ownerOf('vrouter')).toBe('vpc-router');
    expect(ownerOf('control-plane/ccm')).toBe('control-plane');
    expect(ownerOf('x')).toBeUndefined();
    expect(nameOf('pod:web-1/nginx', 'pod')).toBe('web-1');
    expect(nameOf('pod:web-1', 'node')).toBeUndefined();
  });
});
