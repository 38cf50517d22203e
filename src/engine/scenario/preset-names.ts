/** The built-in scenarios' names: the first screen lists them, their files load on demand. */
export const PRESET_NAMES = ['article', 'small', 'large', 'services'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];
