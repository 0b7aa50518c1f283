import { Fragment } from 'react';

/**
 * Renders an API description as text: paragraphs split on blank lines and
 * http(s) URLs turned into links. Everything else stays text, so markup in a
 * description (a hostile CRD's included) is shown, never interpreted.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

/** Backtick spans (`"Always"`) as code, the rest linkified. */
function inlineMarkup(text: string) {
  const pieces = text.split('`');
  // Unbalanced backticks: treat the text as plain.
  if (pieces.length % 2 === 0) return linkify(text);
  return pieces.map((piece, i) => (i % 2 === 1 ? <code key={i}>{piece}</code> : <Fragment key={i}>{linkify(piece)}</Fragment>));
}

function linkify(text: string) {
  const parts: Array<string | { url: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) parts.push(text.slice(last, index));
    parts.push({ url: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.map((part, i) =>
    typeof part === 'string' ? (
      <Fragment key={i}>{part}</Fragment>
    ) : (
      <a key={i} href={part.url} rel="noopener noreferrer nofollow" target="_blank">
        {part.url}
      </a>
    ),
  );
}

export function Description({ text, className = 'desc' }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  const paragraphs = text.split(/\n\s*\n/).filter((p) => p.trim().length > 0);
  return (
    <div className={className}>
      {paragraphs.map((paragraph, i) => (
        <p key={i}>{inlineMarkup(paragraph)}</p>
      ))}
    </div>
  );
}
