import { vswitchGateway } from '../addressing/vswitch.ts';
import { cloudId, macAddress } from '../ids.ts';
import type { Cidr } from '../net/ipv4.ts';
import { type EniLimits, maxSecondaryEnis } from './eni-limits.ts';
import { VswitchAddresses } from './vswitch-addresses.ts';

/** A secondary ENI terwayd created and attached to a node, with the addresses it holds. */
export interface Eni {
  /** `eni-` and 20 characters, derived from the node and the ENI's number. */
  readonly id: string;
  /** The device the node sees: eth1 for the first secondary ENI, eth2 for the next… */
  readonly device: string;
  /** Its interface index on the node; its policy-routing table is 1000 + ifindex. */
  readonly ifindex: number;
  readonly mac: string;
  readonly vswitch: string;
  readonly vswitchCidr: Cidr;
  /** The vSwitch gateway: the per-ENI table's default route goes there. */
  readonly gateway: number;
  /** Its private addresses, the primary first; every one goes to a pod. */
  readonly ips: readonly number[];
}

/** Why terwayd could not give a pod an address. */
export type AllocFailure =
  /** Every pod vSwitch of the node (or the vSwitch of every ENI with room) has no address left. */
  | { readonly reason: 'vswitch-exhausted'; readonly vswitch: string }
  /** Every ENI the instance type allows is attached and full. */
  | { readonly reason: 'enis-full' }
  /** ECS refuses a new ENI: the instance's ENI slots are taken by ENIs terwayd does not own. */
  | { readonly reason: 'eni-quota-exceeded' };

/** What one pod's allocation did: the ENI (new or not), the address, or the failure. */
export type Allocation =
  | { readonly ok: true; readonly eni: Eni; readonly ip: number; readonly createdEni: boolean }
  | ({ readonly ok: false } & AllocFailure);

export interface PoolVswitch {
  readonly name: string;
  readonly cidr: Cidr;
}

interface NodePool {
  readonly enis: { eni: Eni; ips: number[] }[];
  /** Next free interface index: lo 1, eth0 2, then ENIs and veths in creation order. */
  nextIfindex: number;
}

/** ENI ids in Alibaba Cloud's shape: `eni-` and 20 base-36 characters. */
export function eniId(node: string, number: number): string {
  return cloudId('eni', `eni:${node}:${number}`);
}

/**
 * terwayd's ENI pools over a whole VPC, in shared-ENI (ENI multi-IP) mode. Pods are asked for in
 * creation order; each takes an address of the first ENI with room whose vSwitch has one left,
 * else a new ENI in the first of the node's pod vSwitches with addresses left, else it fails.
 */
// NOTE: AliyunContainerService/terway pkg/eni/manager.go Allocate tries each ENI slot in turn and
// answers "no eni can handle the allocation" when none can; pkg/eni/local.go factoryAllocWorker
// creates the slot's ENI with the IPs asked for (CreateNetworkInterface; the primary counts:
// SecondaryPrivateIpAddressCount = IPCount − 1, pkg/aliyun/client/options.go), later assigns more
// (AssignPrivateIpAddresses) up to IPv4PerAdapter; pkg/factory/aliyun/aliyun.go creates it with
// SourceDestCheck false in a vSwitch from pkg/vswitch GetOne (policy "ordered" in the Helm
// chart's eni_conf: the first listed vSwitch of the zone with addresses left), blocks a vSwitch
// that answers InvalidVSwitchId.IpNotEnough, attaches it and waits for the metadata service.
// One pod at a time, so each call asks for one address (real terwayd batches concurrent pods).
export class EniPools {
  readonly #limits: EniLimits;
  readonly #vswitches = new Map<string, VswitchAddresses>();
  readonly #nodes = new Map<string, NodePool>();
  /** Nodes whose instance can attach no more ENIs (the what-if eni-quota-reached). */
  readonly #noEniSlot = new Set<string>();

  /** `taken`: addresses in use before any pod (the nodes' eth0 addresses). */
  constructor(vswitches: readonly PoolVswitch[], taken: ReadonlySet<number>, limits: EniLimits) {
    this.#limits = limits;
    for (const v of vswitches) this.#vswitches.set(v.name, new VswitchAddresses(v.name, v.cidr, taken));
  }

  #pool(node: string): NodePool {
    let pool = this.#nodes.get(node);
    if (!pool) {
      pool = { enis: [], nextIfindex: 3 };
      this.#nodes.set(node, pool);
    }
    return pool;
  }

  /** Addresses left in a vSwitch. */
  available(vswitch: string): number {
    return this.#vswitches.get(vswitch)?.available ?? 0;
  }

  /** The node's ENIs as they stand. */
  enis(node: string): readonly Eni[] {
    return this.#pool(node).enis.map((e) => e.eni);
  }

  /** The vSwitch has no address left from now on (the what-if vswitch-exhausted). */
  exhaust(vswitch: string): void {
    this.#vswitches.get(vswitch)?.exhaust();
  }

  /** ECS refuses any new ENI on the node from now on (the what-if eni-quota-reached). */
  refuseEnis(node: string): void {
    this.#noEniSlot.add(node);
  }

  /** Takes the next interface index on a node (for the pod's host veth). */
  takeIfindex(node: string): number {
    return this.#pool(node).nextIfindex++;
  }

  /** One address for a pod on `node`, whose pod vSwitches are `podVswitches` (in order). */
  allocate(node: string, podVswitches: readonly string[]): Allocation {
    const pool = this.#pool(node);
    let exhausted: string | undefined;
    for (const slot of pool.enis) {
      if (slot.ips.length >= this.#limits.ipsPerAdapter) continue;
      const ip = this.#vswitches.get(slot.eni.vswitch)?.take();
      if (ip === undefined) {
        exhausted ??= slot.eni.vswitch;
        continue;
      }
      slot.ips.push(ip);
      slot.eni = { ...slot.eni, ips: [...slot.ips] };
      return { ok: true, eni: slot.eni, ip, createdEni: false };
    }
    if (pool.enis.length >= maxSecondaryEnis(this.#limits)) {
      return exhausted
        ? { ok: false, reason: 'vswitch-exhausted', vswitch: exhausted }
        : { ok: false, reason: 'enis-full' };
    }
    if (this.#noEniSlot.has(node)) return { ok: false, reason: 'eni-quota-exceeded' };
    for (const name of podVswitches) {
      const vswitch = this.#vswitches.get(name);
      const ip = vswitch?.take();
      if (!vswitch || ip === undefined) {
        exhausted ??= name;
        continue;
      }
      const number = pool.enis.length + 1;
      const eni: Eni = {
        id: eniId(node, number),
        device: `eth${number}`,
        ifindex: pool.nextIfindex++,
        mac: macAddress(`eni:${node}:${number}`),
        vswitch: name,
        vswitchCidr: vswitch.cidr,
        gateway: vswitchGateway(vswitch.cidr),
        ips: [ip],
      };
      pool.enis.push({ eni, ips: [ip] });
      return { ok: true, eni, ip, createdEni: true };
    }
    return { ok: false, reason: 'vswitch-exhausted', vswitch: exhausted ?? podVswitches[0] ?? '' };
  }
}
