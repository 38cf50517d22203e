import type { Message, Text } from '../messages/message.ts';

/**
 * A problem as listed, before it is shown: its English sentence (`message`) is made from its
 * reason only for the problems a result shows (parse.ts `capped`: the first MAX_ERRORS), so a
 * document with 23,000 bad items formats no more than those.
 */
export interface Problem {
  readonly path: string;
  readonly message?: string;
  readonly reason?: Text;
}

/** A problem a pass found; `late` when it is found only after its whole list was read. */
export interface PassError extends Problem {
  readonly reason: Message;
  readonly late?: boolean;
}

/** Collects the problems a pass finds, each with its path. */
export interface Reporter {
  readonly errors: readonly Problem[];
  error(path: string, reason: Message): void;
  /** A problem found after the whole list was read (listed after that list's other problems). */
  late(path: string, reason: Message): void;
}

/** A reporter whose problems are read back in order (parse.ts). */
export interface PassReporter extends Reporter {
  readonly errors: PassError[];
}

export function createReporter(): PassReporter {
  const errors: PassError[] = [];
  return {
    errors,
    error: (path, reason) => void errors.push({ path, reason }),
    late: (path, reason) => void errors.push({ path, reason, late: true }),
  };
}
