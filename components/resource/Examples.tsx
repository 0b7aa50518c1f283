import { CopyTargetButton } from '@/components/ui/CopyTargetButton';
import { resourceRoot } from '@/lib/site/field-views';
import { exampleName, PROXY_URL, verbExamples } from '@/lib/model/kubectl';
import { manifestSkeleton } from '@/lib/model/manifest';
import type { ApiModel, ApiResource } from '@/lib/model/types';

/**
 * A block of code with a Copy button that copies the block's text; plain
 * markup (the page's CopyTargets listener copies), so the examples can be
 * static HTML, in the page once.
 */
function CopyableCode({ id, children, className }: { id: string; children: string; className?: string }) {
  return (
    <div className={`copyable ${className ?? ''}`}>
      <pre>
        <code id={id}>{children}</code>
      </pre>
      <CopyTargetButton target={id} />
    </div>
  );
}

/**
 * Ready-to-run examples for a resource: a minimal manifest built from its
 * schema and, for each verb, the kubectl command and the curl request
 * through `kubectl proxy`. Plain server components (StaticHtml renders them
 * once); the root layout mounts CopyTargets, which copies for every such button.
 */
export function Examples({ model, resource }: { model: ApiModel; resource: ApiResource }) {
  const name = exampleName(resource);
  const examples = verbExamples(model, resource);
  const creatable = resource.verbs.includes('create') || resource.verbs.includes('update');
  return (
    <>
      <h2 id="section-examples">Examples</h2>
      {creatable && resource.kind ? (
        <>
          <p className="muted small">
            A minimal <code>{name}.yaml</code>: the required fields with placeholders of their type. Fill in the <code>&lt;…&gt;</code>.
          </p>
          <CopyableCode id="example-manifest">{manifestSkeleton(model.definitions, resource, resourceRoot(model, resource))}</CopyableCode>
        </>
      ) : null}
      {examples.length > 0 ? (
        <>
          <p className="muted small">
            curl goes through <code>kubectl proxy</code> (listening on <code>{PROXY_URL}</code>), which adds your credentials.
          </p>
          <div className="verb-examples">
            {examples.map((example) => (
              <div key={example.verb} className="verb-example" id={`example-${example.verb}`}>
                <span className="verb">{example.verb}</span>
                <CopyableCode id={`example-${example.verb}-kubectl`} className="command">
                  {example.kubectl}
                </CopyableCode>
                <CopyableCode id={`example-${example.verb}-curl`} className="command">
                  {example.curl}
                </CopyableCode>
              </div>
            ))}
          </div>
        </>
      ) : null}
    </>
  );
}
