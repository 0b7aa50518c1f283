import { describeError } from '../errors';
import { fetchApiDocuments } from '../kube/documents';
import { buildModel } from '../model/build';
import type { ApiModel } from '../model/types';
import { openSnapshot } from '../snapshot/read';
import type { Source, SourceStatus } from './types';
import { instrumentTransport } from '../observability/instrumented-transport';

/**
 * A recorded snapshot directory. It does not change while the server runs,
 * so it is loaded once: one memoized promise shared by every request and
 * every page of a build. A failed load is not kept; the next request retries.
 */
export class SnapshotSource implements Source {
  readonly kind = 'snapshot';
  private loading: Promise<ApiModel> | undefined;

  constructor(
    readonly name: string,
    readonly directory: string,
  ) {}

  private model(): Promise<ApiModel> {
    if (!this.loading) {
      this.loading = openSnapshot(this.directory).then((transport) => fetchApiDocuments(instrumentTransport(transport, this.name)).then(buildModel));
      this.loading.catch(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  async status(): Promise<SourceStatus> {
    const base = { name: this.name, kind: this.kind, location: `snapshot ${this.name}` } as const;
    try {
      return { ...base, model: await this.model() };
    } catch (error) {
      return { ...base, error: describeError(error) };
    }
  }
}
