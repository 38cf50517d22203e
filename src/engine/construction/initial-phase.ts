import { vswitchGateway } from '../addressing/vswitch.ts';
import { instanceId, macAddress } from '../ids.ts';
import { later } from '../later.ts';
import { steps } from '../messages/en/steps.ts';
import { cidr, formatIp, parseIp } from '../net/ipv4.ts';
import { NAT_GATEWAY, nodePlace, VPC, vswitchPlace } from '../places.ts';
import type { Scenario } from '../scenario/types.ts';
import type { NodeState, VpcRouteEntry } from '../world/types.ts';
import { type StepBuilder, titled } from './builder.ts';
import { REGION, ROUTE_QUOTA_EXCEEDED } from './messages.ts';

/** The system entry Alibaba Cloud adds for its cloud services range. */
export const CLOUD_SERVICE_CIDR = '100.64.0.0/10';

/** Route-quota bookkeeping shared by the custom routes of the initial phase and the CCM. */
export interface RouteQuota {
  readonly limit: number;
  used: number;
}

/** The node as its ECS instance is created: addressed, not yet part of any cluster. */
export function ecsNode(scenario: Scenario, index: number): NodeState {
  const spec = scenario.nodes[index];
  if (!spec) throw new Error(`no node ${index}`);
  const vswitch = scenario.vpc.vswitches.find((v) => v.name === spec.vswitch);
  if (!vswitch) throw new Error(`node ${spec.name}: unknown vSwitch ${spec.vswitch}`);
  const vswitchCidr = cidr(vswitch.cidr);
  const id = instanceId(spec.name);
  return {
    name: spec.name,
    role: spec.role,
    index,
    instanceId: id,
    providerId: `${REGION}.${id}`,
    vswitch: vswitch.name,
    ip: parseIp(spec.ip) ?? 0,
    ipPrefix: vswitchCidr.prefix,
    defaultGateway: vswitchGateway(vswitchCidr),
    eth0Mac: macAddress(`eth0:${spec.name}`),
    registered: false,
    conditions: [],
    taints: [],
    flanneld: 'absent',
    cniConfInstalled: false,
    masqueradeRules: false,
    vpcRoute: 'none',
  };
}

/** Initial phase: the VPC, its vSwitches, the ECS instances, the NAT gateway, custom routes. */
export function buildInitialPhase(b: StepBuilder, quota: RouteQuota): void {
  const { scenario } = b.world;
  const { vpc } = scenario;
  b.emit({
    phase: 'initial',
    actor: 'cloud',
    target: VPC,
    changes: [
      { kind: 'vpc-created' },
      {
        kind: 'vpc-route-added',
        entry: {
          destination: CLOUD_SERVICE_CIDR,
          cidr: cidr(CLOUD_SERVICE_CIDR),
          type: 'system',
          nextHopType: 'service',
          nextHop: 'cloud-service',
        },
      },
    ],
    text: later(() => titled(steps, 'vpc', { cidr: vpc.cidr, cloud: CLOUD_SERVICE_CIDR })),
  });
  for (const vswitch of vpc.vswitches) {
    const entry: VpcRouteEntry = {
      destination: vswitch.cidr,
      cidr: cidr(vswitch.cidr),
      type: 'system',
      nextHopType: 'local',
      nextHop: vswitch.name,
      vswitch: vswitch.name,
    };
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: vswitchPlace(vswitch.name),
      changes: [
        { kind: 'vswitch-created', vswitch: vswitch.name },
        { kind: 'vpc-route-added', entry },
      ],
      text: later(() =>
        titled(steps, 'vswitch', {
          name: vswitch.name,
          cidr: vswitch.cidr,
          gateway: formatIp(vswitchGateway(cidr(vswitch.cidr))),
        }),
      ),
    });
  }
  scenario.nodes.forEach((spec, index) => {
    const node = ecsNode(scenario, index);
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: nodePlace(spec.name),
      changes: [{ kind: 'ecs-created', node }],
      text: later(() =>
        titled(steps, 'ecs', {
          id: node.instanceId,
          node: spec.name,
          ip: spec.ip,
          master: spec.role === 'master' ? 1 : 0,
          prefix: node.ipPrefix,
          vswitch: spec.vswitch,
          gateway: formatIp(node.defaultGateway),
        }),
      ),
    });
  });
  if (vpc.natGateway) {
    const eip = vpc.natGateway.eip;
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: NAT_GATEWAY,
      changes: [{ kind: 'nat-gateway-created' }],
      text: later(() => titled(steps, 'nat', { eip })),
    });
  }
  for (const route of vpc.customRoutes) buildCustomRoute(b, quota, route.destination, route.nextHop);
}

function buildCustomRoute(b: StepBuilder, quota: RouteQuota, destination: string, nextHop: string): void {
  const toNat = nextHop === 'nat-gateway';
  const nodeName = toNat ? undefined : nextHop.replace(/^instance:/, '');
  const node = nodeName === undefined ? undefined : b.world.nodes.get(nodeName);
  if (quota.used >= quota.limit) {
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: VPC,
      failed: true,
      changes: [],
      text: later(() =>
        titled(steps, 'routeRefused', { destination, limit: quota.limit, error: ROUTE_QUOTA_EXCEEDED }),
      ),
    });
    return;
  }
  quota.used++;
  // The count at this step: the text is made lazily, after later steps have used more of the quota.
  const used = quota.used;
  const entry: VpcRouteEntry = {
    destination,
    cidr: cidr(destination),
    type: 'custom',
    nextHopType: toNat ? 'nat-gateway' : 'instance',
    nextHop: toNat ? 'nat-gateway' : (node?.instanceId ?? nextHop),
    node: nodeName,
  };
  b.emit({
    phase: 'initial',
    actor: 'cloud',
    target: toNat ? NAT_GATEWAY : VPC,
    changes: [{ kind: 'vpc-route-added', entry }],
    text: later(() =>
      titled(steps, 'route', {
        destination,
        nat: toNat ? 1 : 0,
        node: String(nodeName),
        id: String(node?.instanceId),
        all: destination === '0.0.0.0/0' ? 1 : 0,
        limit: quota.limit,
        used,
      }),
    ),
  });
}
