import { vswitchGateway } from '../addressing/vswitch.ts';
import { instanceId, macAddress } from '../ids.ts';
import { cidr, formatIp, parseIp } from '../net/ipv4.ts';
import { NAT_GATEWAY, nodePlace, VPC, vswitchPlace } from '../places.ts';
import type { Scenario } from '../scenario/types.ts';
import type { NodeState, VpcRouteEntry } from '../world/types.ts';
import { lazyText, type StepBuilder } from './builder.ts';
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
    text: lazyText(() => [
      `VPC ${vpc.cidr} created`,
      `The VPC is a private network of ${vpc.cidr} with its own virtual router (vRouter). The vRouter forwards by a route table; Alibaba Cloud puts a system entry for ${CLOUD_SERVICE_CIDR} (its cloud services) there from the start.`,
    ]),
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
      text: lazyText(() => [
        `vSwitch ${vswitch.name} ${vswitch.cidr} created`,
        `A vSwitch is a subnet of the VPC in one zone. The cloud adds a system route ${vswitch.cidr} → ${vswitch.name} so the vRouter can reach every instance on it. The vSwitch keeps its first address and its last three for itself; its gateway is ${formatIp(vswitchGateway(cidr(vswitch.cidr)))}.`,
      ]),
    });
  }
  scenario.nodes.forEach((spec, index) => {
    const node = ecsNode(scenario, index);
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: nodePlace(spec.name),
      changes: [{ kind: 'ecs-created', node }],
      text: lazyText(() => [
        `ECS ${node.instanceId} (${spec.name}) created at ${spec.ip}`,
        `The ECS instance that will become ${spec.role === 'master' ? 'the control-plane node' : 'the worker node'} ${spec.name} gets eth0 ${spec.ip}/${node.ipPrefix} from vSwitch ${spec.vswitch}, and a default route via the vSwitch gateway ${formatIp(node.defaultGateway)}. It knows nothing of Kubernetes yet.`,
      ]),
    });
  });
  if (vpc.natGateway) {
    const eip = vpc.natGateway.eip;
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: NAT_GATEWAY,
      changes: [{ kind: 'nat-gateway-created' }],
      text: lazyText(() => [
        `NAT gateway created with EIP ${eip}`,
        `A NAT gateway with the elastic IP ${eip} gives private addresses of the VPC a way out: it rewrites their source to ${eip} (SNAT). It is used only once a route sends traffic to it.`,
      ]),
    });
  }
  for (const route of vpc.customRoutes) buildCustomRoute(b, quota, route.destination, route.nextHop);
}

function buildCustomRoute(b: StepBuilder, quota: RouteQuota, destination: string, nextHop: string): void {
  const toNat = nextHop === 'nat-gateway';
  const nodeName = toNat ? undefined : nextHop.replace(/^instance:/, '');
  const node = nodeName === undefined ? undefined : b.world.nodes.get(nodeName);
  const label = toNat ? 'the NAT gateway' : `instance ${node?.instanceId} (${nodeName})`;
  if (quota.used >= quota.limit) {
    b.emit({
      phase: 'initial',
      actor: 'cloud',
      target: VPC,
      failed: true,
      changes: [],
      text: lazyText(() => [
        `Custom route ${destination} refused: QuotaExceeded`,
        `The route table already holds ${quota.limit} custom entries, its quota. CreateRouteEntry answered HTTP 400 ${ROUTE_QUOTA_EXCEEDED}`,
      ]),
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
    text: lazyText(() => [
      `Custom route ${destination} → ${toNat ? 'NAT gateway' : nodeName}`,
      `A custom entry sends ${destination} to ${label}. ${destination === '0.0.0.0/0' ? 'Anything the VPC has no more specific route for now leaves through the NAT gateway. ' : ''}Custom entries count against the route table's quota of ${quota.limit}: with this one, ${used} ${used === 1 ? 'is' : 'are'} in use.`,
    ]),
  });
}
