import { DEFAULTS, NODE_MASK_MAX, NODE_MASK_MIN } from '../../engine/index.ts';
import { editor } from '../../i18n/en/editor.ts';
import { editorLists } from '../../i18n/en/editorLists.ts';
import { useMessages } from '../i18n/useMessages.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { freshName, LEGEND, ListSection, SECTION } from './ListSection.tsx';

const MASKS = Array.from({ length: NODE_MASK_MAX - NODE_MASK_MIN + 1 }, (_, i) => NODE_MASK_MIN + i);

/** The VPC: its CIDR, route quota, NAT gateway and vSwitches. */
export function VpcSection() {
  const { m, f } = useMessages('editor', editor);
  const { m: l, f: lf } = useMessages('editorLists', editorLists);
  return (
    <fieldset className={SECTION}>
      <legend className={LEGEND}>VPC</legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField label={m.vpcCidr} path={['vpc', 'cidr']} placeholder="192.168.0.0/16" />
        <TextField
          label={m.routeQuota}
          path={['vpc', 'routeQuota']}
          numeric
          optional
          placeholder={f(m.byDefault, { value: DEFAULTS.routeQuota })}
        />
        <TextField
          label={m.natEip}
          path={['vpc', 'natGateway', 'eip']}
          clearPath={['vpc', 'natGateway']}
          optional
          placeholder={m.none}
          className="col-span-2"
        />
      </div>
      <ListSection
        legend={l.vswitches}
        noun="vswitch"
        path={['vpc', 'vswitches']}
        newItem={(items) => ({ name: freshName(items, 'vsw'), cidr: '' })}
        renderItem={(i, name) => (
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label={<Labelled row={lf(l.vswitchRow, { name })} field={l.name} />}
              path={['vpc', 'vswitches', i, 'name']}
            />
            <TextField
              label={<Labelled row={lf(l.vswitchRow, { name })} field={l.cidr} />}
              path={['vpc', 'vswitches', i, 'cidr']}
            />
          </div>
        )}
      />
    </fieldset>
  );
}

/** Custom routes of the VPC route table; they share the route quota with the node routes. */
export function RoutesSection() {
  const { m: l, f: lf } = useMessages('editorLists', editorLists);
  return (
    <ListSection
      legend={l.routes}
      noun="route"
      path={['vpc', 'customRoutes']}
      hint={l.routesHint}
      newItem={() => ({ destination: '0.0.0.0/0', nextHop: 'nat-gateway' })}
      renderItem={(i) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField
            label={<Labelled row={lf(l.routeRow, { n: i + 1 })} field={l.destination} />}
            path={['vpc', 'customRoutes', i, 'destination']}
          />
          <TextField
            label={<Labelled row={lf(l.routeRow, { n: i + 1 })} field={l.nextHop} />}
            path={['vpc', 'customRoutes', i, 'nextHop']}
            placeholder={l.nextHopHint}
          />
        </div>
      )}
    />
  );
}

/** The cluster network: cluster CIDR, node mask, service CIDR, ip-masq. */
export function ClusterSection() {
  const { m, f } = useMessages('editor', editor);
  const addresses = (mask: number) => ({ mask, count: 2 ** (32 - mask) });
  return (
    <fieldset className={SECTION}>
      <legend className={LEGEND}>{m.cluster}</legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField label={m.clusterCidr} path={['cluster', 'podCidr']} placeholder="172.16.0.0/16" />
        <SelectField
          label={m.nodeMask}
          path={['cluster', 'nodeCidrMaskSize']}
          numeric
          choices={MASKS.map((mask) => ({ value: String(mask), label: f(m.maskChoice, addresses(mask)) }))}
          emptyLabel={f(m.maskDefault, addresses(DEFAULTS.nodeCidrMaskSize))}
          defaultChoice={String(DEFAULTS.nodeCidrMaskSize)}
        />
        <TextField
          label={m.serviceCidr}
          path={['cluster', 'serviceCidr']}
          optional
          placeholder={f(m.byDefault, { value: DEFAULTS.serviceCidr })}
        />
        <CheckboxField
          label={m.ipMasq}
          path={['cluster', 'ipMasq']}
          fallback={DEFAULTS.ipMasq}
          className="self-end pb-1"
        />
      </div>
    </fieldset>
  );
}

/** A row field's label: the field shown, the row in front for screen readers ("Node node-a IP"). */
export function Labelled({ row, field }: { readonly row: string; readonly field: string }) {
  return (
    <>
      <span className="sr-only">{row} </span>
      {field}
    </>
  );
}
