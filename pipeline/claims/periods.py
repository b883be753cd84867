"""Reads the period a figure covers: named years, fiscal years and quarters, run-rates, "by 2027", spans, months."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.lexicon import UNSAFE_FOR_LOWER, compile_low
from pipeline.models import Period

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "premier": 1, "1er": 1, "deuxième": 2, "second": 2,
            "seconde": 2, "2e": 2, "troisième": 3, "3e": 3, "quatrième": 4, "4e": 4, "q1": 1, "q2": 2, "q3": 3,
            "q4": 4, "t1": 1, "t2": 2, "t3": 3, "t4": 4, "1": 1, "2": 2, "3": 3, "4": 4}

_M = "|".join(sorted((re.escape(k) for k in MONTHS if len(k) > 3), key=len, reverse=True))
# … and May / « mai », where a preposition, a day or a year makes them months, not the verb ("in May", « fin mai »,
# "to May 31", "May 2025"; not "the company may")
_MX = _M + "|may|mai"
# a count of months, in words or digits (two to eleven)
_MONTH_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
                  "eleven": 11, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10,
                  "onze": 11}
_MONTH_N = "|".join(list(_MONTH_NUMBERS) + [r"[2-9]", r"1[01]"])
_Y = r"(?:19|20)\d\d"
# the three-letter abbreviations, with their full stop ("in Oct. 2025"; "Mar" or "Jun" alone are no month)
_MDOT = r"(?:jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)\."
_MA = "|".join(sorted((re.escape(k) for k in MONTHS), key=len, reverse=True))   # with "Oct", "Sept"...
_ORD = r"first|second|third|fourth|premier|deuxième|second|seconde|troisième|quatrième|1er|2e|3e|4e"
_MONTH_COUNT = r"two|three|four|five|seven|eight|nine|ten|eleven|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|[2-9]|1[01]"
MONTH_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
                "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10, "onze": 11}

# (kind, pattern) rows, tried in order; the first kind that matches at a position wins.
# Named groups: y (year), y2 (end year), m (month), m2 (end month), q (quarter), fy (fiscal marker), n (years).
CUES = [
    # "over the same period", « dans le même temps »: the period of the figure before (not "the same period last year")
    ("same", r"(?:(?:in|over|during|for)\s+the\s+same\s+(?:(?:\w+[- ])?month\s+)?(?:period|time|months|quarter)|"
             r"(?:in|over|during|for)\s+the\s+same\s+(?:two|three|six|nine|twelve|\d+)\s+months|(?:in|over)\s+that\s+period|"
             r"(?:sur|pendant|durant|au cours de)\s+(?:la|cette)\s+même\s+période|dans le même temps|"
             r"(?:sur|pendant|durant|au cours des?)\s+(?:les\s+)?(?:mêmes\s+(?:deux|trois|six|neuf|douze|\d+)|"
             r"(?:deux|trois|six|neuf|douze|\d+)\s+mêmes)\s+mois|"
             r"sur le même trimestre|au cours du même trimestre|"
             # "over the period", « sur la période », « sur cette période »: the period just named
             r"(?:(?:in|over|during)\s+the\s+period|(?:sur|pendant|durant|au cours de)\s+(?:la|cette)\s+période)"
             r"(?!\s+(?:from|to|between|ending|ended|de|du|d'|allant|entre|clos\w*|\d)))"
             r"(?!\s+(?:of\s+last|last|a\s+year|one\s+year|the\s+previous|de\s+l'an|de\s+l'année|un\s+an|l'an))"),
    ("run_rate", r"annuali[sz]ed|annualis[ée]e?s?|run[- ]rate|rythme annuel|rythme annualisé|ARR\b|recurring revenue"),
    ("half", rf"(?:(?:the\s+)?(?:first|second|premier|second)(?:\s+|-)(?:half|semestre)|(?:the\s+)?first\s+six\s+months|"
             rf"(?:les\s+|des\s+)?six\s+premiers\s+mois)(?:\s+(?:of\s+|de\s+(?:l'exercice\s+|son\s+exercice\s+)?)?(?P<fy>fiscal\s+(?:year\s+)?)?(?P<y>{_Y}))?|"
             # the short forms: "1H25", "H1 2025", "H2'25", "H1 FY26", « S1 2025 » (not the H100, H20 chips: a space or
             # an apostrophe before the year)
             rf"(?P<hn>[12])H['’]?(?P<yh>\d\d)|H(?P<hn2>[12])(?:\s+|\s*['’])(?P<fyh>FY\s*['’]?)?(?P<yh2>{_Y}|\d\d)|"
             rf"S(?P<hn3>[12])\s+(?P<yh3>{_Y})"),
    ("months", rf"(?:between|from|entre|de)\s+(?P<m>{_M})\s+(?:and|to|et|à)\s+(?P<m2>{_M})(?:\s+(?P<y>{_Y}))?"),
    # a part of a year or twelve months to a date: "the first nine months of 2025", « les neuf premiers mois de
    # l'année », "the past 12 months", "the 12 months to October", « les douze derniers mois », "year to date"
    ("part", rf"(?:the\s+)?first\s+(?P<nf>{_MONTH_COUNT})\s+months(?:\s+of\s+(?:the\s+year\s+)?(?P<pfy>fiscal\s+)?(?P<y>{_Y}))?|"
             rf"(?:les\s+|des\s+)?(?P<nf2>{_MONTH_COUNT})\s+premiers\s+mois(?:\s+de\s+(?:l'année\s+|(?P<pfy2>l'exercice\s+))?(?P<y2>{_Y}))?|"
             rf"(?:the\s+)?(?:past|last|trailing|previous|preceding)\s+(?:12|twelve)\s+months|"
             rf"(?:les\s+|des\s+)?(?:12|douze)\s+derniers\s+mois|"
             rf"(?:the\s+)?(?:12|twelve)\s+months\s+(?:to|through|ended|ending)\s+(?:\d{{1,2}}\s+)?(?P<mt>{_MX})"
             rf"(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+(?P<y3>{_Y}))?|"
             # "the nine months through September", « les neuf mois clos fin septembre »
             rf"(?:the\s+|les\s+)?(?P<nt>two|four|five|six|seven|eight|nine|ten|eleven|deux|quatre|cinq|sept|huit|neuf|"
             rf"dix|onze|[24-9]|1[01])\s+(?:months\s+(?:to|through|ended|ending)|mois\s+(?:clos|achevés|"
             rf"terminés)(?:\s+(?:fin|à\s+fin|en))?)\s+(?P<mt2>{_MX})(?:\s+(?P<y4>{_Y}))?|"
             rf"(?P<ytd>year[- ]to[- ]date|so far this year|depuis le début de l'année)"),
    ("since", rf"(?:since|depuis)\s+(?:(?:the\s+)?(?:start|beginning)\s+of\s+|(?:le\s+)?début\s+(?:de\s+)?)?"
              rf"(?P<fy>fiscal\s+(?:year\s+)?|l'exercice\s+|FY\s?)?(?P<y>{_Y})(?!\s*-)"),
    ("quarter", rf"(?:the\s+|le\s+|au\s+|du\s+|(?:sur|pour)\s+le\s+|(?:sur|pour)\s+la\s+|la\s+)?(?:quarter|three months|trimestre|trois mois|"
                # a results release's "period ended …", « la période close fin … »: its quarter
                rf"period|période)\s+"
                rf"(?:that\s+|qui\s+s'est\s+)?(?:ended|ending|to|clos|close|achevé|terminé|arrêté|se terminant|"
                rf"s'achevant)\s+"
                rf"(?:on\s+|in\s+|le\s+|fin\s+|en\s+|à\s+fin\s+|at\s+the\s+end\s+of\s+|the\s+end\s+of\s+)?"
                rf"(?:(?:late|early|mid-?|début|mi-?)\s*)?(?:\d{{1,2}}(?:er)?\s+)?(?P<qm>{_MA})(?:\.(?=\s+\d))?(?:\s+\d{{1,2}}\b)?(?:,?\s+(?P<qy>{_Y}))?|"
                # "the July quarter", "its October quarter": the quarter that ends in that month
                rf"(?:the|its|their|a)\s+(?P<qmb>{_MA})(?:\s+(?P<qyb>{_Y}))?[- ](?:fiscal[- ])?quarter|"
                # the short forms: "3Q25", "Q3'25", "Q3 FY26"
                rf"(?P<qn>[1-4])Q\s?['’]?(?P<yq>\d\d)|Q(?P<qn2>[1-4])\s*(?:['’](?P<yq2>\d\d)|(?P<fyq>FY)\s*['’]?(?P<yq3>\d\d))|"
                rf"(?:(?P<fyp>fiscal)\s+)?(?P<q>Q[1-4]|T[1-4])\s*(?:FY\s*)?(?P<y>{_Y})?|"
                rf"(?P<q2>{_ORD})[- ](?:fiscal[- ])?(?:quarter|trimestre)(?:\s+(?:of\s+|de\s+)?(?:l'exercice\s+|son\s+exercice\s+|(?P<fy>fiscal\s+(?:year\s+)?))?(?P<y2>{_Y}))?|"
                # the last quarter of a named year is its fourth: "the final quarter of 2024", « au dernier trimestre 2024 »
                rf"(?P<q4>last|final|dernier)[- ](?:fiscal[- ])?(?:quarter|trimestre)\s+(?:of\s+|de\s+)?(?:calendar\s+|(?P<fy4>fiscal\s+(?:year\s+)?|l'exercice\s+))?(?P<y4>{_Y})|"
                rf"(?P<cur>(?:au |du |le |sur le |pour le )?(?:trimestre (?:suivant|prochain|en cours|précédent)|"
                rf"prochain trimestre)|(?:the )?(?:following|coming) quarter|"
                rf"current quarter|trimestre en cours|next quarter|trimestre suivant|this quarter|ce trimestre|"
                rf"previous quarter|prior quarter|preceding quarter|trimestre précédent|dernier trimestre(?!\s+(?:de\s+l['’]année|de\s+l['’]exercice|(?:de\s+)?(?:19|20)\d\d))|trimestre dernier|trois mois précédents|quarterly(?!\s+(?:filings?|reports?|statements?))|(?<!rapport )(?<!document )trimestriel\w*|the quarter|le trimestre|"
                rf"du trimestre|au trimestre|sur le trimestre|(?:du|le|sur le|au cours du)\s+seul\s+trimestre|(?:en\s+)?un\s+(?:seul\s+)?trimestre(?!\s+(?:suivant|prochain|précédent|en cours))|a\s+single\s+quarter|"
                # (not a fraction: "a quarter of AMD's revenue", "three quarters of")
                rf"three months(?!\s+(?:earlier|ago|before))|(?<!il y a )trois mois(?!\s+(?:plus\s+tôt|auparavant|avant))|"
                rf"(?<![Aa] )(?<!one )(?<!three )quarter)"),
    ("fiscal", rf"(?:fiscal\s+(?:year\s+)?|FY\s?|exercice\s+(?:fiscal\s+)?)(?P<y>{_Y})|FY\s?['’]?(?P<yfy>\d\d)|(?P<cur>l'exercice en cours|exercice en cours|"
               rf"(?:(?:the|its|their)\s+)?(?:current|last|previous|prior|past|next|this)\s+fiscal\s+year|"
               rf"(?:the|its|their)\s+(?:full\s+)?fiscal\s+year(?!\s+(?:\d|to\b))|"
               rf"l'exercice (?:dernier|précédent|prochain|suivant)|(?:le|son|du|au) (?:dernier|précédent|prochain) exercice|"
               rf"l'exercice(?!\s+(?:fiscal\s+)?{_Y})|exercice précédent)"),
    ("span", rf"(?:between|from|entre|de)\s+(?P<y>{_Y})\s+(?:and|to|et|à)\s+(?P<y2>{_Y})|"
             # « sur la période 2025-2029 », "over 2025-2029"
             rf"(?<![\d-])(?P<yr>{_Y})\s*[-–]\s*(?P<yr2>{_Y})(?![\d-])|"
             rf"(?:over|sur|during|pendant|au cours des|durant les|dans les|within the next|in the next)\s+"
             rf"(?:the\s+next\s+|les\s+)?(?:(?:roughly|about|around|some|approximately|nearly|environ|près de|"
             rf"quelque)\s+)?(?P<n>\w+)\s+(?:prochaines\s+)?(?:years|ans|années)|"
             rf"(?P<dec>over the next decade|over the decade|sur la décennie|sur dix ans|la décennie à venir|the next decade|sur les dix prochaines années)"),
    ("by", rf"(?:by|through|until|d'ici(?: à)?|jusqu'en|jusqu'à|avant|between now and|from now (?:until|to|through)|"
           rf"entre aujourd'hui et)\s+(?:the\s+end\s+of\s+|la\s+fin\s+(?:de\s+)?)?(?P<y>{_Y})|"
           rf"(?P<eoy>d'ici (?:à )?la fin de (?:l'année|cette année)|by the end of (?:the|this) year|by year[- ]end|"
           rf"before the end of (?:the|this) year|avant la fin de (?:l'année|cette année))|"
           rf"(?P<eod>by (?:the )?end of (?:the|this) decade|by decade['’]s end|d'ici (?:à )?la fin de (?:la|cette) décennie|"
           rf"avant la fin de (?:la|cette) décennie)|"
           rf"(?P<n>dans\s+(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\s+ans|in\s+(?:two|three|four|five|six|seven|eight|nine|ten)(?:\s+or\s+\w+)?\s+years)"),
    ("month", rf"(?:(?:à\s+la\s+)?fin|end|late|exit|exits|exiting|terminer|terminera|termine|early|début|mi|mid|(?:the\s+)?(?:start|beginning))[- ]?(?:(?:of\s+|de\s+)?(?P<nextyear>next\s+year|l'année\s+prochaine|l'an\s+prochain)\s*|(?:of\s+|de\s+)?(?P<lastyear>last\s+year|l'année\s+dernière|l'an\s+dernier|l'an\s+passé)\s*|(?:of\s+|de\s+|d')?(?P<thisyear>the\s+year|this\s+year|l'année|année|cette\s+année)\s*|de\s+|d'|of\s+)?(?:(?P<m>{_MX})\s*)?(?P<y>{_Y})?|"
              rf"(?:(?:in|en|au mois de|since|depuis|d'|de|of|dès|from|starting in|as of|à partir d'|à partir de|à compter de|by|d'ici|last|this past)\s+|"
              # « la restructuration d'octobre », « l'accord d'avril »
              rf"d'(?=(?:{_M})\b)|"
              # "in a March funding round", "its September deal": a month naming the event it dates
              rf"(?:a|an|the|its|their)\s+(?=(?:{_M})(?:\s+{_Y})?\s+(?:funding\s+|financing\s+|equity\s+)?(?:round|raise|deal|financing|investment|agreement|share\s+sale|tender)\b)|"
              # « au 30 septembre », "as of 30 September": a day's date is its month's
              rf"(?:au|le|as of|at|on|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+\d{{1,2}}(?:er)?\s+|"
              rf"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)(?P<m2>{_MX}|{_MDOT})(?:\s+(?:dernier|last))?(?:\s+(?P<y2>{_Y}))?|"
              rf"(?P<m3>{_MX}|{_MDOT})\s+(?P<y3>{_Y})|"
              rf"(?P<rel>last month|le mois dernier|a year earlier|a year ago|un an plus tôt|il y a un an|un an auparavant|year-ago|"
              # "three months earlier", « trois mois plus tôt », « il y a trois mois »
              rf"(?:{_MONTH_N})\s+months\s+(?:earlier|ago|before)|(?:{_MONTH_N})\s+mois\s+(?:plus\s+tôt|auparavant|avant)|"
              rf"il\s+y\s+a\s+(?:{_MONTH_N})\s+mois)"),
    ("year", rf"(?P<that>that year|that same year|the same year|cette année-là|la même année)|"
             rf"(?P<after>the following year|the year after|the next year|l'année suivante|l'année d'après|"
             rf"l'exercice suivant|the following fiscal year)|"
             rf"(?:(?P<from>starting|beginning|starts|start|begins|begin|started|began|à partir de|à compter de|débute|débutera|"
             rf"commence|commencera|démarre|démarrera)\s+(?:in\s+|en\s+)?)?(?P<y>{_Y})|(?P<this>this year|cette année|l'année en cours|this year's|de l'année(?! \d)|full[- ]year(?! \d)|"
             rf"l'année complète|sur l'année(?! \d)|year to date|last year|l'an dernier|l'année dernière|l'an passé|"
             rf"l'exercice précédent|l'année précédente|the previous year|the prior year|the year before|next year|l'an prochain|"
             rf"l'année prochaine|the year(?! \d)|l'année(?! \d))"),
    ("total", r"cumulative|cumulated|cumulés?|cumulées?|in total|au total|en tout|all told|totalis\w+|"
              r"(?:to|will|would|could|expected to|projected to)\s+total|totaling|totalling"),
    ("yearly", r"a year|per year|per annum|par an|annuel\w*|annual\w*|yearly|each year|chaque année|every year"),
]
_CUE_RE = [(kind, re.compile(rf"(?<![\w])(?:{pat})(?![\w])", re.IGNORECASE)) for kind, pat in CUES]

# --- speed: find_cues runs once per sentence that holds a figure -----------------------------
# The IGNORECASE alternations above are slow in `re`. The fast path matches the same patterns,
# lower-cased, against the lower-cased sentence (same offsets; groups and text are read back from
# the sentence itself), and skips a row when its gate shows it cannot match: none of the row's
# necessary lower-case substrings is present (a row whose every match holds a year lists "YEAR";
# "QT" stands for Q1..Q4 / T1..T4). A row without a gate is always run. Keep the gates in step with
# CUES: tests/test_periods_speakers.py checks the fast path against the plain one.
_MONTH_WORDS = tuple(k for k in MONTHS if len(k) > 3)
_GATES = {
    "same": ("same", "même", "that period", "the period", "période"),
    "run_rate": ("annuali", "annualis", "run", "rythme", "arr", "recurring revenue"),
    "half": ("half", "semestre", "six months", "six premiers mois", "1h", "2h", "h1", "h2", "s1 ", "s2 "),
    "months": _MONTH_WORDS,
    "part": ("months", "mois", "year to date", "year-to-date", "so far this year", "début de l'année"),
    "since": ("since", "depuis"),
    "quarter": ("QT", "quarter", "trimestr", "three months", "trois mois", "period", "période"),
    "fiscal": ("fiscal", "fy", "exercice"),
    "span": ("YEAR", "years", "ans", "année", "decade", "décennie"),
    "by": ("YEAR", "year", "année", "ans", "decade", "décennie"),
    "month": ("YEAR", "month", "mois", "year", "année", "un an", "may", "mai") + _MONTH_WORDS,
    "year": ("YEAR", "year", "année", "l'an", "exercice précédent", "exercice suivant"),
    "total": ("cumul", "total", "en tout", "all told"),
    "yearly": ("year", "annum", "par an", "annuel", "annual", "année"),
}
_YEAR_RE = re.compile(_Y)
_QT_RE = re.compile(r"[qt][1-4]")


_CUE_LOW = [(kind, compile_low(rf"(?<![\w])(?:{pat})(?![\w])"), _GATES.get(kind)) for kind, pat in CUES]


@dataclass(frozen=True)
class Cue:
    start: int
    end: int
    kind: str
    groups: dict
    text: str


# "through 2028", "until 2028", « jusqu'en 2028 »: a span that runs to the year, not a deadline ("by 2028", « d'ici
# 2028 ») by which a level is reached
_RUNS_TO = re.compile(r"(?:through|until|jusqu'en)\b", re.IGNORECASE)


def _year_ago(a: str, b: str, shift: bool) -> tuple[str, str]:
    """A quarter's months (YYYY-MM), a year earlier when `shift`."""
    if not shift:
        return a, b
    return _ym(*_add_months(int(a[:4]), int(a[5:]), -12)), _ym(*_add_months(int(b[:4]), int(b[5:]), -12))


def year_before(a: str, b: str) -> tuple[str, str]:
    """A quarter's months (YYYY-MM), a year earlier."""
    return _year_ago(a, b, True)


_RELATIVE_MONTH = re.compile(r"last|next|dernier|prochain|this|ce mois", re.IGNORECASE)
_THE_YEAR_NAMED = re.compile(r"(?:(?:for|in|over|during|sur|pour|de)\s+)?(?:the year|l['’]année)", re.IGNORECASE)


_EVENT_MONTH = re.compile(r"(?:a|an|the|its|their)\s", re.IGNORECASE)


def that_year(cue: Cue, cues: list[Cue], last_year: str | None) -> Cue:
    """"that year", « cette année-là »: the year the sentence named before it (else `last_year`, the previous
    claim's), as a plain year cue, and so is "the year" after a year named; other cues as they are."""
    g = cue.groups
    if cue.kind == "month" and (g.get("m") or g.get("m2") or g.get("m3")) and not any(
            g.get(k) for k in ("y", "y2", "y3", "thisyear", "nextyear", "lastyear", "rel")) and \
            not _RELATIVE_MONTH.search(cue.text):
        # « En 2024, OpenAI a levé 6,6 milliards en octobre », "In 2023, … in December": a month of the year the sentence named
        # (a year that opens the sentence: "OpenAI lost $5 billion in 2024 and raised $40 billion in March" leaves March
        # to its own reading)
        named = [c.groups["y"] for c in cues if c.kind == "year" and c.groups.get("y") and not c.groups.get("from")
                 and c.start <= 4 and c.end <= cue.start]
        return Cue(cue.start, cue.end, "month", {**g, "y": named[-1]}, cue.text) if named else cue
    if cue.kind == "year" and cue.groups.get("this") and _THE_YEAR_NAMED.fullmatch(cue.text):
        # "By 2024 …: revenue of $3.7 billion for the year", « En 2023, … sur l'année »: the year the sentence named
        named = [c.groups["y"] for c in cues if c.kind in ("year", "by") and c.groups.get("y") and c.end <= cue.start]
        return Cue(cue.start, cue.end, "year", {"y": named[-1]}, cue.text) if named else cue
    if cue.groups.get("after"):
        # "between $175 billion and $185 billion in 2026; … $215 billion for the following year", « l'année suivante »:
        # the year after the one named before it (else after the previous claim's)
        named = [c.groups["y"] for c in cues if c.kind == "year" and c.groups.get("y") and c.end <= cue.start]
        y = named[-1] if named else last_year
        return Cue(cue.start, cue.end, "year", {"y": str(int(y) + 1)}, cue.text) if y and y.isdigit() else cue
    if not cue.groups.get("that"):
        return cue
    named = [c.groups["y"] for c in cues if c.kind == "year" and c.groups.get("y") and c.end <= cue.start]
    y = named[-1] if named else last_year
    return Cue(cue.start, cue.end, "year", {"y": y}, cue.text) if y else cue


def runs_to(cue: Cue, figure_end: int) -> bool:
    """Whether a "by" cue after the figure is a span running to its year ("spend $600 billion through 2028"). Before
    the figure it is more often the end a level is reached ("keep growing through 2030, reaching $200 billion")."""
    return cue.kind == "by" and cue.start >= figure_end and _RUNS_TO.match(cue.text) is not None


def find_cues(text: str) -> list[Cue]:
    """Every period expression in a sentence; overlapping ones keep the earliest row of CUES."""
    if UNSAFE_FOR_LOWER.search(text):
        return _find_cues_plain(text)
    low = text.lower()
    has_year = has_qt = None
    out: list[Cue] = []
    for kind, rx, gate in _CUE_LOW:
        if gate is not None:
            for needle in gate:
                if needle == "YEAR":
                    if has_year is None:
                        has_year = _YEAR_RE.search(low) is not None
                    if has_year:
                        break
                elif needle == "QT":
                    if has_qt is None:
                        has_qt = _QT_RE.search(low) is not None
                    if has_qt:
                        break
                elif needle in low:
                    break
            else:
                continue
        for m in rx.finditer(low):
            s, e = m.span()
            if e == s:
                continue
            if any(not (e <= c.start or s >= c.end) for c in out):
                continue
            gd = m.groupdict()
            if kind == "month" and not any(gd.get(k) for k in ("m", "m2", "m3", "y", "rel", "thisyear", "nextyear", "lastyear")):
                continue
            groups = _short_forms({k: text[m.start(k):m.end(k)] for k, v in gd.items() if v})
            out.append(Cue(s, e, kind, groups, text[s:e]))
    out.sort(key=lambda c: c.start)
    return out


# The groups of the short forms ("3Q25", "H1 FY26", "FY26") under the names the rows' long forms use, a two-digit
# year in full.
_SHORT_GROUPS = {"yh": "y", "yh2": "y", "yh3": "y", "yq": "y", "yq2": "y", "yq3": "y", "yfy": "y", "hn2": "hn",
                 "hn3": "hn", "qn": "q", "qn2": "q", "fyh": "fy", "fyq": "fy", "fyp": "fy"}


def _short_forms(groups: dict) -> dict:
    if not any(k in _SHORT_GROUPS or k == "hn" for k in groups):
        return groups
    out = {}
    for k, v in groups.items():
        k = _SHORT_GROUPS.get(k, k)
        if k == "y":
            v = v.strip("'’")
            v = v if len(v) == 4 else "20" + v
        out[k] = v
    return out


def _find_cues_plain(text: str) -> list[Cue]:
    """find_cues without the fast path: the reference it must equal."""
    out: list[Cue] = []
    for kind, rx in _CUE_RE:
        for m in rx.finditer(text):
            if m.end() == m.start():
                continue
            if any(not (m.end() <= c.start or m.start() >= c.end) for c in out):
                continue
            if kind == "month" and not any(m.groupdict().get(k) for k in ("m", "m2", "m3", "y", "rel", "thisyear", "nextyear", "lastyear")):
                continue
            out.append(Cue(m.start(), m.end(), kind, _short_forms({k: v for k, v in m.groupdict().items() if v}),
                           m.group(0)))
    out.sort(key=lambda c: c.start)
    return out


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _add_months(y: int, m: int, k: int) -> tuple[int, int]:
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def fiscal_quarter(fy: int, q: int, fy_end: int) -> tuple[str, str]:
    """Months of quarter q of fiscal year fy (named after the calendar year it ends in)."""
    sy, sm = _add_months(fy, fy_end, -12 + 1)
    a = _add_months(sy, sm, 3 * (q - 1))
    b = _add_months(*a, 2)
    return _ym(*a), _ym(*b)


def fiscal_year(fy: int, fy_end: int) -> tuple[str, str]:
    if fy_end == 12:
        return str(fy), str(fy)
    sy, sm = _add_months(fy, fy_end, -11)
    return _ym(sy, sm), _ym(fy, fy_end)


def _latest_quarter(q: int, fy_end: int, pub: tuple[int, int], future: bool) -> tuple[str, str]:
    """The quarter q most recently ended before publication (or the next one, for a forecast)."""
    y = pub[0]
    for fy in (y - 1, y, y + 1, y + 2):
        a, b = fiscal_quarter(fy, q, fy_end)
        by, bm = int(b[:4]), int(b[5:])
        ended = (by, bm) < pub or ((by, bm) == pub and not future)
        if future and not ended:
            return a, b
        if not future and ended:
            last = (a, b)
    return last if not future else fiscal_quarter(y, q, fy_end)


def _current_quarter(fy_end: int, pub: tuple[int, int], shift: int) -> tuple[str, str]:
    for fy in (pub[0], pub[0] + 1):
        for q in (1, 2, 3, 4):
            a, b = fiscal_quarter(fy, q, fy_end)
            if a <= _ym(*pub) <= b:
                a2 = _add_months(int(a[:4]), int(a[5:]), 3 * shift)
                b2 = _add_months(*a2, 2)
                return _ym(*a2), _ym(*b2)
    return _ym(*pub), _ym(*pub)


_ENDS_THE_YEAR = re.compile(r"(?:end|exit|termin)", re.IGNORECASE)   # a "month" cue's verb that closes the year


def _ended_in(groups: dict) -> bool:
    """Whether a quarter cue names the month it ended in ("the quarter ended Oct. 26", "the July quarter")."""
    return bool(groups.get("qm") or groups.get("qmb"))


def _quarter_end_month(groups: dict, pub: tuple[int, int], ahead: bool = False,
                       projected: bool = False) -> tuple[int, int]:
    """(year, month) a quarter "ended" in: the year written, else the latest such month by publication (`ahead`: a
    forecast's quarter "ending in January", the next such month after it; `projected`: a forecast for "the December
    quarter" published in November is this year's, still to come)."""
    m = MONTHS[(groups.get("qm") or groups["qmb"]).lower()]
    y = groups.get("qy") or groups.get("qyb")
    if y:
        return int(y), m
    if ahead:   # (the quarter that ends this month has not ended yet)
        return (pub[0] if m >= pub[1] else pub[0] + 1), m
    if projected and m > pub[1]:
        return pub[0], m
    return (pub[0] if m <= pub[1] else pub[0] - 1), m


# "last year" said relative to the publication (find.py reads a quarter's base with it too)
LAST_YEAR_WORDS = r"last year|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée|précédente)|the (?:previous|prior) year"
_LAST_YEAR = re.compile(rf"^(?:{LAST_YEAR_WORDS})$", re.IGNORECASE)


def _not_over(g: dict, text: str, end_month: int, pub: tuple[int, int] | None, projected: bool) -> bool:
    """Whether an outcome told of a part of the year with no year named ("the first half", « les neuf premiers mois »)
    would end after the publication this year, so that it is last year's (not for a figure to come, nor "this year's")."""
    return not projected and pub is not None and "y" not in g and end_month >= pub[1] and \
        not re.search(r"\b(?:this|current|cette|en cours|\d{4})\b", text, re.IGNORECASE)


def resolve(metric_kind: str, cues: list[Cue], published: str | None, fy_end: int = 12,
            projected: bool = False, metric: str = "", figure_end: int | None = None) -> Period:
    """The Period of a figure from the cues near it (nearest first) and its metric's default kind; `figure_end`, the
    figure's end in the text the cues were found in, tells the cues after it (None: the cues' positions unknown)."""
    pub = (int(published[:4]), int(published[5:7])) if published and len(published) >= 7 else None
    year_now = pub[0] if pub else None
    kinds = {c.kind for c in cues}
    text = ", ".join(c.text for c in cues) or None
    flow = metric_kind in ("annual", "quarter")
    # the first three months after a December year end: an actual full-year figure is the year just ended
    results_season = not projected and pub is not None and fy_end == 12 and pub[1] <= 3

    def year_of(c: Cue) -> int | None:
        g = c.groups
        for k in ("y", "y2", "y3"):
            if k in g:
                return int(g[k])
        t = c.text.lower()
        if year_now is None:
            return None
        if re.search(r"last|dernier|dernière|passé|précédent|previous|prior|before", t):
            return year_now - 1
        if re.search(r"next|prochain", t):
            return year_now + 1
        if results_season and re.search(r"full|the year|l'année|l'exercice|ensemble de", t) and \
                not re.search(r"this|cette|en cours", t):
            return year_now - 1   # "full-year revenue reached $34.6 billion" in February: the year just ended
        return year_now

    def month_of(c: Cue) -> tuple[int, int] | None:
        g = c.groups
        rel = g.get("rel", "").lower()
        if rel and pub:
            n = next((w for w in re.findall(r"\w+", rel) if w in _MONTH_NUMBERS or w.isdigit()), None)
            k = -1 if "last month" in rel or "mois dernier" in rel else \
                -(int(n) if n.isdigit() else _MONTH_NUMBERS[n]) if n and re.search(r"months?|mois", rel) else -12
            return _add_months(*pub, k)
        mname = g.get("m") or g.get("m2") or g.get("m3")
        y = year_of(c) if any(k in g for k in ("y", "y2", "y3")) else (year_now if g.get("thisyear") else
                                                                         year_now + 1 if g.get("nextyear") and year_now else
                                                                         year_now - 1 if g.get("lastyear") and year_now else None)
        t = c.text.lower()
        if mname:
            m = MONTHS[mname.lower().rstrip(".")]
            if y is None and pub and (re.search(r"\b(?:last|dernier|passé)\b", t) or _EVENT_MONTH.match(t)):
                # (an event named by its month is past: "its October agreement", "in a March funding round")
                y = pub[0] if m < pub[1] else pub[0] - 1   # "last September", « en septembre dernier »: the one before
            elif y is None and pub:
                # a month not yet reached is last year's for a fact, this year's for a plan
                y = pub[0] if m <= pub[1] or projected else pub[0] - 1
            return (y, m) if y else None
        if y is not None and re.search(r"fin|end|late|exit|termin", t):   # ("will exit 2025 with", « terminera 2025 »)
            return y, 12
        if y is not None and re.search(r"début|early|start|beginning", t):
            return y, 1
        if y is not None and re.match(r"mid|mi\b", t):
            return y, 6   # "by mid-2026", « d'ici à la mi-2026 »
        return None

    by_kind = {}
    for c in cues:
        by_kind.setdefault(c.kind, c)

    if "run_rate" in kinds and metric in ("revenue", ""):
        c = by_kind.get("month") or by_kind.get("by") or by_kind.get("year")
        if c is not None:
            if c.kind == "month":
                ym = month_of(c)
            elif c.groups.get("eoy") and pub:
                ym = (pub[0], 12)
            else:
                y = year_of(c)
                ym = (y, 12) if y else None
            if ym:
                return Period("run_rate", _ym(*ym), _ym(*ym), text)
        return Period("run_rate", None, None, text)

    quarterly = metric_kind not in ("cumulative", "point") or metric in (
        "revenue", "loss", "capex", "cash_burn", "customer_concentration", "market_share")
    if "quarter" in kinds and not quarterly and _ended_in(by_kind["quarter"].groups) and pub is not None:
        # a stock "at the end of the quarter ended in August" is dated to that month
        ym = _quarter_end_month(by_kind["quarter"].groups, pub)
        return Period(metric_kind, _ym(*ym), _ym(*ym), text)
    if "quarter" in kinds and quarterly and "months" in kinds and "y" not in by_kind["months"].groups and \
            not any(by_kind["quarter"].groups.get(k) for k in ("q", "q2", "q4", "qn", "qm", "qmb", "y", "y2", "y4")):
        # "the quarter from July to September", « le seul trimestre allant de juillet à septembre »: those months, the
        # latest such span over by the publication (ahead of it for a forecast)
        m1, m2 = MONTHS[by_kind["months"].groups["m"].lower()], MONTHS[by_kind["months"].groups["m2"].lower()]
        y = year_now or 0
        if pub is not None and not projected and (y, m2) > pub:
            y -= 1
        return Period("quarter", _ym(y - (1 if m1 > m2 else 0), m1), _ym(y, m2), text)
    if "quarter" in kinds and quarterly:
        c = by_kind["quarter"]
        g = c.groups
        fy_c = by_kind.get("fiscal")
        q = 4 if g.get("q4") else ORDINALS.get((g.get("q") or g.get("q2") or "").lower())
        y = int(g.get("y") or g.get("y2") or g.get("y4") or 0) or None
        if y is None and fy_c is not None and "y" in fy_c.groups:
            y = int(fy_c.groups["y"])
            g = {**g, "fy": "fiscal"}
        if pub is None:
            return Period("quarter", None, None, text)
        cur = g.get("cur", "").lower()
        # "…, up from 25% a year ago", « contre 14 % un an plus tôt »: the same quarter of the year before; so is a
        # quarter's "last year" nearest the figure (« contre 584 millions l'an dernier ») or right after an unnumbered
        # quarter ("the same quarter last year"), not a base's after the quarter named (« 9,8 G$ au troisième
        # trimestre, soit plus du double de la même période l'an dernier » is this year's)
        year_ago = "month" in kinds and any(r in by_kind["month"].groups.get("rel", "") for r in ("year", "un an"))
        if not year_ago and "year" in kinds and _LAST_YEAR.search(by_kind["year"].text):
            year_ago = cues[0].kind == "year" or not q and 0 <= by_kind["year"].start - c.end <= 4
        if _ended_in(g):
            # "the quarter ended Oct. 26", « le trimestre clos le 26 octobre »: the three months to that month (a
            # forecast "for the fiscal fourth quarter ending in January": the January ahead)
            y, m = _quarter_end_month(g, pub, projected and bool(re.search(r"ending|se terminant|s'achevant", c.text,
                                                                           re.IGNORECASE)), projected)
            return Period("quarter", *_year_ago(_ym(*_add_months(y, m, -2)), _ym(y, m), year_ago), text)
        if q and y:
            if g.get("fy") or g.get("fy4") or fy_end != 12 and (fy_c is not None or "exercice" in c.text.lower()):
                a, b = fiscal_quarter(y, q, fy_end)
            else:
                a, b = fiscal_quarter(y, q, 12)
            return Period("quarter", *_year_ago(a, b, year_ago), text)
        if q:
            a, b = _latest_quarter(q, fy_end, pub, projected)
            if "month" in kinds:
                mc = month_of(by_kind["month"])
                mg = by_kind["month"].groups
                if mc and projected and mc < pub and not any(mg.get(k) for k in ("y", "y2", "y3")):
                    mc = (mc[0] + 1, mc[1])   # a forecast's quarter "ending in January": the January ahead
                if mc:
                    for fy in (mc[0], mc[0] + 1):
                        aa, bb = fiscal_quarter(fy, q, fy_end)
                        if aa <= _ym(*mc) <= bb:
                            a, b = aa, bb
            return Period("quarter", *_year_ago(a, b, year_ago), text)
        nxt = any(w in cur for w in ("next", "suivant", "prochain", "following", "coming"))
        if nxt or "en cours" in cur or "current" in cur or "this" in cur or "ce trimestre" in cur:
            shift = 1 if nxt else 0
            if shift == 0 and not projected:
                return Period("quarter", *_year_ago(*_latest_quarter_any(fy_end, pub), year_ago), text)
            if shift == 1:
                # guidance for "the next quarter" follows the quarter just reported (the latest ended), which is
                # the quarter the results come out in: Q3 results in November guide for Q4
                a, b = _latest_quarter_any(fy_end, pub)
                a2, b2 = _add_months(int(a[:4]), int(a[5:]), 3), _add_months(int(b[:4]), int(b[5:]), 3)
                return Period("quarter", _ym(*a2), _ym(*b2), text)
            a, b = _current_quarter(fy_end, pub, shift)
            return Period("quarter", a, b, text)
        if "précédent" in cur or "previous" in cur or "prior" in cur or "preceding" in cur:
            a, b = _latest_quarter_any(fy_end, pub)
            a2 = _ym(*_add_months(int(a[:4]), int(a[5:]), -3))
            b2 = _ym(*_add_months(int(b[:4]), int(b[5:]), -3))
            return Period("quarter", a2, b2, text)
        return Period("quarter", *_year_ago(*_latest_quarter_any(fy_end, pub), year_ago), text)

    if "half" in kinds or "months" in kinds:
        c = by_kind.get("half") or by_kind.get("months")
        g = c.groups
        y = int(g["y"]) if "y" in g else (year_now or 0)
        if c.kind == "months":
            m1, m2 = MONTHS[g["m"].lower()], MONTHS[g["m2"].lower()]
            if "y" not in g and pub is not None and not projected and (y, m2) > pub:
                y -= 1   # "from July to September" told in January, done: last year's
            return Period("cumulative", _ym(y, m1), _ym(y, m2), text)
        first = bool(re.search(r"first|premier", c.text, re.IGNORECASE)) or g.get("hn") == "1"
        if _not_over(g, text or "", 6 if first else 12, pub, projected):
            y -= 1   # an outcome of "the first half" told in March is last year's: this year's is not over
        if g.get("fy") and fy_end != 12:
            a, _ = fiscal_quarter(y, 1 if first else 3, fy_end)
            _, b = fiscal_quarter(y, 2 if first else 4, fy_end)
        else:
            a, b = (_ym(y, 1), _ym(y, 6)) if first else (_ym(y, 7), _ym(y, 12))
        if metric_kind == "point":   # a valuation, a stake, users "in the second half of 2026": a point, by its end
            return Period("point", None, b, text)
        return Period("cumulative", a, b, text)

    if "part" in kinds and metric_kind in ("cumulative", "annual") and pub is not None:
        g = by_kind["part"].groups
        n = g.get("nf") or g.get("nf2")
        if n:
            # "the first nine months of the year": January to September of that year
            y = int(g.get("y") or g.get("y2") or year_now)
            k = int(n) if n.isdigit() else MONTH_COUNTS[n.lower()]
            if not (g.get("y") or g.get("y2")) and _not_over(g, text or "", k, pub, projected) \
                    and not (g.get("pfy") or g.get("pfy2")):
                y -= 1   # (« les neuf premiers mois » told in March: last year's)
            if (g.get("pfy") or g.get("pfy2")) and fy_end != 12:
                # "the first nine months of fiscal 2026" (Nvidia's, which ends in January): from the fiscal year's start
                a = fiscal_year(y, fy_end)[0]
                return Period("cumulative", a, _ym(*_add_months(int(a[:4]), int(a[5:7]), k - 1)), text)
            return Period("cumulative", _ym(y, 1), _ym(y, k), text)
        if g.get("ytd"):
            # "so far this year", "year to date": January to the month before publication (this month in January)
            end = _add_months(*pub, -1) if pub[1] > 1 else pub
            return Period("cumulative", _ym(year_now, 1), _ym(*end), text)
        if g.get("nt") and g.get("mt2"):
            # "the nine months through September": the n months that end with it (the latest one, or the year named)
            m = MONTHS[g["mt2"].lower()]
            y = int(g["y4"]) if g.get("y4") else (year_now if m < pub[1] else year_now - 1)
            k = int(g["nt"]) if g["nt"].isdigit() else {**MONTH_COUNTS, "six": 6}[g["nt"].lower()]
            return Period("cumulative", _ym(*_add_months(y, m, 1 - k)), _ym(y, m), text)
        if g.get("mt"):
            # "the 12 months to October": the twelve months that end with it (the latest October, or the year named)
            m = MONTHS[g["mt"].lower()]
            y = int(g["y3"]) if g.get("y3") else (year_now if m < pub[1] else year_now - 1)
            if m == fy_end:
                # "the twelve months to May 31" at Oracle, whose fiscal year ends in May: that fiscal year
                return Period("annual", *((str(y), str(y)) if m == 12 else (_ym(*_add_months(y, m, -11)), _ym(y, m))),
                              text)
        else:
            # "the past 12 months", « les douze derniers mois »: the twelve months to the one before publication
            y, m = _add_months(*pub, -1)
        return Period("cumulative", _ym(*_add_months(y, m, -11)), _ym(y, m), text)

    # (a total said as such may stand nearer: « a investi au total 13 milliards … depuis 2019 »)
    if "since" in kinds and all(c.kind in ("since", "total") for c in cues[:cues.index(by_kind["since"])]) and \
            metric_kind in ("cumulative", "annual") and year_now:
        # "invested $13 billion since 2019", "spending since the start of fiscal 2024": a total from then to now
        g = by_kind["since"].groups
        y = int(g["y"])
        start = fiscal_year(y, fy_end)[0] if g.get("fy") and fy_end != 12 else str(y)
        if y <= year_now:
            return Period("cumulative", start, str(year_now), text)

    if "span" in kinds and metric_kind in ("cumulative", "annual"):
        c = by_kind["span"]
        g = c.groups
        if "y" in g and "y2" in g:
            return Period("cumulative", g["y"], g["y2"], text)
        if "yr" in g and "yr2" in g and int(g["yr"]) < int(g["yr2"]):
            return Period("cumulative", g["yr"], g["yr2"], text)
        if metric_kind == "cumulative" or metric in ("cash_burn",) or "total" in kinds or \
                figure_end is not None and metric in ("revenue", "loss") and 0 <= c.start - figure_end <= 40:
            # ("could generate more than $100 billion in revenue over four years": a total over the span)
            n = _count_years(g.get("n", "")) or (10 if g.get("dec") else None)
            start = next((int(x.groups["y"]) for x in cues if x.kind == "year" and x.groups.get("from")), None)
            if n and start:
                # "over roughly five years, starting in 2027": the span runs from that year
                return Period("cumulative", str(start), str(start + n), text)
            if n and year_now and not g.get("dec"):
                return Period("cumulative", str(year_now), str(year_now + n), text)
            return Period("cumulative", None, None, text)

    if "by" in kinds:
        c = by_kind["by"]
        g = c.groups
        y = int(g["y"]) if "y" in g else None
        if g.get("eoy") and pub:
            if metric_kind in ("point",):
                return Period("point", _ym(pub[0], 12), _ym(pub[0], 12), text)
            y = pub[0]
        if y is None and g.get("n") and year_now:
            n = _count_years(g["n"])
            y = year_now + n if n else None
        if y is None and g.get("eod") and year_now:
            y = year_now // 10 * 10 + 10   # "by the end of the decade" in 2025: 2030, as the press means it
        if metric in ("market_share", "customer_concentration") and y:
            # a share "by 2028", « d'ici 2028 »: the share of that year's sales, a year's figure
            return Period("annual", None, str(y), text)
        if metric_kind == "annual":
            # a burn through a year to come, any flow said to be a total ("cumulative losses through 2029") or spent
            # "through" a year to come (« dépenser 600 milliards jusqu'en 2028 ») runs from now to then
            if (metric == "cash_burn" or "total" in kinds or figure_end is not None and runs_to(c, figure_end)) and "dès" not in c.text.lower() and \
                    year_now and y and y > year_now:
                return Period("cumulative", str(year_now), str(y), text)
            return Period("annual", str(y) if y else None, str(y) if y else None, text)
        if metric_kind == "point":
            return Period("point", None, str(y) if y else None, text)
        if "yearly" in kinds and y and not (figure_end is not None and runs_to(c, figure_end)):
            return Period("annual", str(y), str(y), text)   # "could top $100 billion a year by 2028": that year's
        if figure_end is not None and runs_to(c, figure_end) and year_now and y and y > year_now:
            return Period("cumulative", str(year_now), str(y), text)   # "spend $600 billion through 2028": from now
        return Period("cumulative", None, str(y) if y else None, text)

    if "fiscal" in kinds:
        c = by_kind["fiscal"]
        if "y" in c.groups:
            a, b = fiscal_year(int(c.groups["y"]), fy_end)
            kind = "annual" if flow else metric_kind
            return Period(kind, a, b, text)
        if pub and flow:
            y = pub[0] if pub[1] <= fy_end else pub[0] + 1
            if fy_end == 12:
                y = pub[0]
            if re.search(r"précédent|previous|prior|last|past|dernier", c.text, re.IGNORECASE):
                y -= 1   # "last fiscal year", « le dernier exercice »: the fiscal year before the current one
            elif re.search(r"next|prochain|suivant", c.text, re.IGNORECASE):
                y += 1
            elif "month" in kinds and (ym := month_of(by_kind["month"])) is not None and ym[1] == fy_end and \
                    (by_kind["month"].groups.get("y") or by_kind["month"].groups.get("y2")):
                # « l'exercice qui s'achèvera fin mai » (May 2026, find._month_to_come): the fiscal year ending then
                y = ym[0]
            elif not projected and "month" in kinds and c.text.lower().replace("’", "'") == "l'exercice" and fy_end != 12:
                # « Sur l'exercice clos fin janvier, les ventes ont atteint… »: a result of the fiscal year last ended
                y = pub[0] if fy_end < pub[1] else pub[0] - 1
            elif not projected and fy_end != 12 and 0 < pub[0] * 12 + pub[1] - ((y - 1) * 12 + fy_end) <= 3:
                # « Sur l'ensemble de l'exercice, les ventes ont atteint 216 milliards » a month after it ended: the
                # fiscal year just ended (as "full-year" is in the months after a December year end)
                y -= 1
            if cues[0].kind == "year" and re.search(r"précédent|previous|prior|before", cues[0].text, re.IGNORECASE) and \
                    figure_end is not None and 0 <= cues[0].start - figure_end <= 20:
                y -= 1   # « …, après 130,5 milliards l'année précédente »: the fiscal year before the one named
            a, b = fiscal_year(y, fy_end)
            return Period("annual", a, b, text)

    if metric == "revenue" and not projected and "yearly" in kinds and "month" in kinds and "year" not in kinds and \
            _ANNUAL_ADJ.fullmatch(by_kind["yearly"].text) and re.match(r"(?:à\s+la\s+)?(?:fin|end)\b",
                                                                        by_kind["month"].text, re.IGNORECASE):
        ym = month_of(by_kind["month"])
        if ym:
            # "annual revenue reached $2 billion at the end of 2023", « ses revenus annuels atteindre 2 milliards à la fin
            # de 2023 »: a year's pace at a point in time, the run rate of that month
            return Period("run_rate", _ym(*ym), _ym(*ym), text)
    rel = by_kind["month"].groups.get("rel", "").lower() if "month" in kinds else ""
    if metric_kind == "annual" and year_now and ("year" in rel or "un an" in rel) and "year" not in kinds and \
            cues[0].kind == "month":
        # "$35.08 billion a year earlier", « un an plus tôt »: a year's flow, the year before
        return Period("annual", str(year_now - 1), str(year_now - 1), text)
    if metric_kind == "quarter" and ("year" in rel or "un an" in rel) and set(kinds) == {"month"}:
        # "19% of revenue, up from 13% a year earlier": a year before a quarter the sentence does not name
        return Period("quarter", None, None, text)
    if "month" in kinds and metric_kind != "annual" or ("month" in kinds and metric == "revenue" and "year" not in kinds and "yearly" not in kinds):
        ym = month_of(by_kind["month"])
        mg = by_kind["month"].groups
        if ym and metric_kind == "annual" and "run_rate" not in kinds and not (mg.get("m") or mg.get("m2") or mg.get("m3")) \
                and (mg.get("thisyear") or mg.get("nextyear") or mg.get("lastyear")) \
                and _ENDS_THE_YEAR.match(by_kind["month"].text):
            # "expects to end the year with $13 billion in revenue", « terminer l'année à 13 milliards »: the year's flow
            return Period("annual", str(ym[0]), str(ym[0]), text)
        if ym:
            if metric_kind in ("annual", "cumulative") and pub and ym <= pub and \
                    re.match(r"(?:since|depuis)\b", by_kind["month"].text, re.IGNORECASE):
                return Period("cumulative", _ym(*ym), _ym(*pub), text)   # "raised $58 billion since January": to now
            if metric_kind == "annual" and re.match(r"(?:by|d'ici)\b", by_kind["month"].text, re.IGNORECASE):
                return Period("cumulative", _ym(ym[0], 1), _ym(*ym), text)   # "by October": the year to date
            if metric_kind == "annual":
                return Period("cumulative", _ym(*ym), _ym(*ym), text)
            return Period(metric_kind, _ym(*ym), _ym(*ym), text)

    if "year" in kinds:
        y = year_of(by_kind["year"])
        if flow:
            return Period("annual", str(y) if y else None, str(y) if y else None, text)
        if metric_kind == "cumulative" and y:
            if by_kind["year"].groups.get("from"):
                return Period("cumulative", str(y), None, text)   # "a contract which starts in 2027": open-ended
            return Period("cumulative", str(y), str(y), text)
        if metric_kind == "point" and y:
            return Period("point", str(y), str(y), text)   # "0.2 gigawatts in 2023", « valorisée 29 milliards en 2023 »
        return Period(metric_kind, None, None, text)

    if flow:
        if "month" in kinds:
            ym = month_of(by_kind["month"])
            if ym:
                return Period("annual", str(ym[0]), str(ym[0]), text)
        if "total" in kinds and "yearly" not in kinds:
            return Period("cumulative", None, None, text)   # "cumulative losses of $115 billion": undated total
        y = str(year_now) if year_now else None
        if metric_kind == "quarter":
            return Period("quarter", None, None, text)
        return Period("annual", y, y, text)
    return Period(metric_kind, None, None, text)


_ANNUAL_ADJ = re.compile(r"annual|annuels?|annuelles?", re.IGNORECASE)


def latest_quarter(published: str, fy_end: int = 12) -> Period:
    """The latest (fiscal) quarter ended before the publication date: the quarter a results article reports."""
    a, b = _latest_quarter_any(fy_end, (int(published[:4]), int(published[5:7])))
    return Period("quarter", a, b, None)


def _latest_quarter_any(fy_end: int, pub: tuple[int, int]) -> tuple[str, str]:
    best = None
    for fy in (pub[0] - 1, pub[0], pub[0] + 1):
        for q in (1, 2, 3, 4):
            a, b = fiscal_quarter(fy, q, fy_end)
            if b < _ym(*pub):
                best = (a, b)
    return best or (_ym(*pub), _ym(*pub))


_NUMWORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
             "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7, "huit": 8, "neuf": 9, "dix": 10}


def _count_years(s: str) -> int | None:
    for w in re.findall(r"\w+", s.lower()):
        if w.isdigit():
            return int(w)
        if w in _NUMWORDS:
            return _NUMWORDS[w]
    return None
