/** The explorer's regions, named for screen readers, and the embed's way out (src/app/, src/view/). */
export const regions = {
  steps: 'Steps',
  tablesAndInspector: 'Tables and inspector',
  narration: 'Narration',
  openInPodPath: 'Open in PodPath',
};
