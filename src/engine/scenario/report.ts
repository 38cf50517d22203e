import type { ScenarioError } from './types.ts';

/** A problem a pass found; `late` when it is found only after its whole list was read. */
export interface PassError extends ScenarioError {
  readonly late?: boolean;
}

/** Collects the problems a pass finds, each with its path. */
export interface Reporter {
  readonly errors: PassError[];
  error(path: string, message: string): void;
  /** A problem found after the whole list was read (listed after that list's other problems). */
  late(path: string, message: string): void;
}

export function createReporter(): Reporter {
  const errors: PassError[] = [];
  return {
    errors,
    error: (path, message) => void errors.push({ path, message }),
    late: (path, message) => void errors.push({ path, message, late: true }),
  };
}
