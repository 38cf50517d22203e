import { describe, expect, it } from 'vitest';
import { FLANNEL_BACKENDS } from './defaults.ts';
import { scenarioJsonSchema } from './json-schema.ts';
import { MAX_NODES, MAX_ROUTE_QUOTA, NODE_MASK_MAX, NODE_MASK_MIN } from './limits.ts';
import { parseScenario } from './parse.ts';
import { PRESET_NAMES, PRESETS } from './presets.ts';
import { DEFAULTS, FAULT_KINDS } from './types.ts';

type Schema = { readonly [key: string]: unknown };
type Json = unknown;
const SCENARIO_SCHEMA = scenarioJsonSchema();
/** The generated schema's node at `keys`. */
const at = (...keys: string[]): unknown =>
  keys.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], SCENARIO_SCHEMA);

/** A small subset of JSON Schema, enough for this schema: enough to find a preset it refuses. */
function check(schema: Schema, value: Json, path: string, errors: string[]): void {
  const type = schema.type;
  if (type === 'object') {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      return void errors.push(`${path}: not an object`);
    const props = (schema.properties ?? {}) as Record<string, Schema>;
    for (const key of (schema.required ?? []) as string[])
      if (!(key in value)) errors.push(`${path}.${key}: required`);
    for (const [key, v] of Object.entries(value)) {
      const sub = props[key];
      if (sub) check(sub, v, `${path}.${key}`, errors);
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not allowed`);
    }
  } else if (type === 'array') {
    if (!Array.isArray(value)) return void errors.push(`${path}: not an array`);
    if (typeof schema.minItems === 'number' && value.length < schema.minItems)
      errors.push(`${path}: too few`);
    if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
      errors.push(`${path}: too many`);
    if (schema.uniqueItems && new Set(value.map((v) => JSON.stringify(v))).size !== value.length)
      errors.push(`${path}: not unique`);
    for (const [i, item] of value.entries()) check(schema.items as Schema, item, `${path}[${i}]`, errors);
  } else if (type === 'string') {
    if (typeof value !== 'string') return void errors.push(`${path}: not a string`);
    if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
      errors.push(`${path}: ${value} does not match`);
    if (typeof schema.maxLength === 'number' && value.length > schema.maxLength)
      errors.push(`${path}: too long`);
  } else if (type === 'integer') {
    if (!Number.isInteger(value)) return void errors.push(`${path}: not an integer`);
    const n = value as number;
    if ((schema.minimum as number) > n || (schema.maximum as number) < n)
      errors.push(`${path}: out of range`);
  } else if (type === 'boolean' && typeof value !== 'boolean') errors.push(`${path}: not a boolean`);
  if (Array.isArray(schema.enum) && !schema.enum.includes(value)) errors.push(`${path}: not in enum`);
}

function schemaErrors(value: Json): string[] {
  const errors: string[] = [];
  check(SCENARIO_SCHEMA as Schema, value, '', errors);
  return errors;
}

/** Every object the schema describes, with where it sits in a scenario (array items at [0]). */
function objectSchemas(schema: Schema, path: (string | number)[] = []): [(string | number)[], Schema][] {
  if (schema.type === 'array') return objectSchemas(schema.items as Schema, [...path, 0]);
  if (schema.type !== 'object') return [];
  const props = Object.entries((schema.properties ?? {}) as Record<string, Schema>);
  return [[path, schema], ...props.flatMap(([key, sub]) => objectSchemas(sub, [...path, key]))];
}

const pathText = (path: (string | number)[]) =>
  path
    .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '');

/** The article with every optional part present, so that every object exists somewhere. */
const full = () =>
  structuredClone({
    ...(PRESETS.article as object),
    faults: [{ kind: 'flanneld-down', node: 'node-a' }],
  }) as Record<string, unknown>;

describe('scenario JSON Schema', () => {
  it.each(PRESET_NAMES)('accepts the %s preset', (name) => {
    expect(schemaErrors(PRESETS[name])).toEqual([]);
  });

  it('accepts the fullest scenario, and refuses what it should', () => {
    expect(schemaErrors(full())).toEqual([]);
    expect(schemaErrors({ ...full(), nodes: [] })).toEqual(['.nodes: too few']);
    expect(schemaErrors({ ...full(), extra: 1 })).toEqual(['.extra: not allowed']);
    const { vpc: _, ...noVpc } = full();
    expect(schemaErrors(noVpc)).toEqual(['.vpc: required']);
  });

  it('has exactly the keys the validator accepts, for every object', () => {
    const STRANGER = 'zzzqqqxxyy';
    const places = objectSchemas(SCENARIO_SCHEMA as Schema);
    expect(places.map(([path]) => pathText(path))).toHaveLength(12);
    for (const [path, schema] of places) {
      // With the Services preset's pods and Services, so that a Service and its port exist.
      const { pods, services } = structuredClone(PRESETS.services as { pods: unknown; services: unknown });
      const doc = { ...full(), pods, services };
      let target: Record<string, unknown> = doc;
      for (const step of path)
        target = (target as Record<string | number, Record<string, unknown>>)[step] ?? {};
      target[STRANGER] = 1;
      const result = parseScenario(doc);
      const at = `${pathText(path)}${path.length ? '.' : ''}${STRANGER}`;
      const error = result.ok ? undefined : result.errors.find((e) => e.path === at);
      const allowed = error?.message.split('the keys allowed here are ')[1]?.split(', ') ?? [];
      expect(allowed.sort(), at).toEqual(Object.keys(schema.properties as object).sort());
    }
  });

  it('has, for each CNI plugin, exactly the keys the validator accepts', () => {
    const options = at('properties', 'cluster', 'properties', 'cni', 'oneOf') as Schema[];
    expect(options).toHaveLength(2);
    for (const option of options) {
      const plugin = (option.properties as Record<string, Schema>).plugin?.const;
      const cni = { plugin, backend: 'vxlan', zzzqqqxxyy: 1 };
      const result = parseScenario({ ...full(), cluster: { podCidr: '172.16.0.0/16', cni } });
      const error = result.ok ? undefined : result.errors.find((e) => e.path === 'cluster.cni.zzzqqqxxyy');
      const allowed = error?.message.split('the keys allowed here are ')[1]?.split(', ') ?? [];
      expect(allowed.sort(), String(plugin)).toEqual(Object.keys(option.properties as object).sort());
    }
    expect(
      at('properties', 'cluster', 'properties', 'cni', 'oneOf', '0', 'properties', 'backend', 'enum'),
    ).toEqual(FLANNEL_BACKENDS);
  });

  it('takes its limits, enums and defaults from the validator constants', () => {
    expect(at('properties', 'nodes', 'maxItems')).toBe(MAX_NODES);
    expect(at('properties', 'vpc', 'properties', 'routeQuota')).toMatchObject({
      maximum: MAX_ROUTE_QUOTA,
      default: DEFAULTS.routeQuota,
    });
    expect(at('properties', 'cluster', 'properties', 'nodeCidrMaskSize')).toMatchObject({
      minimum: NODE_MASK_MIN,
      maximum: NODE_MASK_MAX,
    });
    expect(at('properties', 'faults', 'items', 'properties', 'kind', 'enum')).toEqual(FAULT_KINDS);
  });

  it.each([
    ['node-z', true],
    ['a', true],
    ['Node-A', false],
    ['-a', false],
    ['a_b', false],
    ['<b>x</b>', false],
    ['cn-hangzhou.192.168.0.10', true],
    ['a..b', false],
    ['x'.repeat(254), false],
  ])('agrees with the validator on the node name %s', (name, valid) => {
    const doc = full();
    (doc.nodes as { name: string }[])[2] = { name };
    const pods = (doc.pods as { node: string }[]).filter((p) => p.node !== 'node-b');
    const faults: unknown[] = [];
    expect(parseScenario({ ...doc, pods, faults }).ok).toBe(valid);
    expect(schemaErrors({ ...doc, pods, faults }).length === 0).toBe(valid);
  });
});
