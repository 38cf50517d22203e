/**
 * The VPC route table as the Alibaba Cloud CLI prints it: `aliyun vpc DescribeRouteEntryList`
 * (RouteEntrys.RouteEntry[] with NextHops.NextHop[]) or `aliyun vpc DescribeRouteTables`
 * (RouteTables.RouteTable[].RouteEntrys.RouteEntry[] with InstanceId and NextHopType).
 * `DescribeRouteTableList` lists tables without entries; it is recognised and explained.
 */
import { clusterImport as words } from '../messages/en/clusterImport.ts';
import { message } from '../messages/message.ts';
import { asArray, asString, createNotes, dig, field, type Notes, parseInput } from './read-json.ts';
import type { ImportedRoute, Read } from './types.ts';

export function readRoutes(input: unknown): Read<ImportedRoute> {
  const notes = createNotes('routes');
  const doc = parseInput(input, notes, message(words, 'impWhatRoutes'));
  if (doc === undefined) return { items: [], notes: notes.list };
  const direct = asArray(dig(doc, 'RouteEntrys', 'RouteEntry'));
  const entries: { entry: unknown; at: string }[] = [];
  if (direct) {
    for (const [i, entry] of direct.entries()) entries.push({ entry, at: `RouteEntrys.RouteEntry[${i}]` });
  } else {
    const tables = asArray(dig(doc, 'RouteTables', 'RouteTable'));
    for (const [t, table] of (tables ?? []).entries()) {
      const list = asArray(dig(table, 'RouteEntrys', 'RouteEntry')) ?? [];
      for (const [i, entry] of list.entries()) {
        entries.push({ entry, at: `RouteTables.RouteTable[${t}].RouteEntrys.RouteEntry[${i}]` });
      }
    }
    if (!tables) {
      notes.add(
        '',
        dig(doc, 'RouterTableList') !== undefined
          ? message(words, 'impRouteTables')
          : message(words, 'impNoRouteEntries'),
      );
    }
  }
  const items = entries.flatMap(({ entry, at }) => readEntry(entry, at, notes));
  return { items, notes: notes.list };
}

function readEntry(entry: unknown, at: string, notes: Notes): ImportedRoute[] {
  const destination = asString(field(entry, 'DestinationCidrBlock'));
  if (!destination) {
    notes.add(`${at}.DestinationCidrBlock`, message(words, 'impRouteNoDest'));
    return [];
  }
  const type = asString(field(entry, 'Type')) ?? 'Custom';
  const status = asString(field(entry, 'Status'));
  // DescribeRouteEntryList: NextHops.NextHop[]; DescribeRouteTables: InstanceId + NextHopType.
  const hop = asArray(dig(entry, 'NextHops', 'NextHop'))?.[0];
  const nextHopId = asString(field(hop, 'NextHopId')) ?? asString(field(entry, 'InstanceId'));
  const nextHopType = asString(field(hop, 'NextHopType')) ?? asString(field(entry, 'NextHopType'));
  if (type === 'Custom' && !nextHopId)
    notes.add(`${at}.NextHops`, message(words, 'impRouteNoHop', { destination }));
  return [
    {
      destination,
      type,
      ...(status ? { status } : {}),
      ...(nextHopType ? { nextHopType } : {}),
      ...(nextHopId ? { nextHopId } : {}),
    },
  ];
}
