import { Component, type ReactNode, Suspense } from 'react';
import { FAILED_TEXT } from './styles.ts';

interface Props {
  /** What the part is, for the message when it cannot be loaded ("The Traffic panel"). */
  readonly what: string;
  /** Shown while the part loads. */
  readonly loading?: ReactNode;
  readonly children: ReactNode;
}

/** Why a part could not be loaded, and how to get it: the rest of the page goes on working. */
function LoadFailed({ what, error }: { what: string; error: Error }) {
  return (
    <p role="alert" className={`m-2 text-sm ${FAILED_TEXT}`}>
      {what} could not be loaded ({error.message}). The rest of PodPath works without it;{' '}
      <button type="button" onClick={() => window.location.reload()} className="font-medium underline">
        reload the page
      </button>{' '}
      to try again.
    </p>
  );
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
    const { what, loading = null, children } = this.props;
    if (this.state.error) return <LoadFailed what={what} error={this.state.error} />;
    return <Suspense fallback={loading}>{children}</Suspense>;
  }
}
