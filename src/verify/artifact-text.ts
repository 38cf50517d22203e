/**
 * Reading the engine's artifact texts back: `ip addr` into interfaces, `ip route` lines into
 * routes, and the VPC route table into entries. The replica is built from these, so what is
 * tested is the text a user sees, not the engine's internal tables.
 */

/** One `inet` line of `ip addr`. */
export interface InetAddress {
  /** `192.168.0.10/24`. */
  readonly cidr: string;
  readonly brd?: string;
  readonly scope: string;
}

/** One interface of `ip addr`. */
export interface AddrInterface {
  readonly index: number;
  readonly name: string;
  /** The peer's ifindex of a veth (`vethX@if2`), as `ip addr` prints it. */
  readonly peerIndex?: number;
  readonly up: boolean;
  readonly mtu: number;
  readonly master?: string;
  readonly mac?: string;
  readonly inet: readonly InetAddress[];
}

const LINK_LINE = /^(\d+): ([^:@\s]+)(?:@if(\d+))?: <([^>]*)> mtu (\d+)(.*)$/;
const ETHER_LINE = /^\s+link\/ether (\S+)/;
const INET_LINE = /^\s+inet (\S+)(?: brd (\S+))? scope (\S+)/;

/** Parses `ip addr` output into interfaces, in the order printed. */
export function parseIpAddr(text: string): AddrInterface[] {
  const interfaces: { -readonly [K in keyof AddrInterface]: AddrInterface[K] }[] = [];
  for (const line of text.split('\n')) {
    const link = LINK_LINE.exec(line);
    if (link) {
      const master = /\bmaster (\S+)/.exec(link[6] ?? '')?.[1];
      interfaces.push({
        index: Number(link[1]),
        name: link[2] as string,
        ...(link[3] === undefined ? {} : { peerIndex: Number(link[3]) }),
        up: (link[4] ?? '').split(',').includes('UP'),
        mtu: Number(link[5]),
        ...(master === undefined ? {} : { master }),
        inet: [],
      });
      continue;
    }
    const current = interfaces[interfaces.length - 1];
    if (!current) continue;
    const ether = ETHER_LINE.exec(line);
    if (ether) current.mac = ether[1] as string;
    const inet = INET_LINE.exec(line);
    if (inet) {
      const address = { cidr: inet[1] as string, scope: inet[3] as string };
      current.inet = [...current.inet, inet[2] === undefined ? address : { ...address, brd: inet[2] }];
    }
  }
  return interfaces;
}

/** One line of `ip route`, split into its parts. */
export interface RouteLine {
  readonly line: string;
  /** `default` or a CIDR. */
  readonly dst: string;
  readonly via?: string;
  readonly dev?: string;
  readonly src?: string;
  /** Whether the kernel adds this route itself with an address (`proto kernel scope link`). */
  readonly kernel: boolean;
}

/** Parses one `ip route` line (`default via 172.16.0.129 dev eth0`, `… proto kernel scope link src …`). */
export function parseRouteLine(line: string): RouteLine {
  const words = line.trim().split(/\s+/);
  const after = (key: string) => {
    const i = words.indexOf(key);
    return i >= 0 ? words[i + 1] : undefined;
  };
  const via = after('via');
  const dev = after('dev');
  const src = after('src');
  return {
    line: line.trim(),
    dst: words[0] ?? '',
    ...(via === undefined ? {} : { via }),
    ...(dev === undefined ? {} : { dev }),
    ...(src === undefined ? {} : { src }),
    kernel: after('proto') === 'kernel',
  };
}

/** The routes of an `ip route` text. */
export function parseIpRoute(text: string): RouteLine[] {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map(parseRouteLine);
}

/** One entry of the VPC route table text. */
export interface RouteTableRow {
  readonly destination: string;
  readonly type: 'system' | 'custom';
  readonly nextHopType: 'vSwitch' | 'ECS instance' | 'NAT gateway' | 'cloud service';
  /** The vSwitch name, instance id, `nat-gateway` or `cloud-service`. */
  readonly nextHop: string;
  /** The text in parentheses: the node behind an instance, `EIP x` for the NAT gateway. */
  readonly note?: string;
}

const ROW =
  /^(\S+)\s+(system|custom)\s+(vSwitch|ECS instance|NAT gateway|cloud service)\s+(\S+)(?: \((.*)\))?\s*$/;

/** Parses the VPC route table as the `route-table` artifact prints it (header, rows, quota line). */
export function parseRouteTable(text: string): RouteTableRow[] {
  const rows: RouteTableRow[] = [];
  for (const line of text.split('\n').slice(1)) {
    if (line.trim() === '') break;
    const match = ROW.exec(line);
    if (!match) throw new Error(`unreadable VPC route table line: ${line}`);
    rows.push({
      destination: match[1] as string,
      type: match[2] as RouteTableRow['type'],
      nextHopType: match[3] as RouteTableRow['nextHopType'],
      nextHop: match[4] as string,
      ...(match[5] === undefined ? {} : { note: match[5] }),
    });
  }
  return rows;
}
