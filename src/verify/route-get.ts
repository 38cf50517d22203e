/**
 * Asking the kernel for a routing decision: the `ip route get` arguments for a packet sent
 * locally or arriving on a device, and its answer read back (type, next hop, device, source).
 */

/** The packet a routing decision is asked for. */
export interface RouteQuery {
  readonly dst: string;
  /** The source, when it is fixed (an answer, a forwarded packet). */
  readonly from?: string;
  /** The device the packet arrived on; absent for a packet sent by the namespace itself. */
  readonly iif?: string;
}

/** The arguments of `ip route get` for a query. */
export function routeGetArgs(query: RouteQuery): string[] {
  return [
    'ip',
    'route',
    'get',
    query.dst,
    ...(query.from === undefined ? [] : ['from', query.from]),
    ...(query.iif === undefined ? [] : ['iif', query.iif]),
  ];
}

/** The kernel's decision: a route, or the error it answered with. */
export type KernelRoute =
  | {
      readonly ok: true;
      /** `unicast` (forward or send), `local` (deliver here), or the route type printed first. */
      readonly type: string;
      readonly dst: string;
      readonly via?: string;
      readonly dev?: string;
      readonly src?: string;
      /** The first line, as printed. */
      readonly line: string;
    }
  | { readonly ok: false; readonly error: string };

const TYPES = new Set([
  'local',
  'broadcast',
  'multicast',
  'unreachable',
  'blackhole',
  'prohibit',
  'throw',
  'anycast',
]);

/** Reads the answer of `ip route get` (its output and exit status). */
export function parseRouteGet(output: string, status: number): KernelRoute {
  const line = output.split('\n')[0]?.trim() ?? '';
  if (status !== 0 || line.startsWith('RTNETLINK') || line === '') {
    const error = output.trim().replace(/^RTNETLINK answers: /, '');
    return { ok: false, error: error === '' ? `exit status ${status}` : error };
  }
  const words = line.split(/\s+/);
  const typed = TYPES.has(words[0] ?? '');
  const type = typed ? (words[0] as string) : 'unicast';
  const rest = typed ? words.slice(1) : words;
  const after = (key: string) => {
    const i = rest.indexOf(key);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const via = after('via');
  const dev = after('dev');
  const src = after('src');
  return {
    ok: true,
    type,
    dst: rest[0] ?? '',
    ...(via === undefined ? {} : { via }),
    ...(dev === undefined ? {} : { dev }),
    ...(src === undefined ? {} : { src }),
    line,
  };
}
