/** The diagram's bar and regions (src/view/topology/): its controls, its names for screen readers. */
export const diagram = {
  legend: 'Legend',
  follow: 'Follow the action',
  followOn:
    'Follow the action: on (each step or hop zooms to what it changed when the whole is too small to read)',
  followOff: 'Follow the action: off',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fit: 'Fit to view',
  region: 'Topology',
  svg: 'Network topology',
};
