'use client';

import { createContext, useContext, useRef, useSyncExternalStore } from 'react';
import { useClusterPrefix } from '@/components/clusters/ClusterPrefix.client';
import { AppLink } from '@/components/ui/AppLink';
import { CopyButton } from '@/components/ui/CopyButton.client';
import { Description } from '@/components/ui/Description';
import { explainFor, type ExplainParts } from '@/lib/model/kubectl';
import { ValidationRules } from './Constraints';
import { definitionPath } from '@/lib/site/urls';
import type { FieldNode } from '@/lib/model/schema';
import { shortDefinitionName } from '@/lib/model/schema-types';

/** Readable names for the schema hints the API server publishes. */
const HINT_LABELS: Record<string, string> = {
  'x-kubernetes-list-type': 'list type',
  'x-kubernetes-list-map-keys': 'list map keys',
  'x-kubernetes-map-type': 'map type',
  'x-kubernetes-patch-strategy': 'patch strategy',
  'x-kubernetes-patch-merge-key': 'patch merge key',
  'x-kubernetes-int-or-string': 'int or string',
  'x-kubernetes-preserve-unknown-fields': 'preserves unknown fields',
  'x-kubernetes-embedded-resource': 'embedded resource',
  'x-kubernetes-validations': 'validation rules',
  'x-kubernetes-unions': 'unions',
};

function Hints({ node }: { node: FieldNode }) {
  const facts: Array<{ key: string; label: string; value: string }> = [];
  if (node.format) facts.push({ key: 'format', label: 'format', value: node.format });
  if (node.default !== undefined) facts.push({ key: 'default', label: 'default', value: node.default });
  for (const hint of node.hints ?? []) facts.push({ key: hint.key, label: HINT_LABELS[hint.key] ?? hint.key, value: hint.value });
  if (facts.length === 0 && !node.enum) return null;
  return (
    <dl className="hints">
      {facts.map((fact) => (
        <div key={fact.key} className="hint" title={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.key === 'x-kubernetes-validations' ? <ValidationRules value={fact.value} /> : <code>{fact.value}</code>}</dd>
        </div>
      ))}
      {node.enum ? (
        <div className="hint" title="enum">
          <dt>enum</dt>
          <dd className="enum">
            {node.enum.map((value) => (
              <code key={value}>{value}</code>
            ))}
          </dd>
        </div>
      ) : null}
    </dl>
  );
}

/** What a tree of a resource's fields adds: `kubectl explain` per field and links to field views. */
export interface ResourceTreeContext {
  /** `kubectl explain deployment` … ` --api-version=autoscaling/v1`: the field path goes between. */
  explain: ExplainParts;
  /** The resource page's path; field views are at `${resourceHref}/fields/PATH`. */
  resourceHref: string;
}

const ResourceContext = createContext<ResourceTreeContext | undefined>(undefined);

const noSubscription = () => () => {};

/**
 * True once hydrated. The explain lines render only then: they are derived
 * from the path, and 300 of them would add ~50 KB to the Pod page's HTML for
 * a convenience that needs JavaScript to copy anyway.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

function Explain({ path }: { path: string }) {
  const context = useContext(ResourceContext);
  const hydrated = useHydrated();
  if (!context || !hydrated) return null;
  const command = explainFor(context.explain, path);
  return (
    <p className="explain">
      <code>{command}</code>
      <CopyButton text={command} />
    </p>
  );
}

function Stop({ node }: { node: FieldNode }) {
  const clusterPrefix = useClusterPrefix();
  const stop = node.stop;
  const context = useContext(ResourceContext);
  if (!stop) return null;
  const definition = stop.definition ? (
    <AppLink clusterPrefix={clusterPrefix} href={definitionPath(stop.definition)}>
      {shortDefinitionName(stop.definition)}
    </AppLink>
  ) : null;
  // The view that shows this field's own children, at this path: the link a deep link below here follows (FieldTarget).
  const view =
    context && stop.view !== undefined ? (
      <AppLink clusterPrefix={clusterPrefix} data-view-link="" href={`${context.resourceHref}/fields/${stop.view}`}>
        {stop.view === node.path ? `open ${node.path}` : `the same as ${stop.view}`}
      </AppLink>
    ) : null;
  if (stop.reason === 'limit') {
    return view ? (
      <p className="field-stop">
        Nested fields: {view}
        {definition ? <> ({definition})</> : null}.
      </p>
    ) : (
      <p className="field-stop">Nested fields: see {definition ?? 'the definition'}.</p>
    );
  }
  const target = stop.path ? <a href={`#${stop.path}`}>{stop.path}</a> : <span>the top of this object</span>;
  return (
    <p className="field-stop">
      {stop.reason === 'cycle' ? '↻ Recursive: ' : ''}Same fields as {target} ({definition}){view ? <>: {view}</> : null}.
    </p>
  );
}

function TypeLabel({ node }: { node: FieldNode }) {
  const clusterPrefix = useClusterPrefix();
  if (!node.definition) return <span className="field-type">{node.type}</span>;
  return (
    <AppLink clusterPrefix={clusterPrefix} className="field-type" href={definitionPath(node.definition)}>
      {node.type}
    </AppLink>
  );
}

function Field({ node }: { node: FieldNode }) {
  const summary = (
    <>
      {/* A link inside <summary> navigates without toggling; FieldTarget opens the target. */}
      <a className="field-name" href={`#${node.path}`}>
        {node.name}
      </a>
      <TypeLabel node={node} />
      {node.required ? <span className="field-required">required</span> : null}
      {node.deprecated ? <span className="tag tag-deprecated">deprecated</span> : null}
    </>
  );
  const body = (
    <div className="field-body">
      <Description text={node.description} />
      <Explain path={node.path} />
      <Hints node={node} />
      <Stop node={node} />
      {node.children ? <FieldList nodes={node.children} /> : null}
    </div>
  );
  const expandable = node.children !== undefined && node.children.length > 0;
  return (
    <li id={node.path} className="field" data-view={node.stop?.view}>
      {expandable ? (
        <details>
          <summary>{summary}</summary>
          {body}
        </details>
      ) : (
        <div className="field-leaf">
          <div className="field-summary">{summary}</div>
          {body}
        </div>
      )}
    </li>
  );
}

function FieldList({ nodes }: { nodes: readonly FieldNode[] }) {
  return (
    <ul className="fields">
      {nodes.map((node) => (
        <Field key={node.name} node={node} />
      ))}
    </ul>
  );
}

/**
 * A schema as nested fields. Objects fold with details/summary, so the tree
 * works without JavaScript; each field's id is its dotted path, the deep
 * link `#spec.template.spec.containers` (see FieldTarget for the rest).
 *
 * A client component on purpose: the page then carries the tree once as data
 * (the props) plus its HTML, instead of the HTML plus a server-rendered
 * element tree that is larger than the data. That keeps the Pod page small.
 */
export function FieldTree({ fields, resource }: { fields: readonly FieldNode[]; resource?: ResourceTreeContext }) {
  const tree = useRef<HTMLDivElement>(null);
  if (fields.length === 0) return <p className="muted">This schema has no fields.</p>;
  const setAll = (open: boolean) => tree.current?.querySelectorAll('details').forEach((d) => (d.open = open));
  return (
    <div className="field-tree" ref={tree}>
      <div className="tree-toolbar">
        <button type="button" className="link-button" onClick={() => setAll(true)}>
          Expand all
        </button>
        <button type="button" className="link-button" onClick={() => setAll(false)}>
          Collapse all
        </button>
      </div>
      <ResourceContext.Provider value={resource}>
        <FieldList nodes={fields} />
      </ResourceContext.Provider>
    </div>
  );
}
