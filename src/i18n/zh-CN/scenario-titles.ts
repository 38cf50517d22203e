/**
 * The built-in scenarios' titles in Chinese, by their English title (a title is the scenario's
 * data: links and files carry it in English). The presets', the lessons' and an imported
 * cluster's: src/app/scenario-title.test.ts holds every built-in title to an entry here. A title
 * of the user's own is shown as written.
 */
const TITLES: Readonly<Record<string, string>> = {
  'ACK + Flannel, as in the article': 'ACK + Flannel，与文章中的集群一致',
  'Small: three workers': '小型：三个工作节点',
  'Large: 60 nodes': '大型：60 个节点',
  'ACK + Flannel with Services (kube-proxy, CoreDNS)': 'ACK + Flannel，含 Service（kube-proxy、CoreDNS）',
  'A cluster that cannot grow': '无法扩容的集群',
  'A cluster with trouble on four nodes': '四个节点出了故障的集群',
};

/** The title engine/import/to-scenario.ts gives an imported cluster. */
const IMPORTED = /^Imported cluster: (\d+) nodes?, (\d+) pods?$/;

/** A scenario's title in Chinese, with the dataplane `&cni=` switched it to (already said in Chinese). */
export function scenarioTitle(title: string, dataplane?: string): string {
  const imported = IMPORTED.exec(title);
  const base = imported
    ? `导入的集群：${imported[1]} 个节点，${imported[2]} 个 Pod`
    : (TITLES[title] ?? title);
  return dataplane ? `${base} · 改用 ${dataplane}` : base;
}
