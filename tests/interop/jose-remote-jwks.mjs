// Verifies a token from `claimsmith serve` with the npm package `jose`,
// fetching the keys from the server's JWKS (createRemoteJWKSet), as an
// application would. Driven by tst_interop_server.
//
//   node jose-remote-jwks.mjs JWKS_URL TOKEN   (NODE_PATH points at the installed modules)
//
// Prints {"ok": true, "payload", "header"} or {"ok": false, "error"}.
import { createRequire } from 'node:module';

const require = createRequire(process.env.NODE_PATH + '/');
const jose = require('jose');

const [url, token] = process.argv.slice(2);
try {
  const jwks = jose.createRemoteJWKSet(new URL(url));
  const { payload, protectedHeader } = await jose.jwtVerify(token, jwks);
  console.log(JSON.stringify({ ok: true, payload, header: protectedHeader }));
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: `${e.code ?? e.name}: ${e.message}` }));
}
