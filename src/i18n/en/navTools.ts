/** The tools over the steps nav: its section buttons and Find step (src/view/timeline/NavTools.tsx). */
export const navTools = {
  goToSection: 'Go to section',
  sectionSteps: 'Steps',
  sectionTraffic: 'Traffic',
  sectionWhatIf: 'What-if',
  findStep: 'Find step',
  findPlaceholder: 'Find a step or element…',
  found: 'Found',
  noMatch: 'No step or element matches.',
  foundStep: 'Step {n}: ',
  foundElement: '({what}): select and zoom to it',
};
