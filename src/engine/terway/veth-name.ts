import { sha1Hex } from '../net/sha1.ts';

/**
 * The host end of a pod's veth as Terway names it: `cali` and the first 11 hex digits of
 * SHA-1(`<namespace>.<pod name>`) (the interface name is left out when it is eth0).
 */
// NOTE: AliyunContainerService/terway pkg/link/veth.go VethNameForPod, called with the prefix
// defaultVethPrefix = "cali" (plugin/terway/cni.go): the name Calico's Felix expects, which is
// why Terway's policy mode can reuse it.
export function terwayVethName(pod: string, namespace = 'default'): string {
  return `cali${sha1Hex(`${namespace}.${pod}`).slice(0, 11)}`;
}
