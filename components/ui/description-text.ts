/**
 * How an API description reads as text: paragraphs split on blank lines,
 * backtick spans (`"Always"`) as code, http(s) URLs as links; everything else
 * stays text. Shared by the React Description and the schema tree's HTML
 * (components/schema/field-tree-html.ts), so both show descriptions alike.
 */
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]]/g;

export type DescriptionPiece = { text: string } | { code: string } | { url: string };

function linkify(text: string, into: DescriptionPiece[]): void {
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const index = match.index ?? 0;
    if (index > last) into.push({ text: text.slice(last, index) });
    into.push({ url: match[0] });
    last = index + match[0].length;
  }
  if (last < text.length) into.push({ text: text.slice(last) });
}

/** One paragraph's pieces. Unbalanced backticks: the text is plain (links only). */
function inlinePieces(paragraph: string): DescriptionPiece[] {
  const pieces: DescriptionPiece[] = [];
  const parts = paragraph.split('`');
  if (parts.length % 2 === 0) {
    linkify(paragraph, pieces);
    return pieces;
  }
  parts.forEach((part, i) => (i % 2 === 1 ? pieces.push({ code: part }) : linkify(part, pieces)));
  return pieces;
}

/** A description's paragraphs, each as pieces of text, code and links. */
export function descriptionParagraphs(text: string): DescriptionPiece[][] {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim().length > 0)
    .map(inlinePieces);
}
