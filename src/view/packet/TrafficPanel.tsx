import { packet } from '../../i18n/en/packet.ts';
import {
  selectPacketWalk,
  selectTrafficShown,
  selectWalkRequest,
  useExplorer,
  useExplorerStore,
} from '../../store/index.ts';
import { useEngineText } from '../i18n/useEngineText.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FAILED_TEXT, FOCUS_RING, MUTED, NAV_HEADING } from '../styles.ts';
import { EndpointForm } from './EndpointForm.tsx';
import { HopList } from './HopList.tsx';
import { ServiceEndpointChoice } from './ServiceEndpointChoice.tsx';
import { WalkPresetButtons } from './WalkPresetButtons.tsx';

const LINK = `rounded text-sm font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300 ${FOCUS_RING}`;

/** The slow-glide option: the packet moves between hops at a third of the pace. */
function SlowGlide() {
  const store = useExplorerStore();
  const on = useExplorer((s) => s.slowGlide);
  const { m } = useMessages('packet', packet);
  return (
    <label className="mx-2 flex items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={on}
        onChange={(event) => store.getState().setSlowGlide(event.target.checked)}
        className={`accent-blue-700 ${FOCUS_RING}`}
      />
      {m.slowGlide}
    </label>
  );
}

/** Why nothing was sent, or how to get back to a walk left for a construction step. */
function WalkStatus() {
  const store = useExplorerStore();
  const walk = useExplorer(selectPacketWalk);
  const shown = useExplorer(selectTrafficShown);
  const { m, f } = useMessages('packet', packet);
  const say = useEngineText();
  if (!walk) return null;
  if (walk.error !== null) {
    return (
      <p role="alert" className={`mx-2 text-sm ${FAILED_TEXT}`}>
        {f(m.nothingSent, { error: say(walk.error) })}
      </p>
    );
  }
  if (shown) {
    return (
      <button type="button" onClick={store.getState().closeWalk} className={`mx-2 self-start ${LINK}`}>
        {m.endWalk}
      </button>
    );
  }
  return (
    <p className={`mx-2 text-sm ${MUTED}`}>
      {m.walksFinished}{' '}
      <button type="button" onClick={store.getState().last} className={LINK}>
        {m.backToWalk}
      </button>
    </p>
  );
}

/**
 * The traffic phase, after the construction steps: choose a source and a destination (or a
 * preset), send a packet, and step through its hops.
 */
export function TrafficPanel() {
  const walk = useExplorer(selectWalkRequest);
  const { m } = useMessages('packet', packet);
  return (
    <section aria-labelledby="traffic-title" className="flex flex-col gap-2 p-2 pt-0">
      <h2 id="traffic-title" tabIndex={-1} className={`${NAV_HEADING} outline-none`}>
        {m.traffic}
      </h2>
      <EndpointForm
        key={walk ? `${walk.from}\n${walk.to}` : ''}
        from={walk?.from ?? ''}
        to={walk?.to ?? ''}
      />
      <WalkPresetButtons />
      <SlowGlide />
      <WalkStatus />
      <ServiceEndpointChoice />
      <HopList />
    </section>
  );
}
