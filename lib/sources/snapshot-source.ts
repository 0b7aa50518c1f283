import { describeError } from '../errors';
import { fetchApiDocuments } from '../kube/documents';
import { buildModel } from '../model/build';
import type { ApiModel } from '../model/types';
import { openSnapshot } from '../snapshot/read';
import type { Source, SourceStatus } from './types';
import { instrumentTransport } from '../observability/instrumented-transport';

/**
 * A source read from files that do not change while the server runs, so it is
 * loaded once: one memoized promise shared by every request and every page of
 * a build. A failed load is not kept; the next request retries.
 */
export abstract class LoadedOnceSource implements Source {
  readonly kind = 'snapshot';
  abstract readonly name: string;
  /** Where its pages say the model came from. */
  protected abstract readonly location: string;
  private loading: Promise<ApiModel> | undefined;

  protected abstract load(): Promise<ApiModel>;

  private model(): Promise<ApiModel> {
    if (!this.loading) {
      this.loading = this.load();
      this.loading.catch(() => {
        this.loading = undefined;
      });
    }
    return this.loading;
  }

  async status(): Promise<SourceStatus> {
    const base = { name: this.name, kind: this.kind, location: this.location } as const;
    try {
      return { ...base, model: await this.model() };
    } catch (error) {
      return { ...base, error: describeError(error) };
    }
  }
}

/** A recorded snapshot directory. */
export class SnapshotSource extends LoadedOnceSource {
  constructor(
    readonly name: string,
    readonly directory: string,
  ) {
    super();
  }

  protected get location(): string {
    return `snapshot ${this.name}`;
  }

  protected async load(): Promise<ApiModel> {
    const transport = await openSnapshot(this.directory);
    return buildModel(await fetchApiDocuments(instrumentTransport(transport, this.name)));
  }
}
