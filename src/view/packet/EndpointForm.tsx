import { type FormEvent, useMemo, useState } from 'react';
import { packet } from '../../i18n/en/packet.ts';
import { selectFinalServices, selectScenario, useExplorer, useExplorerStore } from '../../store/index.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { FOCUS_RING } from '../styles.ts';
import { endpointOptions, normalizeEndpoint, suggestionsFor } from './endpoint-options.ts';

const LIST_ID = 'packet-endpoints';
const INPUT = `w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1 font-mono text-sm dark:border-slate-600 dark:bg-slate-900 ${FOCUS_RING}`;

interface Props {
  /** The current walk's endpoints, to start from. */
  readonly from: string;
  readonly to: string;
}

function Field(props: {
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  onFocus: () => void;
}) {
  return (
    <label className="flex flex-col gap-0.5 text-xs font-medium text-slate-700 dark:text-slate-300">
      {props.label}
      <input
        type="text"
        list={LIST_ID}
        value={props.value}
        autoComplete="off"
        spellCheck={false}
        placeholder={props.hint}
        onChange={(event) => props.onChange(event.target.value)}
        onFocus={props.onFocus}
        className={INPUT}
      />
    </label>
  );
}

/**
 * "Source" and "Destination" (comboboxes: an input with the scenario's endpoints as suggestions,
 * or any typed address) and "Send packet".
 */
export function EndpointForm({ from, to }: Props) {
  const store = useExplorerStore();
  const scenario = useExplorer(selectScenario);
  const services = useExplorer(selectFinalServices);
  const { m } = useMessages('packet', packet);
  const options = useMemo(() => endpointOptions(scenario, services), [scenario, services]);
  const [source, setSource] = useState(from);
  const [destination, setDestination] = useState(to);
  // The suggestions follow the field being typed in (a large scenario's are filtered by it).
  const [typing, setTyping] = useState<'source' | 'destination'>('source');
  const typed = typing === 'source' ? source : destination;
  const suggestions = useMemo(() => suggestionsFor(options, typed), [options, typed]);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const a = normalizeEndpoint(source, scenario);
    const b = normalizeEndpoint(destination, scenario);
    if (a && b) store.getState().sendPacket(a, b);
  };
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-2 px-2">
      <Field
        label={m.source}
        hint={m.endpointHint}
        value={source}
        onChange={setSource}
        onFocus={() => setTyping('source')}
      />
      <Field
        label={m.destination}
        hint={m.endpointHint}
        value={destination}
        onChange={setDestination}
        onFocus={() => setTyping('destination')}
      />
      <datalist id={LIST_ID}>
        {suggestions.map((o) => (
          <option key={o.value} value={o.value} label={o.label} />
        ))}
      </datalist>
      <button
        type="submit"
        disabled={source.trim() === '' || destination.trim() === ''}
        className={`self-start rounded-lg bg-blue-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-blue-800 disabled:opacity-50 dark:bg-blue-400 dark:text-slate-950 dark:hover:bg-blue-300 ${FOCUS_RING}`}
      >
        {m.sendPacket}
      </button>
    </form>
  );
}
