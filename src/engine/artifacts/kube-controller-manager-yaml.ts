import type { NodeState, WorldState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

export const KCM_MANIFEST_PATH = '/etc/kubernetes/manifests/kube-controller-manager.yaml';

/**
 * An excerpt of the kube-controller-manager static-pod manifest kubeadm writes on a master
 * (pattern of kubernetes/cloud-provider-alibaba-cloud docs/examples/kube-controller-manager.yml).
 */
export function kubeControllerManagerYaml(world: WorldState, node: NodeState): ArtifactResult {
  if (node.role !== 'master') {
    const masters = [...world.scenario.nodes].filter((n) => n.role === 'master').map((n) => n.name);
    const where =
      masters.length > 0
        ? `it is a static pod on the master node${masters.length > 1 ? 's' : ''} ${masters.join(', ')}`
        : 'this scenario has no master node (a managed control plane runs it out of sight)';
    return missing(`${KCM_MANIFEST_PATH} is not on this node: ${node.name} is a worker; ${where}`);
  }
  if (!world.controllerManagerConfigured) {
    return missing(`${KCM_MANIFEST_PATH} on ${node.name} does not exist yet: kubeadm has not written it`);
  }
  const { cluster } = world.scenario;
  return text([
    `# ${KCM_MANIFEST_PATH} (excerpt)`,
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  labels:',
    '    component: kube-controller-manager',
    '    tier: control-plane',
    '  name: kube-controller-manager',
    '  namespace: kube-system',
    'spec:',
    '  containers:',
    '  - command:',
    '    - kube-controller-manager',
    '    - --allocate-node-cidrs=true',
    `    - --cluster-cidr=${cluster.podCidr}`,
    `    - --node-cidr-mask-size=${cluster.nodeCidrMaskSize}`,
    `    - --service-cluster-ip-range=${cluster.serviceCidr}`,
    // NOTE: with an external cloud provider the route controller runs in the CCM, not here
    // (kubernetes/cloud-provider-alibaba-cloud docs/getting-started.md).
    '    - --cloud-provider=external',
    '    - --controllers=*,bootstrapsigner,tokencleaner',
    '    - --kubeconfig=/etc/kubernetes/controller-manager.conf',
    '    - --leader-elect=true',
    '    - --root-ca-file=/etc/kubernetes/pki/ca.crt',
    '    - --service-account-private-key-file=/etc/kubernetes/pki/sa.key',
    '    - --use-service-account-credentials=true',
    '    name: kube-controller-manager',
    '  hostNetwork: true',
  ]);
}
