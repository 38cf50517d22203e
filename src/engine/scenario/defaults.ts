/**
 * The fault kinds and the documented defaults of a scenario file, apart from the schema that
 * reads them (schema.ts), so that the first load can use them without the validator.
 */
import { ROUTE_QUOTA } from '../versions.ts';

export const FAULT_KINDS = [
  'vpc-route-deleted',
  'flanneld-down',
  'masquerade-rules-missing',
  'cni0-down',
] as const;

export const DEFAULTS = {
  title: 'Untitled scenario',
  routeQuota: ROUTE_QUOTA,
  nodeCidrMaskSize: 24,
  ipMasq: true,
  serviceCidr: '172.21.0.0/20',
  role: 'worker',
  containers: ['app'],
} as const;
