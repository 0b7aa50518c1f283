/**
 * A Copy button as plain markup: it copies the text of the element with id
 * `target`, through the page's one delegated listener (CopyTargets), so a
 * server-rendered block keeps its Copy button without a client component
 * and the text is in the page once.
 */
export function CopyTargetButton({ target }: { target: string }) {
  return (
    <button type="button" className="copy-button" data-copy-target={target}>
      Copy
    </button>
  );
}
