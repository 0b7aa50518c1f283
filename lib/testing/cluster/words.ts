/**
 * Vocabulary of generated clusters: the words operators' CRDs are made of,
 * so generated kinds, fields and descriptions read like real ones.
 */
import type { Random } from './random';

export const NOUNS = [
  'account', 'action', 'address', 'agent', 'alert', 'annotation', 'backend', 'backup', 'binding', 'bucket', 'budget', 'cache', 'certificate',
  'channel', 'check', 'claim', 'class', 'client', 'cluster', 'component', 'condition', 'config', 'connection', 'consumer', 'container', 'context',
  'controller', 'credential', 'cron', 'database', 'deployment', 'destination', 'device', 'domain', 'driver', 'endpoint', 'engine', 'entry', 'event',
  'exporter', 'filter', 'firewall', 'flow', 'gateway', 'grant', 'handler', 'header', 'health', 'host', 'identity', 'image', 'index', 'ingress',
  'instance', 'integration', 'issuer', 'job', 'key', 'label', 'lease', 'limit', 'listener', 'lock', 'log', 'machine', 'mapping', 'member', 'mesh',
  'metric', 'mirror', 'monitor', 'network', 'node', 'notification', 'object', 'operator', 'origin', 'output', 'owner', 'package', 'parameter',
  'partition', 'peer', 'pipeline', 'plan', 'platform', 'plugin', 'policy', 'pool', 'port', 'probe', 'profile', 'project', 'provider', 'proxy',
  'queue', 'quota', 'receiver', 'record', 'region', 'registry', 'release', 'replica', 'repository', 'request', 'reservation', 'resolver', 'resource',
  'restore', 'revision', 'role', 'route', 'rule', 'run', 'runner', 'scaler', 'schedule', 'scope', 'secret', 'selector', 'sensor', 'server',
  'service', 'session', 'shard', 'sink', 'slot', 'snapshot', 'source', 'stage', 'storage', 'store', 'stream', 'subnet', 'subscription', 'target',
  'task', 'template', 'tenant', 'threshold', 'tier', 'token', 'topic', 'trace', 'trigger', 'tunnel', 'upstream', 'user', 'vault', 'volume',
  'watcher', 'webhook', 'window', 'worker', 'workflow', 'zone',
];

export const QUALIFIERS = [
  'access', 'active', 'auto', 'base', 'cloud', 'cross', 'custom', 'data', 'default', 'edge', 'external', 'global', 'inline', 'internal', 'local',
  'managed', 'max', 'min', 'network', 'primary', 'private', 'public', 'remote', 'retry', 'secondary', 'shared', 'static', 'sync', 'target', 'timeout',
];

export const VENDORS = [
  'acme', 'aurora', 'bluefin', 'cobalt', 'corvid', 'delta', 'ember', 'falcon', 'fjord', 'granite', 'harbor', 'helix', 'indigo', 'juniper',
  'keystone', 'lumen', 'meridian', 'nimbus', 'onyx', 'orbit', 'pioneer', 'quartz', 'rapid', 'sable', 'summit', 'tundra', 'umbra', 'vector',
  'willow', 'zenith',
];

export const TLDS = ['io', 'dev', 'com', 'sh', 'cloud', 'org'];

const VERBS = [
  'configures', 'controls', 'defines', 'describes', 'determines', 'enables', 'holds', 'identifies', 'limits', 'lists', 'overrides', 'references',
  'selects', 'sets', 'specifies', 'tracks',
];
const FILLER = [
  'the', 'a', 'for', 'of', 'when', 'this', 'is', 'used', 'to', 'by', 'and', 'or', 'if', 'not', 'set', 'in', 'each', 'which', 'with', 'must', 'be',
  'will', 'only', 'on', 'that', 'are', 'can', 'defaults', 'applies', 'controller', 'value', 'field', 'otherwise', 'empty', 'unset', 'ignored',
];

export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `max`, `retry`, `count` → `maxRetryCount`. */
export function camel(words: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? w : capitalize(w))).join('');
}

/** A field name of one to three words. */
export function fieldName(random: Random): string {
  const words = random.weighted<number>([
    [1, 4],
    [2, 5],
    [3, 1],
  ]);
  const parts: string[] = [];
  if (words >= 2) parts.push(random.pick(QUALIFIERS));
  if (words >= 3) parts.push(random.pick(NOUNS));
  parts.push(random.pick(NOUNS));
  return camel(parts);
}

/** A sentence of roughly `words` words, for descriptions. */
function sentence(random: Random, words: number, subject: string): string {
  const out = [subject, random.pick(VERBS)];
  while (out.length < words) out.push(random.chance(0.45) ? random.pick(NOUNS) : random.pick(FILLER));
  return `${out.join(' ')}.`;
}

/**
 * A description in the style of controller-gen doc comments: a first
 * sentence naming the field, more sentences, sometimes a second paragraph,
 * a "More info" link or a deprecation note. Lengths are heavy-tailed.
 */
export function description(random: Random, subject: string): string {
  const total = random.skewed(4, 16, 300);
  const sentences: string[] = [];
  let written = 0;
  while (written < total) {
    const length = random.int(6, 22);
    sentences.push(sentence(random, length, sentences.length === 0 ? subject : capitalize(random.pick(FILLER))));
    written += length;
  }
  let text = sentences.join(' ');
  if (total > 60 && random.chance(0.4)) text = text.replace(/\. (\S)/, '.\n\n$1');
  if (random.chance(0.12)) text += ` More info: https://docs.example.com/${random.pick(NOUNS)}s#${random.pick(NOUNS)}`;
  return text;
}
