"""A site's cookie declaration (one row per cookie it lists) and its expansion into the browser
cookies API shape, with the declared category as the label.

A row's `origin` says who names the cookie: "vendor" (a third-party product: Google Analytics,
Meta, a consent manager, a CDN), "platform" (a framework or shop/CMS platform the site runs on) or
"site" (a name the site chose itself). It is kept for the corpus statistics, not written out.
"""
import hashlib
import string
import urllib.parse

from values import NOW, MAX_LIFETIME, Context

LABELS = ("necessary", "functional", "performance", "targeting")
N, F, P, T = LABELS


class Row:
    def __init__(self, name, label, value, life, origin, domain=None, host_only=False, path="/",
                 http_only=False, secure=None, same_site="unspecified"):
        assert label in LABELS, (name, label)
        self.name, self.label, self.value, self.life = name, label, value, life
        self.origin, self.domain, self.host_only, self.path = origin, domain, host_only, path
        self.http_only, self.secure, self.same_site = http_only, secure, same_site

    def as_label(self, label):
        """The same row as another site declares it (sites disagree on some vendors)."""
        copy = Row(self.name, label, self.value, self.life, self.origin)
        copy.__dict__.update({k: v for k, v in self.__dict__.items() if k != "label"})
        return copy


def own(name, label, value, life, **flags):
    """A cookie named by the site itself."""
    return Row(name, label, value, life, "site", **flags)


def platform(name, label, value, life, **flags):
    """A cookie of the framework or CMS/shop platform the site runs on."""
    return Row(name, label, value, life, "platform", **flags)


def vendor(name, label, value, life, **flags):
    """A cookie of a third-party product embedded in the site."""
    return Row(name, label, value, life, "vendor", **flags)


def relabel(rows, **labels):
    """rows with some names declared in another category: relabel(ga4(), _ga=T)."""
    return [row.as_label(labels[row.name]) if row.name in labels else row for row in rows]


# Generated parts of cookie NAMES (a Hotjar site id, a GA4 stream id...), stable within a site.
NAME_PARTS = {
    "GA4": lambda c: c.chars(string.ascii_uppercase + string.digits, 10),
    "UA": lambda c: f"UA-{c.r.randint(1000000, 99999999)}-{c.r.randint(1, 9)}",
    "HJ": lambda c: str(c.r.randint(1000000, 5999999)),
    "IC": lambda c: c.chars(string.ascii_lowercase + string.digits, 8),
    "WPH": lambda c: c.hex(32),
    "AORG": lambda c: c.hex(24, True),
    "PK": lambda c: f"{c.r.randint(1, 40)}.{c.hex(4)}",
    "MP": lambda c: c.hex(32),
    "HEAP": lambda c: str(c.r.randint(1000000000, 4294967295)),
    "AMP": lambda c: c.hex(10),
    "INC": lambda c: str(c.r.randint(100000, 2999999)),
    "INCN": lambda c: str(c.r.randint(100, 1299)),
    "TT": lambda c: c.chars(string.ascii_uppercase + string.digits, 20),
    "TS": lambda c: c.hex(8),
    "IUB": lambda c: str(c.r.randint(1000000, 3999999)),
    "PARDOT": lambda c: str(c.r.randint(100000, 999999)),
    "TAWK": lambda c: c.hex(32),
    "UUID": lambda c: c.uuid(),
    "ANTI": lambda c: c.chars(string.ascii_letters + string.digits + "-_", 11),
}


class NameParts(dict):
    def __init__(self, context):
        super().__init__()
        self.context = context

    def __missing__(self, key):
        self[key] = NAME_PARTS[key](self.context)
        return self[key]


class Site:
    def __init__(self, url, source, kind, region, rows, domain=None):
        self.url, self.source, self.kind, self.region, self.rows = url, source, kind, region, rows
        self.host = urllib.parse.urlsplit(url).hostname
        self.domain = domain or "." + self.host.removeprefix("www.")

    def cookies(self):
        """The declared cookies as a browser reports them, deterministic per site URL."""
        seed = int(hashlib.sha256(self.url.encode()).hexdigest()[:16], 16)
        context = Context(seed, self.host, self.domain)
        parts = NameParts(context)
        return [self._cookie(row, context, parts) for row in self.rows]

    def _cookie(self, row, context, parts):
        domain = self.host if row.host_only else row.domain or self.domain
        # A cookie set without a Domain attribute is host-only and its domain has no dot.
        host_only = not domain.startswith(".")
        third_party = not (domain == self.host or ("." + self.host).endswith(domain)
                           or domain.endswith(self.domain))
        same_site = "no_restriction" if third_party and row.same_site == "unspecified" \
            else row.same_site
        secure = row.secure if row.secure is not None else (third_party or same_site ==
                                                            "no_restriction")
        cookie = {
            "name": row.name.format_map(parts),
            "value": row.value(context),
            "domain": domain,
            "path": row.path,
            "secure": secure,
            "httpOnly": row.http_only,
            "hostOnly": host_only,
            "session": row.life is None,
        }
        if row.life is not None:
            life = min(row.life, MAX_LIFETIME)
            elapsed = context.r.uniform(0, min(life * 0.3, 20 * 86400))
            cookie["expirationDate"] = round(NOW + life - elapsed, 6)
        cookie.update({"sameSite": same_site, "storeId": "0", "site": self.url,
                       "label": row.label, "source": self.source})
        return cookie
