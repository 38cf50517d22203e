/**
 * A scenario from a link or a file that is not loaded, and the what-if panel's "Not applied: …".
 * Apart from refusals.ts, which the first load carries: the code that says these loads on demand
 * (vite.config.ts keeps this part out of the engine chunk).
 */
export const loading = {
  notApplied: 'Not applied: {reasons}',
  urlInvalid: 'the scenario in the URL is invalid: {path}: {problem}',
  fileNotImported: 'The file {name} was not imported: {why}',
};
