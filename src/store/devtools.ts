import { devtools as zustandDevtools } from 'zustand/middleware';

const passThrough = ((initializer: unknown) => initializer) as typeof zustandDevtools;

/**
 * zustand's devtools middleware in development; in a production build the condition folds to
 * false and the middleware is left out of the bundle. (Outside Vite, `import.meta.env` is absent.)
 */
export const devtools: typeof zustandDevtools = import.meta.env?.DEV ? zustandDevtools : passThrough;
