/**
 * The one version profile PodPath reproduces: every artifact, message and default that depends
 * on a component's version reads it from here, and the README's "About" and docs/sources.md name
 * the same versions.
 *
 * NOTE: the profile is ACK's own, from "ACK release notes for Kubernetes 1.35" (Alibaba Cloud
 * help center, ack-managed-and-ack-dedicated/user-guide/kubernetes-1-35-release-notes, English
 * edition of 2026-03-01): Kubernetes 1.35.1-aliyun.1, containerd 2.1.5, CNI "Flannel
 * v0.15.1.23-33d25c1-aliyun". Later editions of the same page list Flannel v0.28.0.6, whose
 * upstream layout puts the masquerade rules in a FLANNEL-POSTRTG chain (flannel
 * pkg/trafficmngr/iptables/iptables.go); the profile stays on the v0.15.1 aliyun build, whose
 * rules are flannel v0.15.1 network/iptables.go MasqRules, exactly as tables/nat-rules.ts writes them.
 */

/** Custom entries a VPC route table holds by default (CreateRouteEntry: "up to 200 custom route entries"). */
export const ROUTE_QUOTA = 200;

/**
 * `cniVersion` of 10-flannel.conf: the aliyun kube-flannel manifest's cni-conf.json has "0.3.1"
 * since flannel 0106d234 (v0.12.0); the article's 2019 manifest had none.
 */
export const CNI_CONF_VERSION = '0.3.1';

export interface VersionProfile {
  readonly kubernetes: string;
  readonly containerRuntime: string;
  readonly flannel: string;
  readonly cniPlugins: string;
  readonly cloudControllerManager: string;
  /** Custom entries a VPC route table holds by default (the VPC quota documentation today). */
  readonly routeQuota: number;
}

export const VERSIONS: VersionProfile = {
  kubernetes: 'Kubernetes 1.35 (ACK 1.35.1-aliyun.1)',
  containerRuntime: 'containerd 2.1',
  flannel: 'flannel v0.15.1 (ACK build v0.15.1.23-aliyun, backend alloc)',
  cniPlugins: 'containernetworking/plugins v1.x (bridge, host-local, loopback)',
  cloudControllerManager: 'cloud-provider-alibaba-cloud (node and route controllers)',
  routeQuota: ROUTE_QUOTA,
};

/** The cluster the article describes (2019), where it differs from the profile in what a reader sees. */
export const ARTICLE_CLUSTER = {
  kubernetes: 'Kubernetes 1.12.6',
  containerRuntime: 'Docker',
  routeQuota: 48,
} as const;
