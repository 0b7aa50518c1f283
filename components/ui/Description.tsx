import { descriptionParagraphs, type DescriptionPiece } from './description-text';

/**
 * Renders an API description as text (description-text.ts): paragraphs,
 * code spans and http(s) links. Markup in a description (a hostile CRD's
 * included) is shown, never interpreted.
 */
function Piece({ piece }: { piece: DescriptionPiece }) {
  if ('code' in piece) return <code>{piece.code}</code>;
  if ('url' in piece)
    return (
      <a href={piece.url} rel="noopener noreferrer nofollow" target="_blank">
        {piece.url}
      </a>
    );
  return <>{piece.text}</>;
}

export function Description({ text, className = 'desc' }: { text: string | undefined; className?: string }) {
  if (!text) return null;
  return (
    <div className={className}>
      {descriptionParagraphs(text).map((pieces, i) => (
        <p key={i}>
          {pieces.map((piece, j) => (
            <Piece key={j} piece={piece} />
          ))}
        </p>
      ))}
    </div>
  );
}
