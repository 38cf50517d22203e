/**
 * The "Import from a cluster" dialog (app/share/ClusterImportDialog.tsx), loaded with it. The
 * notes and the diagnosis are the engine's (engine part clusterImport); the commands stay as typed.
 */
export const importDialog = {
  title: 'Import from a cluster',
  close: 'Close',
  intro: 'Paste or drop each output. Everything stays in this browser: nothing is uploaded.',
  nodes: 'Nodes',
  pods: 'Pods',
  flannel: 'Flannel config',
  routes: 'VPC route table',
  anonymise: 'Anonymise names and addresses',
  shareNote: "A share link carries the cluster's names and addresses. Anonymise before sharing it.",
  shareNoteAnonymised:
    "A share link carries the cluster's names and addresses (anonymised here: node-1…, pod-1…, 10.0.0.0 and 172.16.0.0 ranges). Anonymise before sharing it.",
  needNodes: 'Paste or drop the output of kubectl get nodes -o json first.',
  notScenario: 'The import is not a scenario PodPath can build: {path}: {problem}',
  anonymisedFailed: 'The anonymised scenario could not be built.',
  read: 'Read: {nodes} nodes, {pods} pods, cluster CIDR {podCidr} (/{mask} per node)',
  readRoutes:
    'Read: {nodes} nodes, {pods} pods, cluster CIDR {podCidr} (/{mask} per node), {routes} route entries',
  open: 'Open imported cluster',
  notesCount: '{count} notes on what was left out or filled in',
  notes: 'Import notes',
  diagnosis: 'Diagnosis',
  error: 'error',
  warning: 'warning',
  info: 'info',
};
