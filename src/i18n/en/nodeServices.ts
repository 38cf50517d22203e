/**
 * The Services a node resolves, in its inspector (view/inspector/NodeServices.tsx): loaded with
 * that panel, only where the scenario has Services. Names, addresses and REJECT stay as printed.
 */
export const nodeServices = {
  services: 'Services',
  resolved: '({count}, as kube-proxy resolves them here)',
  notSynced: 'kube-proxy on {node} has not written the Services yet.',
  servicesOn: 'Services on {node}',
  nodePort: ' · node port {port}',
  noEndpoints: 'no endpoints: REJECT',
};
