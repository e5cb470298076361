#!/usr/bin/env python3
"""Build, validate and score the Accord development gold set.

    python3 check_gold.py                 validate dev.jsonl, print counts
    python3 check_gold.py --build         rebuild dev.jsonl from dev_source.py, then validate
    python3 check_gold.py --strict        also fail on lint warnings
    python3 check_gold.py --compare OUT   score engine output (accord extract --input jsonl) against the gold

Offsets are Unicode code points (Python len() indices), end exclusive. Only the
standard library is used. See GUIDELINES.md for the annotation rules.
"""

import argparse
import json
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

sys.dont_write_bytecode = True  # keep __pycache__ out of the test resources

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_FILE = os.path.join(HERE, "dev.jsonl")

# ---------------------------------------------------------------------------
# Allowed ids
# ---------------------------------------------------------------------------

# ISO 3166-1 alpha-2 (iso-codes 4.x) plus XK (Kosovo, user-assigned).
ISO_3166 = set("""
AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV
BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES
ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE
IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY
MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU
NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM
SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE
VG VI VN VU WF WS YE YT ZA ZM ZW XK
""".split())

# Organisations. AU is Australia; the African Union is AFU.
ORGS = set("""
ASEAN EU UN WHO UNDP FAO UNICEF WTO IMF WB ADB AIIB OECD NATO AFU MRC IAEA ILO UNESCO
EFTA SCO MERCOSUR GCC EAEU IEA GCF
""".split())

PARTY_IDS = ISO_3166 | ORGS

# Forum ids: those named in the brief, then the ones added for this set (GUIDELINES.md).
FORUM_IDS = set("""
two-plus-two g7 g20 quad ipef asean amm aem admm admm-plus asean-plus-three eas arf apec brics cop unga unsc
shangri-la-dialogue wef mgc mlc mekong-japan mekong-korea mekong-us-partnership jetp jcm azec rcep cptpp sco
bimstec opec fealac focac fii wha bcm atf eu-china-summit us-mexico-security-dialogue us-japan-philippines-summit
korea-japan-finance-dialogue mercosur china-gcc-summit wto-mc korea-africa-summit
malaysia-singapore-leaders-retreat china-japan-korea
""".split())

AREAS = {"energy", "health", "infrastructure", "labour", "trade", "investment-finance", "defence-security",
         "climate-environment", "digital-technology", "education-culture", "agriculture", "science",
         "tourism", "standards", "other"}

KINDS = {"consensus", "commitment", "signing", "memorandum", "loan-or-aid", "plan", "other"}

CURRENCIES = set("""
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD CAD
CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ
GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR
LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN
PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP STN SVC SYP SZL THB
TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XDR XOF XPF YER ZAR ZMW
""".split())

GOLD_KEYS = ["parties", "forums", "areas", "agreements", "amounts", "dates"]

DATE_VALUE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|--\d{2}(-\d{2})?|P\d+[YMWD])$")

# ---------------------------------------------------------------------------
# Building dev.jsonl from dev_source.py
# ---------------------------------------------------------------------------


def nfc(s):
    return unicodedata.normalize("NFC", s)


def _word_boundary_ok(text, start, end):
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


def _date_boundary_ok(text, start, end):
    if not _word_boundary_ok(text, start, end):
        return False
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    # "2024" inside "1/7/2024", "7/9" inside "17/9/2022"
    return before not in "/-" and after not in "/"


def find_all(text, needle, ok):
    out, i = [], text.find(needle)
    while i >= 0:
        if ok(text, i, i + len(needle)):
            out.append(i)
        i = text.find(needle, i + 1)
    return out


def build(source_dir, out_path):
    sys.path.insert(0, source_dir)
    import dev_source  # noqa: E402

    lines, cats = [], {}
    for p in dev_source.DATA:
        text = nfc(p["text"])
        pid = p["id"]
        lang = pid.split("-")[0]
        forums = []
        for f in p["forums"].split():
            fid, _, ed = f.partition(":")
            forums.append({"id": fid, "edition": int(ed)} if ed else {"id": fid})
        agreements = []
        for a in p["agr"]:
            trig = nfc(a["trigger"])
            hits = find_all(text, trig, _word_boundary_ok)
            if len(hits) <= a["occ"]:
                raise SystemExit(f"{pid}: trigger {trig!r} occurrence {a['occ']} not found")
            s = hits[a["occ"]]
            agreements.append({"kind": a["kind"], "alt_kinds": a["alt"].split(), "parties": a["parties"].split(),
                               "areas": a["areas"].split(), "start": s, "end": s + len(trig)})
        amounts = [{"value": m["value"], "currency": m["currency"], "approximate": m["approximate"]}
                   for m in p["amt"]]
        # Longer date texts first, so that "năm 2023" is not found inside "tháng 5 năm 2023".
        dates, used, taken = [], defaultdict(int), []
        for d in sorted(p["dates"], key=lambda d: -len(d["text"])):
            dt = nfc(d["text"])
            hits = [h for h in find_all(text, dt, _date_boundary_ok)
                    if not any(s < h + len(dt) and h < e for s, e in taken)]
            k = d["occ"] if d["occ"] is not None else used[dt]
            if len(hits) <= k:
                raise SystemExit(f"{pid}: date {dt!r} occurrence {k} not found")
            used[dt] = k + 1
            taken.append((hits[k], hits[k] + len(dt)))
            dates.append({"text": dt, "value": d["value"], "start": hits[k], "end": hits[k] + len(dt)})
        dates.sort(key=lambda x: x["start"])
        agreements.sort(key=lambda x: x["start"])
        obj = {"id": pid, "lang": lang, "text": text, "gold": {
            "parties": p["parties"].split(), "forums": forums, "areas": p["areas"].split(),
            "agreements": agreements, "amounts": amounts, "dates": dates}}
        lines.append(json.dumps(obj, ensure_ascii=False))
        cats[pid] = p["cat"]
    with open(out_path, "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines) + "\n")
    return cats


def load_categories(source_dir):
    try:
        sys.path.insert(0, source_dir)
        import dev_source  # noqa: E402
        return {p["id"]: p["cat"] for p in dev_source.DATA}
    except Exception:  # the source is optional for validation
        return {}

# ---------------------------------------------------------------------------
# Date normalisation cross-check (only the forms used in this set)
# ---------------------------------------------------------------------------

VI_NUM = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
EN_NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10}
EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
             "sept": 9, "oct": 10, "nov": 11, "dec": 12}
RELATIVE = {"năm tới", "năm nay", "năm trước", "năm ngoái", "tuần qua", "tuần tới", "tháng tới", "cùng ngày",
            "hôm qua", "hôm nay", "next year", "last year", "this year", "next month", "this month",
            "last month", "next week", "last week", "a year ago", "yesterday", "today"}


def _num(tok, table):
    return int(tok) if tok.isdigit() else table.get(tok.lower())


def _month(word):
    full = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december"]
    if word in full:
        return full.index(word) + 1
    return EN_MONTHS.get(word) if word in EN_MONTHS else None


def expected_date(text):
    t = text.strip()
    low = t.lower()
    if low in RELATIVE:
        return None
    v = re.sub(r"^(ngày|hôm)\s+", "", low)
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", v)
    if m:
        return f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2})", v)
    if m:
        return f"--{int(m[2]):02d}-{int(m[1]):02d}"
    m = re.fullmatch(r"tháng (\d{1,2}) năm (\d{4})", v)
    if m:
        return f"{m[2]}-{int(m[1]):02d}"
    m = re.fullmatch(r"tháng (\d{1,2})", v)
    if m:
        return f"--{int(m[1]):02d}"
    m = re.fullmatch(r"năm (\d{4})", v) or re.fullmatch(r"(\d{4})", v)
    if m:
        return m[1]
    m = re.fullmatch(r"(\w+) năm( tới)?", v)
    if m and _num(m[1], VI_NUM):
        return f"P{_num(m[1], VI_NUM)}Y"
    m = re.fullmatch(r"(the next )?(\w+) years", v)
    if m and _num(m[2], EN_NUM):
        return f"P{_num(m[2], EN_NUM)}Y"
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2}), (\d{4})", v)
    if m and _month(m[1]):
        return f"{m[3]}-{_month(m[1]):02d}-{int(m[2]):02d}"
    m = re.fullmatch(r"([a-z]+)\.? (\d{1,2})", v)
    if m and _month(m[1]):
        return f"--{_month(m[1]):02d}-{int(m[2]):02d}"
    m = re.fullmatch(r"([a-z]+) (\d{4})", v)
    if m and _month(m[1]):
        return f"{m[2]}-{_month(m[1]):02d}"
    if re.fullmatch(r"[a-z]+", v) and _month(v):
        return f"--{_month(v):02d}"
    return "UNKNOWN"

# ---------------------------------------------------------------------------
# Lint heuristics: things that look like an unannotated date, amount or party
# ---------------------------------------------------------------------------

DATE_HINTS = {
    "vi": [r"\b\d{1,2}/\d{1,2}(/\d{4})?\b", r"\btháng \d{1,2}\b", r"\bnăm \d{4}\b", r"\b(19|20)\d{2}\b",
           r"\b(năm tới|năm nay|năm trước|năm ngoái|tuần qua|tuần tới|tháng tới|hôm qua|hôm nay|cùng ngày)\b"],
    "en": [r"\b(Jan(uary)?|Feb(ruary)?|March|April|May|June|July|Aug(ust)?|Sept?(ember)?|Oct(ober)?|"
           r"Nov(ember)?|Dec(ember)?)\b\.?( \d{1,2})?\b",
           r"\b(19|20)\d{2}\b",
           r"\b(next|last|this) (year|month|week)\b", r"\b(yesterday|today)\b", r"\bnext \w+ years\b"],
}
AMOUNT_HINTS = {
    "vi": r"\d(?:[\d.,]*\d)?\s*(nghìn tỷ|tỷ|triệu|nghìn)?\s*(USD|Yên|Yen|yen|euro|đồng|NDT|nhân dân tệ|bảng Anh|AUD|rupiah|won\b|rupee)",
    "en": r"((A\$|\$|€|£|¥)\s?\d)|(\d(?:[\d.,]*\d)?\s*(million|billion|trillion|bn)?\s*(yen|euros?|pounds|rupees|won|baht|Australian dollars)\b)",
}
# Surface names for a coarse "mentioned but not annotated" check (warnings only).
PARTY_LEXICON = {
    "vi": {"Việt Nam": "VN", "Nhật Bản": "JP", "Ấn Độ": "IN", "Mỹ": "US", "Hoa Kỳ": "US", "Trung Quốc": "CN",
           "Hàn Quốc": "KR", "Triều Tiên": "KP", "Australia": "AU", "Úc": "AU", "Campuchia": "KH", "Lào": "LA",
           "Thái Lan": "TH", "Malaysia": "MY", "Singapore": "SG", "Indonesia": "ID", "Philippines": "PH",
           "Myanmar": "MM", "Brunei": "BN", "Timor-Leste": "TL", "Nga": "RU", "Ukraine": "UA", "Pháp": "FR",
           "Đức": "DE", "Anh": "GB", "Italy": "IT", "Canada": "CA", "Brazil": "BR", "Nam Phi": "ZA",
           "Ả Rập Xê Út": "SA", "UAE": "AE", "Qatar": "QA", "Ai Cập": "EG", "Kenya": "KE", "Sri Lanka": "LK",
           "Bangladesh": "BD", "Pakistan": "PK", "New Zealand": "NZ", "Mông Cổ": "MN", "Thổ Nhĩ Kỳ": "TR",
           "Iran": "IR", "Mexico": "MX", "Argentina": "AR", "Đài Loan": "TW", "Hong Kong": "HK",
           "Ba Lan": "PL", "Uzbekistan": "UZ", "Kazakhstan": "KZ", "Thụy Sĩ": "CH", "Hy Lạp": "GR",
           "Đan Mạch": "DK", "Na Uy": "NO", "Nepal": "NP", "Bhutan": "BT", "Iraq": "IQ", "Oman": "OM",
           "Mozambique": "MZ", "Ecuador": "EC", "Costa Rica": "CR", "Uganda": "UG", "Afghanistan": "AF",
           "Phần Lan": "FI", "ASEAN": "ASEAN", "EU": "EU", "Liên minh châu Âu": "EU", "Liên hợp quốc": "UN",
           "WHO": "WHO", "Ngân hàng Thế giới": "WB", "ADB": "ADB", "IMF": "IMF", "NATO": "NATO",
           "UNICEF": "UNICEF", "MRC": "MRC", "JICA": "JP", "KOICA": "KR", "Liên minh châu Phi": "AFU"},
    "en": {"Vietnam": "VN", "Japan": "JP", "India": "IN", "United States": "US", "U.S.": "US", "China": "CN",
           "South Korea": "KR", "North Korea": "KP", "Australia": "AU", "Cambodia": "KH", "Thailand": "TH",
           "Malaysia": "MY", "Singapore": "SG", "Indonesia": "ID", "Philippines": "PH", "Russia": "RU",
           "Ukraine": "UA", "France": "FR", "Germany": "DE", "Britain": "GB", "Italy": "IT", "Brazil": "BR",
           "South Africa": "ZA", "Saudi Arabia": "SA", "United Arab Emirates": "AE", "Qatar": "QA",
           "Egypt": "EG", "Kenya": "KE", "Bangladesh": "BD", "New Zealand": "NZ", "Mongolia": "MN",
           "Turkey": "TR", "Iran": "IR", "Argentina": "AR", "Chile": "CL", "Taiwan": "TW", "Sweden": "SE",
           "Hungary": "HU", "Switzerland": "CH", "Norway": "NO", "Iceland": "IS", "Liechtenstein": "LI",
           "Ethiopia": "ET", "Cameroon": "CM", "Morocco": "MA", "Papua New Guinea": "PG", "Belarus": "BY",
           "Kazakhstan": "KZ", "Ghana": "GH", "Tanzania": "TZ", "Paraguay": "PY",
           "ASEAN": "ASEAN", "European Union": "EU", "EU": "EU", "World Bank": "WB", "NATO": "NATO",
           "International Monetary Fund": "IMF", "Asian Development Bank": "ADB", "USAID": "US",
           "African Union": "AFU", "Mercosur": "MERCOSUR", "EFTA": "EFTA", "IAEA": "IAEA",
           "Association of Southeast Asian Nations": "ASEAN", "Shanghai Cooperation Organisation": "SCO",
           # demonyms name the country too
           "Japanese": "JP", "Indian": "IN", "Chinese": "CN", "Russian": "RU", "Brazilian": "BR",
           "Ukrainian": "UA", "Philippine": "PH", "Indonesian": "ID", "South African": "ZA", "French": "FR",
           "Paraguayan": "PY", "Australian": "AU", "German": "DE", "Kenyan": "KE", "Chilean": "CL",
           "Mongolian": "MN", "Hungarian": "HU", "Swedish": "SE", "Thai": "TH", "Vietnamese": "VN",
           "Armenian": "AM", "Azerbaijani": "AZ", "Kazakh": "KZ", "Italian": "IT", "Saudi": "SA"},
}
NOT_PARTIES = {  # geographic names containing a party name
    "vi": ["Ấn Độ Dương", "Mỹ Latinh", "Mỹ Đình", "Lào Cai", "Biển Đông", "Đông Nam Á"],
    "en": ["South China Sea", "Indo-Pacific", r"Southeast Asia(?!n)", "U.S.-led"],
}


def _mask(text, patterns):
    for pat in patterns:
        text = re.sub(pat, lambda m: " " * len(m[0]), text)
    return text


# Lint warnings checked by hand and kept on purpose (the text is a trap for the engine).
EXPECTED_WARNINGS = {
    ("vi-050", "party DE seems mentioned"),        # "Đức" in the person name Lại Thanh Đức
    ("vi-064", "party UN seems mentioned"),        # UNICEF's own name "Quỹ Nhi đồng Liên hợp quốc"
    ("vi-091", "party ASEAN seems mentioned"),     # only inside the forum name "Hội nghị Bộ trưởng Kinh tế ASEAN"
}


def lint(obj, warn):
    text, lang, g = obj["text"], obj["lang"], obj["gold"]
    spans = [(d["start"], d["end"]) for d in g["dates"]]
    for pat in DATE_HINTS[lang]:
        for m in re.finditer(pat, text):
            if lang == "vi" and "/" in m[0]:
                d, mo = m[0].split("/")[:2]
                if not (1 <= int(d) <= 31 and 1 <= int(mo) <= 12):
                    continue
            if not any(s <= m.start() < e or s < m.end() <= e for s, e in spans):
                warn(f"possible unannotated date {m[0]!r}")
    n = len(re.findall(AMOUNT_HINTS[lang], text))
    if n != len(g["amounts"]):
        warn(f"{n} currency-looking mentions but {len(g['amounts'])} amounts")
    masked = _mask(text, NOT_PARTIES[lang])
    found = set()
    for name, pid in PARTY_LEXICON[lang].items():
        if re.search(r"(?<!\w)" + re.escape(name) + r"(?!\w)", masked):
            found.add(pid)
    for pid in sorted(found - set(g["parties"])):
        warn(f"party {pid} seems mentioned but is not annotated")
    known = set(PARTY_LEXICON[lang].values())
    for pid in sorted((set(g["parties"]) & known) - found):
        warn(f"party {pid} annotated but no lexicon name found (demonym, agency or capital?)")

# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------


def validate(path, strict=False, quiet_lint=False):
    errors, warnings = [], []
    docs = []
    seen = set()
    with open(path, encoding="utf-8") as fh:
        raw = fh.read()
    if raw != nfc(raw):
        errors.append("file is not NFC")
    for ln, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            errors.append(f"line {ln}: empty line")
            continue

        def err(msg, ln=ln):
            errors.append(f"line {ln}: {msg}")

        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            err(f"invalid JSON: {e}")
            continue
        pid = obj.get("id")

        def warn(msg, pid=pid):
            if not any(pid == p and msg.startswith(m) for p, m in EXPECTED_WARNINGS):
                warnings.append(f"{pid}: {msg}")

        if set(obj) != {"id", "lang", "text", "gold"}:
            err(f"top-level keys {sorted(obj)}")
            continue
        if not re.fullmatch(r"(vi|en)-\d{3}", str(pid)) or pid.split("-")[0] != obj["lang"]:
            err(f"bad id/lang {pid!r}/{obj['lang']!r}")
        if pid in seen:
            err(f"duplicate id {pid}")
        seen.add(pid)
        text, g = obj["text"], obj["gold"]
        if not isinstance(text, str) or text != nfc(text) or text != text.strip():
            err("text must be an NFC string without surrounding whitespace")
        words = len(text.split())
        if not 40 <= words <= 150:
            warn(f"{words} words (expected 40-150)")
        if not isinstance(g, dict) or set(g) != set(GOLD_KEYS):
            err(f"gold keys {sorted(g) if isinstance(g, dict) else g}")
            continue
        # parties
        ps = g["parties"]
        if not isinstance(ps, list) or len(set(ps)) != len(ps):
            err("parties must be a list without duplicates")
        for p in ps:
            if p not in PARTY_IDS:
                err(f"unknown party id {p!r}")
        # forums
        fkeys = set()
        for f in g["forums"]:
            if not isinstance(f, dict) or not set(f) <= {"id", "edition"} or "id" not in f:
                err(f"bad forum {f!r}")
                continue
            if f["id"] not in FORUM_IDS:
                err(f"unknown forum id {f['id']!r}")
            if "edition" in f and (not isinstance(f["edition"], int) or isinstance(f["edition"], bool)
                                   or f["edition"] < 1):
                err(f"bad edition {f!r}")
            k = (f["id"], f.get("edition"))
            if k in fkeys:
                err(f"duplicate forum {f!r}")
            fkeys.add(k)
        # areas
        if len(set(g["areas"])) != len(g["areas"]):
            err("duplicate areas")
        for a in g["areas"]:
            if a not in AREAS:
                err(f"unknown area {a!r}")
        # agreements
        for a in g["agreements"]:
            if set(a) != {"kind", "alt_kinds", "parties", "areas", "start", "end"}:
                err(f"agreement keys {sorted(a)}")
                continue
            if a["kind"] not in KINDS:
                err(f"unknown kind {a['kind']!r}")
            for k in a["alt_kinds"]:
                if k not in KINDS or k == a["kind"]:
                    err(f"bad alt kind {k!r} for {a['kind']}")
            for p in a["parties"]:
                if p not in ps:
                    err(f"agreement party {p} not among the paragraph's parties")
            for ar in a["areas"]:
                if ar not in AREAS:
                    err(f"unknown agreement area {ar!r}")
                elif ar not in g["areas"]:
                    err(f"agreement area {ar} not among the paragraph's areas")
            s, e = a["start"], a["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"agreement span {s}-{e} outside the text")
            elif not _word_boundary_ok(text, s, e) or text[s:e] != text[s:e].strip():
                err(f"agreement span {text[s:e]!r} cuts a word")
        # amounts
        for m in g["amounts"]:
            if set(m) != {"value", "currency", "approximate"}:
                err(f"amount keys {sorted(m)}")
                continue
            if not isinstance(m["value"], (int, float)) or isinstance(m["value"], bool) or m["value"] <= 0:
                err(f"bad amount value {m['value']!r}")
            if m["currency"] not in CURRENCIES:
                err(f"unknown currency {m['currency']!r}")
            if not isinstance(m["approximate"], bool):
                err("approximate must be a boolean")
        # dates
        prev_end = -1
        for d in sorted(g["dates"], key=lambda d: d.get("start", 0)):
            if set(d) != {"text", "value", "start", "end"}:
                err(f"date keys {sorted(d)}")
                continue
            s, e = d["start"], d["end"]
            if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
                err(f"date span {s}-{e} outside the text")
                continue
            if text[s:e] != d["text"]:
                err(f"date span selects {text[s:e]!r}, not {d['text']!r}")
            if not _date_boundary_ok(text, s, e):
                err(f"date {d['text']!r} cuts a word or a longer date")
            if s < prev_end:
                err(f"overlapping dates at {d['text']!r}")
            prev_end = e
            v = d["value"]
            if v is not None and not (isinstance(v, str) and DATE_VALUE.fullmatch(v)):
                err(f"bad date value {v!r}")
            exp = expected_date(d["text"])
            if exp == "UNKNOWN":
                warn(f"cannot cross-check date {d['text']!r} -> {v!r}")
            elif exp != v:
                err(f"date {d['text']!r}: value {v!r}, expected {exp!r}")
        if not quiet_lint:
            lint(obj, warn)
        docs.append(obj)
    return docs, errors, warnings


def print_counts(docs, cats):
    by_lang = Counter(d["lang"] for d in docs)
    print(f"paragraphs: {len(docs)} (vi {by_lang['vi']}, en {by_lang['en']})")
    for lang in ("vi", "en", None):
        sel = [d for d in docs if lang is None or d["lang"] == lang]
        c = {k: sum(len(d["gold"][k]) for d in sel) for k in GOLD_KEYS}
        print(f"  {lang or 'all':3}  " + "  ".join(f"{k} {v}" for k, v in c.items()))
    kinds = Counter(a["kind"] for d in docs for a in d["gold"]["agreements"])
    print("agreement kinds: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    forums = Counter(f["id"] for d in docs for f in d["gold"]["forums"])
    print(f"forum ids ({len(forums)}): " + ", ".join(f"{k} {v}" for k, v in sorted(forums.items())))
    areas = Counter(a for d in docs for a in d["gold"]["areas"])
    print("areas: " + ", ".join(f"{k} {v}" for k, v in areas.most_common()))
    parties = Counter(p for d in docs for p in d["gold"]["parties"])
    print(f"distinct parties: {len(parties)}")
    if cats:
        cc = Counter(cats.get(d["id"], "?") for d in docs)
        print("categories: " + ", ".join(f"{k} {v} ({100 * v / len(docs):.0f}%)" for k, v in cc.most_common()))
    with_agr = sum(1 for d in docs if d["gold"]["agreements"])
    print(f"paragraphs with agreements: {with_agr} ({100 * with_agr / len(docs):.0f}%)")

# ---------------------------------------------------------------------------
# Scoring engine output
# ---------------------------------------------------------------------------


def _prf(tp, fp, fn):
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _tally(stats, field, gold, engine):
    """Adds true positives, spurious and missed counts of one set-valued field; returns (spurious, missed)."""
    counts = stats[field]
    counts[0] += len(gold & engine); counts[1] += len(engine - gold); counts[2] += len(gold - engine)
    return engine - gold, gold - engine


def _score_doc(d, e, stats, note):
    pid, text, g = d["id"], d["text"], d["gold"]
    # parties
    spurious, missed = _tally(stats, "parties", set(g["parties"]), {p["id"] for p in e.get("parties", [])})
    for p in spurious:
        src = [x["text"] for x in e["parties"] if x["id"] == p]
        note("parties", "spurious", f"{p} from {src[0]!r}", pid)
    for p in missed:
        note("parties", "missed", p, pid)
    # forums (id only, then id+edition)
    ef = {f["id"] for f in e.get("forums", [])}
    spurious, missed = _tally(stats, "forums", {f["id"] for f in g["forums"]}, ef)
    for f in spurious:
        note("forums", "spurious", f, pid)
    for f in missed:
        note("forums", "missed", f, pid)
    _, missed = _tally(stats, "forums+edition", {(f["id"], f.get("edition")) for f in g["forums"]},
                       {(f["id"], f.get("edition")) for f in e.get("forums", [])})
    for f in missed:
        if f[0] in ef:
            note("forums", "edition", f"{f[0]} gold {f[1]} engine "
                 f"{[x.get('edition') for x in e['forums'] if x['id'] == f[0]]}", pid)
    # areas
    spurious, missed = _tally(stats, "areas", set(g["areas"]), {c["area"] for c in e.get("cooperations", [])})
    for a in spurious:
        src = [x["text"] for x in e["cooperations"] if x["area"] == a]
        note("areas", "spurious", f"{a} from {src[0]!r}", pid)
    for a in missed:
        note("areas", "missed", a, pid)
    # agreements: a gold agreement matches an engine agreement whose span overlaps and whose kind is
    # the gold kind or one of its alt kinds; each engine agreement matches at most once.
    # Engine agreements marked negated are not reported agreements (the gold leaves them out).
    eag = [a for a in e.get("agreements", []) if a.get("status") != "negated"]
    for a in e.get("agreements", []):
        if a.get("status") == "negated":
            note("agreements", "negated (ignored)", f"{a['kind']} {a['text']!r}", pid)
    used, matched_spans = set(), []
    st, stk = stats["agreements"], stats["agreements (span only)"]
    for ga_ in g["agreements"]:
        best = None
        for i, ea_ in enumerate(eag):
            if i in used or ea_["end"] <= ga_["start"] or ea_["start"] >= ga_["end"]:
                continue
            ok = ea_["kind"] == ga_["kind"] or ea_["kind"] in ga_["alt_kinds"]
            rank = 2 if ea_["kind"] == ga_["kind"] else 1 if ok else 0
            if best is None or rank > best[2]:
                best = (i, ok, rank)
        trig = text[ga_["start"]:ga_["end"]]
        if best is None:
            st[2] += 1; stk[2] += 1
            note("agreements", "missed", f"{ga_['kind']} {trig!r}", pid)
            continue
        used.add(best[0])
        matched_spans.append((ga_["start"], ga_["end"]))
        ea_ = eag[best[0]]
        stk[0] += 1
        if best[1]:
            st[0] += 1
        else:
            st[1] += 1; st[2] += 1
            note("agreements", "wrong kind", f"{trig!r} gold {ga_['kind']} engine {ea_['kind']}", pid)
        if set(ea_.get("parties", [])) != set(ga_["parties"]):
            note("agreement parties", "differ",
                 f"{trig!r} gold {sorted(ga_['parties'])} engine {sorted(ea_.get('parties', []))}", pid)
        if set(ea_.get("areas", [])) != set(ga_["areas"]):
            note("agreement areas", "differ",
                 f"{trig!r} gold {sorted(ga_['areas'])} engine {sorted(ea_.get('areas', []))}", pid)
    for i, ea_ in enumerate(eag):
        if i in used:
            continue
        if any(ea_["start"] < e_ and s_ < ea_["end"] for s_, e_ in matched_spans):
            # a second report of an agreement already matched (e.g. "nhất trí" and "nâng cấp quan hệ"
            # inside one gold span): shown, not counted as a false positive
            note("agreements", "duplicate (not counted)", f"{ea_['kind']} {ea_['text']!r}", pid)
        else:
            st[1] += 1; stk[1] += 1
            note("agreements", "spurious", f"{ea_['kind']} {ea_['text']!r} ({ea_.get('status')})", pid)
    # amounts: multiset of (value, currency)
    gm = Counter((float(m["value"]), m["currency"]) for m in g["amounts"])
    em = Counter((float(m["value"]), m["currency"]) for m in e.get("amounts", []))
    st = stats["amounts"]
    tp = sum((gm & em).values())
    st[0] += tp; st[1] += sum(em.values()) - tp; st[2] += sum(gm.values()) - tp
    for k in (em - gm):
        src = [x["text"] for x in e["amounts"] if (float(x["value"]), x["currency"]) == k]
        note("amounts", "spurious", f"{k} from {src[0]!r}", pid)
    for k in (gm - em):
        note("amounts", "missed", str(k), pid)
    gx = {(float(m["value"]), m["currency"]): m["approximate"] for m in g["amounts"]}
    for m in e.get("amounts", []):
        k = (float(m["value"]), m["currency"])
        if k in gx and gx[k] != m.get("approximate"):
            note("amounts", "approximate", f"{m['text']!r} gold {gx[k]} engine {m.get('approximate')}", pid)
    # dates: same span and same value
    spurious, missed = _tally(stats, "dates", {(x["start"], x["end"], x["value"]) for x in g["dates"]},
                              {(x["start"], x["end"], x.get("value")) for x in e.get("dates", [])})
    for s, en, v in spurious:
        note("dates", "spurious/differs", f"{text[s:en]!r} -> {v!r}", pid)
    for s, en, v in missed:
        note("dates", "missed/differs", f"{text[s:en]!r} -> {v!r}", pid)


def compare(docs, engine_path, report_path=None):
    eng = {}
    with open(engine_path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                o = json.loads(line)
                eng[o["id"]] = o
    stats = defaultdict(lambda: [0, 0, 0])
    issues = []  # (field, kind-of-error, detail, doc id)

    def note(field, what, detail, pid):
        issues.append((field, what, detail, pid))

    lang_stats = {"vi": defaultdict(lambda: [0, 0, 0]), "en": defaultdict(lambda: [0, 0, 0])}
    for d in docs:
        before = {k: list(v) for k, v in stats.items()}
        _score_doc(d, eng.get(d["id"], {}), stats, note)
        for k, v in stats.items():
            b = before.get(k, [0, 0, 0])
            ls = lang_stats[d["lang"]][k]
            for i in range(3):
                ls[i] += v[i] - b[i]


    print(f"\nengine vs gold ({len(docs)} paragraphs; {len(eng)} engine records)")
    for lang in ("all", "vi", "en"):
        st_ = stats if lang == "all" else lang_stats[lang]
        print(f"  [{lang}] {'field':22} {'tp':>5} {'fp':>5} {'fn':>5}   {'P':>5} {'R':>5} {'F1':>5}")
        for k in ["parties", "forums", "forums+edition", "areas", "agreements", "agreements (span only)",
                  "amounts", "dates"]:
            tp, fp, fn = st_[k]
            p, r, f = _prf(tp, fp, fn)
            print(f"  {'':5}{k:23} {tp:5} {fp:5} {fn:5}   {p:5.2f} {r:5.2f} {f:5.2f}")
    for lang in ("vi", "en"):
        ids = {d["id"] for d in docs if d["lang"] == lang}
        c = Counter((f, w) for f, w, _, pid in issues if pid in ids)
        print(f"  {lang}: " + ", ".join(f"{f} {w} {n}" for (f, w), n in c.most_common(8)))
    if report_path:
        with open(report_path, "w", encoding="utf-8") as fh:
            for f, w, detail, pid in sorted(issues, key=lambda x: (x[0], x[1], x[3])):
                fh.write(f"{f}\t{w}\t{pid}\t{detail}\n")
        print(f"  disagreements written to {report_path}")
    return issues


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--file", default=DEFAULT_FILE)
    ap.add_argument("--build", action="store_true", help="regenerate the file from dev_source.py first")
    ap.add_argument("--strict", action="store_true", help="fail on lint warnings too")
    ap.add_argument("--no-lint", action="store_true", help="skip the heuristic lint warnings")
    ap.add_argument("--compare", metavar="ENGINE_JSONL", help="score engine output against the gold")
    ap.add_argument("--report", metavar="TSV", help="with --compare: write every disagreement here")
    args = ap.parse_args()
    cats = build(HERE, args.file) if args.build else load_categories(HERE)
    docs, errors, warnings = validate(args.file, quiet_lint=args.no_lint)
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("error:", e)
    print_counts(docs, cats)
    if args.compare:
        compare(docs, args.compare, args.report)
    if errors or (args.strict and warnings):
        print(f"FAILED: {len(errors)} errors, {len(warnings)} warnings")
        return 1
    print(f"OK: {len(errors)} errors, {len(warnings)} warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
