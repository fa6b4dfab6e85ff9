// Unit tests of extension/lib/host/ui-requests.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseUiRequest } from '../../../extension/lib/host/ui-requests.js';

test('a valid request gives its type and arguments', () => {
  assert.deepEqual(parseUiRequest({ type: 'set-site', args: { site: 'example.com', allowed: { targeting: true } } }),
    { type: 'set-site', args: { site: 'example.com', allowed: { targeting: true } } });
  assert.deepEqual(parseUiRequest({ type: 'status' }), { type: 'status', args: {} });
});

test('unknown types, including inherited property names, are refused', () => {
  assert.throws(() => parseUiRequest({ type: 'decide', args: {} }), /unknown request/);
  assert.throws(() => parseUiRequest({ type: 'toString' }), /unknown request/);
  assert.throws(() => parseUiRequest({ type: '__proto__' }), /unknown request/);
  assert.throws(() => parseUiRequest(null), /unknown request/);
  assert.throws(() => parseUiRequest('status'), /unknown request/);
});

test('necessary cannot be switched and switches must be booleans', () => {
  assert.throws(() => parseUiRequest({ type: 'set-site', args: { site: 'a.com', allowed: { necessary: false } } }), /allowed/);
  assert.throws(() => parseUiRequest({ type: 'set-site', args: { site: 'a.com', allowed: { targeting: 'yes' } } }), /allowed/);
  assert.throws(() => parseUiRequest({ type: 'set-site', args: { site: 'a.com', allowed: {} } }), /allowed/);
});

test('required fields must be present and no stray field is passed on', () => {
  assert.throws(() => parseUiRequest({ type: 'keep-cookie', args: { site: 'a.com' } }), /"name" is required/);
  assert.throws(() => parseUiRequest({ type: 'restore', args: { entry_id: 'd-1', url: 'x' } }), /unexpected field "url"/);
  assert.throws(() => parseUiRequest({ type: 'deletion-log', args: { limit: -1 } }), /"limit"/);
  assert.throws(() => parseUiRequest({ type: 'site-cookies', args: { url: '' } }), /"url"/);
});

test('set-defaults needs something to change', () => {
  assert.throws(() => parseUiRequest({ type: 'set-defaults', args: {} }), /nothing to change/);
  assert.ok(parseUiRequest({ type: 'set-defaults', args: { delete_session_cookies: true } }));
});

test('set-defaults takes a caution level, and only one of the three', () => {
  assert.deepEqual(parseUiRequest({ type: 'set-defaults', args: { caution: 'balanced' } }).args, { caution: 'balanced' });
  assert.throws(() => parseUiRequest({ type: 'set-defaults', args: { caution: 'reckless' } }), /"caution" has the wrong shape/);
});
