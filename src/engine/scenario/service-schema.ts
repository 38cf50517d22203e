/**
 * The `services` list of a scenario file (DESIGN.md §3.5): Services of type ClusterIP or
 * NodePort, their ports and the pods behind them. What a schema cannot say (pods that exist,
 * addresses inside the service CIDR, duplicates) is checked by validate-services.ts.
 */
import * as v from 'valibot';
import { MAX_SERVICES } from './limits.ts';
import { nameText } from './names.ts';
import { ipAddress } from './net-input.ts';
import { boundedList, closedObject, missingHints, oneOf, quote, text, wholeNumber } from './read-json.ts';

export const SERVICE_TYPES = ['ClusterIP', 'NodePort'] as const;
export const SERVICE_PROTOCOLS = ['TCP', 'UDP'] as const;

const port = (what: string) =>
  wholeNumber(1, 65535, `${what} is a whole number from 1 to 65535 (a TCP or UDP port)`);

const SERVICE_PORT = closedObject(
  {
    // NOTE: a port name is a DNS-1123 label, required once a Service has more than one port
    // (kubernetes pkg/apis/core/validation validateServicePort).
    name: v.optional(nameText('label')),
    port: port('the Service port'),
    targetPort: port('the target port'),
    protocol: v.optional(
      oneOf(SERVICE_PROTOCOLS, (p) => `${quote(p)} is not a protocol; use "TCP" (the default) or "UDP"`),
      'TCP',
    ),
    nodePort: v.optional(port('the node port')),
  },
  {
    what: 'a Service port',
    missing: missingHints({
      port: 'a Service port needs its port, e.g. 80',
      targetPort: "a Service port needs the pods' port, e.g. 8080",
    }),
  },
);

export const SERVICE = closedObject(
  {
    // NOTE: Service names are DNS-1035 labels (ValidateServiceName); the engine reads them as
    // DNS-1123 labels, which differ only in allowing a leading digit.
    name: nameText('label'),
    namespace: v.optional(nameText('label'), 'default'),
    type: v.optional(
      oneOf(
        SERVICE_TYPES,
        (t) => `${quote(t)} is not a Service type; use "ClusterIP" (the default) or "NodePort"`,
      ),
      'ClusterIP',
    ),
    clusterIp: v.optional(ipAddress()),
    ports: boundedList(SERVICE_PORT, {
      what: 'ports',
      max: 100,
      empty: 'is empty; a Service needs at least one port',
    }),
    endpoints: v.optional(boundedList(text(), { what: 'endpoints', max: 1000 }), []),
  },
  {
    what: 'a Service',
    missing: missingHints({
      name: 'every Service needs a name',
      ports: 'a Service needs its ports, e.g. [{ "port": 80, "targetPort": 8080 }]',
    }),
  },
);

export const SERVICES = boundedList(SERVICE, { what: 'services', max: MAX_SERVICES });
