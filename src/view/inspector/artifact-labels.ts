import type { inspector } from '../../i18n/en/inspector.ts';

/** The artifacts named in words, not by a command: their names are messages of the inspector's catalog. */
export const WORDED: Readonly<Record<string, keyof typeof inspector>> = {
  'route-table': 'tabRouteTable',
  'snat-table': 'tabSnatTable',
  'node-spec': 'tabNodeSpec',
};

/** How the inspector names each other artifact: the command or file a user would type or open. */
const LABELS: Readonly<Record<string, string>> = {
  'ip-addr': 'ip addr',
  'ip-route': 'ip route',
  'ip-route-local': 'ip route show table local',
  'bridge-fdb': 'bridge fdb',
  'iptables-nat': 'iptables -t nat -S',
};

export function artifactLabel(artifact: string): string {
  return LABELS[artifact] ?? artifact;
}
