/** The panel shown while a large scenario opens (src/app/url/opening-panel.ts, large-scenario.ts). */
export const opening = {
  panel: 'Opening the scenario',
  starting: 'Starting…',
  cancel: 'Cancel',
  elapsed: '{s} s; the page stays usable meanwhile.',
  decoding: 'Unpacking the scenario from the link…',
  checking: 'Checking the scenario against the limits and the validator…',
  link: 'Opening the scenario in the link ({size})',
  file: 'Opening the file ({size})',
  whatIf: 'Applying the what-if: the changed scenario is checked and its steps built again',
};
