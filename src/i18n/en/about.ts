/** "About PodPath" (src/app/about/AboutText.tsx); the README's "About" says the same. */
export const about = {
  title: 'About PodPath',
  intro:
    'PodPath builds a Kubernetes cluster on an Alibaba Cloud VPC with Flannel in VPC-route mode, step by step, and walks packets through it hop by hop. Every file, table and message it shows is what the real components write, worked out in your browser.',
  versionsTitle: 'The versions it reproduces',
  routeQuota: 'a VPC route quota of {quota} custom entries per table',
  articleRouteQuota: 'a route quota of {quota}',
  article:
    'The article it starts from describes a 2019 cluster: {versions}. Where that shows, the article preset says so beside it.',
  sources:
    "The source of every artifact and forwarding decision is listed in docs/sources.md in PodPath's repository.",
};
