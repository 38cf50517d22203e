import { describe, expect, it } from 'vitest';
import { flannelDelegate, networkOf, parseSubnetEnv } from './cni-plan.ts';

const ENV =
  'FLANNEL_NETWORK=172.16.0.0/16\nFLANNEL_SUBNET=172.16.0.129/25\nFLANNEL_MTU=1500\nFLANNEL_IPMASQ=true\n';
const CONF = '{"name":"cbr0","type":"flannel","delegate":{"hairpinMode":true,"isDefaultGateway":true}}';

describe('the Flannel CNI plugin’s delegate', () => {
  it('reads subnet.env', () => {
    expect(parseSubnetEnv(ENV)).toEqual({
      network: '172.16.0.0/16',
      subnet: '172.16.0.129/25',
      mtu: 1500,
      ipMasq: true,
    });
  });

  it('drops the host bits of FLANNEL_SUBNET, as net.ParseCIDR does (host-local refuses them)', () => {
    expect(networkOf('172.16.0.129/25')).toBe('172.16.0.128/25');
    expect(networkOf('172.16.8.1/25')).toBe('172.16.8.0/25');
    expect(networkOf('10.0.0.1/8')).toBe('10.0.0.0/8');
  });

  it('hands bridge ipMasq = !FLANNEL_IPMASQ, no cniVersion when the conf has none, and keeps what the conf sets', () => {
    const on = flannelDelegate(ENV, CONF, '/tmp/x');
    expect(on).toMatchObject({ name: 'cbr0', type: 'bridge', ipMasq: false, isGateway: true, mtu: 1500 });
    expect(on).not.toHaveProperty('cniVersion');
    const off = flannelDelegate(ENV.replace('IPMASQ=true', 'IPMASQ=false'), CONF, '/tmp/x');
    expect(off.ipMasq).toBe(true);
    const set = flannelDelegate(
      ENV,
      '{"name":"n","cniVersion":"0.3.1","delegate":{"ipMasq":false,"mtu":1400,"isGateway":false}}',
      '/tmp/x',
    );
    expect(set).toMatchObject({ cniVersion: '0.3.1', ipMasq: false, mtu: 1400, isGateway: false });
  });
});
