/**
 * ATLAS_LOG_FORMAT=json: every line the server logs (the site's own and
 * Next.js's) becomes one JSON object, `{"time","level","msg"}`, for log
 * collectors that parse lines. Loaded by scripts/http-guard.cjs before
 * anything logs. Other values leave the console alone.
 */
'use strict';
const util = require('node:util');

if (process.env.ATLAS_LOG_FORMAT === 'json') {
  const levels = { debug: 'debug', log: 'info', info: 'info', warn: 'warn', error: 'error' };
  for (const [method, level] of Object.entries(levels)) {
    const stream = level === 'warn' || level === 'error' ? process.stderr : process.stdout;
    console[method] = (...args) => {
      // util.format as console would, minus colours; one line per event, whatever the message holds.
      const msg = util.format(...args).replace(/\u001b\[[0-9;]*m/g, '');
      stream.write(`${JSON.stringify({ time: new Date().toISOString(), level, msg })}\n`);
    };
  }
}
