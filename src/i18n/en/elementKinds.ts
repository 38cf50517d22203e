/** An element's kind as the search results name it (layout's ElementKind; view/timeline/FindResults.tsx). */
export const elementKinds = {
  vpc: 'vpc',
  'vpc-router': 'vpc-router',
  vswitch: 'vswitch',
  'nat-gateway': 'nat-gateway',
  external: 'external',
  'control-plane': 'control-plane',
  actor: 'actor',
  node: 'node',
  eth0: 'eth0',
  eni: 'eni',
  flanneld: 'flanneld',
  cni0: 'cni0',
  vtep: 'vtep',
  pod: 'pod',
  veth: 'veth',
  container: 'container',
};
