import type { Change } from './changes.ts';

/**
 * The CCM marking a node NetworkUnavailable=True (NoRouteCreated): when it initialises the node
 * ("Node created without a route"), and when its route controller cannot create the node's route.
 * NOTE: cloud-provider-alibaba-cloud pkg/controller/node (setNetworkUnavailable) and
 * pkg/controller/route (updateNetworkingCondition).
 */
export function networkUnavailable(node: string, message: string): Change {
  return {
    kind: 'node-condition-set',
    node,
    condition: { type: 'NetworkUnavailable', status: 'True', reason: 'NoRouteCreated', message },
  };
}
