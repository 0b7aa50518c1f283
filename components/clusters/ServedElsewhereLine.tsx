import { servedElsewhere, servedElsewhereText, type ServedMatrix } from '@/lib/model/served-where';

/** "Also served by staging (v1beta1), not by prod" under a resource's title; nothing with a single cluster. */
export function ServedElsewhereLine({ matrix, matrixHref }: { matrix: ServedMatrix; matrixHref?: string }) {
  const text = servedElsewhereText(servedElsewhere(matrix));
  if (!text) return null;
  return (
    <p className="served-elsewhere" data-served-elsewhere="">
      <bdi>{text.charAt(0).toUpperCase() + text.slice(1)}</bdi>.{' '}
      {matrixHref ? (
        <a href={matrixHref} className="small">
          every cluster
        </a>
      ) : null}
    </p>
  );
}
