import type { NodeState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

export const CNI_CONF_PATH = '/etc/cni/net.d/10-flannel.conf';

/**
 * /etc/cni/net.d/10-flannel.conf as the install-cni init container copies it (the aliyun
 * kube-flannel manifest of the article's era; newer releases ship 10-flannel.conflist).
 */
export function flannelCniConf(node: NodeState): ArtifactResult {
  if (!node.cniConfInstalled) {
    return missing(`${CNI_CONF_PATH} on ${node.name} does not exist yet: install-cni has not copied it`);
  }
  return text([
    '{',
    '  "name": "cbr0",',
    '  "cniVersion": "0.3.1",',
    '  "type": "flannel",',
    '  "delegate": {',
    '    "hairpinMode": true,',
    '    "isDefaultGateway": true',
    '  }',
    '}',
  ]);
}
