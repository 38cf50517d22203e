import { useExplorerStore } from '../../store/index.ts';
import { EmbedExplorer } from './EmbedExplorer.tsx';
import { useEmbedMessages } from './useEmbedMessages.ts';

/**
 * Embed mode as one lazily loaded piece: the compact explorer and the postMessage API, which
 * says `podpath:ready` once it listens.
 */
export default function EmbedRoot() {
  useEmbedMessages(useExplorerStore(), true);
  return <EmbedExplorer />;
}
