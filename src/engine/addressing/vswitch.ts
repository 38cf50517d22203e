import { broadcastOf, type Cidr } from '../net/ipv4.ts';

/**
 * The vSwitch gateway an ECS instance routes through: the first of the three addresses a
 * vSwitch reserves at its top (broadcast − 2, e.g. 192.168.0.253 in a /24).
 * NOTE: common practice on Alibaba Cloud, not stated in an official source (DOMAIN.md §2.3).
 */
export function vswitchGateway(c: Cidr): number {
  return (broadcastOf(c) - 2) >>> 0;
}

/** Whether a vSwitch reserves this address: its first one and its last three. */
export function isReservedInVswitch(c: Cidr, ip: number): boolean {
  return ip === c.network || ip >= broadcastOf(c) - 2;
}
