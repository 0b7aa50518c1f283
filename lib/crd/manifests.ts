/**
 * Reads CRDs out of manifest files as an operator keeps them: YAML or JSON,
 * several documents per file (`---`), `List`s of objects (`kubectl get crd
 * -o yaml`), mixed with other objects (a Helm chart's Deployments, RBAC...).
 * Other objects are ignored and counted; a document that does not parse, or
 * claims to be a CRD but is not a valid one, is an error naming the file and
 * line, and the file's other documents still count. Pure: text in, CRDs out.
 */
import { LineCounter, parseAllDocuments } from 'yaml';
import { describeError } from '../errors';
import { validateCrd } from './parse';
import type { CustomResourceDefinition } from './types';

/** One CRD and where it was read. */
export interface CrdFromFile {
  crd: CustomResourceDefinition;
  /** The file as the caller named it (`crds/cert-manager.yaml`). */
  file: string;
  /** 1-based line its object starts at (its first key). */
  line: number;
}

/** A document that is not an `apiextensions.k8s.io/v1` CRD. */
export interface IgnoredDocument {
  file: string;
  line: number;
  /** `apps/v1 Deployment`; `apiextensions.k8s.io/v1beta1 CustomResourceDefinition` (removed in 1.22) is ignored too. */
  what: string;
}

export interface ManifestError {
  file: string;
  line?: number;
  message: string;
}

export interface ManifestContents {
  crds: CrdFromFile[];
  ignored: IgnoredDocument[];
  errors: ManifestError[];
}

const LIST_KINDS = new Set(['List', 'CustomResourceDefinitionList']);

function describeObject(value: unknown): string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
  const { apiVersion, kind } = value as { apiVersion?: unknown; kind?: unknown };
  return [typeof apiVersion === 'string' ? apiVersion : '(no apiVersion)', typeof kind === 'string' ? kind : '(no kind)'].join(' ');
}

/** Sorts one parsed value (a document, or an item of a List) into CRDs, ignored objects and errors. */
function collect(value: unknown, file: string, line: number, where: string, out: ManifestContents): void {
  const object = value as { apiVersion?: unknown; kind?: unknown; items?: unknown } | null;
  if (object && typeof object === 'object' && typeof object.kind === 'string' && LIST_KINDS.has(object.kind) && Array.isArray(object.items)) {
    object.items.forEach((item, i) => collect(item, file, line, `${where}, items[${i}]`, out));
    return;
  }
  if (object?.apiVersion === 'apiextensions.k8s.io/v1' && object.kind === 'CustomResourceDefinition') {
    try {
      out.crds.push({ crd: validateCrd(value, `${file}:${line}${where}`), file, line });
    } catch (error) {
      out.errors.push({ file, line, message: describeError(error) });
    }
    return;
  }
  out.ignored.push({ file, line, what: describeObject(value) });
}

/**
 * The CRDs, other objects and errors of one manifest file's text. JSON is
 * read by the YAML parser (JSON is YAML), so both give line numbers.
 */
export function readManifestText(text: string, file: string): ManifestContents {
  const out: ManifestContents = { crds: [], ignored: [], errors: [] };
  const lineCounter = new LineCounter();
  const documents = parseAllDocuments(text, { lineCounter });
  // A stream that does not parse at all gives one EmptyStream-like result with no documents.
  for (const [index, document] of (Array.isArray(documents) ? documents : []).entries()) {
    // The line of the object's first key (comments and `---` above it are not the object).
    const line = lineCounter.linePos(document.contents?.range[0] ?? document.range[0]).line;
    const where = documents.length > 1 ? ` (document ${index + 1})` : '';
    const syntax = document.errors[0];
    if (syntax) {
      const at = syntax.linePos?.[0];
      out.errors.push({
        file,
        line: at?.line ?? line,
        message: `${file}:${at ? `${at.line}:${at.col}` : line}${where}: not valid YAML or JSON: ${syntax.message.split('\n')[0]}`,
      });
      continue;
    }
    let value: unknown;
    try {
      value = document.toJS({ maxAliasCount: 1000 });
    } catch (cause) {
      // The yaml library refuses alias bombs ("billion laughs") with a ReferenceError.
      out.errors.push({ file, line, message: `${file}:${line}${where}: cannot be read: ${(cause as Error).message}` });
      continue;
    }
    if (value === null || value === undefined) continue;
    collect(value, file, line, where, out);
  }
  return out;
}

/** The counts a page or log line says: `27 CRDs from 12 files; 3 other documents ignored (2 apps/v1 Deployment, 1 v1 Service)`. */
export function describeManifests(contents: ManifestContents, files: number): string {
  const byWhat = new Map<string, number>();
  for (const { what } of contents.ignored) byWhat.set(what, (byWhat.get(what) ?? 0) + 1);
  const ignored = [...byWhat.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `${plural(contents.crds.length, 'CRD')} from ${plural(files, 'file')}` +
    (contents.ignored.length > 0 ? `; ${plural(contents.ignored.length, 'other document')} ignored (${ignored})` : '') +
    (contents.errors.length > 0 ? `; ${plural(contents.errors.length, 'error')}` : '')
  );
}
