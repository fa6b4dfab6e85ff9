import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryOfName } from '../../../extension/lib/cmp/category-map.js';

test('group names in the common languages map to our categories', () => {
  const table = {
    'Strictly Necessary Cookies': 'necessary',
    'Unbedingt erforderliche Cookies': 'necessary',
    'Cookies strictement nécessaires': 'necessary',
    'Cookies estrictamente necesarias': 'necessary',
    'Cookie strettamente necessari': 'necessary',
    'Noodzakelijke cookies': 'necessary',
    'Cookies estritamente necessários': 'necessary',
    'Performance Cookies': 'performance',
    'Leistungs-Cookies': 'performance',
    'Statistik': 'performance',
    'Cookies de performance': 'performance',
    'Cookies de rendimiento': 'performance',
    'Cookie di prestazione': 'performance',
    'Analytische cookies': 'performance',
    'Cookies de desempenho': 'performance',
    'Functional Cookies': 'functional',
    'Funktionale Cookies': 'functional',
    'Cookies de fonctionnalité': 'functional',
    'Cookies funcionales': 'functional',
    'Cookie funzionali': 'functional',
    'Functionele cookies': 'functional',
    'Targeting Cookies': 'targeting',
    'Social Media Cookies': 'targeting',
    'Cookies für Marketingzwecke': 'targeting',
    'Cookies publicitaires': 'targeting',
    'Cookies dirigidas': 'targeting',
    'Cookies de redes sociales': 'targeting',
    'Cookie di profilazione': 'targeting',
    'Advertentiecookies': 'targeting',
    'Advertising performance': 'targeting',
  };
  for (const [name, category] of Object.entries(table)) assert.equal(categoryOfName(name), category, name);
});

test('names that say nothing about a purpose map to nothing', () => {
  for (const name of ['Sonstiges', 'Other', 'Unclassified', '', undefined, 42]) {
    assert.equal(categoryOfName(name), undefined, String(name));
  }
});
