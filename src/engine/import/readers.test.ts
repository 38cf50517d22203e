import { describe, expect, it } from 'vitest';
import { readFlannel } from './read-flannel.ts';
import { readNodes } from './read-nodes.ts';
import { readPods } from './read-pods.ts';
import { readRoutes } from './read-routes.ts';
import { fixtureText } from './test-fixtures.ts';

// Shapes: fixtures/SOURCES.md (Kubernetes API reference Node/Pod v1, flannel kube-flannel.yml,
// Alibaba Cloud VPC API DescribeRouteEntryList / DescribeRouteTables).

describe('readNodes (kubectl get nodes -o json)', () => {
  it('reads names, InternalIP, podCIDR, instance id, conditions and taints, in creation order', () => {
    const { items, notes } = readNodes(fixtureText('nodes'));
    expect(notes).toEqual([]);
    // The file lists .51 before .52 (kubectl sorts by name); .51 registered last.
    expect(items.map((n) => n.name)).toEqual([
      'cn-hangzhou.192.168.0.48',
      'cn-hangzhou.192.168.0.49',
      'cn-hangzhou.192.168.0.52',
      'cn-hangzhou.192.168.0.51',
    ]);
    const last = items[3];
    expect(last).toMatchObject({
      internalIp: '192.168.0.51',
      podCidr: '172.20.1.128/25',
      instanceId: 'i-bp1t9u8v7w6x5y4z3a2b',
      master: false,
      taints: ['node.kubernetes.io/network-unavailable:NoSchedule'],
    });
    expect(last?.conditions.find((c) => c.type === 'NetworkUnavailable')).toEqual({
      type: 'NetworkUnavailable',
      status: 'True',
      reason: 'NoRouteCreated',
      message: 'RouteController failed to create a route',
    });
  });

  it('says which field it could not read, and still imports the rest', () => {
    const doc = {
      apiVersion: 'v1',
      kind: 'List',
      items: [
        {
          kind: 'Node',
          metadata: { name: 'n1' },
          spec: {},
          status: { addresses: [{ type: 'Hostname', address: 'n1' }] },
        },
        { kind: 'Node', metadata: {}, spec: { podCIDR: '10.0.0.0/24' } },
        {
          kind: 'Node',
          metadata: { name: 'n2', creationTimestamp: '2026-01-01T00:00:00Z' },
          spec: { podCIDRs: ['10.0.1.0/24'], providerID: 'cn-beijing.i-2zeabc' },
          status: { addresses: [{ type: 'InternalIP', address: '10.1.0.7' }] },
        },
      ],
    };
    const { items, notes } = readNodes(doc);
    expect(items.map((n) => n.name)).toEqual(['n1', 'n2']);
    expect(items[1]).toMatchObject({
      podCidr: '10.0.1.0/24',
      instanceId: 'i-2zeabc',
      internalIp: '10.1.0.7',
    });
    expect(notes.map((n) => `${n.path}: ${n.message}`)).toEqual([
      'items[0].metadata.creationTimestamp: n1: no creation time; kept in list order',
      'items[0].status.addresses: n1: no InternalIP address; the node gets the next free address of its vSwitch',
      'items[0].spec.podCIDR: n1: no pod CIDR (the range allocator has not served it, or the cluster CIDR is full)',
      'items[0].spec.providerID: n1: no providerID, so its VPC route entries cannot be matched by instance',
      'items[1].metadata.name: a Node without a name was skipped',
    ]);
  });

  it('explains text that is not JSON and a document that is not a list', () => {
    expect(readNodes('NAME STATUS ROLES').notes[0]?.message).toMatch(
      /^the nodes output is not JSON .*; print it with -o json$/,
    );
    expect(readNodes({ kind: 'Pod' }).notes[0]?.message).toContain(
      'a List with "items" or one Node, but got Pod',
    );
    expect(readNodes(JSON.stringify({ kind: 'Node', metadata: { name: 'solo' } })).items[0]?.name).toBe(
      'solo',
    );
  });
});

describe('readPods (kubectl get pods -A -o json)', () => {
  it('reads name, namespace, node, podIP, hostNetwork, containers and phase', () => {
    const { items, notes } = readPods(fixtureText('pods'));
    expect(notes).toEqual([]);
    expect(items).toHaveLength(7);
    expect(items[0]).toEqual({
      name: 'api-5f6d7b8c9-k2x4p',
      namespace: 'default',
      node: 'cn-hangzhou.192.168.0.51',
      ip: '172.20.1.130',
      hostNetwork: false,
      containers: ['api', 'log-agent'],
      phase: 'Running',
    });
    expect(items.find((p) => p.name.startsWith('kube-flannel'))?.hostNetwork).toBe(true);
    expect(items.find((p) => p.name.startsWith('batch'))).toEqual({
      name: 'batch-28890000-xv9lm',
      namespace: 'default',
      hostNetwork: false,
      containers: ['batch'],
      phase: 'Pending',
    });
  });

  it('notes a pod without containers and skips one without a name', () => {
    const { items, notes } = readPods({
      items: [{ metadata: { name: 'p', namespace: 'ns' }, spec: {} }, { metadata: {} }],
    });
    expect(items.map((p) => p.name)).toEqual(['p']);
    expect(notes.map((n) => n.path)).toEqual(['items[0].spec.containers', 'items[1].metadata.name']);
  });
});

describe('readFlannel (kube-flannel-cfg ConfigMap)', () => {
  it('reads Network and Backend.Type from the net-conf.json string', () => {
    expect(readFlannel(fixtureText('flannel-cm'))).toEqual({
      flannel: { network: '172.20.0.0/16', backend: 'ali-vpc' },
      notes: [],
    });
  });

  it('says what is missing', () => {
    expect(readFlannel({ data: {} }).notes[0]?.message).toContain('no net-conf.json');
    expect(readFlannel({ data: { 'net-conf.json': '{oops' } }).notes[0]?.message).toContain('not JSON');
    const partial = readFlannel({ data: { 'net-conf.json': '{"Backend":{"Type":"vxlan"}}' } });
    expect(partial.flannel).toEqual({ backend: 'vxlan' });
    expect(partial.notes.map((n) => n.path)).toEqual(['data["net-conf.json"].Network']);
  });
});

describe('readRoutes (aliyun vpc DescribeRouteEntryList / DescribeRouteTables)', () => {
  it('reads destination, type, status and the next hop', () => {
    const { items, notes } = readRoutes(fixtureText('route-entries'));
    expect(notes).toEqual([]);
    expect(items).toHaveLength(7);
    expect(items[0]).toEqual({ destination: '192.168.0.0/24', type: 'System', status: 'Available' });
    expect(items[3]).toEqual({
      destination: '172.20.0.0/25',
      type: 'Custom',
      status: 'Available',
      nextHopType: 'Instance',
      nextHopId: 'i-bp1a2b3c4d5e6f7g8h9i',
    });
  });

  it('reads the older DescribeRouteTables shape (InstanceId, NextHopType on the entry)', () => {
    const doc = {
      RouteTables: {
        RouteTable: [
          {
            RouteTableId: 'vtb-1',
            RouteEntrys: {
              RouteEntry: [
                {
                  DestinationCidrBlock: '172.20.3.0/25',
                  Type: 'Custom',
                  Status: 'Pending',
                  InstanceId: 'i-x',
                  NextHopType: 'Instance',
                },
                { Type: 'Custom' },
              ],
            },
          },
        ],
      },
    };
    const { items, notes } = readRoutes(doc);
    expect(items).toEqual([
      {
        destination: '172.20.3.0/25',
        type: 'Custom',
        status: 'Pending',
        nextHopType: 'Instance',
        nextHopId: 'i-x',
      },
    ]);
    expect(notes[0]?.path).toBe('RouteTables.RouteTable[0].RouteEntrys.RouteEntry[1].DestinationCidrBlock');
  });

  it('explains DescribeRouteTableList, which has no entries', () => {
    const { notes } = readRoutes({ RouterTableList: { RouterTableListType: [{ RouteTableId: 'vtb-1' }] } });
    expect(notes[0]?.message).toContain(
      'DescribeRouteTableList, which lists route tables without their entries',
    );
  });
});
