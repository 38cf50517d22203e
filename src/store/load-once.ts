/**
 * A part of the code loaded on demand, once: `load` starts the import the first time and resolves
 * with what it brings (a failed import is tried again by the next call); `now` has it once loaded.
 */
export interface LoadOnce<T> {
  load(): Promise<T>;
  now(): T | undefined;
}

export function loadOnce<T>(importIt: () => Promise<T>): LoadOnce<T> {
  let loaded: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    load() {
      pending ??= importIt().then(
        (value) => {
          loaded = value;
          return value;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    now: () => loaded,
  };
}
