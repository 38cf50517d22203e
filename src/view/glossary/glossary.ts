/**
 * The glossary: the words of the narration a newcomer may not know, each in one or two sentences
 * and with the source it was checked against (docs/sources.md lists the same). Loaded with the
 * narration's terms, not with the page.
 */
import type { glossary } from '../../i18n/en/glossary.ts';

export interface GlossaryEntry {
  readonly term: string;
  /** How the word is written in the narration (whole words, case-sensitive). */
  readonly spellings: readonly string[];
  /** Its meaning, a message of the glossary's catalog (i18n/en/glossary.ts). */
  readonly meaning: Exclude<keyof typeof glossary, 'terms' | 'source'>;
  readonly source: string;
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'vRouter',
    spellings: ['vRouter', 'VPC router'],
    meaning: 'vRouter',
    source: 'Alibaba Cloud VPC API, CreateRouteEntry (route table of a vRouter, 200 custom entries)',
  },
  {
    term: 'vSwitch',
    spellings: ['vSwitch', 'vSwitches'],
    meaning: 'vSwitch',
    source: 'Alibaba Cloud VPC docs, route tables (system routes per vSwitch)',
  },
  {
    term: 'CCM',
    spellings: ['CCM', 'cloud-controller-manager', 'Cloud Controller Manager'],
    meaning: 'ccm',
    source: 'kubernetes/cloud-provider-alibaba-cloud, pkg/controller/route/route_controller.go',
  },
  {
    term: 'pod CIDR',
    spellings: ['pod CIDR', 'podCIDR', 'range allocator'],
    meaning: 'podCidr',
    source: 'kubernetes/kubernetes, pkg/controller/nodeipam/ipam/range_allocator.go',
  },
  {
    term: 'subnet.env',
    spellings: ['subnet.env'],
    meaning: 'subnetEnv',
    source: 'flannel-io/flannel, pkg/subnet (WriteSubnetFile)',
  },
  {
    term: 'cni0',
    spellings: ['cni0'],
    meaning: 'cni0',
    source: 'containernetworking/plugins, plugins/main/bridge',
  },
  {
    term: 'veth',
    spellings: ['veth', 'veth pair'],
    meaning: 'veth',
    source: 'Linux, drivers/net/veth.c',
  },
  {
    term: 'host-local',
    spellings: ['host-local'],
    meaning: 'hostLocal',
    source: 'containernetworking/plugins, plugins/ipam/host-local',
  },
  {
    term: 'FDB',
    spellings: ['FDB', 'fdb', 'forwarding database'],
    meaning: 'fdb',
    source: 'Linux, net/bridge/br_fdb.c; iproute2, bridge fdb',
  },
  {
    term: 'MASQUERADE',
    spellings: ['MASQUERADE', 'masquerade', 'masquerades', 'SNAT'],
    meaning: 'masquerade',
    source: 'Linux, net/netfilter/xt_MASQUERADE.c; flannel, network/iptables.go',
  },
  {
    term: 'conntrack',
    spellings: ['conntrack', 'connection tracking'],
    meaning: 'conntrack',
    source: 'Linux, net/netfilter/nf_conntrack_core.c',
  },
  {
    term: 'TTL',
    spellings: ['TTL'],
    meaning: 'ttl',
    source: 'RFC 791; Linux, net/ipv4/ip_forward.c',
  },
];

/** The entries whose words the text uses, in glossary order. */
export function termsIn(text: string): GlossaryEntry[] {
  return GLOSSARY.filter((entry) =>
    entry.spellings.some((word) =>
      new RegExp(`(^|[^\\w-])${word.replace(/[.]/g, '\\.')}($|[^\\w-])`).test(text),
    ),
  );
}
