/**
 * A scenario from a link or a file that is not loaded, and the what-if panel's "Not applied: …".
 * Apart from refusals.ts, which the first load carries: the code that says these loads on demand
 * (vite.config.ts keeps this part out of the engine chunk).
 */
export const loading = {
  notApplied: 'Not applied: {reasons}',
  urlInvalid: 'the scenario in the URL is invalid: {path}: {problem}',
  fileNotImported: 'The file {name} was not imported: {why}',
  fileTooLarge: 'it is {size} bytes; at most {max} are read',
  fileUnreadable: 'it could not be read',
  urlTooLong: 'the scenario in the URL is too long ({length} characters)',
  urlNoVersion: 'the scenario in the URL has no version prefix',
  urlFormat:
    'the scenario in the URL is in format {format}, which this PodPath does not know (it reads {version})',
  urlNotBase64: 'the scenario in the URL is not base64url text',
  urlExpands: 'the scenario in the URL expands to more than {max} bytes',
  urlCutShort: 'the scenario in the URL is not valid compressed data (the link may be cut short)',
  urlNotUtf8: 'the scenario in the URL is not UTF-8 text',
  urlUndecodable: 'the scenario in the URL could not be decoded',
  openUnreadable: '{what} could not be read',
  openCancelled: 'opening {what} was cancelled',
  openedUrl: 'the scenario in the URL',
  openedScenario: 'the scenario',
  openedFile: 'the file',
};
