/** The Dataplane panel and the comparison (src/view/dataplane/); the facts compared are the engine's. */
export const dataplane = {
  title: 'Dataplane',
  intro: 'The same cluster on another Flannel backend: the steps and the walk follow.',
  compareWith: 'Compare with',
  nothing: '(nothing)',
  shownBeside: 'The comparison of {a} and {b} is shown beside the diagram (under it on a narrow window).',
  compared: '{a} and {b} compared',
  differences: '{a} and {b}: differences marked. The diagram shows ',
  switches: '; a column’s button switches it.',
  close: 'Close',
  closeWhat: ' the comparison',
  table: 'Compare dataplanes',
  fact: 'Fact',
  showOn: 'Show the cluster on {label}',
  differs: ' (differs)',
};
