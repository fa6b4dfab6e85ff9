#!/usr/bin/env python3
"""Tests of build_corpus.py: the line checks catch each defect, the build is deterministic, and
the split keeps every site on one side. Run: python3 tests/corpus/build_corpus_test.py"""
import unittest

import build_corpus
from sites import SITES

VALID = {"name": "_ga", "value": "GA1.1.1227792088.1789907650", "domain": ".reuters.com",
         "path": "/", "secure": False, "httpOnly": False, "hostOnly": False, "session": False,
         "expirationDate": 1829774600.5, "sameSite": "unspecified", "storeId": "0",
         "site": "https://www.reuters.com/", "label": "performance",
         "source": "https://www.reuters.com/info-pages/cookies/"}


def with_(**changes):
    cookie = dict(VALID, **changes)
    return {k: v for k, v in cookie.items() if v is not None}


class LineChecks(unittest.TestCase):
    def test_a_valid_line_has_no_problem(self):
        self.assertEqual(build_corpus.problems_of(VALID), [])

    def test_each_defect_is_reported(self):
        defects = {
            "missing label": with_(label=None),
            "unknown label": with_(label="analytics"),
            "no source": with_(source=None),
            "source not a URL": with_(source="bbc cookie page"),
            "session with expiry": with_(session=True),
            "persistent without expiry": with_(expirationDate=None),
            "hostOnly with dotted domain": with_(hostOnly=True),
            "bad sameSite": with_(sameSite="none"),
            "semicolon in value": with_(value="a;b"),
            "wrong type": with_(secure="true"),
        }
        for what, cookie in defects.items():
            with self.subTest(what):
                self.assertNotEqual(build_corpus.problems_of(cookie), [])


class Build(unittest.TestCase):
    def test_the_build_is_deterministic(self):
        self.assertEqual(build_corpus.build(), build_corpus.build())

    def test_every_site_lands_on_one_side_and_both_sides_are_used(self):
        corpus = build_corpus.build()
        dev_sites = {c["site"] for c in corpus["dev"]}
        test_sites = {c["site"] for c in corpus["test"]}
        self.assertFalse(dev_sites & test_sites)
        self.assertEqual(dev_sites | test_sites, {site.url for site in SITES})
        self.assertTrue(0.3 < len(dev_sites) / len(SITES) < 0.5)

    def test_every_built_line_passes_the_checks(self):
        for cookies in build_corpus.build().values():
            for cookie in cookies:
                self.assertEqual(build_corpus.problems_of(cookie), [], cookie["name"])


if __name__ == "__main__":
    unittest.main()
