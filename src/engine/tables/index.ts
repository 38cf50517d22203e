/** Tables as data: the artifacts print them, the packet engine looks things up in them. */

export { bridgeFdb, type FdbEntry, fdbLookup } from './fdb.ts';
export {
  formatLocalRoute,
  type LocalRoute,
  lookupLocal,
  nodeLocalRoutes,
  podLocalRoutes,
} from './local-routes.ts';
export {
  type AddressMatch,
  CNI_NETWORK,
  cniChain,
  evaluateNat,
  formatNatRule,
  type NatChain,
  type NatDecision,
  type NatRule,
  natChains,
  natRuleMatches,
  natRules,
} from './nat-rules.ts';
export {
  formatRoute,
  lookupRoute,
  nodeRoutes,
  podRoutes,
  type Route,
  routeCells,
  routeKey,
} from './routes.ts';
export { formatSnatEntry, type SnatEntry, snatEntries } from './snat.ts';
export { formatVpcRoute } from './vpc-routes.ts';
