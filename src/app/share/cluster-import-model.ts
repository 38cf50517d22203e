/**
 * The "Import from a cluster" panel's logic, without React: the four pasted outputs → what was
 * read, the scenario to open (anonymised or not), and the diagnosis.
 */
import {
  anonymiseScenarioFile,
  diagnose,
  type Finding,
  type ImportNote,
  importCluster,
} from '../../engine/import/index.ts';
import { parseScenario, type Scenario } from '../../engine/index.ts';

export type ClusterField = 'nodes' | 'pods' | 'flannel' | 'routes';

export const CLUSTER_FIELDS: readonly { field: ClusterField; label: string; command: string }[] = [
  { field: 'nodes', label: 'Nodes', command: 'kubectl get nodes -o json' },
  { field: 'pods', label: 'Pods', command: 'kubectl get pods -A -o json' },
  {
    field: 'flannel',
    label: 'Flannel config',
    command: 'kubectl -n kube-system get cm kube-flannel-cfg -o json',
  },
  {
    field: 'routes',
    label: 'VPC route table',
    command: 'aliyun vpc DescribeRouteEntryList --RouteTableId vtb-…',
  },
];

export type ClusterTexts = Partial<Record<ClusterField, string>>;

export type ClusterReading =
  | { readonly ok: false; readonly message: string; readonly notes: readonly ImportNote[] }
  | {
      readonly ok: true;
      /** "4 nodes, 5 pods, cluster CIDR 172.20.0.0/16, 7 route entries". */
      readonly summary: string;
      readonly notes: readonly ImportNote[];
      readonly scenario: Scenario;
      readonly file: Record<string, unknown>;
      readonly findings: readonly Finding[];
    };

/** Reads the pasted outputs; empty fields are left out. */
export function readCluster(texts: ClusterTexts, anonymise: boolean): ClusterReading {
  const given = (f: ClusterField) => (texts[f]?.trim() ? { [f]: texts[f] } : {});
  if (!texts.nodes?.trim())
    return { ok: false, message: 'Paste or drop the output of kubectl get nodes -o json first.', notes: [] };
  const result = importCluster({
    nodes: texts.nodes,
    ...given('pods'),
    ...given('flannel'),
    ...given('routes'),
  });
  if (!result.parsed.ok) {
    const first = result.parsed.errors[0];
    return {
      ok: false,
      message: `The import is not a scenario PodPath can build: ${first?.path}: ${first?.message}`,
      notes: result.notes,
    };
  }
  const findings = diagnose(result.parsed.scenario, result.cluster);
  const file = anonymise ? anonymiseScenarioFile(result.file) : result.file;
  const parsed = anonymise ? parseScenario(file) : result.parsed;
  if (!parsed.ok)
    return { ok: false, message: 'The anonymised scenario could not be built.', notes: result.notes };
  const s = parsed.scenario;
  const routes = result.cluster.routes?.length;
  return {
    ok: true,
    summary: `${s.nodes.length} nodes, ${s.pods.length} pods, cluster CIDR ${s.cluster.podCidr} (/${s.cluster.nodeCidrMaskSize} per node)${routes === undefined ? '' : `, ${routes} route entries`}`,
    notes: result.notes,
    scenario: s,
    file,
    // Anonymised, the findings would name the real cluster: diagnose what is opened.
    findings: anonymise ? diagnose(s) : findings,
  };
}
