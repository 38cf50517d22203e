import { createContext, useContext } from 'react';

/**
 * How much wider than drawn strokes, dashes and ring gaps must be to keep their look on screen:
 * 1 normally; in the overview, the text scale (diagram units per screen pixel).
 */
export const StrokeScale = createContext(1);

export const useStrokeScale = (): number => useContext(StrokeScale);
