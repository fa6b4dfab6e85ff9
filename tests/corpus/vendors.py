"""The cookies a third-party product or platform sets on a site that embeds it, in the category
sites' declarations usually give them. A site that declares one differently says so with
declaration.relabel(). Name parts in {BRACES} are generated per site (see declaration.NAME_PARTS).
"""
import values as v
from declaration import N, F, P, T, vendor, platform
from values import MINUTE, HOUR, DAY, WEEK, MONTH, YEAR

# --- analytics ----------------------------------------------------------------------------------


def ga4(daily=False, throttle=False):
    rows = [vendor("_ga", P, v.ga_client_id(), 2 * YEAR),
            vendor("_ga_{GA4}", P, v.ga4_session(), 2 * YEAR)]
    if daily:
        rows.append(vendor("_gid", P, v.ga_daily_id(), DAY))
    if throttle:
        rows.append(vendor("_gat_{UA}", P, v.lit("1"), MINUTE))
    return rows


def universal_analytics():
    return [vendor("_ga", P, v.ga_client_id(), 2 * YEAR),
            vendor("_gid", P, v.ga_daily_id(), DAY),
            vendor("_gat", P, v.lit("1"), MINUTE)]


def hotjar(sample=False):
    rows = [vendor("_hjSessionUser_{HJ}", P, v.hotjar_user(), YEAR, secure=True),
            vendor("_hjSession_{HJ}", P, v.hotjar_session(), 30 * MINUTE, secure=True)]
    if sample:
        rows.append(vendor("_hjIncludedInSessionSample_{HJ}", P, v.lit("0"), 2 * MINUTE))
        rows.append(vendor("_hjAbsoluteSessionInProgress", P, v.lit("0"), 30 * MINUTE))
    return rows


def clarity(third_party=True):
    rows = [vendor("_clck", P, v.clarity_clck(), YEAR),
            vendor("_clsk", P, v.clarity_clsk(), DAY)]
    if third_party:
        rows += [vendor("CLID", P, v.hexv(32), YEAR, domain="www.clarity.ms"),
                 vendor("MUID", T, v.hexv(32, True), YEAR, domain=".clarity.ms"),
                 vendor("SM", P, v.lit("C"), None, domain=".c.clarity.ms")]
    return rows


def adobe_analytics(target=False):
    rows = [vendor("AMCV_{AORG}%40AdobeOrg", P, v.adobe_amcv(), 2 * YEAR),
            vendor("AMCVS_{AORG}%40AdobeOrg", P, v.lit("1"), None),
            vendor("s_cc", P, v.lit("true"), None),
            vendor("s_sq", P, v.one_of("%5B%5BB%5D%5D", "%5B%5BB%5D%5D%5B%5BB%5D%5D"), None)]
    if target:
        rows += [vendor("mbox", P, v.adobe_mbox(), 2 * YEAR),
                 vendor("at_check", P, v.lit("true"), None)]
    return rows


def adobe_audience_manager():
    return [vendor("demdex", T, v.digits(38), 180 * DAY, domain=".demdex.net"),
            vendor("dpm", T, v.digits(38), 180 * DAY, domain=".dpm.demdex.net")]


def segment():
    return [vendor("ajs_anonymous_id", P, v.segment_anonymous_id(), YEAR)]


def amplitude():
    return [vendor("AMP_{AMP}", P, v.amplitude_device(), YEAR),
            vendor("AMP_MKTG_{AMP}", P, v.lit("JTdCJTdE"), YEAR)]


def mixpanel():
    return [vendor("mp_{MP}_mixpanel", P, v.mixpanel_state(), YEAR)]


def heap():
    return [vendor("_hp2_id.{HEAP}", P, v.heap_id(), 13 * MONTH),
            vendor("_hp2_ses_props.{HEAP}", P, v.heap_session_props(), 30 * MINUTE)]


def matomo():
    return [vendor("_pk_id.{PK}", P, v.matomo_id(), 13 * MONTH),
            vendor("_pk_ses.{PK}", P, v.lit("1"), 30 * MINUTE)]


def chartbeat():
    return [vendor("_cb", P, v.chartbeat_cb(), 13 * MONTH),
            vendor("_chartbeat2", P, v.chartbeat_2(), 13 * MONTH)]


def parsely():
    return [vendor("_parsely_visitor", P, v.parsely_visitor(), 13 * MONTH)]


def comscore():
    return [vendor("UID", P, v.hexv(32), 13 * MONTH, domain=".scorecardresearch.com"),
            vendor("UIDR", P, v.fmt("{t}", t=v.timestamp()), 13 * MONTH,
                   domain=".scorecardresearch.com")]


def at_internet(visitor=True):
    """AT Internet / Piano Analytics."""
    rows = [vendor("atuserid", P, v.at_internet_user(), 13 * MONTH)]
    if visitor:
        rows.append(vendor("atidvisitor", P, v.url_encoded_json(lambda c: {
            "name": "atidvisitor", "val": {"vrn": f"-{c.r.randint(500000, 700000)}-"},
            "options": {"path": "/", "session": 15724800, "end": 15724800}}), 6 * MONTH))
    return rows


def contentsquare():
    return [vendor("_cs_id", P, v.contentsquare_id(), 13 * MONTH),
            vendor("_cs_s", P, v.contentsquare_session(), 30 * MINUTE),
            vendor("_cs_c", P, v.one_of("0", "1", "3"), 13 * MONTH)]


def dynatrace(label=P):
    return [vendor("dtCookie", label, v.dynatrace_cookie(), None),
            vendor("rxVisitor", label, v.fmt("{ms}{x}", ms=v.timestamp_ms(),
                                             x=lambda c: c.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 19)),
                   None),
            vendor("rxvt", label, v.dynatrace_rxvt(), None),
            vendor("dtPC", label, v.fmt("{n}${d}_{x}h{m}vABC{y}-0e0", n=v.digits(2), d=v.digits(9),
                                        x=v.digits(3), m=v.digits(2),
                                        y=lambda c: c.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 12)),
                   None)]


def akamai_mpulse():
    return [vendor("RT", P, v.mpulse_rt(), WEEK, same_site="lax")]


def quantum_metric():
    return [vendor("QuantumMetricUserID", P, v.quantum_metric_id(), YEAR, same_site="no_restriction", secure=True),
            vendor("QuantumMetricSessionID", P, v.quantum_metric_id(), None, same_site="no_restriction", secure=True)]


def mouseflow():
    return [vendor("mf_{UUID}", P, v.url_encoded_json(lambda c: {
                "v": "1", "mf_user": c.hex(32), "lastActivity": c.past_ms(HOUR)}), 90 * DAY),
            vendor("mf_user", P, v.fmt("{h}|", h=v.hexv(32)), 90 * DAY)]


def microsoft_telemetry():
    return [vendor("MSFPC", P, v.microsoft_fpc(), YEAR, secure=True, same_site="no_restriction"),
            vendor("MicrosoftApplicationsTelemetryDeviceId", P, v.uuid(), YEAR, secure=True),
            vendor("ai_session", P, v.app_insights_session(), 30 * MINUTE, secure=True),
            vendor("ai_user", P, v.app_insights_user(), YEAR, secure=True)]


def yandex_metrica():
    return [vendor("_ym_uid", P, v.yandex_uid(), YEAR),
            vendor("_ym_d", P, v.timestamp(), YEAR),
            vendor("_ym_isad", P, v.one_of("1", "2"), DAY),
            vendor("yandexuid", T, v.yandex_uid(), YEAR, domain=".yandex.com")]


def siteimprove():
    return [vendor("nmstat", P, v.uuid(), 3 * YEAR)]


def datadog_rum():
    return [vendor("_dd_s", P, v.datadog_session(), 15 * MINUTE, same_site="strict")]


def tealium():
    return [vendor("utag_main", P, v.tealium_utag_main(), YEAR)]


# --- advertising and social ---------------------------------------------------------------------


def google_ads(click=False):
    rows = [vendor("_gcl_au", T, v.gcl_au(), 90 * DAY)]
    if click:
        rows.append(vendor("_gcl_aw", T, v.gcl_aw(), 90 * DAY))
    return rows


def doubleclick(test_cookie=True):
    rows = [vendor("IDE", T, v.doubleclick_ide(), 13 * MONTH, domain=".doubleclick.net",
                   http_only=True)]
    if test_cookie:
        rows.append(vendor("test_cookie", T, v.lit("CheckForPermission"), 15 * MINUTE,
                           domain=".doubleclick.net"))
    return rows


def google_nid():
    return [vendor("NID", T, v.google_nid(), 6 * MONTH, domain=".google.com", http_only=True)]


def google_ad_manager():
    return [vendor("__gads", T, v.gam_gads(), 13 * MONTH),
            vendor("__gpi", T, v.gam_gpi(), 13 * MONTH),
            vendor("__eoi", T, v.gam_eoi(), 6 * MONTH)]


def meta_pixel(click=False, fr=False):
    rows = [vendor("_fbp", T, v.fbp(), 90 * DAY, same_site="lax")]
    if click:
        rows.append(vendor("_fbc", T, v.fbc(), 90 * DAY, same_site="lax"))
    if fr:
        rows.append(vendor("fr", T, v.facebook_fr(), 90 * DAY, domain=".facebook.com",
                           http_only=True))
    return rows


def linkedin_insight(third_party=True):
    rows = [vendor("li_gc", F, v.linkedin_li_gc(), 180 * DAY, domain=".linkedin.com"),
            vendor("lidc", T, v.linkedin_lidc(), DAY, domain=".linkedin.com"),
            vendor("bcookie", T, v.linkedin_bcookie(), YEAR, domain=".linkedin.com"),
            vendor("lang", F, v.lit("v=2&lang=en-us"), None, domain=".linkedin.com")]
    if third_party:
        rows += [vendor("UserMatchHistory", T, v.linkedin_sync(), MONTH, domain=".linkedin.com"),
                 vendor("AnalyticsSyncHistory", T, v.linkedin_sync(), MONTH,
                        domain=".linkedin.com")]
    return rows


def microsoft_uet():
    return [vendor("_uetsid", T, v.hexv(32), DAY),
            vendor("_uetvid", T, v.hexv(32), 13 * MONTH),
            vendor("MUID", T, v.hexv(32, True), 13 * MONTH, domain=".bing.com")]


def tiktok_pixel():
    return [vendor("_ttp", T, v.tiktok_ttp(), 13 * MONTH),
            vendor("_tt_enable_cookie", T, v.lit("1"), 13 * MONTH),
            vendor("ttcsid", T, v.tiktok_csid(), 13 * MONTH),
            vendor("ttcsid_{TT}", T, v.tiktok_csid(), 13 * MONTH)]


def pinterest_tag():
    return [vendor("_pin_unauth", T, v.pinterest_unauth(), YEAR),
            vendor("_pinterest_ct_ua", T, v.pinterest_ct_ua(), YEAR, domain=".ct.pinterest.com")]


def twitter_pixel(domain=".x.com"):
    return [vendor("personalization_id", T, v.twitter_personalization_id(), 400 * DAY,
                   domain=domain),
            vendor("muc_ads", T, v.uuid(), 400 * DAY, domain=domain),
            vendor("guest_id_marketing", T, v.twitter_guest_id(), 400 * DAY, domain=domain),
            vendor("lang", F, v.one_of("en", "en-gb"), None, domain=domain)]


def criteo():
    return [vendor("cto_bundle", T, v.criteo_bundle(), 13 * MONTH),
            vendor("uid", T, v.b64url(32), 13 * MONTH, domain=".criteo.com")]


def klaviyo():
    return [vendor("__kla_id", T, v.klaviyo_id(), 2 * YEAR)]


def attentive():
    return [vendor("__attentive_id", T, v.hexv(32), 2 * YEAR),
            vendor("__attentive_session_id", T, v.hexv(32), 30 * MINUTE),
            vendor("__attentive_dv", T, v.lit("1"), 30 * MINUTE)]


def bizible():
    return [vendor("_biz_uid", T, v.hexv(32), YEAR),
            vendor("_biz_nA", T, v.digits(2), YEAR),
            vendor("_biz_pendingA", T, v.lit("%5B%5D"), YEAR),
            vendor("_biz_flagsA", T, v.lit("%7B%22Version%22%3A1%2C%22XDomain%22%3A%221%22%7D"),
                   YEAR)]


def sixsense():
    return [vendor("_gd_visitor", T, v.uuid(), YEAR),
            vendor("_gd_session", T, v.uuid(), 4 * HOUR),
            vendor("_an_uid", T, v.digits(19), 7 * DAY)]


def reddit_pixel():
    return [vendor("_rdt_uuid", T, v.rdt_uuid(), 90 * DAY, secure=True, same_site="strict")]


def snap_pixel():
    return [vendor("_scid", T, v.uuid(), 13 * MONTH),
            vendor("_sctr", T, v.snap_sctr(), 13 * MONTH)]


def quantcast():
    return [vendor("__qca", T, v.quantcast_qca(), 13 * MONTH),
            vendor("mc", T, v.quantcast_mc(), 13 * MONTH, domain=".quantserve.com")]


def taboola():
    return [vendor("t_gid", T, v.fmt("{u}-tuct{h}", u=v.uuid(), h=v.hexv(7)), YEAR,
                   domain=".taboola.com"),
            vendor("t_pt_gid", T, v.fmt("{u}-tuct{h}", u=v.uuid(), h=v.hexv(7)), YEAR,
                   domain=".taboola.com")]


def outbrain():
    return [vendor("obuid", T, v.uuid(), 90 * DAY, domain=".outbrain.com")]


def programmatic_ssps():
    """The cookie-sync partners a news site's header bidding pulls in."""
    return [vendor("uuid2", T, v.digits(19), 90 * DAY, domain=".adnxs.com", http_only=True),
            vendor("TDID", T, v.uuid(), YEAR, domain=".adsrvr.org"),
            vendor("khaos", T, v.fmt("{a}-{b}-{c}", a=v.alnum(8), b=v.alnum(2), c=v.alnum(4)),
                   YEAR, domain=".rubiconproject.com"),
            vendor("KADUSERCOOKIE", T, v.uuid(upper=True), 30 * DAY, domain=".pubmatic.com"),
            vendor("CMID", T, v.b64url(22), YEAR, domain=".casalemedia.com"),
            vendor("i", T, v.uuid(), YEAR, domain=".openx.net")]


def amazon_ads():
    return [vendor("ad-id", T, v.fmt("A{x}", x=v.b64url(40)), 200 * DAY,
                   domain=".amazon-adsystem.com"),
            vendor("ad-privacy", T, v.lit("0"), 2 * YEAR, domain=".amazon-adsystem.com")]


def marketo():
    return [vendor("_mkto_trk", T, v.marketo_trk(), 2 * YEAR)]


def pardot():
    return [vendor("visitor_id{PARDOT}", T, v.digits(9), 10 * YEAR),
            vendor("visitor_id{PARDOT}-hash", T, v.hexv(80), 10 * YEAR)]


# --- video and embeds ---------------------------------------------------------------------------


def youtube(metadata_label=T):
    return [vendor("YSC", T, v.b64url(11), None, domain=".youtube.com", http_only=True),
            vendor("VISITOR_INFO1_LIVE", T, v.b64url(11), 180 * DAY, domain=".youtube.com",
                   http_only=True),
            vendor("VISITOR_PRIVACY_METADATA", metadata_label, v.youtube_visitor_metadata(),
                   180 * DAY, domain=".youtube.com", http_only=True)]


def vimeo():
    return [vendor("vuid", P, v.fmt("pl{a}.{b}", a=v.digits(10), b=v.digits(10)), 2 * YEAR,
                   domain=".vimeo.com"),
            vendor("__cf_bm", N, v.cf_bm(), 30 * MINUTE, domain=".vimeo.com", http_only=True),
            vendor("player", F, v.lit('"volume=1&quality=auto"'), YEAR, domain=".vimeo.com")]


def recaptcha():
    return [vendor("_GRECAPTCHA", N, v.fmt("09A{x}", x=v.b64url(300)), 180 * DAY,
                   domain="www.google.com", http_only=True)]


# --- support, chat and A/B testing --------------------------------------------------------------


def livechat():
    return [vendor("__lc_cid", F, v.uuid(), 2 * YEAR, secure=True, same_site="no_restriction"),
            vendor("__lc_cst", F, v.hexv(64), 2 * YEAR, secure=True, same_site="no_restriction"),
            vendor("__oauth_redirect_detector", N, v.timestamp_ms(), MINUTE, secure=True)]


def google_one_tap():
    return [vendor("g_state", F, v.lit("{\"i_l\":0}"), 180 * DAY)]


def sharethis():
    return [vendor("__sharethis_cookie_test__", F, v.lit("0"), None),
            vendor("__stid", T, v.b64(40), YEAR, domain=".sharethis.com")]


def optinmonster():
    return [vendor("omVisits", P, v.digits(1), YEAR),
            vendor("omSessionPageviews", P, v.digits(1), None),
            vendor("omSessionStart", P, v.timestamp_ms(), None),
            vendor("_omappvp", P, v.b64(60), 11 * YEAR),
            vendor("_omappvs", P, v.timestamp_ms(), 20 * MINUTE)]


def intercom(label=F):
    return [vendor("intercom-id-{IC}", label, v.uuid(), 270 * DAY, same_site="lax"),
            vendor("intercom-session-{IC}", label, v.b64(60), WEEK, same_site="lax"),
            vendor("intercom-device-id-{IC}", label, v.uuid(), 270 * DAY, same_site="lax")]


def zendesk_chat():
    return [vendor("__zlcmid", F, v.fmt("1{x}", x=v.alnum(13)), YEAR)]


def drift():
    return [vendor("driftt_aid", F, v.uuid(), 2 * YEAR),
            vendor("drift_aid", F, v.uuid(), 2 * YEAR)]


def tawk():
    return [vendor("twk_uuid_{TAWK}", F, v.url_encoded_json(
                lambda c: {"uuid": "1." + c.chars(v.ALNUM, 56), "version": 3, "domain": c.domain.strip("."),
                           "ts": c.past_ms()}), 6 * MONTH),
            vendor("TawkConnectionTime", F, v.lit("0"), None)]


def hubspot(label=P, chat=False):
    rows = [vendor("__hstc", label, v.hubspot_hstc(), 180 * DAY),
            vendor("hubspotutk", label, v.hexv(32), 180 * DAY),
            vendor("__hssc", label, v.hubspot_hssc(), 30 * MINUTE),
            vendor("__hssrc", label, v.lit("1"), None)]
    if chat:
        rows.append(vendor("messagesUtk", F, v.hexv(32), 180 * DAY))
    return rows


def optimizely():
    return [vendor("optimizelyEndUserId", P, v.optimizely_end_user(), 180 * DAY)]


def vwo():
    return [vendor("_vwo_uuid_v2", P, v.vwo_uuid_v2(), YEAR),
            vendor("_vis_opt_s", P, v.fmt("{n}%7C", n=v.one_of("1", "2", "3")), 100 * DAY),
            vendor("_vis_opt_test_cookie", P, v.lit("1"), None)]


def abtasty():
    return [vendor("ABTasty", P, v.abtasty(), 13 * MONTH),
            vendor("ABTastySession", P, v.fmt("mrasn=&lp=https%253A%252F%252F{h}%252F",
                                              h=lambda c: c.host), None)]


def stripe_js():
    return [vendor("__stripe_mid", N, v.fmt("{u}{h}", u=v.uuid(), h=v.hexv(6)), YEAR,
                   secure=True, same_site="strict"),
            vendor("__stripe_sid", N, v.fmt("{u}{h}", u=v.uuid(), h=v.hexv(6)), 30 * MINUTE,
                   secure=True, same_site="strict")]


# --- consent managers ---------------------------------------------------------------------------


def onetrust(tcf=False, groups="C0001:1,C0002:1,C0003:1,C0004:0"):
    rows = [vendor("OptanonConsent", N, v.onetrust_consent(groups), YEAR, same_site="lax"),
            vendor("OptanonAlertBoxClosed", N, v.iso_date(), YEAR, same_site="lax")]
    if tcf:
        rows.append(vendor("eupubconsent-v2", N, v.tcf_string(), YEAR, same_site="lax"))
    return rows


def cookiebot():
    return [vendor("CookieConsent", N, v.cookiebot_consent(), YEAR)]


def didomi():
    return [vendor("didomi_token", N, v.didomi_token(), YEAR, same_site="lax"),
            vendor("euconsent-v2", N, v.tcf_string(), YEAR, same_site="lax")]


def sourcepoint():
    return [vendor("consentUUID", N, v.fmt("{u}_{n}", u=v.uuid(), n=v.one_of("38", "40", "41")),
                   YEAR, secure=True, same_site="lax"),
            vendor("consentDate", N, v.iso_date(), YEAR, secure=True, same_site="lax"),
            vendor("euconsent-v2", N, v.tcf_string(), YEAR, secure=True, same_site="lax")]


def trustarc():
    return [vendor("notice_behavior", N, v.one_of("implied,eu", "expressed,eu", "implied,us"),
                   None),
            vendor("notice_gdpr_prefs", N, v.one_of("0,1,2:", "0:"), YEAR),
            vendor("notice_preferences", N, v.one_of("2:", "0:"), YEAR),
            vendor("cmapi_cookie_privacy", N, v.one_of("permit 1,2,3", "permit 1 required"), YEAR),
            vendor("TAconsentID", N, v.uuid(), YEAR)]


def cookieyes():
    return [vendor("cookieyes-consent", N, v.cookieyes_consent(), YEAR)]


def complianz():
    """Complianz' own table, copied into the sites' declarations, calls these functional."""
    return [vendor("cmplz_banner-status", F, v.lit("dismissed"), YEAR),
            vendor("cmplz_consented_services", F, v.lit(""), YEAR),
            vendor("cmplz_policy_id", F, v.one_of("14", "21", "33"), YEAR),
            vendor("cmplz_marketing", F, v.lit("deny"), YEAR),
            vendor("cmplz_statistics", F, v.lit("allow"), YEAR),
            vendor("cmplz_preferences", F, v.lit("allow"), YEAR)]


def civic_cookie_control():
    return [vendor("CookieControl", N, v.civic_cookie_control(), 90 * DAY)]


def iubenda():
    return [vendor("_iub_cs-{IUB}", N, lambda c: v.iubenda_consent(c.r.randint(1000000, 3999999))(c),
                   YEAR)]


def cookie_script():
    return [vendor("CookieScriptConsent", N, v.cookie_script_consent(), MONTH)]


def ensighten_privacy():
    return [vendor("ENSIGHTEN_PRIVACY_BANNER_VIEWED", N, v.lit("1"), YEAR),
            vendor("ENSIGHTEN_PRIVACY_Analytics", N, v.lit("1"), YEAR),
            vendor("ENSIGHTEN_PRIVACY_Marketing", N, v.one_of("0", "1"), YEAR),
            vendor("ENSIGHTEN_PRIVACY_MODAL_VIEWED", N, v.lit("1"), YEAR)]


def usercentrics():
    return [vendor("uc_user_interaction", N, v.lit("true"), YEAR),
            vendor("uc_settings", N, v.b64(200), YEAR)]


def piwik_pro_consent():
    return [vendor("ppms_privacy_{UUID}", N, v.url_encoded_json(lambda c: {
        "visitorId": c.uuid(), "domain": {"normalized": c.host, "isWildcard": False,
                                          "pattern": c.host},
        "consents": {"analytics": {"status": 1}}}), YEAR)]


def tealium_consent():
    return [vendor("CONSENTMGR", N, v.fmt("c1:1%7Cc2:1%7Cc3:0%7Cts:{ms}%7Cconsent:true",
                                         ms=v.timestamp_ms()), YEAR)]


def tarteaucitron():
    return [vendor("tarteaucitron", N, v.one_of("!gtag=true!youtube=true!matomo=true",
                                                "!atinternet=true!youtube=false!twitter=false"),
                   YEAR)]


def quantcast_choice():
    return [vendor("euconsent-v2", N, v.tcf_string(), YEAR),
            vendor("addtl_consent", N, v.lit("1~39.4.3.9.16.94.2.139.3.70.93.108.122.149.196.2253"
                                             ".2299.259.2357.311.313.323.2373.338.358.2415.415"),
                   YEAR)]


# --- CDNs, load balancers and bot protection ----------------------------------------------------


def cloudflare(uvid=True, clearance=False):
    rows = [vendor("__cf_bm", N, v.cf_bm(), 30 * MINUTE, http_only=True, secure=True,
                   same_site="no_restriction")]
    if uvid:
        rows.append(vendor("_cfuvid", N, v.cfuvid(), None, http_only=True, secure=True,
                           same_site="no_restriction"))
    if clearance:
        rows.append(vendor("cf_clearance", N, v.cf_clearance(), YEAR, http_only=True,
                           secure=True, same_site="no_restriction"))
    return rows


def akamai_bot_manager(abck=True):
    rows = [vendor("ak_bmsc", N, v.akamai("ak_bmsc"), 2 * HOUR, http_only=True),
            vendor("bm_sv", N, v.akamai("bm_sv"), 2 * HOUR, secure=True),
            vendor("bm_sz", N, v.akamai("bm_sz"), 4 * HOUR)]
    if abck:
        rows.append(vendor("_abck", N, v.akamai("_abck"), YEAR, secure=True))
    return rows


def aws_alb(cors=True):
    rows = [vendor("AWSALB", N, v.aws_alb(), WEEK, host_only=True)]
    if cors:
        rows.append(vendor("AWSALBCORS", N, v.aws_alb(), WEEK, host_only=True, secure=True,
                           same_site="no_restriction"))
    return rows


def imperva():
    return [vendor("visid_incap_{INC}", N, v.imperva_visid(), YEAR, http_only=True),
            vendor("incap_ses_{INCN}_{INC}", N, v.imperva_visid(), None),
            vendor("nlbi_{INC}", N, v.fmt("{x}", x=v.b64(44)), None, http_only=True)]


def f5_bigip(pool="pool_www_443"):
    return [vendor("BIGipServer" + pool, N, v.bigip(), None, host_only=True, http_only=True,
                   secure=True)]


def f5_asm():
    return [vendor("TS01{TS}", N, v.f5_ts(), None)]


def perimeterx():
    return [vendor("_pxvid", N, v.uuid(), YEAR, same_site="lax"),
            vendor("_px3", N, v.perimeterx_px3(), 5 * MINUTE, same_site="lax"),
            vendor("pxcts", N, v.uuid(), None, same_site="lax")]


def datadome():
    return [vendor("datadome", N, v.datadome(), YEAR, secure=True, same_site="lax")]


def azure_affinity():
    return [vendor("ARRAffinity", N, v.arr_affinity(), None, host_only=True, http_only=True),
            vendor("ARRAffinitySameSite", N, v.arr_affinity(), None, host_only=True,
                   http_only=True, secure=True, same_site="no_restriction")]


# --- frameworks and platforms -------------------------------------------------------------------


def php_session():
    return [platform("PHPSESSID", N, v.php_session(), None, host_only=True)]


def java_session(path="/"):
    return [platform("JSESSIONID", N, v.java_session(), None, host_only=True, http_only=True,
                     secure=True, path=path)]


def aspnet_session():
    return [platform("ASP.NET_SessionId", N, v.aspnet_session(), None, host_only=True,
                     http_only=True, same_site="lax")]


def aspnet_core_antiforgery():
    return [platform(".AspNetCore.Antiforgery.{ANTI}", N, v.aspnet_core_protected(), None,
                     host_only=True, http_only=True, same_site="strict")]


def laravel(app="laravel"):
    return [platform("XSRF-TOKEN", N, v.laravel_encrypted(), 2 * HOUR, host_only=True,
                     same_site="lax"),
            platform(f"{app}_session", N, v.laravel_encrypted(), 2 * HOUR, host_only=True,
                     http_only=True, same_site="lax")]


def django():
    return [platform("csrftoken", N, v.alnum(32), YEAR, host_only=True, same_site="lax"),
            platform("sessionid", N, v.lower_alnum(32), 2 * WEEK, host_only=True, http_only=True,
                     same_site="lax")]


def rails(app):
    return [platform(f"_{app}_session", N, v.rails_session(), None, host_only=True,
                     http_only=True, same_site="lax")]


def express():
    return [platform("connect.sid", N, v.express_session(), None, host_only=True,
                     http_only=True)]


def drupal(cookie_compliance=True):
    rows = [platform("SSESS{WPH}", N, v.drupal_session(), 23 * DAY, host_only=True,
                     http_only=True, secure=True, same_site="lax")]
    if cookie_compliance:
        rows += [platform("cookie-agreed", N, v.lit("2"), 100 * DAY),
                 platform("cookie-agreed-version", N, v.lit("1.0.0"), 100 * DAY),
                 platform("cookie-agreed-categories", N,
                          v.lit("%5B%22necessary%22%2C%22analytics%22%5D"), 100 * DAY)]
    return rows


def wordpress(logged_in=False):
    rows = [platform("wordpress_test_cookie", N, v.lit("WP%20Cookie%20check"), None,
                     host_only=True, secure=True)]
    if logged_in:
        rows += [platform("wordpress_logged_in_{WPH}", N, v.wordpress_logged_in(), None,
                          host_only=True, http_only=True, secure=True),
                 platform("wp-settings-1", F, v.lit("libraryContent%3Dbrowse%26editor%3Dtinymce"),
                          YEAR, host_only=True),
                 platform("wp-settings-time-1", F, v.timestamp(), YEAR, host_only=True)]
    return rows


def woocommerce(attribution=True):
    rows = [platform("woocommerce_cart_hash", N, v.hexv(32), None, host_only=True, secure=True),
            platform("woocommerce_items_in_cart", N, v.lit("1"), None, host_only=True,
                     secure=True),
            platform("wp_woocommerce_session_{WPH}", N, v.woocommerce_session(), 2 * DAY,
                     host_only=True, http_only=True, secure=True)]
    if attribution:
        rows += [platform("sbjs_" + part, P, v.sourcebuster(part), None if part == "session"
                          else 6 * MONTH, host_only=True)
                 for part in ("migrations", "current_add", "first_add", "current", "first",
                              "udata", "session")]
    return rows


def magento():
    return [platform("PHPSESSID", N, v.php_session(), HOUR, host_only=True, http_only=True,
                     secure=True, same_site="lax"),
            platform("form_key", N, v.alnum(16), HOUR, host_only=True, secure=True,
                     same_site="lax"),
            platform("mage-cache-storage", N, v.lit("{}"), YEAR, host_only=True),
            platform("mage-cache-storage-section-invalidation", N, v.lit("{}"), YEAR,
                     host_only=True),
            platform("mage-cache-sessid", N, v.lit("true"), DAY, host_only=True),
            platform("mage-messages", N, v.lit(""), YEAR, host_only=True),
            platform("private_content_version", N, v.hexv(32), 400 * DAY, host_only=True),
            platform("X-Magento-Vary", N, v.hexv(64), DAY, host_only=True, secure=True),
            platform("section_data_ids", F, v.url_encoded_json(lambda c: {
                "cart": c.past(), "customer": c.past(), "compare-products": c.past()}), None,
                host_only=True),
            platform("recently_viewed_product", F, v.lit("{}"), YEAR, host_only=True),
            platform("recently_viewed_product_previous", F, v.lit("{}"), YEAR, host_only=True),
            platform("product_data_storage", F, v.lit("{}"), YEAR, host_only=True),
            platform("mage-translation-storage", F, v.lit("{}"), YEAR, host_only=True),
            platform("mage-translation-file-version", F, v.lit("{}"), YEAR, host_only=True)]


def wix():
    """The cookies Wix sets on every site it hosts (Wix's own cookie table)."""
    return [platform("XSRF-TOKEN", N, v.fmt("{t}|{x}", t=v.timestamp(), x=v.b64url(12)), None,
                     secure=True, same_site="lax"),
            platform("hs", N, v.fmt("-{n}", n=v.digits(10)), None, http_only=True, secure=True),
            platform("svSession", N, v.wix_svsession(), 2 * YEAR, http_only=True, secure=True),
            platform("bSession", P, v.fmt("{u}|{n}", u=v.uuid(), n=v.one_of("1", "2", "5")),
                     30 * MINUTE, secure=True),
            platform("ssr-caching", N, v.fmt("cache#desc=hit_hit#varnish=hit_hit#dc#desc="
                                             "fastly_g", ), 3 * MINUTE),
            platform("server-session-bind", N, v.uuid(), None, secure=True),
            platform("client-session-bind", N, v.uuid(), None, secure=True),
            platform("_wixAB3", N, v.fmt("{a}#{b}|{c}#{d}", a=v.digits(5), b=v.digits(1),
                                         c=v.digits(5), d=v.digits(1)), 6 * MONTH),
            platform("fedops.logger.sessionId", F, v.uuid(), YEAR),
            platform("consent-policy", N, v.wix_consent_policy(), YEAR),
            platform("TS01{TS}", N, v.f5_ts(), None)]


def squarespace():
    """The visitor cookies of Squarespace-hosted sites (Squarespace's cookie table)."""
    return [platform("crumb", N, v.alnum(32), None, host_only=True, secure=True),
            platform("ss_cvr", P, v.squarespace_cvr(), 2 * YEAR),
            platform("ss_cvt", P, v.timestamp_ms(), 30 * MINUTE),
            platform("ss_cookieAllowed", N, v.lit("1"), 6 * MONTH),
            platform("SS_MID", P, v.fmt("{u}{x}", u=v.uuid(), x=v.lower_alnum(8)), 2 * YEAR),
            platform("squarespace-popup-overlay", F, v.lit("true"), None),
            platform("squarespace-announcement-bar", F, v.lit("true"), None),
            platform("hasCart", F, v.lit("true"), 2 * WEEK)]


def ghost_members():
    return [platform("ghost-members-ssr", N, v.fmt("{x}", x=v.b64url(32)), 180 * DAY,
                     host_only=True, http_only=True, secure=True, same_site="lax"),
            platform("ghost-members-ssr.sig", N, v.b64url(27), 180 * DAY, host_only=True,
                     http_only=True, secure=True, same_site="lax")]


def typo3():
    return [platform("fe_typo_user", N, v.typo3_session(), None, host_only=True,
                     http_only=True, same_site="lax")]


def amazon_platform(marketplace):
    """The shopper session cookies of Amazon's retail platform (amazon.*, imdb.com)."""
    three_part_id = v.fmt("{a}-{b}-{c}", a=v.digits(3), b=v.digits(7), c=v.digits(7))
    return [platform("session-id", N, three_part_id, YEAR, secure=True),
            platform("session-id-time", N, v.lit("2082787201l"), YEAR, secure=True),
            platform(f"ubid-{marketplace}", N, three_part_id, YEAR, secure=True),
            platform("session-token", N, v.b64(228), YEAR, http_only=True, secure=True),
            platform("csm-hit", P, v.fmt("tb:s-{a}|{ms}&t:{ms}&adb:adblk_no",
                                         a=lambda c: c.chars("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", 20),
                                         ms=v.timestamp_ms()), YEAR)]


def shopify(logged_in=False):
    rows = [platform("_shopify_y", P, v.shopify_unique(), YEAR, same_site="lax"),
            platform("_shopify_s", P, v.shopify_unique(), 30 * MINUTE, same_site="lax"),
            platform("_tracking_consent", N, v.shopify_tracking_consent(), YEAR, same_site="lax"),
            platform("_orig_referrer", P, v.lit("https%3A%2F%2Fwww.google.com%2F"), 2 * WEEK,
                     same_site="lax"),
            platform("_landing_page", P, v.one_of("%2F", "%2Fcollections%2Fall",
                                                  "%2Fproducts%2Fnew-arrivals"), 2 * WEEK,
                     same_site="lax"),
            platform("localization", N, v.one_of("GB", "US", "DE"), YEAR, host_only=True),
            platform("cart_currency", N, v.one_of("GBP", "USD", "EUR"), 2 * WEEK, host_only=True),
            platform("_secure_session_id", N, v.hexv(32), DAY, host_only=True, http_only=True,
                     secure=True, same_site="lax"),
            platform("cart", N, v.shopify_cart(), 2 * WEEK, host_only=True, same_site="lax"),
            platform("keep_alive", N, v.uuid(), 30 * MINUTE, host_only=True, same_site="lax")]
    if logged_in:
        rows.append(platform("secure_customer_sig", N, v.hexv(32), YEAR, host_only=True,
                             http_only=True, secure=True))
    return rows
