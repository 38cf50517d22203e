/** How the inspector names each artifact: the command or file a user would type or open. */
const LABELS: Readonly<Record<string, string>> = {
  'route-table': 'route table',
  'snat-table': 'SNAT table',
  'node-spec': 'Node spec',
  'ip-addr': 'ip addr',
  'ip-route': 'ip route',
  'ip-route-local': 'ip route show table local',
  'bridge-fdb': 'bridge fdb',
  'iptables-nat': 'iptables -t nat -S',
};

export function artifactLabel(artifact: string): string {
  return LABELS[artifact] ?? artifact;
}
