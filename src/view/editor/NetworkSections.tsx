import { DEFAULTS, NODE_MASK_MAX, NODE_MASK_MIN } from '../../engine/index.ts';
import { CheckboxField, SelectField, TextField } from './fields.tsx';
import { freshName, LEGEND, ListSection, SECTION } from './ListSection.tsx';

const MASKS = Array.from({ length: NODE_MASK_MAX - NODE_MASK_MIN + 1 }, (_, i) => {
  const mask = NODE_MASK_MIN + i;
  return { value: String(mask), label: `/${mask} (${2 ** (32 - mask)} addresses)` };
});

/** The VPC: its CIDR, route quota, NAT gateway and vSwitches. */
export function VpcSection() {
  return (
    <fieldset className={SECTION}>
      <legend className={LEGEND}>VPC</legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField label="VPC CIDR" path={['vpc', 'cidr']} placeholder="192.168.0.0/16" />
        <TextField
          label="Route quota"
          path={['vpc', 'routeQuota']}
          numeric
          optional
          placeholder={`${DEFAULTS.routeQuota} (default)`}
        />
        <TextField
          label="NAT gateway EIP"
          path={['vpc', 'natGateway', 'eip']}
          clearPath={['vpc', 'natGateway']}
          optional
          placeholder="none"
          className="col-span-2"
        />
      </div>
      <ListSection
        legend="vSwitches"
        noun="vSwitch"
        path={['vpc', 'vswitches']}
        newItem={(items) => ({ name: freshName(items, 'vsw'), cidr: '' })}
        renderItem={(i, name) => (
          <div className="grid grid-cols-2 gap-2">
            <TextField
              label={<Labelled row={`vSwitch ${name}`} field="Name" />}
              path={['vpc', 'vswitches', i, 'name']}
            />
            <TextField
              label={<Labelled row={`vSwitch ${name}`} field="CIDR" />}
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
  return (
    <ListSection
      legend="Custom routes"
      noun="route"
      path={['vpc', 'customRoutes']}
      hint="They count against the route quota, together with one route per node."
      newItem={() => ({ destination: '0.0.0.0/0', nextHop: 'nat-gateway' })}
      renderItem={(i) => (
        <div className="grid grid-cols-2 gap-2">
          <TextField
            label={<Labelled row={`Route ${i + 1}`} field="Destination" />}
            path={['vpc', 'customRoutes', i, 'destination']}
          />
          <TextField
            label={<Labelled row={`Route ${i + 1}`} field="Next hop" />}
            path={['vpc', 'customRoutes', i, 'nextHop']}
            placeholder="nat-gateway or instance:NODE"
          />
        </div>
      )}
    />
  );
}

/** The cluster network: cluster CIDR, node mask, service CIDR, ip-masq. */
export function ClusterSection() {
  return (
    <fieldset className={SECTION}>
      <legend className={LEGEND}>Cluster</legend>
      <div className="grid grid-cols-2 gap-2">
        <TextField label="Cluster CIDR" path={['cluster', 'podCidr']} placeholder="172.16.0.0/16" />
        <SelectField
          label="Node mask"
          path={['cluster', 'nodeCidrMaskSize']}
          numeric
          choices={MASKS}
          emptyLabel={`/${DEFAULTS.nodeCidrMaskSize} (${2 ** (32 - DEFAULTS.nodeCidrMaskSize)} addresses, default)`}
          defaultChoice={String(DEFAULTS.nodeCidrMaskSize)}
        />
        <TextField
          label="Service CIDR"
          path={['cluster', 'serviceCidr']}
          optional
          placeholder={`${DEFAULTS.serviceCidr} (default)`}
        />
        <CheckboxField
          label="IP masquerade (ipMasq)"
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
