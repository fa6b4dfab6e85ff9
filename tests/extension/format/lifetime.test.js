// Unit tests of extension/lib/format/lifetime.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatLifetime } from '../../../extension/lib/format/lifetime.js';

const now = 1_700_000_000;
const lives = (seconds) => formatLifetime({ session: false, expirationDate: now + seconds }, now);

test('session cookies and cookies without expiry say session', () => {
  assert.equal(formatLifetime({ session: true }, now), 'session');
  assert.equal(formatLifetime({ session: false }, now), 'session');
});

test('a past expiry says expired', () => {
  assert.equal(lives(-1), 'expired');
  assert.equal(lives(0), 'expired');
});

test('the unit grows with the lifetime and counts are pluralised', () => {
  assert.equal(lives(20), '1 minute');
  assert.equal(lives(45 * 60), '45 minutes');
  assert.equal(lives(3600), '1 hour');
  assert.equal(lives(30 * 3600), '30 hours');
  assert.equal(lives(12 * 86400), '12 days');
  assert.equal(lives(150 * 86400), '5 months');
  assert.equal(lives(400 * 86400), '13 months');
  assert.equal(lives(2 * 365 * 86400), '2 years');
  assert.equal(lives(10 * 365 * 86400 + 1000), '10 years');
});
