/**
 * Imports that between them make every note and finding of the cluster import: the fixture
 * cluster, its parts left out, and outputs broken field by field. For the tests that read the
 * import's words (i18n/zh-CN/engine/clusterImport.test.ts).
 */
import type { ImportTexts } from '../import/import-cluster.ts';
import { fixtureInputs, fixtureText } from '../import/test-fixtures.ts';

// biome-ignore lint/suspicious/noExplicitAny: fixtures edited in place
type Json = Record<string, any>;

function edited(name: Parameters<typeof fixtureText>[0], edit: (doc: Json) => void): string {
  const doc = JSON.parse(fixtureText(name));
  edit(doc);
  return JSON.stringify(doc);
}

const netConf = (conf: unknown) => JSON.stringify({ data: { 'net-conf.json': JSON.stringify(conf) } });

export function importWorlds(): [string, ImportTexts][] {
  const full = fixtureInputs();
  const { nodes } = full;
  return [
    ['the fixture cluster', full],
    ['nodes only', { nodes }],
    ['nodes and pods', { nodes, pods: full.pods }],
    ['nodes not JSON', { nodes: 'NAME STATUS' }],
    ['nodes an array', { nodes: '[]' }],
    ['nodes a Pod', { nodes: '{"kind":"Pod"}' }],
    ['nodes a string', { nodes: '"x"' }],
    ['pods not JSON', { nodes, pods: 'x', flannel: 'x', routes: 'x' }],
    ['no net-conf.json', { nodes, flannel: '{"data":{}}' }],
    ['net-conf.json not JSON', { nodes, flannel: '{"data":{"net-conf.json":"{"}}' }],
    ['net-conf.json empty', { nodes, flannel: netConf({}) }],
    ['a bad Network', { nodes, flannel: netConf({ Network: 'x', Backend: { Type: 'vxlan' } }) }],
    ['route tables', { nodes, routes: '{"RouterTableList":{}}' }],
    ['no route entries', { nodes, routes: '{}' }],
    [
      'nodes with fields missing',
      {
        nodes: edited('nodes', (d) => {
          delete d.items[0].metadata.name;
          delete d.items[1].metadata.creationTimestamp;
          delete d.items[1].spec.providerID;
          d.items[2].status.addresses = [];
          delete d.items[2].spec.podCIDR;
          delete d.items[2].spec.podCIDRs;
          d.items[3].metadata.name = 'Bad_Name';
          d.items[1].spec.podCIDR = '10.9.0.0/25';
          for (const c of d.items[1].status.conditions)
            if (c.type === 'NetworkUnavailable') Object.assign(c, { status: 'True', reason: undefined });
        }),
        pods: full.pods,
        flannel: full.flannel,
        routes: full.routes,
      },
    ],
    [
      'pods with fields missing',
      {
        nodes,
        pods: edited('pods', (d) => {
          delete d.items[0].metadata.name;
          delete d.items[1].spec.containers;
          d.items[2].spec.hostNetwork = true;
          delete d.items[3].spec.nodeName;
          delete d.items[4].spec.nodeName;
          delete d.items[4].status.phase;
          delete d.items[5].status.podIP;
          delete d.items[5].status.podIPs;
          delete d.items[5].status.phase;
          const moved = structuredClone(d.items[3]);
          moved.metadata.name = 'moved';
          moved.spec.nodeName = 'cn-hangzhou.192.168.0.48';
          moved.status.podIP = '172.20.9.9';
          const waiting = structuredClone(d.items[1]);
          waiting.metadata.name = 'waiting';
          delete waiting.status.podIP;
          delete waiting.status.podIPs;
          d.items.push(moved, waiting);
        }),
        flannel: full.flannel,
        routes: full.routes,
      },
    ],
    [
      'route entries broken',
      {
        nodes,
        routes: edited('route-entries', (d) => {
          const list = d.RouteEntrys.RouteEntry;
          const last = list.at(-1);
          list.push({ ...last, DestinationCidrBlock: undefined });
          list.push({ ...last, DestinationCidrBlock: '172.20.3.0/25', NextHops: undefined });
          list.push({ ...last, DestinationCidrBlock: '172.20.3.128/25', Status: 'Pending' });
          list.push({
            ...last,
            DestinationCidrBlock: '0.0.0.0/0',
            NextHops: { NextHop: [{ NextHopType: 'NatGateway', NextHopId: 'ngw-1' }] },
          });
          const hop = (block: string) => list.find((e: Json) => e.DestinationCidrBlock === block).NextHops;
          // node .48's entry points at node .52, node .49's has no next hop, node .52's at no node.
          hop('172.20.0.0/25').NextHop[0].NextHopId = last.NextHops.NextHop[0].NextHopId;
          hop('172.20.2.0/25').NextHop[0].NextHopId = 'i-elsewhere';
          delete list.find((e: Json) => e.DestinationCidrBlock === '172.20.0.128/25').NextHops;
        }),
      },
    ],
  ];
}
