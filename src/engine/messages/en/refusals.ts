/**
 * What a link asked for and the page did not apply (store/view-hash.ts, what-if-scenario.ts,
 * link-slice.ts), shown as "Not applied: …"; a refused scenario's first problem. Each names the link's parameter as written
 * (`quota=-1`), then why; several are joined with "; ".
 */
export const refusals = {
  /** A refused scenario in one line (scenario/first-problem.ts): its first problem, and how many more. */
  firstProblem: '{problem}{rest, plural, =0 {} one { (and # more problem)} other { (and # more problems)}}',
  invalid: 'the scenario is invalid',
  articleInstead: '{reason}; the article is shown instead',
  viewStays: '{reason}; the view shown stays',
  andThen: '{first}; {next}',
  atPath: '{path}: {problem}',
  epNotPod: 'ep={value}: an endpoint is ep=pod:NAME',
  epNotService: '{to} is not a Service: only a walk to a Service chooses an endpoint',
  epWithoutWalk: 'ep={value}: an endpoint is chosen for a walk to a Service (trace=FROM,service:NAME)',
  endpointForms: 'pod:NAME[/CONTAINER], node:NAME, external:NAME or an IPv4 address',
  traceForm: 'trace={value}: a walk is trace=FROM,TO ({forms})',
  traceEndpoint: 'trace={value}: {bad} is not an endpoint ({forms})',
  walkAtEnd: 'trace={from},{to}: a walk shows at the last step ({total}), not at step={step}',
  faultsCapped: 'faults: only the first {max} are read',
  faultForm: 'faults={value}: a fault is KIND:NODE',
  faultKindUnknown: 'faults={value}: {kind} is not a fault kind; the kinds are {kinds}',
  faultNodeName: 'faults={value}: {node} is not a node name',
  paramNotNumber: '{name}={value}: not a number',
  paramTooLarge: '{name}={value}: too large for a number',
  notDataplane: 'cni={value}: not a dataplane; use {options}',
  compareTwo: 'compare={value}: compare two different dataplanes of {options}',
  noepName: 'noep={value}: not a Service name ([NAMESPACE/]NAME)',
  noepAmbiguous: 'noep={ref}: Services named {ref} exist in several namespaces; write noep=NAMESPACE/{ref}',
  noepNone: 'noep={ref}: no Service named {quoted} in this scenario (its Services: {names})',
  noepNoServices: 'noep={ref}: no Service named {quoted} in this scenario (it declares no Services)',
  notLanguage: 'lang={value}: not a language; use {options}',
};
