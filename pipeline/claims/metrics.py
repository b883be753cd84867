"""Finds metric words in a sentence and picks the one a figure belongs to, by grammar-aware distance."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.lexicon import Lexicon, folded, lowered
from pipeline.claims.numbers import Figure

# A metric noun written right after the figure belongs to it ("$13 billion in revenue",
# « 3,7 milliards de dollars de chiffre d'affaires », "a $6.6 billion fundraising").
_ATTACHED_AFTER = re.compile(r"^[ \u00a0\u202f]*(?:(?:de|d'|of|in|en|on|for|sur|pour|worth of|of new|of fresh|of annual|d'annual|de nouveaux|"
                             r"supplémentaires?|additional|more|new|annual|annuel\w*|de son|de ses|de sa|of its|of their|"
                             r"dans|des|du|les|la|le|l'|a|an|the)[ \u00a0\u202f]*){0,3}$", re.IGNORECASE)
# a comparison's base before its noun: "compared with such spending", « au regard de telles dépenses »
_COMPARED_WITH = re.compile(r"(?<![\w'’])(?:compared\s+(?:with|to)|relative\s+to|next\s+to|against|au\s+regard\s+d(?:e|['’])|"
                            r"par\s+rapport\s+(?:à|aux?)|face\s+(?:à|aux?)|comparée?s?\s+(?:à|aux?))\s*"
                            r"(?:(?:such|these|those|its|their|the|telles?|tels|ces|ses|leurs?|la|le|les|l['’])\s+)?"
                            r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# a figure, then a cleft that says what it is: ": that is what", ": that's how much", « : c'est ce que »
_CLEFT_AFTER = re.compile(r"\s*:\s*(?:that|this)(?:\s+is|['’]s|\s+was)\s+(?:what|how\s+much)\s|"
                          r"\s*:\s*c['’]est\s+(?:ce\s+qu['’]|ce\s+que\s|le\s+montant\s)", re.IGNORECASE)
_CLEFT_END = re.compile(r"\s*(?:(?:last|this|next)\s+year|in\s+(?:19|20)\d\d|l['’]an\s+dernier|l['’]an\s+passé|"
                        r"cette\s+année|en\s+(?:19|20)\d\d)?\s*(?:[,;.]|$)", re.IGNORECASE)
_INCLUDED_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,3}\s+(?:compris|comprise|comprises|inclus|incluse|incluses|included)"
                             r"\s*[,)]", re.IGNORECASE)
# a participle aside set off by commas: ", fixée lors d'une cession d'actions en octobre,", ", announced in March,"
_PARTICIPLE_ASIDE = re.compile(r",\s*(?:[a-zéèê]{3,}(?:ée?s?|ed)|conclue?s?|obtenue?s?|fait|faite|prise?s?|mise?s?|"
                               r"known|shown|seen|given|taken|driven|done)\b[^,;:()]{0,90},")
# an apposition describing the period named before it: ", the year that ends in January 2027,", « , l'exercice clos fin
# juin, »
_PERIOD_APPOSITION = re.compile(r",\s*(?:the|its|l['’]|le|la|son|sa)\s*(?:fiscal\s+)?(?:year|quarter|period|half|exercice|"
                                r"trimestre|période|année|semestre)\s+(?:that|which|qui|ending|ended|clos\w*|achevé\w*|"
                                r"terminé\w*)\b[^,;:]{0,60},", re.IGNORECASE)
# « pour » before an infinitive opens a purpose, not what the figure measures.
_PURPOSE = re.compile(r"[ \u00a0\u202f]*pour[ \u00a0\u202f]*", re.IGNORECASE)
_INFINITIVE = re.compile(r"[a-zàâçéèêëîïôûù]+(?:er|ir|re)", re.IGNORECASE)
# ... but a preposition and an article open the figure's setting, not what it measures: "valued at $500 billion
# in a funding round", "$10 billion in the deal", « 2 milliards dans une levée de fonds ».
_SETTING_AFTER = re.compile(r"^[ \u00a0\u202f]*(?:in|on|dans|en|sur)[ \u00a0\u202f]+(?:a|an|the|its|their|un|une|le|la|les|l['’]|"
                            r"des|du|son|sa|ses|leur|leurs)\b", re.IGNORECASE)
# Crossing these in the gap between a metric word and a figure makes the link weaker ("and" between two numbers,
# "in 2026 and 2027", joins a phrase, not clauses).
BOUNDARY_COST = [(re.compile(r"[;:()\[\]—–]| - "), 8), (re.compile(r","), 2),
                 (re.compile(r"(?<!\d )\b(?:and|while|whereas|but|et|mais|tandis|alors|puis|then)\b(?! \d)", re.IGNORECASE), 2),
                 (re.compile(r"\b(?:which|who|that|qui|dont|où|lequel|laquelle)\b", re.IGNORECASE), 2),
                 # a clause of cause or concession has its own words: "…is about $17 billion, because the compute bill
                 # arrives before the revenue does"
                 (re.compile(r"\b(?:because|although|though|car|parce|puisque|quoique)\b", re.IGNORECASE), 6)]
MAX_COST = 13


@dataclass(frozen=True)
class Trigger:
    start: int
    end: int
    metric: str      # a metric id, or "ignore"
    text: str


_WORD = re.compile(r"[^\W_][\w&]*", re.UNICODE)


def find_triggers(text: str, lang: str, lex: Lexicon) -> list[Trigger]:
    """Metric words, leftmost-longest and non-overlapping, looked up by each word's first letters."""
    index = lex.trigger_re.get(lang) or lex.trigger_re["en"]
    out: list[Trigger] = []
    pos = 0
    low = lowered(text)   # (the same offsets; None for a text that lower-cases oddly)
    for w in _WORD.finditer(text):
        ws = w.start()
        if ws < pos:
            continue
        for rx, mid in index.get(low[ws:ws + 3] if low is not None else text[ws:ws + 3].lower(), ()):
            m = rx.match(text, ws)
            if m:
                if mid == "funding" and _THAT_CLAUSE.match(text, m.end()) and _OBTAIN_VERB.fullmatch(m.group(0)):
                    break   # « Amazon a obtenu qu'OpenAI relève… »: obtained that someone does something, no money
                out.append(Trigger(m.start(), m.end(), mid, m.group(0)))
                pos = m.end()
                break
    return out


_OBTAIN_VERB = re.compile(r"obten\w*|obtenu\w*|obtient|sécuris\w*|réuni\w*|obtained|secured|won", re.IGNORECASE)
_THAT_CLAUSE = re.compile(r"\s+(?:que\b|qu['’]|that\b)", re.IGNORECASE)
_WORD_RE = re.compile(r"[\w'’$€%]+")


def _words(s: str) -> int:
    return len(_WORD_RE.findall(s))


# A parenthesis in the gap is an aside ("$100 billion (€95 billion) of capex", « (environ 95 milliards d'euros) »):
# it neither separates the metric word from the figure nor counts as a figure between them.
_PAREN = re.compile(r"\([^()]{0,80}\)")


# A comparison base set off by commas is an aside too: « relève à 100 milliards de dollars, contre 38 milliards
# initialement, ses engagements », "to $100 billion, up from $38 billion, its commitment".
# An aside between dashes: "its largest customer - widely understood to be Google, which … - accounted for 32 per cent"
_DASH_ASIDE = re.compile(r"\s[-–—]\s(?:(?!\s[-–—]\s)[^;:.]){1,120}?\s[-–—]\s")
_BASE_ASIDE = re.compile(r",\s*(?:contre|up from|down from|compared with|versus|vs\.?)\s+[^,;:()]{1,40},", re.IGNORECASE)


# A metric word inside a relative clause set off by commas does not reach past the comma that closes it, into the main
# clause: "Microsoft, which owns 27% of OpenAI, recorded a $3.1 billion hit" (the hit is no stake). The clause closes
# at a comma that a word follows, not a figure or a coordination ("which owns stakes of 27%, 11% and 5%").
_RELATIVE_OPEN_BEFORE = folded(re.compile(r",\s*(?:which|who|qui|lequel|laquelle)\s+[^,;:]*$", re.IGNORECASE))
_CLAUSE_RESUMES = folded(re.compile(r",\s+(?!(?:and|et|or|ou|soit|plus|up|down|en|of|de|d['’])\b)[^\W\d]",
                                    re.IGNORECASE))


# What joins a metric word to its own figure right after it: "revenue of $3.7 billion", « un chiffre d'affaires de ».
_OWN_FIGURE_AFTER = re.compile(r"\s*(?:of|de|d['’]|at|à)\s*(?:(?:about|some|roughly|nearly|around|environ|près de|"
                               r"plus de|more than|quelque)\s+)?(?:US\s?)?[$€£]?\s*", re.IGNORECASE)


_COLON_THEN_FIGURE = re.compile(r":\s*(?:(?:about|around|roughly|some|nearly|environ|près de|quelque|plus de|more than)\s+)?"
                                r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)


def link_cost(text: str, trig: Trigger, fig: Figure, figures: list[Figure]) -> float:
    """How far a metric word is from a figure, counting words and the clause boundaries crossed."""
    if _INCLUDED_AFTER.match(text, trig.end):
        return MAX_COST + 1   # a thing counted in, not measured: « Les dépenses d'investissement, contrats de location
        # financière compris, ont atteint 45,3 milliards »
    if trig.end <= fig.start:
        lo, hi = trig.end, fig.start
        if "," in text[lo:hi] and trig.metric != "customer_concentration" and \
                any(a.start() < trig.start and trig.end <= a.end() <= fig.start
                    for a in _PARTICIPLE_ASIDE.finditer(text, max(0, trig.start - 90), fig.start)):
            return MAX_COST + 1   # a participle aside's words measure nothing the main clause's figure is: « La dernière
            # valorisation connue de l'entreprise, fixée lors d'une cession d'actions de salariés en octobre, s'établit
            # à 500 milliards »
        if _CLAUSE_RESUMES.search(text, lo, hi) and _RELATIVE_OPEN_BEFORE.search(text, max(0, trig.start - 60), trig.start):
            return MAX_COST + 1
        # (a relative clause set off by commas is an aside too: « Un client direct, dont le nom n'est pas communiqué,
        # a représenté 12 % »)
        gap = _PAREN.sub("", text[lo:hi])
        if "," in gap:   # (speed: the asides all open on a comma or a spaced dash)
            gap = _PERIOD_APPOSITION.sub(" ", RELATIVE_ASIDE.sub(" ", _BASE_ASIDE.sub(" ", gap)))
        if " -" in gap or "–" in gap or "—" in gap:
            gap = _DASH_ASIDE.sub(" ", gap)
        cost = _words(gap) * 1.0
    elif trig.start >= fig.end:
        lo, hi = fig.end, trig.start
        if (cl := _CLEFT_AFTER.match(text, fig.end)) is not None and trig.start <= cl.end() + 60 and \
                not any(g is not fig and fig.end <= g.start < trig.start for g in figures) and \
                not re.search(r"[;,.]", text[cl.end():trig.start]) and \
                _CLEFT_END.match(text, trig.end):
            # (the noun the cleft ends on, not its subject's: "the Facebook owner put into capex last year")
            return 1.0   # "$72.2 billion: that is what the Facebook owner put into capex last year", « 72 milliards :
            # c'est ce que Meta a consacré à ses investissements »: the figure, then the clause that says what it is
        if any(g is not fig and g.start >= trig.end and _OWN_FIGURE_AFTER.fullmatch(text, trig.end, g.start)
               for g in figures):
            return MAX_COST + 1   # "lost $5 billion on revenue of $3.7 billion": the word has a figure of its own
        gap = _PAREN.sub("", text[lo:hi])
        if "," in gap:
            gap = _BASE_ASIDE.sub(" ", gap)
        if not _words(gap):   # "$110 billion (€85 billion) contributed by": only "… (…) of revenue" links past an aside
            gap = text[lo:hi]
        if _ATTACHED_AFTER.match(gap) and not _SETTING_AFTER.match(gap) and \
                not (_PURPOSE.fullmatch(gap) and _INFINITIVE.fullmatch(trig.text)):
            # (not a verb of purpose: « un contrat de 300 milliards pour fournir à OpenAI… » is no sum "supplied")
            return _words(gap) * 0.5 - 0.75   # the noun right after a figure names what it measures
        cost = _words(gap) * 1.0 + 4
    else:
        return 0.0
    for rx, c in BOUNDARY_COST:
        cost += c * len(rx.findall(gap))
    if trig.end <= fig.start and ":" in gap and _COMPARED_WITH.search(text, max(0, trig.start - 30), trig.start):
        return MAX_COST + 1   # what a clause is compared with does not measure the figure its colon opens on: « ses
        # revenus restent modestes au regard de telles dépenses : 4,3 milliards de dollars » are the revenue
    if trig.end <= fig.start and _COLON_THEN_FIGURE.search(gap) and gap.count(":") == 1 and not re.search(r"[;.]", gap):
        cost -= 6   # the figure a colon opens on gives the noun before it: « la plus importante levée de fonds
        # jamais réalisée par une start-up : 40 milliards de dollars pour OpenAI »
    asides = [m.span() for m in _PAREN.finditer(text, lo, hi)]
    if "," in text[lo:hi]:
        asides += [m.span() for m in _BASE_ASIDE.finditer(text, lo, hi)]
    if " -" in text[lo:hi] or "–" in text[lo:hi] or "—" in text[lo:hi]:
        asides += [m.span() for m in _DASH_ASIDE.finditer(text, lo, hi)]
    between = False
    for f in figures:
        if f is not fig and lo <= f.start and f.end <= hi and not any(a <= f.start and f.end <= b for a, b in asides):
            cost += 3
            between = True
    linking = trig.end <= fig.start and _LINKING_VERB_END.search(gap) and not re.search(r"[;:.]", gap)
    if linking and between:
        # the figures of a relative clause set off by commas are its own: "Microsoft's stake in OpenAI, which it
        # values at $135 billion, will be roughly 27%", « sa participation, qu'il valorise à 135 milliards, sera de 27 % »
        relatives = [m.span() for m in RELATIVE_ASIDE.finditer(text, lo, hi)]
        between = any(f is not fig and lo <= f.start and f.end <= hi and not any(a <= f.start and f.end <= b
                                                                                  for a, b in asides + relatives)
                      for f in figures)
    if not linking and trig.end <= fig.start and _CHANGE_TO_END.search(gap) and not re.search(r"[;:.]", gap) and \
            all(f.unit == "percent" for f in figures if f is not fig and lo <= f.start and f.end <= hi):
        # "revenue rose 62% to $57 billion", « les RPO ont bondi de 359 % sur un an, à 455 milliards »: the change
        # verb gives its subject's new level; the percentage between is the change
        linking, between = True, False
    if linking and not between:
        # the metric noun heads the clause's subject and a linking verb gives its value, however long the
        # subject: « la part de marché du groupe sur la fonderie dite « pure-play », c'est-à-dire …, s'est
        # établie à 71 % », "revenue from its cloud business, excluding …, came in at $10 billion"
        cost = min(cost, 4 + 0.5 * gap.count(","))
    return cost


# A relative clause set off by commas inside the subject: ", which it values at $135 billion,", « , qu'il valorise à
# 135 milliards, ».
RELATIVE_ASIDE = re.compile(r",\s*(?:which|who|whose|that|qui|que|qu['’]|dont|lequel|laquelle)\b(?:[^,;:()]|,(?=\d{3}\b)){0,90},",
                            re.IGNORECASE)   # (a thousands separator is no comma closing it: "590,000 GPUs")


# Verbs that give the value of their subject, at the end of the gap before the figure.
_LINKING_VERB_END = folded(re.compile(
    r"(?<![\w'’])(?:s['’](?:est|était) (?:établie?s?|élevée?s?|montée?s?|chiffrée?s?)|s['’](?:établit|établissait|élève|élevait|"
    r"monte|montait|chiffre|chiffrait)|a atteint|ont atteint|atteint|atteignait|ressort|ressortait|est ressortie?s?|"
    r"stood|stands|came in|comes in|reached|totaled|totalled|totals|amounted|amounts|adds? up|added up|"
    # the copula: "Microsoft's stake in OpenAI, which it values at $135 billion, will be roughly 27%"
    r"(?:is|was|are|were|will be|would be|est|était|sont|étaient|sera|serait|seront)"
    r"(?:\s+(?:now|currently|still|désormais|actuellement|aujourd'hui|toujours))?)"
    r"\s+(?:à|at|to|de|d['’])?\s*(?:(?:environ|près de|plus de|moins de|about|nearly|almost|around|some|roughly|"
    r"more than|less than)\s+)?$", re.IGNORECASE))


# A verb of change and the "to" / « à » of the level it reaches, at the end of the gap before the figure.
_CHANGE_TO_END = folded(re.compile(
    r"(?<![\w'’])(?:rose|risen|rises|jumped|jumps|grew|grown|grows|climbed|climbs|soared|soars|surged|surges|increased|"
    r"increases|fell|fallen|falls|dropped|drops|declined|declines|slipped|slips|widened|narrowed|"
    r"bondi|grimpé|augmenté|progressé|chuté|reculé|baissé|gonflé|creusé|bondit|grimpe|augmente|progresse|chute|recule)"
    r"\b[^;:.]{0,60}?(?:to|à)\s*(?:(?:about|around|roughly|nearly|some|environ|près de|quelque)\s+)?$", re.IGNORECASE))


_TIME_WORDS = re.compile(r"a year earlier", re.IGNORECASE)


def best_trigger(text: str, fig: Figure, triggers: list[Trigger], figures: list[Figure], allowed: set[str],
                 lex: Lexicon) -> tuple[Trigger | None, float]:
    """The metric word a figure belongs to, among metrics that take its unit (and "ignore" words)."""
    best, best_cost = None, MAX_COST + 0.01
    for t in triggers:
        if t.metric != "ignore" and t.metric not in allowed:
            continue
        if t.metric == "ignore" and t.end <= fig.start and _TIME_WORDS.fullmatch(t.text) and "," in text[t.end:fig.start]:
            continue   # "…, up 37 per cent from a year earlier, and guided to about $24.5bn": the base's date, no word
            # of the figure after it
        c = link_cost(text, t, fig, figures)
        if t.metric == "ignore":
            c += 0.5  # on a tie, a tracked metric word wins
        if c < best_cost:
            best, best_cost = t, c
    return best, best_cost


def allowed_metrics(unit_family: str, lex: Lexicon) -> set[str]:
    return {mid for mid, m in lex.metrics.items() if unit_family in m.units}


def plausible(metric: str, family: str, value: float, lex: Lexicon, unit: str | None = None) -> bool:
    """Whether a value is in the metric's range (metrics.toml, in US dollars for money: other currencies are
    brought to dollars at a rough rate first, "¥3 trillion" being ~$20 billion)."""
    rng = lex.metrics[metric].plausible.get(family) if metric in lex.metrics else None
    if not rng:
        return True
    if family == "money":
        value *= ROUGH_USD.get(unit or "USD", 1.0)
    return rng[0] <= value <= rng[1]


# Dollars per unit of a currency, to an order of magnitude: for the plausibility check only (values are stored
# as written, in their own currency).
ROUGH_USD = {"USD": 1.0, "EUR": 1.1, "GBP": 1.3, "CHF": 1.2, "CAD": 0.7, "AUD": 0.65, "JPY": 0.0067, "CNY": 0.14,
             "TWD": 0.031, "HKD": 0.13, "SGD": 0.75}
