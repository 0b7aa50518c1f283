/**
 * npm run record -- --out snapshots/NAME [--name NAME] [--description TEXT]
 *                   [--kubeconfig FILE] [--context NAME] [--server URL] [--in-cluster]
 *
 * Records a live cluster into a snapshot directory (the format in the README)
 * that `npm run export -- --snapshot DIR` turns into a static site. The
 * connection is configured exactly as for the server (ATLAS_KUBECONFIG,
 * ATLAS_CONTEXT, ATLAS_SERVER_URL, ATLAS_IN_CLUSTER); the flags override them.
 * No credential is written into the snapshot.
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readConfig } from '../lib/config';
import { describeError } from '../lib/errors';
import { displayServer } from '../lib/kube/live/endpoint';
import { openLiveTransport } from '../lib/kube/live/connect';
import { PRODUCT_NAME, PRODUCT_VERSION } from '../lib/product';
import { recordSnapshot } from '../lib/snapshot/record';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      name: { type: 'string' },
      description: { type: 'string' },
      kubeconfig: { type: 'string' },
      context: { type: 'string' },
      server: { type: 'string' },
      'in-cluster': { type: 'boolean' },
    },
  });
  if (!values.out) {
    console.error('record: --out DIR is required (e.g. npm run record -- --out snapshots/my-cluster)');
    return 2;
  }
  const env: Record<string, string | undefined> = { ...process.env, ATLAS_EXPORT: '' };
  if (values.kubeconfig) env.ATLAS_KUBECONFIG = values.kubeconfig;
  if (values.context) env.ATLAS_CONTEXT = values.context;
  if (values.server) env.ATLAS_SERVER_URL = values.server;
  if (values['in-cluster']) env.ATLAS_IN_CLUSTER = '1';
  const config = readConfig(env);
  const source = config.sources[0]!;
  if (source.kind === 'snapshot' || source.kind === 'crds') {
    console.error(
      'record: no live cluster configured: pass --kubeconfig/--context, --server or --in-cluster (or set ATLAS_KUBECONFIG, ATLAS_SERVER_URL, ATLAS_IN_CLUSTER)',
    );
    return 2;
  }
  const out = path.resolve(values.out);
  const started = performance.now();
  const transport = await openLiveTransport(source, config.live);
  const server = displayServer(new URL(transport.description));
  console.log(`record: reading ${server} as ${transport.identity}`);
  const { writer } = await recordSnapshot(transport, {
    meta: {
      name: values.name ?? path.basename(out),
      description: values.description ?? `Recorded from ${server} by ${PRODUCT_NAME} ${PRODUCT_VERSION}.`,
      recordedAt: new Date().toISOString(),
      server,
    },
    log: (line) => console.log(`record: ${line}`),
  });
  const manifest = await writer.write(out);
  const bytes = manifest.entries.length;
  console.log(`record: wrote ${out}: ${bytes} answers in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`record: ${describeError(error)}`);
    process.exit(1);
  },
);
