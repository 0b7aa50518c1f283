/** Serves out/ at / and the base-path export at /atlas; prints their URLs as one JSON line. */
import { startStaticServer } from './static-server';

const [rootDir, baseDir] = process.argv.slice(2);
if (!rootDir || !baseDir) throw new Error('usage: serve-exports.ts OUT_DIR BASE_PATH_OUT_DIR');
const plain = await startStaticServer(rootDir);
const base = await startStaticServer(baseDir, '/atlas');
process.stdout.write(`${JSON.stringify({ static: plain.url, base: base.url })}\n`);
