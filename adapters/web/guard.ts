/**
 * The playground has no login; it is served on loopback only (src/config/binding.ts). This
 * also refuses what a web page elsewhere could make the browser send: a request whose Host is
 * not a loopback name (DNS rebinding) or whose Origin is another site (cross-site requests;
 * the JSON-only bodies already force a CORS preflight, which is never granted).
 */
import type { IncomingMessage } from 'node:http';
import { HttpError } from '../../src/server/body.ts';

const LOOPBACK_HOST = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])(:\d+)?$/i;

export function assertLocalRequest(req: IncomingMessage): void {
  const host = req.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host)) {
    throw new HttpError(403, 'The playground answers only on localhost: open it at http://localhost:<port>/.');
  }
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== 'null') {
    let originHost = '';
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = '';
    }
    if (originHost.toLowerCase() !== host.toLowerCase()) throw new HttpError(403, 'Cross-site requests to the playground are refused.');
  }
}
