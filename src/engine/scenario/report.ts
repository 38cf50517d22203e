import { english, type Message } from '../messages/message.ts';
import type { ScenarioError } from './types.ts';

/** A problem a pass found; `late` when it is found only after its whole list was read. */
export interface PassError extends ScenarioError {
  readonly late?: boolean;
}

/** Collects the problems a pass finds, each with its path. */
export interface Reporter {
  readonly errors: PassError[];
  error(path: string, reason: Message): void;
  /** A problem found after the whole list was read (listed after that list's other problems). */
  late(path: string, reason: Message): void;
}

export function createReporter(): Reporter {
  const errors: PassError[] = [];
  return {
    errors,
    error: (path, reason) => void errors.push({ path, message: english(reason), reason }),
    late: (path, reason) => void errors.push({ path, message: english(reason), reason, late: true }),
  };
}
