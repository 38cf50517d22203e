import { ARTICLE_CLUSTER, VERSIONS } from '../../engine/index.ts';
import { about } from '../../i18n/en/about.ts';
import { useMessages } from '../../view/i18n/useMessages.ts';
import { MUTED } from '../../view/styles.ts';

/** What PodPath is, and the one version profile it reproduces (the README's "About" says the same). */
export function AboutText() {
  const { m, f, lang } = useMessages('about', about);
  // The versions PodPath reproduces, in the order a reader meets them (engine/versions.ts).
  const profile = [
    VERSIONS.kubernetes,
    VERSIONS.containerRuntime,
    VERSIONS.flannel,
    VERSIONS.cniPlugins,
    VERSIONS.cloudControllerManager,
    f(m.routeQuota, { quota: VERSIONS.routeQuota }),
  ];
  // The article's 2019 cluster where a reader would notice it differs.
  const article = [
    ARTICLE_CLUSTER.kubernetes,
    ARTICLE_CLUSTER.containerRuntime,
    f(m.articleRouteQuota, { quota: ARTICLE_CLUSTER.routeQuota }),
  ];
  return (
    <div className="flex flex-col gap-2 text-sm leading-relaxed">
      <h2 id="about-podpath-title" className="text-base font-semibold">
        {m.title}
      </h2>
      <p>{m.intro}</p>
      <h3 className={`text-xs font-semibold tracking-wide uppercase ${MUTED}`}>{m.versionsTitle}</h3>
      <ul className="list-disc pl-5">
        {profile.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>{f(m.article, { versions: article.join(lang === 'zh' ? '、' : ', ') })}</p>
      <p className={MUTED}>{m.sources}</p>
    </div>
  );
}
