import type { Source, SourceStatus } from './types';

/**
 * Stands in for the configured sources when the configuration itself is
 * wrong (two ways of connecting set at once, an invalid ATLAS_TRY_IT, ...):
 * every page then says what is wrong, as for a source that failed to load,
 * instead of Next.js's generic error page.
 */
export class MisconfiguredSource implements Source {
  readonly name = 'configuration';
  readonly kind = 'snapshot';

  constructor(private readonly reason: string) {}

  status(): Promise<SourceStatus> {
    return Promise.resolve({ name: this.name, kind: this.kind, location: 'the configuration', error: `The site is misconfigured: ${this.reason}` });
  }
}
