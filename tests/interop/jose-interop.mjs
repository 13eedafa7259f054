// Interoperability with the npm package `jose`, driven by tst_interop_jose.
//
//   node jose-interop.mjs TASKS.json   (NODE_PATH points at the installed modules)
//
// TASKS.json: {"now": UNIX_SECONDS,
//              "verify": [{"alg", "token", "jwk"}],   tokens made by claimsmith
//              "sign":   [{"alg", "payload"}]}         tokens for claimsmith to check
// Prints {"verify": [{"ok", "payload" | "error"}], "sign": [{"token", "jwk"}]}.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(process.env.NODE_PATH + '/');
const jose = require('jose');

const tasks = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const currentDate = new Date(tasks.now * 1000);

const verify = [];
for (const t of tasks.verify) {
  try {
    const key = await jose.importJWK(t.jwk, t.alg);
    const { payload, protectedHeader } = await jose.jwtVerify(t.token, key, {
      algorithms: [t.alg],
      currentDate,
    });
    verify.push({ ok: protectedHeader.alg === t.alg, payload });
  } catch (e) {
    verify.push({ ok: false, error: `${e.code ?? e.name}: ${e.message}` });
  }
}

const sign = [];
for (const t of tasks.sign) {
  let signingKey;
  let jwk;
  if (t.alg.startsWith('HS')) {
    signingKey = await jose.generateSecret(t.alg, { extractable: true });
    jwk = await jose.exportJWK(signingKey);
  } else {
    const pair = await jose.generateKeyPair(t.alg, { extractable: true });
    signingKey = pair.privateKey;
    jwk = await jose.exportJWK(pair.publicKey);
  }
  jwk.alg = t.alg;
  const token = await new jose.SignJWT(t.payload)
    .setProtectedHeader({ alg: t.alg, typ: 'JWT' })
    .sign(signingKey);
  sign.push({ token, jwk });
}

process.stdout.write(JSON.stringify({ verify, sign }) + '\n');
