/** The product's name and version, as sent in `User-Agent` and written into recorded snapshots. */
export const PRODUCT_NAME = 'kube-api-atlas';
/** Kept equal to package.json's version (a unit test checks). */
export const PRODUCT_VERSION = '0.1.0';

/** `kube-api-atlas/0.1.0 (linux/x64) node/v20.20.2`, the way kubectl names itself. */
export function userAgent(): string {
  return `${PRODUCT_NAME}/${PRODUCT_VERSION} (${process.platform}/${process.arch}) node/${process.version}`;
}
