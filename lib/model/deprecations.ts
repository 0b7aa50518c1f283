/**
 * Finds what the documents themselves mark as deprecated: definitions
 * ("ComponentStatus … Deprecated: This API is deprecated in v1.19+") and
 * fields ("Deprecated: Use serviceAccountName instead."), with the version
 * and replacement when the text names them, plus resources served in a
 * group-version upstream Kubernetes has removed in a later release.
 */
import { DEPRECATED, saysDeprecated } from './deprecation-text';
import { knownRemoval } from './known-removals';
import { shortDefinitionName } from './schema-types';
import type { ApiModel, GroupVersionKind } from './types';

export interface DeprecationNotice {
  /** `definition`: a whole type; `field`: one property of a type; `removal`: a resource in a group-version upstream removes. */
  subject: 'definition' | 'field' | 'removal';
  /** `io.k8s.api.core.v1.PodSpec` for definitions and fields; the group-version for removals. */
  definition: string;
  /** Property name for fields; resource name for removals. */
  name?: string;
  /** The sentence that says it is deprecated. */
  text: string;
  /** `v1.19` when the text says "deprecated in v1.19+" or "since 1.22". */
  since?: string;
  /** `v1.32` when the text or the known-removals table says so. */
  removedIn?: string;
  /** What to use instead, when known. */
  replacement?: string;
  /** A removal: the resource served here that upstream removed. */
  resource?: { group: string; version: string; name: string };
  /** Kinds whose schema this definition is. */
  kinds: GroupVersionKind[];
}

/**
 * The sentence around the first deprecation phrase, whitespace collapsed, at
 * most 300 characters. A phrase that opens a sentence ("Deprecated: …",
 * "This API is deprecated …") starts the excerpt even without a full stop
 * before it, as in `set this to "Proposed" Deprecated: Resize status…`.
 */
function sentenceWith(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let at = Number.POSITIVE_INFINITY;
  let opensSentence = false;
  for (const pattern of DEPRECATED) {
    const match = pattern.exec(flat);
    if (match && match.index < at) {
      const lead = match[0].search(/\S/);
      at = match.index + Math.max(lead, 0);
      opensSentence = /^(?:Deprecated|DEPRECATED|This)\b/.test(flat.slice(at));
    }
  }
  if (!Number.isFinite(at)) return flat.slice(0, 300);
  const boundary = flat.lastIndexOf('. ', at);
  const start = opensSentence ? at : boundary < 0 ? 0 : boundary + 2;
  const endBoundary = flat.indexOf('. ', at + 12);
  const sentence = flat.slice(start, endBoundary < 0 ? flat.length : endBoundary + 1);
  return sentence.length > 300 ? `${sentence.slice(0, 299)}…` : sentence;
}

function version(text: string, pattern: RegExp): string | undefined {
  const match = pattern.exec(text);
  if (!match?.[1]) return undefined;
  return match[1].startsWith('v') ? match[1] : `v${match[1]}`;
}

function facts(text: string): Pick<DeprecationNotice, 'since' | 'removedIn' | 'replacement'> {
  const since = version(text, /deprecated (?:in|since) (v?\d+\.\d+)/i);
  const removedIn = version(text, /(?:will be |is |was )?removed in (v?\d+\.\d+)/i);
  const replacement = /\b[Uu]se (`?[\w./-]+`?) instead\b/.exec(text)?.[1]?.replace(/`/g, '');
  return { ...(since ? { since } : {}), ...(removedIn ? { removedIn } : {}), ...(replacement ? { replacement } : {}) };
}

/** Every deprecation the model's documents state, plus known upstream removals; sorted, deterministic. */
export { saysDeprecated };

export function findDeprecations(model: ApiModel): DeprecationNotice[] {
  const notices: DeprecationNotice[] = [];
  for (const name of Object.keys(model.definitions).sort()) {
    const schema = model.definitions[name];
    // A malformed document can hold null or a string where a schema belongs.
    if (typeof schema !== 'object' || schema === null) continue;
    const kinds = model.kindsByDefinition[name] ?? [];
    if (typeof schema.description === 'string' && saysDeprecated(schema.description)) {
      notices.push({
        subject: 'definition',
        definition: name,
        text: sentenceWith(schema.description),
        ...facts(schema.description),
        kinds,
      });
    }
    for (const [property, raw] of Object.entries(schema.properties ?? {})) {
      const description = (raw as { description?: unknown } | null)?.description;
      if (typeof description !== 'string' || !saysDeprecated(description)) continue;
      notices.push({
        subject: 'field',
        definition: name,
        name: property,
        text: sentenceWith(description),
        ...facts(description),
        kinds,
      });
    }
  }
  for (const group of model.groups) {
    for (const gv of group.versions) {
      for (const resource of gv.resources) {
        const removal = knownRemoval(gv.groupVersion, resource.name);
        if (!removal) continue;
        notices.push({
          subject: 'removal',
          definition: gv.groupVersion,
          name: resource.name,
          text: `${gv.groupVersion} ${resource.kind || resource.name} is no longer served as of Kubernetes ${removal.removedIn}.`,
          removedIn: removal.removedIn,
          replacement: removal.replacement,
          resource: { group: resource.group, version: resource.version, name: resource.name },
          kinds: [{ group: resource.group, version: resource.version, kind: resource.kind }],
        });
      }
    }
  }
  return notices;
}

/** A short label for a notice's subject: `PodSpec.serviceAccount`, `ComponentStatus`, `batch/v1beta1 cronjobs`. */
export function noticeLabel(notice: DeprecationNotice): string {
  if (notice.subject === 'removal') return `${notice.definition} ${notice.name}`;
  const type = shortDefinitionName(notice.definition);
  return notice.subject === 'field' ? `${type}.${notice.name}` : type;
}
