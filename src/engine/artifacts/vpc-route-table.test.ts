import { describe, expect, it } from 'vitest';
import { stateAt } from '../construction/construct.ts';
import { aroundChange, article, articleWith, errorOf, textOf } from './test-worlds.ts';

const table = (world: Parameters<typeof textOf>[0]) => textOf(world, 'vpc', 'route-table');

describe('VPC route table', () => {
  const c = article();

  it('starts with the cloud-service system entry', () => {
    expect(errorOf(stateAt(c, 0), 'vpc', 'route-table')).toContain('does not exist yet');
    expect(table(stateAt(c, 1))).toBe(
      [
        'DESTINATION         TYPE    NEXT HOP TYPE  NEXT HOP',
        '100.64.0.0/10       system  cloud service  cloud-service',
        '',
        'custom entries: 0 of 200 (route quota)',
      ].join('\n'),
    );
  });

  it('shows the vSwitch, the NAT gateway and one instance entry per node', () => {
    const lines = table(c.final).split('\n');
    const id = (node: string) => c.final.nodes.get(node)?.instanceId;
    expect(lines.slice(2, 7)).toEqual([
      '192.168.0.0/24      system  vSwitch        vsw-a',
      '0.0.0.0/0           custom  NAT gateway    nat-gateway (EIP 198.51.100.20)',
      `172.16.0.0/25       custom  ECS instance   ${id('master-1')} (master-1)`,
      `172.16.0.128/25     custom  ECS instance   ${id('node-a')} (node-a)`,
      `172.16.1.0/25       custom  ECS instance   ${id('node-b')} (node-b)`,
    ]);
    expect(lines.at(-1)).toBe('custom entries: 4 of 200 (route quota)');
  });

  it('only appends rows as steps go by, so a line diff shows just the new entry', () => {
    let previous: string[] = [];
    for (let n = 1; n <= c.steps.length; n++) {
      const rows = table(stateAt(c, n)).split('\n').slice(0, -2);
      expect(rows.slice(0, previous.length)).toEqual(previous);
      previous = rows;
    }
  });

  it('drops the entry of a node whose route was deleted', () => {
    const deleted = article([{ kind: 'vpc-route-deleted', node: 'node-b' }]);
    const [before, after] = aroundChange(deleted, 'vpc-route-removed');
    expect(table(before)).toContain('172.16.1.0/25 ');
    expect(table(after)).not.toContain('172.16.1.0/25 ');
    expect(table(after)).toContain('custom entries: 3 of 200 (route quota)');
  });

  it('has no entry for the nodes refused over quota', () => {
    const tight = articleWith((s) => ({ ...s, vpc: { ...s.vpc, routeQuota: 2 } }));
    const text = table(tight.final);
    expect(text).toContain('(master-1)');
    expect(text).not.toContain('(node-a)');
    expect(text).toContain('custom entries: 2 of 2 (route quota)');
  });
});
