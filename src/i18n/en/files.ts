/** The Files menu's entries and the link to copy by hand (src/app/share/). */
export const files = {
  importScenario: 'Import scenario',
  importCluster: 'Import from a cluster',
  exportScenario: 'Export scenario',
  exportSvg: 'Export diagram as SVG',
  exportPng: 'Export diagram as PNG',
  noDiagram: 'There is no diagram to export.',
  pngFailed: 'The PNG could not be made: {reason}',
  unknownReason: 'unknown reason',
  partFailed: '{part} could not be loaded ({reason}); reload the page to try again.',
  scenarioExporter: 'The scenario exporter',
  diagramExporter: 'The diagram exporter',
  fileReader: 'The file reader',
  manualLink: 'Link to this view (copy it with Ctrl+C)',
  done: 'Done',
};
