/** The command line's words around the engine's output (src/cli/); artifacts are never translated. */
export const cli = {
  failed: '(failed)',
  delivered: 'delivered',
  deliveredBecause: 'delivered: {reason}',
  dropped: 'dropped: {reason}',
  reply: 'reply:',
};
