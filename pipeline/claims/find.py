"""Splits text into sentences and assembles claims: figure + metric + subject + period + modality + speaker."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from itertools import islice

from pipeline.claims import attach, interview, periods, speakers
from pipeline.claims.entities import (Mention, anaphor_type, entity_spans, find_anaphors, find_mentions, mentions_at,
                                      owner_before, sentence_spans)
from pipeline.claims.lexicon import UNSAFE_FOR_LOWER, Lexicon, compile_low, folded
from pipeline.claims.metrics import RELATIVE_ASIDE, Trigger, allowed_metrics, best_trigger, find_triggers, plausible
from pipeline.claims.numbers import Figure, find_figures, interval, rescale
from pipeline.models import Claim, Period

# Same-length normalisation: curly apostrophes and quotes read as straight ones; offsets stay valid.
# A qualifier and a currency sign before a figure, the tail the patterns below that end on a figure share ("about $",
# « près de », "at least US$"). Older patterns keep their own qualifier lists (each a little different).
_QUALIFIER_WORDS = (r"(?i:about|around|roughly|some|nearly|approximately|more\s+than|less\s+than|up\s+to|at\s+least|"
                    r"as\s+much\s+as|another|environ|près\s+de|quelque|plus\s+de|moins\s+de|autour\s+de|jusqu['’]à|"
                    r"au\s+moins|un\s+peu\s+plus\s+de|un\s+peu\s+moins\s+de)")
QUAL_CURRENCY = rf"(?:{_QUALIFIER_WORDS}\s+)?(?:US\s?)?[$€£]?\s*"
QUAL_CURRENCY_TAIL = QUAL_CURRENCY + "$"
_NORM = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "\u2011": "-"})

# A stock-exchange ticker in parentheses: "(NASDAQ: NVDA)", "(NYSE: ORCL)", "(TSE: 9984)", « (Euronext : MC) ».
_TICKER = re.compile(r"\((?:NASDAQ|Nasdaq|NYSE|Nyse|NYSE American|TSE|TYO|TWSE|LSE|HKEX|SEHK|KRX|Euronext(?: Paris)?|"
                     r"Xetra|OTC|OTCQX|SIX|ASX|TSX)\s*:\s*[A-Z0-9.]{1,8}(?:\s*[,;]\s*[A-Za-z ]+:\s*[A-Z0-9.]{1,8})*\)")

# A sentence may also open on a name written lower-case first and camel-cased after ("xAI", "eBay", "iPhone").
# (the break is group 1 after a sentence's closing punctuation, the whole match for a line break; opening on the
# punctuation itself, not a lookbehind, lets `re` skip to it)
_SENT_END = re.compile(r"[.!?…]((?:\s?[\"»”')])*\s+)(?=[«\"“(]?\s?(?:[A-ZÀ-ÖØ-Þ0-9]|[a-z]{1,2}[A-Z]))|\n+")
# (a closing guillemet after a space, as French sets it, ends the quote's sentence too: « … next ones. » Soit…)
# (a capital letter alone is an initial, "C. C. Wei", but not the network in "wrote on X.", « sur X. »)
_ABBREV = re.compile(r"(?:(?<!\bon )(?<!\bsur )(?<!\bvia )\b[A-Z]|\b(?:Inc|Corp|Co|Ltd|St|Mr|Mrs|Ms|Dr|No|vs|etc|M|Mme|av|U\.S|"
                     r"approx|est|Jr|Sr))\.$")
# The number of a list's item ("1. 2024 revenue: $3.7 billion") ends no sentence
_LIST_NUMBER = re.compile(r"\s*\d{1,2}\.")
# A month abbreviated before a day: "the quarter ended Oct. 26", "on Sept. 30, 2025" (AP style)
_MONTH_ABBREV = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")

# A coordinating conjunction, and the subject pronoun of the clause it may open: what follows is its own verb phrase
# when a modality cue starts it ("…and expects", "…, but it plans", « et prévoit »).
_AND_THEN = folded(re.compile(r"[\s,]+(?:and|but|while|whereas|et|mais|tandis que|alors que)\s+"
                              r"(?:(?:it|they|the company|il|elle|ils|elles|la société|le groupe)\s+)?", re.IGNORECASE))

# A word in the future or the conditional (« sera », « atteindrait », « pourraient »): the whole word (possessive,
# no backtracking), then its ending looked back at, one look per ending length; ~30 % off the French cues' scan
# against "\w+(?:era|…)", which backtracked through every word of the text.
_FUTURE_OR_CONDITIONAL_ENDING = (r"(?:(?<=\wera|\wira|\wdra)|(?<=\wttra)|(?<=\weront|\werait|\wiront|\wirait|\wdront|"
                                 r"\wdrait|\werons|\wdrons)|(?<=\werions|\wdrions|\wttront|\wttrait|\wttrons)|"
                                 r"(?<=\weraient|\wiraient|\wdraient)|(?<=\wttraient))")
# (the -ttre verbs: « mettra », « mettraient », « permettrait »)

# Cues of the modality, per language.
PROJECTION = {
    "en": r"\b(?:will|would|could|should|may|might|expects?|expected|expecting|plans?|planned|planning|forecasts?|"
          r"forecasted|forecasting|projected|projecting|projections?|targets?|targeting|aims?|aiming|"
          # the verb, not the noun ("the Stargate project", "data center projects worth $40 billion")
          r"(?<!\bthe )(?<!\ba )(?<!\bthis )(?<!\bthat )(?<!\bits )(?<!\btheir )projects?(?!\s+(?:in|at|of|with|worth|"
          r"across|around|for|and|is|are|was|were|will|would|has|have)\b)|"
          r"guid(?:ed|ance|es|ing)|outlook|budget(?:s|ed|ing)?|eyes|eyeing|"
          r"(?:we|I)\s+(?:still\s+|now\s+|also\s+)?see|"   # an officer's forecast: "We still see $26 billion to $30 billion"
          r"set to|on track|on pace|on course|likely|hopes?|intends?|seeks?|seeking|looking to|lining up|in talks|"
          r"slated|scheduled (?:to|for)|due to (?:be|begin|start|come|open|close|launch|complete|finish)|"
          r"to (?:deploy|build|bring online|roll out|install)|"
          r"considering|weighing|exploring|mulling|discussing|in discussions|"
          r"is raising|was raising|"
          r"pledg\w*|promis\w*|vows?|vowed|agree[sd]?(?:\s+(?:in|on|last|this|earlier|late|early)(?:\s+[\w.]+){0,2})?\s+to|commits? to invest|committed to invest|"
          r"are raising|to raise|has to|needs?|would put|could reach|estimated to|predicts?|envisions?|assumes?|"
          r"prepar\w+|poised|ready to|(?:laying|lays|lay) the groundwork|paving the way|invite\w*|signals?|anticipat\w+|proposed|potential|prospective|goal|"
          r"(?:prior|previous|earlier|initial|original) estimates?|(?:estimates?|forecasts?|consensus|analysts?|"
          r"expectations?)\s+calls?\s+for|calling\s+for)\b",
    "fr": r"\b(?:(?:va|vont)\s+(?:(?:le|la|les|lui|leur|se)\s+|[ls]['’])?[a-zéèêàâîôûç]+(?:er|ir|re)\b|"   # futur proche
          r"prévoi\w*|prévoy\w*|visons|visez|comptons|tablons sur|aurons|aurions|serions|devrons|devrions|ferons|prévu\w*|prévision\w*|devrai\w*|devra\w*|pourrai\w*|pourra\w*|vise\w*|vis(?:ait|aient|é|ée|és|ées)\b|table(?:\s+(?:désormais|toujours|maintenant|aussi|également|donc|encore))?\s+sur|"
          r"tablait|compt(?:e|ent|ait|aient)\s+(?:(?:désormais|toujours|bien|aussi|également|encore|maintenant|donc)\s+)?"
          r"(?!(?:encore|entre|contre|notre|votre|près|plus)\b)[a-zéèêàâîôûç]+(?:er|ir|re)\b|"   # « compte lever »
          r"objectif\w*|cible\w*|ambition\w*|s'attend\w*|attendu\w*|attendue\w*|anticip\w*|"
          # « projette », « projetait »; the noun only for a plan of something (« ses projets de centres de données »,
          # not « le projet Stargate »)
          r"projet\w*(?<!projet)(?<!projets)|projets?(?=\s+(?:de|d['’]|du|des|pour|visant)\b)|"
          r"envisag\w*|s'apprêt\w*|prépar\w*|prêt à|prête à|chercherai\w*|cherch\w*\s+à|mise sur|misent sur|estime\w*|"
          rf"\w++{_FUTURE_OR_CONDITIONAL_ENDING}|besoin de|"
          r"perspective\w*|promet|promis|à venir|potentiel\w*|finalise\w*|négocie\w*|en discussion\w*|"
          r"s'engage à|(?:a|ont) accepté d['’]investir|(?:a|ont) accepté de (?:verser|financer|prendre|acheter|dépenser)|"
          r"entend|plans?|pouvant|programmé\w*|censé\w*|(?:pour|à) (?:déployer|construire|bâtir|installer|mettre en service)|"
          r"doi(?:t|vent) (?:être|entrer|démarrer|commencer|débuter|s'achever|aboutir|atteindre|ouvrir)|"
          r"(?:précédente|première) estimation|estimation (?:précédente|initiale)|"
          r"étudi(?:e|ent|ait|aient|erait)|réfléchi\w*\s+à|song\w+\s+à|planch\w+\s+sur|discut\w+|fourchettes?|budgets?)\b",
}
DENIAL = {
    "en": r"\b(?:never|not|no|denied|denies|deny|rejected|rejects|dismissed|disputed|disputes|contested|false|fake|untrue|"
          r"far below)\b",
    "fr": r"\b(?:jamais|ne|n'|nie|nié|démenti\w*|dément\w*|faux|fausse|rejette|rejeté|contest\w*)\b",
}
_PROJECTION_RE = {lang: folded(re.compile(p, re.IGNORECASE)) for lang, p in PROJECTION.items()}
_DENIAL_RE = {lang: re.compile(p, re.IGNORECASE) for lang, p in DENIAL.items()}
# Figures the market expected, not the company's: "versus the $177.8 billion expected".
CONSENSUS_AFTER = re.compile(r"^\s*(?:attendus?|attendues?|expected|anticipés?|prévus? par les analystes|du consensus|"
                             r"de consensus|consensus|estimated by analysts|forecast by analysts|"
                             # "the $62bn analysts had pencilled in", « les 62 milliards qu'anticipaient les analystes »
                             r"(?:that |which )?(?:(?:some|many|most|the)\s+)?(?:analysts|Wall Street|the market|investors)\s+(?:had\s+|were\s+)?(?:been\s+)?"
                             r"(?:expected|expecting|forecast|anticipated|pencill?ed in|estimated|projected|predicted)|"
                             r"(?:qu['’]|que\s)\s*(?:anticipaient|attendaient|prévoyaient|espéraient|visaient)\s+"
                             r"(?:les\s+)?(?:analystes|marchés|investisseurs))", re.IGNORECASE)
# (searched in the 160 characters before the figure: a cue is a few words long)
CONSENSUS_BEFORE = folded(re.compile(r"(?<![\w'’])(?:the\s+)?(?:Street|Wall\s+Street|consensus)\s+(?:has|had|is\s+at|sits\s+at|"
                                     r"models?|is\s+modell?ing|pencils\s+in)\s+(?:[\w'’]+\s+){0,3}$|"
                                     # ("the Street has something like $46 billion for this year")
                                     r"(?:(?:analystes?|analysts?|marché|market|consensus|Wall Street)\b[^.;]{0,30}"
                                     # (not a passive: "AMD's share of the … market is expected to rise to 10%")
                                     r"\b(?<!is )(?<!are )(?<!was )(?<!were )(?<!be )(?<!est )(?<!sont )(?<!était )"
                                     r"(?:attend\w*|expect\w*|tabl\w*|anticip\w*|forecast\w*|(?:been\s+|were\s+)?looking\s+for|"
                                     r"pencill?ed\s+in)\s*(?:[\w'’]+\s+){0,4}|"
                                     # "beating estimates of $1.29 billion", "versus expectations of", « contre des attentes de »
                                     r"(?<![\w'’])(?:beat\w*|top\w*|miss\w*|exceed\w*|surpass\w*|above|below|versus|vs\.?|against|"
                                     r"compared with|short of|shy of|ahead of|in line with|contre|dépass\w*|battu\w*|au-dessus des?|en deçà des?|"
                                     r"conformes? aux)\s+(?:the\s+|les\s+|des\s+)?"
                                     r"(?:(?:average|consensus|analysts['’]?|Wall Street(?:['’]s)?|Street(?:['’]s)?|LSEG|FactSet)\s+)*"
                                     r"(?:estimates?|expectations?|forecasts?|attentes|prévisions|estimations)\s+(?:of|for|de|d['’])\s+"
                                     r"(?:about\s+|around\s+|environ\s+)?|"
                                     # « contre un consensus de 54,9 Md$ », "a consensus of $54.9 billion"
                                     r"(?<![\w'’])consensus\s+(?:(?:des analystes|of analysts|FactSet|LSEG)\s+)?(?:de|d['’]|of|at|à)\s+"
                                     r"(?:about\s+|around\s+|environ\s+)?)$", re.IGNORECASE))
# Differences, not levels: "$80 billion above", « 15 milliards de plus que ».
DELTA_AFTER = re.compile(r"^\s*(?:(?:more|de plus)(?!\s+(?:in|into|dans|en)\s+(?-i:[A-Z])|\s*,\s*(?:bringing|taking|lifting|portant))|"
                         r"less|above|below|higher|lower|de moins|supplémentaires? par rapport|"
                         r"au-delà du|au-dessus de ce|more than (?:the|what|it|previously|planned|expected|a year)|"
                         r"fewer|in additional|de hausse|de baisse)\b", re.IGNORECASE)
_MORE_TO_DO = re.compile(r"\s*more\b(?!\s+than)", re.IGNORECASE)
_RAISE_VERB_BEFORE = re.compile(r"(?<![\w'’])(?:raise|raising|borrow|borrowing|invest|investing|spend|spending|inject|"
                                r"injecting)\s+" + QUAL_CURRENCY_TAIL, re.IGNORECASE)
# Money spent on research: no metric tracks R&D, so it is not cash burn (« consacré 6 milliards à la R&D »).
RND_AFTER = re.compile(r"^\s*(?:de dollars\s*|d'euros\s*)?(?:(?:à|dans|en|on|to|into|for|in)\s+)(?:la\s+|l'|the\s+|its\s+|sa\s+)?"
                       r"(?:recherche(?:\s+et\s+(?:le\s+)?développement)?|R&D|R\s?&\s?D|research(?:\s+and\s+development)?)\b",
                       re.IGNORECASE)
_UNTRACKED_OWNER = re.compile(r"^\s*(?:de dollars\s*|d'euros\s*)?(?:d'|de |of |du (?=[a-z]))"
                              # (a description before the name: "90% of chip designer Arm", « du concepteur de puces Arm »)
                              r"(?:(?:the\s+)?(?:(?!the\b|its\b|their\b)[a-z][\w-]*\s+){1,3}(?=[A-Z][\w&-]*\b(?!\s+[A-Z]\w*['’]s)))?"
                              r"(?P<name>(?![A-Z]{1,4}\b)[A-Z][\w&-]*"
                              r"(?:\s+[A-Z][\w&-]*)*)(?=\s*(?:$|[,.;:)]|en\b|in\b|à\b|for\b|pour\b|last\b|l'an\b))")
# A product line or business unit as the clause's subject: its sales are a segment's, not the company's.
_SEGMENT_SUBJECT = re.compile(r"\s*(?:(?:la|le|l['’])\s*(?=(?:division|branche|pôle|activité|segment|filiale|unité)\b)|"
                              # (not « le fabricant de puces », « le groupe de centres de données »: the company)
                              r"(?:les|the|ses|its|their|leurs|sa|son)\s+)(?:[\w-]+\s+){0,5}?(?:processeurs?|processors?|"
                              r"GPUs?|puces|chips|cloud|centres? de données|data[- ]cent(?:er|re)s?|segment|division|"
                              r"activités?|unit|business|branche|pôle|advertising|publicité)\b", re.IGNORECASE)


# The cloud units that config/entities.toml names as their groups (AWS is Amazon's name there), or a unit, division
# or arm of a company: a clause about one of them gives a segment's revenue.
_CLOUD_UNIT = re.compile(r"(?<![\w'’])(?:AWS|Amazon Web Services|Azure|Microsoft Azure|Google Cloud|Oracle Cloud Infrastructure|"
                         r"OCI)\b|['’]s\s+(?:[\w-]+\s+){0,2}?(?:unit|division|arm|subsidiary|segment)\b|"
                         r"(?<![\w'’])(?:sa|la)\s+(?:filiale|division|branche)\b", re.IGNORECASE)


def _product_line_subject(S: str, f: Figure, lex: Lexicon) -> bool:
    """Whether the figure's clause opens on a product line ("Claude Code", "ChatGPT Enterprise": a product named with a
    word of its own, which entities.mentions_at does not take for the company) before its verb."""
    cs = attach.clause_start(S, f.start)
    head = S[cs:f.start]
    for a, b in entity_spans(head, lex):
        key = head[a:b].lower().replace("’", "'")
        if lex.entity_of.get(key, ("", ""))[1] == "product" and _PRODUCT_LINE_NAME.match(head, b) and \
                not re.search(r"\b(?:of|from|de|du|des|in|dans)\s*(?:the\s+)?$", head[:a]):
            return True
    return False


_PRODUCT_LINE_NAME = re.compile(r"\s+[A-Z][a-z]")


def _segment_subject(S: str, pos: int, mentions, unit_only: bool = False) -> bool:
    """The clause opens on a segment or product line (`unit_only`: a business unit, a division, not a product: « Ses
    projets de centres de données dépassent 1 400 milliards » is the company's commitment)."""
    lo = max(S.rfind(";", 0, pos), S.rfind(":", 0, pos)) + 1   # the sentence's part, not "and"-split clauses
    m = _SEGMENT_SUBJECT.match(S, lo)
    if m is None and (ap := _BARE_HEAD_COMMA.match(S, lo)) is not None:
        m = _SEGMENT_SUBJECT.match(S, ap.end())   # "Infrastructure software, the business built around VMware, brought
        # in $7.1 billion": a segment named, then described
    if m is None and (rel := _SEGMENT_RELATIVE.search(S, max(lo, pos - 120), pos)) is not None and \
            not any(rel.start() <= x.start < pos for x in mentions):
        return True   # "…chips sold for data centers, a division that generated $51.2 billion in sales"
    return m is not None and m.end() <= pos and not any(lo <= x.start < m.end() for x in mentions) and \
        (not unit_only or _UNIT_WORD.search(m.group(0)) is not None)


_UNIT_WORD = re.compile(r"\b(?:division|segment|unit|business|branche|pôle|activités?|filiale|unité)\b", re.IGNORECASE)


# A noun phrase with no determiner opening the sentence, then its apposition: "Infrastructure software, the business…"
_BARE_HEAD_COMMA = re.compile(r"\s*[A-Z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s*,")
# A segment as a relative clause's antecedent, the figure in that clause: "a division that generated", « une division qui
# a réalisé »
_SEGMENT_RELATIVE = re.compile(r"(?<![\w'’])(?:a|an|the|its|une|la|sa|son|le)\s+(?:[\w-]+\s+){0,2}?(?:division|segment|unit|"
                               r"business|branche|activité|pôle)\s*,?\s*(?:that|which|qui)\s+[^,;:]{0,50}$", re.IGNORECASE)


# A business line named as the subject of the figure's verb: "its cloud infrastructure business to reach", « son
# activité cloud atteindra »
_SEGMENT_NP_BEFORE = re.compile(
    r"(?:(?:(?<![\w'’])(?:its|their)|['’]s)\s+(?:cloud|data[- ]cent(?:er|re)|AI|gaming|advertising|infrastructure)(?:\s+[\w-]+){0,2}?"
    r"\s+(?:business|unit|division|segment|arm)|(?:son|sa|ses|leur|leurs)\s+(?:activité|division|branche|pôle|filiale)s?"
    r"\s+(?:cloud|centres? de données|IA|d['’]IA|infrastructure))\b(?:\s*,\s*(?:which|qui)\b[^,;:]{0,90},)?[^,;:]{0,40}$",
    re.IGNORECASE)   # (a relative aside between: "Nvidia's data center segment, which includes …, generated")
# Holders we do not track, as a clause's subject: staff, investors, founders, the public.
_HOLDERS = re.compile(r"\s*(?:(?:current|former|early|existing|other|some|its|their|les|des|ses|leurs|certains|d'autres|"
                      r"anciens|actuels|and|et|,)\s+)*(?:staff|employees|workers|investors|shareholders|founders|insiders|"
                      r"the public|public investors|backers|salariés|employés|investisseurs|actionnaires|fondateurs|"
                      r"le public)\b", re.IGNORECASE)
# A counted group of companies as the clause's subject: "More than 500 businesses", « Plus de 500 entreprises clientes ».
_COUNTED_BUYERS = re.compile(r"\s*(?:(?:more than|over|nearly|about|some|plus de|près de|quelque|environ)\s+)?[\d,.\u00a0\u202f ]+\s+"
                             r"(?:[\w-]+\s+)?(?:companies|businesses|customers|clients|enterprises|firms|organi[sz]ations|"
                             r"developers|entreprises|sociétés|groupes|développeurs)\b", re.IGNORECASE)
# The preposition of what money is put into, right after the figure: "into OpenAI", « dans OpenAI ».
_INTO = re.compile(r"\s*(?:into|in|dans)\s+(?:the\s+)?", re.IGNORECASE)
# An indefinite buyer: "a fourth customer", "an unnamed client", « un nouveau client », « un client mystère ».
_UNNAMED_BUYER = re.compile(r"(?<![\w])(?:(?:a|an|one|another)\s+(?:\w+\s+){0,2}?(?:customer|client|buyer)s?|"
                            r"(?:its|their|the)\s+(?:fourth|fifth|sixth|new|latest|unnamed|mystery|newest)\s+"
                            r"(?:\w+\s+){0,1}?(?:customer|client|buyer)s?|"
                            r"the\s+(?:mystery|unnamed|anonymous|unidentified|undisclosed)\s+(?:customer|client|buyer)|"
                            r"(?:le|ce)\s+client\s+(?:mystère|anonyme|non identifié)|"
                            r"(?:un|une|un autre|une autre)\s+(?:\w+\s+){0,2}?(?:client|acheteur|cliente)s?)\b", re.IGNORECASE)
# … or named after the figure: "a $10 billion order from a new customer", « une commande … d'un nouveau client »
_UNNAMED_BUYER_AFTER = re.compile(r"[^.;:]{0,40}?(?<![\w'’])(?:from|by|for|de la part d['’]|d['’]|de|pour)\s+"
                                  r"(?:a|an|one|another|un|une|un autre|une autre)\s+(?:\w+\s+){0,2}?"
                                  r"(?:customer|client|buyer|acheteur|cliente)s?\b", re.IGNORECASE)
# Guidance verbs that give the next figure of the metric just reported, with no metric word of their own.
_GUIDED = {"revenue", "capex", "loss", "cash_burn"}
# A share of a capital that names no company: « 32,5 % du capital », "32.5% of the equity".
_OF_THE_CAPITAL = re.compile(r"\s*(?:du capital|des actions|of the (?:capital|equity|shares))\b", re.IGNORECASE)
# A holder "to the tune of" a sum: « actionnaire depuis l'an dernier à hauteur de », "an investor to the tune of".
_HOLDER_TO_THE_TUNE = re.compile(r"(?<![\w'’])(?:actionnaire|investisseur|shareholder|investor|backer)\b[^,;:]{0,40}?"
                                 r"(?:à hauteur de|to the tune of)\s+(?:(?:about|some|environ|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                                 re.IGNORECASE)
# A part of another's figure: "its share of OpenAI's losses", « sa quote-part des pertes d'OpenAI ».
_SHARE_OF = re.compile(r"(?<![\w'’])(?:share of|portion of|part of|quote-part des?|part des?)\s+(?:the\s+|les\s+)?"
                       r"(?:[A-Z][\w&.-]*['’]s\s+)?$", re.IGNORECASE)
def _guided_metric(i: int, ctx: Context) -> str | None:
    """The result a guidance figure with no metric word of its own is for: the sentence's last result, else (for its
    first figure) the previous sentence's, else in an article on quarterly results the last one reported."""
    own = next((c.metric for c in reversed(ctx.in_sentence) if c.metric in _GUIDED), None)
    if own is not None or i > 0:
        return own
    return ctx.last_metric if ctx.last_metric in _GUIDED else ctx.unclaimed or (ctx.last_guided if ctx.quarterly else None)


def _lead_metric(orig: str, s0: int, i: int, lang: str, lex: Lexicon) -> str | None:
    """The result the sentence just before names without a figure, for guidance with no metric word of its own:
    « Alphabet a relevé ses prévisions d'investissements. La maison mère de Google table désormais sur 91 à 93
    milliards »."""
    if i > 0 or s0 == 0:
        return None
    prev = orig[max(0, s0 - 200):s0]
    prev = prev[max(prev.rfind(". ", 0, len(prev.rstrip()) - 1) + 2, 0):]   # (the sentence just before, roughly)
    if _DIGIT_OR_CURRENCY.search(prev):
        return None   # (a sentence with figures of its own sets ctx.last_metric when they are claims)
    return next((t.metric for t in find_triggers(prev, lang, lex) if t.metric in _GUIDED), None)


_DIGIT_OR_CURRENCY = re.compile(r"[\d$€£]")
# a possessive's share: "its share of…", "its foundry market share", « sa part du marché… », « sa part de marché »
_POSSESSIVE_SHARE = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:market\s+)?(?:share|part)\b", re.IGNORECASE)
_RESULTS_CARRIED = {"revenue", "loss", "cash_burn", "capex"}   # results an undated one after a half or a quarter is of
# A possessive share that names no whole ("its share", « sa part », not « sa part de marché »).
_BARE_SHARE = re.compile(r"(?<![\w'’])(?:sa|son|leur|its|their)\s+(?:part|share|holding)\b(?!\s+(?:de|du|des|d['’]|of|in|dans)\b)"
                         r"[^,;:]{0,40}(?:,\s*(?:à|to)\s*(?:(?:about|around|roughly|environ|près de|quelque)\s+)?)?$",
                         re.IGNORECASE)   # (« a triplé sa part sur la période, à 21 % »)
# a verb of spending or losing, done: "spent", « a dépensé », "lost", « a brûlé »
_SPENT_DONE = re.compile(r"(?<![\w'’])(?:spent|lost|burned|burnt|consumed|invested|dépensé|perdu|brûlé|consommé|investi)\b",
                         re.IGNORECASE)
# the totals of a year that are known only once it is over
_YEAR_TOTALS = {"capex", "loss", "cash_burn", "market_share"}
# paying a company a figure: "agreed to pay Oracle about", « verser à Oracle environ »
_PAY_VENDOR = re.compile(r"(?<![\w'’])(?:pay|pays|paid|paying|verser|versera|payer|paiera)\s+(?:à\s+)?"
                         r"(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})\s+" + QUAL_CURRENCY_TAIL)
# « elles / ils » with its verb right before the figure: a plural noun of the sentence before taken up
_PLURAL_RESUMED = re.compile(r"(?<![\w'’])(?:elles|ils)\s+(?:(?:ont|avaient|auront)\s+)?(?:\w+\s+){0,1}?" +
                             QUAL_CURRENCY_TAIL, re.IGNORECASE)
# « réaliser » a sum with no noun of its own: sales (« a réalisé 11,2 milliards de dollars »)
_REALISED_BEFORE = re.compile(r"(?<![\w'’])(?:a|avait|aura|ont|avaient|auront|aurait)\s+(?:(?:déjà|encore|ainsi|alors)\s+)?"
                              r"réalisé\s+" + QUAL_CURRENCY_TAIL, re.IGNORECASE)
# what may stand before the metric noun a sentence opens on: an article, a possessive
_LEAD_NOUN_OPENS = re.compile(r"\s*(?:(?:Les|La|Le|L['’]|Ses|Sa|Son|Leurs?|The|Its|Their)\s*)?", re.IGNORECASE)
# a pronoun subject taking up that noun, then its verb, right before the figure: « elles ont atteint », "it reached"
_RESUMED_BY_PRONOUN = re.compile(r"(?<![\w'’])(?:elles|ils|elle|il|it|they)\s+(?:(?:ont|a|have|has|had|avaient|avait)\s+)?"
                                 r"(?:\w+\s+){0,2}?" + QUAL_CURRENCY_TAIL, re.IGNORECASE)
_THEN_MORE = re.compile(r"[^.;:]{0,60}?,?\s*(?:puis|then|and\s+then|et\s+encore|avant)\s+" + QUAL_CURRENCY, re.IGNORECASE)
_MORE_AFTER = re.compile(r"\s*(?:de\s+dollars\s+|d['’]euros\s+)?(?:supplémentaires?|de\s+plus|more|additional)\b",
                         re.IGNORECASE)
_EXPECTED_WORD = re.compile(r"attendue?s?|expected|forecast|projected", re.IGNORECASE)
_BY_ANALYSTS = re.compile(r"\s+(?:par|by)\b", re.IGNORECASE)
_NOUN_THEN_EXPECTED = re.compile(r"(?:\s+(?:total|totale|annuel|annuelle|global|globale|overall|annual))?\s*,?\s*")
# cash, the thing a verb of burning consumes: « de liquidités », « de trésorerie », "of cash"
_CASH_WORD = re.compile(r"liquidités|trésorerie|cash", re.IGNORECASE)
# a relative clause set off by a comma: ", which", « , qui »
_RELATIVE_COMMA = re.compile(r",\s*(?:which|who|qui|lequel|laquelle|lesquels|lesquelles)\b", re.IGNORECASE)
# raising "at" a figure: "is not raising at $300 billion", « lève … à 300 milliards de valorisation » (not "of")
_RAISING_AT = re.compile(r"(?<![\w'’])(?:rais(?:e|es|ed|ing)|fundraising)\s+(?:(?:money|funds|capital|cash)\s+)?at\s+"
                         r"(?:a\s+)?" + QUAL_CURRENCY_TAIL, re.IGNORECASE)
# the pair just named as a clause's subject: « Les deux groupes », "The two companies", "Both companies"
_THE_TWO = re.compile(r"\s*(?:(?:déjà|already|also|aussi)\s+)?(?:Les\s+deux\s+(?:groupes|sociétés|entreprises|partenaires)|"
                      r"The\s+two\s+(?:companies|groups|firms|partners)|Both\s+(?:companies|groups|firms))\b", re.IGNORECASE)
# a round valuing a company it describes: « l'opération valoriserait l'entreprise », "the round values the company at"
_ROUND_VALUES = re.compile(r"(?<![\w'’])(?:l['’]opération|la\s+levée|le\s+tour(?:\s+de\s+table)?|la\s+transaction|the\s+round|"
                           r"the\s+raise|the\s+deal|the\s+financing|the\s+transaction)\s+(?:\w+\s+){0,2}?"
                           r"(?:valoris\w+|values?|valued|valuing)\s+(?:l['’]entreprise|la\s+société|la\s+start-up|"
                           r"the\s+company|the\s+startup|the\s+start-up)\s+", re.IGNORECASE)
_AT_EXCHANGE_RATE = re.compile(r"(?<![\w'’])(?:au\s+taux\s+de\s+change|at\s+(?:today['’]s|current|the\s+current)\s+exchange\s+"
                               r"rates?|converti\w*\s+en|converted\s+(?:in)?to)\b", re.IGNORECASE)
# a paragraph of notes on one company, opening on its name and a colon: "Amazon: $52 billion in Q3, …"
_NAME_COLON = re.compile(r"\s*(?P<name>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?)\s*:\s")
# a company's bare share moving to a figure: "Nvidia's share to slip to about", « la part de Nvidia tomberait à »
_BARE_SHARE_MOVES = re.compile(
    r"(?:(?P<name>[A-Z][\w.&-]*)['’]s\s+share|(?:la\s+)?part\s+d(?:e\s+|['’])(?P<name2>[A-Z][\w.&-]*))"
    r"(?!\s+(?:of|in|de|du|des|dans)\b)\s+(?:(?:to|will|would|could|may|might|should)\s+)?(?:\w+\s+)?"
    r"(?:slip|fall|drop|decline|erode|shrink|sink|rise|climb|grow|reach|tomb|recul|baiss|chut|glisser|glisse|"
    r"descend|grimp|monter|monte|atteind)\w*\s+(?:to|at|à|jusqu['’]à)\s+(?:(?:about|around|roughly|some|nearly|"
    r"environ|près de|quelque)\s+)?$")
# an estimate placing a company at a figure: "We put AMD at 6%", "has Nvidia at roughly 75%", « place AMD à 6 % »
_PUT_AT = re.compile(r"(?<![\w'’])(?:put|puts|putting|has|have|sees?|place[sd]?|placing|estimates?|pegs?|pegged|"
                     r"plaçons|place|placent|voit|voient|estime|estiment)\s+(?P<name>[A-Z][\w.&-]*)(?:['’]s\s+[\w\s-]{0,40}?)?"
                     r"\s+(?:at|à)\s+" + QUAL_CURRENCY_TAIL)
# the speaker's own figure for what was just measured: "Our number is closer to 80%", « notre estimation est de »
_OWN_ESTIMATE = re.compile(r"(?<![\w'’])(?:our|my|notre|mon|ma)\s+(?:own\s+|propre\s+)?(?:number|estimate|forecast|figure|"
                           r"model|call|base\s+case|projection|estimation|prévision|chiffre|hypothèse|scénario\s+central)"
                           r"(?![\w'’])[^,;:]{0,40}$", re.IGNORECASE)
_GUIDANCE_BEFORE = re.compile(r"(?<![\w'’])(?:(?:table|tablait)(?:\s+(?:désormais|maintenant|toujours|aussi|également))?"
                              r"\s+sur|tablerait\s+sur|tablons\s+sur|prévoit|prévoirait|prévoyons|anticipe|anticiperait|"
                              r"anticipons|attend|attendons|s'attend à|vise|viserait|visons|"
                              r"guides? for|"
                              # « a relevé sa fourchette à », "raised its outlook to", "cut its forecast to"
                              r"(?:relevé|rehaussé|abaissé|réduit|revu\s+(?:à\s+la\s+hausse|à\s+la\s+baisse)|raised|"
                              r"lifted|lowered|cut|trimmed|narrowed)\s+(?:sa|son|ses|its|their)\s+(?:fourchette|"
                              r"prévisions?|objectifs?|estimations?|guidance|outlook|forecasts?|range|estimates?)\s+"
                              r"(?:à|to)|"
                              r"guided to|guided for|expects?|forecasts?|projects?|sees|is targeting|targets?|"
                              # "whose 2026 outlook is $115 billion to $135 billion", « dont la prévision est de »
                              r"(?:outlook|guidance|forecast|target|range)\s+(?:is|was|calls\s+for|stands\s+at)|"
                              r"(?:prévisions?|objectif|fourchette)\s+(?:est|était|s['’]établit\s+à)|"
                              # « sa prévision annuelle, qu'il situe désormais entre », "its forecast, which it now puts at"
                              r"(?:sa|son|ses|its|their)\s+(?:[\w-]+\s+)?(?:prévisions?|fourchette|objectifs?|outlook|forecasts?|guidance|"
                              r"range)(?:\s+[\w-]+)?\s*,\s*(?:qu['’](?:il|elle)|which\s+it|that\s+it)\s+"
                              r"(?:(?:désormais|now|still|also|aussi|maintenant)\s+)?(?:situe|fixe|place|établit|chiffre|"
                              r"puts|sets|places|pegs)(?:\s+(?:désormais|now|maintenant))?(?:\s+(?:à|at))?)\s*"
                              # (an aside between: « la direction viserait, selon nos informations, une fourchette de »)
                              r"(?:,[^,;:]{1,40},\s*)?(?:(?:désormais|now|still|also|aussi)\s+)?"
                              r"(?:(?:a|an|about|around|roughly|some|environ|près de|autour de|plus de|more than|"
                              r"between|entre|de|d'|du|une|un|fourchette|range|of)\s+){0,4}$", re.IGNORECASE)
# A metric of a group of companies, not of one: "the hyperscalers' capex", « des géants du cloud ».
_COLLECTIVE_OWNER = re.compile(r"\s+(?:des|of the|of|de ces|of these|of all|de tous les)\s+(?:\w+\s+)?(?:géants|hyperscalers|"
                               r"hyperscaleurs|grands groupes|big tech|tech giants|cloud giants|grandes entreprises|"
                               r"laboratoires|labs|acteurs|rivals|concurrents|fabricants|companies|groups|giants|"
                               r"magnificent seven|sept magnifiques|gafam)\b", re.IGNORECASE)
_GENERIC_COMMIT = re.compile(r"(?:engagement|commitment)s?$", re.IGNORECASE)
_POINTS_AFTER = re.compile(r"^\s*(?:percentage )?(?:points?|pts?)\b", re.IGNORECASE)
# Rates of change, not shares: "up 34%", « en hausse de 22 % ».
# (a change "to" a level is the level: "rose to 27%", "a stake of up to 10%"; "end up owning 10%" is no change)
GROWTH_BEFORE = folded(re.compile(r"(?:(?<!made )(?<!make )(?<!makes )(?<!end )(?<!ends )(?<!ended )(?<!wind )(?<!winds )"
                                  r"(?<!wound )(?<!-)\bup(?!\s+(?:to|from)\b)|\bdown(?!\s+from\b)|\brose|\bgrew|\bgrowth of|\bjumped|\bfell|\bclimbed|\bsoared|\bincreas\w*|"
                                  r"\bfallen|\bfalls|\brises|\brisen|\bdropped|\bdrops|\bslumped|\bplunged|\bplummeted|\btumbled|\bslid|"
                                  r"\bsank|\bsurged|\brallied|\bgained|\bdeclined|\bslipped|\brebounded|\bsoars|\bjumps|\bclimbs|"
                                  # a share price's move: "lost 1.6%", "rising 2.7%", "shed 3%", "adding 4%"
                                  r"\blost|\blosing|\brising|\bfalling|\bshed|\bsheds|\badded|\badding|\bgaining|"
                                  r"\bsliding|\bjumping|\bclimbing|\bdropping|\bsinking|\bsurging|\btumbling|"
                                  r"\bplongé de|\bdégringolé de|\bdécroché de|\bbondi|\bprogressé|"
                                  r"\bdecreas\w*|\bby|\bhausse de|\bbaisse de|\bprogress\w* de|\bprogression de|\bbondi de|"
                                  r"\bgagné|\breculé de|\brecul de|\bcroissance de|\bcroissance d'|\baugment\w* de|\bchuté de|"
                                  r"\bperdu|\benvol\w* de|\bfondu de|\bchute de|\bmultipli\w*|\bdoubl\w*|\bcut|"
                                  r"\blifted|\braised|\brelev\w* de|\bs'est envolé de|\+|\bdéclin de|\bgrimp\w* de|"
                                  # the infinitive after « voir », « pourrait »: « a vu son action reculer de 3 % »
                                  r"\b(?:reculer|baisser|chuter|progresser|bondir|plonger|augmenter|diminuer|croître|"
                                  r"s'envoler|dégringoler|fondre) de)"
                                  r"\s*(?:(?!to\b|à\b|at\b)\w+\s+){0,2}$", re.IGNORECASE))
COUNT_NOUN = re.compile(r"^[\s\u00a0]*(?:de |d'|of )?(?:(?:[A-Z][\w-]*(?:['’]s)?|weekly|monthly|daily|regular|active|paying|"
                        r"hebdomadaires?|mensuels?|quotidiens?|actifs?|nouveaux?|new|additional|more|extra|"
                        r"supplémentaires?|de plus|"
                        r"GPU|de GPU|de puces|graphics|cartes|accélérateurs|"
                        r"(?:and|et|&)(?=\s+[A-Z]))\s+){0,5}"   # ("550,000 Nvidia GB200 and GB300 chips")
                        r"(?P<noun>GPUs?|puces?|chips?|accelerators?|accélérateurs?|unités|units|TPUs?|servers?|serveurs?|"
                        r"processeurs?(?: graphiques)?|processors?|users?|utilisateurs?|personnes|people|subscribers?|abonnés)\b")
# "100 million more users than a year ago": a difference ("more … than"), not a number of new units.
_THAN_AFTER = re.compile(r"[^,;.]{0,40}?(?<![\w'’])(?:than|que|qu['’])(?![\w'’])", re.IGNORECASE)
# A money figure given per unit of something later in its clause: a rate, not an amount.
_PER_UNIT_LATER = re.compile(r"[^,;:.]{0,40}?(?<![\w'’])(?:for (?:every|each)|per|pour chaque|par|à chaque)\s+(?:new\s+|nouveau\s+)?"
                             r"(?:gigawatts?|GW|megawatts?|MW|chips?|GPUs?|puces?|users?|utilisateurs?|customers?|"
                             r"clients?|employees?|salariés?)\b", re.IGNORECASE)
# What one unit of power costs: "a gigawatt of capacity costs…", « un gigawatt de capacité représente… ».
_UNIT_COSTS = (r"\s*(?:(?:de|d['’]|of)\s+(?:capacité|capacity|calcul|compute|puissance|power|data[- ]cent(?:er|re)s?)\s+)?"
               r"(?:,\s*c['’]est|costs?|coûte|coûterait|coûtent|représente|représenterait|represents|requires|nécessite|"
               r"vaut|equals|means|runs|is worth|is\s+(?:roughly|about|enough|the\s+output|equivalent))\b")
_UNIT_COSTS_AFTER = re.compile(_UNIT_COSTS, re.IGNORECASE)
# ... and the same unit named before the figure, as the subject of its clause: "each gigawatt could bring Nvidia about
# $35 billion in revenue", « chaque gigawatt rapporterait 35 milliards »
_PER_UNIT_BEFORE = re.compile(r"(?<![\w'’])(?:(?:each|every|per|chaque)\s+(?:new\s+|nouveau\s+)?(?:gigawatts?|GW|megawatts?|MW|"
                              r"chips?|GPUs?|puces?|users?|utilisateurs?)\b|"
                              # « un gigawatt de capacité représente entre 50 et 60 milliards »: one unit's cost
                              r"(?:un|a|one)\s+(?:gigawatt|GW|megawatt|mégawatt|MW)" + r"(?=" + _UNIT_COSTS + r"))"
                              r"[^,;:.]{0,60}$", re.IGNORECASE)
# A pace in a span shorter than the periods claims have (the monthly money flows are read apart, _MONTHLY_*)
_PER_SHORT_TIME_LATER = re.compile(r"[^,;:.]{0,40}?(?<![\w'’])(?:every|each|per|a|par|chaque|toutes les)\s+"
                                   r"(?:week|day|month|semaine|jour|mois)s?\b", re.IGNORECASE)
# A result on a holding, after the figure: "a $3.1 billion loss related to its OpenAI investment", « une plus-value …
# sur sa participation »
_LOSS_ON_HOLDING_AFTER = folded(re.compile(
    r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:net\s+|nette?\s+)?(?:loss|perte|charge|hit|gain|profit|plus-value|bénéfice)?\s*"
    r"(?:related to|tied to|linked to|attributable to|stemming from|from|on|liée?s? à|imputable à|due à|sur)\s+"
    r"(?:(?:its|their|our|son|sa|ses|leurs?|notre|nos)\s+(?:[\w-]+\s+){0,2}?|equity[- ]method\s+|mises?\s+en\s+équivalence\s+)"
    r"(?:investments?|stakes?|holdings?|investissements?|participations?)\b", re.IGNORECASE))
# the party a deal is made with, right after the deal's noun: "a $9.7 billion deal with IREN", « un contrat avec Nebius »
_DEAL_WITH = re.compile(r"(?<![\w'’])(?:deal|contract|agreement|pact|partnership|accord|contrat|partenariat)\s+"
                        r"(?:with|avec)\s+(?:the\s+|le\s+|la\s+|l['’])?(?=[A-Z])")

# What money paid to a company buys, right after the company: « … à Microsoft pour des services Azure », "to Oracle for
# cloud capacity"
_FOR_COMPUTE = re.compile(r"[\s,]*(?:pour|for)\s+(?:des\s+|de\s+la\s+|du\s+|de\s+|the\s+|its\s+|ses\s+)?(?:[\w-]+\s+){0,2}?"
                          r"(?:services?|cloud|capacité|capacity|compute|computing|puissance de calcul|serveurs?|servers?|"
                          r"puces?|chips?|GPUs?)\b", re.IGNORECASE)


def _total_over_years(S: str, f: Figure, trig, cues) -> bool:
    """Whether the figure's clause makes its spending a total over years: a span ("over the next eight years"), a
    total ("in total"), a run to a year after it ("through 2028"), or the verb's amount to reach by a year after it
    ("will invest $600 billion by 2028", « d'ici 2028 »)."""
    lo = attach.clause_start(S, f.start)
    return any((q.kind in ("span", "total") or periods.runs_to(q, f.end)
                or q.kind == "by" and q.start >= f.end and trig.end <= f.start)
               and attach.clause_start(S, q.start) == lo for q in cues)


_DEAL_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:deal|contract|agreement|accord|contrat|partenariat)\s+(?:de|d['’]|of|worth|"
                               r"(?:d['’]une valeur|d['’]un montant) de)\s*(?:(?:about|some|environ|près de|quelque)\s+)?"
                               r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_WITH_AFTER = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:with|avec)\s+(?:the\s+|le\s+|la\s+|l['’])?(?=[A-Z])")


def _deal_with_untracked(S: str, f: Figure, mentions, before: int | None = None) -> bool:
    """Whether the figure's deal is made with a party we do not track, named after it (and before `before`)."""
    end = min(len(S), f.end + 60, before or len(S))
    m = _DEAL_WITH.search(S, f.end, end)
    if m is None and _DEAL_NOUN_BEFORE.search(S, max(0, f.start - 40), f.start):
        m = _WITH_AFTER.match(S, f.end, end)   # « un contrat de 9,7 milliards de dollars avec IREN »
    return m is not None and not any(x.start == m.end() for x in mentions)


_USERS_WORD = re.compile(r"(?<!\w)(?:users?|utilisateurs?|visitors?|visiteurs?|people|personnes)(?![\w'’])", re.IGNORECASE)
# "capex is expected to reach", « sont attendus entre »: after a copula, an expectation word marks a forecast of
# the metric before it, not the market's consensus (which CONSENSUS_* reads).
_EXPECT_WORD = re.compile(r"(?:expected|anticipated|forecast|attendu\w*|anticipé\w*)$", re.IGNORECASE)
_COPULA_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|now|est|sont|était|étaient|sera|seront|serait|seraient)"
                            r"\s+(?:(?:now|still|désormais|toujours|aujourd'hui|also|aussi)\s+)?$", re.IGNORECASE)


def _forecast_passive(S: str, t) -> bool:
    return t.metric == "ignore" and bool(_EXPECT_WORD.match(t.text)) and bool(_COPULA_BEFORE.search(S[max(0, t.start - 30):t.start]))


USER_NOUNS = {"users", "user", "utilisateurs", "utilisateur", "personnes", "people", "subscribers", "subscriber", "abonnés"}
STOCK_METRICS = {"valuation", "stake", "users", "compute_capacity", "market_share"}


# "revenue in data centers", « les revenus de Nvidia dans les centres de données »: a segment after the revenue word.
_SEGMENT_PP = re.compile(r"\s*(?:(?:de|d['’]|of)\s*[A-Z][\w&.-]*\s+)?(?:dans|in|from|issus?\s+de|provenant\s+de|tirés?\s+de)\s+"
                         r"(?:les\s+|le\s+|la\s+|l['’]|the\s+|its\s+|ses\s+|son\s+|sa\s+)?(?:cloud|infrastructure|"
                         r"data[- ]cent(?:er|re)s?|datacenters?|centres? de données|advertising|ads|publicité|gaming|jeux?|"
                         r"automotive|automobile|segment|division|unit|business|activité)\b", re.IGNORECASE)

# Segments and product lines: their revenue is not the company's revenue. (A whole word: "OpenAI makes" is no "AI".)
SEGMENT = folded(re.compile(r"(?<!\w)(?:cloud|infrastructure|data[- ]cent(?:er|re)s?|datacenter|AI|IA|advertising|ads|gaming|jeu|automotive|"
                            r"networking|réseau|professional visualization|visualisation professionnelle|robotics|"
                            r"subscription|abonnements?|enterprise|consumer|search|licensing|hardware|software|"
                            r"services|segment|division|unit|business|publicité|centres? de données|produits?|product|"
                            r"(?!FY\d|CY\d)[A-Z]{1,4}\d{2,4}|H20|Blackwell|app|Gemini|Copilot|Azure|AWS|Google Cloud|OCI|Claude Code|"
                            # a product line: "AI semiconductor revenue", "GPU sales", "chip revenue"
                            r"semiconductors?|chips?|GPUs?|accelerators?)\W*$",
                            re.IGNORECASE))
SEGMENT_AFTER = re.compile(r"^\s*(?:de l'infrastructure|du cloud|cloud|liés? à l'IA|liées? à l'IA|de l'IA|d'IA|"
                           r"des semi-conducteurs|de semi-conducteurs|des puces|de puces|des GPU|de GPU|des accélérateurs|"
                           r"publicitaires?|de (?:la )?publicité|du jeu|des centres de données|de l'activité|"
                           r"d'Azure|d'AWS|from (?:cloud|AI|data|advertising)|"
                           r"to (?:data[- ]cent(?:er|re)s|datacenters|cloud|gaming|automakers|hyperscalers))\b", re.IGNORECASE)
# a share told in the past ("accounted for 62%", « représentait 62 % »): of a period the text does not say
_PAST_SHARE_VERB = re.compile(r"(?<![\w'’])(?:accounted|represented|made\s+up|was|were|drew|derived|generated|a\s+représenté|"
                              r"représentait|pesait|a\s+pesé|tirait|a\s+tiré|dépendait)(?![\w'’])", re.IGNORECASE)
_CONSEQUENT_MODAL = re.compile(r"(?<![\w'’])(?:would|could|might|serait|seraient|vaudrait|vaudraient|aurait|auraient|"
                               r"pourrait|pourraient)(?![\w'’])", re.IGNORECASE)


def _last(it):
    m = None
    for m in it:
        pass
    return m


_COUNTERFACTUAL = re.compile(r"(?:^|(?<![\w'’]))(?:[Ii]f|[Ss]i|[Ss]['’]il|[Ss]['’]ils)\s+[^.;:]{0,80}?(?<![\w'’])(?:were|had been|"
                             r"était|étaient|avait été|avaient été)(?![\w'’])[^.;:]*$")
_IN_CASE_GATE = re.compile(r"cas d|vent of|ase of|hypoth")   # (speed)
_HYPOTHETICAL_AFTER = re.compile(r"[^.;:]{0,30}?(?<![\w'’])(?:en cas d['’e]|in the event of|in case of|dans l['’]hypothèse)",
                                 re.IGNORECASE)
_IN_CASE_OF_BEFORE = re.compile(r"(?<![\w'’])(?:en cas d['’e]|in the event of|in case of)\s*[^,;.]{0,30}?(?:à|at|of)\s+"
                                r"(?:(?:about|some|roughly|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_CONDITIONAL_FR = re.compile(r"\b\w+r(?:ait|aient)\b")
HYPOTHETICAL = folded(re.compile(r"\b(?:whether|if|even if|had hoped|hoped for|hopes for|même si|à supposer|"
                                 r"would cost|coûterait|imagine)\b(?:[^;:,]|,(?!\s+(?:[A-Z][\w-]*|it|they|il|elle|ils|"
                                 r"elles|the\s+\w+|la\s+\w+|le\s+\w+)\s+(?:would|could|will|might|may|should|aurait|"
                                 r"pourrait|serait|détiendrait|posséderait|devrait)\b)"
                                 # (a condition inserted in a relative clause, its verb after: "shares, which, if they
                                 # all vest, is roughly ten percent of the company")
                                 r"(?!\s+(?:is|are|was|were|would\s+be|will\s+be|represents?|amounts?\s+to|equals?|"
                                 r"représente(?:nt|rait|raient)?|est|sont|serait|seraient)\b))*$", re.IGNORECASE))
# The clitic « en » before a verb of spending or putting in, then the figure: « prévoit d'en engager environ 70 Md$ ».
# A company named as a seller's ranked customer: "… is now its second-largest customer", « … est son premier client ».
_IS_ITS_CUSTOMER = re.compile(r"\s+(?:is|was|remains|remained|became|has\s+become|est|était|reste|restait|demeure|"
                              r"est\s+devenu|est\s+devenue)\s+(?:(?:now|still|by\s+far|désormais|toujours|de\s+loin)\s+)?"
                              r"(?:its|their|son|leur)\s+(?:[\w-]+\s+){0,3}?(?:customer|client|acheteur)\b", re.IGNORECASE)
_COPULA_BEFORE_WORTH = re.compile(r"(?<![\w'’])(?:is|was|are|were|be|been|being|est|était|serait|sera)\s+"
                                  r"(?:(?:now|still|currently|désormais|toujours)\s+)?$", re.IGNORECASE)
_WORTH_WORD = re.compile(r"worth|valued(?:\s+at)?|vaut|vaudrait|vaudra|valait|valorisée?s?(?:\s+à)?", re.IGNORECASE)
_EN_CLITIC_BEFORE = re.compile(r"(?<![\w'’])(?:d['’]en|en|qu['’]en|n['’]en)\s+(?:engag|dépens|invest|consacr|inject|mett|mis|vers)\w*\s+"
                               r"(?:(?:environ|près\s+de|plus\s+de|quelque|jusqu['’]à|au\s+moins)\s+)?(?:US\s?\$|\$|€)?\s*$",
                               re.IGNORECASE)
_SUPPOSE_OPENS = re.compile(r"\s*[«\"“(]?\s*(?:Supposons|Imaginons|Admettons|Mettons|Posons|Prenons l['’]hypothèse|"
                            r"Dans l['’]hypothèse|Dans un scénario|Suppose|Supposing|Imagine|Assume|Assuming|Let['’]s say|"
                            r"Let['’]s assume|Let us (?:say|assume|suppose)|Picture|In a (?:scenario|world) where|"
                            r"Hypothetically)\b")
# (a main clause after the conditional one is not hypothetical: "If it is fully exercised, OpenAI would own roughly 10
# percent of AMD" states what OpenAI would own, a projection)
# A correction's withdrawn figure: "An earlier version of this article misstated…", « une version précédente de cet
# article indiquait… » (up to a semicolon, after which the corrected figure may follow).
_CORRECTED = folded(re.compile(r"(?<![\w'’])(?:(?:an?|the)\s+(?:earlier|previous|prior)\s+version\s+of\s+this\s+"
                               r"(?:story|article|report|post)|misstated|incorrectly\s+(?:said|stated|reported|gave|put)|"
                               r"erroneously\s+(?:said|stated|reported|gave|put)|(?:une\s+)?(?:version\s+précédente|"
                               r"précédente\s+version)\s+de\s+cet\s+article|(?:indiquait|mentionnait|affirmait)\s+par\s+"
                               r"erreur|de\s+manière\s+erronée)[^;]*$", re.IGNORECASE))
_TARGET_OF = folded(re.compile(r"(?<![\w'’])(?:targets?|goals?|forecasts?|projections?|objectifs?|prévisions?)\s+"
                               r"(?:of|de|d['’])\s*(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?"
                               r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE))
PRICE_FOR = folded(re.compile(r"\b(?:sold|sells|sell|sale|buy|bought|acquire\w*|acquisition|purchase\w*|cédé\w*|vendu\w*|"
                              r"cession|racheter|rachat|acquérir|déboursé|paid|payé)\b[^;:]{0,100}?\b(?:for|pour)\s*"
                              r"(?:(?:about|around|roughly|some|nearly|approximately|more than|over|environ|près de|"
                              r"quelque|plus de)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE))
# The amount of a change: "up $1.5 billion from", "down roughly $2 billion", « en hausse de 2 milliards » (not the
# particle of a verb: "spending down $115 billion of cash", "lined up more than 26 gigawatts")
_CHANGE_BY_BEFORE = folded(re.compile(r"(?<![\w'’-])(?:(?<!ing )(?<!ed )(?<!set )(?<!line )(?<!lines )(?:up|down)(?!\s+to\b)|an? (?:increase|decrease|rise|drop|jump|gain) of|"
                                      r"(?:fell|dropped|rose|jumped|climbed|slid|plunged|grew|declined|increased|decreased|"
                                      r"shrank|surged|soared|tumbled|sank)\s+by|"
                                      r"(?:a|ont|avait)\s+(?:fondu|chuté|bondi|progressé|reculé|augmenté|baissé|grimpé|plongé|"
                                      r"diminué|crû|cru)\s+de|"
                                      r"en (?:hausse|baisse|progression|recul|augmentation|diminution) de|"
                                      r"soit une (?:hausse|baisse|progression|augmentation) de)\s+(?:(?:about|around|roughly|nearly|"
                                      r"some|almost|more than|over|environ|près de|plus de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                                      re.IGNORECASE))
DELTA_BEFORE = re.compile(r"\b(?:added|adds|adding|gained|gaining|shed|shedding|lost|losing|wiped out|wiping out|wiping|"
                          r"wiped|erased|erasing|erases|knocked|knocking|trimmed|trimming|ajouté|"
                          r"ajoutant|ajoute|gagné|gagnant|effacé|effaçant|perdant)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
SHARE_NOUN = re.compile(r"^\s*(?:[A-Z][\w&.-]*\s+(?=shares\b|actions\b)|(?:de |d'|of )(?:nouvelles |new )?)"
                        # (a name before the shares: "32.1 million Nvidia shares")
                        r"(?:actions|shares|titres|wafers|plaquettes|employés|"
                        r"employees|salariés|clients|customers|entreprises|companies|projets|projects|unités vendues)", re.IGNORECASE)


_PRONOUNS = {"il", "elle", "ils", "elles", "they", "he", "she"}


@dataclass
class Context:
    """What one sentence leaves to the next: the entity in focus, the last claim, the last source."""

    main: str | None = None            # the article's most-named entity
    focus: str | None = None           # the latest sentence subject
    recent: list = field(default_factory=list)   # entities in order of last mention
    last_metric: str | None = None
    last_subject: str | None = None
    last_family: str | None = None
    last_period: Period | None = None   # the period of the article's latest claim, for "the same period"
    lead_period: Period | None = None   # the period of the latest sentence's first claim (not its comparison base)
    last_guided: str | None = None      # the metric of the article's latest result that guidance is given for
    last_counterparty: str | None = None
    sources: speakers.Sources = field(default_factory=speakers.Sources)
    named: tuple = ()                   # the article's entities in order of first mention
    quarterly: bool = False             # the article reports a company's quarterly results
    reported: list = field(default_factory=list)   # the media reports' claims of the sentence just read
    in_sentence: list = field(default_factory=list)   # the claims of the sentence being read, so far
    listed_away: tuple | None = None    # (metric, None, family, None) of a listed figure that was another's (see _sentence)
    unclaimed: str | None = None        # the result a sentence's figures named but gave no claim of (a group's sum)
    periods: list = field(default_factory=list)   # the article's dated periods, latest last (for "the same six months")
    last_year: str | None = None        # the last year the text named (for "by then", « d'ici là »)
    siblings: list = field(default_factory=list)   # the claims of a figure's coordinated subjects so far ("each")
    claimed: set = field(default_factory=set)      # the subjects of the article's claims so far
    history: list = field(default_factory=list)    # the article's claims so far (for "the $12 billion figure")
    we: str | None = None               # the company a transcript's paragraph is spoken for ("we", « nous »)
    interview: interview.Interview | None = None   # the article is a question-and-answer interview
    part: interview.Part | None = None  # the sentence is in one of its questions or answers
    transcript: tuple = ()              # the labelled paragraphs of a transcript (start, end, speaker)
    text: str = ""                      # the article's text (normalised)
    _names: frozenset | None = None
    _surnames: frozenset = frozenset()
    _analysts: frozenset | None = None
    _people: dict | None = None

    def people_named(self, lex) -> dict:
        """The listed people the article names in full, by surname (computed on first use)."""
        if self._people is None:
            self._people = {p.name.split()[-1]: p for p in lex.people if len(p.name.split()) > 1 and p.name in self.text}
        return self._people

    def analysts(self) -> frozenset:
        """The names the article introduces as analysts or research houses (computed on first use)."""
        if self._analysts is None:
            self._analysts = speakers.analyst_names(self.text)
        return self._analysts

    def names(self) -> frozenset:
        """The capitalised words the text writes inside sentences (proper names), but a person's surname ("Tan"
        after "Hock Tan": "Tan declined to name the buyers, but…" is a person speaking); computed on first use."""
        if self._names is None:
            pairs = _NAME_INSIDE.findall(self.text)
            self._surnames = frozenset(b for _, b in pairs if b)
            self._names = frozenset(a for a, _ in pairs) - self._surnames
        return self._names

    def surnames(self) -> frozenset:
        """The second of two capitalised words inside a sentence: a person's surname ("analyst Priya Natarajan")."""
        self.names()
        return self._surnames


# Words that introduce the base of a comparison ("up from $3.7 billion", « contre 3,7 milliards », "down from a previous
# forecast of $5.15 billion").
_BASE_WORDS = r"contre|against|versus|vs\.?|compared (?:with|to)|par rapport à|comparé à|up from|down from"
# A past participle or past form, English or French ("invested", « versé », "spent"): what was done.
_PAST_VERB = r"[a-zéè]+(?:ed|é|ée|és|ées)|spent|put|paid|lost|raised|brought"
_COMPARISON_BASE = folded(re.compile(rf"(?<![\w'’])(?:{_BASE_WORDS}|en hausse par rapport à|(?<=,)\s*from|par rapport aux|"
                                     # "a net loss of about 14 billion in 2026, after 8.5 billion last year", « après 8,5
                                     # milliards l'an dernier »: the previous level
                                     r"(?<=, )(?:après|after)(?=\s+(?:(?:about|some|roughly|environ|près de|quelque)\s+)?"
                                     r"(?:US\s?)?[$€£]?\s*$)|"
                                     # "more than double the $584 million a year earlier", « plus du double des 584 millions »
                                     r"(?<=, )(?:(?:more than|nearly|almost|roughly)\s+)?(?:double|twice|triple|quadruple)|"
                                     r"(?<=, )(?:plus|près|moins)\s+du\s+(?:double|triple)|(?<=, )le double|"
                                     # "widened to $314.6 million from $129 million": "from" right after a figure
                                     r"(?:(?<=lion )|(?<=bn )|(?<=% ))from|"
                                     # "up 62% from $35.1 billion", « en hausse de 62 % par rapport aux 35,1 milliards »
                                     r"(?:up|down|en hausse de|en baisse de)\s+(?:about\s+|roughly\s+|some\s+|environ\s+)?"
                                     r"\d+(?:[.,]\d+)?\s*(?:%|percent|per cent|pour cent)\s+(?:from|par rapport à|par rapport aux|sur))\s+"
                                     r"(?:(?:the|its|an?|le|la|les|l['’]|un|une|des)\s+)?"
                                     r"(?:[\w-]+\s+){0,3}?(?:US\s?\$|\$|€|£)?\s*$", re.IGNORECASE))
_COMMIT_WORD = re.compile(r"(?:commit\w*|engag\w*|pledge\w*)$", re.IGNORECASE)
_QUARTER_WORD = re.compile(r"\b(?:quarter|quarterly|trimestre|trimestriels?|trimestrielles?|Q[1-4]|T[1-4])\b", re.IGNORECASE)
_QUARTERLY_RESULTS = re.compile(r"\b(?:quarterly (?:results|earnings|report)|(?:first|second|third|fourth)[- ]quarter "
                                r"(?:results|earnings)|résultats (?:trimestriels|du (?:premier|deuxième|second|troisième|"
                                r"quatrième) trimestre)|comptes trimestriels)\b", re.IGNORECASE)
_QUARTERLY_RESULTS_METRICS = {"revenue", "capex", "loss", "cash_burn"}


def extract(text: str, lang: str, published: str | None, lex: Lexicon, read_all: bool = False) -> list[Claim]:
    """The claims of one text. `read_all` reads every sentence in full (the reference for the fast path)."""
    norm = text.translate(_NORM)
    if "(" in norm:
        # a listing's ticker is no part of the sentence ("Broadcom Inc. (NASDAQ: AVGO) and OpenAI announced…"):
        # blanked, so that offsets (and quotes) stay those of the text
        norm = _TICKER.sub(lambda m: " " * len(m.group(0)), norm)
    ctx = Context()
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    spans = entity_spans(norm, lex)   # speed: entities are found once per article, then read per sentence
    for m in mentions_at(norm, spans, lex):
        if lex.entities.get(m.entity, {}).get("kind") == "unnamed":
            continue
        counts[m.entity] = counts.get(m.entity, 0) + 1
        first.setdefault(m.entity, m.start)
    if counts:
        ctx.main = max(counts, key=lambda k: (counts[k], -first[k]))
        ctx.focus = ctx.main
        ctx.named = tuple(sorted(first, key=first.get))
    ctx.sources.results = speakers.is_results_article(norm)
    ctx.interview = interview.detect(norm, lang, lex, spans, ctx.main)
    ctx.transcript = interview.transcript(norm, lex)
    analyst_qa = interview.analyst_answers(norm) if ctx.interview is None else None
    ctx.text = norm
    # (quarterly results named as such, or a quarter named twice at least: an article that names one in passing is
    # not about quarterly results)
    ctx.quarterly = ctx.sources.results and (_QUARTERLY_RESULTS.search(norm) is not None or
                                             next(islice(_QUARTER_WORD.finditer(norm), 1, None), None) is not None)
    claims: list[Claim] = []
    # Speed: most sentences of a news text hold no figure. Figures are read first; a figure-less sentence is read
    # in full only when it names an outlet or research house (remembered for "the report", "the bank" later on).
    # Within SCOPE sentences before one with figures (a source's scope runs that far, see speakers.carried), its
    # source is worked out only if a later figure has no source of its own and asks for the one in scope
    # (Sources.pending); further away, only the entity in focus and the people named move on. Nothing after the
    # last sentence with figures is read. The output is the same as reading every sentence in full
    # (tests/test_claims_fastpath.py).
    sents = split_sentences(norm)
    if (blog := _newest_first(norm, sents)) is not None:
        sents = blog   # a live blog with its newest entry on top is read oldest first (its offsets unchanged)
    langs = [sentence_lang(norm[s:e], lang) for s, e in sents]
    figs = [find_figures(norm[s:e], sl) for (s, e), sl in zip(sents, langs)]
    prev_claims = (0, 0)   # the claims of the sentence before, if it had figures: "These figures, reported by…"
    for i, ((s, e), sl) in enumerate(zip(sents, langs)):
        if not read_all and not any(figs[i:]) and not ctx.reported and not (i > 0 and figs[i - 1]):
            break   # (the sentence after figures may deny their report, "Altman denied the report.", or name it)
        sp = sentence_spans(spans, s, e)
        if ctx.interview is not None:
            ctx.part = _interview_part(ctx.interview, norm, s, ctx)
        if ctx.transcript:
            # "we" / « nous » in a paragraph a company's officer speaks: that company ("Colette Kress, …: Turning to the
            # outlook, we expect revenue for the fourth quarter to be $63.5 billion")
            label = next((who for ps, pe, who in ctx.transcript if ps <= s < pe), None)
            ctx.we = next((m.entity for m in find_mentions(label, lex) if m.kind.startswith("person:")), None) \
                if label else None
        if read_all or figs[i] or speakers.may_name_source(norm[s:e], sl):
            n = len(claims)
            claims.extend(_sentence(text, norm, s, e, sl, lang, published, lex, ctx, sp, figs[i]))
            if len(claims) > n and _VERDICT_NEXT.match(norm, e) and norm[s:e].lstrip()[:1] in ("«", '"', "“"):
                # a fact-check's heading, the rumour it checks, quoted and followed by its verdict (« « ChatGPT a
                # dépassé le milliard d'utilisateurs. » PAS ENCORE. », '"OpenAI loses $1 billion a week." FALSE.'):
                # no one's claim (what the check then says is)
                del claims[n:]
            if ctx.part is not None and ctx.part.kind == "answer":
                claims[n:] = [_interviewee_says(c, ctx.interview, lex) for c in claims[n:]]
            elif analyst_qa is not None and any(a <= s < b for a, b in analyst_qa[1]):
                # an answer of an analyst interviewed: her word, her estimates (a source the sentence names stays)
                claims[n:] = [dataclasses.replace(c, speaker=analyst_qa[0], speaker_kind="analyst")
                              if c.speaker_kind == "unattributed" or c.speaker == speakers.display_name(c.subject, lex)
                              else c for c in claims[n:]]
            elif ctx.transcript:
                label = next((who for ps, pe, who in ctx.transcript if ps <= s < pe), None)
                if label is not None:
                    claims[n:] = [_labelled_speaker_says(c, label, lex) for c in claims[n:]]
            if not figs[i] and i > 0 and figs[i - 1]:
                _credit_source(norm[s:e], claims, *prev_claims)
            prev_claims = (n, len(claims)) if figs[i] else (0, 0)
            continue
        prev_claims = (0, 0)
        S = norm[s:e]
        mentions = mentions_at(S, sp, lex) if sp is not None else find_mentions(S, lex)
        if ctx.reported:
            claims.extend(_denied_reports(S, sl, [], [], mentions, lex, ctx.reported))
            ctx.reported = []
        # within a source's scope of a figure: its source is worked out if and when a figure needs it
        later = _source_later(S, sl, mentions, lex, ctx) if any(figs[i + 1:i + SCOPE + 1]) else None
        _move_focus(S, mentions, [], sl, lex, ctx)
        _note_year(S, ctx)
        speakers.remember([], mentions, ctx.sources, later=later)
        speakers.open_list(S, [], ctx.sources)
    if blog is not None:
        claims.sort(key=lambda c: c.span[0])   # (in the order of the text again; a sentence's claims keep theirs)
    return claims


# A live blog's entry opens on its time: "4:12 p.m. - Capital expenditures…", "16:05 — …", « 16 h 12 : … ».
_ENTRY_TIME = re.compile(r"(?:^|\n)[ \t]*(?P<h>[012]?\d)(?:[:.]|\s?h\s?)(?P<m>[0-5]\d)\s*(?P<ap>[ap]\.?\s?m\.?)?"
                         r"(?:\s*(?:ET|EST|EDT|PT|GMT|UTC|CET|CEST|BST|HE|heure de Paris))?\s*[-–—:|]\s", re.IGNORECASE)


def _newest_first(norm: str, sents: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """The sentences of a live blog whose entries run newest first (three at least, their times going back), reordered
    oldest entry first, what comes before the entries first; else None. Each entry is read after the ones before it in
    time: "Microsoft is out. Revenue … came in at $81.3 billion" at 4:05 p.m. is what "Capital expenditures … were $37.5
    billion" at 4:12 p.m. is about, though it is written below it."""
    if norm.count("\n") < 3:
        return None   # (speed: entries are paragraphs)
    stamps = []
    for m in _ENTRY_TIME.finditer(norm):
        h, mi = int(m.group("h")), int(m.group("m"))
        ap = (m.group("ap") or "").lower()[:1]
        if h > 23 or ap and h > 12:
            return None
        h = h % 12 + 12 if ap == "p" else h % 12 if ap == "a" else h
        stamps.append((m.start("h"), h * 60 + mi))
    if len(stamps) < 3 or any(b[1] > a[1] for a, b in zip(stamps, stamps[1:])) or stamps[0][1] == stamps[-1][1]:
        return None
    bounds = [p for p, _ in stamps] + [len(norm)]
    head = [se for se in sents if se[0] < bounds[0]]
    entries = [[se for se in sents if a <= se[0] < b] for a, b in zip(bounds, bounds[1:])]
    return head + [se for entry in reversed(entries) for se in entry]


def _interview_part(iv: interview.Interview, norm: str, s: int, ctx: Context) -> interview.Part | None:
    """The interview part the sentence at `s` is in (its company in focus); an answer opens on its figure only in
    its first sentence."""
    for ps, pe, part in iv.parts:
        if ps <= s < pe:
            ctx.focus = iv.company
            if part.fragment and norm[ps:s].strip():
                part = dataclasses.replace(part, fragment=False)
            return part
    return None


def _interviewee_says(c: Claim, iv: interview.Interview, lex: Lexicon) -> Claim:
    """An answer's claim with no source of its own is the interviewee's word (of the company, about another's figure
    "other"); "We" said, or the company as its own source, is the interviewee too."""
    company = speakers.display_name(iv.company, lex)
    if c.speaker_kind != "unattributed" and (c.speaker or "").lower() not in interview.FIRST_PERSON_SPEAKERS and \
            c.speaker != company:
        return c
    name = iv.person or company
    return dataclasses.replace(c, speaker=name,
                               speaker_kind="company" if speakers.speaks_for(iv.company, c.subject, lex) else "other")


def _labelled_speaker_says(c: Claim, label: str, lex: Lexicon) -> Claim:
    """A transcript paragraph's claim with no source of its own is its speaker's word (« THOMAS MOREL : … »), the
    company's when the speaker is one of its people we list."""
    if c.speaker_kind != "unattributed":
        return c
    person = next((m for m in find_mentions(label, lex) if m.kind.startswith("person:")), None)
    company = person is not None and speakers.speaks_for(person.entity, c.subject, lex)
    return dataclasses.replace(c, speaker=label, speaker_kind="company" if company else "other")


# A capitalised word inside a sentence (after a lower-case word or a comma): a proper name.
# (and the second of two such words, a person's surname: "chief executive Hock Tan")
_NAME_INSIDE = re.compile(r"(?<=[a-zéèàù,;:] )([A-Z][\w&'’-]+)(?:(?<=[a-zéèï'’-]) ([A-Z][a-zéèï'’-]+)(?![\w'’-]))?")


# "These figures, reported by The Information, …", « Ces chiffres, dévoilés par The Information »: the sentence
# after figures names their source.
_FIGURES_BY = re.compile(r"\s*(?:These|Those|The|Such|Ces|Les|Ses|Their)\s+(?:[\w-]+\s+)?(?:figures|numbers|data|results|"
                         r"chiffres|données|résultats|projections|estimations|prévisions)\s*,?\s*(?:\w+\s+){0,2}?"
                         r"(?:reported|revealed|published|obtained|disclosed|seen|first reported|dévoilé\w*|révélé\w*|"
                         r"rapporté\w*|publié\w*|obtenu\w*|consulté\w*|cité\w*)\s+(?:by|par)\s+", re.IGNORECASE)


def _credit_source(S: str, claims: list[Claim], lo: int, hi: int) -> None:
    """Give the claims[lo:hi] of the sentence before the outlet that `S` says reported them, where they had none."""
    m = _FIGURES_BY.match(S)
    outlet = speakers.outlet_at(S, m.end()) if m is not None else None
    if outlet is None:
        return
    for k in range(lo, hi):
        if claims[k].speaker_kind == "unattributed":
            claims[k] = dataclasses.replace(claims[k], speaker=outlet, speaker_kind="media_report")


# A source's scope reaches this many sentences (speakers.carried reads `age` up to 3).
SCOPE = 4


def _family(unit: str | None) -> str:
    if unit in ("W", "percent", "count"):
        return unit
    return "money"


def _sentence(orig: str, norm: str, s: int, e: int, lang: str, doc_lang: str, published: str | None,
              lex: Lexicon, ctx: Context, spans: list[tuple[int, int]] | None = None,
              figures: list[Figure] | None = None) -> list[Claim]:
    S = norm[s:e]
    mentions = mentions_at(S, spans, lex) if spans is not None else find_mentions(S, lex)
    if ctx.part is not None:   # "we" / « nous » in an answer, "you" in a question: the interviewee's company
        mentions = interview.mentions(S, ctx.part, ctx.interview.company, mentions)
    elif ctx.we:                # … and in a transcript's paragraph, the speaker's company
        mentions = interview.mentions(S, _SPEAKING, ctx.we, mentions)
    anaphors = find_anaphors(S, lang, mentions)
    if ctx.part is not None:
        anaphors = interview.possessives(S, ctx.part, anaphors)
    elif ctx.we:
        anaphors = interview.possessives(S, _SPEAKING, anaphors)
    if mentions and (topic := _topic_of(S, mentions)) is not None:
        ctx.focus = topic   # « Quant à Anthropic, il revendique… », "As for Anthropic, it…": the sentence is on it
    elif attach.opens_on_untracked(S, mentions, ctx.names):
        ctx.focus = attach.UNTRACKED   # "Mistral AI a annoncé …, qui la valorise 11,7 Mds €": the clitic is Mistral
    figures = find_figures(S, lang) if figures is None else figures
    figures = [f for f in figures if not (f.unit == "percent" and GROWTH_BEFORE.search(S[max(0, f.start - 40):f.start]))
               and not _is_date_day(S, f)]
    triggers = [t for t in find_triggers(S, lang, lex)
                if not _forecast_passive(S, t) and not _INVESTOR_NOUN.match(t.text)] if figures else []
    attrs = _attributions(S, lang, mentions, anaphors, lex, ctx, ctx.sources)
    cues = periods.find_cues(S) if figures else []
    if cues:
        # (no date inside a figure: « près de 2000 G$ CA » is no year 2000)
        cues = [c for c in cues if not any(g.start <= c.start < g.end and g.unit not in (None, "percent") for g in figures)]
    out: list[Claim] = []
    ctx.in_sentence = out   # (the claims of this sentence so far, for a figure coordinated with another kind)
    fpos: list[int] = []   # the position of each claim's figure in the sentence
    prev = None   # (metric, subject, family) of the previous figure of this sentence, None if it was dropped
    dropped = None   # the previous figure, when it gave no claim
    for i, f in enumerate(figures):
        if dropped is not None and _family(dropped.unit) == _family(f.unit) and \
                _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start) and \
                not re.search(r"[;.]", S[dropped.end:f.start]) and \
                not any(dropped.end <= m.start < f.start and m.entity for m in mentions):
            continue   # the base of a figure that is no claim is none either: "Microsoft's AI business has passed a $26
            # billion annual revenue run rate, up from $13 billion a year ago" (a segment's, then and now)
        cl = _claim(orig, S, s, f, i, figures, mentions, anaphors, triggers, attrs, cues, lang, doc_lang, published,
                    lex, ctx, prev)
        away, ctx.listed_away = ctx.listed_away, None
        if not cl and (DELTA_AFTER.match(S[f.end:]) or _POINTS_AFTER.match(S[f.end:]) or _is_gloss(f, figures, S)):
            continue   # "90%, 2 points more than last year, while AMD falls to 8%": a difference does not end the series
        dropped = f if not cl else None
        if not cl and away is not None:
            prev = away   # "SpaceX (400 milliards de dollars) et OpenAI (500 milliards)": the list goes on measuring
            continue      # the same thing
        prev = None
        for c in cl:
            out.append(c)
            fpos.append(f.start)
            prev = (c.metric, c.subject, _family(c.unit), c.counterparty)
    _move_focus(S, mentions, out, lang, lex, ctx)
    ctx.claimed.update(c.subject for c in out)
    ctx.history.extend(out)
    if out:
        ctx.last_metric, ctx.last_subject, ctx.last_family = out[-1].metric, out[-1].subject, _family(out[-1].unit)
        ctx.last_counterparty = out[-1].counterparty
        # (the period the article is on, not a comparison's base: "A year earlier, the top two customers accounted for
        # 25%" leaves the next sentence's "the period" / « sur la période » the quarter in question)
        main = [c for k, (c, p) in enumerate(zip(out, fpos)) if not (c.period.text and (
                    _YEAR_BEFORE.search(c.period.text) or c.period.kind == "quarter" and _LAST_YEARS.search(c.period.text)))
                and not (k and _COMPARISON_BASE.search(S, max(0, p - 45), p))]   # (a base follows a figure)
        if main:
            ctx.last_period, ctx.lead_period = main[-1].period, main[0].period
            ctx.periods += [c.period for c in main if c.period.start and c.period.end]
        elif ctx.last_period is None:
            ctx.last_period = out[-1].period   # (a base leads nothing: the next result is not of the base's period)
        ctx.last_guided = next((c.metric for c in reversed(out) if c.metric in _GUIDED and c.modality == "actual"),
                               ctx.last_guided)
    elif figures:
        ctx.last_metric = None
    # (« Microsoft, Alphabet, Amazon et Meta devraient consacrer ensemble plus de 400 milliards à leurs dépenses
    # d'investissement. Meta a relevé sa fourchette à 70-72 milliards »: the group's figure is no claim, the result it
    # names is what the next sentence's guidance is for)
    _note_year(S, ctx)
    ctx.unclaimed = None if out or not figures else \
        next((t.metric for t in triggers if t.metric in _GUIDED and not WEAK.match(t.text)), None)
    speakers.remember(attrs, mentions, ctx.sources)
    speakers.open_list(S, attrs, ctx.sources)
    denials = _denied_reports(S, lang, out, fpos, mentions, lex, ctx.reported)
    ctx.reported = [c for c in out if c.speaker_kind == "media_report" and c.modality != "denied"]
    return out + denials


_PLACE_OF = re.compile(r"\s+(?:de|d['’]|of|from|in)\s*[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}(?=\s*[,\s])")


def _attributions(S: str, lang: str, mentions, anaphors, lex: Lexicon, ctx: Context, src) -> list:
    """The sentence's sources, resolved ("he" → the person last named, "the report" → the outlet)."""
    # "the company said", « le fabricant de puces a annoncé »: a description that refers back can speak too
    # (with its place: « La start-up de San Francisco a annoncé »)
    speaking = mentions + [Mention(a.start, pl.end() if (pl := _PLACE_OF.match(S, a.end)) else a.end, ent, "alias",
                                   a.text) for a in anaphors
                           if a.kind == "anaphor" and a.text.lower() not in _PRONOUNS
                           and (ent := attach.sentence_antecedent(S, a, mentions, lang, lex)
                                or attach.resolve_anaphor(a, ctx, lex)) is not None]
    out = [speakers.resolve(a, S, mentions, src, ctx.focus, lex)
           for a in speakers.find_attributions(S, lang, sorted(speaking, key=lambda m: m.start))]
    if any(a.kind in ("other", "person") and a.entity is None and a.name for a in out):
        # "Tan conceded…" after "chief executive Hock Tan": a listed person's surname alone, once the article named them
        # in full (no surname is listed for names that other people share: "Lip-Bu Tan")
        full = ctx.people_named(lex)
        out = [dataclasses.replace(a, kind="person", entity=full[a.name].entity, name=full[a.name].name)
               if a.kind in ("other", "person") and a.entity is None and a.name in full else a for a in out]
    if any(a.kind in ("other", "person") and a.name for a in out) and \
            (known := ctx.analysts()) and any(a.name in known for a in out):
        # "Natarajan estimates" after "Analyst Priya Natarajan", "Kestrel expects" after "Kestrel Capital Markets": a
        # person or a house the article introduced as an analyst
        out = [dataclasses.replace(a, kind="analyst", entity=None) if a.kind in ("other", "person")
               and a.name in known else a for a in out]
    return out


def _source_later(S: str, lang: str, mentions, lex: Lexicon, ctx: Context):
    """A function that works out the sentence's live source later, with the context it has now."""
    now = Context(main=ctx.main, focus=ctx.focus, recent=list(ctx.recent), named=ctx.named, text=ctx.text,
                  _analysts=ctx._analysts)
    src = ctx.sources.snapshot()

    def work():
        return speakers.live_source(_attributions(S, lang, mentions, find_anaphors(S, lang, mentions), lex, now, src))
    return work


def _move_focus(S: str, mentions: list[Mention], out: list[Claim], lang: str, lex: Lexicon, ctx: Context) -> None:
    """The entity in focus for later sentences: the first named subject of this sentence; the recent entities."""
    subj = [m for m in mentions if not attach.is_object(S, m, lang)
            and lex.entities.get(m.entity, {}).get("kind") != "unnamed" and not attach.inside_relative(S, m.start, len(S))]
    topic = _topic_of(S, mentions)
    if topic is None and (role := _OFFICER_OPENING.match(S)) is not None:
        # « Le vice-président Europe de Nvidia, Thomas Kessler, a été pressé de questions… », "Nvidia's head of Europe,
        # Thomas Kessler, said…": a sentence opening on a company's officer is on that company
        at = role.start("co") if role.group("co") else role.start("co2")
        topic = next((m.entity for m in mentions if m.start == at and m.entity
                      and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)
    if topic is None and not subj and not out and attach.opens_on_untracked(S, mentions, ctx.names):
        # "Mistral AI a annoncé… Fondée en 2023…, la société avait été valorisée 5,8 milliards": what refers back next is
        # the company we do not track, none of ours
        ctx.focus = attach.UNTRACKED
    elif topic is not None:
        ctx.focus = topic   # « On commence par Anthropic. », "As for Anthropic, …": what follows is on it
    elif subj and out and all(c.metric == "customer_concentration" and c.counterparty == subj[0].entity for c in out):
        ctx.focus = out[0].subject   # "Microsoft accounted for 62% of CoreWeave's revenue. The net loss narrowed…": the
        # customer is the clause's subject, the seller whose revenue it is the one the text is on
    elif not subj and out and all(c.metric == "customer_concentration" for c in out) and \
            any(m.entity == out[0].subject for m in mentions):
        ctx.focus = out[0].subject   # « Ce contrat tombe à pic pour CoreWeave, …, sa dépendance à Microsoft, qui pesait
        # encore 71 % de ses revenus »: a seller whose dependence on a customer is told is what the text is on
    elif subj and out and out[0].subject != subj[0].entity and \
            any(m.entity == out[0].subject and m.end <= subj[0].start for m in mentions):
        ctx.focus = out[0].subject   # « Le chiffre d'affaires de TSMC a atteint 33 milliards, porté par …, Nvidia et
        # Broadcom en tête »: the company the sentence's figure is about, named first, not the examples after it
    elif subj and not (ctx.focus is not None and subj[0].entity != ctx.focus and _refers_back_in_aside(S, subj[0], lang)):
        ctx.focus = subj[0].entity
    elif subj:
        pass   # "Microsoft, which had put $10 billion into the company that January, was the only partner": the company
        # referred back to in the subject's aside stays the one the text is on
    elif out and lex.entities.get(out[0].subject, {}).get("kind") != "unnamed" and \
            not ((_SUBJECT_PRONOUN.search(S) or _POSSESSIVE_START.match(S)) and
                 any(m.entity == out[0].subject for m in mentions)) and \
            not any(m.entity == out[0].subject and _PARTY_BEFORE.search(S, max(0, m.start - 20), m.start)
                    for m in mentions):
        # (nor a party named only as an object: « gonflé par le contrat de 14,2 milliards conclu avec Meta »)
        # (« Adossée à Microsoft, qui s'est engagé à investir 13 milliards, elle reste dans le rouge »: the pronoun
        # subject keeps the focus; the company named in the aside does not take it)
        ctx.focus = out[0].subject
    elif not subj and not out and mentions and S.lstrip()[:1] in "LT" and \
            (owner := next((m.entity for m in mentions[:1] if m.entity and _SUBJECT_OWNER_OPENS.fullmatch(S, 0, m.start)
                            and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)) is not None:
        ctx.focus = owner   # « Le talon d'Achille de Nvidia reste la concentration de sa clientèle. Au premier
        # trimestre, un seul client direct a représenté 19 % de ses ventes »: the owner of the sentence's subject is
        # what it is on
    elif not out and ctx.main and ctx.focus not in (ctx.main, attach.UNTRACKED) and \
            (ctx.main in ctx.claimed or ctx.focus not in ctx.claimed) and \
            any(m.entity == ctx.main and _OWNER_S.match(S, m.end) for m in mentions):
        # "Apple, valued at $3.13 trillion, was a distant third. The rally has been remarkable even by Nvidia's
        # standards.": the article's company named again as an owner takes the focus back (not from a company the
        # article has given figures of to one it has given none: "That last bar is about the size of Nvidia's entire
        # data-center business" in a chart of OpenAI's figures, Nvidia named most only in a second panel)
        ctx.focus = ctx.main
    for m in mentions:
        if m.entity in ctx.recent:
            ctx.recent.remove(m.entity)
        ctx.recent.append(m.entity)


_OWNER_S = re.compile(r"['’]s?\b")
# a sentence whose subject is a noun of a company's: « Le talon d'Achille de Nvidia reste… », "The Achilles heel of Nvidia"
_SUBJECT_OWNER_OPENS = re.compile(r"\s*(?:Le|La|Les|L['’]|The)\s*[^,;:()«»\"]{1,40}?(?:\s(?:de|du|of)\s+|\sd['’])")
# A deal's other party, after its preposition (not an owner after « de » / "of").
_PARTY_BEFORE = re.compile(r"(?<![\w'’])(?:avec|with|to|from|par|by|pour|for|auprès d[eu]|auprès des|chez)\s+(?:the\s+)?$",
                           re.IGNORECASE)


def _refers_back_in_aside(S: str, m: Mention, lang: str) -> bool:
    """The subject `m` is described by a relative clause set off by commas that refers back to a company ("the
    company", « la start-up »): the one in focus, which stays so."""
    rel = _SUBJECT_ASIDE.match(S, m.end)
    if rel is None:
        return False
    return any(a.kind == "anaphor" and a.text.lower() not in attach._SUBJECT_PRONOUNS
               for a in find_anaphors(rel.group(0), lang, []))


_SUBJECT_ASIDE = re.compile(r"\s*,\s*(?:which|who|qui)\b[^,;:]{0,120},", re.IGNORECASE)


# A topic the sentence opens on: « Quant à Anthropic, … », "As for Anthropic, …", « Côté Anthropic, … », or a turn to
# it: « On commence par Anthropic. », « Passons à xAI. », "Turning to Anthropic, …", "Let's start with Anthropic."
_TOPIC = re.compile(r"\s*(?:[A-ZÉÈ][A-ZÉÈ'’.-]+(?:\s+[A-ZÉÈ][A-ZÉÈ'’.-]+){0,2}\s?:\s*)?"   # (a transcript's speaker label)
                    r"(?:(?:Et\s+)?quant\s+(?:à|aux?)|As\s+for|As\s+to|Côté|Du\s+côté\s+d['’]|Du\s+côté\s+de|"
                    r"(?:On\s+commence|Commençons|On\s+termine|Terminons|Finissons)\s+(?:donc\s+)?par|"
                    r"(?:Passons|Venons-en|Revenons|On\s+passe|On\s+revient)\s+(?:maintenant\s+)?(?:à|aux?)|Parlons\s+(?:de|d['’]|du)|"
                    r"(?:Turning|Moving\s+on|Now\s+on)\s+to|Let['’]s\s+(?:start|begin|turn|move\s+on)\s+(?:with|to))\s*",
                    re.IGNORECASE)


_FOR_NAME = re.compile(r"\s*(?:Pour|For)\s+")
_TOPIC_GATE = re.compile(r"[Qq]uant|[Aa]s |[Cc]ôté|ommen|ermin|inisson|assons|enons|evenons|asse|evient|arlons|"
                         r"urning|oving|[Nn]ow on|[Ll]et")


def _topic_of(S: str, mentions: list[Mention]) -> str | None:
    """The company the sentence opens on as its topic, or None."""
    if mentions and (fr := _FOR_NAME.match(S)) is not None:
        # « Pour AMD, l'enjeu se chiffre en dizaines de milliards. Selon la direction, … », "For Meta, it is the second
        # big cloud contract": the company the sentence is for (a name and its comma, not « Pour financer… »)
        return next((m.entity for m in mentions if m.start == fr.end() and m.entity and S.startswith(",", m.end)), None)
    if not mentions or _TOPIC_GATE.search(S, 0, 40) is None:
        return None   # (speed: a word every topic opening holds, near the start)
    topic = _TOPIC.match(S)
    if topic is None:
        return None
    return next((m.entity for m in mentions if m.start == topic.end() and m.entity), None)


# A sentence that opens on a possessive (« Son carnet de commandes… », "Its backlog…") is about the entity in focus.
_POSSESSIVE_START = re.compile(r"\s*(?:Son|Sa|Ses|Leur|Leurs|Its|Their)\s")
# A subject pronoun of a main clause after a comma or at the start: « , elle reste », "It expects", "…, it said".
_SUBJECT_PRONOUN = re.compile(r"(?:^|,\s*)(?:elle|il|it|she|he|they|elles|ils)\s+(?!(?:a|an|the|le|la|les)\b)[a-zéèêàâîôûç]",
                              re.IGNORECASE)


# "X rejected a CNBC report that Y was raising $10 billion", « X a démenti les informations selon lesquelles… »:
# the report's figure stays the report's, and the denier's rejection of it is a `denied` claim of its own.
# French verbs of denial, as the two patterns below use them.
_DENY_FR = (r"(?:(?:a|ont|avait|avaient)\s+(?:(?:formellement|catégoriquement|fermement|par\s+ailleurs|aussi|également|"
            r"toutefois|cependant|pourtant|déjà|aussitôt|immédiatement|vivement|officiellement|depuis)\s+)?"
            r"(?:démenti|nié|rejeté|contesté|balayé)|dément|démentent|démentant|nie|nient|niant|rejette|rejettent|"
            r"rejetant|conteste|contestent|contestant|balaie|balaye|balayant)")
_DENIED_REPORT = {
    "en": folded(re.compile(r"\b(?:rejected|rejects|rejecting|denied|denies|denying|dismissed|dismisses|dismissing|refuted|"
                            r"refutes|refuting|disputed|disputes|disputing|rebuffed|rebuffing|shot down|shooting down|"
                            r"pushed back on|pushing back on|called)\s+(?:(?:a|an|the|these|those|this|that|recent)\s+)?"
                            r"(?:[\w'-]+\s+){0,3}(?:reports?|articles?|story|stories|rumou?rs?|media reports?)\b|"
                            # "…responded on X that the report was "false"": the report said to be false
                            r"\b(?:the|this|that|such)\s+(?:report|story|article|reporting)\s+(?:was|is|were|are)\s+"
                            r"(?:[\"“'‘]\s*)?(?:false|wrong|untrue|inaccurate|incorrect|fake|not true|not accurate)\b|"
                            # "…, a figure Elon Musk called "false"": the figure reported, called false by the one named
                            r"\b(?:a|the|which|that)\s+(?:figure|number|claim|valuation|amount|sum|report)\s+(?:that\s+|which\s+)?"
                            r"(?:[\w'’.-]+\s+){1,3}(?:called|dismissed as|described as|labell?ed|denied as)\s+"
                            r"(?:[\"“'‘]\s*)?(?:false|wrong|untrue|inaccurate|incorrect|fake|baseless|nonsense)\b")),
    "fr": folded(re.compile(rf"\b{_DENY_FR}\s+(?:les|des|l'|la|le|une|un|ces|cette|cet)\s*(?:[\w'-]+\s+){{0,3}}?"
                            r"(?:informations?|rumeurs?|articles?|affirmations?|allégations?|révélations?|propos)\b|"
                            # « qualifiant l'information de « fausse » »
                            r"\b(?:qualifiant|jugeant)\s+(?:l['’]|cette\s+|ces\s+|les\s+)?(?:informations?|articles?|rumeurs?)\s+"
                            r"(?:de\s+)?(?:[«\"“]\s*)?(?:fausses?|faux|erronée?s?|inexactes?|infondée?s?)\b|"
                            # « …, un chiffre qu'Elon Musk a qualifié de « faux » »
                            r"\b(?:un|le|ce)\s+(?:chiffre|montant|nombre|valorisation)\s+qu(?:e\s+|['’])\s*(?:[\w'’.-]+\s+){1,3}?"
                            r"(?:a\s+|avait\s+)?(?:qualifiée?|jugée?)\s+(?:de\s+)?(?:[«\"“]\s*)?(?:fausses?|faux|erronée?s?|"
                            r"inexactes?|infondée?s?)\b", re.IGNORECASE)),
}


# Reports said to be false: "reports that OpenAI lost $12 billion are wrong", « les informations selon lesquelles …
# sont fausses ». `body` is the report's content.
_REPORTS_FALSE = {
    "en": folded(re.compile(r"\b(?:reports?|claims?|rumou?rs?|suggestions?|stories|story)\s+(?:that|of)\b(?P<body>[^;:]{0,200}?)"
                            r"\b(?:are|were|is|was)\s+(?:(?:simply|completely|totally|entirely|just|also)\s+)?(?:wrong|false|"
                            r"untrue|inaccurate|incorrect|baseless|fake|unfounded|not true|not accurate)\b", re.IGNORECASE)),
    "fr": folded(re.compile(r"\b(?:informations?|rumeurs?|affirmations?|articles?|allégations?)\s+(?:selon lesquelles|"
                            r"qui affirment que|affirmant que|sur)\b(?P<body>[^;:]{0,200}?)\b(?:sont|étaient|est|était)\s+"
                            r"(?:(?:totalement|complètement|tout simplement|simplement)\s+)?(?:fausses?|faux|erronée?s?|"
                            r"infondée?s?|inexactes?)\b", re.IGNORECASE)),
}


# A verb of denial that opens a complement clause ("denied that", « a démenti que »).
_DENY_THAT = {
    "en": folded(re.compile(r"\b(?:denied|denies|deny|denying|disputed|disputes|disputing|refuted|refutes|refuting)\s+that\b",
                            re.IGNORECASE)),
    "fr": folded(re.compile(rf"\b{_DENY_FR}\s+(?:que|qu['’])", re.IGNORECASE)),
}


# A report named as one already told of: "the report", "these reports", « ces informations », « l'article ».
_DEFINITE_REPORT = re.compile(r"(?<![\w'’])(?:the|this|that|these|those|such|le|la|l['’]|les|ces|cette|cet)\s*"
                              r"(?:[\w'-]+\s+){0,3}?(?:reports?|articles?|story|stories|rumou?rs?|informations?|rumeurs?|"
                              r"affirmations?|allégations?|révélations?|propos)\b", re.IGNORECASE)

# The company as the subject of a denial: "but the company denied…", "it dismissed…", « la société a démenti ».
_THE_COMPANY_BEFORE = re.compile(r"(?<![\w'’])(?:the company|the firm|the startup|the start-up|it|la société|l['’]entreprise|"
                                 r"le groupe|la start-up|elle|il)\s+(?:(?:has|had|a|avait|quickly|formally|"
                                 r"rapidement|formellement)\s+)*$", re.IGNORECASE)


# A report denied, as a passive after it: "a report quickly denied by", « une information aussitôt démentie par ».
_DENIED_BY = re.compile(r"(?<![\w'’])(?:une|un|an?|the|l['’])\s*(?:informations?|reports?|claims?|affirmations?|rumeurs?|"
                        r"rumou?rs?|accounts?|figures?|chiffres?|articles?)\s+(?:(?:aussitôt|immédiatement|rapidement|"
                        r"quickly|swiftly|promptly|since|later|depuis)\s+)?(?:démentie?s?|denied|rejected|rejetée?s?|"
                        r"contestée?s?|disputed|refuted)\s+(?:par|by)\s+(?:the |le |la |l['’]|son |sa |its )?", re.IGNORECASE)
_DENIED_GATE = re.compile(r"(?:denied|démentie?s?|rejected|rejetée?s?|contestée?s?|disputed|refuted)\s+(?:par|by)\b")
# The company or its boss described: « le milliardaire », "the company", "its chief executive".
_OWN_SIDE = re.compile(r"(?:milliardaire|billionaire|entrepreneur|company|firm|startup|start-up|société|entreprise|groupe|"
                       r"group|patron|PDG|CEO|chief executive|fondateur|founder|dirigeant|directeur général)\b", re.IGNORECASE)


_SHORT_OF_DENYING = re.compile(r"(?<![\w'’])(?:(?:not\s+the\s+same\s+(?:thing\s+)?as|stopp(?:ed|ing)\s+short\s+of)\s+"
                               r"(?:saying|calling|denying|dismissing)|"
                               r"(?:without|did\s+not|didn['’]t|does\s+not|doesn['’]t|declined\s+to|refused\s+to|sans|"
                               r"se\s+gardant\s+de|s['’]est\s+gardée?\s+de|(?:ne|n['’])\s*(?:a|ont)\s+pas)\s+(?:\w+\s+){0,2}?"
                               r"(?:denying|deny|dismissing|dismiss|démentir|démenti|nier|nié|contester|contesté))\b",
                               re.IGNORECASE)


_WHICH_NAME_DENIED = re.compile(r",\s*(?:which|ce\s+qu['’]|ce\s+que)\s*(?:(?:M\.|Mr\.?|Ms\.?|Mrs\.?|Mme)\s+)?"
                                r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def _denied_reports(S: str, lang: str, out: list[Claim], fpos: list[int], mentions, lex,
                    earlier: list[Claim] = ()) -> list[Claim]:
    """The denials a sentence adds: of the report it names and rejects, whose figures are its own (`out`, at `fpos`) or,
    named as "the report", those of the sentence before (`earlier`: the media reports' claims)."""
    if _SHORT_OF_DENYING.search(S):
        return []   # "…, which is not the same thing as saying the report is wrong", "stopped short of denying it",
        # « sans démentir »: no denial
    rx = _DENIED_REPORT.get(lang)
    m = rx.search(S) if rx is not None and (out or earlier) else None
    said_false = _REPORTS_FALSE[lang].search(S) if m is None and out and lang in _REPORTS_FALSE else None
    if m is None and said_false is None and out:
        # "xAI is valued at $200 billion, according to CNBC, which Elon Musk denied", « …, ce qu'Elon Musk a démenti »
        for mn in mentions:
            which = speakers.DENIES_WHAT_CAME_BEFORE.search(S, max(0, mn.start - 30), mn.start)
            if which is not None and speakers.DENIES_AFTER.match(S, mn.end):
                reported = [c for c, p in zip(out, fpos) if p < which.start() and c.speaker_kind == "media_report"
                            and c.modality != "denied"]
                if reported:
                    c = reported[0]
                    return [dataclasses.replace(c, modality="denied", speaker=speakers.mention_name(mn, lex),
                                                speaker_kind="company" if mn.entity == c.subject else "other")]
        # … and a person by surname, with or without a title (« , ce que M. Rao a démenti », ", which Rao denied"): a
        # listed person of that surname speaks for their company, anyone else for themselves
        for w in _WHICH_NAME_DENIED.finditer(S):
            if not speakers.DENIES_AFTER.match(S, w.end("name")) or any(mn.start <= w.start("name") < mn.end
                                                                        for mn in mentions):
                continue
            reported = [c for c, p in zip(out, fpos) if p < w.start() and c.speaker_kind == "media_report"
                        and c.modality != "denied"]
            if reported:
                c, name = reported[0], w.group("name")
                person = next((p for p in lex.people if p.name == name or p.name.split()[-1] == name), None)
                return [dataclasses.replace(c, modality="denied", speaker=person.name if person else name,
                                            speaker_kind="company" if person and speakers.speaks_for(person.entity,
                                                                                                    c.subject, lex)
                                            else "other")]
        neg = _NEGATED_THEN_REPORT.search(S) if "after" in S or "après" in S else None
        if neg is not None:
            # "Musk said xAI was "not raising capital right now," after CNBC reported a $15 billion round", « Musk a
            # assuré que xAI ne levait pas de fonds, après que CNBC a fait état d'un tour de 15 milliards »: the one
            # who says it denies the report's figure when the negated clause names the same metric
            said = find_triggers(S[neg.start():neg.start("time")], lang, lex)
            reported = [c for c, p in zip(out, fpos) if p > neg.start("time") and c.speaker_kind == "media_report"
                        and c.modality != "denied" and any(t.metric == c.metric for t in said)]
            who = [mn for mn in mentions if mn.end <= neg.start() and mn.entity]
            if reported and who:
                c = reported[0]
                return [dataclasses.replace(c, modality="denied", speaker=speakers.mention_name(who[0], lex),
                                            speaker_kind="company" if speakers.speaks_for(who[0].entity, c.subject, lex)
                                            else "other")]
        by = _DENIED_BY.search(S) if _DENIED_GATE.search(S) else None
        reported = [c for c, p in zip(out, fpos) if by is not None and p < by.start() and c.speaker_kind == "media_report"
                    and c.modality != "denied"]
        if reported:
            # "…, according to CNBC, a report quickly denied by Elon Musk", « une information aussitôt démentie par le
            # milliardaire »: the one named after "by" denies it (the company's own voice when it is the company, or
            # its boss described)
            c = reported[0]
            w = next((mn for mn in mentions if mn.start == by.end()), None)
            if w is not None:
                return [dataclasses.replace(c, modality="denied", speaker=speakers.mention_name(w, lex),
                                            speaker_kind="company" if speakers.speaks_for(w.entity, c.subject, lex)
                                            else "other")]
            if _OWN_SIDE.match(S, by.end()):
                return [dataclasses.replace(c, modality="denied", speaker=speakers.display_name(c.subject, lex),
                                            speaker_kind="company")]
        return []
    if m is None and said_false is None:
        return []
    if said_false is not None:
        # the report's content, then what it is said to be: "reports that OpenAI lost $12 billion are wrong"
        m, hi = said_false, said_false.end("body")
        lo = said_false.start("body")
    else:
        if S[m.start():m.end()].startswith("called") and not re.search(r"\b(?:fake|false|untrue|wrong|inaccurate|baseless|"
                                                              r"nonsense|speculat\w*|premature|overblown|exaggerated|"
                                                              r"misleading)\b", S[m.end():], re.IGNORECASE):
            return []
        stop = re.search(r"[;:]|\.\s|,\s*(?:and|but|while|et|mais|tandis)\b", S[m.end():])
        lo, hi = m.end(), m.end() + (stop.start() if stop else len(S))
    inside = [c for c, p in zip(out, fpos) if lo <= p < hi and c.modality != "denied"]
    if not inside and said_false is None:
        # the report named before its denial: "xAI is raising $15 billion, CNBC reported, though Musk called the
        # report false", « …, selon Bloomberg, ce que la société a démenti »
        inside = [c for c, p in zip(out, fpos) if p < m.start() and c.speaker_kind == "media_report"
                  and c.modality != "denied"]
        if not inside and _DEFINITE_REPORT.search(S[m.start():m.end()]):
            # "OpenAI is raising $40 billion, the Wall Street Journal reported. Altman denied the report on X."
            inside = [c for c in earlier if c.modality != "denied"]
    if not inside:
        return []
    c = inside[0]   # the report's headline figure, not the details that follow it
    who = [mn for mn in mentions if mn.end <= m.start() and m.start() - mn.end <= 40] or \
        ([mn for mn in mentions if m.start() < mn.start and mn.end <= m.end()] if said_false is None else
         # ("reports that … are inaccurate, Microsoft said": the one named after them)
         [mn for mn in mentions if m.end() <= mn.start <= m.end() + 30])
    speaker, kind = None, "other"
    if said_false is not None and not who and _THE_COMPANY_AFTER.match(S, m.end()):
        # "Reports that Microsoft would cut its OpenAI stake to 20% are inaccurate, the company said": the company the
        # report is about denies it
        return [dataclasses.replace(c, modality="denied", speaker=speakers.display_name(c.subject, lex),
                                    speaker_kind="company")]
    if who:
        w = who[-1]
        speaker, kind = speakers.mention_name(w, lex), ("company" if w.entity == c.subject else "other")
    elif speakers.SPOKESPERSON.search(S, hi) or _THE_COMPANY_BEFORE.search(S, max(0, m.start() - 40), m.start()):
        # "…are wrong, a spokesperson said", « sont fausses, a indiqué un porte-parole », "but the company denied the
        # report": the company denies
        speaker, kind = speakers.display_name(c.subject, lex), "company"
    return [dataclasses.replace(c, modality="denied", speaker=speaker, speaker_kind=kind)]


# A buyer's share of a seller's sales: "X accounted for N% of Y's revenue", « X représente N % du chiffre d'affaires
# de Y », "N% of its sales came from X" is not covered (the buyer follows).
_ACCOUNTS_BEFORE = re.compile(r"(?<![\w'’])(?:accounted for|accounts for|account for|represented|represents|made up|"
                              r"makes up|contributed|contributes|generated|generates|brought in|brings in|représent\w*|"
                              r"a représenté|pèse|pesait|pesé|pèserait|compte pour|comptait pour|compté pour|génère|générait|"
                              # (the participle after any auxiliary: « n'a pas pesé 80 % de nos revenus », « aurait pesé »)
                              r"généré|assure|assurait|a assuré|"
                              # the copula: "OpenAI could be a quarter of AMD's revenue by 2028", « serait 25 % des ventes »
                              r"is|was|be|est|était|sera|serait)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
_OF_SALES = {
    "en": re.compile(r"\s*of\s+(?:the\s+)?(?:(?P<own>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})(?:'s|’s)?\s+|"
                     r"(?P<pos>its|their|the company's|the group's|your|our)\s+)?"
                     # (a year between: "58% of 2025 revenue", "of its fiscal 2025 sales", "of full-year revenue")
                     r"(?:(?:fiscal\s+)?(?:19|20)\d\d\s+|fiscal[- ]year\s+|full[- ]year\s+)?(?:total\s+|quarterly\s+|annual\s+|"
                     r"(?:first|second|third|fourth)[- ]quarter\s+)?(?:revenues?|sales|turnover)\b(?:\s+of\s+"
                     r"(?P<own2>[A-Z][\w.&-]*))?"),
    "fr": re.compile(r"\s*(?:du|de son|de leur|des|de ses|de leurs|de vos|de votre|de nos|de notre)\s+"
                     r"(?:chiffre d['’]affaires|ventes|revenus|recettes)"
                     r"(?:\s+(?:total|trimestriel|annuel)s?)?(?:\s+(?:de|d['’]|du)\s*(?P<own2>\w[\w.&-]*))?"),
}


_CUSTOMER_WORD = re.compile(r"\b(?:customers?|clients?|buyers?|acheteurs?)\b", re.IGNORECASE)


_ASIDE_OPEN = re.compile(r",\s*(?:which|who|that|dont|qui|que|qu['’])\b[^,]*$", re.IGNORECASE)


# What sets a money figure beside a venture's name: "Stargate, worth up to", « Stargate, doté de », « d'un montant de ».
_VENTURE_APPOSED = re.compile(r"\s*,\s*(?:(?:[\w'’-]+\s+){0,3}?(?:[\w'’-]+\s*))?(?:US\s?)?[$€£]?\s*$")


def _venture_apposed(S, f, mentions, lex) -> str | None:
    """The venture a money figure is set beside in an apposition (« le projet Stargate, doté de 500 milliards »)."""
    named = [m for m in mentions if m.end <= f.start and f.start - m.end <= 40]
    if named and lex.entities.get(named[-1].entity, {}).get("kind") == "venture" and \
            _VENTURE_APPOSED.fullmatch(S, named[-1].end, f.start):
        return named[-1].entity
    return None


_INTO_ANAPHOR = re.compile(r"\s+(?:in|into|dans|au capital de)\s+(?=(?:the|la|le|l['’])\s*)", re.IGNORECASE)
_PAYING_USERS = re.compile(r"[\s\u00a0]*(?:de |d['’]|of )?(?:"
                           r"(?:[\w-]+\s+){0,2}?(?:paying|paid|business|enterprise|corporate)\s+(?:[\w-]+\s+)?"
                           r"(?:users?|customers?|subscribers?|seats?)|"
                           r"(?:utilisateurs?|clients?|abonnés)\s+(?:payants?|professionnels|entreprises)|"
                           r"(?:[\w-]+\s+)?(?:subscribers?|abonnés)|"
                           # developers and businesses are customers too, not the active users the metric counts
                           r"(?:[\w-]+\s+)?(?:developers?|développeurs?|businesses|entreprises|companies|sociétés))\b",
                           re.IGNORECASE)
_IN_WHICH = re.compile(r",\s*(?:dans lequel|dans laquelle|in which|into which|auquel|à laquelle)\b[^,;:]*$", re.IGNORECASE)


# A clause with its verb left out, after one with the same kind of figure: "Microsoft holds 27%, the OpenAI Foundation
# 26%", « Microsoft détient 27 % du capital, la fondation OpenAI 26 % » — only a name and the figure.
_GAP_OPEN = re.compile(r"(?:,|;|\s(?:and|et|while|whereas|but|mais|tandis que|alors que))\s*"
                       r"(?:(?:and|et|while|whereas|but|mais|tandis que|alors que)\s+)?(?:(?:the|la|le|les|l['’])\s*)?")
_GAP_TO_FIGURE = re.compile(r"(?:['’]s?)?[\s,]*(?:(?:about|around|roughly|nearly|some|just under|environ|près de|quelque)"
                            r"\s+)?(?:US\s?)?[$€£]?\s*")


# A name right before its figure in a list: "OpenAI at $500 billion", "OpenAI ($500 billion)", « SpaceX (400 milliards) ».
_NAME_AT_FIGURE = re.compile(r"(?<![\w'’-])(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})(?:(?P<comma>,)?\s+(?:at|à)\s+|\s*(?P<paren>\()\s*)"
                             r"(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$")


# What a name compared with another's figure follows: "ahead of", "behind", « devant », « derrière », "followed by"
_COMPARED_BEFORE = re.compile(r"(?<![\w'’])(?:ahead of|behind|devant|derrière|followed by|suivie? (?:de|par)|"
                              r"compared with|versus|vs\.?)\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)


def _venture_size(c: Claim) -> Claim:
    """What a venture is to build, its size (« le projet Stargate de 500 milliards », "Stargate, worth $500 billion"), is a
    plan whatever the sentence's verb does; a single date there is the act's ("announced … in January"), not a span of
    the spending."""
    period = c.period if c.period.start != c.period.end or c.period.start is None else Period("cumulative", None, None, None)
    return dataclasses.replace(c, modality="projected" if c.modality != "denied" else "denied", period=period)


def _name_right_before(S, f, mentions) -> str | None:
    """The entity named right before the figure in a list ("OpenAI at $500 billion, SpaceX at $400 billion", "OpenAI
    ($500 billion), Anthropic ($183 billion)"): its id, "" for a name we do not track, None when no such name."""
    tail = S[max(0, f.start - 24):f.start]
    if "(" not in tail and " at " not in tail and " à " not in tail:
        return None   # (speed: the pattern needs one of them)
    m = _NAME_AT_FIGURE.search(S, max(0, f.start - 60), f.start)
    if m is None or attach._STOP.fullmatch(m.group("name").split()[0]):
        return None
    if m.group("paren") and not _PAREN_CLOSES.match(S, f.end):
        return None   # (a parenthesis the figure does not close, nor a note after it: not a gloss of the name)
    if m.group("paren") and not any(mn.end == m.end("name") or m.start("name") <= mn.start < m.end("name")
                                    for mn in mentions) and not attach._STOP.fullmatch(m.group("name").split()[-1]):
        return ""   # « loin devant Samsung (6,8 %) »: a name we do not track, glossed with its own figure
    named = [mn for mn in mentions if mn.end == m.end("name") or m.start("name") <= mn.start < m.end("name")]
    if named:
        return named[-1].entity or None
    if m.group("comma") or _COMPARED_BEFORE.search(S, max(0, m.start("name") - 24), m.start("name")):
        return ""   # « loin devant Samsung, à 7,7 % », "ahead of Samsung, at 7.7%", "far ahead of Samsung Electronics at
        # about 7%": the name's own figure
    return "" if _NAME_LIST_AROUND.search(S, max(0, m.start() - 30), min(len(S), f.end + 30)) else None


# The figure closes its parenthesis, or a note after it does: "Amazon ($38 billion, since raised to $100 billion)".
_PAREN_CLOSES = re.compile(r"\s*\)|,\s*(?:since|later|now|then|up|down|depuis|désormais|puis|porté\w*|relevé\w*)\b[^()]{0,50}\)|"
                           # (its date inside: « celle de Saudi Aramco (29,4 milliards de dollars en 2019) »)
                           r"\s*,?\s*(?:en|in|au|fin|à\s+fin)?\s*(?:[a-zé]+\s+)?(?:19|20)\d\d\s*\)", re.IGNORECASE)


def _list_head_trigger(S, f, triggers, allowed):
    """The metric word of the clause a list of names and figures follows after a colon ("Valuations have soared:
    OpenAI ($500 billion), Anthropic ($183 billion)…"): the list holds nothing but names and their figures up to
    this one (a list of the figures alone, or a clause of its own after the colon, says nothing of the kind)."""
    colon = S.rfind(":", max(0, f.start - 200), f.start)
    name = _NAME_AT_FIGURE.search(S, max(colon, f.start - 60), f.start) if colon >= 0 else None
    if name is None or not _LIST_SO_FAR.fullmatch(S, colon + 1, name.start()):
        return None
    lo = attach.clause_start(S, colon)
    return next((t for t in reversed(triggers) if lo <= t.start and t.end <= colon and t.metric in allowed
                 and not WEAK.match(t.text)), None)


# Names with their figures in a list, up to the next one: "OpenAI ($500 billion), Anthropic ($183 billion) and ".
_LIST_SO_FAR = re.compile(r"\s*(?:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}(?:\s+(?:at|à)\s+[^,;:()]{1,30}?|\s*\([^()]{1,40}\))"
                          r"\s*(?:,\s*(?:and\s+|et\s+)?|\s+(?:and|et)\s+))*")


# (a name we do not track gives up its figure only inside a list of names and figures)
_NAME_LIST_AROUND = re.compile(r"(?:,|\band\b|\bet\b)\s+[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}(?:\s+(?:at|à)\s+|\s*\()")


def _gapped_subject(S, f, i, figures, mentions, prev, family) -> str | None:
    """The name heading a gapped clause whose figure measures what the figure before it does (its subject; not a
    customer's share: "Customer A, 23%, and the second, Customer B, 16%" are the seller's)."""
    if i == 0 or prev is None or prev[2] != family or prev[0] == "customer_concentration":
        return None
    named = [m for m in mentions if figures[i - 1].end <= m.start and m.end <= f.start and m.entity
             and not m.kind.startswith("person:")]
    if not named or not _GAP_TO_FIGURE.fullmatch(S, named[-1].end, f.start):
        return None
    head = len(named) - 1
    while head > 0 and named[head].start - named[head - 1].end <= 1:
        head -= 1   # one name in two mentions: « la fondation OpenAI »
    opens = [g for g in _GAP_OPEN.finditer(S, figures[i - 1].end, named[head].start) if g.end() == named[head].start]
    return named[head].entity if opens and named[head].entity != prev[1] else None


def _in_closed_relative(S, pos, end) -> bool:
    """`pos` lies in a relative clause that a comma closes before `end` (", which counts Microsoft as its biggest
    customer, said…", « , dont Microsoft est le premier client, a indiqué… »)."""
    return _ASIDE_OPEN.search(S, max(0, pos - 80), pos) is not None and "," in S[pos:end]


# "those two", « ces deux (clients) », "both", then a verb of a share and a list of shares "of sales"
# a fact-check's verdict right after a quoted statement
# a verb lifting a company, named as its object, "to" a figure
_LIFTED_TO_BEFORE = re.compile(r"(?<![\w'’])(?P<verb>porté|portait|porterait|portera|porte|lifted|lifts|took|takes|brought|"
                               r"brings|pushed|pushes|propulsé|propulse)\s+(?P<name>(?-i:[A-Z])[\w&.'’-]*)\s+(?:à|to)\s+"
                               r"(?:(?:about|roughly|some|nearly|around|environ|près de|quelque|plus de|more than)\s+)?"
                               r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_VERDICT_NEXT = re.compile(r"[\s»”\"]*(?:FAUX|VRAI|PAS ENCORE|TROMPEUR|EXAGÉRÉ|INEXACT|IMPRÉCIS|PLUTÔT VRAI|PLUTÔT FAUX|"
                           r"FALSE|TRUE|MISLEADING|NOT YET|MOSTLY (?:TRUE|FALSE)|HALF TRUE|UNPROVEN|INVÉRIFIABLE)\b")
_THOSE_TWO = re.compile(r"(?<![\w'’])(?:those|these|the|both|ces|les|tous|toutes)\s+(?:two|deux)?\s*(?:customers?\s+|clients?\s+"
                        r"|buyers?\s+)?(?:together\s+|ensemble\s+)?(?:\w+\s+){0,1}?(?:represented|represent|accounted\s+for|"
                        r"made\s+up|make\s+up|ont\s+représenté|représentaient|représentent|pesaient|pèsent)\s+"
                        r"(?:(?:about|roughly|some|respectivement|respectively|environ)\s+)?$", re.IGNORECASE)
_OF_SALES_AFTER = re.compile(r"\s*(?:(?:,\s*)?(?:respectively|respectivement)\s*,?\s*)?(?:of|du|des|de\s+(?:ses|son|leur))\s+"
                             r"(?:(?:its|the|their|total|ses)\s+)?(?:sales|revenue|chiffre\s+d['’]affaires|ventes|revenus)\b",
                             re.IGNORECASE)


_TWO_GATE = re.compile(r"two|deux|both", re.IGNORECASE)


def _those_two(S, f, figures, mentions, ctx: Context, lex) -> tuple[str, str] | None:
    """(seller, customer) of a share in a list "those two represented 22% and 16% of sales": the k-th of the two
    unnamed customers the article ranked last."""
    if not _TWO_GATE.search(S, 0, f.start):
        return None   # (speed)
    found = attach.figure_list(S, f, figures)
    if found is None or len(found[0]) != 2:
        return None
    group, k = found
    t = _THOSE_TWO.search(S, max(attach.clause_start(S, group[0].start), group[0].start - 80), group[0].start)
    if t is None or not re.search(r"two|deux|both", t.group(0), re.IGNORECASE) or \
            any(t.start() <= m.start < group[0].start for m in mentions) or not _OF_SALES_AFTER.match(S, group[-1].end):
        return None
    seen: list = []
    for c in reversed(ctx.history):
        if c.metric == "customer_concentration" and c.counterparty and \
                lex.entities.get(c.counterparty, {}).get("kind") == "unnamed" and \
                all(c.counterparty != x.counterparty for x in seen):
            if seen and seen[0].subject != c.subject:
                break
            seen.append(c)
            if len(seen) == 2:
                break
    if len(seen) != 2:
        return None
    seen.reverse()
    return seen[k].subject, seen[k].counterparty


# "no single customer", "none of its customers", « aucun client », then a verb of a share
_NO_CUSTOMER = re.compile(r"(?<![\w'’])(?:no\s+(?:single\s+|one\s+|other\s+)?(?:customer|client|buyer)|none\s+of\s+(?:its|the|"
                          r"their)\s+customers|aucun\s+(?:autre\s+)?client)\b[^,;:.]{0,40}?(?:made\s+up|make\s+up|makes\s+up|"
                          r"accounted\s+for|accounts\s+for|represented|represents|a\s+représenté|représente|représentait|"
                          r"n['’]a\s+représenté|ne\s+représente|ne\s+représentait|n['’]a\s+pesé|ne\s+pèse)\s*$", re.IGNORECASE)


def _no_customer_above(S, f, mentions, ctx: Context, lex) -> str | None:
    """The seller whose customers none passes the share: "no single customer made up more than 20% of Oracle's
    revenue" (else the company in focus, for "of revenue" alone)."""
    q = re.search(r"(?:more than|over|above|greater than|plus de|au-delà de)\s*$", S[max(0, f.start - 20):f.start],
                  re.IGNORECASE)
    if q is None or _NO_CUSTOMER.search(S, max(0, f.start - 90), f.start - len(q.group(0))) is None:
        return None
    of = _OF_SALES.get("en").match(S, f.end) or _OF_SALES.get("fr", _OF_SALES["en"]).match(S, f.end)
    if of is None:
        return None
    own = next((m.entity for m in mentions if m.start >= f.end and m.start <= of.end() + 5 and m.entity), None)
    seller = own or next((e for e in (ctx.focus, ctx.main) if e and e != attach.UNTRACKED), None)
    return seller if seller and lex.entities.get(seller, {}).get("kind") != "unnamed" else None


def _share_of_sales(S, f, mentions, anaphors, lang, ctx, lex):
    """(seller, buyer, the verb as a trigger) when the figure is a buyer's share of a seller's sales, else None."""
    drawn = _SALES_FROM.match(S, f.end)
    verb = _DRAWS_BEFORE.search(S, max(0, f.start - 40), f.start) if drawn is not None else None
    if verb is not None:
        # "CoreWeave derives 62% of its revenue from Microsoft", « CoreWeave tire 62 % de son chiffre d'affaires de
        # Microsoft »: the verb's subject sells, the company after "from" buys
        buyer = next((x.entity for x in mentions if x.start == drawn.end()), None)
        sm = attach.subject_of(S, verb.start(), mentions, lang, anaphors=[a for a in anaphors if a.kind == "anaphor"])
        seller = None if sm is None else sm.entity if sm.entity or sm.kind != "anaphor" else \
            attach.resolve_anaphor(sm, ctx, lex)   # ("The GPU cloud provider, which …, still drew 67% of…")
        if buyer is not None and seller not in (None, buyer):
            return seller, buyer, Trigger(verb.start(), verb.end(), "customer_concentration", verb.group(0).strip())
    m = _OF_SALES.get(lang, _OF_SALES["en"]).match(S, f.end)
    if m is not None and any(not _in_closed_relative(S, w.start(), f.start)
                             for w in _CUSTOMER_WORD.finditer(S, attach.clause_start(S, f.start), f.start)):
        return None   # "Nvidia's two largest customers accounted for 39%": the customer-concentration rules read it (but
        # not a customer word in an aside: "CoreWeave, which counts Microsoft as its biggest customer, said Microsoft
        # accounted for 62%")
    verb = _ACCOUNTS_BEFORE.search(S, max(0, f.start - 60), f.start) if m is not None else None
    if verb is None:
        return None
    seller = None
    for g in ("own", "own2"):
        if m.groupdict().get(g):
            seller = next((x.entity for x in mentions if x.start == m.start(g) or m.start(g) <= x.start < m.end(g)), None)
            if seller is None and (a := next((a for a in anaphors if a.kind == "anaphor" and
                                              a.start <= m.start(g) < a.end), None)) is not None:
                # « du chiffre d'affaires du spécialiste du cloud GPU »: the company the description refers to
                seller = attach.resolve_anaphor(a, ctx, lex)
            if seller is None:
                return None   # an untracked seller
    lo = attach.clause_start(S, f.start)
    buyers = [x for x in mentions if lo <= x.start < f.start and x.entity != seller and not attach.is_object(S, x, lang)]
    if (rel := attach.relative_antecedent(S, verb.start(), mentions)) is not None and rel.entity and rel.entity != seller:
        buyers = [rel]   # « CoreWeave dépend de Microsoft, qui représentait encore 71 % de ses revenus »: the relative's
        # antecedent is the verb's subject
    if not buyers:
        return None
    # the verb's own subject: the last company named before it ("CoreWeave said Microsoft accounted for")
    buyers = [x for x in buyers if x.end <= verb.start()] or buyers
    buyer = buyers[-1].entity
    if seller is None:
        # "CoreWeave said Microsoft accounted for 71% of its revenue": "its" is the company named before the buyer
        # (the one whose statement it is); else the company in focus
        asides = attach.prep_relative_asides(S, buyers[-1].start)
        named = [x.entity for x in mentions if x.end <= buyers[-1].start and x.entity not in (None, buyer)
                 and not x.kind.startswith("person:") and lex.entities.get(x.entity, {}).get("kind") != "unnamed"
                 and not any(a <= x.start < b for a, b in asides)]   # (not one in an aside: "the neocloud, in which
        # Nvidia owns roughly 6%, took in $1.36 billion…, and that Microsoft alone accounted for 71% of its sales")
        if not named and (desc := next((a for a in reversed(anaphors) if a.kind == "anaphor" and a.end <= buyers[-1].start
                                        and anaphor_type(a.text)), None)) is not None:
            named = [e for e in [attach.resolve_anaphor(desc, ctx, lex)] if e not in (None, buyer)]
        # (a lab that buys compute is no seller whose customers we count: "…a $14.2 billion contract with Meta. Microsoft
        # accounted for 71% of revenue" is the article's vendor's revenue, CoreWeave's)
        sells = [e for e in (ctx.focus, ctx.main) if e and e != buyer
                 and not lex.entities.get(e, {}).get("buys_compute")]
        seller = named[-1] if named else sells[0] if sells else None
    if seller is None or seller == buyer:
        return None
    return seller, buyer, Trigger(verb.start(), verb.end(), "customer_concentration", verb.group(0).strip())


_backer = attach.backer

# A seller's share of sales drawn from a buyer: "derives 62% of its revenue from Microsoft", « tire 62 % de son chiffre
# d'affaires de Microsoft ».
_DRAWS_BEFORE = re.compile(r"(?<![\w'’])(?:derives?|derived|gets|got|generates?|generated|draws?|drew|earns?|earned|makes?|"
                           r"made|tire|tirait|a tiré|réalise|réalisait|a réalisé|génère|générait|a généré)\s+"
                           r"(?:(?:still|now|already|encore|toujours|désormais|déjà)\s+)?"
                           # (a date between: « a réalisé en 2025 plus de la moitié de ses revenus avec Microsoft »)
                           r"(?:(?:en|in)\s+(?:19|20)\d\d\s+|last\s+year\s+|l['’]an\s+dernier\s+)?"
                           r"(?:(?:about|around|roughly|nearly|some|more than|over|environ|près de|plus de|quelque|près|"
                           r"presque)\s+)?(?:(?:les|des|la|the)\s+)?$",   # (« les deux tiers », « près des deux tiers »)
                           re.IGNORECASE)
_QUARTER_NAMED = (r"(?:(?:in|for|during|of|du|au|sur le)\s+(?:the\s+|son\s+|its\s+)?(?:first|second|third|fourth|"
                  r"last|latest|premier|deuxième|second|troisième|quatrième|dernier)[- ]?(?:fiscal\s+)?(?:quarter|"
                  r"trimestre)(?:\s+(?:fiscal\s+)?(?:19|20)\d\d)?\s+)")
_SALES_FROM = re.compile(r"\s*(?:of|de|d['’])\s+(?:its|their|son|sa|ses|leur|leurs)\s+(?:(?:fiscal\s+)?(?:19|20)\d\d\s+)?"
                         r"(?:total\s+|annual\s+|quarterly\s+|"
                         r"(?:first|second|third|fourth)[- ]quarter\s+)?"
                         r"(?:revenues?|sales|turnover|chiffre d['’]affaires|revenus|ventes)\s+(?:annuels?\s+|total\s+)?"
                         rf"{_QUARTER_NAMED}?"
                         r"(?:from|de|d['’]|avec|auprès de|auprès d['’])\s*(?:the\s+)?", re.IGNORECASE)

# An object relative clause after the figure names who did what to it: "the $8 billion Amazon has invested",
# "the $2 billion it had already committed", « les 13 milliards que Microsoft a promis ».
_REL_AGENT = re.compile(r"\s+(?:that\s+|which\s+|que\s+|qu['’]\s*)?"
                        r"(?P<who>it|they|il|elle|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+"
                        r"(?:(?:has|have|had|a|ont|avait|avaient)\s+)?(?:(?:already|just|now|so far|déjà|d'ores et déjà)\s+)?"
                        rf"(?P<verb>{_PAST_VERB}|[a-zéè]+(?:is|ait|ent|t))\b")


# The agent of a participle of claiming or committing after the figure's noun: « les quelque 1 400 milliards de dollars
# d'engagements revendiqués par OpenAI », "the $1.4 trillion of commitments claimed by OpenAI" (not "led by": a round's
# backer is no owner of its figure).
_PASSIVE_AGENT = re.compile(r"\s+(?:de\s+dollars\s+|d['’]euros\s+)?(?:(?:d['’]|de\s+|des\s+|of\s+|in\s+)?[\w'’-]+\s+){0,2}?"
                            r"(?:revendiqu|annonc|promis|sign|claimed|announced|touted|promised|signed|pledged)\w*\s+"
                            r"(?:par|by)\s+(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)")


def _past_relative(S: str, pos: int) -> bool:
    """An object relative clause after the figure in the past ("the $40 billion SoftBank invested"): its own verb
    says what was done, whatever the main clause plans."""
    m = _REL_AGENT.match(S, pos)
    return m is not None and re.fullmatch(_PAST_VERB, m.group("verb")) is not None and \
        _FORECAST_VERB.fullmatch(m.group("verb")) is None   # ("the $44 billion it projected earlier" is a forecast)


_FORECAST_VERB = re.compile(r"(?:projected|forecast|forecasted|predicted|expected|estimated|targeted|budgeted|"
                            r"projetée?s?|prévue?s?|attendue?s?|estimée?s?|anticipée?s?)", re.IGNORECASE)


# A fiscal year named with its company right after the figure: « pour l'exercice 2027 de Nvidia », "for Nvidia's fiscal
# 2027", "for fiscal 2027 at Nvidia".
_FISCAL_OF = re.compile(r"[^.;:]{0,40}?(?:(?:l['’]exercice|exercice)\s+(?:fiscal\s+)?(?:(?:19|20)\d\d\s+)?(?:de|d['’]|du)\s*|"
                        r"fiscal\s+(?:year\s+)?(?:(?:19|20)\d\d\s+)?(?:of|at|for)\s+)(?P<name>[A-Z])")
_FISCAL_OF_POSS = re.compile(r"[^.;:]{0,40}?\b(?P<name>[A-Z][\w&.-]*)['’]s\s+fiscal\b")


def _fiscal_year_owner(S, f, mentions) -> str | None:
    """The company whose fiscal year the figure is of, named right after it (« un chiffre d'affaires de 330 milliards
    pour l'exercice 2027 de Nvidia »), when the clause names no other before the figure."""
    m = _FISCAL_OF.match(S, f.end) or _FISCAL_OF_POSS.match(S, f.end)
    if m is None:
        return None
    named = next((x for x in mentions if x.start == m.start("name") and x.entity), None)
    return named.entity if named is not None and not named.kind.startswith("person:") else None


def _relative_agent(S, f, mentions, lex) -> str | None:
    """The agent of an object relative clause right after the figure: the entity named there, or for "it" / « il »
    the first company the sentence names before the figure."""
    m = _REL_AGENT.match(S, f.end) or _PASSIVE_AGENT.match(S, f.end)
    if m is None:
        return None
    if m.group("who").lower() in ("it", "they", "il", "elle"):
        before = [x for x in mentions if x.end <= f.start and x.entity and not x.kind.startswith("person:")
                  and lex.entities.get(x.entity, {}).get("kind") != "unnamed"]
        return before[0].entity if before else None
    named = next((x for x in mentions if x.start == m.start("who")), None)
    return named.entity if named is not None and not named.kind.startswith("person:") else None


def _relative_noun_agent(S, f, mentions, anaphors, ctx, lex) -> str | None:
    """The agent of an object relative clause on the figure's noun: « les quelque 1400 G$ US (près de 2000 G$ CA)
    d'engagements que la jeune pousse californienne a pris auprès de Microsoft », "the $1.4 trillion in commitments
    that the startup has signed" (a company named there, or a description of one named before)."""
    if "qu" not in S and "that" not in S and "which" not in S and " par " not in S and " by " not in S:
        return None   # (speed)
    m = _NOUN_REL_AGENT.match(S, f.end) or _RESERVED_BY.match(S, f.end)
    if m is None:
        return None
    named = next((x for x in mentions if x.start == m.start("who") and x.entity), None)
    if named is not None:
        return named.entity if not named.kind.startswith("person:") and \
            lex.entities.get(named.entity, {}).get("kind") != "unnamed" else None
    a = next((x for x in anaphors if x.start == m.start("who") and x.kind == "anaphor"
              and x.text.lower() not in attach._SUBJECT_PRONOUNS), None)
    if a is None:
        return None
    e = attach.resolve_anaphor(a, ctx, lex)
    return e if e is not None and attach.named_before(e, a, mentions, ctx) else None


# the agent of a participle of reserving or buying on the figure's noun: « porte à 3,5 gigawatts la capacité de
# processeurs TPU réservée par la start-up », "the capacity reserved by the startup"
_RESERVED_BY = re.compile(r"\s+(?:[\w'’-]+\s+){0,6}?(?:réservé|commandé|acheté|loué|contracté|sécurisé|reserved|ordered|"
                          r"bought|leased|contracted|secured|booked)e?s?\s+(?:par|by)\s+"
                          r"(?P<who>(?:la|le|l['’]|the)\s*[\w-]+|[A-Z][\w&.-]*)", re.IGNORECASE)
_NOUN_REL_AGENT = re.compile(r"\s*(?:\([^)]*\)\s*)?(?:de\s+|d['’]\s*|of\s+|in\s+)(?:[\w-]+\s+){0,2}?[\w-]+\s+"
                             r"(?:que\s+|qu['’]\s*|that\s+|which\s+)(?P<who>(?:la|le|l['’]|the)\s*[\w-]+)", re.IGNORECASE)


# A backer's part in a round: "SoftBank led / joined / took part in a $40 billion round", « a mené une levée ».
# A phrase of time or cause opening the sentence ("Since the record $110 billion round closed in February, …",
# « Depuis la levée record de 110 milliards de dollars bouclée fin février, … », "After a $40 billion round, …").
_FRONTED_PP = re.compile(r"\s*(?:Since|After|Following|With|Despite|Depuis|Après|Avec|Malgré|Dans\s+la\s+foulée\s+d[eu'’])\b")


def _fronted_round(S: str, f, subject: str, mentions) -> bool:
    """A round's figure in a phrase opening the sentence, the backer named only in the main clause after it: the
    main clause's subject says what the round did to it (« Depuis la levée de 110 milliards…, le groupe de Redmond
    voit sa position se diluer »), it did not raise the round."""
    own = [m for m in mentions if m.entity == subject]
    return _FRONTED_PP.match(S) is not None and bool(own) and all(m.start > f.end for m in own) and \
        "," in S[f.end:min(m.start for m in own)]


_LEADS_ROUND = re.compile(r"\b(?:led|leads|co-led|co-leads|leading|joined|joins|participated in|participates in|"
                          r"took part in|takes part in|a (?:co-)?mené|mène|menait|a participé à|participe à|"
                          r"participer\w*\s+(?:à|au)|a rejoint)\b", re.IGNORECASE)
# A backer's part of a round, after its figure: "its $22.5 billion portion of the funding", « sa part de 10 milliards
# dans le tour de table » (the figure before the noun).
_PORTION_OF_ROUND = re.compile(r"\s+(?:portion|share|part|slice|chunk|tranche|quote-part)\s+(?:of|in|de|du|dans)\s+"
                               r"(?:the\s+|its\s+|this\s+|that\s+|le\s+|la\s+|l['’]|cette\s+|ce\s+)?(?:[\w'’.-]+\s+){0,2}?"
                               r"(?:funding|round|financing|raise|fundraising|investment|tour|levée|financement)\b",
                               re.IGNORECASE)
# The amount a backer puts into a round: "with $2 billion", « à hauteur de 2 milliards ».
_OWN_PART_BEFORE = re.compile(r"(?<![\w'’])(?:à hauteur de|pour un montant de|to the tune of|contributing|with|avec)\s+"
                              r"(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                              re.IGNORECASE)


_OF_AFTER = re.compile(r"[ \u00a0\u202f]*(?:of|de|d['’]|du|des)\b", re.IGNORECASE)


def _shared_of_noun(S: str, f: Figure, triggers, figures, allowed, lex) -> Trigger | None:
    """The metric noun that an "of" phrase after the last of a list of percentages gives every one of them ("90% and
    8% of the market", « 60 % et 30 % du marché »); None when `f` is the last or alone, or no such phrase follows."""
    found = attach.figure_list(S, f, figures)
    if found is None or found[0][-1] is f:
        return None
    last = found[0][-1]
    if not _OF_AFTER.match(S, last.end):
        return None
    t, _ = best_trigger(S, last, triggers, figures, allowed, lex)
    if t is None or t.metric == "ignore" or t.start < last.end or not _ATTACHED_AFTER_OF.match(S[last.end:t.start]):
        return None
    return t


# "of the", « du », « de la »: the determiners between a figure and the noun its "of" phrase heads.
# (the metric word may hold the "of" itself: "of the market")
_ATTACHED_AFTER_OF = re.compile(r"[ \u00a0\u202f]*(?:(?:of|de|d['’]|du|des)(?:[ \u00a0\u202f]+(?:the|its|their|la|le|l['’]|"
                                r"les|son|sa|ses))?[ \u00a0\u202f]*)?$", re.IGNORECASE)


def _startup(entity: str | None, lex) -> bool:
    return entity is not None and "startup" in lex.entities.get(entity, {}).get("types", [])


def _lab(entity: str | None, lex) -> bool:
    """A start-up that is not also a big company (config/entities.toml `types`): the AI labs, not CoreWeave."""
    return _startup(entity, lex) and "big" not in lex.entities[entity].get("types", [])


# "investor", « investisseurs »: those who invest, not money invested ("a lifeline from investor SoftBank worth up to
# $8 billion" is no capital spending of SoftBank's)
_INVESTOR_NOUN = re.compile(r"(?:investors?|investisseu(?:r|rs|se|ses))$", re.IGNORECASE)
# The day of a date: "ended Oct. 26", "on October 26", « clos le 26 octobre », "26 Oct."
_DAY_MONTH_BEFORE = re.compile(rf"\b(?:{periods._MA})\.?\s+$", re.IGNORECASE)
_DAY_MONTH_AFTER = re.compile(rf"(?:er)?\s+(?:{periods._MA})\b", re.IGNORECASE)


def _is_date_day(S: str, f: Figure) -> bool:
    """A bare number that is the day of a date, not a figure: it stands neither between a figure and its metric word
    nor in a sentence's series of figures ("revenue of $57 billion in the quarter ended Oct. 26, compared with $35.1
    billion a year ago")."""
    return f.unit is None and f.text.isdigit() and 1 <= int(f.text) <= 31 and \
        bool(_DAY_MONTH_BEFORE.search(S, max(0, f.start - 12), f.start) or _DAY_MONTH_AFTER.match(S, f.end))


def _is_gloss(f: Figure, figures: list[Figure], S: str | None = None) -> bool:
    """A currency gloss next to a dollar figure: « 13 milliards de dollars (soit environ 12,1 milliards d'euros) »; with
    the sentence, also a figure in any other currency said to be the same ("933,8 milliards de dollars taïwanais, soit
    environ 27 milliards d'euros", "€10 billion, or about $11 billion")."""
    if S is not None and f.value and any(g is not f and g.end <= f.start and g.unit and f.unit in (None, g.unit) and g.value
                                         and abs(g.value - f.value) <= 0.01 * abs(g.value) and f.start - g.end < 60
                                         and _GLOSS_GAP.fullmatch(S, g.end, f.start) for g in figures):
        return True   # the same figure said again another way: « 4 700 milliards de dollars, soit 4,7 billions au sens
        # français du terme, ou « 4.7 trillion » dans la presse américaine »
    if f.unit in (None, "W", "percent", "count"):
        return False
    if S is not None and f.unit == "USD" and _dollars_of(S, f, figures, before=True) is not None:
        return True   # (the dollars in parentheses after another currency: read as that figure's, `_in_dollars`)
    if S is not None and f.unit != "USD" and any(g.unit not in (None, "W", "percent", "count", f.unit) and
                                                 0 <= f.start - g.end < 12 and _PAREN_GLOSS_GAP.fullmatch(S, g.end, f.start)
                                                 for g in figures):
        return True   # any other conversion in parentheses: "€10 billion (£8.6 billion)"
    if f.unit != "USD" and any(g.unit == "USD" and 0 <= f.start - g.end < 45 for g in figures):
        return True
    return S is not None and any(g.unit not in (None, "W", "percent", "count", f.unit) and 0 <= f.start - g.end < 45
                                 and _GLOSS_GAP.fullmatch(S, g.end, f.start) for g in figures)


def _dollars_of(S: str, f: Figure, figures: list[Figure], before: bool = False) -> Figure | None:
    """The conversion to dollars in parentheses right after `f` (or, `before`, the figure in another currency that `f`,
    in dollars, converts): "¥5.2 trillion ($34.6 billion)", « 85,5 milliards d'euros (100 milliards de dollars) »."""
    if before:
        return next((g for g in figures if g.unit not in (None, "W", "percent", "count", "USD") and
                     0 <= f.start - g.end < 12 and _PAREN_GLOSS_GAP.fullmatch(S, g.end, f.start)), None)
    if f.unit in (None, "W", "percent", "count", "USD"):
        return None
    return next((g for g in figures if g.unit == "USD" and 0 <= g.start - f.end < 12 and
                 _PAREN_GLOSS_GAP.fullmatch(S, f.end, g.start)), None)


def _in_dollars(S: str, f: Figure, figures: list[Figure]) -> Figure:
    """A figure given with its conversion to dollars is read in dollars (where it stands, so that its words and clause
    are its own): claims compare across reports, and the dollar figure is the one other reports give."""
    g = _dollars_of(S, f, figures)
    if g is None:
        return f
    return dataclasses.replace(f, value=g.value, low=g.low, high=g.high, unit="USD", half_unit=g.half_unit, raw=g.raw,
                               mult=g.mult, scaled=g.scaled, readings=g.readings,
                               qualifier=f.qualifier if g.qualifier == "exact" else g.qualifier,
                               is_range=g.is_range, text=f"{f.text} ({g.text})")


_TO_A_PLACE = re.compile(r"\s*(?:to|in|from|en|au|aux|vers)\s+(?:the\s+)?(?P<place>[A-ZÉ][\w'’.-]*(?:\s+[A-Z][\w.-]*){0,2})")


def _sales_in_a_place(S: str, pos: int, lex: Lexicon) -> bool:
    """Sales made in a country or region named right after the word: "sales to China", « ventes en Chine »."""
    m = _TO_A_PLACE.match(S, pos)
    if m is None:
        return False
    words = m.group("place").split()
    return any(" ".join(words[:k]).lower() in lex.places or ("the " + " ".join(words[:k])).lower() in lex.places
               for k in range(len(words), 0, -1))


_PAREN_GLOSS_GAP = re.compile(r"\s*\(\s*(?:(?:about|around|roughly|some|approximately|environ|soit|~|≈)\s*)?"
                              r"(?:US\s?)?[$€£¥]?\s*", re.IGNORECASE)
_GLOSS_GAP = re.compile(r"[^,;:.()\d]{0,30}?[\s,(]*(?:soit|or|ou|i\.e\.|that is|equivalent to|l['’]équivalent de)\s+(?:(?:about|around|roughly|"
                        r"some|nearly|environ|près de|quelque)\s+)?[«\"“]?\s*(?:US\s?)?[$€£]?\s*", re.IGNORECASE)


def _unit_of(S, f: Figure, prev, triggers, figures, lex):
    """(unit, noun class) of a figure: currency, W, percent, or a count of chips or users; None to drop it."""
    after = S[f.end:]
    if f.unit is not None:
        return f.unit, None
    cm = COUNT_NOUN.match(after)
    if cm:
        return "count", ("users" if cm.group("noun").lower() in USER_NOUNS else "chips")
    if not f.scaled:
        return None, None
    if SHARE_NOUN.match(after):
        return None, None
    if prev is not None and prev[2] == "count":
        return "count", ("users" if prev[0] == "users" else "chips")
    t, _ = best_trigger(S, f, triggers, figures, {"users"} | allowed_metrics("money", lex), lex)
    if t is not None and t.metric == "users":
        return "count", "users"
    return "USD", None


def _consensus_before(S: str, f: Figure) -> bool:
    """The analysts' consensus before the figure ("analysts expect …", « les analystes tablaient sur », "beating
    estimates of"), not one firm's analysts ("Morgan Stanley analysts expect…", "analysts at HSBC forecast…": theirs)."""
    m = CONSENSUS_BEFORE.search(S, max(0, f.start - 160), f.start)
    if m is None:
        return False
    if _FIRM_AFTER.match(S, m.start()) or _TOLD_BEFORE.search(S, max(0, m.start() - 20), m.start()):
        return False   # (analysts as the audience: "told analysts the company now expects to spend about $55 billion")
    if _ONE_ANALYST.search(S, max(0, m.start() - 10), f.start):
        return False   # (one analyst named: "Analyst Priya Natarajan forecasts capital expenditures of about $50 billion")
    firm = _FIRM_BEFORE.search(S, max(0, m.start() - 40), m.start())
    return firm is None or attach._STOP.fullmatch(firm.group(1)) is not None or firm.group(1).lower() in periods.MONTHS


_TOLD_BEFORE = re.compile(r"(?<![\w'’])(?:told|tells|telling|briefed|assured|reassured|a (?:dit|déclaré|indiqué|assuré) aux|"
                          r"devant les|told the)\s+$", re.IGNORECASE)
# A firm named with its analysts: "Morgan Stanley analysts", "HSBC's analysts" (before), "analysts at HSBC",
# « les analystes de Morgan Stanley » (after).
_FIRM_BEFORE = re.compile(r"(?<![\w'’])((?-i:[A-Z])[\w&.'’-]*)(?:\s+(?-i:[A-Z])[\w&.'’-]*)*(?:['’]s)?\s+$")
_FIRM_AFTER = re.compile(r"(?:analysts?|analystes?)\s+(?:at|from|with|of|de|d['’]|chez|led\s+by|menés\s+par|"
                         r"emmenés\s+par|dirigés\s+par)\s*(?-i:[A-Z])", re.IGNORECASE)   # (a team "led by Joseph Moore")


def _claim(orig, S, s0, f: Figure, i, figures, mentions, anaphors, triggers, attrs, cues, lang, doc_lang, published,
           lex: Lexicon, ctx: Context, prev, force_subject: str | None = None) -> list[Claim]:
    """The claims of figure `f` of sentence `S` (several when coordinated subjects each have it)."""
    resp = attach.respectively(S, f, figures, mentions, lex) if force_subject is None else None
    years = attach.listed_years(S, f, figures, cues)
    if years is not None:
        # "$13 billion and $18 billion in 2023 and 2024": the k-th figure is the k-th year's, the other years are not
        k = attach.figure_list(S, f, figures)[1]
        cues = [c for c in cues if c is years[k] or not any(c is y for y in years)]
    out = _claim_one(orig, S, s0, f, i, figures, mentions, anaphors, triggers, attrs, cues, lang, doc_lang, published,
                     lex, ctx, prev, force_subject=resp[0] if resp and resp[0] else force_subject)
    if resp and resp[1]:
        # "X and Y have invested $13 billion and $8 billion, respectively, in A and B": the k-th figure goes to the k-th
        out = [dataclasses.replace(c, counterparty=resp[1]) if resp[1] != c.subject else c for c in out]
    return [c for c in out if not _consensus(S, c, lex)]


def _consensus(S: str, c: Claim, lex: Lexicon) -> bool:
    """A listed company's results as analysts at large expect them ("Analysts expect Nvidia to report revenue of $54.9
    billion", "Wall Street expects…", "according to LSEG data", « selon le consensus FactSet »): the consensus, which the
    contract does not track (one firm's forecast, "Morgan Stanley analysts expect…", is an analyst claim)."""
    if c.speaker_kind != "analyst" or c.modality != "projected" or c.metric not in _GUIDED or \
            "startup" in lex.entities.get(c.subject, {}).get("types", ()):
        return False
    if c.speaker in speakers.CONSENSUS_SOURCES:
        return True
    at_large = c.speaker is None or re.match(r"analys", c.speaker, re.IGNORECASE) is not None
    return at_large and _ANALYSTS_EXPECT.search(S) is not None and _ONE_ANALYST.search(S) is None


# One analyst named, or one firm's note: no consensus ("In a note to clients, analyst Marcus Lindqvist estimated that
# Oracle's capital expenditure will reach $52 billion", « dans une note, l'analyste Jean Dupont estime »).
_ONE_ANALYST = re.compile(r"(?<![\w'’])(?:[Aa]nalyst|[Ll]['’]analyste)\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+|note to (?:clients|investors)|"
                          r"research note|(?:dans|selon) une note")


# Analysts at large expecting: "analysts expect", "analysts polled by…", « les analystes tablent sur ».
_ANALYSTS_EXPECT = re.compile(r"(?<![\w'’])(?:analysts?|analystes?|Wall Street|consensus)\b[^.;$€£\d]{0,30}?(?<![\w'’])"
                              r"(?:expect\w*|forecast\w*|anticipat\w*|estimat\w*|project\w*|predict\w*|call\w* for|polled|"
                              r"surveyed|attend\w*|tabl\w*|anticip\w*|prévoi\w*|misent)|consensus", re.IGNORECASE)


# A part of the figure before, with its own verb: ", of which Nvidia captures ~$35 billion", « dont Nvidia capte ».
_PART_BY_VERB_BEFORE = re.compile(r",\s*(?:of which|dont)\s+[^,;:]{1,40}?\s*(?:~|about|some|roughly|environ|près de)?\s*"
                                  r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
# A clause with its verb left out whose subject is a description, after "and": "…and the social network at $33
# billion", « et le réseau social à 33 milliards ».
# a valuing verb, a description as its object, "at" a figure: "put the social network at", « valorisait le réseau social à »
# an apposition set off by commas after a name: "Colossus, the Memphis supercomputer xAI switched on last September,"
# (after the name the sentence opens on)
_APPOSITION_ASIDE = re.compile(r"(?<=\w),\s+(?:the|an?|its|le|la|l['’]|une?|son|sa|founded|created|launched|established|"
                               r"based|fondée?s?|créée?s?|lancée?s?|basée?s?|installée?s?|née?s?)\s+[^,;:()]{3,80},")
_SENTENCE_NAME = re.compile(r"\s*[A-Z][\w&.'’-]*(?:\s+[A-Z0-9][\w&.'’-]*){0,2}(?=,)")
# … or the subject a sentence opens on, up to its first comma: "La start-up de San Francisco, fondée en 2021 par …,"
# (not a fronted phrase: "Selon le site, …", "In March, …")
_SENTENCE_SUBJECT = re.compile(r"\s*(?:The|La|Le|Les|L['’]|Un|Une|A|An)\s+[^,;:()]{1,50}(?=,)")
_VALUING_GATE = re.compile(r"put|valu|peg|pric|valoris|plaç|place", re.IGNORECASE)   # (speed)
_VALUED_DESCRIPTION = re.compile(r"(?<![\w'’])(?:put|puts|putting|valued|values|valuing|pegged|pegs|pegging|priced|"
                                 r"valoris\w+|plaç\w+|place|placé)\s+(?P<np>(?:the|a|an|la|le|l['’])\s*[a-zé][\w\s'’-]{1,30}?)"
                                 r"\s+(?:at|à)\s+(?:(?:about|around|roughly|some|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                                 re.IGNORECASE)
_GAPPED_DESCRIPTION = re.compile(r"(?<![\w'’])(?:and|et)\s+(?P<np>(?:the|its|la|le|l['’]|son|sa)\s*[a-zé][\w\s'’-]{1,30}?)\s+"
                                 r"(?:at|à)\s+(?:(?:about|around|roughly|some|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                                 re.IGNORECASE)
# The seller whose revenue a share is of, named next: "79% of CoreWeave's 2025 revenue", « 79 % du chiffre d'affaires de ».
_SELLERS_REVENUE = re.compile(r"\s*(?:of|du chiffre d['’]affaires (?:de|d['’])|des revenus (?:de|d['’])|des ventes (?:de|d['’]))\s*")
# Staff counted: "employs about 228,000 people", « emploie environ 5 000 personnes » (no users).
_EMPLOYS_BEFORE = re.compile(r"(?<![\w'’])(?:employs|employed|employing|employ|emploie|emploient|employait|"
                             r"has a staff of|a workforce of|headcount of|effectifs? de)\s+(?:(?:about|around|roughly|some|"
                             r"nearly|more than|over|environ|près de|quelque|plus de)\s+)?$", re.IGNORECASE)
# A value before or after a round's money: "$730 billion before the new money", « avant l'injection des fonds ».
_NEW_MONEY_AFTER = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:\w+\s+)??((?:at which|auquel|à laquelle)\s+[^,;.]{0,25}?"
                              r"(?<![\w'’])(?:raised|raises|levé|lève|a levé)(?![\w'’])|"   # ("the $730 billion at which it raised money")
                              r"(?:avant|après|before|after|including|excluding)\s+"
                              r"(?:l['’]injection des fonds|l['’]argent (?:frais|levé)|les fonds levés|the new money|"
                              r"the (?:new )?cash|the raise|the new funds))\b", re.IGNORECASE)
# The nouns of a holding, and the holder named right after one: « la participation de Microsoft ».
_STAKE_NOUN = re.compile(r"participation|stake|holding", re.IGNORECASE)
# What may stand between a stake noun and the participle that values it: « participation a été valorisée », "stake,
# which was valued", "holding is valued".
_STAKE_THEN_VALUED = re.compile(r"\s*(?:,\s*)?(?:(?:which|qui|that)\s+)?(?:(?:is|was|has been|had been|a été|avait été|est|"
                                r"était|sera|serait|now|désormais|alors)\s+){0,3}", re.IGNORECASE)
_HOLDER_OF = re.compile(r"\s+(?:de|d['’]|du|of)\s*(?:the\s+)?(?=[A-Z])")
# Equity put into a company, and the verbs that put it: "has committed $19 billion of equity to the venture".
_EQUITY_PUT_IN = re.compile(r"\s*(?:of|in)\s+(equity)\s+(?:to|in|into)\b", re.IGNORECASE)
_PUTS_IN_BEFORE = re.compile(r"(?<![\w'’])(?:commit\w*|pledg\w*|put|puts|putting|contribut\w*|inject\w*|invest\w*|"
                             r"provid\w*|promis\w*)\s+(?:(?:about|some|roughly|nearly|up to|another|an additional)\s+)?"
                             r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)


# A relative clause set off by commas, blanked where a negation in it says nothing of the figure: « Un client direct, dont
# le nom n'est pas communiqué, a représenté 12 % » is no denial.
_ASIDE_BLANKED = re.compile(r",\s*(?:(?:which|who|whose|qui|dont|lequel|laquelle)\b|(?:que|qu['’])\s*(?:il|elle|ils|elles|on)\b)"
                            r"[^,;:()]{0,90},", re.IGNORECASE)   # (« deux clients, qu'il n'a pas nommés, ont représenté »)


def _blank(m: re.Match) -> str:
    return " " * len(m.group(0))


def _apposition_head(S: str, trig: Trigger, triggers: list[Trigger]) -> Trigger:
    """The metric word an apposition holding `trig` describes, else `trig`: "Oracle's remaining performance
    obligations, a measure of contracted future sales, jumped to $455 billion" (the obligations, not the sales)."""
    for ap in _DESCRIBING_APPOSITION.finditer(S, 0, trig.start + 90):
        if ap.start() < trig.start and trig.end <= ap.end():
            head = next((t for t in triggers if t.end <= ap.start() and not S[t.end:ap.start()].strip()), None)
            return head if head is not None else trig
    return trig


_DESCRIBING_APPOSITION = re.compile(r",\s*(?:a|an|the|un|une|le|la|l['’])\s*[^,;:()]{1,80},", re.IGNORECASE)


def _claim_one(orig, S, s0, f: Figure, i, figures, mentions, anaphors, triggers, attrs, cues, lang, doc_lang, published,
               lex: Lexicon, ctx: Context, prev, force_subject: str | None = None) -> list[Claim]:
    f = _in_dollars(S, f, figures)   # ("¥5.2 trillion ($34.6 billion)": the dollars)
    if force_subject is None:
        group = attach.coordinated_subjects(S, f.start, mentions, lex, f.end)
        if group is not None and group.joint and f.unit == "W" and \
                sum(bool(lex.entities.get(m.entity, {}).get("buys_compute")) for m in mentions if m.start < f.start) == 1:
            group = None   # "OpenAI and Broadcom would jointly deploy 10 gigawatts": a deal, its buyer's capacity
        if group is not None:
            buyers = {m.entity for m in mentions if m.end <= f.start and m.entity and not attach.is_object(S, m, lang)}
            if group.joint and len(buyers) == 2 and f.unit == "percent" and \
                    (seller := _SELLERS_REVENUE.match(S, f.end)) is not None and \
                    (sm := next((m for m in mentions if m.start == seller.end() and m.entity
                                 and m.entity not in buyers), None)) is not None:
                # "Together, Microsoft and OpenAI made up 79% of CoreWeave's 2025 revenue": its two customers' share
                g = _plausible_or_none(f, "customer_concentration", "percent", lex)
                return [] if g is None else [_finish(orig, S, s0, g, "percent", "customer_concentration",
                                                     lex.metrics["customer_concentration"], sm.entity, "top2_customers",
                                                     None, mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
            if group.joint:
                return []   # "Together, X and Y are worth...", « un investissement conjugué »: no single company's figure
            out = []
            ctx.siblings = out   # (what the others of the group got: "…each commit $19 billion … for 40% stakes apiece")
            for e in group.entities:   # "X and Y each invested...", « chacun », « l'un comme l'autre »
                out += _claim(orig, S, s0, f, i, figures, mentions, anaphors, triggers, attrs, cues, lang, doc_lang,
                              published, lex, ctx, prev, force_subject=e)
            ctx.siblings = []
            return out
    after = S[f.end:]
    before = S[:f.start]
    if CONSENSUS_AFTER.match(after) or _consensus_before(S, f) or RND_AFTER.match(after) or \
            DELTA_AFTER.match(after) and not (f.unit is None and COUNT_NOUN.match(after)
                                              and not _THAN_AFTER.match(after)) and \
            not (_MORE_TO_DO.match(after) and _RAISE_VERB_BEFORE.search(before[-50:])):
        # (but "expects OpenAI to raise at least $200 billion more by 2030": more money to raise, an amount)
        return []   # (a difference, but "100,000 more Nvidia GPUs" is a number of chips bought)
    if _PUBLIC_SUBJECT.match(S) and not any(m.start < f.start and m.entity for m in mentions):
        return []   # « Le maire, lui, compte sur la fiscalité : 6 millions d'euros de recettes par an sont attendus »,
        # "The governor expects $2 billion in tax revenue": a public authority's money, no company's
    if f.unit not in (None, "percent", "W", "count") and _CHANGED_BY_BEFORE.search(S, max(0, f.start - 45), f.start):
        return []   # "Oracle's market value has fallen by about $250 billion", « a fondu de 250 milliards »: a change, not
        # a level (the level it reached follows "to" / « à »)
    if _BUYBACK_BEFORE.search(S, max(0, f.start - 30), f.start):
        return []   # "It also bought back $14 billion of stock", « a racheté pour 14 milliards de ses propres actions »: a
        # company's purchase of its own shares
    if f.unit not in (None, "percent", "W") and _FUND_GATE.search(S) and (
            _FUND_AFTER.match(S, f.end) or _FUND_BEFORE.search(S, max(0, f.start - 45), f.start)):
        return []   # "a $4 billion long-short fund", "SoftBank's $100 billion Vision Fund", "which manages $50 billion",
        # « un fonds de 4 milliards », « gère 50 milliards d'actifs »: the size of a fund, no money raised or put in
    if f.unit not in (None, "percent", "W", "count") and ("arket" in (w70 := S[max(0, f.start - 70):f.start]) or
                                                          "arché" in w70) and \
            _MARKET_SIZE_BEFORE.search(S, max(0, f.start - 70), f.start):
        return []   # "the data-center AI accelerator market growing to more than $1 trillion by 2030", « le marché des
        # accélérateurs pourrait atteindre 1 000 milliards »: the size of a market, no company's figure
    if _LOST_BEFORE.search(S, max(0, f.start - 40), f.start) and _IN_SALES_AFTER.match(S, f.end):
        return []   # "a loss of roughly $8 billion in sales of the H20", « une perte de 8 milliards de ventes »: sales that
        # will not be made, neither revenue nor a loss
    if _SUPPOSE_OPENS.match(S):
        return []   # a sentence that opens on a supposition is a scenario, colon or not: « Supposons que ses ventes
        # doublent chaque année : elles atteindraient 104 milliards en 2028 », "Assume revenue doubles: …"
    if _COUNTERFACTUAL.search(before[-160:]) and (
            (modal := _last(_CONSEQUENT_MODAL.finditer(S, 0, f.start))) is None or
            not any(modal.end() <= g.start and g.end <= f.start for g in figures if g is not f)):
        # (the condition's figures and the consequent's first one: "…, it would be worth $300 billion, well under half
        # the $730 billion at which it raised money" keeps the fact it compares with)
        return []   # "If OpenAI were valued like Microsoft, at roughly ten times sales, it would be worth $300 billion", « Si
        # OpenAI était valorisée comme Microsoft, … elle vaudrait 300 milliards »: a counterfactual's figure, no one's
        # (a condition that may come true stays a plan: "If it is fully exercised, OpenAI would own about 10%")
    if _IN_CASE_GATE.search(S) and (_HYPOTHETICAL_AFTER.match(S, f.end) or
                                    _IN_CASE_OF_BEFORE.search(S, max(0, f.start - 50), f.start)):
        return []   # « verrait sa participation valoir plus de 250 milliards en cas de cotation à 1 000 milliards », "would
        # be worth $250 billion in the event of a listing", and the listing's own value: a scenario's figures (a
        # scenario opening the sentence, « en cas d'exercice complet, OpenAI détiendra environ 10 % », is a plan's)
    if (hyp := HYPOTHETICAL.search(before[-120:])) and not _TARGET_OF.search(S, max(0, f.start - 40), f.start) and \
            not _AS_PROJECTED_AFTER.match(S, f.end) and \
            not (hyp.group(0).lower().startswith("même si") and _CONDITIONAL_FR.search(hyp.group(0))) or \
            PRICE_FOR.search(before[-130:]):
        # (« même si AMD pourrait dépasser 10 % des accélérateurs en 2027 »: a concession, its conditional a forecast;
        # « même si OpenAI atteignait… » is a supposition)
        return []   # (but "if OpenAI hits its target of $200 billion": the target is stated, whatever comes of it)
    window = before[-250:]
    # "An earlier version of this story misstated the loss as $5 billion": the figure the outlet withdraws, denied by it
    withdrawn = ("ersion" in window or "isstat" in window or "ncorrect" in window or "rron" in window or
                 "rreur" in window) and _CORRECTED.search(window) is not None   # (speed: a word _CORRECTED needs first)
    if f.unit != "percent" and _CHANGE_BY_BEFORE.search(S, max(0, f.start - 40), f.start):
        return []   # "up roughly $1.5 billion from its earlier projection", « en hausse de 2 milliards »: a difference
    if f.unit not in (None, "percent", "W") and (_PER_UNIT_LATER.match(after) or
                                                 _PER_UNIT_BEFORE.search(S, max(0, f.start - 90), f.start)):
        return []   # "$10 billion in OpenAI for every gigawatt deployed", « 10 milliards par gigawatt »: a rate, no total
    if i > 0 and prev is None and f.unit not in ("percent", "W") and (_PART_OF_BEFORE.search(S, max(0, f.start - 25), f.start)
                                                                   or _PART_BY_VERB_BEFORE.search(S, max(0, f.start - 60), f.start)) \
            and (_PER_UNIT_BEFORE.search(S, max(0, figures[i - 1].start - 90), figures[i - 1].start) or
                 _PER_UNIT_LATER.match(S, figures[i - 1].end)):
        return []   # « un gigawatt représente 50 à 60 milliards, dont environ 35 milliards pour les puces »: a part of a rate
    if _LOSS_ON_HOLDING_AFTER.match(after):
        return []   # "a $3.1 billion loss related to its OpenAI investment", "a gain on its stake": a holding's result
    if f.unit == "W" and _UNIT_COSTS_AFTER.match(S, f.end) and re.match(r"(?:un|a|one|each|every|chaque)\b", f.text,
                                                                        re.IGNORECASE):
        return []   # "a gigawatt of capacity costs $50 billion", « un gigawatt de capacité représente… »: a unit priced
    if f.unit not in (None, "W", "percent", "count", "USD") and _AT_EXCHANGE_RATE.search(S, 0, f.start):
        return []   # « Au taux de change actuel, la valorisation évoquée représenterait près de 1 680 milliards de dollars
        # canadiens », "at today's exchange rate": a figure reported before, restated in another currency
    if f.unit in (None, "W") and (m := _PER_SHORT_TIME_LATER.match(after)) and not _USERS_WORD.search(m.group(0)):
        return []   # "add a gigawatt of new capacity every week", « un gigawatt par semaine »: a pace, no capacity
        # ("800 million users a week" are weekly users)
    unit, noun = _unit_of(S, f, prev, triggers, figures, lex)
    if unit is None:
        return []
    own = _UNTRACKED_OWNER.match(after)
    if own and unit not in ("W", "count") and not any(m.start == f.end + own.start("name") for m in mentions) \
            and not attach._STOP.fullmatch(own.group("name").split()[0]):
        return []   # « les 14 milliards d'Ant Group », "the $14 billion of Acme Corp": an untracked company's figure
    if _is_gloss(f, figures, S):
        return []
    if _EQUITY_OR_DEBT_PART.match(S, f.end) and _DEBT.search(S) and not _DEBT_AND_EQUITY.match(S, f.end) and \
            any(g is not f and _EQUITY_OR_DEBT_PART.match(S, g.end) for g in figures):
        # (the other part named too: not "another $6.4 billion of equity" after a sentence's notes and loans)
        return []   # « 7,5 milliards en actions et 12,5 milliards en dette »: the parts of a round, not a figure of its own
    family = _family(unit)
    nc = _not_the_customer(S, f, mentions, family, ctx, lex, lang)
    if nc is not None:
        subject, cp, at = nc
        mdef = lex.metrics["compute_commitment"]
        g = _plausible_or_none(f, "compute_commitment", family, lex)
        if g is None:
            return []
        # "told CNBC in October that …": when the denial was made does not date the order
        c = _finish(orig, S, s0, g, unit, "compute_commitment", mdef, subject, cp, None, mentions, attrs,
                    [q for q in cues if q.start >= at], lang, doc_lang, published, lex, ctx)
        om = _OFFICIAL.search(S)
        if om is not None:
            ent = next((m.entity for m in mentions if om.start() <= m.start < om.end()), None)
            if ent is not None:
                c = dataclasses.replace(c, speaker=om.group(0), speaker_kind="company" if ent == subject else "other")
        return [c]
    if prev is not None and prev[0] == "stake" and i > 0 and {prev[2], family} == {"money", "percent"} and \
            force_subject is None and _RESTATED.fullmatch(S, figures[i - 1].end, f.start):
        # "valued at approximately $135 billion, representing roughly 27 percent", "27%, or about $135 billion", «
        # soit 27 % »: the same stake told the other way
        g = _plausible_or_none(f, "stake", family, lex)
        return [] if g is None else [_finish(orig, S, s0, g, unit, "stake", lex.metrics["stake"], prev[1], prev[3], None,
                                             mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
    if family == "money" and force_subject is None and (venture := next(
            (m for m in mentions if m.start >= f.end and _SPACE_ONLY.fullmatch(S, f.end, m.start)
             and lex.entities.get(m.entity, {}).get("kind") == "venture"), None)) is not None:
        # "the $500 billion Stargate project", « le projet Stargate de 500 milliards » is written before: what the
        # venture is to build, its compute commitment
        g = _plausible_or_none(f, "compute_commitment", family, lex)
        if g is None:
            return []
        return [_venture_size(_finish(orig, S, s0, g, unit, "compute_commitment", lex.metrics["compute_commitment"],
                                      venture.entity, None, None, mentions, attrs, cues, lang, doc_lang, published, lex,
                                      ctx))]
    if prev is not None and i > 0 and prev[2] == family and force_subject is None and \
            _MOVED_THAT_TO.search(S, max(figures[i - 1].end, f.start - 40), f.start):
        # "…valued it at $300 billion; a secondary share sale in October lifted that to $500 billion", « … l'a portée à »:
        # the same figure moved, its subject's and counterparty's (a new level, dated on its own)
        g = _plausible_or_none(f, prev[0], family, lex)
        return [] if g is None else [_finish(orig, S, s0, g, unit, prev[0], lex.metrics[prev[0]], prev[1], prev[3], None,
                                             mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
    if prev is not None and i > 0 and prev[2] == family and force_subject is None and \
            _BRINGING_TOTAL.search(S, figures[i - 1].end, f.start):
        # "expanded its contract with OpenAI by up to $6.5 billion, bringing the total value to about $22.4 billion", «
        # portant sa valeur totale à 22,4 milliards »: the total of what the figure before it added to
        g = _plausible_or_none(f, prev[0], family, lex)
        if g is None:
            return []
        c = _finish(orig, S, s0, g, unit, prev[0], lex.metrics[prev[0]], prev[1], prev[3], None, mentions, attrs, cues,
                    lang, doc_lang, published, lex, ctx)
        added = ctx.in_sentence[-1] if ctx.in_sentence else None
        if added is not None and added.modality == "projected" and c.modality == "actual":
            # (the total after money still to be added is a plan too: « va investir jusqu'à 8 milliards …, portant
            # son investissement total à 12 milliards »)
            c = dataclasses.replace(c, modality="projected")
        return [c]
    # --- metric
    metric, trig, paired = None, None, None
    referred_denied, referred = False, None
    own_estimate = False   # "Our number is closer to 80%": the speaker's figure for what was just measured
    paid_vendor = None     # "agreed to pay Oracle about $300 billion": the vendor paid
    two_cp = None          # « Les deux groupes ont signé un contrat de 38 Md$ »: the pair's vendor
    if family == "W" and not mentions and not _COMPUTE_WORD.search(S) and \
            ctx.last_metric not in ("compute_commitment", "compute_capacity"):
        return []   # "a 2.1 GW floating solar project": power that no tracked company's compute is named with (but « Il
        # porte sur 4,5 gigawatts de capacité » after a sentence on a compute deal is that deal's)
    if family in ("W", "count"):
        metric = "compute_capacity" if family == "W" or noun == "chips" else "users"
        if metric == "compute_capacity" and family == "count" and _SOLD_AFTER.match(S, f.end):
            return []   # « 1,5 million de puces H20 pourraient être vendues en Chine », "2 million GPUs were shipped": units
            # sold, the seller's sales, no one's capacity
        if metric == "users" and _EMPLOYS_BEFORE.search(S, max(0, f.start - 40), f.start):
            return []   # "The company employs about 228,000 people", « le groupe emploie 5 000 personnes »: staff, no users
        if metric == "users" and _PAYING_USERS.match(S, f.end):
            return []   # "5 million paying business users", « abonnés payants »: customers, not the active users
            # the metric counts (a contradiction with 800 million weekly users otherwise)
        t, c = best_trigger(S, f, triggers, figures, set(), lex)
        if t is not None and t.metric == "ignore" and c <= 4 and not (noun == "chips" and _BUY_WORD.match(t.text)):
            return []   # (but "plans to acquire 100,000 Nvidia chips", « d'acquérir 100 000 puces »: chips bought)
    elif family == "percent" and force_subject is None and f.qualifier in ("more_than", "at_least") and \
            (seller := _no_customer_above(S, f, mentions, ctx, lex)) is not None:
        # "no single customer made up more than 20% of Oracle's revenue", « aucun client n'a représenté plus de 20 % »:
        # the largest customer's share is at most that
        g = _plausible_or_none(dataclasses.replace(f, qualifier="at_most"), "customer_concentration", family, lex)
        if g is None:
            return []
        c = _finish(orig, S, s0, g, unit, "customer_concentration", lex.metrics["customer_concentration"], seller,
                    "customer_a", None, mentions, attrs, cues, lang, doc_lang, published, lex, ctx)
        return [dataclasses.replace(c, modality="actual") if c.modality == "denied" else c]
    elif family == "percent" and force_subject is None and (pair := _those_two(S, f, figures, mentions, ctx, lex)):
        # "Customer A made up 24%; Customer B, 17%. Over the first six months those two represented 22% and 16% of
        # sales", « ces deux clients ont représenté 22 % et 16 % »: the two customers just ranked, in their order
        g = _plausible_or_none(f, "customer_concentration", family, lex)
        return [] if g is None else [
            _finish(orig, S, s0, g, unit, "customer_concentration", lex.metrics["customer_concentration"], pair[0],
                    pair[1], None, mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
    elif family == "percent" and force_subject is None and (share := _share_of_sales(S, f, mentions, anaphors, lang,
                                                                                      ctx, lex)) is not None:
        # "Microsoft accounted for 19% of Nvidia's revenue", « Microsoft représente 20 % du chiffre d'affaires de
        # CoreWeave »: the buyer's share of the seller's sales is the seller's customer concentration
        seller, buyer, verb = share
        g = _plausible_or_none(f, "customer_concentration", family, lex)
        if g is None:
            return []
        return [_finish(orig, S, s0, g, unit, "customer_concentration", lex.metrics["customer_concentration"], seller,
                        buyer, verb, mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
    elif family == "percent" and force_subject is None and (handed := _shares_handed(S, f, mentions, anaphors, lang,
                                                                                   ctx, lex)) is not None:
        # "AMD could hand OpenAI up to 10% of its shares", « céder jusqu'à 10 % de son capital à OpenAI »: the one
        # the shares go to holds them, in the company giving them
        holder, held = handed
        g = _plausible_or_none(f, "stake", family, lex)
        if g is None:
            return []
        return [_finish(orig, S, s0, g, unit, "stake", lex.metrics["stake"], holder, held, None, mentions, attrs, cues,
                        lang, doc_lang, published, lex, ctx)]
    else:
        allowed = allowed_metrics(family, lex)
        if family == "percent":
            allowed &= {"stake", "market_share", "customer_concentration"}
        trig, cost = best_trigger(S, f, triggers, figures, allowed, lex)
        if family == "percent" and (shared := _shared_of_noun(S, f, triggers, figures, allowed, lex)) is not None:
            trig = shared   # "Nvidia and AMD hold 90% and 8% of the market": "of the market" is both shares'
        trig = _strong_instead_of_weak(S, trig, triggers, allowed)
        if trig is not None and trig.metric == "capex" and trig.end <= f.start and "compute_commitment" in allowed and \
                (on := next((t for t in triggers if t.start >= f.end and t.metric == "compute_commitment"
                             and _COMPUTE_NOUN.fullmatch(t.text) and _SPENT_ON.fullmatch(S, f.end, t.start)), None)):
            trig = on   # « consacrer quelque 665 milliards de dollars à la puissance de calcul », "spend $1.4 trillion on
            # computing power": what the money goes to says what it is, compute bought
        if trig is not None and trig.start >= f.end and trig.text.lower() == "slice":
            # "forecasts 78% in 2026, with AMD's slice rising to roughly 8%": a slice names the figure after it, its
            # owner's
            trig = next((t for t in reversed(triggers) if t.end <= f.start and t.metric in allowed), None)
        if family == "percent" and (trig is None or trig.metric == "ignore" or
                                    trig.metric == "stake" and _HOLD_VERB.fullmatch(trig.text)) and \
                "market_share" in allowed and (pm := _OF_A_PRODUCT_AFTER.match(S, f.end)) is not None:
            # (a verb of holding is either: "to hold about 75% of the AI accelerator market" is a market share)
            # "Nvidia shipped about 90% of data-center accelerators", « a réalisé 81 % des ventes mondiales
            # d'accélérateurs », « fabrique plus de 90 % des processeurs les plus avancés du monde »: a share of what a
            # whole market makes, sells or ships, the company's market share
            trig = Trigger(pm.start(), pm.end(), "market_share", pm.group(0))
        if family == "percent" and (trig is None or trig.metric == "ignore") and "market_share" in allowed and \
                (ms := _SHARE_OF_A_MARKETS.search(S, max(attach.clause_start(S, f.start), f.start - 100), f.start)):
            # "Its share of server processor revenue reached 41.3%", « sa part des ventes mondiales de processeurs
            # serveurs »: a share of what a whole market spends or ships, a market share
            trig = Trigger(ms.start(), ms.end(), "market_share", ms.group(0))
        if family == "money" and "valuation" in allowed and (trig is None or trig.metric != "valuation") and \
                (lc := _LIFTED_TO_BEFORE.search(S, max(0, f.start - 60), f.start)) is not None and \
                any(m.start == lc.start("name") and m.entity for m in mentions):
            # "a $40 billion round took OpenAI to $300 billion", « un tour … avait porté OpenAI à 730 milliards »: the
            # company lifted to a figure is worth it
            trig = Trigger(lc.start("verb"), lc.end("verb"), "valuation", lc.group("verb"))
        if family == "money" and "valuation" in allowed and (nm := _NEW_MONEY_AFTER.match(S, f.end)) is not None and \
                (trig is None or trig.metric != "valuation"):
            # « 730 milliards de dollars avant l'injection des fonds », "$730 billion before the new money": a value
            # before or after a round, the company's valuation
            trig = Trigger(nm.start(1), nm.end(1), "valuation", nm.group(1))
        if trig is not None and trig.metric == "stake" and family == "money" and \
                (eq := _EQUITY_PUT_IN.match(S, f.end)) is not None and "investment" in allowed and \
                _PUTS_IN_BEFORE.search(S, max(0, f.start - 40), f.start):
            # "committed $19 billion of equity to the venture", « 19 milliards de fonds propres dans »: money put in
            trig = Trigger(eq.start(1), eq.end(1), "investment", eq.group(1))
        if family == "money" and lang == "fr" and trig is not None and trig.end <= f.start and ctx.in_sentence and \
                (en := _EN_CLITIC_BEFORE.search(S, max(0, f.start - 45), f.start)) is not None and \
                en.start() <= trig.start and _family(ctx.in_sentence[-1].unit) == family and \
                ctx.in_sentence[-1].metric in allowed and ctx.in_sentence[-1].metric != trig.metric:
            # « Les investissements ont atteint 52 Md$, et Oracle prévoit d'en engager environ 70 Md$ »: « en » stands
            # for what the sentence measured before (its capital spending), the verb says only what is done with it
            trig = Trigger(trig.start, trig.end, ctx.in_sentence[-1].metric, trig.text)
        if trig is not None and trig.start >= f.end and ctx.in_sentence and \
                _family(ctx.in_sentence[-1].unit) == family and ctx.in_sentence[-1].metric in allowed and \
                ctx.in_sentence[-1].metric != trig.metric and "(" in S[max(0, f.start - 4):f.start] and \
                (note := _PAREN_CLOSES.match(S, f.end)) is not None and trig.start < note.end() and \
                not S[f.end:note.end()].lstrip().startswith(")"):
            # "… Microsoft ($250 billion), Amazon ($38 billion, since raised to $100 billion)": the word in the note
            # after the figure says how it moved, the list goes on measuring what it measured
            trig = Trigger(trig.start, trig.end, ctx.in_sentence[-1].metric, trig.text)
        if trig is not None and trig.metric == "valuation" and trig.end <= f.start and "stake" in allowed and \
                _WORTH_WORD.fullmatch(trig.text) and (_COPULA_BEFORE_WORTH.search(S, max(0, trig.start - 25), trig.start)
                                                       or trig.text.lower() in ("vaut", "vaudrait", "valait", "vaudra")) and \
                (held := next((t for t in reversed(triggers) if t.metric == "stake" and t.end <= trig.start and
                               _STAKE_NOUN.fullmatch(t.text) and
                               attach.clause_start(S, t.start) == attach.clause_start(S, trig.start) and
                               not any(u.metric == "valuation" and t.end <= u.start < trig.start for u in triggers)),
                              None)) is not None:
            # "the OpenAI Foundation's holding in the for-profit company is worth less than $50 billion", « sa
            # participation vaudrait 200 milliards »: the stake the clause is about, told by its value
            trig = held
        if trig is not None and trig.end <= f.start and "," in S[trig.end:f.start]:
            trig = _apposition_head(S, trig, triggers)
        if trig is not None and trig.metric == "valuation" and trig.start >= f.end and \
                _NEXT_NUMBER.search(S, trig.end, trig.end + 40) is not None and not _NEW_MONEY_AFTER.match(S, f.end):
            # « une levée de 6,6 milliards de dollars valorisant la société 157 milliards »: the participle values the
            # figure after it; this one is what the word before it names (but "before the new money" is said of the
            # figure before it)
            trig = next((t for t in reversed(triggers) if t.end <= f.start and t.metric in allowed and
                         t.metric != "valuation" and not WEAK.match(t.text) and
                         attach.clause_start(S, t.start) == attach.clause_start(S, f.start)), trig)
        if (pro := _PRONOUN_AT_BEFORE.search(S, max(0, f.start - 40), f.start)) is not None and \
                (ante := next((t for t in reversed(triggers) if t.end <= pro.start() and pro.start() - t.end <= 120
                               and t.metric in allowed and not WEAK.match(t.text)
                               and not _PREP_OBJECT_BEFORE.search(S, max(0, t.start - 16), t.start)
                               and not re.search(r"[.;]", S[t.end:pro.start()])), None)) is not None:
            trig = ante   # "xAI didn't disclose a valuation, but people familiar with the deal put it at about $230
            # billion": the pronoun stands for the metric's noun before it
        if trig is not None and trig.metric == "funding" and _RAISED_OUTLOOK.match(S, trig.start):
            trig = None   # "Meta raised its outlook to $70 billion to $72 billion": a forecast raised, no money raised
        if trig is not None and trig.start >= f.end and _WORTH_OF.fullmatch(S, f.end, trig.end) and \
                _OF_AFTER.match(S, trig.end):
            # "$1.4 trillion worth of computing deals": an amount of what "of" heads, never a company's value; no
            # metric word there ("$4.6 billion worth of H20 chips") leaves goods, no claim
            # ("bought $10 billion worth of OpenAI shares" is an investment in OpenAI; "sold $6.6 billion worth of
            # shares" a sale of shares, a round or a secondary sale: no claim)
            shares = _SHARES_OF.match(S, trig.end)
            if shares and not _BUYS_BEFORE.search(S, max(0, f.start - 40), f.start):
                return []
            trig = Trigger(shares.start(1), shares.end(1), "investment", shares.group(1)) if shares else \
                next((t for t in triggers if t.start >= trig.end and t.metric in allowed and not WEAK.match(t.text)
                      and len(S[trig.end:t.start].split()) <= 4), None)
            if trig is None:
                return []
        if family == "money" and (chips := _CHIPS_AFTER.match(S, f.end)) is not None and \
                (_BUYS_BEFORE.search(S, max(0, f.start - 40), f.start) or _BUYS_FOR_BEFORE.search(S, max(0, f.start - 40),
                                                                                               f.start)):
            # "Oracle will buy about $40 billion of Nvidia chips", « achètera pour 40 milliards de dollars de puces
            # Nvidia »: chips bought from their maker, a compute commitment (chips sold stay goods, above)
            trig = Trigger(chips.start("noun"), chips.end("noun"), "compute_commitment", chips.group("noun"))
        if trig is not None and trig.metric in ("stake", "ignore") and trig.start >= f.end and \
                _EQUITY_OR_DEBT_PART.match(S, f.end):
            # "raised $20 billion in equity", "$10 billion in debt and equity", « levé 5 milliards en actions »: the
            # form of the money raised (debt alone is then dropped, below)
            trig = next((t for t in reversed(triggers) if t.metric == "funding" and t.end <= f.start
                         and attach.clause_start(S, t.start) == attach.clause_start(S, f.start)), trig)
        base = _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start) if prev is not None and prev[2] == family else None
        if base is None and prev is not None and prev[2] == family and i > 0 and figures[i - 1].unit == f.unit and \
                attach._FIGURE_AND.fullmatch(S, figures[i - 1].end, f.start):
            # "compared with 12% and 11% a year earlier": the later items of a listed base are bases too
            base = _COMPARISON_BASE.search(S, max(0, figures[i - 1].start - 45), figures[i - 1].start)
        if base is None and prev is not None and prev[2] == family and trig is not None and trig.start >= f.end and \
                re.search(r"[,;:]", S[f.end:trig.start]) and _EARLIER_FORECAST_OF.search(S, max(0, f.start - 60), f.start):
            trig = None   # "…, below its earlier forecast of $5.15 billion to $5.35 billion, citing a delay at a data
            # center developer": the earlier forecast of what the figure before measures, not the words after it
        if base is not None and (trig is None or trig.metric == "ignore" or trig.end <= base.start()
                                 or trig.start >= f.end and re.search(r"[,;:]", S[f.end:trig.start])):
            # the base of a comparison measures what the figure before it does, unless a word of its own says
            # otherwise: « brûler 8,5 milliards de liquidités, contre 7 milliards prévus initialement »
            trig = None
        restated_shares = family == "percent" and i > 0 and trig is not None and trig.metric == "ignore" and \
            trig.end <= f.start and _SHARES_RESTATED.fullmatch(S, figures[i - 1].end, f.start) is not None
        if restated_shares:
            trig = None   # "a warrant for up to 160 million AMD shares, or roughly 10% of the company": a stake
        if family == "percent" and trig is not None and trig.metric == "ignore" and trig.end <= f.start and \
                _option_on_company(S, f, mentions):
            trig = None   # "the option to buy up to 10% of AMD": a part of a company we track (below), a stake
        if ctx.part is not None and ctx.part.fragment and ctx.part.asked in allowed and trig is not None and \
                trig.metric != ctx.part.asked and cost > 0:
            trig = None   # "Quelle est votre dernière valorisation ? 730 milliards de dollars avant l'argent levé…":
            # an answer that opens on its figure gives what the question asks, unless a word is attached to it
        if trig is not None and prev is not None and prev[2] == family and i > 0 and \
                _THEN_MORE.fullmatch(S, figures[i - 1].end, f.start) is not None and _MORE_AFTER.match(S, f.end):
            trig = None   # « Après avoir apporté 30 milliards lors du tour de 2025, puis 30 milliards supplémentaires lors
            # de celui de février », "then another $30 billion": more of what the figure before measures
        if trig is not None and trig.metric == "ignore" and trig.end <= f.start and _EXPECTED_WORD.fullmatch(trig.text) \
                and not _BY_ANALYSTS.match(S, trig.end) and \
                (noun := next((t for t in reversed(triggers) if t.end <= trig.start and t.metric in allowed and
                               _NOUN_THEN_EXPECTED.fullmatch(S, t.end, trig.start)), None)) is not None:
            trig = noun   # « son chiffre d'affaires total, attendu autour de 30 milliards de dollars cette année »: what is
            # expected is the noun the participle follows (not a consensus « attendu par les analystes »)
        if trig is not None and trig.metric == "ignore" and trig.start >= f.end and _CASH_WORD.fullmatch(trig.text) and \
                (burn := next((t for t in triggers if t.metric == "cash_burn" and t.end <= f.start
                               and f.start - t.end <= 40), None)) is not None:
            trig = burn   # « OpenAI aurait consommé près de 6 G$ US de liquidités », "burned $2.5 billion of cash": the
            # cash is what is burned, the verb says what the figure measures
        if trig is not None and trig.metric == "ignore":
            return []
        if family == "percent" and trig is not None and trig.metric == "stake" and force_subject is None and \
                _EN_HOLDS.search(S, max(0, f.start - 50), f.start) and \
                (holder := _share_of_market(S, f, mentions, lex)) is not None:
            # « Sur le marché des GPU, Nvidia en détient 94 % »: « en » holds the market, not a company
            g = _plausible_or_none(f, "market_share", family, lex)
            return [] if g is None else [_finish(orig, S, s0, g, unit, "market_share", lex.metrics["market_share"],
                                                 holder, None, None, mentions, attrs, cues, lang, doc_lang, published,
                                                 lex, ctx)]
        if trig is not None and trig.metric not in allowed:
            trig = None   # (a word swapped in for another, of a metric that takes no such unit: "any figure for
            # OpenAI's revenue, and … Microsoft's revenue share with OpenAI, … put at 20%" is no revenue in percent)
        if trig is not None:
            metric = trig.metric
        elif family == "percent" and force_subject is None and \
                (share := _share_of_company(S, f, mentions, lex)) is not None:
            # "Microsoft's share of OpenAI is now about 27%", « la part de Microsoft dans OpenAI »: the owner's stake
            g = _plausible_or_none(f, "stake", family, lex)
            return [] if g is None else [_finish(orig, S, s0, g, unit, "stake", lex.metrics["stake"], share[0], share[1],
                                                 None, mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
        elif family == "percent" and force_subject is None and \
                (holder := _share_of_market(S, f, mentions, lex)) is not None and _name_right_before(S, f, mentions) != "":
            # "AMD's share of the data center GPU market is expected to rise to 10%": the company's market share (not
            # another's after it: "…, far ahead of Samsung Electronics at about 7%")
            g = _plausible_or_none(f, "market_share", family, lex)
            return [] if g is None else [_finish(orig, S, s0, g, unit, "market_share", lex.metrics["market_share"],
                                                 holder, None, None, mentions, attrs, cues, lang, doc_lang, published,
                                                 lex, ctx)]
        elif family == "percent" and (of := re.match(r"^\s*(?:of|de|d'|du capital de|du capital d')\s*(?:the |la |le |l')?[A-Z]",
                                                     after)) and not _OF_OWNERS_THING.match(after) \
                and any(m.start == f.end + of.end() - 1 for m in mentions):
            metric = "stake"   # "27% of OpenAI" (a company we track: "70 percent of Americans" is no stake)
        elif restated_shares:
            metric = "stake"
        elif family == "money" and (_COMPANY_NOUN_AFTER.match(S, f.end) or
                                    _COMPANY_NOUN_BEFORE.search(S, max(0, f.start - 40), f.start)):
            metric = "valuation"   # "a $500 billion company", « la première entreprise à 5 000 milliards »: its worth
        elif family == "money" and _PERIOD_NOUN_AFTER.match(S, f.end):
            metric = "revenue"   # "its first $100 billion quarter": a period's sales
        elif prev is not None and prev[2] == family:
            metric = prev[0]
        elif i == 0 and ctx.part is not None and ctx.part.kind == "answer" and ctx.part.asked in allowed:
            metric = ctx.part.asked   # "And capital spending? We still see $26 billion to $30 billion this year" (not
            # the series of the answer before: « Et vos investissements ? Environ 25 milliards en 2026 »)
        elif i > 0 and prev is not None and _AND_BEFORE.search(S, max(0, f.start - 12), f.start) and \
                (same := next((c for c in reversed(ctx.in_sentence) if _family(c.unit) == family), None)) is not None:
            # « pour un objectif final de 10 gigawatts et 500 milliards » after « 7 gigawatts … 400 milliards
            # d'investissement »: the figure of its kind before it in the sentence says what it measures
            metric, paired = same.metric, prev
        elif i == 0 and ctx.last_metric and ctx.last_family == family == "money" and \
                re.search(r"\b(?:19|20)\d\d\b", S[f.end:f.end + 20]):
            metric = ctx.last_metric   # a series continued: "$17 billion in 2026, $35 billion in 2027"
        elif i == 0 and family == "percent" and ctx.last_metric in ("stake", "market_share") and \
                _BARE_SHARE.search(S, max(0, f.start - 60), f.start):
            metric = ctx.last_metric   # « Sa part s'élevait jusqu'ici à 32,5 % » after a sentence on its stake: that
            # stake; « Gemini … a presque triplé sa part sur la même période, à 21 % » after market shares: its share
        elif i == 0 and ctx.last_metric and ctx.last_family == family and \
                (nc := _NAME_COLON.match(S)) is not None and any(m.start == nc.start("name") and m.entity and
                                                                 m.entity != attach.UNTRACKED for m in mentions):
            metric = ctx.last_metric   # notes company by company: "Meta: narrowed 2026 capex to $130–135 billion." then
            # "Amazon: $52 billion in Q3, still tracking to about $200 billion for the year." (the same measure, its own)
        elif family == "percent" and (bs := _BARE_SHARE_MOVES.search(S, max(0, f.start - 80), f.start)) is not None and \
                (sharer := next((m.entity for m in mentions if m.start == (bs.start("name") if bs.group("name") else
                                                                            bs.start("name2"))
                                 and "chipmaker" in lex.entities.get(m.entity, {}).get("types", ())), None)) is not None:
            metric, force_subject = "market_share", sharer
            # "expects Nvidia's share to slip to about 75 per cent by 2028", « la part de Nvidia tomberait à 75 % »: a
            # chipmaker's share with no "of" is its share of the market
        elif i == 0 and family == "percent" and ctx.last_metric == "market_share" and \
                (pa := _PUT_AT.search(S, attach.clause_start(S, f.start), f.start)) is not None and \
                any(m.start == pa.start("name") and m.entity for m in mentions):
            metric = "market_share"   # after market shares, "We put AMD at 6%", « Nous plaçons AMD à 6 % »: its share
        elif i == 0 and ctx.last_metric and ctx.last_family == family and \
                _OWN_ESTIMATE.search(S, attach.clause_start(S, f.start), f.start) is not None:
            metric = ctx.last_metric   # "…Nvidia's share of AI accelerators drops to 75% by 2027. Do you buy it?" —
            # "Our number is closer to eighty percent in 2027": the speaker's own figure for what was just measured,
            # of the same company unless the clause names one
            if force_subject is None and ctx.last_subject and not any(
                    m.entity and attach.clause_start(S, f.start) <= m.start < f.start for m in mentions):
                force_subject, own_estimate = ctx.last_subject, True
        elif family == "percent" and ctx.last_metric == "customer_concentration" and \
                attach.TOP_TWO_ELLIPTIC.search(S, attach.clause_start(S, f.start), f.start) is not None:
            metric = "customer_concentration"   # after customers' shares, "a year ago, the two largest stood at 16% and
            # 14%", « les deux premiers pesaient 30 % »: the top two's, their noun left out
        elif family == "money" and _GUIDANCE_BEFORE.search(S, max(0, f.start - 90), f.start) and \
                (guided := _guided_metric(i, ctx) or _lead_metric(orig, s0, i, lang, lex)) is not None:
            # guidance after results: « Le groupe table sur 65 milliards au trimestre suivant », also after figures
            # that were no claims in an article on quarterly results (the analysts' estimate, a segment's sales), and
            # in the results' own sentence ("reported revenue of $57bn, above the $52bn analysts had pencilled in, and
            # guided to $65bn")
            metric = guided
        elif (head := _list_head_trigger(S, f, triggers, allowed)) is not None:
            # "Valuations have soared: OpenAI ($500 billion), Anthropic ($183 billion) and xAI…", « Les valorisations
            # s'envolent : OpenAI (500 milliards), … »: a list of names and figures after a colon measures what the
            # clause before the colon names (each name its own, below)
            metric, trig = head.metric, head
        elif family == "money" and (v := _venture_apposed(S, f, mentions, lex)) is not None:
            # « le projet Stargate, doté de 500 milliards », "the Stargate venture, with $500 billion": the size of
            # what the venture is to build
            metric, force_subject = "compute_commitment", v
        elif (dem := _demonstrative_trigger(S, f, triggers, allowed)) is not None:
            # « les valorisations – celle de Nvidia a frôlé les 6 000 milliards »: the demonstrative stands for the
            # metric's noun just before it
            metric, trig = dem.metric, dem
        elif family == "money" and (of := _OF_THAT_AFTER.match(S, f.end)) is not None and \
                _FROM_BACKER.match(S, of.end()) is not None:
            metric = "investment"   # "Thirty billion dollars of that came from SoftBank": a backer's part (below)
        elif (_FIGURE_NOUN_BEFORE.search(S, max(0, f.start - 30), f.start) or
              _THE_BEFORE.search(S, max(0, f.start - 8), f.start) and _FIGURE_NOUN_AFTER.match(S, f.end) or
              not S[attach.clause_start(S, f.start):f.start].strip() and _NOT_SO_AFTER.match(S, f.end)) and \
                (_NOT_SO_AFTER.match(S, f.end) or _FIGURE_IS_OWNERS.match(S, f.end) or
                 _DENIAL_RE.get(lang, _DENIAL_RE["en"]).search(S, attach.clause_start(S, f.start), f.start)) and \
                (earlier := next((c for c in reversed(ctx.history) if c.unit == (unit or c.unit) and c.value
                                  and abs(c.value - f.value) <= 0.01 * abs(c.value)), None)) is not None:
            # "A spokesperson said the $600 billion figure is not accurate", « Un porte-parole a contesté le chiffre de
            # 12 milliards »: the figure the article reported before, the same company's, the same metric, denied; and
            # "The $10 billion figure is Nvidia's": that one's (a figure only restated, "the $10 billion figure
            # excludes…", is no new claim); a bare figure said to be wrong too: "Nine billion is too high."
            metric, force_subject, referred = earlier.metric, earlier.subject, earlier
            referred_denied = _NOT_SO_AFTER.match(S, f.end) is not None
            if (owned := _FIGURE_IS_OWNERS.match(S, f.end)) is not None:
                force_subject = next((m.entity for m in mentions if m.start == owned.start("name") and m.entity),
                                     force_subject)
        elif family == "money" and (pv := _PAY_VENDOR.search(S, max(0, f.start - 60), f.start)) is not None and \
                (vendor := next((m.entity for m in mentions if m.start == pv.start("name") and m.entity
                                 and not lex.entities.get(m.entity, {}).get("buys_compute")
                                 and lex.entities.get(m.entity, {}).get("kind") == "company"), None)) is not None:
            # "It has also agreed to pay Oracle about $300 billion over five years", « verser à Oracle 300 milliards »:
            # what a company will pay a vendor, compute it commits to buy
            metric, trig = "compute_commitment", Trigger(pv.start(), pv.start("name"), "compute_commitment", "pay")
            paid_vendor = vendor
        elif family == "money" and lang == "fr" and "revenue" in allowed and \
                _REALISED_BEFORE.search(S, max(0, f.start - 50), f.start) is not None:
            metric = "revenue"   # « Il y a un an, il avait réalisé 76,4 milliards », « AMD a réalisé 11,2 milliards de
            # dollars de janvier à mars »: what a company makes, its sales
        elif (lead := next((t for t in triggers if t.metric in allowed and t.start <= 12 and
                            _LEAD_NOUN_OPENS.fullmatch(S, 0, t.start)), None)) is not None and \
                _RESUMED_BY_PRONOUN.search(S, max(lead.end, attach.clause_start(S, f.start)), f.start) is not None:
            # « Les dépenses d'investissement, elles, ne faiblissent pas : elles ont atteint 40,3 milliards », "Capital
            # spending shows no sign of slowing: it reached $40.3 billion": the metric noun the sentence opens on, taken
            # up by the pronoun subject of the figure's clause
            metric, trig = lead.metric, lead
        elif i == 0 and lang == "fr" and ctx.last_metric and ctx.last_family == family and \
                _PLURAL_RESUMED.search(S, attach.clause_start(S, f.start), f.start) is not None:
            metric = ctx.last_metric   # « Les dépenses d'investissement … ont atteint 45,3 milliards. Sur l'ensemble de
            # l'exercice 2026, elles dépassent 160 milliards »: the plural pronoun takes up what was just measured
        elif _BULLET.match(S) and (head := _heading_metric(ctx.text, s0, lang, allowed, lex)) is not None:
            # "Signed or announced commitments\n- Oracle: $300 billion over roughly five years": a bullet with no metric
            # word of its own measures what the heading of its list names
            metric = head
        else:
            return []
        if metric == "revenue" and trig is not None and (SEGMENT.search(S[max(0, trig.start - 30):trig.start])
                                                         or SEGMENT_AFTER.match(S[trig.end:])
                                                         or _SEGMENT_PP.match(S, trig.end)
                                                         or _sales_in_a_place(S, trig.end, lex)):
            return []   # (a segment's, a product's, a country's sales: "sales to China could reach $8 billion")
        if metric == "revenue" and trig is not None and \
                _VISIBILITY_BEFORE.search(S, max(0, min(trig.start, f.start) - 60), min(trig.start, f.start)):
            return []   # "visibility into Blackwell and Rubin sales amounts to $500 billion", "visibility into half a
            # trillion dollars of Blackwell and Rubin revenue": orders booked, not revenue
        if metric == "cash_burn" and _CASH_HELD_BEFORE.search(S, max(0, f.start - 40), f.start):
            return []   # « disposait de 17,5 milliards de trésorerie », "had $17.5 billion in cash": cash held, not burnt
        if metric == "loss" and trig is not None and _SHARE_OF.search(S, max(0, trig.start - 20), trig.start):
            return []   # "its share of OpenAI's losses", « sa quote-part des pertes d'OpenAI »: a holder's part of a loss
        if metric == "revenue" and (cu := _CLOUD_UNIT.search(S, attach.clause_start(S, f.start), f.start)) is not None \
                and not (trig is not None and cu.end() <= trig.start < f.start and
                         attach.RELATIVE_OPEN.search(S, trig.end, f.start)):
            # (not when the figure's own metric word heads a relative clause after the unit: "Google Cloud revenue of
            # $17.7 billion is a segment figure and not the company's top line, which was $113.8 billion")
            return []   # "AWS reported revenue of $33 billion", "Amazon's AWS unit…": a cloud unit's revenue, a segment's
        if metric == "revenue" and _product_line_subject(S, f, lex):
            return []   # "the developer tool Claude Code could soon reach $1 billion in annualized revenue": a product's
        if metric == "revenue" and (seg := _SEGMENT_NP_BEFORE.search(S, max(0, f.start - 180), f.start)) is not None \
                and not any(seg.start() <= m.start < f.start for m in mentions):
            return []   # "Oracle expects its cloud infrastructure business to reach $144 billion in revenue", « son
            # activité cloud atteindra 144 milliards »: a business line's revenue, not the company's
        if metric in ("revenue", "compute_commitment") and \
                _segment_subject(S, f.start, mentions, unit_only=metric != "revenue"):
            return []   # « Les processeurs et GPU pour centres de données ont réalisé 4,3 mds $ de ventes »: a segment
        if trig is not None and trig.metric != "revenue" and SEGMENT.search(trig.text) and any(
                t.metric == "revenue" and t.end <= trig.start and len(S[t.end:trig.start].split()) <= 5
                and not re.search(r"[,;:]", S[t.end:trig.start]) for t in triggers):
            return []   # « le chiffre d'affaires de Nvidia dans les centres de données »: a segment's revenue
        if trig is not None and _COLLECTIVE_OWNER.match(S, trig.end):
            return []   # « les dépenses d'investissement des géants du cloud », "the capex of the hyperscalers": a sum
        if metric == "valuation" and DELTA_BEFORE.search(before[-40:]):
            return []
        if metric == "valuation" and trig is not None and _FROM_NAME_BEFORE.search(S, max(0, trig.start - 40), trig.start):
            return []   # "a lifeline from investor SoftBank worth up to $8 billion": the worth of the thing it gives
        if metric == "valuation" and trig is not None and \
                (goods := _GOODS_BEFORE.search(S, max(0, trig.start - 30), trig.start)) is not None and \
                not _MAKER_OF.search(S, max(0, goods.start() - 30), goods.start()):
            # (not the maker's own: « Le fabricant de puces pèse désormais 4,17 billions de dollars »)
            return []   # "sold H20 chips worth $4.6 billion", « des puces d'une valeur de »: goods' worth, no company's
        if metric == "valuation" and trig is not None and family == "money" and \
                _CONTRACT_BEFORE.search(S, max(0, trig.start - 30), trig.start):
            # "agreed to buy any capacity CoreWeave cannot sell through 2032, a backstop valued at $6.3 billion", "a
            # contract valued at $14 billion", « un contrat d'une valeur de »: what the deal commits to buy
            metric, trig = "compute_commitment", Trigger(trig.start, trig.end, "compute_commitment", trig.text)
        if metric == "valuation" and trig is not None and \
                (work := _WORK_BEFORE.search(S, max(0, trig.start - 30), trig.start)) is not None and \
                not any(lex.entities.get(m.entity, {}).get("kind") == "venture" and m.end <= work.start() and
                        work.start() - m.end <= 6 for m in mentions):
            return []   # "a project worth an estimated $350 billion", « un programme d'une valeur de »: what a piece of
            # work costs, no company's value (but "the Stargate project, worth $500 billion" is the venture's size)
        if metric in ("investment", "valuation") and (_VALUED_HOLDING.search(before[-90:])
                                                      or _HOLDING_WHICH_VALUED.search(before[-120:])
                                                      or _HOLDING_IS_WORTH.search(before[-120:])
                                                      or _HELD_VALUED.search(before[-120:])):
            # "values its holding at", « valorise sa participation à », "its stake in OpenAI, which it values at",
            # "Microsoft's stake in OpenAI is worth": the value of a stake
            metric = "stake"
        elif metric == "investment" and trig is not None and trig.end <= f.start and _NOW_WORTH.search(S, trig.end, f.start):
            metric = "stake"   # "Microsoft's investment in OpenAI is now valued at $135 billion": what it is worth
        elif metric == "stake" and _HOLDER_TO_THE_TUNE.search(S, max(0, f.start - 80), f.start):
            metric = "investment"   # « Actionnaire … à hauteur de 2,2 Md$ », "a shareholder to the tune of $2.2 billion":
            # the money it put in
    # --- subject and counterparty
    if family == "money" and i > 0 and figures[i - 1].unit == "percent" and (prev is None or prev[0] != "stake") and \
            _valued_stake_after(S, figures[i - 1], f):
        return []   # « une participation d'environ 27 % dans la nouvelle structure, valorisée à environ 135 milliards »: the
        # value of a stake that gave no claim (in nothing we could name), not the holder's valuation
    if family == "money" and prev is not None and prev[0] == "stake" and i > 0 and \
            (_APPOSITION.match(S[figures[i - 1].end:f.start]) or _valued_stake_after(S, figures[i - 1], f)):
        metric = "stake"
        # "26% owned by X, a holding worth $130 billion", "a 27% stake in OpenAI, valued at roughly $135 billion": the
        # apposition restates the same stake
        g = _plausible_or_none(f, metric, family, lex)
        return [] if g is None else [_finish(orig, S, s0, g, unit, metric, lex.metrics[metric], prev[1], prev[3], trig,
                                             mentions, attrs, cues, lang, doc_lang, published, lex, ctx)]
    if prev is not None and prev[0] == "revenue" and family == "money" and metric != "revenue" and trig is not None \
            and trig.start >= f.end and _PART_OF_BEFORE.search(S, max(0, f.start - 25), f.start):
        return []   # "revenue of $57 billion, including $51.2 billion from data centers", « dont 51,2 milliards dans les
        # centres de données »: a part of the revenue, a segment's (not a deal of its own)
    holder = (_stake_before_relative(S, f, mentions) or _stake_given(S, f, mentions, anaphors, lex, ctx) or
              _held_in_which(S, f, mentions, anaphors, lex, ctx) or _this_stake(S, f, mentions, ctx, s0, lex)) \
        if metric == "stake" and force_subject is None else None
    if force_subject is None and family == "money" and (of := _OF_THAT_AFTER.match(S, f.end)) is not None and \
            (by := _FROM_BACKER.match(S, of.end())) is not None and \
            (raiser := next((c.subject for c in reversed(ctx.in_sentence) if c.metric in ("funding", "valuation")),
                            ctx.last_subject if ctx.last_metric in ("funding", "valuation") else None)) and \
            (backer := next((m.entity for m in mentions if m.start == by.end() and m.entity not in (None, raiser)
                             and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)) is not None:
        # "OpenAI raised $110 billion … $30 billion of that came from SoftBank": a backer's part of the round just
        # named, its investment in the company raising
        metric, holder = "investment", (backer, raiser)
    # "up to $100 billion in OpenAI, of which $10 billion…", « dont 10 milliards »: a part of the figure before it,
    # its subject's and counterparty's (« dont » is no relative pronoun of the company before it)
    part = prev if prev is not None and (trig is None or trig.start > f.end) and prev[0] == metric and \
        prev[2] == family and _PART_OF_BEFORE.search(S, max(0, f.start - 25), f.start) else None
    tail = S[f.end:f.end + 60]
    passed = _PASSED_ON.search(tail.split(";")[0]) if part is None and _PASSED_GATE.search(tail) else None
    if (part is not None or passed is not None and not re.search(r"\d", S[f.end:f.end + passed.start()])) and \
            _TO_OTHERS.search(S[f.end:f.end + 100].split(";")[0]):
        return []   # "up to $40 billion in OpenAI, of which $10 billion would be syndicated to other investors", « dont 10
        # milliards seront syndiqués »: the part that goes to others, not the subject's
    # (a verb after the part keeps it the whole's: « dont 11,6 milliards déjà versés »)
    named_before = _name_right_before(S, f, mentions) if force_subject is None else None
    if named_before is None and force_subject is None and i > 0 and \
            (gd := _GAPPED_DESCRIPTION.search(S, max(0, f.start - 60), f.start)) is not None and \
            not any(gd.start("np") <= m.start < gd.end("np") for m in list(mentions) + list(anaphors)) and \
            metric != "customer_concentration" and \
            not any(gd.start("np") <= t.start and t.end <= gd.end("np") and t.metric != "ignore" for t in triggers):
        # (not the customers' shares, "…, the first at 21% and the second at 15%", nor a clause a metric's own word
        # heads: "put the round at $15 billion and the valuation at $450 billion")
        return []   # "the deal valued xAI at $80 billion and the social network at $33 billion": the other thing's
    if force_subject is None and family == "money" and _VALUING_GATE.search(S, max(0, f.start - 70), f.start) and \
            (vd := _VALUED_DESCRIPTION.search(S, max(0, f.start - 70), f.start)) is not None and \
            not any(vd.start("np") <= m.start < vd.end("np") for m in list(mentions) + list(anaphors)) and \
            not any(vd.start("np") <= t.start and t.end <= vd.end("np") and t.metric != "ignore" for t in triggers):
        # (not a metric's own noun: "puts the stake at about $130 billion", "put the round at $15 billion")
        return []   # "an all-stock deal that put the social network at $33 billion", « valorisait le réseau social à 33
        # milliards »: the value of something we do not track
    if named_before == "":
        ctx.listed_away = (metric, None, family, None)
        return []   # "…, SpaceX at $400 billion and ByteDance at $330 billion", « SpaceX (400 milliards) »: theirs
    gapped = named_before or (_gapped_subject(S, f, i, figures, mentions, prev, family) if force_subject is None else None)
    subject = force_subject or (holder[0] if holder else None) or (part[1] if part else None) or gapped or \
        (_valued_apposition(S, f, mentions) if metric == "valuation" else None) or \
        _owner_of_base(S, f, mentions) or _demonstrative_owner(S, f, figures, i, mentions) or \
        _said_of_itself(S, f, mentions, lex) or _fronted_for(S, f, mentions, lex) or \
        _lifted_venture(S, f, anaphors, ctx, lex) or \
        (_on_behalf(S, f, mentions) if metric == "funding" else None) or \
        _base_of_prev(S, f, prev, family, mentions) or \
        _relative_agent(S, f, mentions, lex) or _relative_noun_agent(S, f, mentions, anaphors, ctx, lex) or \
        _fiscal_year_owner(S, f, mentions) or \
        attach.subject(S, f, trig, mentions, anaphors, lang, metric, ctx, prev, lex, triggers)
    if force_subject is None and metric in ("compute_commitment", "compute_capacity") and \
            _THE_TWO.match(S, attach.clause_start(S, f.start)) is not None and \
            not any(m.entity for m in mentions if attach.clause_start(S, f.start) <= m.start < f.start):
        # « Les deux groupes ont déjà signé en novembre un contrat de 38 Md$ » after a sentence on Amazon and OpenAI:
        # the two named last, the one that buys compute the buyer, the other its vendor
        pair = []
        for e in reversed(ctx.recent):
            if e not in pair and e != attach.UNTRACKED and lex.entities.get(e, {}).get("kind") != "unnamed":
                pair.append(e)
            if len(pair) == 2:
                break
        buyers = [e for e in pair if lex.entities.get(e, {}).get("buys_compute")]
        if len(pair) == 2 and len(buyers) == 1:
            subject, two_cp = buyers[0], next(e for e in pair if e != buyers[0])
    if force_subject is None and metric == "valuation" and \
            (rv := _ROUND_VALUES.search(S, attach.clause_start(S, f.start), f.start)) is not None and \
            not any(rv.start() <= m.start < f.start and m.entity for m in mentions) and \
            (raiser := next((c.subject for c in reversed(ctx.history[-6:]) if c.metric == "funding"), None)) is not None:
        subject = raiser   # « l'opération valoriserait l'entreprise autour de 230 milliards », "the round values the
        # company at…": the company that raised (not the backer named last)
    if subject is None:
        return []
    if force_subject is None and metric != "customer_concentration" and ctx.in_sentence and \
            (seller := next((c.subject for c in reversed(ctx.in_sentence) if c.metric == "customer_concentration"
                             and c.counterparty == subject), None)) is not None and \
            not any(m.entity == subject and m.start >= attach.clause_start(S, f.start) for m in mentions):
        subject = seller   # "Microsoft accounted for 67% of its revenue last year, …, and capital spending this year
        # should land between $26 billion and $30 billion": the customer is the sentence's subject, the clause with no
        # owner of its own is on the seller whose revenue it was
    if force_subject is None and not any(m.entity == subject for m in mentions) and ":" in S[:f.start] and \
            (head := _block_heading(ctx.text, s0, S)) is not None and (hn := _HEADING_NAME.match(head)) is not None and \
            not find_mentions(head, lex) and not attach._STOP.fullmatch(hn.group("name").split()[0].title()):
        return []   # "MISTRAL AI (non coté) / Dernière levée : 1,7 milliard d'euros": a block on a company we do not track
    if metric == "stake" and force_subject is None and trig is not None and _STAKE_NOUN.fullmatch(trig.text) and \
            (of := _HOLDER_OF.match(S, trig.end)) is not None:
        # « la participation de Microsoft vaudrait plus de 200 milliards »: the company after the stake noun holds it
        owner = next((m.entity for m in mentions if m.start == of.end() and m.entity
                      and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)
        if owner is not None:
            subject = owner
    if force_subject is None and family == "money" and _group_does_it(S, f, subject, mentions):
        return []   # "Huang said hyperscalers would spend some $600 billion", « les géants du cloud dépenseront… »: a group
        # of companies, none of them ours, does what the figure measures (not the speaker's company)
    if metric in ("compute_commitment", "capex") and force_subject is None and \
            (ms := _MARKET_SPENDING_BEFORE.search(S, max(attach.clause_start(S, f.start), f.start - 90), f.start)) and \
            _MARKET_SPENDING_HEAD.match(S, ms.start()) and \
            not any(ms.start() - 30 <= m.start < f.start for m in list(mentions) + list(anaphors)):
        return []   # "selon le cabinet IDC, les dépenses mondiales consacrées à l'IA devraient dépasser 1 300 milliards",
        # "global AI spending will top $1.3 trillion": a market's spending, the clause's head, no company's
    if metric in ("compute_commitment", "capex") and force_subject is None and \
            "chipmaker" in lex.entities.get(subject, {}).get("types", ()) and \
            _MARKET_FORECAST.search(S, max(0, f.start - 60), f.start) and \
            (_MARKET_SPENDING.match(S, f.end) or _MARKET_SPENDING_BEFORE.search(S, max(0, f.start - 90), f.start)):
        return []   # "Nvidia expects $3 trillion to $4 trillion in AI infrastructure spending by the end of the decade":
        # a chipmaker's forecast of what its customers will spend, its market, not money it commits
    if metric in ("loss", "revenue", "cash_burn") and prev is not None and prev[0] == "stake" and prev[3] and \
            subject == prev[1] and force_subject is None and \
            not any(m.entity == subject and not attach.is_object(S, m, lang) for m in mentions):
        # « les 32,5 % du capital alors détenus par Microsoft impliquent une perte d'environ 12 milliards »: the result a
        # holder's stake implies is the company held's (the holder is only its agent)
        subject = prev[3]
    if metric == "funding" and _RAISING_AT.search(S, max(0, f.start - 40), f.start) is not None:
        metric = "valuation"   # "xAI is not raising at $300 billion": the price it raises at, a valuation (not "raising
        # about $25 billion")
    if metric == "valuation" and force_subject is None and i > 0 and ctx.in_sentence and \
            ctx.in_sentence[-1].metric == "funding" and ctx.in_sentence[-1].subject != subject and \
            _ROUND_AT.fullmatch(S, figures[i - 1].end, f.start):
        # "SoftBank led a $40 billion funding round at a $300 billion post-money valuation", « un tour de table de
        # 40 milliards, sur la base d'une valorisation de 300 milliards »: the round's valuation, of the one raising
        subject = ctx.in_sentence[-1].subject
    if metric == "stake" and family == "percent" and force_subject is None and ctx.in_sentence and \
            ctx.in_sentence[-1].metric == "market_share" and _CONTRAST_BEFORE.search(S, max(0, f.start - 60), f.start) \
            and not _HELD_AFTER.match(S, f.end):
        # "Nvidia controls roughly 80% of the market, while AMD holds less than 10%", « tandis qu'AMD en détient moins
        # de 10 % »: the contrast clause's share is of the same market, not a stake
        metric = "market_share"
    if metric == "market_share" and not own_estimate and not any(m.entity == subject for m in mentions) and \
            not (ctx.in_sentence and ctx.in_sentence[-1].metric == metric and ctx.in_sentence[-1].subject == subject) and \
            not (trig is not None and any(a.kind == "possessive" and 0 <= trig.start - a.end <= 2 for a in anaphors)) and \
            not any(a.kind == "possessive" and a.end <= f.start and _POSSESSIVE_SHARE.match(S, a.end) for a in anaphors):
        return []   # (« Sa part de marché ne dépasse pas 10 % », "Its market share", "Its share of the global foundry
        # market", « sa part du marché des puces »: the company referred to)
    if metric == "stake" and family == "percent" and _SHARE_OF_OWNERS_THING.match(S, f.end):
        return []   # "Microsoft is entitled to a 20% share of OpenAI's revenue": a share of what the company earns, no
        # part of the company
    if metric == "market_share" and force_subject is None and \
            (ns := _NOUN_SUBJECT.search(S, max(0, f.start - 80), f.start)) is not None and \
            not any(ns.start() <= m.start < f.start for m in list(mentions) + list(anaphors)):
        return []   # "he argued that custom silicon could make up a quarter of the market by 2028", « les puces maison
        # pourraient capter 25 % du marché »: a kind of product's share, no company's
    if metric == "stake" and _SOLD_STAKE.search(S, max(attach.clause_start(S, f.start), f.start - 120), f.start):
        return []   # "sold its entire 32.1 million-share stake in Nvidia, worth about $5.8 billion", « a cédé sa
        # participation »: a stake no longer held
    if metric == "stake" and force_subject is None:
        lo = attach.clause_start(S, f.start)
        own = [m for m in mentions if lo <= m.start < f.start and m.entity == subject]
        if own and all(m.kind.startswith("person:") and not _SAYS_AFTER_NAME.match(S, m.end) for m in own) and \
                not any(m.entity not in (None, subject) and not m.kind.startswith("person:") and
                        lex.entities.get(m.entity, {}).get("kind") != "unnamed" for m in mentions):
            return []   # "Co-founder Larry Ellison owns roughly 41% of the company": a person's holding, no company's
            # (but a holding in another company is their company's: « Masayoshi Son a versé plus de 60 milliards à
            # OpenAI et en détient aujourd'hui environ 13 % »)
            # (but an officer saying it speaks of the company's: "CFO Yoshimitsu Goto said the company's OpenAI holding…")
        if _HOLDERS.match(S, lo) and not any(lo <= m.start < f.start for m in mentions):
            return []   # "Employees hold about 26% of the company", « les salariés détiennent 26 % »: untracked holders
    if metric in ("cash_burn", "capex", "compute_commitment") and force_subject is None and \
            _COUNTED_BUYERS.match(S, attach.clause_start(S, f.start)) and \
            not any(attach.clause_start(S, f.start) <= m.start < f.start for m in mentions):
        return []   # "More than 500 businesses now spend over $1 million a year on its models", « Plus de 500 entreprises
        # clientes dépensent chacune plus d'un million de dollars par an »: customers' spending, none of ours
    if metric == "investment" and force_subject is None:
        lo = attach.clause_start(S, f.start)
        if _HOLDERS.match(S, lo) and not any(lo <= m.start < f.start for m in mentions):
            # "Investors poured $6.6 billion into OpenAI": the company's funding, from holders we do not track; "into
            # AI startups": no company's
            into = _INTO.match(S, f.end)
            investee = next((m for m in mentions if into is not None and m.start == into.end() and m.entity), None)
            if investee is None:
                return []
            subject, metric, trig = investee.entity, "funding", None
    if metric == "funding" and force_subject is None and _backer(subject, lex) and \
            (_LEADS_ROUND.search(S, max(0, f.start - 80), f.start) and _OWN_PART_BEFORE.search(S, max(0, f.start - 30),
                                                                                               f.start)
             or _PORTION_OF_ROUND.match(S, f.end)):
        # "Nvidia took part in the round with $2 billion", « Nvidia participerait au tour de table à hauteur de 2
        # milliards », "SoftBank has completed its $22.5 billion portion of the funding": the backer's own part, its
        # investment in the company raising
        metric = "investment"
    led = metric == "funding" and (_LEADS_ROUND.search(S, max(0, f.start - 60), f.start) is not None or
                                   attach.backed_by(S, f.end, subject, mentions) or
                                   # "SoftBank contributed $22.5 billion of the $40 billion round": the backer's part
                                   # said first, the round is the company's that raises it
                                   any(c.subject == subject and c.metric == "investment" for c in ctx.in_sentence))
    if metric == "funding" and gapped and prev is not None and prev[0] == "investment" and _backer(subject, lex):
        # "Amazon is putting in $15 billion and Nvidia $20 billion in this round": the gapped clause's backer puts money
        # in as the first one does, not raising it
        metric = "investment"
    fronted = metric == "funding" and _fronted_round(S, f, subject, mentions)
    if metric == "funding" and force_subject is None and _backer(subject, lex) and (
            not any(m.entity == subject for m in mentions) or led or fronted):
        # a round is raised by the start-up that sells its shares; a fund or a tech giant leads or joins it
        # ("SoftBank led a $40 billion round in OpenAI"), named or in focus from an earlier sentence (« une levée
        # de 2 Md$ menée par des fonds, qui porterait la valorisation d'Anthropic à 60 Md$ » after a sentence on
        # Google's stake)
        raiser = [m.entity for m in mentions if "startup" in lex.entities.get(m.entity, {}).get("types", [])]
        if not raiser and (led or fronted or not any(m.entity == subject for m in mentions)):
            # « Le tour de table, d'un montant total de 20 milliards… » after a sentence on xAI's round, "SoftBank led
            # the $40 billion round" after one on OpenAI: the start-up last named raises it, not the backer
            raiser = [e for e in reversed(ctx.recent) if _startup(e, lex)][:1]
        if raiser:
            subject = raiser[0]
        elif led:
            return []   # "SoftBank led the $40 billion round" of a company the article does not name: not SoftBank's
    if metric == "valuation" and force_subject is None and attach.backer(subject, lex) and \
            any(t.metric in ("investment", "funding") for t in triggers):
        # a backer's investment "at a $300 billion valuation", « sur la base d'une valorisation de… »: the price of
        # the shares it buys, the value of the company it invests in
        investee = next((m.entity for m in mentions if m.entity != subject and _startup(m.entity, lex)
                         and m.end <= f.start and _INVESTED_IN.search(S, max(0, m.start - 20), m.start)
                         and attach.clause_start(S, m.start) == attach.clause_start(S, f.start)), None)
        if investee is not None:
            subject = investee
        elif not any(m.entity == subject for m in mentions) and (
                _OWN_ROUND_AFTER.match(S, f.end) or
                _LAST_ROUND_BEFORE.search(S, max(attach.clause_start(S, f.start), f.start - 60), f.start)) and \
                (startup := next((e for e in reversed(ctx.recent) if _startup(e, lex)), None)) is not None:
            # "The company was valued at $350 billion in its most recent funding round" after a sentence on Microsoft's
            # investment in Anthropic: a company valued in its own round raises money, a start-up, not the backer
            subject = startup
    if metric == "valuation" and force_subject is None and not _startup(subject, lex) and \
            not any(m.entity == subject for m in mentions) and _LISTING_WORD.search(S) and \
            (startup := next((e for e in (ctx.main, *reversed(ctx.recent)) if e and _startup(e, lex)), None)) is not None:
        # "Bankers … have floated a listing as early as late 2026 at a valuation of up to $1 trillion" after a sentence
        # on Microsoft: a company that lists is not yet listed, the start-up the article is on
        subject = startup
    if metric == "funding" and _DEBT_AFTER.match(S, f.end) and not _DEBT_AND_EQUITY.match(S, f.end):
        return []   # "Oracle raised $18 billion in a bond sale", « sur le marché obligataire »: debt, which no metric tracks
    if (metric == "funding" and _PART_OF_BEFORE.search(S, max(0, f.start - 25), f.start)
        or metric == "investment" and prev is not None and prev[0] == "investment" and
            _AND_BEFORE.search(S, max(0, f.start - 12), f.start)) and (by := _FROM_BACKER.match(S, f.end)) is not None:
        backer = next((m.entity for m in mentions if m.start == by.end() and m.entity not in (None, subject)
                       and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)
        if backer is not None:
            # "raised $6.6 billion, including $1 billion from Microsoft (and $1 billion from Google)", « dont 1 milliard
            # apporté par Microsoft »: a backer's part of the round is its investment in the company raising
            metric, subject = "investment", backer   # (the company raising is then its counterparty, below)
    if metric in ("funding", "investment") and prev is not None and prev[0] == "funding" and \
            _OF_THAT_AFTER.match(S, f.end) and (wb := _WITH_BACKER.search(S, max(0, f.start - 60), f.start)) and \
            (backer := next((m.entity for m in mentions if m.start == wb.start("name") and m.entity not in (None, subject)
                             and _backer(m.entity, lex)), None)) is not None:
        # "This year's round was $40 billion, with SoftBank on the hook for up to $30 billion of it": the backer's part
        # of the round, its investment in the company raising
        metric, subject = "investment", backer
    if metric in ("funding", "investment") and prev is not None and prev[0] == "funding" and \
            (by := _PART_BY_NAME.search(S, max(0, f.start - 70), f.start)) is not None and \
            (backer := next((m.entity for m in mentions if by.start("name") <= m.start < by.end("name") and
                             m.entity not in (None, subject)), None)) is not None:
        # "raised $40 billion, of which SoftBank provided $30 billion", « dont SoftBank a apporté 30 milliards »: the
        # backer's part of the round, its investment in the company raising
        metric, subject = "investment", backer
    if metric in ("stake", "investment") and _FROM_UNTRACKED_BACKERS.match(S, f.end):
        return []   # « une participation de 11 milliards de dollars de co-investisseurs »: money from holders we do not track
    if metric in ("investment", "compute_commitment") and force_subject is None and \
            not any(m.entity == subject and attach.clause_start(S, m.start) == attach.clause_start(S, f.start)
                    for m in mentions) and (fav := _IN_FAVOUR_OF.match(S, f.end)) is not None:
        # « l'engagement global de 41 milliards de dollars en faveur d'OpenAI »: no investor in the clause, the money
        # raised for the start-up named after it is its funding
        raiser = next((m.entity for m in mentions if m.start == fav.end() and _startup(m.entity, lex)), None)
        if raiser is not None:
            metric, subject = "funding", raiser
    sized = False
    if metric in ("investment", "capex", "valuation") and lex.entities.get(subject, {}).get("kind") == "venture":
        # "The Stargate venture … plans to invest up to $500 billion": what a data-centre venture invests is the
        # compute it commits to build, not money put into a company (and what it is "worth" its size, no valuation)
        sized, metric = metric == "valuation", "compute_commitment"
    listed = None
    if metric == "compute_commitment" and trig is not None and _ORDER_WORD.match(trig.text) and \
            _IPO_WORD.search(S, attach.clause_start(S, f.start)) and attach.backer(subject, lex):
        # "Nvidia is backing the offering with a $250 million order": an order for shares in a listing is money put
        # into the company listed
        metric, listed = "investment", next((e for e in [ctx.focus, ctx.main] if e and e != subject and
                                              _startup(e, lex)), None)
    if metric == "funding" and trig is not None and _IPO_WORD.fullmatch(trig.text) and f.value > IPO_PROCEEDS_MAX and \
            plausible("valuation", family, f.value, lex, f.unit):
        # no listing has raised anything near this ("a $1 trillion IPO", « une introduction en Bourse à 1 000
        # milliards »): the figure is the value the listing would give the company
        metric = "valuation"
    if metric == "capex" and trig is not None and _SPENDING.fullmatch(trig.text) and _lab(subject, lex):
        # an AI lab rents its compute and has no capital expenditure to speak of: what it spends is cash it burns
        # ("OpenAI expects to spend $8 billion this year", « elle dépenserait 8 milliards »), unless it is committed
        # to ("has committed to spend", "agreed to spend", « s'est engagé à dépenser ») or the money goes to a company
        # named after the figure ("spend $250 billion on Microsoft Azure", "with Oracle"): a compute deal
        lo = attach.clause_start(S, f.start)
        if _COMMITTED.search(S, lo, f.start) or _COMPUTE_OBJECT.match(S, f.end) or any(
                m.start >= f.end and m.entity != subject and attach.clause_start(S, m.start) == lo for m in mentions):
            metric = "compute_commitment"   # (also spending "on servers", « en centres de données »: compute)
        elif plausible("cash_burn", family, f.value, lex, f.unit):
            metric = "cash_burn"
    if metric == "capex" and trig is not None and _SPENDING.fullmatch(trig.text) and (
            _total_over_years(S, f, trig, cues)
            or not plausible("capex", family, f.value, lex, f.unit)
            and plausible("compute_commitment", family, f.value, lex, f.unit)):
        # spending is one year's capital expenditure, but a total over years ("will spend $1.4 trillion over the next
        # eight years", "$500 billion in total", "through 2028", "by 2028": _total_over_years) or an amount no year's
        # capex reaches is a total commitment
        metric = "compute_commitment"
    mdef = lex.metrics[metric]
    lo_pos = min(f.start, trig.start) if trig is not None else f.start
    hi_pos = max(f.end, trig.end) if trig is not None else f.end
    cp = None
    if metric in ("investment", "stake", "compute_commitment", "compute_capacity"):
        cands = sorted(list(mentions) + [a for a in anaphors if a.kind == "anaphor" and a.text.lower() not in
                                         ("il", "elle", "they", "ils", "elles")], key=lambda m: m.start)
        if metric == "compute_commitment" and trig is not None and _COMMIT_WORD.match(trig.text) and (
                lex.entities.get(subject, {}).get("kind") == "investor" or
                _backer(subject, lex) and (any(_startup(m.entity, lex) for m in mentions) or any(
                    # "Microsoft has committed $13 billion to its partner" after a passage on OpenAI
                    a.kind == "anaphor" and anaphor_type(a.text) == "partner" and
                    _startup(attach.resolve_anaphor(a, ctx, lex, exclude=subject), lex) for a in anaphors)) or
                # (a backer's commitment in a passage on a start-up's round: « Le tour est mené par GIC. Amazon, déjà
                # engagé à hauteur de 8 milliards de dollars, y ajoute 5 milliards »)
                _backer(subject, lex) and not lex.entities.get(subject, {}).get("buys_compute") and
                (any(c.metric == "funding" and _startup(c.subject, lex) for c in ctx.history[-4:]) or
                 _LEADS_ROUND.search(S, 0, f.start) is not None) and
                not any(lex.entities.get(m.entity, {}).get("buys_compute") for m in mentions) or
                _GENERIC_COMMIT.match(trig.text) and
                attach.counterparty_of(S, f.start, hi_pos, cands, ("dans", "into", "in", "au capital de"), subject, lang)):
            # money put into a company: an investor's commitment ("SoftBank has committed $30 billion to OpenAI",
            # « l'engagement total de SoftBank »), or a commitment "in" one (« son engagement dans la start-up »)
            metric, mdef = "investment", lex.metrics["investment"]
        cpm = attach.counterparty_of(S, lo_pos, hi_pos, cands, mdef.prepositions, subject, lang)
        if metric == "compute_commitment" and trig is not None and _COMMIT_WORD.match(trig.text) and cpm is not None \
                and cpm.entity is None and anaphor_type(cpm.text) == "venture":
            # "SoftBank and OpenAI would each commit $19 billion to the venture": equity put into it, an investment
            metric, mdef = "investment", lex.metrics["investment"]
        if cpm is not None and cpm.entity is None and (ra := _NOUN_REL_AGENT.match(S, f.end)) is not None and \
                cpm.start == ra.start("who"):
            cpm = None   # (the relative clause's agent is who commits, no party: « … d'engagements que la jeune pousse a
            # pris auprès de Microsoft, d'Oracle… »)
        if cpm is None and listed is not None:
            cp = listed
        if cpm is not None:
            cp = cpm.entity or attach.earlier_in_sentence(S, cpm, mentions, subject, lex) \
                or attach.resolve_anaphor(cpm, ctx, lex, exclude=subject)
            if cpm.entity is None and cp is not None and _OWNER_S.match(S, cpm.end) and \
                    not attach.named_before(cp, cpm, mentions, ctx):
                cp = None   # ("a quarter of the start-up's shares" opening a text: no one named yet it refers to)
            if metric in ("stake", "investment") and cpm.entity is None and cp is not None and not _startup(cp, lex) \
                    and anaphor_type(cpm.text) != "venture" and (
                        alt := ctx.main if ctx.main not in (None, subject) and _startup(ctx.main, lex) else
                        next((e for e in reversed(ctx.recent) if e != subject and _startup(e, lex)), None)
                        if _backer(subject, lex) and _backer(cp, lex) else None):
                # "…, while Google owns about 14% of the company" in an article on Anthropic, « Amazon, son principal
                # actionnaire, a investi 8 milliards dans la société » after a sentence on Google: the start-up, not the
                # tech giant named before (stakes in these and money put into them are not what the news reports);
                # a backer's stake in « la société » after a sentence on another backer, in an article on the backer:
                # the start-up last named (« …, à laquelle Amazon a contribué… Détenteur d'environ 27 % du capital de la
                # société commerciale, Microsoft… »)
                cp = alt
            if lex.entities.get(subject, {}).get("kind") == "venture" and cpm.start < f.start:
                cp = None   # "Stargate, backed by SoftBank, OpenAI and Oracle, plans to invest…": its owners, no vendor
            if metric == "compute_commitment" and cpm.start > f.end and _deal_with_untracked(S, f, mentions, cpm.start):
                cp = None   # "a $9.7 billion deal with IREN for access to Nvidia chips": the deal's party, untracked
            if metric == "investment" and cpm.entity and (_PRODUCT_AFTER.match(S, cpm.end)
                                                          or _PRODUCT_BEFORE.search(S, max(0, cpm.start - 30), cpm.start)
                                                          or _FOR_COMPUTE.match(S, cpm.end)):
                # "invest $40 billion in Nvidia chips", « dans des puces Nvidia », « verser 250 milliards à Microsoft
                # pour des services Azure »: a purchase from the company
                metric, mdef = "compute_commitment", lex.metrics["compute_commitment"]
        if metric == "compute_commitment" and cp is None and trig is not None and _ORDER_WORD.match(trig.text) and \
                "chipmaker" in lex.entities.get(subject, {}).get("types", []) and \
                not _PLACED.search(S, attach.clause_start(S, f.start), f.start):
            return []   # "Nvidia has $500 billion in orders", « 500 milliards de commandes »: the seller's order book
        if metric == "compute_capacity" and unit == "count" and \
                any(m.entity == subject for m in mentions if _MAKER_OF_CHIPS.fullmatch(S, f.end, m.start)) and \
                "chipmaker" in lex.entities.get(subject, {}).get("types", []) and \
                not any(m.entity == subject and m.end <= f.start for m in mentions):
            return []   # "The Abilene campus will house 400,000 Nvidia GB200 chips": the chips' maker, not who has them
        if metric == "compute_capacity" and cp is None:
            cm = COUNT_NOUN.match(S[f.end:])
            cp = attach.vendor_near(S, f.start, f.end + (cm.end() if cm else 0), mentions, subject)
        rel = attach.relative_antecedent(S, f.start, list(mentions) + [a for a in anaphors if a.kind == "anaphor"
                                                                         and anaphor_type(a.text)])
        if rel is not None and rel.entity is None:   # ("The GPU cloud provider, which says it had 590,000 GPUs")
            rel = Mention(rel.start, rel.end, attach.resolve_anaphor(rel, ctx, lex), rel.kind, rel.text)
        if metric in ("compute_commitment", "compute_capacity") and (_UNNAMED_BUYER.search(S, 0, f.start)
                                                                    or _UNNAMED_BUYER_AFTER.match(S, f.end)) and \
                not any(lex.entities.get(m.entity, {}).get("buys_compute") for m in mentions if m.start < f.start):
            return []   # « un quatrième client a commandé pour 10 milliards », "an unnamed customer": no tracked buyer
        deal_with_lab = metric == "compute_commitment" and any(
            m.start >= f.end and lex.entities.get(m.entity, {}).get("buys_compute") and
            _WITH_BEFORE.search(S, max(0, m.start - 8), m.start) for m in mentions) or any(
            # "Oracle, which has agreed to supply OpenAI with 4.5 gigawatts": the lab supplied buys
            # (or after it: "Oracle, which signed a contract reported at $300 billion to supply OpenAI with computing
            # power")
            (m.end <= f.start or m.start - f.end <= 40 and not re.search(r"[,;:()]", S[f.end:m.start])) and
            lex.entities.get(m.entity, {}).get("buys_compute") and
            _SUPPLY_LAB_BEFORE.search(S, max(0, m.start - 25), m.start) for m in mentions)
        if metric in ("compute_commitment", "compute_capacity") and \
                not (rel is not None and rel.entity == subject and not deal_with_lab) \
                and not (trig is not None and trig.start >= f.end and (cm := _CHIPS_AFTER.match(S, f.end)) is not None
                         and not _CAPACITY_NOUN.fullmatch(cm.group("noun"))):
            # (a relative clause names its own subject: "CoreWeave, which ran 250,000 GPUs", unless its deal is "with"
            # a lab, the buyer: "Oracle, which signed a $300 billion cloud deal with OpenAI"; and who buys chips is the
            # verb's subject: "Oracle will buy $40 billion of Nvidia chips to power OpenAI's Stargate data center")
            subject, cp = attach.buyer_first(S, subject, cp, mentions, lex, ctx, f.start)
            if named_before and named_before == subject and \
                    not lex.entities.get(subject, {}).get("buys_compute") and \
                    (colon := S.rfind(":", max(0, f.start - 200), f.start)) >= 0 and \
                    (buyer := next((m.entity for m in reversed(mentions) if m.end <= colon and m.entity != subject and
                                    lex.entities.get(m.entity, {}).get("buys_compute")), None)) is not None:
                # "OpenAI has signed roughly $1.4 trillion of compute contracts: with Oracle ($300 billion), Microsoft
                # ($250 billion)…": a list of the buyer's vendors after the colon, each with its part
                subject, cp = buyer, named_before
            if cp is None and (pair := _JOINT_PAIR.match(S, attach.clause_start(S, f.start))) is not None:
                # « OpenAI et Broadcom ont annoncé le déploiement de 10 gigawatts »: the buyer's partner in the deal
                names = [m for m in mentions if m.start in (pair.start(1), pair.start(2)) and m.entity != subject]
                if len(names) == 1 and any(m.entity == subject for m in mentions if m.start in (pair.start(1),
                                                                                             pair.start(2))):
                    cp = names[0].entity
            if cp is None and metric == "compute_commitment" and lex.entities.get(subject, {}).get("kind") != "venture" \
                    and not _deal_with_untracked(S, f, mentions) and not attach.parts_follow(S, f.end):
                # (nor a whole split into parts: « 450 milliards d'ici 2030, dont 350 milliards auprès de Microsoft »)
                # ("a $9.7 billion deal with IREN for access to Nvidia chips": the deal's party, untracked, is the vendor)
                # (a venture's partners are its owners, not its vendors)
                vendors = {m.entity for m in mentions if m.entity != subject and not lex.entities.get(m.entity, {}).get("buys_compute")
                           and lex.entities.get(m.entity, {}).get("kind") == "company"}
                if len(vendors) == 1:
                    cp = vendors.pop()
        if metric == "investment" and cp is None and (iw := _IN_WHICH.search(S, 0, f.start)) is not None:
            # "Anthropic, in which Amazon has invested $8 billion", « Anthropic, dans lequel Amazon a investi »: the
            # relative's antecedent takes the money
            ante = next((m for m in mentions if m.entity not in (None, subject) and not S[m.end:iw.start()].strip()), None)
            cp = ante.entity if ante is not None else None
        if metric == "investment" and cp is None and (into := _INTO_ANAPHOR.match(S, f.end)) is not None and \
                any(a.start == into.end() and a.kind == "anaphor" for a in anaphors):
            # "The software giant had invested $13.8 billion in the company": the company last named but the investor
            cp = next((e for e in reversed(ctx.recent) if e != subject
                       and lex.entities.get(e, {}).get("kind") not in ("unnamed", "investor")), None)
        if metric == "investment" and cp is None:
            others = [m.entity for m in mentions if m.entity != subject and lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
            in_other = attach.relative_antecedent(S, f.start, mentions) is not None and ctx.main not in (None, subject)
            if trig is not None and re.match(r"invest", trig.text, re.IGNORECASE) and not others and not in_other and \
                    not re.search(r"\b(?:round|tour|levée|funding|raise|stake|participation|start-?up)\b", S, re.IGNORECASE) \
                    and not (_backer(subject, lex) and (ctx.last_metric in ("investment", "funding") or any(
                        c.metric == "funding" and _startup(c.subject, lex) for c in ctx.history[-4:]))):
                # (after a round's figures, a backer that "invested 100 million" put it into the round: « Nvidia a
                # pour sa part investi 100 millions », "The Japanese group will invest an initial $10 billion in April"
                # a sentence after the round)
                metric, mdef = "capex", lex.metrics["capex"]
                if _lab(subject, lex) and _COMPUTE_OBJECT.match(S, f.end) or _total_over_years(S, f, trig, cues):
                    # a lab "would invest $50 billion in American AI infrastructure": what it builds with others
                    # (it rents its compute) is a commitment, not capital expenditure of its own; and so is what
                    # anyone invests over years ("will invest $600 billion in the US by 2028")
                    metric, mdef = "compute_commitment", lex.metrics["compute_commitment"]
            elif others:
                # the investee, not a co-investor: « Nvidia s'engage à hauteur de 10 milliards et Microsoft
                # investira 5 milliards » in an article on Anthropic's round
                cp = next((o for o in others if not _backer(o, lex)), None)
                if cp is None:
                    cp = next((e for e in reversed(ctx.recent) if e != subject and _startup(e, lex)), others[0])
            elif ctx.main and ctx.main != subject:
                cp = ctx.main
            elif ctx.focus and ctx.focus != subject:
                cp = ctx.focus
            elif (recent := next((e for e in reversed(ctx.recent) if e != subject and _startup(e, lex)), None)):
                cp = recent   # the investor is the article's main subject: the start-up last named takes the money
            else:
                return []
        if metric == "stake" and cp is None and holder and holder[1]:
            cp = holder[1]   # (the company held by the stake a demonstrative points back to)
        if metric == "stake" and cp is None and trig is not None and \
                (modifier := next((m for m in mentions if m.entity not in (None, subject) and m.end <= trig.start
                                   and _SPACE_ONLY.fullmatch(S, m.end, trig.start)), None)) is not None:
            cp = modifier.entity   # "Microsoft's OpenAI stake", "its Nvidia holding": the company modifying the noun
        if metric == "stake" and cp is None and trig is not None and attach.HOLDER_NOUN.fullmatch(trig.text) and \
                (held := owner_before(S, trig.start, mentions)) is not None and held.entity != subject:
            cp = held.entity   # "Microsoft, OpenAI's largest shareholder with 27%": the company whose holder it is
        if metric == "stake" and cp is None and attach.agent_after(S, f.end, mentions, f.start) is not None:
            owned = attach.subject_of(S, f.start, mentions, lang, exclude={subject})
            cp = owned.entity if owned is not None else None   # the passive's subject is the company owned
        if metric == "stake" and cp is None and trig is not None and \
                _untracked_in(S, max(trig.end, f.end), mentions, lex):
            return []   # "Nvidia took a $5 billion stake in Intel", « une participation … dans Intel »: a company we do
            # not track (not the one in focus)
        if metric == "stake" and cp is None:
            capital = next((e for e in reversed(ctx.recent) if e != subject and _startup(e, lex)), None) \
                if _OF_THE_CAPITAL.match(S, f.end) else None
            # a stake names what it is in; else it is in the company its sentence says the holder put money into
            # ("Amazon has put $8 billion into Anthropic; it now values its stake at $60 billion"), else in the one
            # the article is about (« La fondation détiendra une participation d'environ 130 milliards de dollars »)
            cp = next((c.counterparty for c in ctx.siblings if force_subject is not None and
                       c.metric == "stake" and c.counterparty not in (None, subject)), None) \
                or next((m.entity for m in reversed(mentions) if m.end <= f.start and m.entity != subject
                         and _INVESTED_IN.search(S, max(0, m.start - 20), m.start)), None) \
                or next((c.counterparty for c in reversed(ctx.in_sentence) if c.metric == "stake"
                         and c.subject == subject and c.counterparty not in (None, subject)), None) \
                or (ctx.last_counterparty if (ctx.last_metric, ctx.last_subject) == ("stake", subject) else None) \
                or (ctx.last_counterparty if (ctx.last_metric, ctx.last_subject) == ("investment", subject) else None) \
                or (ctx.last_counterparty if ctx.last_metric == "stake" and ctx.last_counterparty not in (None, subject)
                    else None) \
                or (ctx.main if ctx.main != subject else None) \
                or (capital if not _startup(ctx.focus, lex) else None) \
                or (ctx.focus if ctx.focus != subject else None) or capital
            # (the holder's stake in its sentence before: « Détenteur d'environ 27 % du capital de la société
            # commerciale…, Microsoft n'en posséderait plus qu'environ 24 % »;
            # the holder's stake or investment named just before: "Microsoft holds 27% of OpenAI. Its stake was
            # previously 32.5%.", « Microsoft a injecté 13,8 milliards dans OpenAI. … le groupe détiendra environ 27 % de la
            # nouvelle entité »;
            # another holder's just before: « Microsoft détiendra 27 % d'OpenAI… La fondation conservera 26 % du capital »;
            # in an article mostly on the holder, "the capital" is the start-up's last named: « les 32,5 % du capital
            # détenus par Microsoft », also when the sentence before was on another backer: « …, à laquelle Amazon a
            # contribué… Détenteur d'environ 27 % du capital de la société commerciale, Microsoft… »)
            if cp is None:
                # the one other company its sentence names ("SoftBank had already exited Nvidia once…; it disclosed
                # that its stake had grown to around $3 billion"), else a holding in nothing we track: "Meta will own
                # 20% of the joint venture" (with Blue Owl)
                named = {m.entity for m in mentions if m.entity not in (None, subject) and not m.kind.startswith("person:")
                         and lex.entities.get(m.entity, {}).get("kind") not in ("unnamed", "venture")
                         and not any(a.start <= m.start < a.end for a in attrs)}   # (not the one who says it)
                if len(named) != 1:
                    return []
                cp = named.pop()
    if metric == "capex" and trig is not None and re.match(r"invest", trig.text, re.IGNORECASE):
        cpm = attach.counterparty_of(S, lo_pos, hi_pos, mentions, ("dans", "in", "into", "au capital de"), subject, lang)
        if cpm is not None:
            metric, mdef, cp = "investment", lex.metrics["investment"], cpm.entity
        elif _untracked_in(S, f.end, mentions, lex):
            return []   # "Nvidia will invest $1 billion in Nokia": money put into a company we do not track
    if metric == "customer_concentration":
        subject, cp = attach.customers(S, f, i, figures, mentions, subject, ctx)
        if subject is not None and lex.entities.get(subject, {}).get("buys_compute") and \
                not any(m.entity == subject for m in mentions) and \
                (seller := next((e for e in (ctx.main, *reversed(ctx.recent)) if e and e != cp and e != attach.UNTRACKED
                                 and not lex.entities.get(e, {}).get("buys_compute")), None)) is not None:
            # "Customer A" shares after a passage on OpenAI in an article on Nvidia: a seller's filing ranks its
            # customers, and a lab the article only came back to is no seller whose customers we count
            subject = seller
        if cp is not None and lex.entities.get(cp, {}).get("kind") == "unnamed" and subject is not None and \
                (cop := _IS_ITS_CUSTOMER.search(S, attach.clause_start(S, f.start), f.start)) is not None and \
                any(m.entity == subject and m.end == cop.start() for m in mentions) and \
                (seller := next((e for e in (ctx.focus, ctx.main) if e and e != attach.UNTRACKED and e != subject and
                                 not lex.entities.get(e, {}).get("buys_compute")), None)) is not None:
            # "OpenAI is now its second-largest customer, at 19%", « OpenAI est désormais son deuxième client, avec
            # 19 % »: the company named is that customer, "its" the seller the article is on
            subject, cp = seller, subject
        if subject is None and prev is not None and prev[0] == "customer_concentration" and \
                _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start):
            # "Microsoft accounted for 71% of its revenue, down from 62% a year ago": the base of the share before
            # it is the same customer's share of the same seller's sales
            subject, cp = prev[1], prev[3]
        if subject is None:
            return []
    if lex.entities.get(subject, {}).get("kind") == "unnamed":
        return []
    if holder and holder[1]:
        cp = holder[1]
    if part is not None and not (cp is not None and part[3] is None):
        cp = part[3]   # (a part that names its own party keeps it: « dont 300 milliards avec Oracle »)
    if gapped and not named_before and metric == prev[0] and prev[3] not in (None, subject) and \
            not any(m.entity == cp for m in mentions if m.start > f.end):
        cp = prev[3]   # "Microsoft holds 27% of OpenAI, the OpenAI Foundation 26%": the same company held
    if metric in ("compute_commitment", "compute_capacity") and force_subject is None and \
            (label := _BULLET_LABEL.match(S)) is not None and \
            (buyer := next((e for e in (ctx.main,) + ctx.named if lex.entities.get(e, {}).get("buys_compute")), None)) and \
            (named := next((m.entity for m in mentions if m.start == label.start("name")), None)) not in (None, buyer) and \
            not lex.entities.get(named, {}).get("buys_compute"):
        # "- Amazon (AWS): $38 billion over seven years, starting immediately with Nvidia GB200 capacity" in a list of
        # OpenAI's compute deals: the vendor the bullet is labelled with, the article's buyer (its main one, else the
        # first it names; not the chips named)
        subject, cp = buyer, named
    if metric == "investment" and cp is not None and attach.backer(cp, lex) and \
            (raised := next((c.subject for c in reversed(ctx.in_sentence) if c.metric == "funding"
                             and c.subject not in (subject, cp)), None)) is not None:
        cp = raised   # "OpenAI raised $110 billion from Amazon, which put in $50 billion, and from Nvidia and SoftBank,
        # which invested $30 billion each": a backer's part of the round the sentence is on goes to the one raising it,
        # not to the backer named before it
    if paid_vendor is not None and subject != paid_vendor:
        cp = paid_vendor
    elif two_cp is not None and subject != two_cp:
        cp = two_cp
    if cp == subject:
        cp = None
    # --- plausibility settles ambiguous scales
    f = _plausible_or_none(f, metric, family, lex)
    if f is None:
        return []
    c = _finish(orig, S, s0, f, unit, metric, mdef, subject, cp, trig, mentions, attrs, cues, lang, doc_lang,
                published, lex, ctx)
    if sized:
        c = _venture_size(c)   # "the Stargate project, worth $500 billion, was announced in January": its plan
    if referred_denied and c.modality != "denied":
        c = dataclasses.replace(c, modality="denied")   # ("…the $600 billion figure "is not accurate"")
    if withdrawn:
        c = dataclasses.replace(c, modality="denied", speaker=None, speaker_kind="unattributed")
    if own_estimate and c.period.start is None and c.period.end is None and \
            (ref := next((h for h in reversed(ctx.history) if h.metric == c.metric and h.subject == c.subject), None)):
        # an undated estimate of one's own is for the period of the figure it answers, as that one is (« Notre
        # estimation est plutôt de 80 % » after « tombera à 75 % en 2027 »)
        c = dataclasses.replace(c, period=ref.period, modality=ref.modality if ref.modality != "denied" else c.modality)
    if referred is not None:
        c = dataclasses.replace(c, period=referred.period)   # (the figure referred to is of its period)
    if paired is not None and ctx.in_sentence and c.modality != ctx.in_sentence[-1].modality:
        # (a figure coordinated with the one before shares its modality: « un objectif final de 10 gigawatts et 500
        # milliards », "up to $100 billion and 10 gigawatts")
        c = dataclasses.replace(c, modality=ctx.in_sentence[-1].modality)
    return [c]


# "OpenAI was not the $10 billion customer", « ce n'est pas OpenAI le client à 10 milliards »: the named company
# is denied the order; the seller whose customer it would be is the counterparty.
_NOT_CUSTOMER_BEFORE = {
    "en": re.compile(r"\b(?:was|is|were|are)\s*(?:not|n't)\s+(?:the|that|this)\s+(?:mystery\s+)?$", re.IGNORECASE),
    "fr": re.compile(r"(?:\bn'(?:est|était|étaient|sont)\s+pas\s+(?:le|ce)\s+(?:mystérieux\s+)?client\s+(?:à|de|aux)\s+|"
                     r"\b[Cc]e\s+n'(?:est|était)\s+pas\s+(?P<who>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+(?:le|ce)\s+"
                     r"(?:mystérieux\s+)?client\s+(?:à|de|aux)\s+)$"),
}
_CUSTOMER_AFTER = {
    "en": re.compile(r"^\s*(?:(?:mystery|unnamed|order|chip|compute)\s+)?(?:customer|client|buyer)\b", re.IGNORECASE),
    "fr": re.compile(r"^"),
}


def _not_the_customer(S, f, mentions, family, ctx, lex, lang):
    """(subject, counterparty) when the figure sizes an order the text says a named company did not place."""
    rx = _NOT_CUSTOMER_BEFORE.get(lang)
    if family != "money" or rx is None:
        return None
    bm = rx.search(S[max(0, f.start - 80):f.start])
    if bm is None or not _CUSTOMER_AFTER[lang].match(S[f.end:]):
        return None
    at = max(0, f.start - 80) + bm.start()
    if bm.groupdict().get("who"):
        subj = [m for m in mentions if m.start >= at and m.end <= f.start]
    else:
        subj = [m for m in mentions if m.end <= at and at - m.end <= 3]
    subj = [m for m in subj if lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
    if not subj:
        return None
    subject = subj[-1].entity
    seller = [m.entity for m in sorted(mentions, key=lambda m: m.end > at) if m.entity != subject
              and lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
    cp = seller[0] if seller else (ctx.main if ctx.main != subject else None)
    return subject, cp, at


# "a Broadcom official", « un porte-parole d'Oracle »: an unnamed spokesperson of a named company.
_OFFICIAL = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Uu]ne?|[Ll][ea])\s+(?:(?:[A-Z][\w&.-]*\s+){1,2}(?:official|executive|spokes(?:man|woman|person)|"
                       r"representative|source)|(?:porte-parole|dirigeant|cadre|responsable|représentant)\s+(?:de\s+|d')"
                       r"[A-Z][\w&.-]*)\b")


def _plausible_or_none(f: Figure, metric, family, lex):
    if plausible(metric, family, f.value, lex, f.unit):
        return f
    for v in f.readings:
        if plausible(metric, family, v, lex, f.unit):
            return rescale(f, v)
    return None


# A commitment made: "has committed to spend", « s'est engagé ».
_COMMITTED = re.compile(r"(?<![\w'’])(?:commit\w*|pledge\w*|engagée?s?|agreed to|agrees to|accepté de)(?![\w'’])",
                        re.IGNORECASE)
# What compute is invested in, right after the figure: "in American AI infrastructure", « dans des centres de données ».
_COMPUTE_OBJECT = re.compile(r"\s+(?:(?:in|into|on|dans|en)\s+|(?:on\s+)?(?:building|constructing|to build|à construire|pour "
                             r"construire)\s+)(?:(?:the|its|new|des|de|ses|nouveaux|nouvelles|son|sa|la|les|"
                             r"l['’])\s+)*(?:[\w.-]+\s+){0,2}?(?:AI\s+|IA\s+)?(?:infrastructures?|data[- ]cent(?:er|re)s?|"
                             r"datacenters?|compute|computing|centres? de données|puissance de calcul|capacité de calcul|"
                             r"servers|serveurs|chips|puces|GPUs?|accelerators|accélérateurs)\b",
                             re.IGNORECASE)

# A seller's view of sales to come, not revenue: "visibility into … sales", « visibilité sur les ventes », "bookings".
_VISIBILITY_BEFORE = re.compile(r"(?<![\w'’])(?:visibility|visibilité|bookings|carnet de commandes|pipeline)\b[^,;:.]{0,50}$",
                                re.IGNORECASE)

# Money named with those it comes from, untracked: « 11 milliards de dollars de co-investisseurs », "$11 billion from
# co-investors".
_FROM_UNTRACKED_BACKERS = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:de|d['’]|des|from)\s+(?:other\s+|autres\s+)?"
                                     r"(?:co-?investisseurs|investisseurs|co-?investors|investors|fonds|funds|backers)\b",
                                     re.IGNORECASE)
# The start-up money is raised for: « en faveur d'OpenAI », "for OpenAI".
_IN_FAVOUR_OF = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:en faveur d['’]|en faveur de|au profit d['’]|au profit de|"
                           r"pour|for)\s*", re.IGNORECASE)

# Borrowed money's words, and money raised as debt right after the figure (before any other figure): "in a bond sale",
# "of senior notes", « sur le marché obligataire ».
_DEBT_WORDS = r"debt|dette|loans?|prêts?|emprunts?"
_DEBT_AFTER = re.compile(rf"[^,;.\d]{{0,40}}?(?<![\w'’])(?:{_DEBT_WORDS}|bonds?|notes|credit (?:line|facility)|revolving|"
                         r"obligataires?|obligations|ligne de crédit)(?![\w'’])", re.IGNORECASE)

# "$10 billion in debt and equity", « en dette et en capital »: a round of both is capital raised
_DEBT_AND_EQUITY = re.compile(rf"[^,;.\d]{{0,40}}?(?<![\w'’])(?:(?:{_DEBT_WORDS})\s+(?:and|et)\s+(?:en\s+)?(?:equity|capital|"
                              rf"fonds propres|actions)|(?:equity|capital|fonds propres|actions)\s+(?:and|et)\s+(?:en\s+)?"
                              rf"(?:{_DEBT_WORDS}))(?![\w'’])", re.IGNORECASE)
# A round split into its equity and its debt: "$7.5 billion in equity and $12.5 billion in debt", « en actions ».
_EQUITY_OR_DEBT_PART = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:en|in|of)\s+(?:actions|equity|capital|fonds propres|"
                                  r"dette|debt)\b", re.IGNORECASE)
_DEBT = re.compile(rf"(?<![\w'’])(?:{_DEBT_WORDS})(?![\w'’])", re.IGNORECASE)

# The words of compute, to tell a data centre's gigawatts from a solar park's.
_COMPUTE_WORD = re.compile(r"(?<![\w'’])(?:compute|computing|calcul|data[- ]?cent(?:er|re)s?|datacenters?|centres? de données|"
                           r"GPUs?|TPUs?|chips?|puces?|accelerators?|accélérateurs?|AI|IA|Stargate|supercomput\w*|"
                           r"superordinateurs?|clusters?|processeurs?|processors?|serveurs?|servers?|"
                           r"active power|contracted power|puissance active|puissance installée|puissance contractée)(?![\w'’])",
                           re.IGNORECASE)

# The products a company is named with when money goes to them: "Nvidia chips", « des puces Nvidia ».
_PRODUCT_AFTER = re.compile(r"['’]?s?\s+(?:[\w-]+\s+)?(?:chips?|GPUs?|processors?|accelerators?|servers?|systems?|hardware|"
                            r"cloud services|capacity)\b", re.IGNORECASE)
_PRODUCT_BEFORE = re.compile(r"(?<![\w'’])(?:puces?|processeurs?|GPU|accélérateurs?|serveurs?|systèmes?|capacités?)\s+"
                             r"(?:[\w-]+\s+)?(?:de\s+|d['’])?$", re.IGNORECASE)

# Between a count and the maker that names its chips: "400,000 " (Nvidia GB200 chips), « 400 000 puces » (Nvidia)
_MAKER_OF_CHIPS = re.compile(r"\s+(?:(?:of\s+)?(?:its\s+|the\s+)?|(?:puces|processeurs|GPU|accélérateurs)\s+)", re.IGNORECASE)
# A company named by its worth: "a $1 trillion company", "the first $5 trillion chipmaker", « une entreprise à 500
# milliards de dollars », « la première société de 4 000 milliards »
_COMPANY_NOUN_AFTER = re.compile(r"[ \u00a0-]*(?:(?:AI|tech|chip|public|private|listed)\s+)?(?:company|companies|firm|"
                                 r"startup|start-up|business|group|chipmaker|chip maker|giant)\b")
_COMPANY_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:entreprise|société|start-up|startup|firme|groupe|licorne|"
                                  r"capitalisation)\s+(?:(?:cotée|privée|américaine|technologique)\s+)?(?:à|de)\s+"
                                  r"(?:plus de\s+|près de\s+)?$", re.IGNORECASE)
# A period named by its sales: "a $100 billion quarter", "its first $10 billion year".
_PERIOD_NOUN_AFTER = re.compile(r"[ \u00a0-]*(?:revenue\s+|sales\s+)?(?:quarter|year)\b(?!\s+(?:ago|earlier|before))",
                                re.IGNORECASE)

# A part of the figure before: ", of which $10 billion", « , dont 10 milliards », ", including $10 billion".
_PART_OF_BEFORE = re.compile(r",\s*(?:of which|including|dont|y compris|starting with|beginning with|à commencer par|"
                             r"en commençant par)\s+(?:(?:an?\s+initial|une?\s+première?\s+tranche\s+de|some|about|roughly|"
                             r"environ|près de)\s+)?"
                             r"(?:US\s?\$|\$|€|£)?\s*$", re.IGNORECASE)

def _group_does_it(S, f, subject, mentions) -> bool:
    """The figure's clause has a group of companies for its subject ("hyperscalers would spend", "tech giants will
    spend", « les géants du cloud vont dépenser ») with none of ours named between it and the figure, and the subject
    found is named before that group (a speaker's company, the sentence's first name): the group's figure."""
    if _GROUP_GATE.search(S) is None:
        return False   # (speed: a word every group noun holds)
    lo = max(attach.clause_start(S, f.start), f.start - 120)
    g = None
    for g in _GROUP_SUBJECT.finditer(S, lo, f.start):
        pass
    if g is None or any(g.end() <= m.start < f.start and m.entity for m in mentions):
        return False
    return not any(m.entity == subject and g.start("np") <= m.start < f.start for m in mentions)


_GROUP_GATE = re.compile(r"yperscal|loud|ech|TECH|labs|LABS|tart|evelopers|perators|ndustr|éants|ournisseurs|roupes|cteurs|ompanies|"
                         r"ntreprises|ector|ecteur|arriers|pérateurs")
# A group of companies as a clause's subject, after a verb of saying, "that", a comma or the clause's start.
_GROUP_SUBJECT = re.compile(
    r"(?:^|(?<=[,:])|(?<=[,:]\s)|(?<![\w'’])(?:that|said|says|expects?|estimated|estimates|predicts?|according\s+to\s+\w+,|"
    r"reckons?|believes?|thinks?|argues?|calculates?|when|lorsque|quand|"
    r"que|qu['’]|selon\s+\w+,|a\s+(?:dit|déclaré|estimé|affirmé)))\s*"
    r"(?P<np>(?:(?:the|les|des|those|these|ces)\s+)?(?:(?:four|five|three|largest|biggest|big|major|leading|top|US|U\.S\.|American|global|"
    r"quatre|cinq|trois|grands?|principaux|plus\s+grands)\s+){0,3}"
    r"(?:hyperscalers|hyperscaleurs|cloud\s+(?:providers|companies|giants|vendors)|tech\s+(?:giants|companies|firms|groups)|"
    r"big\s+tech|AI\s+(?:labs|companies|developers|start-?ups)|data[- ]cent(?:er|re)\s+operators|the\s+industry|"
    r"géants\s+(?:du\s+cloud|de\s+la\s+tech|technologiques|américains|de\s+l['’]IA)|fournisseurs\s+de\s+cloud|"
    r"groupes\s+technologiques|acteurs\s+du\s+cloud|entreprises\s+technologiques|l['’]industrie|"
    r"the\s+(?:whole\s+|entire\s+)?sector|le\s+secteur|"
    # an industry's companies: "the telecom bust of 2001, when carriers had spent some $500 billion"
    r"(?:telecom\s+|telecoms\s+|wireless\s+)?carriers|telecom\s+(?:companies|operators)|opérateurs(?:\s+télécoms)?|"
    # "Those four companies have together pledged…", « ces quatre groupes »: a group named before, counted
    r"(?<=four\s)companies|(?<=five\s)companies|(?<=three\s)companies|(?<=quatre\s)groupes|(?<=cinq\s)groupes|"
    r"(?<=trois\s)groupes))"
    r"(?=\s+(?:would|will|could|are|were|have|had|plan|plans|expect|spend|spent|is|to|put|see|guided|project|forecast|"
    r"vont|devraient|pourraient|"
    r"dépenseront|dépensent|ont|prévoient|investiront|investissent|"
    # (one collective: « le secteur dépensera », « l'industrie va investir »)
    r"va|devrait|pourrait|dépensera|investira|prévoit|a\s+dépensé|a\s+investi))", re.IGNORECASE)
# A forecast verb before the figure: "Nvidia expects $3 trillion…", "sees … reaching", « anticipe », « table sur ».
_MARKET_FORECAST = re.compile(r"(?<![\w'’])(?<!is )(?<!are )(?<!was )(?<!be )(?:expects?|expected|sees|saw|forecasts?|"
                              r"forecasted|predicts?|predicted|projects?|projected|estimates?|estimated|anticipates?|"
                              r"anticipated|anticipe|prévoit|table\s+sur|s['’]attend\s+à)(?![\w'’])", re.IGNORECASE)
# Spending of a market, no company's: "in AI infrastructure spending", « de dépenses mondiales en IA ».
_MARKET_SPENDING = re.compile(r"\s*(?:of|in|de|d['’])\s+(?:(?:annual|yearly|global|worldwide|total|industry[- ]wide|"
                              r"industry|AI|data[- ]cent(?:er|re)|infrastructure|cloud|computing|capital)\s+)+"
                              r"(?:spending|spend|capex|investments?|expenditures?|build-?outs?)\b|"
                              r"\s*(?:de|d['’])\s+(?:dépenses|investissements)\s+(?:mondiales?|mondiaux|annuel\w*|"
                              r"en\s+IA|dans\s+l['’]IA|d['’]infrastructure)", re.IGNORECASE)
_MARKET_SPENDING_HEAD = re.compile(r"(?:global|worldwide|dépenses\s+mondiales|investissements\s+mondiaux)",
                                   re.IGNORECASE)
_MARKET_SPENDING_BEFORE = re.compile(r"(?<![\w'’])(?:(?:annual|yearly|global|worldwide|total|industry[- ]wide|industry|AI|"
                                     r"data[- ]cent(?:er|re)|infrastructure|cloud|computing|capital)\s+)+"
                                     r"(?:spending|spend|capex|investments?|expenditures?|build-?outs?)\b"
                                     r"(?!\s+(?:at|of|by|from)\s+(?-i:[A-Z]))[^;,.]{0,40}$|"
                                     r"(?:dépenses|investissements)\s+(?:mondiales?|mondiaux|annuel\w*|en\s+IA|"
                                     r"dans\s+l['’]IA|d['’]infrastructure)[^;,.]{0,40}$", re.IGNORECASE)
# A backer named in a part of the round before it: ", of which SoftBank provided $", « , dont SoftBank a apporté ».
_PART_BY_NAME = re.compile(r",\s*(?:of which|dont)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})\s+"
                           r"(?:(?:has|had|will|would|is\s+to|a|aurait|avait|va|doit)\s+)?"
                           r"(?:provided?|contributed?|contributing|put\s+(?:up|in)|invested|invest|committed|commit|pledged|"
                           r"pledge|supplied|supply|apporté|apporter|apporte|investi|investir|fourni|fournir|injecté|injecter|"
                           r"mis|mettre)\s+(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?"
                           r"(?:US\s?)?[$€£]?\s*$")
_EARLIER_FORECAST_OF = re.compile(r"(?<![\w'’])(?:its|their|the|an?|sa|son|ses|leur|une?)\s+(?:earlier|previous|prior|initial|"
                                  r"original|précédente?|initiale?)\s+(?:forecast|guidance|outlook|estimate|projection|target|"
                                  r"range|prévision|estimation|objectif|fourchette)\s+(?:of|de|d['’])\s*(?:US\s?)?[$€£]?\s*$",
                                  re.IGNORECASE)
_SOLD_STAKE = re.compile(r"(?<![\w'’])(?:sold|sells|selling|sell|divested|offloaded|exited|liquidated|unloaded|cédé|cède|"
                         r"céder|vendu|vend|vendre|liquidé|soldé)\s+(?:(?:off|out|of|its|their|her|his|sa|son|ses|the|la|le|"
                         r"l['’]|all|entire|whole|remaining|total|intégralité|totalité|de|d['’])\s*)*(?:[\w.,-]+\s+){0,3}?"
                         r"(?:stake|holding|participation|position|shares|actions)\b[^;.]*$", re.IGNORECASE)
_BUY_WORD = re.compile(r"(?:acqui|acquér|achet|achat|buy|bought|purchas)", re.IGNORECASE)
# Chips sold after their count: « de puces H20 pourraient être vendues », "GPUs were shipped".
_SOLD_AFTER = re.compile(r"[^,;.]{0,40}?\b(?:(?:pourraient|devraient|pourrait|devrait|could|would|will|may|might|are|were|was|is|"
                         r"ont|ont\s+été|seront|sont)\s+)?(?:(?:être|be|been|have\s+been|été)\s+)?(?:vendue?s?|sold|shipped|"
                         r"expédiée?s?|livrée?s?|exportée?s?|exported|écoulée?s?)\b", re.IGNORECASE)
_PASSED_GATE = re.compile(r"end|édé|ède|yndi|esol|esell|old|assed|ffload|laced|étroc")   # (speed)
# Money passed on to others: "would be resold", « doit être revendue à des co-investisseurs », "syndicated".
_PASSED_ON = re.compile(r"(?<![\w'’])(?:revendu\w*|rétrocédé\w*|cédée?s?|syndiqu\w*|syndicat\w*|resold|resell\w*|"
                        r"sold\s+(?:on|down)|passed\s+on|offloaded|placed\s+with)(?![\w'’])", re.IGNORECASE)
# The part of a whole that goes to others: "would be syndicated to other investors", « syndiqués auprès d'autres ».
_TO_OTHERS = re.compile(r"(?<![\w'’])(?:syndicat\w*|syndiqu\w*|(?:to|from|by|with|among)\s+other\s+(?:investors|backers|"
                        r"firms|companies|partners|lenders)|(?:auprès\s+)?d['’]autres\s+(?:investisseurs|partenaires|"
                        r"sociétés|entreprises|prêteurs)|co-?investors|co-?investisseurs)(?![\w'’])", re.IGNORECASE)
_AND_BEFORE = re.compile(r"(?:,|\s(?:and|et))\s*(?:US\s?)?[$€£]?\s*$")
# A part of the figure just named, after the part: "$30 billion of that came from", « 30 milliards de cette somme »
# "with SoftBank on the hook for up to", "with Nvidia contributing", « avec SoftBank pour » before a part of a round
_WITH_BACKER = re.compile(r"(?<![\w'’])(?:with|avec)\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)\s+"
                          r"(?:[\w'’-]+\s+){0,5}?" + QUAL_CURRENCY_TAIL)
_OF_THAT_AFTER = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+|dollars\s+)?(?:of\s+(?:that|it|this|the\s+(?:total|round|sum|money))|"
                            r"(?:de|d['’])\s*(?:cette\s+somme|ce\s+montant|ce\s+total))\b", re.IGNORECASE)
_FROM_BACKER = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:(?:sont|est|ont\s+été|a\s+été)\s+(?=venu|apport|vers))?"
                          r"(?:(?:came|comes|coming|will\s+come|would\s+come|is\s+to\s+come|"
                          r"was\s+provided|were\s+provided|provided)\s+(?:from|by)|from|de la part de|apportée?s? par|venue?s? de|"
                          r"provenant de|versée?s? par|par)\s+(?:the\s+|le\s+|la\s+|l['’])?", re.IGNORECASE)

# Orders, which a seller books and a buyer places.
_ORDER_WORD = re.compile(r"(?:orders?|commandes?)\b", re.IGNORECASE)
_PLACED = re.compile(r"(?<![\w'’])(?:plac\w+|ordered|passé\w*|passe|passent|commandé\w*)(?![\w'’])", re.IGNORECASE)

# What introduces the company a backer invests in: "in", « dans », « au capital de ».
_INVESTED_IN = re.compile(r"(?<![\w'’])(?:in|into|dans|au capital de|au capital d['’]|chez)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
                          re.IGNORECASE)

# The words of a listing, and the most a listing could raise: the largest IPO yet (Saudi Aramco, 2019) raised
# ~$29 billion; a figure over $100 billion next to an IPO is the company's value at listing, not its proceeds.
_IPO_WORD = re.compile(r"IPO|listing|offering|introduction en bourse", re.IGNORECASE)
IPO_PROCEEDS_MAX = 100e9
# the plain verb of spending (the capex trigger that names no capital expenditure by itself)
_SPEND_VERB = re.compile(r"(?<![\w'’])(?:spend|spending|spent|spends|dépens(?:er|é|ée|és|ées|ent|ait|aient|era|eront|"
                         r"erait|eraient))(?![\w'’])", re.IGNORECASE)
# Investing still to be done ("will invest", « va investir », « investira »): a plan, as spending is.
_INVEST_VERB = re.compile(r"(?<![\w'’])(?:invest|investing|investir|investira|investiront|investirait|investiraient)"
                          r"(?![\w'’])", re.IGNORECASE)
# A trigger that names spending: the verbs, and the French noun (« 11 milliards de dépenses »)
_SPENDING = re.compile(rf"{_SPEND_VERB.pattern}|dépenses?", re.IGNORECASE)
_NOW_WORTH = re.compile(r"(?<![\w'’])(?:is|are|was|were|est|sont|était)\s+(?:now\s+|désormais\s+|currently\s+)?"
                        r"(?:valued|worth|valorisée?s?|estimée?s?)\b", re.IGNORECASE)
_VALUED_HOLDING = re.compile(r"\b(?:valu\w+|valoris\w+|estim\w+)\s+(?:désormais\s+|now\s+)?(?:its|their|his|her|sa|son|ses|"
                            r"leur|leurs|the|la|le)\s+(?:[\w-]+\s+)?(?:stake|holding|participation|position|part)\b[^,;:]{0,40}$",
                            re.IGNORECASE)
# "X's share of Y", "the share of X in Y", « la part de X dans Y », « la part détenue par X dans Y »: a share
# that two companies name, the owner's and the owned's, is a stake (a share of a market or of sales names no second
# company). Searched in the figure's clause, before the figure.
_SHARE_NOUN = re.compile(r"(?<![\w'’])(?:share|slice|part|quote-part)\s+(?:détenue\s+par\s+|held\s+by\s+|of\s+|de\s+|d['’]|du\s+)?",
                         re.IGNORECASE)


def _share_of_company(S: str, f: Figure, mentions, lex) -> tuple[str, str] | None:
    """(owner, owned) when the figure gives the share one named company holds in another ("Microsoft's share of
    OpenAI is now about 27%"); None otherwise."""
    lo = attach.clause_start(S, f.start)
    named = [m for m in mentions if lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
    for sh in _SHARE_NOUN.finditer(S, lo, f.start):
        owner = next((m for m in named if m.end <= sh.start() and re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?",
                                                                                S[m.end:sh.start()])), None)
        if owner is None:
            owner = next((m for m in named if m.start == sh.end()), None)
        if owner is None:
            continue
        owned = next((m for m in named if m.entity != owner.entity and owner.end <= m.start < f.start and m.start >= sh.end()
                      and re.search(r"(?<![\w'’])(?:of|in|dans|de|d['’]|du capital de|au capital de)\s*(?:the\s+)?$",
                                    S[owner.end:m.start])), None)
        if owned is not None and not re.match(r"['’]s\b", S[owned.end:]) and not re.search(r"[,;:]", S[owned.end:f.start]):
            # (not "Microsoft's share of Nvidia's revenue": a share of what the second company has)
            return owner.entity, owned.entity
    return None


_SHARE_OF_MARKET = re.compile(r"['’]s\s+(?:[\w-]+\s+)?share\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?market\b", re.IGNORECASE)


def _share_of_market(S: str, f: Figure, mentions, lex) -> str | None:
    """The company whose share of a market the figure gives ("AMD's share of the data center GPU market is expected to
    rise to 10%"), in the figure's clause before it; None otherwise."""
    lo = attach.clause_start(S, f.start)
    for m in mentions:
        if lo <= m.start and m.end <= f.start and lex.entities.get(m.entity, {}).get("kind") != "unnamed":
            sm = _SHARE_OF_MARKET.match(S, m.end)
            if sm is not None and sm.end() <= f.start:
                return m.entity
    clitic = _EN_HOLDS.search(S, max(0, f.start - 50), f.start)
    market = None
    for market in _MARKET_NAMED.finditer(S, 0, clitic.start()) if clitic is not None else ():
        pass
    if market is not None and not any(market.end() <= m.start < clitic.start() and
                                      _OBJECT_PREP.search(S, max(0, m.start - 8), m.start) for m in mentions):
        # « Le marché des puces d'IA est dominé par Nvidia, qui en contrôle environ 80 % », « Sur le marché des GPU,
        # Nvidia en détient 94 % »: « en » is the market named before, its holder the name before the clitic (but a
        # company named as an object after the market is what « en » stands for: « … a investi dans OpenAI et en
        # détient 27 % »)
        named = [m for m in mentions if m.end <= clitic.start() and m.entity and
                 lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
        if named:
            return named[-1].entity
    return None


_EN_HOLDS = re.compile(r"(?<![\w'’])en\s+(?:contrôle|contrôlait|détient|détenait|possède|accapare|revendique|capte|"
                       r"captait|truste|monopolise)\s+(?:(?:environ|près de|plus de|quelque|autour de)\s+)?$", re.IGNORECASE)
_MARKET_NAMED = re.compile(r"(?<![\w'’])marché\b", re.IGNORECASE)
_OBJECT_PREP = re.compile(r"(?<![\w'’])(?:dans|à|de|d['’]|avec|chez|au\s+capital\s+d['’e])\s*$", re.IGNORECASE)


def _held_in_which(S: str, f: Figure, mentions, anaphors, lex: Lexicon, ctx) -> tuple[str, str | None] | None:
    """"CoreWeave, in which Nvidia owns roughly 6%", « CoreWeave, dont Nvidia détient 6 % »: the relative's subject holds
    the stake, in its antecedent; (holder, held) or None."""
    w = _IN_WHICH_HOLDS.search(S, max(0, f.start - 90), f.start)
    if w is None:
        return None
    holder = next((m.entity for m in mentions if m.start == w.start("who") and m.entity), None)
    if holder is None:
        return None
    ante = [m for m in list(mentions) + list(anaphors) if m.end <= w.start() and not S[m.end:w.start()].strip()]
    held = None
    if ante:
        held = ante[-1].entity or attach.resolve_anaphor(ante[-1], ctx, lex, exclude=holder)
    return holder, held if held != holder else None


_IN_WHICH_HOLDS = re.compile(r",?\s*(?:in which|in whom|dans laquelle|dans lequel|au capital de laquelle|au capital duquel|dont)\s+"
                             r"(?P<who>(?-i:[A-Z])[\w&.'’-]*)\s+(?:\w+\s+)?(?:owns|holds|has|détient|possède|détenait|"
                             r"owned|held)\s+(?:(?:a|about|roughly|some|nearly|around|environ|près de|quelque|un peu plus de|"
                             r"plus de)\s+)?$", re.IGNORECASE)


def _stake_before_relative(S: str, f: Figure, mentions) -> tuple[str, str | None] | None:
    """"Microsoft's stake in OpenAI, which it values at $135 billion": the stake a relative clause values is its
    owner's (the possessive before "stake", « de X » after « participation »), in the company after "in" / « dans »;
    (owner, owned) or None."""
    lo = max(0, f.start - 120)
    held = _HOLDING_WHICH_VALUED.search(S, lo, f.start)
    if held is None:
        return None
    noun_end = S.find(",", held.start())
    owner = next((m.entity for m in mentions if m.end <= held.start() and
                  re.fullmatch(r"['’]s\s+(?:[\w-]+\s+)?", S[m.end:held.start()])), None)
    owner = owner or next((m.entity for m in mentions if held.start() < m.start < noun_end and
                           re.search(r"\b(?:of|de|d['’])\s*$", S[held.start():m.start])), None)
    owned = next((m.entity for m in mentions if held.start() < m.start < noun_end and m.entity != owner and
                  re.search(r"\b(?:in|dans|au capital de)\s*$", S[held.start():m.start])), None)
    return (owner, owned) if owner else None


# A figure its owner's possessive introduces is taken as known, not what a negation in its clause denies: "not
# seeking a federal backstop for its $1.4 trillion in commitments", « sans remettre en cause ses 300 milliards »
_OWN_FIGURE = re.compile(r"(?<![\w'’])(?:its|their|his|her|our|ses|son|sa|leurs?|nos|notre)\s+(?:US\s?)?[$€£]?\s*$",
                         re.IGNORECASE)
# "…, which could give the startup a stake of roughly 10% in the chipmaker", « donnerait à OpenAI une participation de
# 10 % dans AMD »: the one given the stake holds it
_GIVEN_STAKE = re.compile(r"(?<![\w'’])(?:give|gives|gave|given|giving|grant|grants|granted|granting|hand|hands|handing|"
                          r"offer|offers|offering|issue|issues|issued|issuing|donner|donne|donnent|donnera|donnerait|"
                          r"donneraient|accorder|accorde|accordera|accorderait|octroie|octroierait|émis|émet|émettra)\s+"
                          r"(?:à\s+)?(?P<to>[^,;:.]{2,40}?)\s+(?:a|an|une?|des)\s+(?:[\w-]+\s+){0,2}?"
                          r"(?:stake|holding|shareholding|participation|warrants?|bons? de souscription)\b", re.IGNORECASE)


# "hand OpenAI up to 10% of its shares", « céder 10 % de son capital à OpenAI »: a share of a company's own equity
# passed to someone
_OF_OWN_EQUITY = re.compile(r"\s*(?:of|de|d['’])\s*(?:its|their|the company['’]s|son|sa|ses|leurs?)\s+(?:own\s+|propre\s+)?"
                            r"(?:outstanding\s+)?(?:shares|stock|equity|share capital|capital|actions|titres)\b", re.IGNORECASE)
_OF_NAMED_EQUITY = re.compile(_OF_THE_CAPITAL.pattern + r"\s+(?:of|du|de la|de l['’]|d['’]|de)\s*(?:the\s+)?", re.IGNORECASE)
_OF_THE = re.compile(r"\s*(?:of|du|de la|de l['’]|d['’]|de)\s*", re.IGNORECASE)   # (a description keeps its article)
_DESCRIPTION = re.compile(r"(?:fabricant de puces|chipmaker|chip maker|chip giant|géant des puces|start-?up|groupe|company)\b",
                          re.IGNORECASE)
_CLITIC_BEFORE = re.compile(r"(?<![\w'’])(?:lui|leur)\s+(?:\w+\s+)?$", re.IGNORECASE)
_HAND_VERB = re.compile(r"(?<![\w'’])(?:hand|hands|handed|handing|give|gives|gave|giving|grant|grants|granted|granting|"
                        r"issue|issues|issued|issuing|transfer|transfers|transferred|offer|offers|offered|offering|"
                        r"céd(?:er|era|erait|eraient|é)|cèdent|cède|accord(?:er|era|erait|e|ent)|donn(?:er|era|erait|e|ent)|"
                        r"attribu(?:er|era|erait|e|ent)|offr(?:ir|ira|irait|e|ent))(?![\w'’])", re.IGNORECASE)
_TO_RECIPIENT = re.compile(r"[^,;:.]{0,40}?\b(?:to|à)\s+(?:the |la |le |l['’])?$", re.IGNORECASE)


def _shares_handed(S: str, f: Figure, mentions, anaphors, lang: str, ctx: Context, lex: Lexicon):
    """(holder, company held) of a share of a company's own equity handed to someone, or None."""
    eq = _OF_OWN_EQUITY.match(S, f.end) or _OF_NAMED_EQUITY.match(S, f.end)
    if eq is None and (of := _OF_THE.match(S, f.end)) is not None and \
            any(m.start == of.end() for m in mentions + [a for a in anaphors if a.kind == "anaphor"]):
        eq = of   # "a deal that could hand the ChatGPT maker as much as 10% of the chipmaker": a part of the company
    if eq is None:
        return None
    lo = attach.clause_start(S, f.start)
    verb = None
    for verb in _HAND_VERB.finditer(S, lo, f.start):
        pass
    if verb is None:
        return None

    def ent(m):
        return m.entity or attach.resolve_anaphor(m, ctx, lex)
    # the one it goes to: the indirect object before the figure ("hand OpenAI up to 10%", « accorder à OpenAI »),
    # else after "to" / « à » past the shares, else a clitic before the verb (« qui pourrait lui donner 10 % »: the
    # subject the clause hangs on)
    to = [m.entity for m in mentions if verb.end() <= m.start and m.end <= f.start]
    to += [m.entity for m in mentions if m.start >= eq.end() and _TO_RECIPIENT.fullmatch(S, eq.end(), m.start)]
    if not to and _CLITIC_BEFORE.search(S, max(0, verb.start() - 14), verb.start()):
        sm = attach.subject_of(S, verb.start(), mentions, lang, anaphors=anaphors)
        to = [ent(sm)] if sm is not None else []
    if not to or to[0] is None:
        return None
    if eq.re is _OF_NAMED_EQUITY or eq.re is _OF_THE:
        # « 10 % du capital du fabricant de puces », "10% of the equity of AMD": the company named after it
        owner = next((m for m in mentions + [a for a in anaphors if a.kind == "anaphor"] if m.start == eq.end()), None)
        held = ent(owner) if owner is not None else None
        desc = _DESCRIPTION.match(S, eq.end()) if owner is None else None
        art = ("le " if lang == "fr" else "the ") + desc.group(0) if desc is not None else ""
        if desc is not None and (kind := anaphor_type(art)) is not None:
            # « du capital du fabricant de puces »: the entity of that kind the sentence names, else the latest
            held = next((m.entity for m in reversed(mentions) if kind in lex.entities.get(m.entity, {}).get("types", [])),
                        None) or attach.resolve_anaphor(Mention(desc.start(), desc.end(), None, "anaphor", art), ctx, lex)
    else:
        giver = attach.subject_of(S, verb.start(), mentions, lang, exclude={to[0]}, anaphors=anaphors)
        held = None if giver is None else giver.entity or attach.resolve_anaphor(giver, ctx, lex, exclude=to[0])
    return (to[0], held) if held and held != to[0] else None


# "this stake", « cette participation », "that holding": a demonstrative before a stake noun, the clause's subject
_THIS_STAKE = re.compile(r"(?<![\w'’])(?:this|that|the\s+same|cette|cet|ce|ladite)\s+(?:\w+\s+)?(?:stake|holding|"
                         r"shareholding|participation|part)\b", re.IGNORECASE)


def _this_stake(S: str, f: Figure, mentions, ctx: Context, s0: int = 0, lex: Lexicon | None = None
                ) -> tuple[str, str | None] | None:
    """(holder, company held) of the stake a demonstrative points back to ("Microsoft now owns about 24%. … that stake
    would be worth more than $200 billion", « Microsoft n'en posséderait plus qu'environ 24 %. … cette participation
    vaudrait plus de 200 milliards »): the article's last stake, when no company is named between."""
    lo = attach.clause_start(S, f.start)
    d = None
    for d in _THIS_STAKE.finditer(S, lo, f.start):
        pass
    if d is None or any(d.start() <= m.start < f.start for m in mentions):
        return None
    last = next((c for c in reversed(ctx.history) if c.metric == "stake"), None)
    if last is not None:
        return last.subject, last.counterparty
    if lex is not None and ctx.text and ctx.focus and ctx.focus != attach.UNTRACKED:
        # no stake with a figure yet: the stake the sentence before named, the one in focus holding it (« …, dopé par la
        # réévaluation de sa participation dans le créateur de ChatGPT. Détenue via le Vision Fund 2, cette participation
        # a été valorisée 108 milliards de dollars »)
        before = ctx.text[max(0, s0 - 300):s0]
        held = None
        for held in _ITS_STAKE_IN.finditer(before):
            pass
        if held is not None:
            owned = next((m.entity for m in find_mentions(before[held.end():held.end() + 60], lex)
                          if m.start <= 4 and m.entity and m.entity != ctx.focus), None)
            if owned is not None:
                return ctx.focus, owned
    return None


# a possessive stake "in" a company: « sa participation dans », "its stake in", « sa participation au capital de »
_ITS_STAKE_IN = re.compile(r"(?<![\w'’])(?:sa|son|its|their|leur)\s+(?:participation|stake|holding)\s+(?:dans|in|au\s+capital\s+"
                           r"d['’e]\s*|de\s+|d['’])\s*", re.IGNORECASE)


def _stake_given(S: str, f: Figure, mentions, anaphors, lex: Lexicon, ctx: Context) -> tuple[str, str | None] | None:
    """(holder, company held) of a stake given to someone in the figure's clause, or None."""
    g = None
    for m in _GIVEN_STAKE.finditer(S, max(0, f.start - 160), f.start):
        g = m
    if g is None:
        return None

    def who(lo: int, hi: int, exclude: str | None = None) -> str | None:
        for m in mentions + anaphors:
            if lo <= m.start < hi and m.end <= hi + 1:
                e = m.entity if m.kind != "anaphor" else attach.resolve_anaphor(m, ctx, lex, exclude=exclude)
                if e and e != exclude:
                    return e
        return None
    owner = who(g.start("to"), g.end("to"))
    if owner is None:
        return None
    rest = re.match(r"[^,;:]{0,30}?\b(?:in|dans|au capital d['’e])\s+", S[f.end:])
    owned = who(f.end + rest.end(), f.end + rest.end() + 40, exclude=owner) if rest else None
    return owner, owned


# a stake, then a relative clause whose verb values it: "Microsoft's stake in OpenAI, which it values at", « sa
# participation dans OpenAI, qu'il valorise à »
_HOLDING_WHICH_VALUED = re.compile(r"\b(?:stake|holding|shareholding|participation)\b[^,;:]{0,40},\s*(?:which|that|qu['’]|"
                                   r"que)\s*(?:\w+\s+){1,2}?(?:now\s+|désormais\s+)?(?:valu\w+|valoris\w+|estim\w+|"
                                   r"put\w*)\s*(?:at|à)?\s*(?:about|around|roughly|some|environ|près de|quelque)?\s*$",
                                   re.IGNORECASE)
# "Microsoft's stake in OpenAI is now worth roughly", « sa participation … est valorisée à »: the holding is the subject
# of the verb of value, in the figure's clause
# the words of value before a figure: "valued at roughly $", « valorisée à environ », "worth"
_VALUED_AT = (r"(?:valued|worth|valorisée?s?|estimée?s?|évaluée?s?)\s*(?:at|à)?\s*(?:(?:about|around|roughly|some|"
              r"nearly|almost|approximately|more than|over|environ|près de|quelque|plus de)\s+)?(?:US\s?)?[$€£]?\s*")
_HOLDING_IS_WORTH = re.compile(r"\b(?:stake|holding|shareholding|participation)\b[^,;:.]{0,60}?\s(?:is|are|was|were|est|"
                               r"sont|était|would be|serait)\s+(?:now\s+|currently\s+|désormais\s+|already\s+|déjà\s+)?"
                               rf"{_VALUED_AT}$", re.IGNORECASE)
# "will hold an investment in OpenAI Group PBC valued at approximately", « détient une participation dans OpenAI
# valorisée à »: what is held is valued, not the company it is in
_HELD_VALUED = re.compile(r"\b(?:hold|holds|held|will hold|own|owns|owned|détient|détiendra|détiendrait|détenait|possède|"
                          r"possédera)\s+(?:(?:an?|its|une?|sa|son|the|la|le)\s+)?(?:[\w-]+\s+)?(?:stake|holding|shareholding|"
                          r"participation|investment|interest|equity|shares|actions)(?:\s+(?:in|dans|au capital d['’e])\s*[^,;:.]{0,40}?)?\s+"
                          rf"{_VALUED_AT}$", re.IGNORECASE)
# ", a holding worth ...", « , une participation valorisée à »: a noun phrase in apposition to the figure before it.
# a participle of value after a stake named with its figure: "a 27% stake in OpenAI, valued at", « une participation de
# 27 % dans OpenAI, valorisée à » (not "27% of OpenAI, valued at", the company's value)
_VALUED_AFTER_COMMA = re.compile(rf",\s*(?:(?:which is|now|currently|désormais)\s+)?{_VALUED_AT}$", re.IGNORECASE)
_VALUED_TAIL = re.compile(rf"[^,;:]{{0,50}}{_VALUED_AFTER_COMMA.pattern}", re.IGNORECASE)


_FOR_OWNER_AFTER = re.compile(r"\s*(?:for|pour|at|chez)\s+(?:the\s+|le\s+|la\s+|l['’])?")


def _owner_of_base(S: str, f: Figure, mentions) -> str | None:
    """"90% of the market, compared with 8% for AMD", « contre 8 % pour AMD »: the company after a comparison base's
    figure owns it."""
    if not _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start):
        return None
    m = _FOR_OWNER_AFTER.match(S, f.end)
    if m is None:
        return None
    own = next((x.entity for x in mentions if x.start == m.end() and x.kind != "anaphor"
                and not re.match(r"['’]s\b", S[x.end:x.end + 2])), None)
    if own is None and (prod := _PRODUCT_OF.match(S, m.end())) is not None:
        # « contre 13 % pour Gemini de Google », "compared with 13% for Google's Gemini": the product's maker
        own = next((x.entity for x in mentions if x.start in (prod.start("of"), prod.start("poss"))
                    and x.kind != "anaphor"), None)
    return own


def _said_of_itself(S: str, f: Figure, mentions, lex: Lexicon) -> str | None:
    """"…, while OpenAI said it had passed $20 billion", « quand OpenAI affirmait avoir franchi les 20 milliards »: what
    a company says of itself ("it" right after its verb of saying, or the verb's infinitive) is its own figure."""
    w = None
    for w in _SAID_OF_ITSELF.finditer(S, max(0, f.start - 90), f.start):
        pass
    if w is None or re.search(r"[;:]", S[w.end():f.start]):
        return None
    at = w.start("who") if w.group("who") else w.start("who2")
    who = next((m for m in mentions if m.start == at and m.entity
                and lex.entities.get(m.entity, {}).get("kind") != "unnamed"), None)
    if who is None or any(w.end() <= m.start < f.start and m.entity not in (None, who.entity) for m in mentions):
        return None
    return who.entity


_SAID_OF_ITSELF = re.compile(
    r"(?P<who>(?-i:[A-Z])[\w&.'’-]*)\s+(?:said|says|told\s+\w+|claimed|claims|stated|insisted|insists|maintains|"
    r"maintained)\s+(?:that\s+)?(?:it|its)\b|"
    r"(?P<who2>(?-i:[A-Z])[\w&.'’-]*)\s+(?:affirm\w*|assur\w*|dit|disait|estim\w*|revendiqu\w*|indiqu\w*|"
    r"prétend\w*|déclar\w*)\s+(?:avoir|être)\b", re.IGNORECASE)


# "For Meta, …", « Pour Meta, … », "As for Meta, …", « Quant à Meta, … », "At Meta, …", « Chez Meta, … »: the company a
# sentence opens on, as its topic
_FOR_TOPIC = re.compile(r"\s*(?:For|As for|At|Pour|Quant\s+à|Chez|Côté)\s+$")


# a verb lifting a venture named by its description to a figure: "bring the project to", « porter le projet à »
_LIFT_VENTURE = re.compile(r"(?<![\w'’])(?:bring|brings|brought|bringing|take|takes|took|lift|lifts|lifted|push|pushes|pushed|"
                           r"porte|porté|portent|portera|porterait|porter)\s+(?P<np>(?:the|le|la|l['’])\s*(?:project|venture|"
                           r"joint venture|programme|program|projet|coentreprise))\s+(?:to|à)\s+(?:(?:about|nearly|roughly|"
                           r"some|more than|over|almost|environ|près de|plus de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                           re.IGNORECASE)


_AND_FIGURE_BEFORE = re.compile(r"\d[\w\s.,'’-]{0,40}?\s(?:and|et)\s+(?:(?:about|nearly|roughly|some|more than|over|almost|"
                                r"environ|près de|plus de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)


def _lifted_venture(S: str, f: Figure, anaphors, ctx: Context, lex) -> str | None:
    """The venture a verb lifts to the figure: "OpenAI says they bring the project to nearly 7 gigawatts" (Stargate's
    capacity, not OpenAI's)."""
    if not any(a.kind == "anaphor" and anaphor_type(a.text) == "venture" for a in anaphors):
        return None   # (speed: no venture named by its description)
    m = _LIFT_VENTURE.search(S, max(0, f.start - 80), f.start)
    if m is None and (co := _AND_FIGURE_BEFORE.search(S, max(0, f.start - 80), f.start)) is not None:
        # (the figure coordinated after it: "… to nearly 7 gigawatts of planned capacity and more than $400 billion")
        m = _LIFT_VENTURE.search(S, max(0, co.start() - 80), co.start())
    if m is None:
        return None
    a = next((x for x in anaphors if x.kind == "anaphor" and x.start == m.start("np")), None)
    return attach.resolve_anaphor(a, ctx, lex) if a is not None else None


def _fronted_for(S: str, f: Figure, mentions, lex) -> str | None:
    """The company a sentence opens on with "For X," when the figure's clause names no company of its own: "For Meta,
    whose 2026 outlook is $115 billion to $135 billion, she sees $150 billion" (the analyst's figure for Meta)."""
    if S[:1] not in "FAPQCf " or (first := next((m for m in mentions if m.entity), None)) is None:
        return None   # (speed: a sentence opening on "For", "As for", "At", « Pour », « Quant à », « Chez », « Côté »)
    if first.end >= f.start or not _FOR_TOPIC.fullmatch(S, 0, first.start) or \
            not S.startswith(",", first.end) or lex.entities.get(first.entity, {}).get("kind") == "unnamed":
        return None
    if any(first.end < m.start < f.start and m.entity not in (None, first.entity) and
           not _PARTY_BEFORE.search(S, max(0, m.start - 20), m.start) for m in mentions):
        return None   # (a deal's other party does not own it: « Pour Meta, … le groupe avait signé avec Google Cloud un
        # accord de plus de 10 milliards »)
    return first.entity


# "on xAI's behalf", "on behalf of xAI", « pour le compte de xAI », « au nom de xAI »
_BEHALF = re.compile(r"\bon\s+$|\bon\s+behalf\s+of\s+$|\bpour\s+le\s+compte\s+d(?:e\s+|['’])$|\bau\s+nom\s+d(?:e\s+|['’])$",
                     re.IGNORECASE)
# a bank as the subject of its clause, opening the sentence or after a fronted phrase ("According to the report, …")
_BANK_SUBJECT = re.compile(r"(?:^\s*|,\s*)(?:" + "|".join(re.escape(b) for b in sorted(attach.BANKS, key=len, reverse=True)) +
                           r")\s+(?:is|was|has|have|will|would|a|va|est)?\s*[a-zé]")
_BEHALF_AFTER = re.compile(r"['’]s?\s+behalf\b", re.IGNORECASE)


def _on_behalf(S: str, f: Figure, mentions) -> str | None:
    """The client a bank raises money for, in a sentence a bank opens: "Morgan Stanley is marketing $5 billion of
    notes on xAI's behalf, alongside a $4.3 billion equity raise" (xAI's raise)."""
    if not any(b in S for b in attach.BANKS) or _BANK_SUBJECT.search(S, 0, f.start) is None:
        return None
    for m in mentions:
        if m.entity and (_BEHALF_AFTER.match(S, m.end) and S[max(0, m.start - 4):m.start].lower().endswith("on ")
                         or _BEHALF.search(S, max(0, m.start - 25), m.start) and not S[max(0, m.start - 4):m.start]
                         .lower().endswith("on ")):
            return m.entity
    return None


def _demonstrative_owner(S: str, f: Figure, figures, i: int, mentions) -> str | None:
    """« celle de Nvidia a frôlé les 6 000 milliards », "while that of Anthropic stood at $183 billion": the company after
    a demonstrative standing for the metric's noun owns the figure of its clause."""
    if _DEMONSTRATIVE_OF.search(S, 0, f.start) is None:
        return None   # (speed: most sentences have none)
    lo = max(attach.clause_start(S, f.start), figures[i - 1].end if i > 0 else 0)
    d = None
    for d in _DEMONSTRATIVE_OF.finditer(S, lo, f.start):
        pass
    if d is None:
        return None
    own = next((x for x in mentions if x.start == d.end() and x.entity and x.kind != "anaphor"), None)
    if own is None or any(own.end <= x.start < f.start for x in mentions):
        return None
    return own.entity


_YEAR_EARLIER = re.compile(r"year|un an", re.IGNORECASE)
# A hypothesis on a stated forecast: "Even if revenue hit $100 billion in 2028, as the company projects", « même si
# … 100 milliards en 2028, comme le prévoit l'entreprise »
_AS_PROJECTED_AFTER = re.compile(r"[^,;.]{0,40},\s*(?:as|comme)\s+[\w'’ -]{0,30}?\s*"
                                 r"(?:projects|projected|expects|expected|forecasts|forecast|predicts|promises|targets|"
                                 r"le\s+prévoit|l['’]anticipe|le\s+promet|l['’]espère|le\s+vise)\b", re.IGNORECASE)
# A report of the figure, as the subject of a passive denial after it
_REPORTS_THAT_BEFORE = re.compile(r"(?<![\w'’])(?:reports?|claims?|stories|rumou?rs?|informations?|rumeurs?)\s+"
                                  r"(?:that|selon\s+lesquelles|selon\s+lesquels|qu['’]|que)\b", re.IGNORECASE)
_PASSIVE_DENIED_AFTER = re.compile(r"[^.;]{0,80}?\b(?:were|was|have\s+been|has\s+been|ont\s+été|a\s+été)\s+"
                                   r"(?:flatly\s+|quickly\s+|formellement\s+)?(?:denied|rejected|dismissed|refuted|"
                                   r"démentie?s?|rejetée?s?|contestée?s?)\b", re.IGNORECASE)
# A fronted date's clause, its subject named, its verb in the past: ", Microsoft agreed to", « , Microsoft a accepté de »
_PAST_CLAUSE_AFTER = re.compile(r"\s*,\s*(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}\s+"
                                r"(?:(?:agreed|signed|announced|pledged|committed|said|struck|unveiled|promised|decided|"
                                r"[a-z]+ed)\b|(?:a|ont)\s+(?:accepté|signé|annoncé|promis|décidé|conclu|[a-zé]+é)\b)")
_LISTING_WORD = re.compile(r"(?<![\w'’])(?:listing|IPO|initial public offering|go(?:ing|es)? public|flotation|float|"
                           r"introduction en Bourse|entrée en Bourse|cotation|s['’]introduire en Bourse)(?![\w'’])")
# A value set in the company's own round, right after the figure: "in its most recent funding round", « lors de sa
# dernière levée »
# "At the price of the latest round, $730 billion", « Au prix de la dernière levée, soit 730 milliards »: the price the
# round set, the value of the company that raised it.
_LAST_ROUND_BEFORE = re.compile(r"(?<![\w'’])(?:the|its|their|la|le|l['’]|sa|son|leur)\s*(?:latest|last|most\s+recent|"
                                r"recent|dernière|dernier|récente?|plus\s+récente?)\s+(?:funding\s+)?(?:round|financing|"
                                r"raise|levée(?:\s+de\s+fonds)?|tour(?:\s+de\s+table)?)(?:['’]s)?\s*"
                                r"(?:[,:(–—]\s*)?(?:soit|of|at|,|de|à)?\s*(?:(?:about|some|roughly|environ|près\s+de)\s+)?$",
                                re.IGNORECASE)
_OWN_ROUND_AFTER = re.compile(r"\s*(?:de dollars\s+)?(?:in|at|during|lors\s+de|à\s+l['’]occasion\s+de)\s+(?:its|their|sa|son|leur)\s+"
                              r"(?:[\w-]+\s+){0,3}?(?:round|funding|financing|raise|levée|tour)\b", re.IGNORECASE)
# a public authority as the sentence's subject: "The mayor", « Le maire », "The state", « La région »
_PUBLIC_SUBJECT = re.compile(r"\s*(?:The|Le|La|L['’]|Les)\s*(?:local\s+|state\s+|federal\s+)?(?:maire|mayor|gouverneur|governor|"
                             r"ministre|minister|gouvernement|government|ville|city|commune|région|county|comté|préfet|"
                             r"préfecture|sénateur|senator|députés?|lawmakers|regulators?|régulateurs?|town|municipalité|"
                             r"municipality|administration|élus)\b", re.IGNORECASE)
_CHANGED_BY_BEFORE = re.compile(r"(?<![\w'’])(?:(?:fallen|fell|falls|dropped|drops|declined|declines|slid|slumped|plunged|"
                                r"shrunk|shrank|rose|risen|rises|grew|grown|grows|increased|increases|jumped|climbed|gained|"
                                r"swelled|widened|narrowed|decreased|decreases)\s+by|"
                                r"(?:chuté|baissé|reculé|fondu|diminué|augmenté|progressé|grimpé|bondi|gonflé|plongé|"
                                r"dégringolé|chute|baisse|recule|fond|augmente|progresse|grimpe|bondit)\s+de)\s+"
                                r"(?:(?:about|roughly|some|nearly|almost|around|more than|over|less than|environ|près de|"
                                r"plus de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
# a clause opening on a common noun phrase as its subject, then its verb (a kind of product, not a company):
# "that custom silicon could make up", « que les puces maison pourraient capter »
_NOUN_SUBJECT = re.compile(r"(?:(?<![\w'’])(?:that|que)|qu['’]|^|[,;:]|(?<![\w'’])(?:while|whereas|alors\s+que|tandis\s+que))\s*"
                           r"(?:the\s+|les\s+|la\s+|le\s+|l['’])?(?:(?!its\b|their\b|his\b|her\b|sa\b|son\b|ses\b|leurs?\b|"
                           r"it\b|they\b|il\b|elle\b|ils\b|elles\b|we\b|nous\b|on\b)[a-zé][\w-]*\s+){1,3}"
                           r"(?:could|would|will|may|might|should|can|pourrai(?:en)?t|devrai(?:en)?t|vont|va|peut|peuvent)\s+"
                           r"(?:[a-zé][\w-]*\s+){1,4}$", re.IGNORECASE)
_BUYBACK_BEFORE = re.compile(r"(?<![\w'’])(?:(?:bought|buy|buys|buying)\s+back|repurchas\w*|a\s+racheté\s+pour|"
                             r"rachats?\s+d['’]actions\s+(?:de|pour))\s+(?:(?:about|roughly|some|nearly|environ|près de)\s+)?"
                             r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
# Sales lost: "a loss of roughly $8 billion in sales", "a $8 billion hit to revenue", « une perte de 8 milliards de ventes »
_LOST_BEFORE = re.compile(r"(?<![\w'’])(?:loss|shortfall|hit|reduction|perte|baisse|manque)\s+(?:of|de|d['’])\s*"
                          r"(?:(?:about|roughly|some|nearly|approximately|around|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                          re.IGNORECASE)
_IN_SALES_AFTER = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:in|of|de|d['’]|to)\s*(?:(?:the|its|le|la|ses|son)\s+)?"
                             r"(?:[\w-]+\s+)?(?:sales|revenue|ventes|revenus|chiffre d['’]affaires)\b", re.IGNORECASE)
_HOLD_VERB = re.compile(r"hold|holds|held|holding|control|controls|controlled|détient|détenait|détiendrait|contrôle|"
                        r"contrôlait", re.IGNORECASE)
# A part of a kind of product, after a percentage: "of data-center accelerators", « des ventes mondiales d'accélérateurs »,
# « des processeurs les plus avancés » (a product we track by its maker: chips of all makers, not "of its chips")
_OF_A_PRODUCT_AFTER = re.compile(
    r"\s*(?:of\s+(?:all\s+|the\s+world['’]s\s+|the\s+)?(?:(?:global|worldwide|world|advanced|leading-edge|high-end|"
    r"data[- ]cent(?:er|re)|AI|artificial intelligence|cloud|server)\s+){0,3}|"
    r"des\s+(?:ventes|livraisons)\s+(?:mondiales\s+)?(?:de|d['’])\s*|des\s+|du\s+)"
    r"(?:accelerators|GPUs|AI chips|chips|processors|semiconductors|foundry output|accélérateurs|processeurs|puces|"
    r"semi-conducteurs|GPU)\b|"
    # what a market spends on a kind of product, its year before it: "of 2026 data-center accelerator spend"
    r"\s*of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?(?:(?:global|worldwide|world|data[- ]cent(?:er|re)|AI|cloud|server)\s+){0,3}"
    r"(?:accelerator|GPU|AI chip|chip|processor|semiconductor)\s+(?:spend|spending|sales|revenue|shipments|market)\b",
    re.IGNORECASE)
# A share of a market's revenue, sales or shipments named by its product ("share of server processor revenue", « part
# des ventes mondiales de processeurs »), not of a company's (no capitalised name: "its share of OpenAI's revenue")
_SHARE_OF_A_MARKETS = re.compile(
    r"(?<![\w'’])share\s+of\s+(?:the\s+)?(?:(?:global|worldwide|world|total)\s+)?"
    r"(?:(?!(?:its|their|his|her|our|your|my)\b)(?-i:[a-z])[\w-]*\s+){1,3}?"
    r"(?:revenue|sales|shipments|spending|spend)\b|"
    r"(?<![\w'’])part\s+des\s+(?:ventes|revenus|livraisons|dépenses)\s+(?:mondiales\s+|mondiaux\s+)?(?:de|d['’])\s*"
    r"(?-i:[a-z])|"
    # a share of a kind of chips: "Nvidia's share of AI accelerators drops to 75%", « la part de Nvidia dans les GPU »
    r"(?<![\w'’])share\s+of\s+(?:the\s+)?(?:(?:global|worldwide|world|total)\s+)?"
    r"(?:(?!(?:its|their|his|her|our|your|my)\b)[\w-]+\s+){0,3}?(?:accelerators|GPUs|AI\s+chips|processors|CPUs)\b|"
    r"(?<![\w'’])part\s+(?:de\s+[A-Z][\w-]*\s+)?(?:dans|des)\s+(?:les\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:accélérateurs|GPU|processeurs|puces\s+d['’]IA)\b", re.IGNORECASE)
# Nothing but the rest of a list of figures between a figure and what follows it: "12% and 11% a year earlier"
_LISTED_UP_TO = re.compile(r"\s*(?:(?:,|and|et)\s*(?:US\s?)?[$€£]?\s*[\d.,]+\s*(?:%|percent|[a-z]*illions?|milliards?|bn)?\s*)*",
                           re.IGNORECASE)
# A pronoun for a figure's noun, the figure after "at": "put it at", "pegged it at", "estimated that at", « l'estiment à »
_PRONOUN_AT_BEFORE = re.compile(r"(?<![\w'’])(?:(?:put|puts|putting|pegged|pegs|placed|places|estimated|estimates|set|sets)"
                                r"\s+(?:it|that|the figure|the number)\s+at|(?:l['’]|la\s+)(?:estim\w+|évalu\w+|chiffr\w+|"
                                r"situ\w+|fix\w+)\s+à)\s+(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?"
                                r"(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)


# A noun as a preposition's object ("familiar with the deal"): no antecedent of a pronoun object
_PREP_OBJECT_BEFORE = re.compile(r"(?<![\w'’])(?:with|of|on|about|from|avec|sur|de|du|des)\s+(?:the\s+|a\s+|le\s+|la\s+|"
                                 r"l['’]\s*)?$", re.IGNORECASE)


_SPEAKING = interview.Part("answer")   # a transcript's paragraph read as an answer: "we" its speaker's company
_BULLET = re.compile(r"\s*[-•*–▪]\s")
# A figure named as a figure: « le chiffre de 12 milliards », "the figure of $12 billion", "the $600 billion figure"
_FIGURE_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:the|this|that|le|ce|du|au)\s+(?:chiffre|montant|figure|number)\s+"
                                 r"(?:de|d['’]|of)\s*(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_FIGURE_IS_OWNERS = re.compile(r"\s*(?:figure|number)\s+(?:is|was)\s+(?P<name>(?-i:[A-Z])[\w&.-]*)['’]s\b", re.IGNORECASE)
_THE_BEFORE = re.compile(r"(?<![\w'’])(?:the|this|that)\s+(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_FIGURE_NOUN_AFTER = re.compile(r"\s*(?:figure|number|estimate|claim)\b", re.IGNORECASE)
# What says a figure is wrong, after it: "… figure "is not accurate"", « … est faux », "is too high"
_NOT_SO_AFTER = re.compile(r"\s*(?:figure|number|estimate|claim)?\s*[\"“«]?\s*(?:is|was|were|are|est|était)\s+[\"“«]?\s*"
                           r"(?:not\s+(?:accurate|correct|right|true)|inaccurate|incorrect|wrong|false|untrue|too\s+high|"
                           r"too\s+low|pas\s+exact|faux|erroné|inexact|trop\s+élevé)|"
                           r"\s*(?:de\s+[\w\s]{1,20}?\s+)?(?:ne|n['’])\s*\w+\s+(?:pas|jamais)\b|\s+(?:does|did)\s+not\b",
                           re.IGNORECASE)   # (« Ce chiffre de mille milliards ne vient pas de nous »)
# A sentence opening on a company's officer, named in apposition: « Le vice-président Europe de Nvidia, Thomas Kessler, »
_OFFICER_OPENING = re.compile(
    r"\s*(?:(?:Le|La|L['’])\s*(?:nouvel?\s+|nouvelle\s+)?(?:directeur|directrice|président|présidente|vice-président\w*|"
    r"patron|patronne|PDG|responsable|porte-parole|dirigeant\w*|chef|numéro deux)\b[^,;:()]{0,40}?\s(?:de|d['’]|du)\s*"
    r"(?P<co>(?-i:[A-Z])[\w&.'’-]*)[^,;:]{0,20},\s*(?-i:[A-Z])|"
    r"(?P<co2>(?-i:[A-Z])[\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,4}?(?:chief|head|president|vice president|spokes\w+|"
    r"officer|executive|director)\b[^,;:]{0,30},\s*(?-i:[A-Z]))", re.IGNORECASE)
_BULLET_LABEL = re.compile(r"\s*[-•*–▪]\s+(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)\s*(?:\([^()]{1,30}\)\s*)?:")


def _heading_metric(text: str, start: int, lang: str, allowed, lex: Lexicon) -> str | None:
    """The metric the heading of a bulleted list names (the line before its bullets: short, no figure, no full stop),
    for a bullet that starts at `start`."""
    for line in reversed(text[:start].split("\n")[-12:]):
        line = line.strip()
        if not line or line[:1] in "-•*–▪":
            continue   # (the list's other bullets)
        if len(line.split()) > 10 or line.endswith(".") or _DIGIT.search(line):
            return None
        return next((t.metric for t in find_triggers(line, lang, lex) if t.metric in allowed), None)
    return None


_DIGIT = re.compile(r"\d")
# A table's line: a short label, a colon, its value ("Chiffre d'affaires : 10,3 Md$", "- Revenue: $68.1 billion").
_LABEL_LINE = re.compile(r"\s*(?:[-•*–▪]\s*)?[^\n:.;]{2,60}?\s?:\s")


def _block_heading(text: str, start: int, S: str) -> str | None:
    """The heading of the block of label lines the line at `start` belongs to ("NVIDIA — 4e trimestre de l'exercice
    2026 (novembre à janvier)": short, no full stop), else None."""
    if not _LABEL_LINE.match(S):
        return None
    for line in reversed(text[:start].rstrip(" \t\n").split("\n")[-8:]):
        line = line.strip()
        if not line:
            return None   # (a blank line closes the block)
        if _LABEL_LINE.match(line):
            continue    # (the block's other lines)
        if len(line.split()) > 14 or line.endswith((".", "!", "?")):
            return None
        return line
    return None


def _block_heading_cues(text: str, start: int, S: str) -> list:
    """The period cues of the block heading of the line at `start`, placed before the line; else []."""
    line = _block_heading(text, start, S)
    if line is None:
        return []
    shift = -len(line) - 1
    return [dataclasses.replace(c, start=c.start + shift, end=c.end + shift) for c in periods.find_cues(line)]


# A heading that names a company by a capitalised name: "MISTRAL AI (non coté)", "Lambda — Q4 2025".
_HEADING_NAME = re.compile(r"\s*(?:[-•*–▪]\s*)?(?P<name>[A-ZÉ][\w&.'’-]*(?:\s+[A-ZÉ][\w&.'’-]*){0,2})(?=\s*(?:$|[—–(:-]))")


def _demonstrative_trigger(S: str, f: Figure, triggers, allowed):
    """The metric word a demonstrative before the figure stands for (« les valorisations – celle de Nvidia a frôlé… »)."""
    d = None
    for d in _DEMONSTRATIVE_OF.finditer(S, max(0, f.start - 90), f.start):
        pass
    if d is None:
        return None
    return next((t for t in reversed(triggers) if t.end <= d.start() and d.start() - t.end <= 6 and t.metric in allowed),
                None)


_DEMONSTRATIVE_OF = re.compile(r"(?<![\w'’])(?:celle|celui|celles|ceux|that|those)\s+(?:de|d['’]|du|of)\s*", re.IGNORECASE)


def _base_of_prev(S: str, f: Figure, prev, family: str, mentions) -> str | None:
    """The subject of the figure before, for the base of a comparison right after it with no name of its own («
    40,8 milliards …, contre 33,1 milliards un an plus tôt, porté par … Nvidia et Broadcom en tête »: TSMC's)."""
    if prev is None or prev[2] != family or not prev[1]:
        return None
    base = _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start)
    if base is None or any(base.start() <= m.start < f.start for m in mentions):
        return None
    return prev[1]


def _valued_apposition(S: str, f: Figure, mentions) -> str | None:
    """"Microsoft holds 27% of OpenAI, valued at $500 billion", « 27 % d'OpenAI, valorisée à… »: the participle's
    company is the one named right before its comma."""
    m = _VALUED_AFTER_COMMA.search(S, max(0, f.start - 50), f.start)
    if m is None:
        return None
    return next((x.entity for x in mentions if x.end == m.start() and x.kind != "anaphor"), None)


def _valued_stake_after(S: str, g: Figure, f: Figure) -> bool:
    """Whether `f` is the value a participle gives the stake named with the figure `g` before it."""
    return _VALUED_TAIL.fullmatch(S, g.end, f.start) is not None and (
        _STAKE_NOUN_AFTER.match(S, g.end) is not None
        or _STAKE_NOUN_BEFORE.search(S, max(0, g.start - 30), g.start) is not None)


_STAKE_NOUN_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:stake|holding|shareholding)\b", re.IGNORECASE)
_STAKE_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?:participation|stake|holding)\s+(?:de|d['’]|of)\s*(?:environ\s+|about\s+)?$",
                                re.IGNORECASE)
_BRINGING_TOTAL = re.compile(r",\s*(?:bringing|taking|lifting|raising|pushing|portant|ce qui porte|faisant passer)\s+"
                             r"(?:(?:its|their|the|son|sa|ses|leur|le|la)\s+)?(?:[\w-]+\s+){0,3}?(?:total|tally|montant|"
                             r"valeur|engagement|investissement|enveloppe)\w*\s+(?:[\w-]+\s+){0,2}?(?:to|à)\s+"
                             r"(?:(?:about|roughly|around|some|nearly|approximately|more than|over|environ|près de|quelque|"
                             r"plus de)\s+)?(?:US\s?)?[$€£]?\s*\Z", re.IGNORECASE)
_SPACE_ONLY = re.compile(r"[\s\u00a0-]*")
# The figure before moved to this one: "lifted that to", "pushed it to", « l'a portée à », « a fait passer ce chiffre à ».
_MOVED_THAT_TO = re.compile(r"(?<![\w'’])(?:lifted|lifts|raised|raises|pushed|pushes|brought|brings|took|takes|boosted|boosts|"
                            r"cut|cuts|lowered|lowers|increased|(?:depuis|puis|ensuite)\s+(?:porté|relevé|ramené|réduit)e?s?|"
                            r"(?:l['’]a|l['’]ont|la|le)\s+(?:portée?|porte|portent|"
                            r"fait\s+passer|relevée?|ramenée?|hissée?))\s+(?:that|this|it|the\s+figure|the\s+valuation|"
                            r"ce\s+chiffre|cette\s+valorisation)?\s*(?:to|à)\s+(?:(?:about|roughly|around|some|nearly|more\s+than|"
                            r"over|environ|près\s+de|plus\s+de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_JOINT_PAIR = re.compile(r"\s*([A-Z][\w&.'’-]*)\s+(?:and|et|&)\s+([A-Z][\w&.'’-]*)\s")


def _option_on_company(S: str, f: Figure, mentions) -> bool:
    """Whether `f` is a share "of" a company we track that an option or warrant is to buy ("the option to buy up to
    10% of AMD", « l'option d'acquérir jusqu'à 10 % d'AMD »)."""
    of = _OF_TRACKED.match(S, f.end)
    return of is not None and any(m.start == of.end() for m in mentions) and \
        _OPTION_TO_BUY.search(S, max(0, f.start - 60), f.start) is not None


_OF_TRACKED = re.compile(r"\s*(?:of|de|d['’])\s*")
_OPTION_TO_BUY = re.compile(r"(?<![\w'’])(?:options?|warrants?|rights?|bons?|droits?)\s+(?:to|de|d['’])\s*"
                            r"(?:buy|acquire|purchase|take|acheter|acquérir|racheter|prendre)\b[^,;:.]{0,25}$", re.IGNORECASE)
# A count of shares restated as a part of the company: "160 million AMD shares, or roughly 10% of the company", « 160
# millions d'actions, soit environ 10 % du capital ».
_SHARES_RESTATED = re.compile(r"\s*(?:[A-Z][\w&.-]*\s+)?(?:(?:de |d['’])?(?:nouvelles\s+|new\s+|common\s+)?(?:shares|actions|titres)"
                              r"(?:\s+[A-Z][\w&.-]*)?)[^,;:]{0,30}?,\s*(?:or|soit|representing|représentant|"
                              # "…, which, if they all vest, is roughly ten percent of the company", « ce qui représente »
                              r"which(?:\s*,[^,;:]{0,40},)?\s+(?:is|would\s+be|represents?|amounts?\s+to)|"
                              r"ce\s+qui\s+(?:représente(?:rait)?|équivaut\s+à|correspond\s+à))\s+"
                              r"(?:(?:about|roughly|around|some|nearly|approximately|environ|près de|quelque)\s+)?",
                              re.IGNORECASE)
_RESTATED = re.compile(r"(?:\s*(?:billion|million|milliards?|millions?|percent|per cent|pour cent|%))?\s*(?:de dollars\s*)?"
                       r"(?:(?:of|in|dans|de|du|des|d['’])\s*[^,;:]{1,40}?)?,\s*"
                       r"(?:or|i\.e\.|representing|equal to|equivalent to|soit|représentant|ce qui représente)\s+"
                       r"(?:(?:about|roughly|around|some|nearly|approximately|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*",
                       re.IGNORECASE)
_APPOSITION = re.compile(r"^[^,;:]{0,60}(?:,[^,;:]{0,40})?,\s*(?:a|an|un|une)\s+(?:[\w-]+\s+)?(?:stake|holding|position|shareholding|"
                         r"participation|part|position)\b[^,;:]{0,30}$", re.IGNORECASE)


# A relative clause or an apposition that holds the figure: ", which is valued at", ", the world's most valuable
# company at", " — which lost" (its verb, if any, is before the figure; the main clause's verb comes after its closing
# comma or dash).
# (a participle opens an apposition too: "OpenAI, valued at $500 billion, …", « La start-up, valorisée 500 milliards, … »)
_IN_RELATIVE = folded(re.compile(r"[A-Za-z\u00C0-\u00FF)](?:,|\s+[—–])\s*(?:(?:which|who|qui|dont|the|an|le|la|l['’]|une?)\b|"
                                 rf"(?:(?:now|currently|already|still|most|recently|previously|last|désormais|aujourd'hui|"
                                 rf"déjà|récemment|dernièrement)\s+){{0,2}}(?:{_PAST_VERB}|worth)\s)"
                                 r"[^,;:]*$", re.IGNORECASE))
_ASIDE_END = re.compile(r",|\s[—–]")
_ASIDE_WORD = folded(re.compile(rf"(?<![\w'’])(?:{_PAST_VERB}|worth|valuation|valorisation|which|who|qui|dont)(?![\w'’])",
                                re.IGNORECASE))
_NEXT_NUMBER = re.compile(r"(?<![\w.,])(?!(?:19|20)\d\d\b)\d")   # a number's first digit: not a year, not "H20"


_PURPOSE_AFTER = re.compile(r"\s+(?:pour|afin d['’]|afin de|in order to|so as to)\s+(?=[a-zéèêà])", re.IGNORECASE)


def _finish(orig, S, s0, f, unit, metric, mdef, subject, cp, trig, mentions, attrs, cues, lang, doc_lang, published,
            lex, ctx) -> Claim:
    """Modality, period and speaker of an attached figure, and the Claim itself."""
    clause_lo = attach.clause_start(S, f.start)
    # an elliptical coordination has no verb of its own and keeps the one before it:
    # « SoftBank apportera 10 Md$ dès avril, puis jusqu'à 30 Md$ en décembre »
    verb_lo = clause_lo if len(S[clause_lo:f.start].split()) > 3 or _FINITE_VERB.search(S, clause_lo, f.start) else \
        attach.clause_start(S, max(0, clause_lo - 2))   # (", and now owns about 11%" has a verb of its own)
    hi = f.end + 40
    if len(S[clause_lo:f.start].split()) <= 3 and not _FINITE_VERB.search(S, clause_lo, f.start):
        # the figure heads its clause's subject: its verb comes after the noun phrase, however long ("The first gigawatt
        # of AMD's Instinct MI450 processors is due to be deployed…", « Le premier gigawatt de GPU MI450 doit être livré »)
        hi = f.end + 100
    nxt = _NEXT_NUMBER.search(S, f.end, hi + 60)
    if nxt is not None:
        # a cue after the figure but before the next one (after a comma, if there is one) is the next one's:
        # "$180 billion versus the $178 billion expected", "$20 billion, well above its initial target of $15 billion"
        comma = S.rfind(",", f.end, nxt.start())
        hi = min(hi, comma if comma >= 0 else nxt.start())
    semi = S.find(";", f.end, hi)
    if semi >= 0:
        hi = semi   # "revenue of $57 billion; the market expected $54.9 billion": the next clause's verb is its own
    vp_end = _own_verb_phrase_after(S, f, lang)
    if vp_end is not None:
        # a coordinated verb phrase of its own: "made $3.7 billion in 2024 and expects $12.7 billion in 2025"
        hi = min(hi, vp_end)
    own_clause = _NEW_SUBJECT_AFTER.search(S, f.end, hi)
    if own_clause is not None:
        # a coordinated clause with a subject of its own: "rose to $34.9 billion, and the company said spending would
        # increase" (its "would" is not the figure's)
        hi = own_clause.start()
    adding = _SAYING_MORE.search(S, f.end, hi)
    if adding is not None:
        hi = adding.start()   # "…, Altman said, adding that…", « …, ajoutant viser… »: what is added is its own
    purpose = _PURPOSE_AFTER.search(S, f.end, hi)
    if purpose is not None:
        # a purpose clause after the figure has its own verb: « a versé 22,5 milliards pour finaliser son
        # investissement » was paid (the finalising is what it was for)
        hi = purpose.start()
    when = _TIME_CLAUSE_AFTER.search(S, f.end, hi)
    if when is not None:
        # a clause of time after the figure has its own verb: "was valued at $350 billion after Microsoft and Nvidia
        # agreed to invest", « … après que Microsoft a accepté d'investir »
        hi = when.start()
    if _IN_RELATIVE.search(S, max(0, f.start - 90), f.start):
        # "OpenAI, which is valued at $500 billion, is preparing for an IPO" (or between dashes: "OpenAI — which lost
        # $5 billion last year — expects…"): the clause ends at its comma or dash
        close = _ASIDE_END.search(S, f.end)
        hi = min(hi, close.start()) if close is not None else hi
    # (capacity is told with long noun phrases before it: « fournira au créateur de ChatGPT des processeurs graphiques
    # Instinct représentant une capacité de 6 gigawatts »: the clause's verb says whether it is to come)
    lo = max(verb_lo, f.start - (150 if metric == "compute_capacity" else 90))
    for rel in attach.RELATIVE_OPEN.finditer(S, lo, f.start):
        lo = rel.start()   # (a relative clause holding the figure has its own verb: « un plan d'investissement …, qui compte
        # déjà un contrat de 10 gigawatts » is no plan)
    paren = S.rfind("(", max(0, f.start - 60), f.start)
    if paren >= 0 and ")" not in S[paren:f.start] and (shut := S.find(")", f.end)) >= 0 and \
            _ASIDE_WORD.search(S, paren, shut):
        # "OpenAI (valued at $500 billion) plans to raise more": an aside in parentheses with a verb or a noun of its
        # own keeps its own modality (not a gloss, "€11 billion ($13 billion)", nor a base, "(from $14 billion)")
        lo, hi = max(lo, paren), min(hi, shut)
    local = S[lo:min(len(S), hi)]
    modality = "actual"
    if _PROJECTION_RE.get(lang, _PROJECTION_RE["en"]).search(local):
        modality = "projected"
    if lang == "fr" and re.search(r"\baurai(?:t|ent) (?!besoin)\w+", local) and not re.search(r"\bpourrai|devrai", local):
        modality = "actual"
    if modality == "projected" and lang == "fr" and _STATE_CONDITIONALS.fullmatch(_cues_in(local, lang)) and \
            not _INFINITIVE_AFTER_COUNT.search(local):
        # the conditional of hearsay on a state is what is reported to hold now: « Microsoft n'en posséderait plus
        # qu'environ 24 %, selon Bloomberg », « cette participation vaudrait plus de 200 milliards », « OpenAI
        # compterait 800 millions d'utilisateurs » (a flow's, « dépenserait 8 milliards », is a plan; a date ahead
        # makes a stock one too, below)
        modality = "actual"
    if metric == "compute_commitment" and modality == "projected" and not (
            (trig is not None and re.match(r"spend|comput\w* (?:spend|cost)|dépens|coûts? de|invest", trig.text, re.IGNORECASE)
             or _SPEND_VERB.search(local) or _INVEST_VERB.search(local)) and not _COMMITTED.search(local)) and not re.search(
            r"\b(?:could|would|might|may|pourrai\w*|devrai\w*|plans?|prévoi\w*|projets?|talks|discussions?|"
            r"discussing|negotiat\w*|négoci\w*|considering|weighing|envisag\w*)\b", local, re.IGNORECASE):
        # a commitment that "will" be honoured is made ("will buy $250 billion of Azure services"); spending or
        # investment that will be done ("will spend $50 billion on data centers", "will bring Stargate to $400 billion
        # in investment") is a plan, unless committed to ("has committed to spend", « s'est engagé à dépenser »)
        modality = "actual"
    if modality == "actual" and (metric in ("investment", "compute_commitment") and _ANNOUNCED_NOUN.search(local) or
                                 metric == "compute_capacity" and (f.unit is None and _ORDERED.search(local) or
                                                                   _TO_SUPPLY.search(local))):
        # "announced a $100 billion investment in OpenAI", « a annoncé un investissement de 100 milliards »: money to be put
        # in; "has ordered 50,000 AMD chips", « en a commandé 50 000 unités »: capacity to be delivered
        modality = "projected"
    # the report a speaker rejects keeps its own figure: `_denied_reports` adds the denial
    dr = _DENIED_REPORT[lang].search(S, 0, f.start) if lang in _DENIED_REPORT else None
    deny_lo = max(clause_lo, f.start - 60, dr.end() if dr is not None else 0)
    for sub in _AFTER_CLAUSE.finditer(S, deny_lo, f.start):
        deny_lo = sub.end()   # "…was not raising capital, after CNBC reported a $15 billion round": not that clause's
    for sub in _RELATIVE_COMMA.finditer(S, deny_lo, f.start):
        if "," not in S[sub.end():f.start]:   # (one still open at the figure, not an aside: ", which it does not name,")
            deny_lo = sub.end()   # (nor the main clause's negation in a relative clause holding the figure: "…is a segment
        # figure and not the company's top line, which was $113.8 billion for the quarter")
    # a denial's complement clause holds the figure however far it runs: « Altman a démenti que la société
    # prépare une introduction en Bourse la valorisant 1 000 milliards »
    dt = _DENY_THAT[lang].search(S, clause_lo, f.start) if lang in _DENY_THAT and dr is None else None
    if dt is not None:
        deny_lo = min(deny_lo, dt.start())
    while 0 < deny_lo < f.start and S[deny_lo - 1].isalnum() and S[deny_lo].isalnum():
        deny_lo += 1     # a window cut inside a word is no word: "une" cut to "ne" is no negation
    if _DENIAL_RE.get(lang, _DENIAL_RE["en"]).search(_ASIDE_BLANKED.sub(_blank, S[deny_lo:f.start])) and \
            not re.search(r"\b(?:not only|non seulement|no less|pas moins|not far|ne \w+ plus|not (?:yet )?(?:clear|obvious|"
                          r"known)|(?:n['’]est|ne sont) pas (?:encore )?(?:clair|évident)\w*|"
                          # a verb of telling or revising negated, not the figure: "has not updated the $30 billion"
                          r"(?:not|n['’]t|pas)\s+(?:yet\s+|encore\s+)?(?:updated|update|revised|revise|commented|comment|"
                          r"confirmed|confirm|disclosed|disclose|changed|change|mis à jour|révisé|commenté|confirmé|précisé))\b|"
                          r"\b(?:ne (?:s['’])?\w+|n['’]\w+)(?: \w+){0,2} (?:«\s*)?qu(?:e\b|['’])|"   # « ne … que » restricts
                          # a name set aside for another ("Amazon, not Google, was leading"): the figure is not denied
                          r",\s*(?:not|et non|non pas|pas)\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)?\s*,",
                          S[max(0, f.start - 60):f.start]) and f.qualifier not in ("less_than", "at_most") and \
            not _OWN_FIGURE.search(S, max(0, f.start - 12), f.start):
        modality = "denied"
    if modality != "denied" and any(c in S[f.end:f.end + 80] for c in (";", " —", " –", " -", ", but", ", mais")) and \
            _REJECTED_AFTER.match(S, f.end):
        modality = "denied"   # the figure, then a clause that rejects it: "People have written that we'd list at a $1
        # trillion valuation; that's not a number I have ever put in front of anyone", « …; ce chiffre est faux »
    if modality != "denied" and _SET_ASIDE_BEFORE.search(S, max(0, f.start - 30), f.start):
        modality = "denied"   # the figure set aside for another: « 800 millions, et non 700 millions », « non pas 20 »
    if modality != "denied" and _REPORTS_THAT_BEFORE.search(S, max(0, f.start - 100), f.start) and \
            _PASSIVE_DENIED_AFTER.match(S, f.end):
        # "Reports that Microsoft would contribute $25 billion were denied by the software company", « Les informations
        # selon lesquelles … ont été démenties »: the report's figure, denied
        modality = "denied"
    near_cues = _near_cues(S, f, cues, clause_lo, vp_end, modality != "projected")
    if not near_cues and ":" in S[:f.start] and (head := _block_heading_cues(ctx.text, s0, S)):
        near_cues = head   # "AMD — 4e trimestre 2025 / Chiffre d'affaires : 10,3 Md$": a table's block heading dates
        # the lines under it
    last = ctx.last_period.end or ctx.last_period.start if ctx.last_period is not None else None
    near_cues = [periods.that_year(c, cues, last[:4] if last and last[:4].isdigit() else None) for c in near_cues]
    if published and any(c.kind == "month" for c in near_cues):
        near_cues = [_month_to_come(S, c, published) for c in near_cues]
    fy_end = lex.fiscal_end.get(subject, 12)
    # an estimate alone ("analysts estimate the third-quarter loss at…") dates a figure as a fact would
    estimate = modality == "projected" and _ONLY_ESTIMATES.fullmatch(_cues_in(local, lang)) is not None
    if near_cues and near_cues[0].kind == "same" and any(c.kind != "same" and c.end <= near_cues[0].start for c in cues):
        # "the period" after a period its own sentence named (« Au dernier trimestre, … a perdu 11,5 milliards sur la
        # période »): that one, not the previous sentence's
        near_cues = [c for c in cues if c.kind != "same" and c.end <= near_cues[0].start][-1:]
    if near_cues and near_cues[0].kind == "same" and ctx.last_period is not None:
        prior = ctx.last_period   # "over the same period", « dans le même temps »: the previous figure's period
        if not (prior.start or prior.end) and ctx.periods:
            prior = ctx.periods[-1]   # (the latest dated one: an undated deal in between dates nothing, "in the period")
        months = _months_named(near_cues[0].text)
        if months and _span_months(prior) != months:
            # "the same six months", « les mêmes neuf mois »: the latest period of that length, not the last figure's
            # (a run rate in between: "…$4.3 billion in the first half. … $20 billion in annualized revenue. Yet the
            # company lost $13.5 billion over the same six months")
            prior = next((p for p in reversed(ctx.periods) if _span_months(p) == months), prior)
        period = Period(kind=prior.kind, start=prior.start, end=prior.end, text=near_cues[0].text)
    else:
        # a month fronted before a verb in the past dates what was done then, the past month: "In November, Microsoft
        # agreed to invest up to $5 billion" (published in March) is last November's agreement, not the next November
        done_then = any(c.kind == "month" and c.end <= f.start and not S[:c.start].strip() and
                        _PAST_CLAUSE_AFTER.match(S, c.end) for c in near_cues)
        period = periods.resolve(mdef.period, [c for c in near_cues if c.kind != "same"], published, fy_end,
                                 modality == "projected" and not estimate and not done_then, metric, f.end)
        if period.kind == "annual" and period.start and period.end and \
                any(c.kind in ("year", "fiscal") and c.end <= f.start for c in near_cues) and \
                any(c.start >= f.end and _LISTED_UP_TO.fullmatch(S, f.end, c.start) and
                    _YEAR_EARLIER.search(c.groups.get("rel") or "") for c in near_cues):
            # "16% … in fiscal 2026, compared with 12% a year earlier": the base is of the year before the one named
            if len(period.start) == 4:
                period = Period("annual", str(int(period.start) - 1), str(int(period.end) - 1), period.text)
            else:
                period = Period("annual", *periods.year_before(period.start, period.end), period.text)
        prior = ctx.last_period
        if period.kind == "quarter" and period.start is None and prior is not None and prior.kind == "quarter" and \
                prior.start and len(prior.start) == 7:
            # a quarter's figure undated after a sentence on the same figure's quarter is of that quarter ("Nvidia
            # said two customers made up 39% of second-quarter revenue. One accounted for 23%, …"), and « Un an plus
            # tôt, … 14 % » is the quarter in question a year before
            if not near_cues and (ctx.last_metric, ctx.last_subject) == (metric, subject):
                period = Period("quarter", prior.start, prior.end, None)
            elif near_cues and _YEAR_BEFORE.fullmatch(near_cues[0].text):
                period = Period("quarter", *periods.year_before(prior.start, prior.end), near_cues[0].text)
        if near_cues and _YEAR_BEFORE.fullmatch(near_cues[0].text) and ctx.in_sentence and \
                (fst := ctx.in_sentence[0]).subject == subject and fst.metric == metric and fst.period.start and \
                fst.period.end and not (fst.period.text and _YEAR_BEFORE.search(fst.period.text)) and \
                (fst.period.kind == "quarter" and period.kind in ("annual", "quarter") and
                                    len(fst.period.start) == 7 or
                                    fst.period.kind == "annual" and period.kind != "annual" and fst.period.start.isdigit()):
            # "net loss widened to $314.6 million in the quarter from $129 million a year earlier": the same quarter
            # of the year before, not last year; "58% of 2025 revenue, down from 62% a year earlier": 2024's
            if fst.period.kind == "quarter":
                period = Period("quarter", *periods.year_before(fst.period.start, fst.period.end), near_cues[0].text)
            else:
                y = str(int(fst.period.start) - 1)
                period = Period("annual", y, y, near_cues[0].text)
        first = ctx.in_sentence[0].period if ctx.in_sentence and ctx.in_sentence[0].subject == subject and \
            ctx.in_sentence[0].modality == "actual" else None
        if period.kind == "annual" and not near_cues and modality == "actual" and metric in _RESULTS_CARRIED \
                and first is not None and first.start and not _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start) \
                and (first.kind in ("cumulative", "quarter") and len(first.start) == 7 and first.end and
                     first.end != first.start or first.kind == "annual" and first.text and first.start != period.start):
            # the same within a sentence: a result after a comma, with no dates of its own, is of the half, quarter or
            # year the sentence's first result is of (« a engrangé 4,3 milliards au premier semestre 2025, mais a brûlé
            # 2,5 milliards », "…in the first half of 2025, and burned $2.5 billion", « … 5 milliards l'an dernier,
            # pour un chiffre d'affaires de 3,7 milliards »; not the base of a comparison, "up from $2 billion")
            period = Period(first.kind, first.start, first.end, None)
        elif period.kind == "annual" and not near_cues and first is not None and first.kind == "annual" and \
                first.text and first.start and first.start.isdigit() and first.start == first.end and \
                ctx.in_sentence[0].metric == metric and _COMPARISON_BASE.search(S, max(0, f.start - 45), f.start):
            # an undated base of a year's figure is the year before ("lost $5 billion last year, up from $2 billion",
            # « 13 milliards cette année, contre 3,7 milliards »)
            y = str(int(first.start) - 1)
            period = Period("annual", y, y, None)
        if metric == "customer_concentration" and not near_cues and ctx.in_sentence and \
                (same := next((c for c in ctx.in_sentence if c.metric == metric and c.subject == subject
                               and (c.period.start or c.period.end)), None)) is not None:
            # « 36 % du chiffre d'affaires du dernier exercice, le premier pesant 21 % et le second 15 % »: the parts'
            # shares are of the whole's period
            period = Period(same.period.kind, same.period.start, same.period.end, None)
        lead = ctx.lead_period
        if period.kind == "annual" and not near_cues and modality == "actual" and metric in _RESULTS_CARRIED \
                and ctx.last_subject == subject and lead is not None and lead.kind in ("cumulative", "quarter") \
                and lead.start and len(lead.start) == 7 and lead.end and lead.end != lead.start:
            # an undated result right after the same company's figures of a half or a quarter is of that period too
            # (« a généré 4,3 milliards au premier semestre… Sa perte nette s'est élevée à 13,5 milliards »; a span of
            # months, not a single one: "OpenAI raised $40 billion in March. OpenAI lost $5 billion" is the year's;
            # the sentence's first figure's, not its base's: « …au deuxième trimestre, contre 323 millions un an plus tôt »)
            period = Period(lead.kind, lead.start, lead.end, None)
        if period.kind == "point" and period.start is None and not near_cues and prior is not None and \
                (prior.end or prior.start) and _THEN.search(S, max(0, f.start - 40), min(len(S), f.end + 40)):
            # « les 32,5 % du capital alors détenus par Microsoft », "the 32.5% it held at the time": a stock as of the
            # period the article was just on — or of the month its sentence named before it (« Depuis la
            # restructuration d'octobre, …, une participation valorisée à l'époque 135 milliards »)
            d = (prior.end or prior.start)[:7]
            named = [c for c in cues if c.end <= f.start and c.kind in ("month", "since")]
            if named and (mp := periods.resolve("point", named[-1:], published, fy_end, False, metric, f.end)) \
                    is not None and mp.start and (published is None or mp.start <= published[:7]):
                d = mp.start[:7]
            period = Period("point", d, d, None)
        if all(c.kind == "yearly" for c in near_cues) and ctx.last_year and period.kind in ("annual", "point") and \
                (then := _BY_THEN.search(S, attach.clause_start(S, f.start) if f.start else 0, f.start)) is not None:
            # "…not cash-flow positive until 2029. By then, it projects annual revenue of $125 billion", « d'ici là »:
            # the year the text just named
            y = ctx.last_year
            period = Period("annual", y, y, then.group(0)) if period.kind == "annual" else Period("point", None, y, then.group(0))
        if not near_cues and ctx.quarterly and subject == ctx.main and modality == "actual" and published and \
                (metric in _QUARTERLY_RESULTS_METRICS and period.kind == "annual" or
                 period.kind == "quarter" and period.start is None):
            # an article on a company's quarterly results: its undated results are the quarter's (and so is an undated
            # share of its revenue: "its largest direct customer made up 22 per cent of sales")
            period = periods.latest_quarter(published, fy_end)
        elif not near_cues and period.kind == "quarter" and period.start is None and published and \
                metric == "customer_concentration" and modality == "actual" and not ctx.quarterly and \
                not _PAST_SHARE_VERB.search(S, clause_lo, f.start):
            # an undated share of a company's revenue outside a results story, in the present ("CoreWeave still draws
            # more than half of its revenue from Microsoft"): the publication year's, as a yearly figure told in the
            # present is (contract §1)
            period = Period("annual", published[:4], published[:4], None)
    if metric == "market_share" and period.kind == "point" and period.end and len(period.end) == 4 and \
            period.start in (None, period.end):
        # a share of a market in a year ("86% of the market in 2025", "up to 12% by 2028") is a share of that year's
        # sales, a yearly figure; undated or dated by a month, it is a share at a date
        period = Period("annual", period.start, period.end, period.text)
    if published and period.kind == "annual" and period.start and period.start[:4].isdigit() and \
            int(period.start[:4]) > int(published[:4]) and modality == "actual":
        modality = "projected"
    elif published and modality == "actual" and metric in _YEAR_TOTALS and period.kind == "annual" and \
            period.start == period.end == published[:4] and (period.text or published[:4] in S) and \
            not _SPENT_DONE.search(S, attach.clause_start(S, f.start), f.start):
        # a year's total while the year runs, outside a results story, is an expectation ("Meta narrowed 2026 capex to
        # $130–135 billion", "still tracking to about $200 billion for the year", "Nvidia at roughly 75% of 2026
        # spend"): the year is not over (but what was spent is spent: "Apple spent $12.7 billion"; and a year named, not
        # the publication's year a figure with no date of its own is given)
        modality = "projected"
    if modality == "actual" and published and period.kind == "point" and (when := period.start or period.end) and \
            (len(when) == 7 and when > published[:7] or len(when) == 4 and period.start and when > published[:4]):
        # a stock dated after the publication is to come: "The first gigawatt … goes in during the second half of this
        # year", « … sera opérationnel au second semestre », "a share closer to 80% in 2027"
        modality = "projected"
    if modality == "actual" and published and any(c.kind == "by" and c.start < hi and not periods.runs_to(c, f.end)
                                                  for c in near_cues) \
            and (period.end or period.start) and not _ended_before(period, published) and \
            not _ALREADY_DONE.search(S[max(clause_lo, f.start - 40):min(len(S), f.end + 40)]):
        # a deadline still ahead, in the figure's own clause, is a target: « un chiffre d'affaires annualisé supérieur
        # à 20 milliards d'ici la fin de l'année », "$1 billion by 2027" (what was reached "by June", now past, is done)
        modality = "projected"
    if modality == "projected" and _BASE_BEFORE.search(S, max(0, f.start - 45), f.start) and (
            published and _ended_before(period, published) or period.kind == "point" and _BEFORE_NOW_AFTER.match(S, f.end)):
        # the base a forecast is compared with is an outcome: "$13 billion this year, up from $3.7 billion last
        # year", « contre 3,7 milliards l'an dernier », "more than double the $75 billion … in July"; a stock's base
        # "previously" is what it was (« détiendra 27 %, contre 32,5 % auparavant »), while a flow's is the earlier
        # forecast of a revision (« attendus entre 70 et 72 milliards, contre 66 à 72 milliards auparavant »)
        modality = "actual"
    if modality == "projected" and (_TODAY_AFTER.match(S, f.end) or estimate and published and
                                    _ended_before(period, published) or
                                    _ALREADY_DONE.search(S[max(clause_lo, f.start - 40):min(len(S), f.end + 40)]) or
                                    _past_relative(S, f.end)):
        # an outcome: a figure for today (« de 800 millions d'utilisateurs aujourd'hui à 3 milliards dans cinq ans »),
        # an estimate of a period already over (« les analystes estiment la perte trimestrielle … »), what was
        # "already" done, or what an object relative clause says was done ("the $40 billion SoftBank invested")
        modality = "actual"
    if modality == "actual" and ctx.in_sentence and ctx.in_sentence[-1].metric == metric and \
            ctx.in_sentence[-1].modality == "projected" and _PART_OF_BEFORE.search(S, max(0, f.start - 40), f.start) \
            and not _ALREADY_DONE.search(S[f.start:min(len(S), f.end + 40)]):
        # a part of a planned whole is planned too: "would invest up to $100 billion …, starting with $10 billion",
        # « investira jusqu'à 100 milliards …, en commençant par 10 milliards » (« dont 11,6 milliards déjà versés »
        # were paid)
        modality = "projected"
    if metric in _FLOWS and (_A_MONTH_AFTER.match(S, f.end) or
                             trig is not None and (_MONTHLY_BEFORE.search(S, max(0, trig.start - 30), trig.start)
                                                   or _MONTHLY_AFTER.match(S, trig.end))):
        # a month's flow ("burning roughly a billion dollars a month", « 1 milliard par mois », "monthly cash burn"): the
        # month the text dates, else the month it is told in, as the contract dates a month's revenue (« En septembre
        # 2024, OpenAI aurait encaissé 300 millions de dollars »)
        mc = [c for c in near_cues if c.kind == "month"]
        mp = periods.resolve("cumulative", mc, published, fy_end, modality == "projected", metric, f.end) if mc else None
        month = mp.start if mp is not None and mp.start and len(mp.start) == 7 and mp.start == mp.end else \
            period.start if period.kind in ("cumulative", "point") and period.start and len(period.start) == 7 \
            and period.start == period.end else (published or "")[:7] or None
        period = Period("cumulative", month, month, _A_MONTH_AFTER.match(S, f.end).group(0).strip()
                        if _A_MONTH_AFTER.match(S, f.end) else period.text)
    speaker, kind = _speaker(S, f, attrs, subject, cp, lang, ctx, modality, metric, period, mentions, lex)
    qual = f.qualifier
    low, high = (f.low, f.high) if f.is_range or qual == "between" else interval(qual, f.value)
    start, end = s0, s0 + len(S)
    return Claim(subject=subject, metric=metric, value=f.value, unit=unit, qualifier=qual, period=period,
                 modality=modality, speaker_kind=kind, quote=orig[start:end], span=(start, end), lang=doc_lang,
                 counterparty=cp, low=low, high=high, speaker=speaker, published=published,
                 confidence=0.75 if trig is not None else 0.6, half_unit=f.half_unit)


# The size of a fund: the figure before the fund's noun ("a $4 billion long-short fund", "$100 billion Vision Fund") or
# assets managed ("manages $50 billion", « gère 50 milliards », "in assets under management"), « un fonds de 4 milliards »
# (not « une levée de fonds de 4 milliards », nor "funds" raised).
_FUND_GATE = re.compile(r"[Ff]und|fonds|anage|gère|gérait|gérant|oversees|gestion|encours")
_FUND_AFTER = re.compile(r"(?:\s+(?:(?!and\b|or\b|in\b|of\b|for\b|to\b)[a-z][\w-]*|[A-Z][\w-]*)){0,3}\s+(?:fund|Fund)(?![\w-])|"
                         r"\s+(?:(?:in|of)\s+)?(?:assets\s+under\s+management|under\s+management|d['’]actifs\s+sous\s+gestion|"
                         r"d['’]encours|sous\s+gestion)\b")
_FUND_BEFORE = re.compile(r"(?:(?<![\w'’])(?:manages?|managed|managing|oversees|gère|gérait|gérant)\s+(?:some\s+|about\s+|"
                          r"around\s+|more\s+than\s+|plus\s+de\s+|environ\s+|près\s+de\s+)?|"
                          r"(?<!de )(?<!des )(?<!levée )(?<![\w'’])fonds\s+(?:[a-zé-]+\s+){0,2}?(?:de|d['’]|doté\s+de)\s*"
                          r"(?:plus\s+de\s+|environ\s+|près\s+de\s+)?)(?:US\s?\$|\$|€|£)?\s*$", re.IGNORECASE)
_REJECTED_AFTER = re.compile(r"[^.;:!?]{0,60}?(?:;|\s[—–-]|,\s*but)\s*(?:that|this|which|the\s+(?:figure|number|report))"
                             r"(?:['’]s|\s+is|\s+was|\s+has)\s+(?:simply\s+|just\s+)?(?:(?:not|never)\s+(?:been\s+)?"
                             r"(?:true|right|accurate|correct|real|a\s+(?:number|figure)|the\s+(?:number|figure)|what|"
                             r"something|anything)|wrong|false|untrue|inaccurate|incorrect|nonsense)\b|"
                             r"[^.;:!?]{0,60}?(?:;|\s[—–-]|,\s*mais)\s*(?:ce\s+n['’]est\s+(?:pas|jamais)\s+(?:vrai|exact|juste|"
                             r"un\s+chiffre|le\s+chiffre|ce\s+que)|c['’]est\s+faux|ce\s+chiffre\s+(?:est\s+faux|n['’]est\s+pas)|"
                             r"c['’]est\s+inexact)", re.IGNORECASE)
_MARKET_SIZE_BEFORE = re.compile(
    r"(?<![\w'’])market\s+(?:(?:is|was|will|would|could|should|may|might|to)\s+)?(?:be\s+)?"
    r"(?:growing|grow|grows|expanding|expand|expands|reaching|reach|reaches|hitting|hit|topping|top|exceeding|exceed|"
    r"worth|valued|sized|swelling|swell|ballooning|balloon)\s+(?:to|at)?\s*"
    r"(?:(?:more\s+than|over|about|around|nearly|some|roughly|well\s+over)\s+)?(?:US\s?)?[$€£]?\s*$|"
    r"(?<![\w'’])marché\s+(?:[\w'’-]+\s+){0,8}?(?:(?:pourrait|devrait|va|doit)\s+)?(?:atteindr\w*|atteint|pèse\w*|pesait|"
    r"représente\w*|vaut|valait|estimé\s+à|évalué\s+à|grimper\w*\s+à|grimpe\w*\s+à)\s+"
    r"(?:(?:plus\s+de|près\s+de|environ|quelque)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
_SET_ASIDE_BEFORE = re.compile(r"(?:(?<![\w'’])et|,)\s+non(?:\s+pas)?\s+(?:(?:les?|la|des|de|d['’]|à|aux?)\s*)?"
                               r"(?:(?:plus|moins)\s+de\s+|environ\s+|près\s+de\s+)?$", re.IGNORECASE)
_BASE_BEFORE = re.compile(rf"(?<![\w'’])(?:{_BASE_WORDS}|than|que|qu['’]|double|triple|twice|"
                          r"(?:last|previous|prior) year['’]s)"
                          r"(?![\w'’])[^.;:]{0,40}$|"
                          # ", after 8.5 billion last year", « , après 8,5 milliards l'an dernier »
                          r"(?<=, )(?:après|after)\s+(?:(?:about|some|roughly|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*$",
                          re.IGNORECASE)


# What a comparison base held until now: "previously", "before the restructuring", « auparavant », « jusqu'ici ».
_BEFORE_NOW_AFTER = re.compile(r"[^,;.]{0,20}?(?<![\w'’])(?:previously|before|earlier|formerly|until now|so far|auparavant|"
                               r"précédemment|jusqu'ici|jusqu'à présent|jusque-là|avant)(?![\w'’])", re.IGNORECASE)
_TODAY_AFTER = re.compile(r"[^,;.]{0,30}?(?<![\w'’])(?:today|(?<!entre )aujourd['’]hui(?! et)|currently|actuellement|à ce jour|at present)"
                          r"(?![\w'’])", re.IGNORECASE)
# "has already raised", "the $2 billion it had already committed", « a d'ores et déjà versé »: done.
_ALREADY_DONE = re.compile(r"(?<![\w'’])(?:already|déjà|d'ores et déjà)\s+(?:been\s+|été\s+)?"
                           rf"(?:{_PAST_VERB}|made|versé\w*)\b", re.IGNORECASE)
_ONLY_ESTIMATES = re.compile(r"(?:estim\w*\|)+", re.IGNORECASE)


# The conditional of verbs of a state (holding, being worth, counting, standing at), as `_cues_in` lists them.
_STATE_CONDITIONALS = re.compile(r"(?:(?:d[ée]tiend|poss[ée]de|vaud|compte|approche|situe|p[èe]se|totalise|"
                                 r"contr[ôo]le)rai(?:t|ent)\|)+", re.IGNORECASE)
_INFINITIVE_AFTER_COUNT = re.compile(r"\bcompterai(?:t|ent)\s+(?:\w+\s+)?[a-zéèêàâîôûç]+(?:er|ir|re)\b", re.IGNORECASE)


def _cues_in(text: str, lang: str) -> str:
    """The projection cues of a text, each followed by "|" (to test what kind they all are)."""
    return "".join(m.group(0) + "|" for m in _PROJECTION_RE.get(lang, _PROJECTION_RE["en"]).finditer(text))


def _ended_before(period: Period, published: str) -> bool:
    """Whether the period (its end, or its start for an open one) is over by the publication date."""
    end = period.end or period.start
    if not end or not end[:4].isdigit():
        return False
    return end < published[:len(end)] if len(end) > 4 else int(end) < int(published[:4])


# "70% of OpenAI's revenue / total / users": a share of something the company has, not of the company (its shares,
# stock or capital still are).
_SHARE_OF_OWNERS_THING = re.compile(r"\s+(?:share|cut|portion)\s+of\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s?\s+"
                                    r"(?!(?:outstanding\s+|common\s+|voting\s+)?(?:shares|stock|equity|capital)\b)[a-z]")
_OF_OWNERS_THING = re.compile(r"\s*of\s+(?:the\s+)?[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?['’]s?\s+"
                              r"(?!(?:outstanding\s+|common\s+|voting\s+)?(?:shares|stock|equity|capital)\b)[a-z\d]")
# A product and its maker: « Gemini de Google », "Google's Gemini".
_PRODUCT_OF = re.compile(r"(?:[A-Z][\w.-]*\s+(?:de|d['’]|of)\s*(?P<of>[A-Z])|(?P<poss>[A-Z])[\w.&-]*['’]s\s+[A-Z])")


_MONTHLY_BEFORE = re.compile(r"\b(?:monthly|mensuel(?:le)?s?)\b(?:\s+[\w'’-]+){0,2}\s*$", re.IGNORECASE)
_MONTHLY_AFTER = re.compile(r"\s+mensuel(?:le)?s?\b", re.IGNORECASE)
# a month's pace after the figure: "$1 billion a month", "$1B/month", « 1 milliard de dollars par mois »
_A_MONTH_AFTER = re.compile(r"\s*(?:de\s+dollars\s+|d['’]euros\s+|(?:of|in)\s+(?:cash|revenue|sales)\s+)?"
                            r"(?:a|per|each|every|par|chaque|/)\s*(?:month|mois)\b", re.IGNORECASE)
_FLOWS = frozenset({"revenue", "loss", "cash_burn", "capex"})


# "worth" right after a figure: "$1.4 trillion worth of …", and the shares it may buy: "worth of OpenAI shares"
_WORTH_OF = re.compile(r"\s*worth", re.IGNORECASE)
# Chips after a money figure: "$40 billion (worth) of Nvidia chips", « 40 milliards de dollars de puces Nvidia ».
_CHIPS_AFTER = re.compile(r"(?:\s+de\s+dollars|\s+d['’]euros)?\s+(?:worth\s+)?(?:of|de|d['’])\s*(?:(?:its|the|ses|des)\s+)?"
                          r"(?:[A-Z][\w-]*(?:['’]s)?\s+){0,3}"
                          r"(?:(?:any|unused|spare|excess|cloud|computing|compute|GPU|data[- ]center|its|the)\s+){0,3}"
                          r"(?P<noun>chips|GPUs|processors|accelerators|graphics processors|puces|processeurs|accélérateurs|"
                          r"GPU|capacity|computing\s+power|compute|capacité|puissance\s+de\s+calcul)\b")
_CAPACITY_NOUN = re.compile(r"capacity|computing\s+power|compute|capacité|puissance\s+de\s+calcul", re.IGNORECASE)
_BUYS_FOR_BEFORE = re.compile(r"\b(?:achet\w+|achèt\w+|command\w+)\s+(?:pour\s+)?(?:(?:environ|près de|plus de)\s+)?$",
                              re.IGNORECASE)
_SHARES_OF = re.compile(r"\s+of\s+(?:(?:its|their|the\s+company's|new|newly\s+issued|[A-Z][\w.&-]*(?:['’]s)?)\s+)?"
                        r"(shares|stock|equity)\b")
_BUYS_BEFORE = re.compile(r"\b(?:buy|buys|buying|bought|purchas\w+|acquir\w+|snapped up|snap up|pick(?:ed|s)? up)\b"
                          r"[^,;:]*$", re.IGNORECASE)
_WITH_NAME_THAT = re.compile(r"\s+(?:with|avec)\s+(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*)?\s+(?:that|qui)\b",
                             re.IGNORECASE)
_WITH_BEFORE = re.compile(r"(?<![\w'’])(?:with|avec)\s+$", re.IGNORECASE)
_RAISED_OUTLOOK = re.compile(r"(?:raised|raises|raising|lifted|lifts|lifting)\s+(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:outlook|forecasts?|guidance|range|estimates?|targets?|projections?)\b", re.IGNORECASE)
_TOTAL_BEFORE = re.compile(r"(?<![\w'’])total\s+$", re.IGNORECASE)
_OWN_VALUE = re.compile(r"(?<![\w'’])(?:its|their|sa|leur)\s+(?:value|valeur)$", re.IGNORECASE)
_TO_FIGURE = re.compile(r"\s+(?:to|à)\s+(?:(?:more than|over|about|around|roughly|some|nearly|plus de|près de|environ|"
                        r"quelque)\s+)?(?:US\s?)?[$€£]?\s*\d")
# Light words that only carry a metric when no noun does: "a contract worth $11.9 billion" is a contract.
_COMPUTE_NOUN = re.compile(r"puissance de calcul|capacité de calcul|calcul|compute|computing power|computing capacity|"
                           r"computing|compute capacity|dépenses de calcul", re.IGNORECASE)
_SPENT_ON = re.compile(r"\s*(?:de dollars\s+|d['’]euros\s+)?(?:à|on|in|into|dans|en|pour)\s+(?:la\s+|le\s+|les\s+|l['’]|"
                       r"de\s+la\s+|more\s+)?", re.IGNORECASE)
WEAK = re.compile(r"^(?:worth|value|valeur|brings? in|brought in|bring in|makes|making|"
                  r"put|puts|bought|buy|secured|handed|fournit|fournir|met|mis|mettre|capital|vaut|valait|vaudrait|"
                  r"vaudra)$", re.IGNORECASE)


# A passive verb of value gives the value of its subject: "Microsoft's stake in OpenAI is valued at $135 billion",
# « la participation … est valorisée à » (the active "the round valued OpenAI at" values its object).
_VALUED = re.compile(r"^(?:valued|valoris\w+)$", re.IGNORECASE)
_PASSIVE_AUX = re.compile(r"(?<![\w'’])(?:is|was|are|were|been|being|est|sont|était|étaient|a été|ont été|sera|seront|"
                          r"serait)\s+(?:(?:now|currently|désormais|actuellement|aujourd'hui)\s+)?$", re.IGNORECASE)


# "value" as a verb with its object ("could value it at", "would value the company at") values that object: a
# valuation, not the light noun of "a contract with a value of".
_VALUE_VERB_OBJECT = re.compile(r"\s+(?:it|them|the\s+(?:[\w-]+\s+){0,2}[\w-]+|[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?)\s+at\b")


# "including one", « dont un »: a pronoun for one of the plural noun before it.
_ONE_OF = re.compile(r"\s*,?\s*(?:including|notably|among them|of which|dont|notamment|parmi lesquels|parmi lesquelles)\s+"
                     r"(?:one|l['’]un|l['’]une|un|une)\b", re.IGNORECASE)


_DEAL_NOUN = re.compile(r"contracts?|deals?|agreements?|accords?|contrats?|partnerships?|partenariats?", re.IGNORECASE)
_AT_NEXT = re.compile(r"\s*(?:at|à|to|about|around|roughly|some|environ|près de|\$|€|\d)", re.IGNORECASE)


def _strong_instead_of_weak(S, trig, triggers, allowed):
    if trig is None or trig.metric == "ignore":
        return trig
    valued = _VALUED.match(trig.text) is not None
    passive = valued and _PASSIVE_AUX.search(S, max(0, trig.start - 30), trig.start)
    if valued and "stake" in allowed:
        # a stake "valued at" its figure, « une participation valorisée à l'époque 135 milliards », « cette participation
        # a été valorisée 108 milliards »: the stake's value, not a company's
        stake = next((t for t in reversed(triggers) if t.end <= trig.start and t.metric == "stake"
                      and _STAKE_NOUN.fullmatch(t.text) and _STAKE_THEN_VALUED.fullmatch(S, t.end, trig.start)), None)
        if stake is not None:
            return stake
    if trig.text.lower() in ("worth", "vaut", "valait", "vaudrait") and "compute_commitment" in allowed and \
            not re.match(r"\s+of\b", S[trig.end:trig.end + 4]):   # ("$350 million worth of stock" is no copula)
        # "Oracle's contract with OpenAI, signed in September, is worth about $300 billion": the deal's size, not a
        # company's worth
        deal = next((t for t in reversed(triggers) if t.end <= trig.start and t.metric == "compute_commitment"
                     and _DEAL_NOUN.fullmatch(t.text) and trig.start - t.end <= 80
                     and attach.clause_start(S, t.start) == attach.clause_start(S, trig.start)), None)
        if deal is not None:
            return deal
    if valued and not passive:
        # a participle right after a deal noun gives the deal's size: "a seven-year deal valued at $38 billion",
        # "the contract, valued at $300 billion" (not a valuation of the company)
        prev = [t for t in triggers if t.end <= trig.start]
        if prev and prev[-1].metric == "compute_commitment" and "compute_commitment" in allowed and \
                re.fullmatch(r"\s*,?\s*", S[prev[-1].end:trig.start]) and _AT_NEXT.match(S, trig.end):
            return prev[-1]   # (but "the deal valued xAI at $80 billion": a verb with its object, a valuation)
        return trig
    if not passive and (not WEAK.match(trig.text) or
                        (trig.text.lower() == "value" and _VALUE_VERB_OBJECT.match(S, trig.end)) or
                        _OWN_VALUE.search(S, max(0, trig.start - 12), trig.end) and _TO_FIGURE.match(S, trig.end)):
        return trig   # (a company's own value, "lift its value to", « porterait sa valeur à », is its valuation)
    for t in reversed([t for t in triggers if t.end <= trig.start]):
        gap = S[t.end:trig.start]
        limit = 12 if re.search(r"valeur", trig.text, re.IGNORECASE) or _TOTAL_BEFORE.search(S, max(0, trig.start - 8),
                                                                                               trig.start) \
            else 8 if passive else 4   # (+ aux., adverb; "a contract … that would bring its total value to": the contract's)
        if _ONE_OF.match(gap) or _WITH_NAME_THAT.match(gap):
            limit = 12     # "four contracts, including one with OpenAI reportedly worth $300 billion": one of them
            # ("a deal with AMD that could be worth $100 billion": the deal's)
        if re.search(r"[;:.]", gap) or len(re.findall(r"\w+", gap)) > limit or (passive and "," in gap):
            break
        if t.metric != trig.metric and t.metric in allowed and not WEAK.match(t.text):
            return t
    return trig


def _own_verb_phrase_after(S: str, f: Figure, lang: str) -> int | None:
    """Where a coordinated verb phrase with a modality cue of its own starts after the figure ("…and expects", « et
    prévoit »): its cues and dates are not the figure's. None when there is none."""
    for conj in _AND_THEN.finditer(S, f.end):
        if _PROJECTION_RE.get(lang, _PROJECTION_RE["en"]).match(S, conj.end()) or _CHANGE_VERB.match(S, conj.end()) or \
                _SAYING_VP.match(S, conj.end()):
            return conj.start()
    return None


# A verb of saying opening a coordinated verb phrase ("…$8.5 billion this year and has told investors it does not
# expect to be cash-flow positive until 2029", « et a prévenu que… »): what it says has its own dates.
_SAYING_VP = re.compile(r"(?:(?:has|have|had|also)\s+)*(?:told|said|says|warned|warns|indicated|noted|cautioned|"
                        r"a\s+(?:indiqué|déclaré|précisé|assuré|prévenu|averti|souligné)|indique|précise|assure|prévient)\b",
                        re.IGNORECASE)


# A verb of change opening a coordinated verb phrase ("would end the year with $20 billion … and grow to hundreds of
# billions by 2030", « et atteindre 200 milliards en 2030 »): a level of its own, with its own dates.
_CHANGE_VERB = re.compile(r"(?:grow|grows|grew|reach|reaches|reached|rise|rises|rose|climb|climbs|climbed|hit|hits|top|tops|"
                          r"topped|double|doubles|doubled|triple|triples|tripled|surge|surges|surged|jump|jumps|jumped|"
                          r"soar|soars|soared|fall|falls|fell|decline|declines|declined|increase|increases|increased|"
                          r"atteindre|atteint|atteindra|atteindrait|croître|croîtra|grimper|grimpera|doubler|doublera|"
                          r"tripler|triplera|dépasser|dépassera|passer|passera)\b", re.IGNORECASE)


# a period's end still to come: "which will end in May", « qui s'achèvera fin mai », « qui se terminera en mai »
_ENDS_LATER = re.compile(r"(?:will\s+(?:end|close)|ends|s['’]achèvera|se\s+terminera|se\s+clôturera|s['’]achève|se\s+termine)"
                         r"\s*(?:in\s+|en\s+|le\s+|fin\s+|à\s+fin\s+|end\s+of\s+|late\s+|early\s+)?$", re.IGNORECASE)


def _month_to_come(S: str, c, published: str):
    """A month a period "will end in" with no year is the next one (« l'exercice qui s'achèvera fin mai » told in
    March 2026: May 2026), whatever the figure's tense."""
    g = c.groups
    key = "m" if g.get("m") else "m2" if g.get("m2") else None
    if c.kind != "month" or key is None or g.get("y") or g.get("y2") or \
            not (_ENDS_LATER.search(S, max(0, c.start - 30), c.start) or
                 (sp := c.text.find(" ")) > 0 and _ENDS_LATER.search(S, max(0, c.start - 30), c.start + sp + 1)):
        return c
    m = periods.MONTHS.get(g[key].lower().rstrip("."))
    if m is None:
        return c
    y, pm = int(published[:4]), int(published[5:7])
    return dataclasses.replace(c, groups={**g, "y" if key == "m" else "y2": str(y if m >= pm else y + 1)})


_CONCESSIVE_AFTER = re.compile(r",\s*(?:although|though|even\s+though|whereas|bien\s+que|même\s+si|quoique|"
                               # (and a consequence: "…, ce qui en ferait la plus grosse IPO de l'histoire, loin devant
                               # les 29,4 milliards de Saudi Aramco en 2019")
                               r"ce\s+qui|which\s+would|which\s+will|which\s+makes|making\s+it)\b", re.IGNORECASE)


def _near_cues(S: str, f: Figure, cues, clause_lo: int, vp_end: int | None = None, parallel: bool = True):
    """Period expressions of the figure's clause, nearest first (those after the figure win ties); `vp_end`: where a
    coordinated verb phrase of its own starts after the figure (_own_verb_phrase_after); `parallel`: a contrast
    clause with none takes the dates of the clause it answers (not a forecast's: "…, while it expects to lose…")."""
    nxt = vp_end or len(S)
    # … and a comparison after it has its own date: "700 million, against 400 million in February"
    # (and a change after it compares with its base: "$10.3 billion, up 34% from a year earlier")
    m = _NEXT_OWN_DATES.search(S[f.end:])
    if m:
        nxt = f.end + m.start()
    # … and so has a clause of concession or contrast after it: "…, against roughly 80 per cent for Nvidia, although he
    # argued that custom silicon could make up a quarter of the market by 2028"
    concede = _CONCESSIVE_AFTER.search(S, f.end, nxt)
    if concede:
        nxt = concede.start()
    # … and so has the next figure coordinated after this one's own date: "$29.4 billion next year and $200 billion by
    # 2030" (but "$13 billion and $18 billion in 2023 and 2024" share theirs, as a list)
    coord = _AND_FIGURE.search(S, f.end, nxt)
    if coord is not None and any(f.end <= c.start and c.end <= coord.start() for c in cues):
        nxt = coord.start()
    # … and so has a relative clause opening after it on a name ("6% of CoreWeave, which at the end of 2024 ran
    # 250,000 GPUs"; but "a $300 billion contract, which starts in 2027" dates the contract)
    named = _NAME_THEN_RELATIVE.search(S, f.end, nxt)
    if named:
        nxt = named.start(1)
    # … and so has what a participle of saying adds after it: "has reached $20 billion, Altman said, adding that the
    # company expects to hit hundreds of billions by 2030", « …, ajoutant viser 200 milliards en 2030 »
    adding = _SAYING_MORE.search(S, f.end, nxt)
    if adding:
        nxt = adding.start()
    # … and so has an absolute clause after it: « 6 gigawatts de puces, le premier gigawatt devant être déployé au second
    # semestre 2026 », "6 gigawatts, with the first gigawatt due in the second half of 2026" (the first one's date)
    absolute = _ABSOLUTE_AFTER.search(S, f.end, nxt) if _ABSOLUTE_GATE.search(S) else None
    if absolute is None and ("premi" in S or "irst" in S or "nitial" in S):
        # (« jusqu'à 6 gigawatts …, avec un premier gigawatt dès 2026 », ", with a first gigawatt in 2026")
        absolute = _WITH_FIRST_AFTER.search(S, f.end, nxt)
    if absolute:
        nxt = absolute.start()
    # … and so has the main clause after an aside holding the figure: « Le conglomérat, qui détient environ 11 %
    # d'OpenAI, va injecter 22,5 Md$ … en décembre » (the stake is not December's)
    if _IN_RELATIVE.search(S, max(0, f.start - 90), f.start) and (close := _ASIDE_END.search(S, f.end, nxt)):
        nxt = close.start()
    # a relative clause that holds the figure has its own verb and dates: "lost $7.8 billion in the first half,
    # according to The Information, which also said the company expects to burn $8.5 billion this year"
    rel = None
    for rel in attach.RELATIVE_OPEN.finditer(S, clause_lo, f.start):
        pass
    lo = rel.start() if rel is not None else clause_lo
    if "," in S[lo:f.start]:
        # … as has what a participle of saying adds, when the figure is in it: "Those models assume we stop growing in
        # 2027," a spokeswoman said, adding that ChatGPT now had more than 1 billion weekly users" (not 2027's)
        added = None
        for added in _SAYING_MORE.finditer(S, lo, f.start):
            pass
        if added is not None:
            lo = added.start()
    near = [c for c in cues if lo <= c.start and c.end <= nxt or (c.kind == "run_rate" and abs(c.start - f.start) < 80)]
    # a date in a relative clause or an apposition set off by commas before the figure is the aside's own ("Colossus, the
    # Memphis supercomputer xAI switched on last September, now runs 200,000 Nvidia GPUs"): "For the third quarter, which
    # ends in late October, the company forecast revenue of $90 billion", "The GPU cloud provider, which says it had
    # 590,000 GPUs at the end of December, still drew 67% of its 2025 revenue from Microsoft"
    if "," in S[clause_lo:f.start]:
        for a, b in [m.span() for m in RELATIVE_ASIDE.finditer(S, clause_lo, f.start)] + \
                [m.span() for m in _APPOSITION_ASIDE.finditer(S, clause_lo, f.start)
                 if (nm := _SENTENCE_NAME.match(S) or _SENTENCE_SUBJECT.match(S)) is not None and m.start() == nm.end()]:
            near = [c for c in near if not (a <= c.start and c.end <= b)]
            # (the period the aside describes is the figure's: "For the third quarter, which ends in late October, …",
            # « Pour le trimestre en cours, qui s'achèvera fin octobre, … »)
            q = next((c for c in reversed(cues) if c.end <= a and not S[c.end:a].strip() and
                      c.kind in ("quarter", "fiscal", "half")), None)
            if q is not None and q not in near:
                near.append(q)
    # the whole's dates are not its parts': "…over eight years, including $300 billion with Oracle and $250 billion with
    # Microsoft", « sur huit ans, dont 300 milliards avec Oracle et 250 milliards auprès de Microsoft »
    near = [c for c in near if not (c.end <= f.start and _PARTS_OPEN.search(S, c.end, f.start))]
    # a date inside a parenthesis the figure is not in is the parenthesis's own: "…lever jusqu'à 60 milliards…, loin
    # devant celle de Saudi Aramco (29,4 milliards de dollars en 2019)"
    if "(" in S:
        near = [c for c in near if not ((o := S.rfind("(", 0, c.start)) > S.rfind(")", 0, c.start) and
                                        not (o < f.start and S.find(")", o) >= f.end) and
                                        not (o >= f.end and not S[f.end:o].strip()))]   # (not its own: "$500bn (Oct. 2025)")
    # a date between another figure and this one is the other's when a comma or "to" / « à » sets this one apart:
    # "Anthropic, which was valued at $61.5bn in March, is now worth $183bn", "soared from $29 billion in early 2023 to
    # $500 billion today" (but "raised $6.6 billion in October at a $157 billion valuation" dates both)
    # (a date relative to it after this one, "…, from $30 billion a year earlier", still needs it as its base; and "run
    # rate" is no date but the kind of its metric word: "Anthropic, valued at $183 billion, expects its run rate to
    # reach $26 billion")
    # (but the base of a revision is the earlier forecast of the same period: "as much as $17 billion next year, up
    # from a previous estimate of $10 billion", « contre une estimation précédente de 10 milliards »)
    if not any(c.groups.get("rel") for c in near if c.start >= f.end):
        near = [c for c in near if not (c.end <= f.start and c.kind != "run_rate" and _OTHER_FIGURE.search(S, lo, c.start)
                                        and _SET_APART.match(S, c.end, f.start)
                                        and not _EARLIER_FORECAST.search(S, c.end, f.start))]
    base = _BASE_OPEN.search(S, max(lo, f.start - 40), f.start)
    if base is not None and any(c.start >= f.end and _dated(c) for c in near):
        # the base of a comparison dated after it has its own dates: "widened to $7.8 billion in the first half,
        # from $5 billion for all of 2024", « contre 3,7 milliards en 2024 »
        near = [c for c in near if c.start >= base.start()]
    # the start of a change is no date of the figure it reached: "weekly users have doubled since February to 800
    # million", "revenue has tripled since last year to $13 billion", "$4.5 trillion, up 40% since January", « a doublé
    # depuis février pour atteindre 800 millions »
    near = [c for c in near if not (_since_cue(S, c) and (
        c.end <= f.start and _SINCE_TO.fullmatch(S, c.end, f.start) or
        c.start >= f.end and c.start - f.end <= 60 and _CHANGE_WORD.search(S, f.end, c.start) or
        c.end <= f.start and _CHANGE_SINCE.search(S, max(0, c.start - 30), c.start)))]
    if any(c.kind == "fiscal" and (c.groups.get("y") or c.groups.get("yfy")) for c in cues):
        # "For fiscal 2026, which ends in January, …": the month the fiscal year ends in describes it, it dates nothing
        near = [c for c in near if not (c.kind == "month" and _ENDS_IN.search(S, max(0, c.start - 25), c.start + 12))]
    elif any(c.kind == "quarter" and any(c.groups.get(k) for k in ("y", "y2", "y3", "fy")) for c in cues):
        # (nor does the month a quarter of a named year ends in: « le premier trimestre de l'exercice 2027, qui
        # s'achèvera fin avril »; "the quarter ending in late July" is dated by that month)
        near = [c for c in near if not (c.kind == "month" and _QUARTER_ENDS_IN.search(S, max(0, c.start - 30), c.start))]
    near.sort(key=lambda c: min(abs(c.start - f.end), abs(f.start - c.end)) - (5 if c.start >= f.end else 0))
    if not near:
        # a fronted adverbial ("In the third quarter, ...", « Au troisième trimestre, ... ») dates the whole sentence
        head = _FRONTED.match(S)
        if head and head.end() <= f.start:
            near = [c for c in cues if c.end <= head.end()]
    if not near and parallel and clause_lo > 0 and (par := _PARALLEL_OPEN.search(S, max(0, clause_lo - 16), clause_lo)):
        # a contrast clause runs over the same time as the one it answers: "revenue tripled to $3.7 billion last
        # year, while it lost about $5 billion", « …au premier semestre, tandis que sa perte a atteint… » (not the
        # base of a comparison in it: "up from $2 billion a year earlier, while…")
        lo = attach.clause_start(S, par.start())
        near = [c for c in cues if lo <= c.start and c.end <= par.start()
                and not _BASE_BEFORE.search(S, max(lo, c.start - 45), c.start)]
        near.sort(key=lambda c: -c.start)
    if not near and clause_lo > 0 and S[:clause_lo].rstrip().endswith(":"):
        # a colon opens the details of what it follows: « un bilan trimestriel très positif : 9,25 milliards… »
        lo = attach.clause_start(S, S[:clause_lo].rstrip().rfind(":"))
        near = [c for c in cues if lo <= c.start and c.end <= clause_lo]
    return near


_QUARTER_ENDS_IN = re.compile(r"(?:(?:which|that|qui|,)\s*(?:s['’]achève|s['’]achèvera|s['’]est\s+achevé|se\s+termine|"
                              r"se\s+terminera|s['’]est\s+terminé|ends|ended|will\s+end|closes|closed)|ending|ended|clos|close)"
                              r"\s+(?:in\s+|en\s+|on\s+)?$", re.IGNORECASE)
_ENDS_IN = re.compile(r"(?<![\w'’])(?:ends|ending|ended|end|closes|closing|closed|se\s+termine|se\s+terminera|s['’]achève|"
                      r"s['’]achèvera|s['’]est\s+achevé|s['’]est\s+terminé|clos|close|will\s+end)\s+"
                      r"(?:in\s+|en\s+|fin\s+|à\s+fin\s+|on\s+)?", re.IGNORECASE)
_ABSOLUTE_GATE = re.compile(r"devant|étant|to be|being|due|set to|xpected to|lated|cheduled|prévu|attendu")   # (speed)
_ABSOLUTE_AFTER = re.compile(r",\s*(?:with\s+|avec\s+)?(?:the|its|le|la|les|l['’]|sa|son|ses)\s*[^,;]{1,40}?\s"
                             r"(?:devant|étant|to\s+be|being|due|set\s+to|expected\s+to|slated\s+to|scheduled\s+(?:to|for)|"
                             r"prévue?s?\s+(?:pour|en|au|dès)|attendue?s?\s+(?:pour|en|au|dès))\b", re.IGNORECASE)


# A first part of the figure, with a date of its own, after it: ", with a first gigawatt in 2026", « , avec un premier
# gigawatt dès 2026 ».
_WITH_FIRST_AFTER = re.compile(r",\s*(?:with|avec)\s+(?:a|an|the|its|un|une|le|la|son|sa)\s+(?:first|premier|première|"
                               r"initial|initiale)\b", re.IGNORECASE)


def _note_year(S: str, ctx: Context) -> None:
    """Remember the last year a sentence names, for "by then", « d'ici là » in the next one."""
    if "19" in S or "20" in S:   # (speed)
        years = _YEAR_IN.findall(S)
        if years:
            ctx.last_year = years[-1]


_SAYS_AFTER_NAME = re.compile(r"\s*,?\s*(?:said|says|told|explained|noted|added|a\s+(?:dit|déclaré|indiqué|précisé|"
                              r"expliqué|ajouté)|indique|précise|explique)\b", re.IGNORECASE)
# A finite verb in a short coordinated clause: it is not elliptical (« puis jusqu'à 30 Md$ en décembre » is).
_FINITE_VERB = re.compile(r"(?<![\w'’])(?:owns|holds|has|had|is|was|are|were|reached|raised|invested|lost|spent|"
                          r"détient|possède|détenait|est|était|a|ont|atteint|pèse|compte|vaut)(?![\w'’])", re.IGNORECASE)
_ANNOUNCED_NOUN = re.compile(r"(?<![\w'’])(?:announced|announces|unveiled|unveils|annoncé|annonce|dévoilé|dévoile)\s+"
                             r"(?:(?:an?|un|une|son|sa|its|the|le|la|l['’])\s*)?(?:[\w$€,.-]+\s+){0,4}?"
                             r"(?:investment|investissement|commitment|engagement)s?\b", re.IGNORECASE)
# Capacity committed to be supplied: « s'est engagé à fournir 4,5 gigawatts », "agreed to provide", "committed to deliver".
# a verb of supplying before the lab it supplies: "supply OpenAI with", « fournir à OpenAI »
_SUPPLY_LAB_BEFORE = re.compile(r"(?<![\w'’])(?:suppl(?:y|ies|ied|ying)|provid(?:e|es|ed|ing)|fourni\w*\s+à|livr\w*\s+à)\s+$",
                                re.IGNORECASE)
_TO_SUPPLY = re.compile(r"(?<![\w'’])(?:engagée?s?\s+à|agreed\s+to|agrees\s+to|committed\s+to|commits\s+to|accepté\s+de)\s+"
                        r"(?:\w+\s+)?(?:fournir|livrer|supply|provide|deliver|deploy|déployer|mettre\s+à\s+disposition)\b",
                        re.IGNORECASE)
_ORDERED = re.compile(r"(?<![\w'’])(?:ordered|has\s+ordered|placed\s+(?:an?\s+)?orders?\s+for|commandé\w*|commande)(?![\w'’])",
                      re.IGNORECASE)
_THE_COMPANY_AFTER = re.compile(r"\s*,?\s*(?:the\s+(?:company|group|firm|startup|start-up)|it|la\s+société|le\s+groupe|"
                                r"l['’]entreprise)\s+(?:said|says|told|added|a\s+(?:dit|déclaré|indiqué|affirmé|précisé)|"
                                r"indique|affirme|précise)\b", re.IGNORECASE)
_BY_THEN = re.compile(r"(?<![\w'’])(?:by then|by that time|by that point|at that point|by that year|d['’]ici là|"
                      r"à cette date|à cet horizon|à cette échéance|à ce moment-là)(?![\w'’])", re.IGNORECASE)
_YEAR_IN = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _months_named(text: str) -> int | None:
    """The length a "same" cue names, in months: "the same six months" 6, "the same quarter" 3, "the same year" 12."""
    m = _SAME_LENGTH.search(text)
    if m is None:
        return None
    w = m.group(1).lower()
    if w.startswith(("quarter", "trimestre")):
        return 3
    if w.startswith(("year", "année", "exercice")):
        return 12
    if w.startswith(("half", "semestre")):
        return 6
    n = m.group(2).lower() if m.group(2) else ""
    return int(n) if n.isdigit() else periods.MONTH_COUNTS.get(n) or {"six": 6, "twelve": 12, "douze": 12}.get(n)


_SAME_LENGTH = re.compile(r"(quarter|trimestre|year|année|exercice|half|semestre|(?:(\w+)\s+(?:mêmes\s+)?(?:months|mois)))",
                          re.IGNORECASE)


def _span_months(p: Period) -> int | None:
    """The number of months a dated period covers ("2025-01".."2025-06": 6; a year "2025": 12), else None."""
    if p is None or not p.start or not p.end or p.kind in ("point", "run_rate"):
        return None
    try:
        ys, ms = int(p.start[:4]), int(p.start[5:7]) if len(p.start) >= 7 else 1
        ye, me = int(p.end[:4]), int(p.end[5:7]) if len(p.end) >= 7 else 12
    except ValueError:
        return None
    return (ye - ys) * 12 + me - ms + 1


def _since_cue(S: str, c) -> bool:
    """A date said as the start of what follows: "since February", "since last year", « depuis 2024 »."""
    return c.kind == "since" or _SINCE_BEFORE.search(S, max(0, c.start - 8), c.start + 7) is not None


_SINCE_BEFORE = re.compile(r"(?<![\w'’])(?:since|depuis)\s", re.IGNORECASE)
# From the start of a change to the figure it reached: " to ", « pour atteindre ».
_SINCE_TO = re.compile(r"\s*,?\s*(?:to|à|pour\s+(?:atteindre|s['’]établir\s+à|se\s+hisser\s+à|grimper\s+à))\s+"
                       r"(?:(?:about|around|roughly|some|nearly|almost|more than|over|environ|près de|plus de|quelque)\s+)?"
                       r"(?:US\s?)?[$€£]?\s*", re.IGNORECASE)
# A change in percent right before "since": « qui a gagné 40 % depuis janvier », "which has gained 35% since January".
_CHANGE_SINCE = re.compile(r"(?<![\w'’])(?:gained|gagné|lost|perdu|risen|rose|climbed|grimpé|progressé|bondi|reculé|fallen|fell|"
                           r"jumped|soared|up|down)\s+(?:(?:about|some|nearly|more than|près de|plus de|environ)\s+)?"
                           r"\d[\d,.\s]*\s*(?:%|percent|pour\s*cent)\s*$", re.IGNORECASE)
_CHANGE_WORD = re.compile(r"(?<![\w'’])(?:up|down|rose|risen|grown|grew|gained|climbed|jumped|surged|soared|fell|fallen|"
                          r"increased|decreased|declined|doubl\w*|tripl\w*|quadrupl\w*|hausse|baisse|progress\w*|bondi|"
                          r"doublé|triplé|grimpé|augment\w*|recul\w*)(?![\w'’])", re.IGNORECASE)


_THEN = re.compile(r"(?<![\w'’])(?:alors(?!\s+qu)|à l['’]époque|at the time|back then|then-held|then-owned)(?![\w'’])",
                   re.IGNORECASE)
_NEW_SUBJECT_AFTER = re.compile(r",\s*(?:and|but|while|whereas|et|mais|tandis que|alors que)\s+(?:(?:the|its|it|he|she|they|"
                                r"le|la|les|il|elle|ils|elles)\b|l['’]|(?-i:[A-Z]))", re.IGNORECASE)
# A subordinate clause of time after a comma (a closing quote before it too): a negation before it is not the figure's.
_AFTER_CLAUSE = re.compile(r",[\"”»’']?\s*(?:after|before|when|as|après que|après qu['’]|avant que|alors que|lorsque|quand)\b",
                           re.IGNORECASE)
# A clause of time right after a figure, comma or not, with a verb of its own (see _finish).
_TIME_CLAUSE_AFTER = re.compile(r"\s(?:after|before|once|when|as soon as|après que|après qu['’]|avant que|dès que|"
                                r"lorsque|lorsqu['’]|quand)\s*(?-i:[A-Z])|\s(?:after|before|once|when)\s+(?:it|they|the)\b|"
                                # ("spending a billion dollars a month as it races to build out data centers")
                                r"\s(?:as|while|alors\s+qu['’]|tandis\s+qu['’])\s*(?:it|they|il|elle|ils|elles)\s|"
                                r"\s(?:après|avant) qu(?:e\s|['’])", re.IGNORECASE)
# A negated clause, then a time clause in which an outlet reports a figure (see _denied_reports).
_NEGATED_THEN_REPORT = re.compile(r"(?<![\w'’])(?:not|n['’]t|never|no longer|ne|n['’])\b[^;:.]{0,80}?"
                                  r"(?P<time>,[\"”»’']?\s*(?:after|après que|après qu['’]))", re.IGNORECASE)
# "the same quarter last year", « le trimestre de l'an dernier »: a quarter a year back, a comparison's base
_LAST_YEARS = re.compile(periods.LAST_YEAR_WORDS, re.IGNORECASE)
_YEAR_BEFORE = re.compile(r"a year (?:earlier|ago|before)|un an (?:plus tôt|auparavant|avant)|il y a un an|year-ago",
                          re.IGNORECASE)


# A contrast clause opening before a figure, and what a stake's figure names after it (the company held).
_CONTRAST_BEFORE = folded(re.compile(r"(?<![\w'’])(?:while|whereas|tandis que|tandis qu['’]|alors que|alors qu['’])"
                                     r"[^,;:.]*$", re.IGNORECASE))
_HELD_AFTER = re.compile(r"\s*(?:of|in|dans|du|de|d['’])\s", re.IGNORECASE)
# What joins a round's figure to the valuation it is raised at: "a $40 billion round at a $300 billion valuation", « un
# tour de table de 40 milliards, sur la base d'une valorisation de ».
_ROUND_AT = re.compile(r"[^;:.]{0,40}?(?<![\w'’])(?:at|à|valuing it at|sur la base d['’]une|pour une|with a|avec une)\s+"
                       r"(?:an?\s+|une\s+)?(?:(?:post|pre|pré)-money\s+)?(?:valuation\s+of\s+|valorisation\s+(?:de\s+|d['’]))?"
                       r"(?:(?:about|around|roughly|some|nearly|environ|près de|quelque)\s+)?(?:US\s?)?[$€£]?\s*",
                       re.IGNORECASE)
# A verb of having right before a figure: the cash a company holds (« disposait de », "had", "holds").
_CASH_HELD_BEFORE = re.compile(r"(?<![\w'’])(?:dispos(?:e|ait|era|erait)\s+d['’e]|détient|détenait|possède|possédait|avait|"
                               r"had|has|holds|held|sits on|sat on)\s+(?:(?:environ|près de|plus de|quelque|about|some|"
                               r"roughly|nearly|more than)\s+)?(?:US\s?)?[$€£]?\s*$", re.IGNORECASE)
# Money invested in a name right after the figure: "$1 billion in Nokia", « 2 milliards de dollars dans Synopsys » (not
# "in AI", "in U.S. infrastructure": an acronym or a place, entities.toml `places`, is no company).
_INVESTED_IN_NAME = re.compile(r"\s*(?:in|into|dans)\s+((?:the\s+)?(?-i:[A-Z][a-zà-ÿ][\w&.-]*(?:\s+[A-Z][\w&.-]*)?))"
                               r"(?!\s*['’]s\b)(?=[\s,;.)]|$)", re.IGNORECASE)
# A name that is the complement of a noun before "worth": "a lifeline from investor SoftBank worth …"
_FROM_NAME_BEFORE = re.compile(r"\b[a-z]\w*\s+(?:from|by)\s+(?:(?:investor|partner|backer|rival)\s+)?"
                               r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)?\s+$")


def _untracked_in(S: str, pos: int, mentions, lex) -> bool:
    """A capitalised name "in" / « dans » right at `pos` that is neither a company we track nor a place (entities.toml
    `places`, by the whole name or its first or last word: "Kansas City", "the United States")."""
    name = _INVESTED_IN_NAME.match(S, pos)
    if name is None:
        return False
    words = name.group(1).rstrip(".").lower().split()
    words = words[1:] if words[0] == "the" and len(words) > 1 else words
    return not {" ".join(words), words[0], words[-1]} & lex.places and \
        not any(name.start(1) <= m.start < name.end(1) for m in mentions)


# Goods whose worth is given (no company's valuation): "chips worth", « des serveurs d'une valeur de ».
_GOODS_BEFORE = re.compile(r"(?<![\w'’-])(?:chips?|GPUs?|processors?|accelerators?|servers?|hardware|equipment|systems|"
                           r"orders?|puces|processeurs|serveurs|accélérateurs|équipements|commandes?)(?:\s+[\w-]+)?\s+(?:(?:d['’]une|"
                           r"of a|with a)\s+(?:total\s+|totale\s+)?)?$", re.IGNORECASE)
# A company described by the goods it makes: « le fabricant de puces », « le géant des semi-conducteurs ».
_MAKER_OF = re.compile(r"(?<![\w'’-])(?:fabricant|concepteur|géant|spécialiste|fournisseur|leader|numéro un|maker|"
                       r"designer|supplier|giant)\s+(?:de|des|d['’]|of)\s*$", re.IGNORECASE)
# A compute contract whose worth is given: "a backstop valued at", "a contract worth", « un contrat d'une valeur de ».
_CONTRACT_BEFORE = re.compile(r"(?<![\w'’-])(?:backstop|contracts?|contrats?|(?:cloud|compute|computing|capacity)\s+"
                              r"(?:deals?|agreements?))(?:\s+[\w-]+)?\s*,?\s+(?:(?:d['’]une|of a|with a)\s+"
                              r"(?:total\s+|totale\s+)?)?$", re.IGNORECASE)
# Work whose worth is given: "a project worth", "a build-out valued at", « un programme d'une valeur de ».
_WORK_BEFORE = re.compile(r"(?<![\w'’-])(?:projects?|programs?|programmes?|plans?|packages?|initiatives?|build-?outs?|"
                          r"expansions?|campus(?:es)?|facilit(?:y|ies)|sites?|projets?|plans?|chantiers?|sites?)"
                          r"(?:\s+[\w-]+)?\s*,?\s+(?:(?:d['’]une|of a|with a)\s+(?:total\s+|totale\s+)?)?$", re.IGNORECASE)
# A participle of saying that adds a statement of its own after a comma.
_SAYING_MORE = folded(re.compile(r",\s*(?:adding|saying|noting|stressing|explaining|predicting|warning|ajoutant|précisant|"
                                 r"expliquant|indiquant|soulignant|estimant|prévenant)\b", re.IGNORECASE))
# The earlier forecast a revision starts from, named before its figure.
_EARLIER_FORECAST = folded(re.compile(
    r"(?<![\w'’])(?:(?:previous|prior|earlier|initial|original|old)\s+(?:estimates?|forecasts?|projections?|guidance|"
    r"outlook|targets?)|(?:estimations?|prévisions?|projections?|objectifs?)\s+(?:précédente?s?|antérieure?s?|initiale?s?)|"
    r"(?:précédente?s?|ancienne?s?)\s+(?:estimations?|prévisions?|projections?|objectifs?))(?![\w'’])", re.IGNORECASE))
_OTHER_FIGURE = re.compile(r"[$€£]\s*\d|\d[\d.,]*\s*(?:%|percent|per cent|trillion|billion|million|bn\b|tn\b|milliards?|"
                           r"millions?|gigawatts?|GW\b|Md)", re.IGNORECASE)
_SET_APART = re.compile(r"[^$€£\d]*?(?:,|(?<![\w'’])(?:to|à)\s)[^$€£\d]*$", re.IGNORECASE)


def _dated(c) -> bool:
    """A cue that names its year ("for all of 2024", "in March 2024"), not one relative to another ("a year earlier")."""
    return any(c.groups.get(k) for k in ("y", "y2", "y3"))


_BASE_OPEN = re.compile(r",\s*(?:(?:up|down|rising|falling|en hausse|en baisse)\s+)?(?:from|against|compared (?:with|to)|"
                        r"versus|vs\.?|contre|par rapport à|comparé à)\s+(?:(?:about|roughly|around|some|environ|près de|"
                        r"quelque)\s+)?(?:the |les |le |la )?\Z")
_PARALLEL_OPEN = re.compile(r",\s*(?:while|whereas|tandis qu['’]|tandis que|alors qu['’]|alors que)\s*\Z")
# What ends a figure's own dates after it: a comparison, a change, a coordinated clause, a part (see _near_cues).
_NEXT_OWN_DATES = re.compile(r"[;]|\s(?:par rapport aux?|comparé aux?|compared (?:with|to)|versus|vs\.?|against|contre)\s+"
                             r"(?:les\s+|the\s+|ses\s+|its\s+)?(?=(?:(?:about|roughly|around|nearly|some|environ|près de)\s+)?"
                             r"(?:US\s?)?[$€£]?\s*\d)|"
                             r"\s(?:up |down )?from\s+(?=(?:(?:about|roughly|around|nearly|some|approximately)\s+)?(?:(?:US\s?)?[$€£]\s*\d|"
                             r"\d[\d.,]*\s*(?:%|percent|trillion|billion|million|bn\b)))|"
                             r"\s(?:up|down)\s+(?:(?:about|roughly|nearly|some|almost)\s+)?\d[\d.,]*\s*(?:%|percent|per cent)|"
                             r",\s*(?:and|et|but|mais|while|tandis|alors|puis|against|versus|vs\.?|compared (?:with|to)|up|down|from|"
                             r"starting with|beginning with|à commencer par|including|of which|dont|"
                             r"contre|comparé à|par rapport à|en (?:hausse|baisse|progression|recul|repli)|soit une (?:hausse|baisse)|"
                             r"(?:nearly |almost |more than |roughly )?(?:double|twice|triple|half|doubling|tripling|quadrupling|"
                             r"doubled|tripled|quadrupled)|le double|deux fois|trois fois|"
                             r"(?:plus|près|moins)\s+d[ue]\s+(?:double|triple|deux fois|trois fois)|presque le double)"
                             r"(?![\w])")
_PARTS_OPEN = re.compile(r",\s*(?:of which|including|dont|y compris)\b", re.IGNORECASE)
_AND_FIGURE = re.compile(r"\s(?:and|et|then|puis)\s+(?=(?:(?:about|roughly|around|nearly|some|approximately|environ|près de)\s+)?"
                         r"(?:US\s?)?[$€£]?\s*\d[\d.,]*\s*(?:[$€£]|trillion|billion|million|bn\b|milliards?|millions?|%))",
                         re.IGNORECASE)
_NAME_THEN_RELATIVE = re.compile(r"\b[A-Z][\w&.-]*(,\s*(?:which|who|qui|lequel|laquelle)\b)")
_FRONTED = re.compile(r"\s*(?:Au|Aux|En|Sur|Pour|Lors|Durant|Pendant|Du|Dans|In|For|During|Over|Across|Through|By)\b"
                      r"[^,;:]{0,60},")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans; abbreviations ("U.S.", "C. C. Wei") and decimals do not end a sentence."""
    out, start = [], 0
    for m in _SENT_END.finditer(text):
        brk = m.start(1) if m.group(1) is not None else m.start()
        # an abbreviation is at most 7 characters before the break: look there only (`start` follows a space)
        if not text.startswith("\n", brk) and (_ABBREV.search(text, max(start, brk - 12), brk) or
                                               text[m.end():m.end() + 1].isdigit() and
                                               _MONTH_ABBREV.search(text, max(start, brk - 6), brk) or
                                               _LIST_NUMBER.fullmatch(text, start, brk)):
            continue
        head = text[start:brk]
        if head.strip():
            out.append((start, brk))
        start = m.end()
    if text[start:].strip():
        out.append((start, len(text.rstrip())))
    res = []
    for s, e in out:
        seg = text[s:e]
        s2 = s + len(seg) - len(seg.lstrip())
        e2 = s + len(seg.rstrip())
        if e2 > s2:
            res.append((s2, e2))
    return res


_EN_WORDS = re.compile(r"\b(?:the|and|of|to|in|is|was|with|for|that|its|has|have|said|from|by|which|on|are)\b", re.IGNORECASE)
_FR_WORDS = re.compile(r"\b(?:le|la|les|des|du|et|est|une|un|pour|dans|qui|que|sur|avec|au|aux|son|sa|ses|selon)\b", re.IGNORECASE)


_EN_WORDS_LOW = compile_low(_EN_WORDS.pattern)   # speed: the same words in lower-cased text
_FR_WORDS_LOW = compile_low(_FR_WORDS.pattern)


def sentence_lang(text: str, default: str) -> str:
    """The sentence's language when the article mixes languages: function words decide, cheaply."""
    if default not in ("en", "fr"):
        return default
    if UNSAFE_FOR_LOWER.search(text):
        low, en_words, fr_words = text, _EN_WORDS, _FR_WORDS
    else:
        low, en_words, fr_words = text.lower(), _EN_WORDS_LOW, _FR_WORDS_LOW
    # the other language's words first: fewer than 4, and the sentence keeps the article's language
    other, own = (fr_words, en_words) if default == "en" else (en_words, fr_words)
    n_other = len(other.findall(low))
    if n_other >= 4 and n_other > 2 * len(own.findall(low)):
        return "fr" if default == "en" else "en"
    return default


# Verbs of a company stating its own figure or plan: "Meta expects", « TSMC compte investir ».
_OWN_PLAN = folded(re.compile(r"\b(?:vise|prévoit|table(?:\s+(?:désormais|toujours|maintenant|aussi|également))?\s+sur|cible|revendique|affiche|a affiché|annonce|guided|expects|targets|"
                              r"outlook|guidance|forecast|a officialisé|signals|disclosed|plans to|intends to|aims to|"
                              r"hopes to|(?:compte|entend|s'engage à|espère) \w+(?:er|ir|re)\b)", re.IGNORECASE))

def _others_plan(S, verb, subject, mentions) -> bool:
    """The plan verb is another company's, in a clause of its own ("Nvidia controls about 90% of the market, but AMD
    intends to…", « …, mais AMD entend grignoter des parts »)."""
    cs = attach.clause_start(S, verb.start())
    inside = [m.entity for m in mentions if cs <= m.start < verb.start() and m.entity]
    return bool(inside) and subject not in inside


# A subject pronoun opening the sentence, before its verb: « Elle table sur 13 milliards », "It targets $20 billion",
# « Le groupe prévoit de dépenser 35 milliards », "The company plans to spend…".
_PRONOUN_OPENS = re.compile(r"\s*(?:Il|Elle|It|The company|The group|The firm|Le groupe|La société|L['’]entreprise)"
                            # (a relative clause between: « L'entreprise, qui emploie quelque 4 500 personnes, vise… »)
                            r"(?:\s*,\s*(?:qui|which)\b[^,;:]{0,80},)?\s+"
                            r"(?:(?:\w+ment|désormais|toujours|aussi|également|now|still|also)\s+)?")


_YARDSTICK = folded(re.compile(r"(?<![\w'’])(?:(?:(?:far |well |just )?short of|against|contre|loin (?:des?|du)|en deçà (?:des?|du)|"
                               r"au-dessus (?:des?|du))\s+(?:(?:the|its|their|le|la|les|l['’]|ses|leurs?|a|an|un|une)\s+)?|"
                               # (a bare "above $20 billion" is the figure's own qualifier, not a yardstick)
                               r"(?:even |well |far )?(?:below|above)\s+(?:the|its|their|a|an)\s+)"
                               r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE))


def _speaker(S, f, attrs, subject, cp, lang, ctx, modality, metric, period: Period, mentions, lex):
    """Speaker and speaker_kind: the sentence's own source, else one whose scope runs on, else the company's own
    documents and results, else the writer (unattributed)."""
    # a figure given as the yardstick of another ("far short of the initial $4 billion goal", « contre 500
    # milliards pour OpenAI ») is background: the source of the sentence's news is not its source
    # (but shares of one market are one estimate: "Analysts … estimate that Nvidia controls about 86% of the market,
    # against roughly 11% for AMD" are the analysts' both)
    yardstick = _YARDSTICK.search(S, max(0, f.start - 40), f.start) is not None and metric != "market_share"
    a = None if yardstick else speakers.best(S, f.start, f.end, attrs)
    if a is not None and a.kind == "entity" and not speakers.speaks_for(a.entity, subject, lex):
        # "OpenAI and AMD announced…": of the names speaking together, the one the figure is about
        a = next((b for b in attrs if (b.start, b.end, b.kind) == (a.start, a.end, "entity")
                  and speakers.speaks_for(b.entity, subject, lex)), a)
    if a is not None:
        return speakers.label(a, subject, lex)
    c = speakers.carried(S, lang, ctx.sources, subject, lex, f.start)
    if c is not None:
        return c
    if metric == "market_share":
        # market shares are a research house's estimates: one named in the sentences just before ("Jon Peddie Research a
        # publié son rapport … : … Sur ce marché, Nvidia s'est adjugé 94 %") is their source
        ctx.sources.settle()
        last = ctx.sources.last
        if last is not None and last.kind == "analyst" and ctx.sources.age <= 2 and last.name:
            return last.name, "analyst"
    own = speakers.display_name(subject, lex)
    if metric in speakers.RESULTS_METRICS and (period.kind == "quarter" or ctx.sources.results and subject == ctx.main):
        return own, "company"
    # (a pronoun's plan in an article that relays an outlet's report may be the report's: left to the writer)
    if any(not _others_plan(S, m, subject, mentions) for m in _OWN_PLAN.finditer(S)) and \
            (any(m.entity == subject for m in mentions) or ctx.sources.media is None and
             (p := _PRONOUN_OPENS.match(S)) is not None and _OWN_PLAN.match(S, p.end())):
        return own, "company"
    return None, "unattributed"
