// Unit tests of extension/lib/cookies/site-membership.js.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { belongsToSite, domainWithinSite } from '../../../extension/lib/cookies/site-membership.js';

test('a domain lies within a site when it is the site or under it, not when it merely ends alike', () => {
  assert.ok(domainWithinSite('.example.com', 'example.com'));
  assert.ok(domainWithinSite('shop.example.com', 'example.com'));
  assert.ok(domainWithinSite('EXAMPLE.com', 'example.com'));
  assert.ok(!domainWithinSite('badexample.com', 'example.com'));
  assert.ok(!domainWithinSite('example.com.evil', 'example.com'));
  assert.ok(domainWithinSite('127.0.0.1', '127.0.0.1'));
});

test('an unpartitioned cookie belongs to the site of its own domain', () => {
  assert.ok(belongsToSite({ domain: '.tracker.example' }, 'tracker.example'));
  assert.ok(!belongsToSite({ domain: '.tracker.example' }, 'news.example'));
});

test('a partitioned cookie belongs to its partition\'s top-level site, not to its own domain', () => {
  const chips = { domain: 'embed.video.example', partitionKey: { topLevelSite: 'https://news.example' } };
  assert.ok(belongsToSite(chips, 'news.example'));
  assert.ok(!belongsToSite(chips, 'video.example'));
});

test('no site, no members', () => {
  assert.ok(!belongsToSite({ domain: 'example.com' }, ''));
});
