import fc from 'fast-check';

/**
 * Random scenario files that should all be valid: a 192.168.0.0/16 VPC with one to three /20
 * vSwitches, a cluster CIDR inside 10.0.0.0/8, 1–30 nodes, 0–60 pods, sometimes a NAT gateway.
 * Raw objects, as a user writes them, so that tests exercise parsing and defaults too.
 */
export const randomScenario = fc
  .record({
    vswitchCount: fc.integer({ min: 1, max: 3 }),
    clusterPrefix: fc.integer({ min: 14, max: 22 }),
    clusterOctet: fc.integer({ min: 0, max: 63 }),
    maskExtra: fc.integer({ min: 0, max: 14 }),
    routeQuota: fc.integer({ min: 1, max: 40 }),
    nat: fc.boolean(),
    ipMasq: fc.boolean(),
    nodes: fc.array(fc.record({ vswitch: fc.nat(2), explicitIp: fc.boolean(), master: fc.boolean() }), {
      minLength: 1,
      maxLength: 30,
    }),
    pods: fc.array(fc.record({ node: fc.nat(29), containers: fc.integer({ min: 1, max: 3 }) }), {
      maxLength: 60,
    }),
  })
  .map((r) => {
    const vswitches = Array.from({ length: r.vswitchCount }, (_, i) => ({
      name: `vsw-${i}`,
      cidr: `192.168.${i * 16}.0/20`,
    }));
    const nodeMask = Math.max(16, Math.min(28, r.clusterPrefix + r.maskExtra));
    const nodes = r.nodes.map((n, i) => {
      const vswitch = n.vswitch % r.vswitchCount;
      return {
        name: `n-${i}`,
        ...(n.master ? { role: 'master' } : {}),
        vswitch: `vsw-${vswitch}`,
        // Explicit addresses sit high in the /20 so they never meet the defaults from .1 up.
        ...(n.explicitIp ? { ip: `192.168.${vswitch * 16 + 8}.${i + 10}` } : {}),
      };
    });
    const pods = r.pods.map((p, i) => ({
      name: `p-${i}`,
      node: `n-${p.node % nodes.length}`,
      containers: Array.from({ length: p.containers }, (_, k) => `c${k}`),
    }));
    const octet = r.clusterOctet * 4;
    return {
      title: 'random',
      vpc: {
        cidr: '192.168.0.0/16',
        vswitches,
        routeQuota: r.routeQuota,
        ...(r.nat ? { natGateway: { eip: '198.51.100.20' } } : {}),
        customRoutes: r.nat ? [{ destination: '0.0.0.0/0', nextHop: 'nat-gateway' }] : [],
      },
      cluster: {
        podCidr: `10.${octet - (octet % 2 ** Math.max(0, 16 - r.clusterPrefix))}.0.0/${r.clusterPrefix}`,
        nodeCidrMaskSize: nodeMask,
        serviceCidr: '172.21.0.0/20',
        ipMasq: r.ipMasq,
      },
      nodes,
      pods,
      externals: [{ name: 'internet', ip: '203.0.113.10' }],
    };
  });
