// Server build only (there is no route.export.ts): a static export has no
// server to add credentials, so /try-it/ does not exist there at all.
import { readConfig, readServingConfig } from '@/lib/config';
import { getRegistry } from '@/lib/sources';
import { BASE_PATH } from '@/lib/site/base-path';
import { handleTryIt } from '@/lib/try-it/proxy';
import { RateLimiter } from '@/lib/try-it/rate-limit';

/** One limiter for the process: every client's bucket, shared by all requests. */
const rateLimiter = new RateLimiter({ perMinute: readServingConfig().tryItPerMinute, burst: 20 });

/** "Try it out" of the OpenAPI tab: the request, decided and sent with the live cluster's credentials (lib/try-it/proxy.ts). */
function handle(request: Request): Promise<Response> {
  return handleTryIt(request, { mode: readConfig().tryIt, source: getRegistry().primary(), basePath: BASE_PATH, rateLimiter });
}

export { handle as GET, handle as POST, handle as PUT, handle as PATCH, handle as DELETE };
