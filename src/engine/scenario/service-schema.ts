/**
 * The `services` list of a scenario file (DESIGN.md §3.5): Services of type ClusterIP or
 * NodePort, their ports and the pods behind them. What a schema cannot say (pods that exist,
 * addresses inside the service CIDR, duplicates) is checked by validate-services.ts.
 */
import * as v from 'valibot';
import { fileShape } from '../messages/en/fileShape.ts';
import { type Message, type MessageParams, message } from '../messages/message.ts';
import { MAX_SERVICES } from './limits.ts';
import { nameText } from './names.ts';
import { ipAddress } from './net-input.ts';
import { boundedList, closedObject, missingHints, oneOf, quote, text, wholeNumber } from './read-json.ts';

export const SERVICE_TYPES = ['ClusterIP', 'NodePort'] as const;
export const SERVICE_PROTOCOLS = ['TCP', 'UDP'] as const;

const say = (id: keyof typeof fileShape, params?: MessageParams): Message => message(fileShape, id, params);
const port = (what: keyof typeof fileShape) => wholeNumber(1, 65535, say('portRange', { what: say(what) }));

const SERVICE_PORT = closedObject(
  {
    // NOTE: a port name is a DNS-1123 label, required once a Service has more than one port
    // (kubernetes pkg/apis/core/validation validateServicePort).
    name: v.optional(nameText('label')),
    port: port('theServicePort'),
    targetPort: port('theTargetPort'),
    protocol: v.optional(
      oneOf(SERVICE_PROTOCOLS, (p) => say('notProtocol', { protocol: quote(p) })),
      'TCP',
    ),
    nodePort: v.optional(port('theNodePort')),
  },
  {
    what: say('aServicePort'),
    missing: missingHints({ port: say('servicePort'), targetPort: say('serviceTargetPort') }),
  },
);

export const SERVICE = closedObject(
  {
    // NOTE: Service names are DNS-1035 labels (ValidateServiceName); the engine reads them as
    // DNS-1123 labels, which differ only in allowing a leading digit.
    name: nameText('label'),
    namespace: v.optional(nameText('label'), 'default'),
    type: v.optional(
      oneOf(SERVICE_TYPES, (t) => say('notServiceType', { type: quote(t) })),
      'ClusterIP',
    ),
    clusterIp: v.optional(ipAddress()),
    ports: boundedList(SERVICE_PORT, {
      what: say('ports'),
      max: 100,
      empty: say('noPorts'),
    }),
    endpoints: v.optional(boundedList(text(), { what: say('endpoints'), max: 1000 }), []),
  },
  {
    what: say('aService'),
    missing: missingHints({
      name: say('serviceNameNeeded'),
      ports: say('servicePorts', { example: '[{ "port": 80, "targetPort": 8080 }]' }),
    }),
  },
);

export const SERVICES = boundedList(SERVICE, { what: say('services'), max: MAX_SERVICES });
