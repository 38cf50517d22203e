import { CNI_CONF_VERSION } from '../versions.ts';
import type { NodeState } from '../world/types.ts';
import { type ArtifactResult, missing, text } from './result.ts';

export const CNI_CONF_PATH = '/etc/cni/net.d/10-flannel.conf';

/**
 * /etc/cni/net.d/10-flannel.conf as the install-cni init container copies it (`cp -f
 * /etc/kube-flannel/cni-conf.json /etc/cni/net.d/10-flannel.conf`), with the `cni-conf.json` of
 * the aliyun kube-flannel manifest.
 */
// NOTE: flannel-io/flannel Documentation/kube-flannel-aliyun.yml, its last version before the
// cloud backends were removed (bb657386, 2022): `"cniVersion": "0.3.1"`, added by 0106d234
// (2019-05-13, in flannel v0.12.0). The manifest of the article's 2019 cluster predates it and had
// no cniVersion (libcni then reads the file as CNI 0.1.0). ACK's own manifest is not public; the
// profile (engine/versions.ts) follows the last public aliyun manifest. Newer upstream releases
// ship 10-flannel.conflist (flannel + portmap) instead.
export function flannelCniConf(node: NodeState): ArtifactResult {
  if (!node.cniConfInstalled) {
    return missing(`${CNI_CONF_PATH} on ${node.name} does not exist yet: install-cni has not copied it`);
  }
  return text([
    '{',
    '  "name": "cbr0",',
    `  "cniVersion": "${CNI_CONF_VERSION}",`,
    '  "type": "flannel",',
    '  "delegate": {',
    '    "hairpinMode": true,',
    '    "isDefaultGateway": true',
    '  }',
    '}',
  ]);
}
