import { AtlasError } from '../errors';
import { JsonReader, parseJson } from './json-reader';
import { ACCEPT_JSON } from './media-type';
import { describeFailure } from './status';
import { bodyText, type Transport } from './transport';

/** The parts of `/version` (`version.Info`) the site shows. */
export interface ServerVersion {
  gitVersion: string;
  major?: string;
  minor?: string;
  platform?: string;
  buildDate?: string;
}

/** Fetches and parses `/version`. */
export async function fetchServerVersion(transport: Transport): Promise<ServerVersion> {
  const response = await transport.get('/version', { accept: ACCEPT_JSON });
  if (response.status !== 200) throw new AtlasError(response.source, `GET /version failed: ${describeFailure(response)}`);
  const r = new JsonReader(response.source);
  const doc = r.object(parseJson(bodyText(response), response.source), 'document');
  const optional = (key: string) => r.optionalString(doc[key], key);
  return {
    gitVersion: r.string(doc.gitVersion, 'gitVersion'),
    ...Object.fromEntries(
      (['major', 'minor', 'platform', 'buildDate'] as const).flatMap((key) => {
        const value = optional(key);
        return value === undefined ? [] : [[key, value]];
      }),
    ),
  };
}
