/**
 * The page and its two static files. Read once at start-up; served with a strict Content
 * Security Policy (no inline script or style, nothing from elsewhere), so even a mistake in the
 * page's rendering could not run injected script.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HttpRoute } from '../../src/server/platform.ts';
import { assertLocalRequest } from './guard.ts';

const PUBLIC = join(import.meta.dirname, 'public');

export const SECURITY_HEADERS = Object.freeze({
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
});

function staticRoute(path: string, file: string, type: string): HttpRoute {
  const body = readFileSync(join(PUBLIC, file));
  return {
    method: 'GET',
    path,
    async handle(req, res) {
      assertLocalRequest(req);
      res.writeHead(200, { 'content-type': type, 'content-length': body.length, 'cache-control': 'no-cache', ...SECURITY_HEADERS });
      res.end(req.method === 'HEAD' ? undefined : body);
    },
  };
}

export function assetRoutes(): HttpRoute[] {
  return [
    staticRoute('/', 'index.html', 'text/html; charset=utf-8'),
    staticRoute('/slt', 'index.html', 'text/html; charset=utf-8'),
    staticRoute('/playground/app.js', 'app.js', 'text/javascript; charset=utf-8'),
    staticRoute('/playground/app.css', 'app.css', 'text/css; charset=utf-8'),
  ];
}
