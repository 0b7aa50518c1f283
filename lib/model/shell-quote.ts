/**
 * Quoting for POSIX shells (sh, bash, zsh), as Python's `shlex.quote`: a
 * word of only safe characters stays as it is, so ordinary commands stay
 * readable; anything else goes in single quotes, inside which a shell
 * interprets nothing, and each `'` becomes `'\''` (close, escaped quote,
 * reopen). Names in copied commands come from the cluster, and a CRD may
 * name a field `$(touch x)`.
 *
 * Hand-written rather than the `shell-quote` package: this is the whole
 * algorithm, it runs in the browser (the field tree builds its commands
 * there), and shell-quote's backslash style (`\$\(touch\ x\)`) is harder
 * to read in a copied command.
 */
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;

/** One shell word meaning exactly `value`. */
export function shellQuote(value: string): string {
  if (value !== '' && SAFE.test(value)) return value;
  return `'${value.replace(/'/g, `'\\''`)}'`;
}
