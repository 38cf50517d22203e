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
  /** Its name and spellings in the Chinese narration, where they differ (Alibaba Cloud's terms). */
  readonly zh?: { readonly term: string; readonly spellings: readonly string[] };
  /** Its meaning, a message of the glossary's catalog (i18n/en/glossary.ts). */
  readonly meaning: Exclude<keyof typeof glossary, 'terms' | 'source' | SourceMessage>;
  /**
   * Where it was checked: code cited as its repository and path (the same in every language), or
   * a document cited in words, a message of the glossary's catalog (said in the page's language).
   */
  readonly source: SourceMessage | (string & {});
}

/** The sources cited in words (i18n/en/glossary.ts). */
export type SourceMessage = 'sourceVpcApi' | 'sourceVpcDocs';

const SOURCE_MESSAGES: ReadonlySet<string> = new Set<SourceMessage>(['sourceVpcApi', 'sourceVpcDocs']);

/** Whether an entry's source is cited in words (a message), not as code. */
export function sourceInWords(source: string): source is SourceMessage {
  return SOURCE_MESSAGES.has(source);
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    term: 'vRouter',
    spellings: ['vRouter', 'VPC router'],
    meaning: 'vRouter',
    source: 'sourceVpcApi',
    zh: { term: 'vRouter', spellings: ['VPC 路由器'] },
  },
  {
    term: 'vSwitch',
    spellings: ['vSwitch', 'vSwitches'],
    meaning: 'vSwitch',
    source: 'sourceVpcDocs',
    zh: { term: '交换机 vSwitch', spellings: ['交换机'] },
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
    zh: { term: 'Pod CIDR', spellings: ['Pod CIDR', '范围分配器'] },
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
    zh: { term: 'FDB（转发数据库）', spellings: ['转发数据库'] },
  },
  {
    term: 'MASQUERADE',
    spellings: ['MASQUERADE', 'masquerade', 'masquerades', 'SNAT'],
    meaning: 'masquerade',
    source: 'Linux, net/netfilter/xt_MASQUERADE.c; flannel, network/iptables.go',
    zh: { term: 'MASQUERADE（地址伪装）', spellings: ['地址伪装'] },
  },
  {
    term: 'conntrack',
    spellings: ['conntrack', 'connection tracking'],
    meaning: 'conntrack',
    source: 'Linux, net/netfilter/nf_conntrack_core.c',
    zh: { term: 'conntrack（连接跟踪）', spellings: ['连接跟踪'] },
  },
  {
    term: 'TTL',
    spellings: ['TTL'],
    meaning: 'ttl',
    source: 'RFC 791; Linux, net/ipv4/ip_forward.c',
  },
];

/** The entries whose words the text uses, in glossary order; in Chinese, by their Chinese words too. */
export function termsIn(text: string, lang: 'en' | 'zh' = 'en'): GlossaryEntry[] {
  return GLOSSARY.filter((entry) =>
    [...entry.spellings, ...(lang === 'zh' ? (entry.zh?.spellings ?? []) : [])].some((word) =>
      new RegExp(`(^|[^\\w-])${word.replace(/[.]/g, '\\.')}($|[^\\w-])`).test(text),
    ),
  );
}

/** The entry's name as the page's language writes it. */
export function termName(entry: GlossaryEntry, lang: 'en' | 'zh'): string {
  return lang === 'zh' ? (entry.zh?.term ?? entry.term) : entry.term;
}
