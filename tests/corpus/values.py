"""Value shapes of real cookies, synthesised from a seeded random source.

Each public function returns a *value maker*: a callable taking a Context (the site's seeded
random source and cookie domain) and returning the cookie value as a browser would report it.
The shapes follow what the cookies look like in a browser's cookie store; only the random parts
are made up.
"""
import base64
import datetime
import json
import random
import string
import urllib.parse

# 2026-11-23 12:00:00 UTC: the moment the corpus pretends to have been observed.
NOW = 1795435200

MINUTE, HOUR, DAY = 60, 3600, 86400
WEEK, MONTH, YEAR = 7 * DAY, 30 * DAY, 365 * DAY
# Chrome caps cookie lifetimes at 400 days, so longer declarations are observed as 400 days.
MAX_LIFETIME = 400 * DAY

ALNUM = string.ascii_letters + string.digits
LOWER_ALNUM = string.ascii_lowercase + string.digits
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


class Context:
    """The per-site random source plus what value shapes need to know about the site."""

    def __init__(self, seed, host, domain):
        self.r = random.Random(seed)
        self.host = host
        self.domain = domain

    def chars(self, alphabet, n):
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def hex(self, n, upper=False):
        text = self.chars("0123456789abcdef", n)
        return text.upper() if upper else text

    def digits(self, n):
        return str(self.r.randint(1, 9)) + self.chars(string.digits, n - 1)

    def uuid(self, upper=False):
        h = self.hex(32)
        text = f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{self.r.choice('89ab')}{h[17:20]}-{h[20:]}"
        return text.upper() if upper else text

    def past(self, max_age=200 * DAY):
        """A Unix time (seconds) some time before NOW, e.g. when a visitor id was created."""
        return NOW - self.r.randint(60, max_age)

    def past_ms(self, max_age=200 * DAY):
        return self.past(max_age) * 1000 + self.r.randint(0, 999)


def b64_of(text):
    return base64.b64encode(text.encode()).decode()


def url_json(obj):
    """JSON as sites store it in cookies: compact and percent-encoded."""
    return urllib.parse.quote(json.dumps(obj, separators=(",", ":")), safe="")


def iso(ms):
    """An ISO-8601 UTC time with milliseconds, from a time in milliseconds."""
    when = datetime.datetime.fromtimestamp(ms // 1000, datetime.timezone.utc)
    return when.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (ms % 1000)


# --- generic shapes -----------------------------------------------------------------------

def lit(text):
    return lambda c: text


def one_of(*texts):
    return lambda c: c.r.choice(texts)


def alnum(n):
    return lambda c: c.chars(ALNUM, n)


def lower_alnum(n):
    return lambda c: c.chars(LOWER_ALNUM, n)


def hexv(n, upper=False):
    return lambda c: c.hex(n, upper)


def digits(n):
    return lambda c: c.digits(n)


def b64(n, pad=""):
    return lambda c: c.chars(B64, n) + pad


def b64url(n):
    return lambda c: c.chars(B64URL, n)


def uuid(upper=False):
    return lambda c: c.uuid(upper)


def quoted_uuid():
    return lambda c: "%22" + c.uuid() + "%22"


def timestamp():
    return lambda c: str(c.past(30 * DAY))


def timestamp_ms():
    return lambda c: str(c.past_ms(30 * DAY))


def iso_date():
    return lambda c: iso(c.past_ms(90 * DAY))


def jwt():
    def make(c):
        header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
        issued = c.past(DAY)
        body = json.dumps({"sub": c.uuid(), "iat": issued, "exp": issued + DAY,
                           "sid": c.chars(ALNUM, 16)}, separators=(",", ":"))
        payload = base64.urlsafe_b64encode(body.encode()).decode().rstrip("=")
        return f"{header}.{payload}.{c.chars(B64URL, 43)}"
    return make


def url_encoded_json(builder):
    """builder(c) -> a dict; the cookie holds it as percent-encoded JSON."""
    return lambda c: url_json(builder(c))


def base64_json(builder):
    return lambda c: b64_of(json.dumps(builder(c), separators=(",", ":")))


def fmt(template, **makers):
    """A value from a template whose {fields} are filled by other value makers."""
    return lambda c: template.format(**{k: m(c) for k, m in makers.items()})


# --- vendor value shapes --------------------------------------------------------------------

def ga_client_id():
    def make(c):
        depth = 1 if c.r.random() < 0.7 else c.domain.strip(".").count(".") + 1
        return f"GA1.{depth}.{c.r.randint(100000000, 2147483647)}.{c.past()}"
    return make


def ga4_session():
    def make(c):
        start = c.past(2 * HOUR)
        n = c.r.randint(1, 40)
        if c.r.random() < 0.5:
            return f"GS1.1.{start}.{n}.1.{start + c.r.randint(5, 900)}.0.0.0"
        return f"GS2.1.s{start}$o{n}$g1$t{start + c.r.randint(5, 900)}$j{c.r.randint(0, 60)}$l0$h0"
    return make


def ga_daily_id():
    return lambda c: f"GA1.2.{c.r.randint(100000000, 2147483647)}.{c.past(DAY)}"


def gcl_au():
    return lambda c: f"1.1.{c.r.randint(100000000, 2147483647)}.{c.past()}"


def gcl_aw():
    return lambda c: f"GCL.{c.past(60 * DAY)}.Cj0KCQiA{c.chars(B64URL, 80)}BwE"


def fbp():
    return lambda c: f"fb.1.{c.past_ms()}.{c.r.randint(100000000, 2147483647)}"


def fbc():
    return lambda c: f"fb.1.{c.past_ms(60 * DAY)}.IwAR{c.chars(B64URL, 58)}"


def facebook_fr():
    return lambda c: (f"{c.chars(B64URL, 19)}.{c.chars(B64URL, 22)}.AAA.0.0."
                      f"{c.chars(B64URL, 6)}.AW{c.chars(B64URL, 9)}")


def doubleclick_ide():
    return lambda c: "AHWqTUm" + c.chars(B64URL, 57)


def google_nid():
    return lambda c: f"{c.r.randint(511, 525)}={c.chars(B64URL, 172)}"


def gam_gads():
    return lambda c: (f"ID={c.hex(16)}:T={c.past()}:RT={c.past(DAY)}:S=ALNI_M"
                      f"{c.chars(B64URL, 28)}")


def gam_gpi():
    return lambda c: (f"UID=00000{c.hex(11)}:T={c.past()}:RT={c.past(DAY)}:S=ALNI_M"
                      f"{c.chars(B64URL, 28)}")


def gam_eoi():
    return lambda c: f"ID={c.hex(16)}:T={c.past()}:RT={c.past(DAY)}:S=AA-Afj{c.chars(B64URL, 22)}"


def gaexp():
    return lambda c: f"GAX1.2.{c.chars(B64URL, 22)}.{c.r.randint(20000, 20500)}.1"


def hotjar_user():
    return base64_json(lambda c: {"id": c.uuid(), "created": c.past_ms(), "existing": True})


def hotjar_session():
    return base64_json(lambda c: {"id": c.uuid(), "c": c.past_ms(HOUR), "s": 0, "r": 0,
                                  "sb": 0, "sr": 0, "se": 0, "fs": 0, "sp": 0})


def base36(c, n):
    return c.chars(string.digits + string.ascii_lowercase, n)


def clarity_clck():
    return lambda c: f"{base36(c, 7)}%7C2%7Cf{base36(c, 2)}%7C0%7C{c.r.randint(1700, 1800)}"


def clarity_clsk():
    return lambda c: (f"{base36(c, 7)}%7C{c.past_ms(HOUR)}%7C{c.r.randint(1, 9)}%7C1%7C"
                      f"{c.r.choice('abcdijklm')}.clarity.ms%2Fcollect")


def linkedin_bcookie():
    return lambda c: f'"v=2&{c.uuid()}"'


def linkedin_bscookie():
    return lambda c: f'"v=1&{c.digits(14)}{c.uuid()}AQ{c.chars(B64URL, 32)}"'


def linkedin_lidc():
    def make(c):
        t = c.past(DAY)
        return (f'"b=VB{c.r.randint(10, 99)}:s=V:r=V:a=V:p=V:g={c.r.randint(1000, 9999)}:u=1:x=1:'
                f'i={t}:t={t + DAY}:v=2:sig=AQ{c.chars(B64URL, 27)}"')
    return make


def linkedin_sync():
    return lambda c: "AQ" + c.chars(B64URL, 62)


def linkedin_li_gc():
    return lambda c: b64_of(f"1;0;{c.past()};2;021{c.chars(B64URL, 40)}")


def tiktok_ttp():
    return lambda c: c.chars(ALNUM, 27)


def tiktok_csid():
    return lambda c: f"{c.past_ms(HOUR)}.1.{c.past_ms(MINUTE * 5)}"


def pinterest_unauth():
    return lambda c: "dWlkPU" + c.chars(B64, 40) + "=="


def pinterest_ct_ua():
    return lambda c: '"TWc9PSZ' + c.chars(B64, 60) + '"'


def twitter_personalization_id():
    return lambda c: f'"v1_{c.chars(B64, 22)}=="'


def twitter_guest_id():
    return lambda c: f"v1%3A{c.past()}{c.digits(8)}"


def criteo_bundle():
    def make(c):
        body = c.chars(B64URL, 150)
        cut = sorted(c.r.sample(range(10, 140), 4))
        for at in reversed(cut):
            body = body[:at] + c.r.choice(["%2B", "%2F", "%3D"]) + body[at:]
        return body
    return make


def rdt_uuid():
    return lambda c: f"{c.past_ms()}.{c.uuid()}"


def snap_sctr():
    return lambda c: f"1%7C{c.past_ms(DAY)}"


def quantcast_qca():
    return lambda c: f"P{c.r.choice('01')}-{c.r.randint(100000000, 2147483647)}-{c.past_ms()}"


def quantcast_mc():
    return lambda c: f"{c.hex(8)}-{c.hex(5)}-{c.hex(5)}-{c.hex(5)}"


def youtube_visitor_metadata():
    return lambda c: "CgJ" + c.chars(ALNUM, 6) + "EgQaACA" + c.chars(ALNUM, 2) + "%3D%3D"


def adobe_amcv():
    def make(c):
        mcmid = c.digits(38)
        t = c.past(7 * DAY)
        return (f"179643557%7CMCIDTS%7C{t // DAY}%7CMCMID%7C{mcmid}%7CMCAAMLH-{t + 7 * DAY}%7C6%7C"
                f"MCAAMB-{t + 7 * DAY}%7CRKhpRz8krg2tLO6pguXWp5olkAcUniQYPHaMWWgdJ3xzPWQmdj0y%7C"
                f"MCOPTOUT-{t + 7200}s%7CNONE%7CvVersion%7C5.5.0")
    return make


def adobe_s_ecid():
    return lambda c: "MCMID%7C" + c.digits(38)


def adobe_s_vi():
    return lambda c: f"[CS]v1|{c.hex(16, True)}-{c.hex(16, True)}[CE]"


def adobe_mbox():
    def make(c):
        t = c.past(DAY)
        return f"session#{c.hex(32)}#{t + 1800}|PC#{c.hex(32)}.37_0#{t + 63072000}"
    return make


def tealium_utag_main():
    def make(c):
        ms = c.past_ms(HOUR)
        return (f"v_id:{c.hex(26)}{ms}$_sn:{c.r.randint(1, 30)}$_se:{c.r.randint(1, 20)}$_ss:0"
                f"$_st:{ms + 1800000}$ses_id:{ms}%3Bexp-session$_pn:{c.r.randint(1, 9)}%3Bexp-session")
    return make


def segment_anonymous_id():
    return lambda c: c.uuid() if c.r.random() < 0.5 else "%22" + c.uuid() + "%22"


def amplitude_device():
    def make(c):
        inner = urllib.parse.quote(json.dumps(
            {"deviceId": c.uuid(), "sessionId": c.past_ms(HOUR), "optOut": False,
             "lastEventTime": c.past_ms(MINUTE * 10), "lastEventId": c.r.randint(1, 300)},
            separators=(",", ":")), safe="")
        return b64_of(inner)
    return make


def mixpanel_state():
    def make(c):
        device = f"{c.hex(14)}-{c.hex(15)}-{c.hex(8)}-{c.hex(6)}-{c.hex(14)}"
        return url_json({"distinct_id": "$device:" + device, "$device_id": device,
                         "$initial_referrer": "$direct", "$initial_referring_domain": "$direct"})
    return make


def heap_id():
    return url_encoded_json(lambda c: {"userId": c.digits(16), "pageviewId": c.digits(16),
                                       "sessionId": c.digits(16), "identity": None,
                                       "trackerVersion": "4.0"})


def heap_session_props():
    return url_encoded_json(lambda c: {"ts": c.past_ms(HOUR), "d": c.host, "h": "/"})


def matomo_id():
    return lambda c: f"{c.hex(16)}.{c.past()}."


def chartbeat_cb():
    return lambda c: c.chars(ALNUM, c.r.randint(14, 24))


def chartbeat_2():
    return lambda c: f".{c.past_ms()}.{c.past_ms(DAY)}.{c.r.randint(1, 99)}.{c.chars(ALNUM, 24)}.1"


def parsely_visitor():
    return lambda c: (f"{{%22id%22:%22pid={c.hex(32)}%22%2C%22session_count%22:{c.r.randint(1, 40)}"
                      f"%2C%22last_session_ts%22:{c.past_ms(DAY)}}}")


def datadog_session():
    def make(c):
        ms = c.past_ms(HOUR)
        return f"rum=2&id={c.uuid()}&created={ms}&expire={ms + 900000}"
    return make


def marketo_trk():
    return lambda c: (f"id:{c.r.randint(100, 999)}-{c.chars(string.ascii_uppercase, 3)}-"
                      f"{c.r.randint(100, 999)}&token:_mch-{c.domain.strip('.')}-{c.past_ms()}-"
                      f"{c.r.randint(10000, 99999)}")


def hubspot_hstc():
    def make(c):
        first = c.past_ms()
        return f"{c.digits(8)}.{c.hex(32)}.{first}.{c.past_ms(DAY)}.{c.past_ms(HOUR)}.{c.r.randint(1, 30)}"
    return make


def hubspot_hssc():
    return lambda c: f"{c.digits(8)}.{c.r.randint(1, 9)}.{c.past_ms(HOUR)}"


def optimizely_end_user():
    return lambda c: f"oeu{c.past_ms()}r0.{c.digits(16)}"


def vwo_uuid_v2():
    return lambda c: f"D{c.hex(32, True)}|{c.hex(32)}"


def abtasty():
    def make(c):
        first = c.past_ms()
        return (f"uid={c.chars(LOWER_ALNUM, 16)}&fst={first}&pst={c.past_ms(DAY)}&cst="
                f"{c.past_ms(HOUR)}&ns={c.r.randint(1, 20)}&pvt={c.r.randint(1, 90)}&pvis=1&th=")
    return make


# --- consent managers -----------------------------------------------------------------------

def onetrust_consent(groups="C0001:1,C0002:1,C0003:1,C0004:0"):
    def make(c):
        stamp = "Mon+Nov+23+2026+" + f"{c.r.randint(8, 11):02d}%3A{c.r.randint(0, 59):02d}%3A" \
            f"{c.r.randint(0, 59):02d}" + "+GMT%2B0000+(Coordinated+Universal+Time)"
        return ("isGpcEnabled=0&datestamp=" + stamp + "&version=202" + c.r.choice("345") +
                f"0{c.r.randint(1, 9)}.1.0&browserGpcFlag=0&isIABGlobal=false&hosts=&consentId="
                f"{c.uuid()}&interactionCount=1&isAnonUser=1&landingPath=NotLandingPage&groups=" +
                urllib.parse.quote(groups, safe="") + "&AwaitingReconsent=false&geolocation=GB%3BENG")
    return make


def tcf_string():
    return lambda c: "CQ" + c.chars(B64URL, 6) + "AAAAAAAAAENBFCAP" + c.chars(B64URL, 150) + \
        (".YAAAAAAAAAAA" if c.r.random() < 0.4 else "")


def cookiebot_consent(marketing="false"):
    def make(c):
        return ("{stamp:%27" + c.chars(B64, 56) + "==%27%2Cnecessary:true%2Cpreferences:true%2C"
                "statistics:true%2Cmarketing:" + marketing + "%2Cmethod:%27explicit%27%2Cver:"
                f"{c.r.randint(1, 6)}%2Cutc:{c.past_ms(90 * DAY)}%2Cregion:%27gb%27}}")
    return make


def didomi_token():
    return base64_json(lambda c: {
        "user_id": c.uuid(), "created": iso(c.past_ms(90 * DAY)),
        "updated": iso(c.past_ms(30 * DAY)), "vendors": {"enabled": ["google", "c:hotjar"]},
        "purposes": {"enabled": ["analytics", "select_basic_ads"]}, "version": 2})


def cookieyes_consent():
    return lambda c: (f"consentid:{c.chars(ALNUM, 32)},consent:yes,action:yes,necessary:yes,"
                      "functional:yes,analytics:yes,performance:yes,advertisement:no,other:yes")


def civic_cookie_control():
    return url_encoded_json(lambda c: {
        "necessaryCookies": [], "optionalCookies": {"analytics": "accepted"},
        "statement": {}, "consentDate": c.past_ms(60 * DAY), "consentExpiry": 90,
        "interactedWith": True, "user": c.uuid(upper=True)})


def iubenda_consent(site_id):
    return url_encoded_json(lambda c: {
        "timestamp": iso(c.past_ms(60 * DAY)), "version": "1.67.1",
        "purposes": {"1": True, "2": True, "3": True, "4": True, "5": False},
        "id": int(site_id), "cons": {"rand": c.hex(6)}})


def cookie_script_consent():
    return lambda c: url_json({"bannershown": 1, "action": "accept", "consenttime": c.past(),
                               "categories": "[\"performance\",\"functionality\"]",
                               "key": c.uuid()})


def shopify_tracking_consent():
    return url_encoded_json(lambda c: {
        "con": {"CMP": {"a": "1", "m": "1", "p": "1", "s": ""}}, "v": "2.1",
        "region": "GBENG", "reg": "GDPR",
        "purposes": {"a": True, "p": True, "m": True, "t": True},
        "display_banner": False, "sale_of_data_region": False, "consent_id": c.uuid(True)})


# --- infrastructure -------------------------------------------------------------------------

def cf_bm():
    return lambda c: f"{c.chars(B64URL, 43)}-{c.past(1800)}-1.0.1.1-{c.chars(B64URL, 118)}"


def cfuvid():
    return lambda c: f"{c.chars(B64URL, 40)}-{c.past_ms(DAY)}-0.0.1.1-604800000"


def cf_clearance():
    return lambda c: f"{c.chars(B64URL, 43)}-{c.past(30 * DAY)}-1.2.1.1-{c.chars(B64URL, 290)}"


def cfruid():
    return lambda c: f"{c.hex(40)}-{c.past(DAY)}"


def akamai(kind):
    """ak_bmsc, bm_sv, bm_sz, _abck and bm_mi share the ~YAAQ... shape."""
    def make(c):
        head = c.hex(32, True)
        blob = "YAAQ" + c.chars(B64, 200 if kind != "_abck" else 420)
        if kind == "ak_bmsc":
            return f"{head}~000000000000000000000000000000~{blob}"
        if kind == "bm_sz":
            return f"{head}~{blob}~{c.r.randint(3000000, 4600000)}~{c.r.randint(3000000, 4600000)}"
        if kind == "_abck":
            return f"{head}~-1~{blob}~-1~-1~-1"
        if kind == "bm_sv":
            return f"{head}~{blob}~1"
        return f"{head}~{blob}"
    return make


def aws_alb():
    return lambda c: c.chars(B64, 126) + c.r.choice(["", "=", "=="])


def imperva_visid():
    return lambda c: c.chars(B64, 48) + "AAAAAAC" + c.chars(B64, 9)


def bigip():
    return lambda c: f"{c.r.randint(100000000, 4294967295)}.{c.r.randint(10000, 65535)}.0000"


def f5_ts():
    return lambda c: "01" + c.hex(c.r.choice([118, 150, 214]))


def perimeterx_px3():
    return lambda c: c.hex(64) + ":" + c.chars(B64, 150) + "=="


def datadome():
    return lambda c: c.chars(B64URL, 96) + c.r.choice(["", "_", "~"]) + c.chars(B64URL, 30)


def arr_affinity():
    return hexv(64)


# --- frameworks and platforms ---------------------------------------------------------------

def php_session():
    return lambda c: c.chars(LOWER_ALNUM, c.r.choice([26, 32]))


def java_session():
    return lambda c: c.hex(32, True) + c.r.choice(["", "", ".node1", ".jvm2"])


def aspnet_session():
    return lambda c: c.chars("abcdefghijklmnopqrstuvwxyz012345", 24)


def aspnet_core_protected():
    return lambda c: "CfDJ8" + c.chars(B64URL, c.r.choice([150, 180, 230]))


def laravel_encrypted():
    def make(c):
        return b64_of(json.dumps({"iv": c.chars(B64, 22) + "==", "value": c.chars(B64, 150),
                                  "mac": c.hex(64), "tag": ""}, separators=(",", ":")))
    return make


def rails_session():
    return lambda c: f"{c.chars(B64URL, 220)}%3D%3D--{c.hex(40)}"


def express_session():
    return lambda c: f"s%3A{c.chars(B64URL, 32)}.{c.chars(B64, 43)}"


def drupal_session():
    return b64url(43)


def wordpress_logged_in():
    return lambda c: f"editor%7C{c.past(14 * DAY)}%7C{c.chars(ALNUM, 43)}%7C{c.hex(64)}"


def woocommerce_session():
    return lambda c: f"t_{c.hex(30)}%7C%7C{NOW + 2 * DAY}%7C%7C{NOW + DAY}%7C%7C{c.hex(32)}"


def sourcebuster(kind):
    def make(c):
        when = "fd%3D2026-11-23%2010%3A" + f"{c.r.randint(10, 59)}%3A{c.r.randint(10, 59)}"
        page = urllib.parse.quote(f"https://{c.host}/", safe="")
        if kind in ("current", "first"):
            return ("typ%3Dorganic%7C%7C%7Csrc%3Dgoogle%7C%7C%7Cmdm%3Dorganic%7C%7C%7Ccmp%3D%28none"
                    "%29%7C%7C%7Ccnt%3D%28none%29%7C%7C%7Ctrm%3D%28none%29%7C%7C%7Cid%3D%28none%29")
        if kind in ("current_add", "first_add"):
            return f"{when}%7C%7C%7Cep%3D{page}%7C%7C%7Crf%3Dhttps%3A%2F%2Fwww.google.com%2F"
        if kind == "udata":
            return ("vst%3D1%7C%7C%7Cuip%3D%28none%29%7C%7C%7Cuag%3DMozilla%2F5.0%20%28X11%3B"
                    "%20Linux%20x86_64%29%20AppleWebKit%2F537.36")
        if kind == "session":
            return f"pgs%3D{c.r.randint(1, 9)}%7C%7C%7Ccpg%3D{page}"
        return "1418474375998%3D1"
    return make


def shopify_unique():
    return lambda c: c.uuid(upper=True) if c.r.random() < 0.5 else c.hex(8) + "-" + c.hex(4) + "-" + \
        c.hex(4) + "-" + c.hex(4) + "-" + c.hex(12)


def shopify_cart():
    return lambda c: f"Z2NwLWV1cm9wZS13ZXN0MTp{c.chars(ALNUM, 30)}?key={c.hex(32)}"


def wix_svsession():
    return lambda c: c.hex(200)


def squarespace_cvr():
    return lambda c: (f"{c.uuid()}%7C{c.past_ms()}%7C{c.past_ms(DAY)}%7C{c.past_ms(HOUR)}%7C"
                      f"{c.r.randint(1, 40)}")


def at_internet_user():
    return url_encoded_json(lambda c: {
        "name": "atuserid", "val": c.uuid(),
        "options": {"end": iso(c.past_ms(DAY) + 395 * DAY * 1000), "path": "/"}})


def contentsquare_id():
    return lambda c: (f"{c.uuid()}.{c.past()}.{c.r.randint(1, 30)}.{c.past()}.{c.past()}."
                      f"{c.r.randint(1000000000, 1999999999)}.{c.past_ms() + 395 * DAY * 1000}.1")


def contentsquare_session():
    return lambda c: f"{c.r.randint(1, 9)}.0.0.{c.r.randint(1, 9)}.{c.past_ms(HOUR)}"


def dynatrace_cookie():
    return lambda c: f"v_4_srv_{c.r.randint(1, 40)}_sn_{c.hex(32, True)}_perc_100000_ol_0_mul_1_app-3A{c.hex(16)}_1"


def dynatrace_rxvt():
    return lambda c: f"{c.past_ms(MINUTE) + 1800000}|{c.past_ms(HOUR)}"


def mpulse_rt():
    return lambda c: (f"\"z=1&dm={c.domain.strip('.')}&si={c.uuid()}&ss={base36(c, 8)}&sl="
                      f"{c.r.randint(0, 9)}&tt={base36(c, 3)}&bcn=%2F%2F{c.hex(8)}.akstat.io%2F\"")


def klaviyo_id():
    return base64_json(lambda c: {"$exchange_id": c.chars(B64URL, 43) + "." + c.chars(ALNUM, 6),
                                  "$referrer": {"ts": c.past(), "value": "", "first_page":
                                                f"https://{c.host}/"},
                                  "$last_referrer": {"ts": c.past(HOUR), "value": "",
                                                     "first_page": f"https://{c.host}/"}})


def microsoft_fpc():
    return lambda c: (f"GUID={c.hex(32)}&HASH={c.hex(4)}&LV=2026{c.r.randint(1, 11):02d}"
                      f"&V=4&LU={c.past_ms()}")


def app_insights_session():
    return lambda c: f"{c.chars(B64, 22)}|{c.past_ms(HOUR)}|{c.past_ms(MINUTE * 5)}"


def app_insights_user():
    return lambda c: f"{c.chars(B64, 22)}|{iso(c.past_ms())}"


def quantum_metric_id():
    return hexv(32)


def mouseflow_session():
    return lambda c: c.hex(32)


def typo3_session():
    return hexv(32)


def wix_consent_policy():
    return url_encoded_json(lambda c: {"func": 1, "anl": 1, "adv": 0, "dt3": 1, "ess": 1,
                                       "ts": c.past_ms(60 * DAY)})


def google_socs():
    return lambda c: "CAISHAgBEhJnd3NfMjAyNjExMTgtMF9SQzIaAmVuIAEaBgiA" + c.chars(B64URL, 8)


def yandex_uid():
    return lambda c: f"{c.past()}{c.r.randint(100000000, 999999999)}"
