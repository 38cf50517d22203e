/**
 * Why a scenario title cannot be used (scenario/title-text.ts). Its own part: the first load checks
 * titles, while the rest of the file's sentences (fileShape) load with the scenario reader.
 */
export const title = {
  titleControl: 'contains control characters (such as NUL or a line break); keep the title to one plain line',
  titleBidi:
    'contains {code}, a bidirectional control character that makes text read in another order; remove it',
  titleNotCharacter:
    'contains {code}, which is not a character: the page, SVG and PNG exports cannot carry it; remove it',
};
