/**
 * A generated cluster's CustomResourceDefinitions, from a seed: API groups of
 * made-up vendors with several kinds each, one to four versions per kind
 * (alpha → beta → stable, older ones deprecated or no longer served), status
 * and scale subresources, short names and categories, and schemas from
 * schemas.ts. Deterministic: the same options give the same CRDs.
 */
import type { CrdVersion, CustomResourceDefinition } from '../../lib/crd/types';
import { Random } from './random';
import { evolveSchema, generateSchema } from './schemas';
import { capitalize, NOUNS, QUALIFIERS, TLDS, VENDORS } from './words';

export interface ClusterOptions {
  /** How many CRDs. */
  crds: number;
  /** Seed of the generator: the same seed gives the same cluster. */
  seed: number;
}

export interface GeneratedCrds {
  crds: CustomResourceDefinition[];
  /**
   * Groups an aggregated API server serves instead of apiextensions (their
   * resources are read-only, as metrics-style APIs are); see snapshot.ts.
   */
  aggregatedGroups: string[];
  /** "group/version"s whose aggregated API server is down: `Stale` in aggregated discovery. */
  stale: string[];
}

const VERSION_LADDER = ['v1alpha1', 'v1alpha2', 'v1beta1', 'v1beta2', 'v1', 'v2beta1', 'v2'];

export function pluralOf(kind: string): string {
  const lower = kind.toLowerCase();
  if (/(s|x|ch|sh)$/.test(lower)) return `${lower}es`;
  if (/[^aeiou]y$/.test(lower)) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

function groupNames(random: Random, count: number): string[] {
  const names = new Set<string>();
  for (let i = 0; names.size < count; i++) {
    const vendor = `${random.pick(VENDORS)}${i >= VENDORS.length * 4 ? i : ''}`;
    names.add(`${random.pick(NOUNS)}.${vendor}.${random.pick(TLDS)}`);
  }
  return [...names].sort();
}

function versionsOf(random: Random, kind: string): CrdVersion[] {
  const count = random.weighted<number>([
    [1, 35],
    [2, 35],
    [3, 20],
    [4, 10],
  ]);
  const end = random.int(count - 1, VERSION_LADDER.length - 1);
  const names = VERSION_LADDER.slice(end - count + 1, end + 1);
  const shape = { specFields: random.skewed(2, 6, 200), maxDepth: random.int(1, 5) };
  let schema = generateSchema(random, kind, shape);
  const status = random.chance(0.8);
  const scale = random.chance(0.12);
  const versions = names.map((name, index): CrdVersion => {
    if (index > 0) schema = evolveSchema(random, schema, shape.maxDepth);
    const newest = index === names.length - 1;
    const deprecated = !newest && random.chance(0.3);
    return {
      name,
      served: newest || index > 0 || names.length < 3 || random.chance(0.6),
      storage: newest,
      ...(deprecated ? { deprecated: true, deprecationWarning: `${names[0]} ${kind} is deprecated; use ${names.at(-1)}` } : {}),
      schema: { openAPIV3Schema: schema },
      ...(status || scale
        ? {
            subresources: {
              ...(status ? { status: {} } : {}),
              ...(scale
                ? { scale: { specReplicasPath: '.spec.replicas', statusReplicasPath: '.status.replicas', labelSelectorPath: '.status.selector' } }
                : {}),
            },
          }
        : {}),
    };
  });
  // Newest first, as most CRD manifests list them.
  return versions.reverse();
}

/** Generates the CRDs of a cluster (see the module comment). */
export function generateCrds(options: ClusterOptions): GeneratedCrds {
  const random = new Random(options.seed);
  const groups = groupNames(random, Math.max(1, Math.round(options.crds / 6)));
  const kindsByGroup = new Map<string, Set<string>>();
  const crds: CustomResourceDefinition[] = [];
  for (let i = 0; i < options.crds; i++) {
    // Every group gets a kind first; then groups fill up unevenly, as real ones do.
    const group = i < groups.length ? groups[i]! : groups[Math.floor(random.next() ** 1.6 * groups.length)]!;
    const kinds = kindsByGroup.get(group) ?? new Set<string>();
    kindsByGroup.set(group, kinds);
    let kind = '';
    for (let tries = 0; kind === '' || kinds.has(kind); tries++) {
      kind = `${random.chance(0.5) ? capitalize(random.pick(QUALIFIERS)) : ''}${capitalize(random.pick(NOUNS))}${tries > 20 ? tries : ''}`;
    }
    kinds.add(kind);
    const plural = pluralOf(kind);
    // Each CRD draws from its own generator: one CRD's size does not shift the next one's names.
    const own = random.fork();
    crds.push({
      apiVersion: 'apiextensions.k8s.io/v1',
      kind: 'CustomResourceDefinition',
      metadata: { name: `${plural}.${group}` },
      spec: {
        group,
        names: {
          plural,
          singular: kind.toLowerCase(),
          kind,
          listKind: `${kind}List`,
          ...(own.chance(0.35) ? { shortNames: [kind.replace(/[a-z]/g, '').toLowerCase() + own.int(1, 99)] } : {}),
          ...(own.chance(0.3) ? { categories: [group.split('.')[1]!, 'all'] } : {}),
        },
        scope: own.chance(0.8) ? 'Namespaced' : 'Cluster',
        versions: versionsOf(own, kind),
      },
    });
  }
  const aggregatedGroups = groups.filter((_, i) => i % 30 === 7);
  const firstAggregated = aggregatedGroups[0];
  const staleVersion = crds.find((c) => c.spec.group === firstAggregated)?.spec.versions.find((v) => v.served)?.name;
  return {
    crds,
    aggregatedGroups,
    stale: firstAggregated && staleVersion && aggregatedGroups.length > 1 ? [`${firstAggregated}/${staleVersion}`] : [],
  };
}
