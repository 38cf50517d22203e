/**
 * The Flannel backends other than alloc, as flanneld builds them: their constants, and the
 * device and lease a node gets. Which backend a scenario runs: scenario/cni.ts.
 */
import { macAddress } from '../ids.ts';
import type { Cidr } from '../net/ipv4.ts';
import type { FlannelBackend } from '../scenario/types.ts';
import type { FlannelLease, NodeState } from '../world/types.ts';

/** eth0's MTU on ECS (and so alloc's and host-gw's FLANNEL_MTU: they add no header). */
export const ETH0_MTU = 1500;

// NOTE: flannel pkg/backend/vxlan/vxlan.go: `defaultVNI = 1`, the device named
// fmt.Sprintf("flannel.%v", cfg.VNI), and Port left 0, so the kernel's default UDP port applies:
// 8472 (linux drivers/net/vxlan/vxlan_core.c `vxlan_port = 8472`; `ip -d link` prints
// `dstport 8472`, which verify:kernel checks on a real device).
export const VXLAN_VNI = 1;
export const VXLAN_PORT = 8472;
export const VXLAN_DEVICE = 'flannel.1';
// NOTE: flannel pkg/backend/vxlan/vxlan_network.go `encapOverhead = 50` and MTU() is eth0's MTU
// minus it; device.go makes flannel.1 with `MTU: devAttrs.MTU - 50`. 50 bytes: outer IPv4 (20),
// UDP (8), VXLAN (8) and the inner Ethernet header (14).
export const VXLAN_OVERHEAD = 50;
export const VXLAN_MTU = ETH0_MTU - VXLAN_OVERHEAD;

/**
 * The links a node has between eth0 and cni0: flannel.1, made by flanneld before any pod, takes
 * ifindex 3, so cni0 and every veth come one later than on an alloc node.
 */
export function devicesBeforeCni0(node: NodeState | undefined): number {
  return node?.flannelLease?.vtep ? 1 : 0;
}

/** FLANNEL_MTU for a backend: flanneld writes its network's MTU() to subnet.env. */
export function flannelMtu(backend: FlannelBackend): number {
  return backend === 'vxlan' ? VXLAN_MTU : ETH0_MTU;
}

/**
 * The lease flanneld publishes for a node: its public IP and, for vxlan, flannel.1 with its
 * MAC (random in flannel, pkg/mac NewHardwareAddr; derived from the name here) and the pod
 * CIDR's network address as a /32 (vxlan.go: "Ensure that the device has a /32 address").
 */
export function leaseFor(node: NodeState, podCidr: Cidr, backend: 'vxlan' | 'host-gw'): FlannelLease {
  if (backend === 'host-gw') return { backend, publicIp: node.ip };
  return {
    backend,
    publicIp: node.ip,
    vtep: { mac: macAddress(`${VXLAN_DEVICE}:${node.name}`), address: podCidr.network, mtu: VXLAN_MTU },
  };
}
