import { Component, type ReactNode, Suspense } from 'react';
import { parts } from '../i18n/en/parts.ts';
import { useMessages } from './i18n/useMessages.ts';
import { FAILED_TEXT } from './styles.ts';

/** A part's name in the `parts` catalog. */
export type PartName = Exclude<keyof typeof parts, 'failed' | 'reload' | 'again'>;

interface Props {
  /** What the part is, for the message when it cannot be loaded ("The Traffic and What-if panels"). */
  readonly part: PartName;
  /** Shown while the part loads. */
  readonly loading?: ReactNode;
  readonly children: ReactNode;
}

/** Why a part could not be loaded, and how to get it: the rest of the page goes on working. */
function LoadFailed({ part, error }: { part: PartName; error: Error }) {
  const { m, f } = useMessages('parts', parts);
  return (
    <p role="alert" className={`m-2 text-sm ${FAILED_TEXT}`}>
      {f(m.failed, { part: m[part], error: error.message })}{' '}
      <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
        {m.reload}
      </button>{' '}
      {m.again}
    </p>
  );
}

/** A part's words while it loads ("Loading the lesson…"). */
export function Loading({ part }: { part: 'walkLoading' | 'lessonLoading' }) {
  return <>{useMessages('parts', parts).m[part]}</>;
}

/**
 * A part of the page that loads on demand (React.lazy): its loading state, and, if its code
 * cannot be fetched (the connection dropped after the first load), a message in its place
 * instead of a page that goes blank.
 */
export class LazyPart extends Component<Props, { error: Error | null }> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { part, loading = null, children } = this.props;
    if (this.state.error) return <LoadFailed part={part} error={this.state.error} />;
    return <Suspense fallback={loading}>{children}</Suspense>;
  }
}
