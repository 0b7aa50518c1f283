'use client';

import { useEffect, useRef } from 'react';
import { COPY_TARGET_ATTRIBUTE } from '@/components/ui/CopyTargets.client';
import { explainFor, type ExplainParts } from '@/lib/model/kubectl';

/**
 * Adds a field's `kubectl explain` line with its copy button to each field
 * of the tree, right after its summary. Built here rather than on the server:
 * the line derives from the path, and 300 of them would add ~50 KB to the
 * Pod page for a convenience that needs JavaScript to copy anyway. The page
 * kept a line's height of room under each summary until `data-explained` is
 * set (app/site.inline-css, "explain line"), so the lines move nothing: a
 * click that started before them still lands on what it pointed at. The
 * Copy buttons are the kind the root layout's CopyTargets copies for (the
 * command's id). Text goes in as text (textContent): paths come from the
 * cluster.
 */
function addExplainLines(tree: HTMLElement, explain: ExplainParts): void {
  // A field's summary: an object's <summary>, a leaf's first <div> (field-tree-html.ts).
  for (const summary of tree.querySelectorAll<HTMLElement>('.fields > li > details > summary, .fields > li > div:first-child')) {
    const field = summary.closest('li');
    if (!field?.id || summary.nextElementSibling?.classList.contains('explain')) continue;
    const line = document.createElement('p');
    line.className = 'explain';
    const command = document.createElement('code');
    command.textContent = explainFor(explain, field.id);
    command.id = `explain:${field.id}`;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-button';
    button.setAttribute(COPY_TARGET_ATTRIBUTE, command.id);
    button.textContent = 'Copy';
    line.append(command, button);
    summary.after(line);
  }
  tree.dataset.explained = '';
}

/**
 * The tree's client leaf: Expand all / Collapse all, and (on resource pages
 * and field views) the explain lines. Works on the server-rendered tree it
 * sits in, found through the DOM.
 */
export function FieldTreeTools({ explain }: { explain?: ExplainParts }) {
  const toolbar = useRef<HTMLDivElement>(null);
  const tree = () => toolbar.current?.closest<HTMLElement>('.field-tree') ?? null;
  useEffect(() => {
    const root = tree();
    if (root && explain) addExplainLines(root, explain);
  }, [explain]);
  const setAll = (open: boolean) =>
    tree()
      ?.querySelectorAll('details')
      .forEach((d) => (d.open = open));
  return (
    <div className="tree-toolbar" ref={toolbar}>
      <button type="button" className="link-button" onClick={() => setAll(true)}>
        Expand all
      </button>
      <button type="button" className="link-button" onClick={() => setAll(false)}>
        Collapse all
      </button>
    </div>
  );
}
