/**
 * Where a hop's evidence lives: the artifact of the inspector (and the table) that prints the
 * exact line the engine matched; the evidence's row key says which of its rows it is.
 */
import { type Evidence, type EvidenceTable, NAT_GATEWAY, parsePlace } from '../../engine/index.ts';
import { inspectTarget } from '../inspector/inspect-target.ts';

export interface EvidencePlace {
  /** The inspector's target (`vpc`, `node:NAME`, `pod:NAME`) and artifact, when one prints it. */
  readonly target: string | null;
  readonly artifact: string | null;
  /** What the table is called where it lives (`ip route on node-a`). */
  readonly label: string;
  readonly line: string;
}

const ARTIFACT: Readonly<Record<EvidenceTable, string | null>> = {
  'pod-routes': 'ip-route',
  'node-routes': 'ip-route',
  'local-routes': 'ip-route-local',
  fdb: 'bridge-fdb',
  'vtep-neigh': 'ip-neigh-flannel.1',
  'vtep-fdb': 'bridge-fdb-flannel.1',
  nat: 'iptables-nat',
  filter: 'iptables-filter',
  'vpc-route-table': 'route-table',
  'snat-table': 'snat-table',
  conntrack: null,
  'ip-rules': 'ip-rule',
  // An ENI table's artifact is named by its number, read from the row key (`1003 default`).
  'policy-routes': null,
  neighbours: 'ip-neigh',
  // The ECS console shows a security group's rules; no node command prints them.
  'security-group': null,
};

function labelOf(evidence: Evidence): string {
  const owner = parsePlace(evidence.owner);
  const name = owner?.name || evidence.owner;
  switch (evidence.table) {
    case 'pod-routes':
      return `ip route in pod ${name}`;
    case 'node-routes':
      return `ip route on ${name}`;
    case 'local-routes':
      return `ip route show table local in ${owner?.kind === 'pod' ? 'pod ' : ''}${name}`;
    case 'fdb':
      return `bridge fdb on ${name}`;
    case 'vtep-neigh':
      return `ip neigh show dev flannel.1 on ${name}`;
    case 'vtep-fdb':
      return `bridge fdb show dev flannel.1 on ${name}`;
    case 'nat':
      return `iptables -t nat -S on ${name}`;
    case 'vpc-route-table':
      return 'VPC route table';
    case 'snat-table':
      return 'SNAT table of the NAT gateway';
    case 'ip-rules':
      return `ip rule on ${name}`;
    case 'policy-routes':
      return `ip route show table ${evidence.row.split(' ')[0]} on ${name}`;
    case 'neighbours':
      return `ip neigh in pod ${name}`;
    case 'security-group':
      return `security group of ${name}'s ENIs`;
    default:
      return `conntrack table ${evidence.owner === NAT_GATEWAY ? 'of the NAT gateway' : `on ${name}`}`;
  }
}

export function evidencePlace(evidence: Evidence): EvidencePlace {
  const artifact =
    evidence.table === 'policy-routes'
      ? `ip-route-table-${evidence.row.split(' ')[0]}`
      : ARTIFACT[evidence.table];
  // Where the inspector shows the owner's artifacts: the NAT gateway's are the VPC's.
  const target = artifact === null ? null : (inspectTarget(evidence.owner)?.target ?? null);
  return { target, artifact, label: labelOf(evidence), line: evidence.line };
}

/** The VPC route entry's destination when the evidence is a VPC route: the key of its row. */
export function vpcEvidenceDestination(evidence: Evidence | undefined): string | null {
  return evidence?.table === 'vpc-route-table' ? evidence.row : null;
}
