// Interoperability with the official WorkOS Node SDK (@workos-inc/node, the
// version pinned in scripts/test.sh): every call goes through the SDK against
// the WorkOS-compatible API of a running `claimsmith serve`
// (docs/workos-compat.md is the contract checked here).
//
//   CLAIMSMITH_URL=http://127.0.0.1:PORT CLAIMSMITH_API_KEY=... \
//   NODE_PATH=build/npm/node_modules node tests/interop/workos-sdk.mjs
//
// CLAIMSMITH_URL     base URL of the server, scheme http or https, no path
// CLAIMSMITH_API_KEY an admin API key
// CLAIMSMITH_ROLE_SLUG  a role that exists in the store (default "member")
// NODE_PATH          where the SDK is installed; without it, build/npm/node_modules
//                    of this checkout
//
// Prints one line per step; on the first failure prints the step and the error
// and exits with status 1. Names and external IDs carry a per-run suffix, so the
// script can run again against the same store.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const modules = process.env.NODE_PATH || path.resolve(here, '../../build/npm/node_modules');
const require = createRequire(modules.split(path.delimiter)[0] + '/');
const {
  WorkOS,
  NotFoundException,
  BadRequestException,
  GenericServerException,
  DomainDataState,
} = require('@workos-inc/node');

function fail(what, error) {
  console.error(`FAIL ${what}: ${error?.stack ?? error}`);
  process.exit(1);
}

const baseUrl = process.env.CLAIMSMITH_URL;
const apiKey = process.env.CLAIMSMITH_API_KEY;
const roleSlug = process.env.CLAIMSMITH_ROLE_SLUG || 'member';
if (!baseUrl || !apiKey) fail('setup', 'CLAIMSMITH_URL and CLAIMSMITH_API_KEY must be set');

let url;
try {
  url = new URL(baseUrl);
} catch (e) {
  fail('setup', `CLAIMSMITH_URL is not a URL: ${e.message}`);
}
if (url.pathname !== '/' && url.pathname !== '')
  fail('setup', 'CLAIMSMITH_URL must not have a path: the SDK always requests /organizations, /user_management/...');

// Exactly as an application points the SDK at a self-hosted endpoint: the SDK
// builds `${https ? 'https' : 'http'}://${apiHostname}:${port}` (an IPv6 address
// keeps its brackets). For https with a self-signed certificate, Node needs
// NODE_EXTRA_CA_CERTS.
function client(key) {
  return new WorkOS(key, {
    apiHostname: url.hostname,
    port: url.port ? Number(url.port) : undefined,
    https: url.protocol === 'https:',
  });
}
const workos = client(apiKey);

async function step(name, fn) {
  try {
    await fn();
    console.log(`ok   ${name}`);
  } catch (e) {
    fail(name, e);
  }
}

// The error an SDK call throws; fails if it succeeds.
async function rejection(promise) {
  try {
    await promise;
  } catch (e) {
    return e;
  }
  throw new assert.AssertionError({ message: 'the call succeeded; an error was expected' });
}

const isoTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

function checkUser(u) {
  assert.equal(u.object, 'user');
  assert.match(u.id, /^\S+$/);
  assert.equal(typeof u.email, 'string');
  assert.equal(typeof u.emailVerified, 'boolean');
  for (const k of ['firstName', 'lastName', 'profilePictureUrl', 'lastSignInAt', 'locale'])
    assert.ok(u[k] === null || typeof u[k] === 'string', `${k} is a string or null, got ${JSON.stringify(u[k])}`);
  assert.match(u.createdAt, isoTime);
  assert.match(u.updatedAt, isoTime);
  assert.equal(typeof u.metadata, 'object');
}

function checkOrganization(o) {
  assert.equal(o.object, 'organization');
  assert.match(o.id, /^\S+$/);
  assert.equal(typeof o.name, 'string');
  assert.equal(typeof o.allowProfilesOutsideOrganization, 'boolean');
  assert.ok(Array.isArray(o.domains));
  for (const d of o.domains) {
    assert.equal(d.object, 'organization_domain');
    assert.equal(typeof d.id, 'string');
    assert.equal(d.organizationId, o.id);
    assert.ok(['verified', 'pending', 'failed'].includes(d.state), `domain state ${d.state}`);
    assert.ok(['dns', 'manual'].includes(d.verificationStrategy), `verification strategy ${d.verificationStrategy}`);
  }
  assert.match(o.createdAt, isoTime);
  assert.match(o.updatedAt, isoTime);
  assert.equal(typeof o.metadata, 'object');
}

function checkMembership(m) {
  assert.equal(m.object, 'organization_membership');
  assert.match(m.id, /^\S+$/);
  assert.ok(['active', 'inactive', 'pending'].includes(m.status), `status ${m.status}`);
  assert.equal(typeof m.role?.slug, 'string');
  assert.equal(m.directoryManaged, false);
  assert.match(m.createdAt, isoTime);
  assert.match(m.updatedAt, isoTime);
}

function checkList(list) {
  assert.equal(list.object, 'list');
  assert.ok(Array.isArray(list.data));
  assert.ok(list.listMetadata && typeof list.listMetadata === 'object', 'list_metadata present');
  for (const k of ['before', 'after'])
    assert.ok(list.listMetadata[k] === null || typeof list.listMetadata[k] === 'string', `list_metadata.${k}`);
}

const run = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const orgExternalId = `cs-org-${run}`;
const userExternalId = `cs-user-${run}`;
const email = `ada.${run}@claimsmith.test`;
const domain = `${run}.claimsmith.test`;

let org;
let user;
let membership;

await step('createOrganization with externalId, metadata and a domain', async () => {
  org = await workos.organizations.createOrganization(
    {
      name: `Interop ${run}`,
      externalId: orgExternalId,
      metadata: { tier: 'silver', region: 'eu' },
      domainData: [{ domain, state: DomainDataState.Pending }],
    },
    { idempotencyKey: `create-org-${run}` },
  );
  checkOrganization(org);
  assert.equal(org.name, `Interop ${run}`);
  assert.equal(org.externalId, orgExternalId);
  assert.deepEqual(org.metadata, { tier: 'silver', region: 'eu' });
  assert.equal(org.domains.length, 1);
  assert.equal(org.domains[0].domain, domain);
  assert.equal(org.domains[0].state, 'pending');
});

await step('getOrganizationByExternalId', async () => {
  const got = await workos.organizations.getOrganizationByExternalId(orgExternalId);
  checkOrganization(got);
  assert.equal(got.id, org.id);
  assert.deepEqual(got.metadata, { tier: 'silver', region: 'eu' });
});

await step('getOrganization', async () => {
  const got = await workos.organizations.getOrganization(org.id);
  checkOrganization(got);
  assert.equal(got.externalId, orgExternalId);
});

await step('createUser with externalId, metadata, names and emailVerified', async () => {
  user = await workos.userManagement.createUser({
    email,
    firstName: 'Ada',
    lastName: 'Lovelace',
    emailVerified: true,
    externalId: userExternalId,
    metadata: { plan: 'pro', region: 'eu', theme: 'dark' },
  });
  checkUser(user);
  assert.equal(user.email, email);
  assert.equal(user.firstName, 'Ada');
  assert.equal(user.lastName, 'Lovelace');
  assert.equal(user.emailVerified, true);
  assert.equal(user.externalId, userExternalId);
  assert.deepEqual(user.metadata, { plan: 'pro', region: 'eu', theme: 'dark' });
});

await step('getUserByExternalId', async () => {
  const got = await workos.userManagement.getUserByExternalId(userExternalId);
  checkUser(got);
  assert.equal(got.id, user.id);
  assert.equal(got.email, email);
});

await step('getUser', async () => {
  const got = await workos.userManagement.getUser(user.id);
  checkUser(got);
  assert.equal(got.externalId, userExternalId);
  assert.deepEqual(got.metadata, { plan: 'pro', region: 'eu', theme: 'dark' });
});

await step('listUsers by email', async () => {
  const list = await workos.userManagement.listUsers({ email });
  checkList(list);
  assert.deepEqual(list.data.map((u) => u.id), [user.id]);
  list.data.forEach(checkUser);
});

await step('listUsers by an email nobody has: empty list', async () => {
  const list = await workos.userManagement.listUsers({ email: `nobody.${run}@claimsmith.test` });
  checkList(list);
  assert.deepEqual(list.data, []);
  assert.equal(list.listMetadata.after, null);
});

await step('updateUser: metadata merges, null removes a key', async () => {
  const updated = await workos.userManagement.updateUser({
    userId: user.id,
    firstName: 'Augusta Ada',
    metadata: { plan: 'enterprise', region: null, seats: '5' },
  });
  checkUser(updated);
  assert.equal(updated.firstName, 'Augusta Ada');
  assert.equal(updated.lastName, 'Lovelace', 'fields left out of the update keep their values');
  assert.deepEqual(updated.metadata, { plan: 'enterprise', theme: 'dark', seats: '5' });
  const got = await workos.userManagement.getUser(user.id);
  assert.deepEqual(got.metadata, { plan: 'enterprise', theme: 'dark', seats: '5' });
  assert.equal(got.firstName, 'Augusta Ada');
});

await step(`createOrganizationMembership with roleSlug "${roleSlug}"`, async () => {
  membership = await workos.userManagement.createOrganizationMembership({
    organizationId: org.id,
    userId: user.id,
    roleSlug,
  });
  checkMembership(membership);
  assert.equal(membership.userId, user.id);
  assert.equal(membership.organizationId, org.id);
  assert.equal(membership.role.slug, roleSlug);
  assert.equal(membership.status, 'active');
});

await step('getOrganizationMembership', async () => {
  const got = await workos.userManagement.getOrganizationMembership(membership.id);
  checkMembership(got);
  assert.equal(got.id, membership.id);
  assert.equal(got.organizationName, org.name);
  assert.equal(got.role.slug, roleSlug);
});

await step('listOrganizationMemberships by userId', async () => {
  const list = await workos.userManagement.listOrganizationMemberships({ userId: user.id });
  checkList(list);
  assert.deepEqual(list.data.map((m) => m.id), [membership.id]);
  list.data.forEach(checkMembership);
});

await step('listOrganizationMemberships by organizationId and statuses', async () => {
  const list = await workos.userManagement.listOrganizationMemberships({
    organizationId: org.id,
    statuses: ['active', 'pending'],
  });
  checkList(list);
  assert.deepEqual(list.data.map((m) => m.id), [membership.id]);
  const inactive = await workos.userManagement.listOrganizationMemberships({
    organizationId: org.id,
    statuses: ['inactive'],
  });
  assert.deepEqual(inactive.data, []);
});

await step('listUsers by organizationId', async () => {
  const list = await workos.userManagement.listUsers({ organizationId: org.id });
  checkList(list);
  assert.deepEqual(list.data.map((u) => u.id), [user.id]);
});

await step('updateOrganization: name and metadata (merged)', async () => {
  const updated = await workos.organizations.updateOrganization({
    organization: org.id,
    name: `Interop ${run} renamed`,
    metadata: { tier: 'gold' },
  });
  checkOrganization(updated);
  assert.equal(updated.name, `Interop ${run} renamed`);
  assert.equal(updated.externalId, orgExternalId);
  assert.deepEqual(updated.metadata, { tier: 'gold', region: 'eu' });
  assert.deepEqual(updated.domains.map((d) => d.domain), [domain]);
});

await step('listOrganizations: paged with limit, after and before cursors', async () => {
  // A second organization, so that the list has two pages of one.
  const other = await workos.organizations.createOrganization({ name: `Interop ${run} other` });
  try {
    const first = await workos.organizations.listOrganizations({ limit: 1, order: 'desc' });
    checkList(first);
    assert.equal(first.data.length, 1);
    first.data.forEach(checkOrganization);
    assert.equal(first.data[0].id, other.id, 'newest first with order=desc');
    assert.equal(typeof first.listMetadata.after, 'string', 'list_metadata.after names the next page');
    const second = await workos.organizations.listOrganizations({ limit: 1, after: first.listMetadata.after });
    assert.equal(second.data.length, 1);
    assert.equal(second.data[0].id, org.id);
    assert.equal(typeof second.listMetadata.before, 'string', 'list_metadata.before names the previous page');
    const back = await workos.organizations.listOrganizations({ limit: 1, before: second.listMetadata.before });
    assert.deepEqual(back.data.map((o) => o.id), [other.id]);
    const all = await (await workos.organizations.listOrganizations()).autoPagination();
    const ids = all.map((o) => o.id);
    assert.ok(ids.includes(org.id) && ids.includes(other.id), 'autoPagination reaches both');
    assert.equal(new Set(ids).size, ids.length, 'autoPagination returns no organization twice');
  } finally {
    await workos.organizations.deleteOrganization(other.id);
  }
});

await step('getUser of a missing id: NotFoundException', async () => {
  const e = await rejection(workos.userManagement.getUser(`user_missing${run}`));
  assert.ok(e instanceof NotFoundException, `${e.name}: ${e.message}`);
  assert.equal(e.status, 404);
});

await step('getOrganizationByExternalId of a missing id: NotFoundException', async () => {
  const e = await rejection(workos.organizations.getOrganizationByExternalId(`missing-${run}`));
  assert.ok(e instanceof NotFoundException, `${e.name}: ${e.message}`);
});

await step('createUser with an email already taken: BadRequestException email_not_available', async () => {
  const e = await rejection(workos.userManagement.createUser({ email, firstName: 'Second' }));
  assert.ok(e instanceof BadRequestException, `${e.name}: ${e.message}`);
  assert.equal(e.status, 400);
  assert.equal(e.code, 'user_creation_error');
  assert.ok(e.errors.some((x) => x.code === 'email_not_available'), JSON.stringify(e.errors));
  const list = await workos.userManagement.listUsers({ email });
  assert.equal(list.data.length, 1, 'no second user was created');
});

await step('createUser with 11 metadata keys: 400 invalid_metadata', async () => {
  const metadata = Object.fromEntries(Array.from({ length: 11 }, (_, i) => [`k${i}`, 'v']));
  const e = await rejection(
    workos.userManagement.createUser({ email: `eleven.${run}@claimsmith.test`, metadata }),
  );
  assert.ok(e instanceof GenericServerException, `${e.name}: ${e.message}`);
  assert.equal(e.status, 400);
  assert.equal(e.rawData?.code, 'invalid_metadata', JSON.stringify(e.rawData));
  const list = await workos.userManagement.listUsers({ email: `eleven.${run}@claimsmith.test` });
  assert.deepEqual(list.data, [], 'nothing was created');
});

await step('updateUser to an 11th metadata key: 400 invalid_metadata, nothing changed', async () => {
  const more = Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`extra${i}`, 'v']));
  const e = await rejection(workos.userManagement.updateUser({ userId: user.id, metadata: more }));
  assert.ok(e instanceof GenericServerException, `${e.name}: ${e.message}`);
  assert.equal(e.status, 400);
  assert.equal(e.rawData?.code, 'invalid_metadata', JSON.stringify(e.rawData));
  const got = await workos.userManagement.getUser(user.id);
  assert.deepEqual(got.metadata, { plan: 'enterprise', theme: 'dark', seats: '5' });
});

await step('JWT template: PUT then GET /user_management/jwt_template', async () => {
  // The SDK has no method for it; its own request helpers still send the
  // request with the SDK's headers and error mapping.
  const content = '{"urn:claimsmith:tier": {{ organization.metadata.tier }}}';
  const { data: put } = await workos.put('/user_management/jwt_template', { content });
  assert.equal(put.object, 'jwt_template');
  assert.equal(put.content, content);
  assert.match(put.created_at, isoTime);
  assert.match(put.updated_at, isoTime);
  const { data: got } = await workos.get('/user_management/jwt_template');
  assert.equal(got.object, 'jwt_template');
  assert.equal(got.content, content);
});

await step('deleteOrganizationMembership, then get: NotFoundException', async () => {
  await workos.userManagement.deleteOrganizationMembership(membership.id);
  const e = await rejection(workos.userManagement.getOrganizationMembership(membership.id));
  assert.ok(e instanceof NotFoundException, `${e.name}: ${e.message}`);
  const list = await workos.userManagement.listOrganizationMemberships({ userId: user.id });
  assert.deepEqual(list.data, []);
});

await step('deleteUser, then getUser and getUserByExternalId: NotFoundException', async () => {
  await workos.userManagement.deleteUser(user.id);
  // One call at a time: a second promise made up front could reject before
  // anything awaits it, which Node treats as an unhandled rejection.
  for (const call of [
    () => workos.userManagement.getUser(user.id),
    () => workos.userManagement.getUserByExternalId(userExternalId),
  ]) {
    const e = await rejection(call());
    assert.ok(e instanceof NotFoundException, `${e.name}: ${e.message}`);
  }
});

await step('deleteOrganization, then getOrganization and getOrganizationByExternalId: NotFoundException', async () => {
  await workos.organizations.deleteOrganization(org.id);
  for (const call of [
    () => workos.organizations.getOrganization(org.id),
    () => workos.organizations.getOrganizationByExternalId(orgExternalId),
  ]) {
    const e = await rejection(call());
    assert.ok(e instanceof NotFoundException, `${e.name}: ${e.message}`);
  }
});

await step('a wrong API key: UnauthorizedException', async () => {
  const e = await rejection(client(`${apiKey}x`).userManagement.listUsers());
  assert.equal(e.name, 'UnauthorizedException', `${e.name}: ${e.message}`);
  assert.equal(e.status, 401);
});

console.log('all WorkOS SDK steps passed');
