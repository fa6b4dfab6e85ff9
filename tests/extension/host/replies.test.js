// Unit tests of extension/lib/host/replies.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateReply } from '../../../extension/lib/host/replies.js';

const allowed = { necessary: true, functional: true, performance: false, targeting: false };
const preferences = {
  allowed, delete_session_cookies: false,
  sites: { 'example.com': { allowed: { ...allowed, performance: true } } },
  keep_list: [{ site: 'example.com', name: 'prefs' }],
};
const verdict = {
  category: 'performance', confidence: 0.98, reason: 'Google Analytics', rule: 'ga/_ga',
  site: 'example.com', action: 'delete', why: 'performance is refused on example.com',
};
const decide = { type: 'decide', id: 2, cookies: [{ name: '_ga', domain: '.example.com' }, { name: 'x', domain: 'a' }] };
const badReply = { code: 'bad_reply' };

test('well-formed replies pass unchanged', () => {
  const hello = { type: 'hello', id: 1, version: '0.1.0', protocol: 1, data_dir: '/d', counts: { rules: 3 } };
  assert.equal(validateReply({ type: 'hello', id: 1 }, hello), hello);
  const reply = { type: 'decide', id: 2, results: [verdict, { error: 'missing "domain"' }] };
  assert.equal(validateReply(decide, reply), reply);
  assert.ok(validateReply({ type: 'set_preferences' }, { type: 'set_preferences', preferences }));
  assert.ok(validateReply({ type: 'keep_cookie' }, { type: 'keep_cookie', keep_list: preferences.keep_list }));
  assert.ok(validateReply({ type: 'record_deletions' }, { type: 'record_deletions', recorded: 1, ids: ['d-1'] }));
  assert.ok(validateReply({ type: 'export_settings' }, { type: 'export_settings', settings: { format: 'x' } }));
});

test('a decide reply must answer every cookie, in a known category and action', () => {
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict] }), badReply);
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict, { ...verdict, category: 'evil' }] }), badReply);
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict, { ...verdict, action: 'remove' }] }), badReply);
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict, { ...verdict, site: 7 }] }), badReply);
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict, null] }), badReply);
  assert.throws(() => validateReply(decide, { type: 'decide', results: 'all' }), badReply);
});

test('the error names the offending field', () => {
  assert.throws(() => validateReply(decide, { type: 'decide', results: [verdict, { ...verdict, reason: 1 }] }),
    /decide\.results\[1\]\.reason/);
});

test('preferences must allow necessary and give a boolean for every category', () => {
  const check = (prefs) => () => validateReply({ type: 'get_preferences' }, { type: 'get_preferences', preferences: prefs });
  assert.doesNotThrow(check(preferences));
  assert.throws(check({ ...preferences, allowed: { ...allowed, necessary: false } }), badReply);
  assert.throws(check({ ...preferences, allowed: { necessary: true } }), badReply);
  assert.throws(check({ ...preferences, sites: { 'a.com': { allowed: { ...allowed, targeting: 'yes' } } } }), badReply);
  assert.throws(check({ ...preferences, keep_list: [{ site: 'a.com' }] }), badReply);
  assert.throws(check({ ...preferences, delete_session_cookies: 'no' }), badReply);
});

test('restore must hand back a cookie and an http(s) URL', () => {
  const request = { type: 'restore', entry_id: 'd-1' };
  const cookie = { name: 'a', domain: 'example.com', value: 'v' };
  assert.doesNotThrow(() => validateReply(request, { type: 'restore', cookie, url: 'https://example.com/', kept: true }));
  assert.throws(() => validateReply(request, { type: 'restore', cookie, url: 'javascript:alert(1)' }), badReply);
  assert.throws(() => validateReply(request, { type: 'restore', cookie: { name: 'a', domain: '' }, url: 'https://e/' }), badReply);
});

test('deletion log entries are checked one by one', () => {
  const entry = { id: 'd-1', time: 1.5, site: 'example.com', category: 'targeting', reason: 'r', cookie: { name: 'a', domain: 'x' } };
  const request = { type: 'deletion_log' };
  assert.doesNotThrow(() => validateReply(request, { type: 'deletion_log', total: 1, offset: 0, entries: [entry] }));
  assert.throws(() => validateReply(request, { type: 'deletion_log', total: -1, offset: 0, entries: [] }), badReply);
  assert.throws(() => validateReply(request, { type: 'deletion_log', total: 1, offset: 0, entries: [{ ...entry, id: 3 }] }), badReply);
});

test('a reply of the wrong type or for an unknown request is refused', () => {
  assert.throws(() => validateReply({ type: 'hello' }, { type: 'decide', results: [] }), badReply);
  assert.throws(() => validateReply({ type: 'hello' }, null), badReply);
  assert.throws(() => validateReply({ type: 'launch_missiles' }, { type: 'launch_missiles' }), badReply);
  assert.throws(() => validateReply({ type: 'hello' }, { type: 'hello', version: '1', protocol: '1', data_dir: '/' }), badReply);
});

test('a site reply must answer every URL with a site or null', () => {
  const request = { type: 'site', urls: ['https://shop.example.co.uk/', 'file:///x'] };
  const reply = { type: 'site', sites: ['example.co.uk', null] };
  assert.equal(validateReply(request, reply), reply);
  assert.throws(() => validateReply(request, { type: 'site', sites: ['example.co.uk'] }), badReply);
  assert.throws(() => validateReply(request, { type: 'site', sites: ['example.co.uk', 7] }), badReply);
  assert.throws(() => validateReply(request, { type: 'site', sites: ['', null] }), badReply);
  assert.throws(() => validateReply(request, { type: 'site', sites: 'example.co.uk' }), badReply);
});

test('declare and declaration replies are checked before the site is swept or reported', () => {
  assert.ok(validateReply({ type: 'declare' }, { type: 'declare', site: 'example.com', cookies: 2, changed: true }));
  assert.throws(() => validateReply({ type: 'declare' }, { type: 'declare', site: 'example.com', changed: 'yes' }), badReply);
  assert.throws(() => validateReply({ type: 'declare' }, { type: 'declare', site: '', changed: true }), badReply);
  const declaration = { site: 'example.com', cmp: 'cookiebot', time: 1, cookies: [] };
  const contradictions = [{ name: '_ga', declared: 'necessary', label: 'necessary', category: 'performance', reason: 'r' }];
  assert.ok(validateReply({ type: 'declaration' }, { type: 'declaration', platform: 'Cookiebot', declaration, contradictions }));
  assert.ok(validateReply({ type: 'declaration' }, { type: 'declaration', platform: null, declaration: null, contradictions: [] }));
  assert.throws(() => validateReply({ type: 'declaration' }, { type: 'declaration', platform: null, declaration: null }), badReply);
  assert.throws(() => validateReply({ type: 'declaration' },
    { type: 'declaration', platform: 'x', declaration, contradictions: [{ ...contradictions[0], category: 'evil' }] }), badReply);
});
