import { ARTICLE_CLUSTER, VERSIONS } from '../../engine/index.ts';
import { MUTED } from '../../view/styles.ts';

/** The versions PodPath reproduces, in the order a reader meets them (engine/versions.ts). */
const PROFILE = [
  VERSIONS.kubernetes,
  VERSIONS.containerRuntime,
  VERSIONS.flannel,
  VERSIONS.cniPlugins,
  VERSIONS.cloudControllerManager,
  `a VPC route quota of ${VERSIONS.routeQuota} custom entries per table`,
];

/** The article's 2019 cluster where a reader would notice it differs. */
const ARTICLE = [
  ARTICLE_CLUSTER.kubernetes,
  ARTICLE_CLUSTER.containerRuntime,
  `a route quota of ${ARTICLE_CLUSTER.routeQuota}`,
];

/** What PodPath is, and the one version profile it reproduces (the README's "About" says the same). */
export function AboutText() {
  return (
    <div className="flex flex-col gap-2 text-sm leading-relaxed">
      <h2 id="about-podpath-title" className="text-base font-semibold">
        About PodPath
      </h2>
      <p>
        PodPath builds a Kubernetes cluster on an Alibaba Cloud VPC with Flannel in VPC-route mode, step by
        step, and walks packets through it hop by hop. Every file, table and message it shows is what the real
        components write, worked out in your browser.
      </p>
      <h3 className={`text-xs font-semibold tracking-wide uppercase ${MUTED}`}>The versions it reproduces</h3>
      <ul className="list-disc pl-5">
        {PROFILE.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        The article it starts from describes a 2019 cluster: {ARTICLE.join(', ')}. Where that shows, the
        article preset says so beside it.
      </p>
      <p className={MUTED}>
        The source of every artifact and forwarding decision is listed in docs/sources.md in PodPath's
        repository.
      </p>
    </div>
  );
}
