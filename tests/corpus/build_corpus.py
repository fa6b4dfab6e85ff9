#!/usr/bin/env python3
"""Writes the labelled cookie corpus (dev.jsonl, test.jsonl) from the site declarations in
sites.py, deterministically, and checks it.

  build_corpus.py            write dev.jsonl and test.jsonl beside this script
  build_corpus.py --check    verify the written files: valid lines, required fields, labels,
                             sources, dev/test split by site, and that they match sites.py
  build_corpus.py --stats    print the label, origin and site-kind mix

The split is by site: a site's cookies all go to dev or all to test, chosen by a hash of the site
URL (about 40% of sites to dev), so adding a site never moves another one.
"""
import collections
import hashlib
import json
import pathlib
import sys

from declaration import LABELS
from sites import SITES

HERE = pathlib.Path(__file__).resolve().parent
SPLITS = ("dev", "test")
DEV_SHARE = 0.4
REQUIRED = {"name": str, "value": str, "domain": str, "path": str, "secure": bool,
            "httpOnly": bool, "hostOnly": bool, "session": bool, "sameSite": str,
            "storeId": str, "site": str, "label": str, "source": str}
SAME_SITE = {"no_restriction", "lax", "strict", "unspecified"}


def split_of(site_url):
    digest = int(hashlib.sha256(site_url.encode()).hexdigest()[:8], 16)
    return "dev" if digest / 0xFFFFFFFF < DEV_SHARE else "test"


def build():
    """{split: [cookie, ...]} in declaration order."""
    corpus = {split: [] for split in SPLITS}
    for site in SITES:
        corpus[split_of(site.url)].extend(site.cookies())
    return corpus


def render(cookies):
    return "".join(json.dumps(c, ensure_ascii=False, separators=(",", ":")) + "\n"
                   for c in cookies)


def write():
    for split, cookies in build().items():
        (HERE / f"{split}.jsonl").write_text(render(cookies))
        print(f"{split}.jsonl: {len(cookies)} cookies", file=sys.stderr)


def problems_of(cookie):
    """What is wrong with one corpus line, as short texts (empty when it is valid)."""
    found = [f"{field} missing or not {kind.__name__}" for field, kind in REQUIRED.items()
             if not isinstance(cookie.get(field), kind)]
    if found:
        return found
    if cookie["label"] not in LABELS:
        found.append(f"label {cookie['label']!r} is not one of {LABELS}")
    if cookie["sameSite"] not in SAME_SITE:
        found.append(f"sameSite {cookie['sameSite']!r}")
    if not cookie["source"].startswith("https://") or not cookie["site"].startswith("https://"):
        found.append("site and source must be https URLs")
    has_expiry = isinstance(cookie.get("expirationDate"), (int, float))
    if cookie["session"] == has_expiry:
        found.append("session cookies have no expirationDate, persistent ones must have one")
    if not cookie["name"] or not cookie["domain"]:
        found.append("empty name or domain")
    # Browsers keep inner spaces (TrustArc's "permit 1,2,3") but never these.
    if any(ch in cookie["name"] + cookie["value"] for ch in ";\r\n\0") or "=" in cookie["name"] \
            or cookie["value"] != cookie["value"].strip():
        found.append("a character no browser stores in a cookie name or value")
    if cookie["hostOnly"] == cookie["domain"].startswith("."):
        found.append("hostOnly cookies have a bare host domain, domain cookies a leading dot")
    return found


def check():
    """Returns the problems of the written files; empty when they are sound."""
    problems, sites_in = [], {}
    for split in SPLITS:
        path = HERE / f"{split}.jsonl"
        if not path.exists():
            problems.append(f"{path.name}: missing (run build_corpus.py)")
            continue
        seen = set()
        for number, line in enumerate(path.read_text().splitlines(), 1):
            where = f"{path.name}:{number}"
            try:
                cookie = json.loads(line)
            except json.JSONDecodeError as error:
                problems.append(f"{where}: not JSON ({error})")
                continue
            problems += [f"{where}: {p}" for p in problems_of(cookie)]
            key = (cookie.get("site"), cookie.get("name"), cookie.get("domain"),
                   cookie.get("path"))
            if key in seen:
                problems.append(f"{where}: duplicate cookie {key}")
            seen.add(key)
            sites_in.setdefault(cookie.get("site"), set()).add(split)
        if path.read_text() != render(build()[split]):
            problems.append(f"{path.name}: differs from sites.py (rerun build_corpus.py)")
    problems += [f"site {site} is in both dev and test" for site, splits in sites_in.items()
                 if len(splits) > 1]
    return problems


def stats():
    corpus = build()
    everything = [c for cookies in corpus.values() for c in cookies]
    origins = collections.Counter(row.origin for site in SITES for row in site.rows)
    print(f"{len(everything)} cookies from {len(SITES)} sites")
    for split, cookies in corpus.items():
        print(f"  {split}: {len(cookies)} cookies from {len({c['site'] for c in cookies})} sites")
    for name, counter in (("label", collections.Counter(c["label"] for c in everything)),
                          ("origin", origins),
                          ("site kind", collections.Counter(s.kind for s in SITES)),
                          ("region", collections.Counter(s.region for s in SITES))):
        total = sum(counter.values())
        print(f"{name}: " + ", ".join(f"{key} {count} ({count / total:.0%})"
                                      for key, count in counter.most_common()))
    third = sum(1 for c in everything if not c["site"].split("/")[2].endswith(
        c["domain"].lstrip(".")) and not c["domain"].lstrip(".").endswith(
        c["site"].split("/")[2].removeprefix("www.")))
    print(f"third-party cookies: {third} ({third / len(everything):.0%})")


def main(argv):
    if argv[1:] == ["--check"]:
        problems = check()
        for problem in problems:
            print(problem, file=sys.stderr)
        print(f"corpus check: {'FAILED' if problems else 'ok'}", file=sys.stderr)
        return 1 if problems else 0
    if argv[1:] == ["--stats"]:
        stats()
        return 0
    if argv[1:]:
        print(__doc__, file=sys.stderr)
        return 2
    write()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
