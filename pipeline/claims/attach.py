"""Attaches a figure to its subject and counterparty by the sentence's grammar: owners, relative clauses, prepositions."""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from pipeline.claims.entities import Mention, anaphor_type, owner_after, owner_before
from pipeline.claims.lexicon import Lexicon, folded
from pipeline.claims.metrics import RELATIVE_ASIDE

# Words that make the entity after them an object, not the subject of the clause.
PREPOSITIONS = {
    "en": r"in|into|to|with|from|of|by|for|at|on|than|against|versus|vs\.?|over|about|including|like|such as|"
          r"alongside|behind|between|as|via|through|under|toward|towards|beyond|outside|inside|among|ahead of|"
          r"following|amid|despite|unlike|upon|without|during|across|throughout|within|besides|except",
          # (not "after", "before", "since": conjunctions too)
    "fr": r"dans|à|au|aux|avec|de|d'|du|des|chez|par|pour|sur|contre|auprès de|entre|vers|"
          r"face à|derrière|envers|sans|parmi|via|outre|hors|devant|après|avant|malgré|suite à|lors de|pendant|"
          r"durant|depuis",
}
_PREP_BEFORE = {k: folded(re.compile(rf"(?<![\w'’])(?:{v})\s*(?:the |le |la |les |l'|l’)?$", re.IGNORECASE)) for k, v in PREPOSITIONS.items()}
_LIST_GOES_ON = re.compile(r"\s*(?:,|\s(?:ou|or|et|and))\s*(?:[A-Z]|(?:others|other\s|d['’]autres|autres|more\b|so\s+on))")
# (the list may close on others: "across Microsoft, Oracle, Amazon, CoreWeave and others")
_LIST_ITEM_AFTER_PREP = {k: re.compile(rf"(?<![\w'’])(?i:{v})\s*(?:the |le |la |les |l'|l’)?[A-Z][\w&.'’-]*"
                                       rf"(?:\s*,\s*[A-Z][\w&.'’-]*)*\s*(?:,|\s(?:and|et|ou|or))\s*$")
                         for k, v in PREPOSITIONS.items()}
# Relative pronouns: "Microsoft, which invested...", « OpenAI, qui devrait réaliser... ».
_RELATIVE = folded(re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:(?:a|an|the|un|une|le|la)\b|l')\s*"
                              # (an apposition's noun, "the company that…", not a phrase inside it: "OpenAI, a steep climb
                              # for a company that was valued…" is about that company; « Amy Hood, la directrice
                              # financière, qui anticipe… »: set off by commas too)
                              r"(?:(?!\b(?:for|of|in|with|to|than|from|pour|avec|dans|que)\b)[\w\s'-]){0,30}?(?:\s+|\s*,\s*))?"
                              r"(?:which|who|whose|that|qui|dont|lequel|laquelle)\b", re.IGNORECASE))
# A new clause with its own subject starts after these.
_CLAUSE_BREAK = folded(re.compile(r"[;:]|,\s*(?:and|but|while|whereas|et|mais|tandis que|alors que|puis|même si|although|"
                                  r"even though|bien que|quoique)\b|\b(?:while|whereas|tandis que|tandis qu'|alors que|alors qu')|"
                                  # a fronted conditional or time clause ends at its comma: "If it is fully exercised, OpenAI
                                  # would own…"
                                  r"^\s*(?:if|once|when|si|s['’]il|s['’]ils|une fois|lorsqu['’]|lorsque|quand)\b[^,;:]*,",
                                  re.IGNORECASE))
# … and "and" / « et » before a name, a determiner or an auxiliary ("…and AMD holds 8%", « et la société … », "…and has
# put"), matched on the text as written (a capital letter is a name's: "secured sites and power for…" is one clause).
_AND_NEW_SUBJECT = re.compile(r"\b(?:and|et)\b(?=\s+(?:[A-Z]|[a-z][A-Z]|l'|la |le |the |its |son |sa |ses |"   # (xAI, iPhone)
                              # (and a verb phrase of its own: "has backed OpenAI since 2019 and has put $13 billion")
                              r"(?:also |then |now |aussi |a ensuite )?(?:has|have|had|is|was|are|were|will|would|could|"
                              r"may|might|should|expects?|plans?|said|says|a|ont|avait|est|sont|sera|va|vont|devrait|"
                              r"pourrait|prévoit)\b))")
# Passive agent: "is 26% owned by the foundation", « détenue par ».
_AGENT = re.compile(r"^\s*(?:\w+\s+){0,3}?(?:\w+(?:ed|en|é|ée|és|ées|is|ise|it|ite|us|ue))\s+(?:by|par)\s+(?:the |la |le |l')?", re.IGNORECASE)
# Suppliers' verbs: the buyer of a compute deal is the object ("CoreWeave will supply OpenAI").
SUPPLY_VERBS = re.compile(r"\b(?:supply|supplies|supplying|provide|provides|providing|sell|sells|sold|rent|rents|"
                          r"deliver|delivers|delivering|livrer|livrera|"
                          r"fournir|fournira|fournit|mettra à disposition|vendre|vendra|louer|loue)\b", re.IGNORECASE)


def is_object(text: str, m: Mention, lang: str) -> bool:
    """True when the mention is the object of a preposition (« dans OpenAI », "with Oracle", also a later item of a list
    it governs: « par Nvidia, AMD ou Broadcom »), or a modifier of a compound adjective ("Nvidia-backed CoreWeave":
    CoreWeave is the subject)."""
    if text.startswith("-", m.end) and _COMPOUND_MODIFIER.match(text, m.end):
        return True
    before = text[max(0, m.start - 25):m.start]
    if not _PREP_BEFORE.get(lang, _PREP_BEFORE["en"]).search(before):
        # a later item of a list a preposition governs: « conçus par Nvidia, AMD ou Broadcom », "with Nvidia and AMD"
        # (a final item after its conjunction, or a middle one the list goes on after: not a name after the comma that
        # closes a fronted phrase, « Après la restructuration d'OpenAI, Microsoft détiendra… »)
        last = re.search(r"\s(?:ou|or|et|and)\s+$", before) is not None
        middle = before.rstrip().endswith(",") and _LIST_GOES_ON.match(text, m.end) is not None
        return (last or middle) and \
            _LIST_ITEM_AFTER_PREP.get(lang, _LIST_ITEM_AFTER_PREP["en"]).search(text, max(0, m.start - 80), m.start) is not None
    # "with Microsoft holding a 32.5% stake": the subject of an absolute participle clause
    return not (_WITH_BEFORE.search(before) and _PARTICIPLE_AFTER.match(text, m.end))


_COMPOUND_MODIFIER = re.compile(r"-(?:backed|owned|led|funded|supported|controlled|affiliated|linked|based)\b",
                                re.IGNORECASE)
_WITH_BEFORE = folded(re.compile(r"(?<![\w'’])(?:with|avec)\s*(?:the\s+)?$", re.IGNORECASE))
_PARTICIPLE_AFTER = re.compile(r"\s+(?:now\s+|still\s+|already\s+)?[a-z]+ing\b")


# A name that is the complement of a noun in an apposition describing the name before it: "Anthropic, the rival of
# OpenAI, announced…", « Anthropic, le rival d'OpenAI, a annoncé… »: neither the clause's subject nor its speaker.
_APPOSED_COMPLEMENT_BEFORE = folded(re.compile(
    r"[\w)],\s*(?:(?:the|an?|its|le|la|l['’]|un|une|son|sa)\s*)?(?:[\w-]+\s+){0,3}?[\w-]+\s*(?:of|de|d['’]|du)\s*$",
    re.IGNORECASE))


def apposition_head(S: str, m: Mention, mentions) -> Mention | None:
    """The name described by an apposition whose noun has `m` as its complement, or None."""
    a = _APPOSED_COMPLEMENT_BEFORE.search(S, max(0, m.start - 50), m.start)
    if a is None:
        return None
    comma = a.start() + 1
    return next((x for x in reversed(mentions) if x.end <= comma and not S[x.end:comma].strip()), None)


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds `pos` (after the last ;, :, ", and"... before it)."""
    start = 0
    breaks = list(_CLAUSE_BREAK.finditer(text, 0, pos))
    if "and" in text or "et" in text:
        breaks = sorted(breaks + list(_AND_NEW_SUBJECT.finditer(text, 0, pos)), key=lambda m: m.start())
    for m in breaks:
        if m.group(0)[-1] in "dtDT" and _NAME_LIST_BEFORE.search(text, max(0, m.start() - 80), m.start()) and \
                _NAME_LIST_END.match(text, m.end()):
            continue   # "between OpenAI, Oracle and SoftBank, plans": the last of a list of names, not a new clause
        if m.group(0).strip().lower() in ("and", "et") and _ONLY_A_NAME.fullmatch(text, start, m.start()):
            continue   # "Nvidia and OpenAI signed…", « Microsoft et OpenAI ont conclu… »: two subjects of one verb
        start = m.end()
    return start


_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)*"
_ONLY_A_NAME = re.compile(r"\s*(?:[A-Z][\w&.'’-]*\s*){1,3}")
_NAME_LIST_BEFORE = re.compile(rf"{_NAME}\s*,\s*{_NAME}\s*$")
_NAME_LIST_END = re.compile(rf"\s+{_NAME}\s*[,)]")


def relative_antecedent(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The entity a relative clause holding `pos` modifies: "Microsoft, which has put $13 billion"."""
    best = None
    for m in mentions:
        if m.end <= pos:
            rest = text[m.end:pos]
            rm = _RELATIVE.match(rest)
            if rm and _OWN_SUBJECT_AFTER.match(rest, rm.end()):
                continue   # « les TPU de Google, dont il a réservé un million »: the relative has its own subject
            if rm and not re.search(r"[;:]", rest) and not _closed_relative(rest[rm.end():]) and \
                    not (_THAT_ONLY.match(rest) and _PREP_OBJECT.search(text, max(0, m.start - 8), m.start)):
                best = m   # (but "a contract with Oracle that would bring…": a restrictive "that" after a
                # preposition's object qualifies the noun before it, the contract)
    if best is not None and any(best.end < x.start < pos and x.entity and
                                _SUBORDINATOR_BEFORE.search(text, max(best.end, x.start - 16), x.start) for x in mentions):
        return None   # "Nvidia, which agreed to invest $100 billion in OpenAI as the ChatGPT maker deploys at least 10
        # gigawatts": a clause of its own inside the relative, with its own subject
    return best


_SUBORDINATOR_BEFORE = re.compile(r"(?<![\w'’])(?:as|while|whereas|after|because|once|until|when|alors qu['’]|alors que|"
                                  r"tandis qu['’]|tandis que|lorsqu['’]|lorsque|quand|parce qu['’]|parce que|puisqu['’]|"
                                  r"puisque)\s*$", re.IGNORECASE)


# A subject pronoun right after a relative pronoun that is not the relative's subject (« dont il », « auprès duquel il »,
# "which it", "that they").
_OWN_SUBJECT_AFTER = re.compile(r"\s+(?:il|elle|ils|elles|it|they|she|he)\b", re.IGNORECASE)
_THAT_ONLY = re.compile(r"\s+that\b", re.IGNORECASE)
_PREP_OBJECT = re.compile(r"(?<![\w'’])(?:with|from|to|for|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _closed_relative(s: str) -> bool:
    """A relative clause ends at a comma followed by the main verb's material; keep it short. (`s` is what follows
    the relative pronoun: "is building most of the sites, has agreed to provide…" has closed at the comma the main
    verb's auxiliary follows.)"""
    parts = s.split(",")
    return len(parts) > 2 or len(parts) == 2 and _MAIN_VERB_OPENS.match(parts[1]) is not None


# The main clause's verb right after the comma that closes a relative clause: "Oracle, which is building the sites, has
# agreed…", « Oracle, qui construit les sites, s'est engagé… ».
_MAIN_VERB_OPENS = re.compile(r"\s*(?:(?:also|now|still|already|aussi|également|déjà)\s+)?(?:has|have|had|is|was|are|were|will|"
                              r"would|could|can|may|might|should|plans|planned|expects|expected|agreed|signed|said|says|"
                              r"a|ont|avait|est|sont|était|sera|va|vont|devrait|pourrait|prévoit|s['’]est|s['’]était)\s",
                              re.IGNORECASE)


def agent_after(text: str, pos: int, mentions: list[Mention], fig_start: int | None = None) -> Mention | None:
    """The passive agent of the figure's clause: "is 26% owned by X", « est détenue à 7 % par X »."""
    direct = fig_start is not None and _PASSIVE_BEFORE.search(text[max(0, fig_start - 40):fig_start])
    for m in mentions:
        if m.start >= pos and re.fullmatch(r"[^,;]*", text[pos:m.start]) and \
                (_AGENT.match(text[pos:m.start]) or direct and _AGENT_DIRECT.match(text[pos:m.start])):
            return m
    return None


# "a round led by", « menée par »: who backs a round, not who raises it
_BACKED_BY = re.compile(r"[^,;]*?\b(?:led|co-led|headed|anchored|backed|funded|financed|supported|underwritten|"
                        r"menée?s?|codirigée?s?|dirigée?s?|soutenue?s?|financée?s?|pilotée?s?)\s+(?:by|par)\s+"
                        r"(?:the |le |la |l['’])?", re.IGNORECASE)


def backed_by(S: str, pos: int, entity: str | None, mentions: list[Mention]) -> bool:
    """True when `entity` is named after `pos` as the backer of a round: "$40 billion led by SoftBank"."""
    return any(m.entity == entity and m.start >= pos and _BACKED_BY.fullmatch(S, pos, m.start)
               for m in mentions)


# « est détenue à 7 % par », "is owned 40% by": the participle comes before the figure, the agent right after it.
_PASSIVE_BEFORE = folded(re.compile(r"\b(?:is|are|was|were|est|sont|était|étaient)\s+\w+(?:ed|en|é|ée|és|ées|u|ue|us|ues|is|ise|it|ite)"
                                    r"\s+(?:à\s+(?:hauteur de\s+)?|at\s+)?(?:about\s+|environ\s+|près de\s+)?$", re.IGNORECASE))
_AGENT_DIRECT = re.compile(r"^\s*(?:by|par)\s+(?:the |la |le |l')?$", re.IGNORECASE)


def subject_of(text: str, pos: int, mentions: list[Mention], lang: str, exclude: set[str] = frozenset(),
               anaphors: list[Mention] = ()) -> Mention | None:
    """The subject of the clause holding `pos`: its first entity (or word referring back) that no preposition governs."""
    cs = clause_start(text, pos)
    cands = sorted([m for m in list(mentions) + [a for a in anaphors if a.kind == "anaphor"]
                    if cs <= m.start < pos and m.entity not in exclude], key=lambda m: m.start)
    # reported speech: the clause a verb of saying introduces has its own subject ("AMD shares soared after the
    # chipmaker said OpenAI could take a stake of up to 10%")
    say = None
    if len(cands) > 1:   # (with one candidate the answer is the same either way)
        from pipeline.claims.speakers import SAY_RE
        for m in SAY_RE.get(lang, SAY_RE["en"]).finditer(text, cs, pos):
            if not _RELATIVE_JUST_BEFORE.search(text, max(cs, m.start() - 12), m.start()):
                say = m   # (not « , que vient de présenter OpenAI, »: an inverted relative's verb)
        for shows in _SHOWS.finditer(text, say.end() if say is not None else cs, pos):
            say = shows   # "Microsoft's filing implies OpenAI lost…", « le document montre qu'OpenAI a perdu… »
    if say is not None:
        for m in cands:
            if m.start >= say.end() and not is_object(text, m, lang) and not inside_relative(text, m.start, pos) and \
                    not noun_modifier(text, m):
                return m
    for m in cands:
        if not is_object(text, m, lang) and not inside_relative(text, m.start, pos) and not noun_modifier(text, m):
            return m
    # fronted apposition: « Propriétaire de 27 % d'OpenAI, Microsoft intègre... »
    for m in mentions:
        if m.start >= pos and m.entity not in exclude and not is_object(text, m, lang):
            if re.search(r",\s*(?:the |le |la |l')?$", text[max(0, m.start - 6):m.start]) and not re.search(r"[;:]", text[pos:m.start]):
                return m
            break
    # the clause had only objects; take the sentence's subject before it, within the same sentence part, else
    # before a colon, which opens the details of what its clause says (« OpenAI mise aussi sur le matériel : une
    # commande … a été passée à Broadcom »)
    before = sorted([m for m in list(mentions) + [a for a in anaphors if a.kind == "anaphor"]
                     if m.start < pos and m.entity not in exclude and not is_object(text, m, lang)], key=lambda m: m.start)
    for m in before:
        if not re.search(r"[;:]", text[m.end:pos]):
            return m
    for m in before:
        if ";" not in text[m.end:pos] and not inside_relative(text, m.start, pos):
            return m
    return None


def noun_modifier(text: str, m: Mention) -> bool:
    """A name that only modifies the noun after it: "the OpenAI deal", "its Oracle contract", "the company's OpenAI
    holding" (the deal or holding is the clause's subject, not the company: "AMD expects the OpenAI deal to generate
    $100 billion")."""
    return _ARTICLE_BEFORE.search(text, max(0, m.start - 6), m.start) is not None and \
        _DEAL_NOUN_AFTER.match(text, m.end) is not None


_ARTICLE_BEFORE = re.compile(r"(?:(?<![\w'’])(?:the|its|their|this|that|a|an)|\w['’]s)\s+$", re.IGNORECASE)
_DEAL_NOUN_AFTER = re.compile(r"[ -](?:deal|deals|contract|contracts|agreement|agreements|partnership|tie-up|transaction|"
                              r"pact|arrangement|order|orders|holding|stake|investment|shares|position)\b", re.IGNORECASE)


_RELATIVE_JUST_BEFORE = re.compile(r"(?<![\w'’])(?:que|qu['’]|dont)\s+$", re.IGNORECASE)
# Verbs of evidence open a complement clause with its own subject, as verbs of saying do.
_SHOWS = re.compile(r"\b(?:implies|implied|imply|shows|showed|show|suggests|suggested|indicates|indicated|means|meant|"
                    r"confirms|confirmed|reveals|revealed|montre|montrent|montrait|suggère|suggèrent|implique|impliquent|"
                    r"indique|indiquent|révèle|révèlent|signifie|confirme|confirment)\b(?:\s+(?:that|que|qu['’]))?")


_OPEN_RELATIVE = folded(re.compile(r",\s*(?:dont|qui|which|who|whose)\s+(?:\w+\s+){0,3}$", re.IGNORECASE))


def inside_relative(text: str, start: int, pos: int) -> bool:
    """True when `start` lies in a relative clause (« , dont Microsoft est... , ») or an absolute participle clause
    ("with Microsoft holding a 32.5% stake, ...") that closes before `pos`."""
    before = text[max(0, start - 40):start]
    if not _OPEN_RELATIVE.search(before) and not (
            _WITH_BEFORE.search(before) and _PARTICIPLE_AFTER.match(text, _name_end(text, start))):
        return False
    return "," in text[start:pos] or ":" in text[start:pos]


def _name_end(text: str, start: int) -> int:
    m = re.match(r"[\w&.'’-]+(?:\s+[A-Z][\w&.'’-]*)*", text[start:])
    return start + (m.end() if m else 0)


# A name heading the sentence, described by an aside before the verb: "Perplexity, which competes with OpenAI, is
# valued at…", "Safe Superintelligence, founded by former OpenAI chief scientist Ilya Sutskever, is…", « Mistral AI,
# le rival français d'OpenAI, a levé… ».
_HEAD_WITH_ASIDE = re.compile(r"\s*(?:(?:The|Le|La|L['’])\s*)?(?P<name>(?![LD]['’])[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*,\s*"
                              r"(?:a|an|the|its|le|la|les|l['’]|un|une|son|sa|which|who|whose|qui|dont|founded|backed|"
                              r"led|based|valued|created|launched|started|run|fondée?|soutenue?|dirigée?|créée?|basée?|"
                              r"lancée?|rival|concurrent|[a-z]+ed\s+by|[\w-]+-(?:backed|owned|led|based)|"
                              r"[A-Z][\w&.-]*['’]s(?=\s))\b[^,;:]*,")   # ("ByteDance, TikTok's owner, is valued…")


def untracked_head(text: str, pos: int, mentions: list[Mention], stop: re.Pattern) -> bool:
    """The sentence's subject is a name we do not track, described by an aside that closes before `pos` (its
    figures after the aside are that company's: the names inside the aside are not the subject)."""
    m = _HEAD_WITH_ASIDE.match(text)
    if m is None or m.end() > pos or stop.fullmatch(m.group("name").split()[0]):
        return False
    # (not when a name we track follows the aside: "John Smith, a director at Oracle, said OpenAI signed…")
    return not any(mn.start < m.end("name") and mn.end > m.start("name") or m.end() <= mn.start < pos
                   for mn in mentions)


# The focus when the text is on a company we do not track (Context.focus): what refers back is none of ours.
UNTRACKED = ""


def opens_on_untracked(S: str, mentions: list[Mention], names=frozenset) -> bool:
    """The sentence opens on a name we do not track as its subject ("Mistral AI a annoncé…", "Intel said…"): a name of
    two capitalised words, or one the text also capitalises inside a sentence (`names()`, called only when needed;
    "Regulators in…", "Several partners…" open a sentence, they name nothing)."""
    described = _DESCRIBED_NAME_OPENING.match(S)
    if described is not None and not any(m.start < described.end() for m in mentions) and \
            not _is_source_name(described.group("name")) and described.group("name") not in BANKS and \
            not _STOP.fullmatch(described.group("name").split()[0]):
        return True   # "The developer, Related Digital, says it will spend more than $7 billion": a company we do not
        # track, named in apposition to the sentence's subject
    head = _OPENING_NAME.match(S)
    if head is None:
        return False
    name = head.group(1)
    words = name.split()
    if len(words) == 1 and words[0] not in names():
        return False
    if any(m.start < head.end() for m in mentions):
        return False
    if _STOP.fullmatch(words[0]) or _is_source_name(name) or name in BANKS:
        return False   # ("The company…", "In March…", "Reuters reported…": no company of its own; "Morgan Stanley is
        # marketing $5 billion of notes on xAI's behalf, … and the company…": a bank arranging, the company its client)
    if len(words) == 2 and not _CORPORATE_WORD.fullmatch(words[1]) and _says_next(S, head.end()):
        return False   # ("Dan Ives said the company…": a person we do not list, speaking of the company in focus)
    return True


# Banks that arrange, underwrite and market deals for the companies we track (not companies of the story themselves)
BANKS = frozenset({"Morgan Stanley", "Goldman Sachs", "JPMorgan", "JPMorgan Chase", "J.P. Morgan", "Citigroup", "Citi",
                   "Bank of America", "Barclays", "Deutsche Bank", "UBS", "Mizuho", "MUFG", "BNP Paribas",
                   "Société Générale", "Crédit Agricole", "Wells Fargo", "HSBC", "Lazard", "Evercore", "Jefferies",
                   "Natixis", "Santander", "RBC", "Nomura"})
_DESCRIBED_NAME_OPENING = re.compile(r"\s*(?:The|Le|La|L['’])\s*(?:[a-zé][\w-]*\s+){0,2}[a-zé][\w-]*,\s+"
                                     r"(?P<name>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}),\s")
_OPENING_NAME = re.compile(r"\s*(?:(?:Separately|Meanwhile|Elsewhere|Also|Still|However|Parallèlement|Par ailleurs|Ailleurs|"
                           r"Pendant ce temps|Enfin|Ensuite|Dans le même temps)\s*,\s*)?"   # (a fronted adverb first)
                           r"([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2})(?=\s+[a-zé])")
_CORPORATE_WORD = re.compile(r"AI|Inc\.?|Corp\.?|Group|Labs?|Technologies|Systems|Capital|Partners|SA|SE|AG|Ltd\.?|"
                             r"Holdings|Networks|Semiconductor|Computing|Cloud", re.IGNORECASE)


def unknown_subject(text: str, pos: int, mentions: list[Mention], stop: re.Pattern,
                    surnames: frozenset = frozenset(), doc: str = "") -> bool:
    """The clause's subject is a name we do not track ("Salesforce needed...", "The Gemini app has..."), not a person
    the text named in full before (`surnames`: "Natarajan forecasts…" after "analyst Priya Natarajan"), nor a common
    noun the article (`doc`) also writes in lower case ("Critics prefer…")."""
    cs = clause_start(text, pos)
    seg = text[cs:pos]
    for m in re.finditer(r"(?<![\w'])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?=\s+[a-zé])", seg):
        a, b = cs + m.start(1), cs + m.end(1)
        if any(mn.start <= a < mn.end or a <= mn.start < b for mn in mentions):
            return False
        words = m.group(1).split()
        if len(words) == 1 and words[0] in surnames:
            continue   # (a person, who speaks of the company in focus)
        if len(words) == 1 and doc and len(words[0]) > 3 and words[0][1:].islower() and \
                re.search(rf"(?<![\w'’-]){re.escape(words[0].lower())}(?![\w-])", doc):
            continue   # a common noun the text also writes in lower case: "Critics prefer a lower number — …" (a
            # name is never written so)
        if _ANALYST_AFTER.match(text, b) or _ANALYST_BEFORE.search(text, max(0, a - 30), a):
            continue   # a firm whose analyst speaks, and the analyst: "Deutsche Bank analyst Marcus Feld put 2025
            # revenue at…"
        if len(words) == 1 and _FRONTED_PARTICIPLE.fullmatch(words[0]) and _COMMA_SOON.match(text, b):
            continue   # a participle opening the sentence, its phrase closed by a comma: « Publiés lundi, ses comptes
            # montrent… », "Founded in 2015, …", "Speaking on Tuesday, …"
        if stop.fullmatch(m.group(1)) or stop.fullmatch(words[0]) and (len(words) == 1 or stop.fullmatch(words[1])):
            continue   # ("The Gemini app has…": the name after a capitalised article)
        if stop.fullmatch(words[0]):
            if _is_source_name(" ".join(words[1:])) or _is_source_name(m.group(1)) or _says_next(text, b):
                continue   # ("The Register évoque…", "The Information reported": an outlet, a source, not a subject)
            a = b - len(" ".join(words[1:]))
        before = text[max(0, a - 25):a]
        if is_object(text, Mention(a, b, None, "x", m.group(1)), "fr") or is_object(text, Mention(a, b, None, "x", m.group(1)), "en"):
            continue
        if re.search(r"(?:selon|d'après|according to|citing)\s*(?:the |le |la |l')?$", before, re.IGNORECASE):
            continue
        return True
    return False


_ANALYST_AFTER = re.compile(r"\s+(?:(?:senior|chief|lead|equity|research)\s+)?(?:analysts?|strategists?|economists?|"
                            r"researchers?)\b", re.IGNORECASE)
_ANALYST_BEFORE = re.compile(r"(?<![\w'’])(?:analyst|strategist|economist|researcher|analyste|économiste)\s+$",
                             re.IGNORECASE)
_FRONTED_PARTICIPLE = re.compile(r"[A-ZÉ][a-zéèêëàâîïôûç]+(?:é|ée|és|ées|ant|ed|ing)")
_COMMA_SOON = re.compile(r"[^,.;:]{0,40},")


def _says_next(text: str, end: int) -> bool:
    """A verb of saying right after a name: "The Verge reported", « The Register évoque »."""
    from pipeline.claims.speakers import SAY_RE
    rest = text[end:end + 40].lstrip()
    return any(rx.match(rest) for rx in SAY_RE.values())


def _is_source_name(name: str) -> bool:
    """An outlet or a research house by its name ("The Register", "Bernstein")."""
    return name.lower() in _source_names()


@functools.lru_cache(maxsize=1)
def _source_names() -> frozenset:
    from pipeline.claims.speakers import ANALYST_FIRMS, OUTLETS   # (speakers imports this module)
    return frozenset(n.lower() for n in OUTLETS + ANALYST_FIRMS)


def parts_follow(text: str, pos: int) -> bool:
    """A whole split into parts right after `pos` (", including $300 billion with Oracle…", « , dont 300 milliards »)."""
    return _PARTS_FOLLOW.match(text, pos) is not None


_PARTS_FOLLOW = re.compile(r"(?-i:[^,;:A-Z]){0,30}?,\s*(?:including|among them|of which|dont|notamment|parmi lesquels)\b",
                           re.IGNORECASE)


_WITH_FOR = re.compile(r"\s+(?:for|pour)\s+(?:(?:about|around|roughly|some|up to|nearly|environ|près de|quelque|"
                       r"jusqu['’]à)\s+)?(?:US\s?)?[$€£]?\s*", re.IGNORECASE)


def counterparty_of(text: str, pos_from: int, pos_to: int, mentions: list[Mention], preps: tuple[str, ...],
                    subject: str | None, lang: str) -> Mention | None:
    """The entity introduced by one of the metric's prepositions near the figure (after, then before)."""
    if not preps:
        return None
    p = "|".join(re.escape(x).replace("'", "['’]") for x in sorted(preps, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w'’])(?:{p})\s*(?:the |le |la |les |l'|l’)?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
    # between the metric word and the figure: "its stake in CoreWeave was 7%", « sa participation dans X atteint »
    for m in mentions:
        if pos_from < m.start and m.end <= pos_to and m.entity != subject and rx.search(text, max(pos_from, m.start - 30), m.start) \
                and not re.search(r"[;:,]", RELATIVE_ASIDE.sub("", text[m.end:pos_to])):   # (a relative set off by commas
            # is an aside: "its stake in OpenAI, which it values at $135 billion, will be 27%")
            return m
    for m in mentions:
        if m.end <= pos_from and m.entity != subject and _WITH_FOR.fullmatch(text, m.end, pos_from) and \
                rx.search(text, max(0, m.start - 30), m.start):
            return m   # "signed with Nvidia for 10 gigawatts, with AMD for 6 gigawatts…", « avec AMD pour 6 gigawatts »:
            # the party named right before the figure's "for", not the next one's
    if _PARTS_FOLLOW.match(text, pos_to):
        return None   # a whole split into parts after it (", including $300 billion with Oracle, $250 billion with
        # Microsoft…", « , dont 300 milliards avec Oracle »): each part has its party, the whole none of its own
    after = [m for m in mentions if m.start >= pos_to and m.entity != subject]
    if "," in text[pos_to:]:
        # a figure inside a relative clause set off by commas has no party past its close ("The GPU cloud provider,
        # which says it had 590,000 GPUs in service, still drew 67% of its revenue from Microsoft")
        shut = next((b for a, b in (r.span() for r in RELATIVE_ASIDE.finditer(text, max(0, pos_from - 100), min(
            len(text), pos_to + 100))) if a <= pos_from and pos_to <= b), None)
        if shut is not None:
            after = [m for m in after if m.start < shut]
    for m in after:
        gap = text[pos_to:m.start]
        if re.search(r"[;:]|\s[–—]\s", gap) or len(gap) > 90 or _PARTS_FOLLOW.search(gap) or RELATIVE_OPEN.search(gap):
            break   # (a part's party is not the figure's, nor what a relative clause after it names: « un contrat de
            # 38 milliards, qui lui donnera accès à des puces Nvidia », nor a party past a dash that closes an aside)
        if rx.search(text[max(0, m.start - 30):m.start]):
            nxt = [o for o in mentions if o.start > m.end and o.entity not in (m.entity, subject)
                   and _LIST_JOIN.fullmatch(text, m.end, o.start)]   # (« auprès de Nvidia, d'AMD, de Broadcom et d'Oracle »)
            prv = [o for o in mentions if o.end <= m.start and o.entity not in (m.entity, subject)
                   and _LIST_JOIN.fullmatch(text, o.end, m.start)]   # (the last of a list: « …, d'Oracle, de CoreWeave
            # et d'autres fournisseurs »)
            return None if nxt or prv else m
    before = [m for m in mentions if m.end <= pos_from and m.entity != subject]
    for m in reversed(before):
        gap = text[m.end:pos_from]
        if re.search(r"[;:]", gap) or len(gap) > 90:
            break
        if rx.search(text[max(0, m.start - 30):m.start]):
            return m
    return None


def vendor_near(text: str, start: int, end: int, mentions: list[Mention], subject: str | None) -> str | None:
    """The chip vendor named with a count or power figure: "250,000 Nvidia GPUs", « puces Nvidia et AMD » (none)."""
    near = [m for m in mentions if m.entity != subject and start <= m.start <= end + 30]
    near = [m for m in near if re.fullmatch(r"[\s\w-]{0,25}", text[end:m.start] if m.start >= end else "")]
    ents = {m.entity for m in near}
    if any(o.start > m.end and o.entity not in (m.entity, subject) and _LISTED_NEXT.fullmatch(text, m.end, o.start)
           for m in near for o in mentions):
        return None   # "26 gigawatts of compute from Nvidia, AMD and Broadcom": several vendors, none the figure's own
    if len(ents) == 1:
        return ents.pop()
    return None


_LISTED_NEXT = re.compile(r"\s*(?:,|and|et|ou|or|&)\s*(?:de\s+|d['’]|du\s+|from\s+|with\s+|avec\s+)?")
# A relative clause opening after a comma (find._near_cues: its own dates; counterparty_of: its own names).
RELATIVE_OPEN = re.compile(r",\s*(?:which|who|qui|lequel|laquelle)\b", re.IGNORECASE)


# --- the subject of a figure ------------------------------------------------------------------

# Capitalised words that start clauses without naming anyone: never an unknown subject.
_STOP = re.compile(
    r"(?:The|A|An|In|On|At|For|By|To|As|But|And|Or|If|When|While|After|Before|Since|Until|With|Without|Its|It|"
    r"This|That|These|Those|Their|His|Her|He|She|They|We|I|You|Such|Some|Many|Most|All|Both|Each|Every|Other|"
    r"Already|Now|Still|Just|Only|Also|Then|Yet|So|Meanwhile|However|Overall|Cumulatively|Together|Earlier|Later|"
    r"Last|Next|First|Second|Third|Fourth|Weekly|Monthly|Daily|Annual|Media|Reports?|Analysts?|Investors?|"
    # (people by their role, opening a sentence: "Critics prefer a lower number — …", « Les observateurs… »)
    r"Critics?|Skeptics?|Sceptics?|Bulls?|Bears?|Observers?|Experts?|Insiders?|Sources?|Executives?|Officials?|"
    r"Economists?|Traders?|Shareholders?|Bankers?|Lawmakers?|Regulators?|Critiques|Observateurs|Investisseurs|"
    r"Analystes|Sceptiques|Dirigeants|"
    r"Le|La|Les|L|Un|Une|Des|Du|De|D|Au|Aux|En|Dans|Sur|Pour|Par|Avec|Sans|Selon|Après|Avant|Depuis|Malgré|"
    r"Grâce|Chez|Entre|Mais|Et|Ou|Donc|Or|Ni|Car|Si|Quand|Lorsque|Alors|Puis|Ainsi|Déjà|Désormais|Aujourd|"
    r"Son|Sa|Ses|Leur|Leurs|Ce|Cet|Cette|Ces|Il|Elle|Ils|Elles|On|Nous|Vous|Je|J|Plus|Moins|Rien|Tout|Toute|"
    r"Tous|Toutes|Chaque|Plusieurs|Certains|Certaines|Deux|Trois|Quatre|Cinq|Dix|Jeudi|Lundi|Mardi|Mercredi|"
    r"Vendredi|Samedi|Dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|T[1-4]|"
    r"January|February|March|April|May|June|July|August|September|October|November|December|Janvier|Février|"
    r"Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|Novembre|Décembre|Fourth-quarter|Third-quarter|"
    r"Second-quarter|First-quarter|Full-year|Capital|Revenue|Sales|Chiffre|Revenus|Ventes|AI|IA|US|USA|"
    r"Wall|Street|Washington|Bourse|Contrainte|Adossée|Propriétaire|Actionnaire|Fondée|Fusionnée|Spécialisée|"
    r"Interrogé|Selon|D'après|Opening|Talking|Asked|According|Remember|Sur|À|Ce|Celui|Celle|Lors|Fin|Début|Mi|"
    r"Insight|Pour|Note|Notably|Même|Faute|Rival|Rivals?|Rivaux|Existing|Current|Former|Founder|Chief|CEO|CFO|"
    r"PDG|Host|Elon|Sam|Satya|Jensen|Bien|Although|Though|Despite|Quoique|Ses|Leurs|Cette|Ce|Its|"
    # the words a figure's own noun phrase opens on ("Total revenue was…", « Perte nette : … »)
    r"Total|Net|Gross|Operating|Quarterly|Yearly|Combined|Adjusted|Consolidated|Underlying|Cumulative|Estimated|"
    r"Projected|Expected|Reported|Global|Worldwide|Loss|Losses|Profit|Valuation|Funding|Spending|Cash|"
    r"Perte|Pertes|Bénéfice|Résultat|Valorisation|Trésorerie|Dépenses|Levée|"
    # quantities a figure opens on ("Roughly a fifth of Nvidia's revenue…", « Près d'un cinquième du chiffre… »)
    r"Près|Environ|Quelque|Presque|Quasiment|Roughly|About|Nearly|Almost|Around|Approximately|Over|More|Less|Half)",
    re.IGNORECASE)
# A relative clause whose antecedent is not a tracked entity: « un quatrième, qui a signé pour... ».
_REL_BEFORE = folded(re.compile(r"([\w'-]+)\s*,\s*(?:qui|which|who|that|whose|dont(?=\s+(?:la|le|les|l['’]|sa|son|ses|"
                                r"leur|leurs)\b))\s+(?:[^,;:]*)$", re.IGNORECASE))
# ("SpaceX, whose valuation is…", « SpaceX, dont la valorisation… »: its figures; but « dont 300 milliards » is a part)
# ... unless a tracked company owns that antecedent (« un plan d'investissement d'OpenAI chiffré à… , qui compte… »),
# with no finite verb between the owner and the relative pronoun
_OF_BEFORE = re.compile(r"(?<![\w'’])(?:d['’]|de |of |du |avec |with )$", re.IGNORECASE)
_NEW_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|est|sont|était|a|ont|avait)\b", re.IGNORECASE)

_COORD_POSS = re.compile(r"\s*,?\s*(?:and|et|with|avec|along with|ainsi que)\s+", re.IGNORECASE)
_SUBJECT_PRONOUNS = {"it", "il", "elle", "they", "ils", "elles"}
_DEMONSTRATIVE = re.compile(r"(?<![\w'])(?:that|this|these|those|ce|cet|cette|ces)\s+$", re.IGNORECASE)


# Verbs whose object is the subject of the infinitive after it: "invite X to invest", « autoriser X à investir ».
_CONTROL = re.compile(r"\b(?:invit\w*|allow\w*|let|lets|letting|permit\w*|enabl\w*|authori[sz]\w*|ask\w*|urg\w*|"
                      r"encourag\w*|persuad\w*|autoris\w*|permett\w*|permis|pouss\w*|incit\w*|demand\w* à)\s+"
                      r"(?:à\s+|au\s+)?(?:the |le |la |l'|son |its )?$", re.IGNORECASE)
# verbs whose object is made or brought to do what the infinitive after it says, and those of a clause "that" someone
# does something (« obtenir qu'OpenAI relève… »)
_CAUSE = re.compile(r"(?<![\w'’])(?:got|get|gets|getting|convinc\w*|persuad\w*|forc\w*|push\w*|press\w*|requir\w*|"
                    r"compel\w*|oblig\w*|contrai\w*|convaincu|pouss\w*|amen\w*|incit\w*)\s+(?:the |le |la |l['’]|son |its )?$",
                    re.IGNORECASE)
_CAUSE_QUE = re.compile(r"(?<![\w'’])(?:obten\w*|obtenu|obtient|exig\w*|imposé|impose|voul\w*|veut|souhait\w*|"
                        r"accept\w*|demand\w*)\s+(?:que\s+|qu['’]\s*)$", re.IGNORECASE)
# a name governed by a possessive or a preposition in the clause, no subject of its own: "its AWS spending"
_GOVERNED_NAME = re.compile(r"(?<![\w'’])(?:its|his|her|their|sa|son|ses|leur|leurs|on|at|with|from|to|of|sur|chez|"
                            r"auprès\s+de|avec|de|d['’]|du|des)\s*(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
_CONTROL_TO = re.compile(r"\s+(?:to|à|d'|de)\s*(?:\w+\s+){0,1}", re.IGNORECASE)


# "the $13 billion of revenue OpenAI has told investors it expects": the relative's subject and its verb.
_CONTACT_VERB = re.compile(r"\s+(?:has|have|had|is|was|now|says|said|expects|expected|told|reported|reports|plans|planned|"
                           r"projects|projected|forecasts|forecast|booked|posts|posted|made|makes|generated|generates|"
                           r"recorded|spent|raised|lost|committed|invested|pledged|disclosed|claims|claimed)\b")


# « du groupe », « au fabricant de puces »: a typed description after a contracted article (de + le, à + le).
_CONTRACTED_DESC = re.compile(r"\s+(?:du|au)\s+(groupe|géant|conglomérat|fabricant de puces|fabricant|fondeur|"
                              r"laboratoire|projet|programme)\b", re.IGNORECASE)


# « qui la valorise », « qui pourrait la valoriser »: a relative (with a modal before the infinitive, or not) whose
# clitic object is the company valued
_QUI_CLITIC = re.compile(r"\bqui\s+(?:(?:pourrai\w*|devrai\w*|doit|doivent|va|vont|peut|peuvent|devait|pouvait|allait)"
                         r"\s+)?(?:la|le|l')\s*$", re.IGNORECASE)
_AGENT_BEFORE = re.compile(r"\b(?:par|by)\s+(?:le |la |l')?$", re.IGNORECASE)


def backer(entity: str, lex: Lexicon) -> bool:
    """An investor or a tech giant: it funds rounds and buys shares, it does not raise or list."""
    e = lex.entities.get(entity, {})
    return e.get("kind") == "investor" or "big" in e.get("types", []) and "startup" not in e.get("types", [])


def resolve_anaphor(a: Mention, ctx, lex: Lexicon, exclude: str | None = None) -> str | None:
    """The entity a word like « la start-up » or "it" refers to: the latest entity of its kind, else the focus (none
    when the focus is a company we do not track)."""
    if ctx.focus == UNTRACKED:
        return None
    kind = anaphor_type(a.text)
    if kind == "latter":
        return next((e for e in reversed(ctx.recent) if e not in (exclude, UNTRACKED)), None)
    if kind == "partner":
        # "Microsoft has committed $13 billion to its partner": the latest one named that is not the one in focus
        return next((e for e in reversed(ctx.recent) if e not in (exclude, ctx.focus)), None)
    if kind and ctx.focus and ctx.focus != exclude and kind in lex.entities.get(ctx.focus, {}).get("types", []):
        return ctx.focus   # « TSMC … Broadcom en tête. Pour le quatrième trimestre, le groupe anticipe… »: the one in focus
    if kind:
        for e in reversed(ctx.recent):
            if e != exclude and kind in lex.entities.get(e, {}).get("types", []):
                return e
        if ctx.focus and kind not in lex.entities.get(ctx.focus, {}).get("types", []):
            # none named yet, and the one in focus is not of that kind: « Le fabricant de puces a réalisé… » at the
            # top of an article is the chipmaker it names further on, not the start-up it is mostly about
            for e in ctx.named:
                if e != exclude and kind in lex.entities.get(e, {}).get("types", []):
                    return e
            if kind == "chipmaker":
                return None   # « Le géant des puces… » in an article that names no chipmaker: not the lab in focus
    if ctx.focus and ctx.focus != exclude and _COMPANY_WORD.match(a.text) and \
            (group := lex.entities.get(ctx.focus, {}).get("part_of")) and group != exclude:
        return group   # « La fondation OpenAI détient 26 %… la société viserait une valorisation… »: "the company" is the
        # group the one in focus is part of (OpenAI), not the foundation
    if ctx.focus and ctx.focus != exclude:
        if _COMPANY_WORD.match(a.text) and lex.entities.get(ctx.focus, {}).get("kind") == "investor":
            # "the company" is not the fund just named: the latest company before it, else the article's main one
            for e in reversed(ctx.recent):
                if e != exclude and lex.entities.get(e, {}).get("kind") == "company":
                    return e
        else:
            return ctx.focus
    return ctx.main if ctx.main != exclude else None


# A sentence that opens on a stock with no name: « Le titre cédait… », « L'action a bondi… », "Shares rose…".
_STOCK_OPENS = re.compile(r"\s*(?:Le\s+titre|L['’]action|Les\s+actions|The\s+stock|The\s+shares|Shares|Its\s+shares|Its\s+stock|"
                          r"Son\s+titre|Son\s+action)\b", re.IGNORECASE)
_STOCK_OF = re.compile(r"(?<![\w'’])(?:titre|action|l['’]action|stock|shares?\s+(?:of|in))\s+$", re.IGNORECASE)
_STOCK_AFTER = re.compile(r"['’]?s?\s+(?:shares|stock)\b", re.IGNORECASE)
_INTO_BEFORE = re.compile(r"(?<![\w'’])(?:in|into|dans|au capital de|au capital d['’])\s*(?:the\s+|l['’])?$", re.IGNORECASE)
_COMPANY_WORD = re.compile(r"(?:the company|the business|l['’]entreprise|la société)$", re.IGNORECASE)


def sentence_antecedent(S: str, m, mentions, lang: str, lex: Lexicon) -> str | None:
    """The entity "it" or "the company" continues within its sentence: the sentence's first subject before it.

    "Amazon has put $8 billion into Anthropic; it now values ...", « OpenAI envisage une introduction en Bourse
    valorisant la société à… », "Oracle shares jumped after the company said ..."."""
    kind = anaphor_type(m.text) if m.kind == "anaphor" else None
    if not (m.text.lower() in _SUBJECT_PRONOUNS or _COMPANY_WORD.match(m.text) or kind):
        return None
    company_word = _COMPANY_WORD.match(m.text) is not None

    def skipped(entity) -> bool:
        # a fund is not "the company" (a listed group that invests, SoftBank, is: "SoftBank shares jumped after the
        # company said…")
        e = lex.entities.get(entity, {})
        return e.get("kind") == "unnamed" or company_word and e.get("kind") == "investor" and "big" not in e.get("types", [])

    head = [x for x in mentions if x.end <= m.start and not is_object(S, x, lang) and not inside_relative(S, x.start, m.start)
            and not skipped(x.entity)]
    if kind and not (m.text.lower() in _SUBJECT_PRONOUNS or company_word):
        # « Oracle est le cas le plus tendu : le groupe va dépenser… »: a description refers to the sentence's subject
        # of its kind (the group, the start-up, the chipmaker)
        head = [x for x in head if kind in lex.entities.get(x.entity, {}).get("types", [])]
    return head[0].entity if head else None


def _untracked_opening(S: str, m, mentions) -> bool:
    """The sentence opens on a company we do not track, named as the owner of its people or shares ("WeWork employees
    …", "Intel shares fell…"), and no company we track is named before `m`."""
    if any(x.end <= m.start for x in mentions):
        return False
    o = _OWNER_OPENING.match(S)
    return o is not None and o.end("name") <= m.start and not _STOP.fullmatch(o.group("name")) and \
        not _is_source_name(o.group("name")) and not _is_source_name(o.group("full"))   # ("The Information's report")


# A name opening a sentence as the owner of its staff or shares.
_OWNER_OPENING = re.compile(r"\s*(?P<full>(?:The\s+)?(?P<name>(?-i:[A-Z])[\w&.-]*(?-i:[a-z])[\w&.-]*))\s+(?:employees|staff|workers|"
                            r"shares|stock|investors|executives|customers|salariés|actions|employés)\b", re.IGNORECASE)


def earlier_in_sentence(S: str, a, mentions, exclude: str | None, lex: Lexicon) -> str | None:
    """The entity a description in object position ("14% of the company", « dans la start-up ») refers to
    within its sentence: the nearest entity named before it, of its type, other than the clause's subject."""
    kind = anaphor_type(a.text)
    if not kind and not _COMPANY_WORD.match(a.text):
        return None
    for m in sorted((m for m in mentions if m.end <= a.start and m.entity and m.entity != exclude),
                    key=lambda m: -m.start):
        e = lex.entities.get(m.entity, {})
        if e.get("kind") in ("unnamed", "investor") or (kind and kind not in e.get("types", [])):
            continue
        return m.entity
    return None


_OWN = re.compile(r"\s+(?:own|propres?)\b", re.IGNORECASE)


_AT_COMPANY = re.compile(r"\s+(?:at|chez)\s+", re.IGNORECASE)
_OUR_BEFORE = re.compile(r"(?<![\w'’])(?:our|notre|nos)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_QUOTE_CLOSE = re.compile(r"[»”\"]")
_OWNER_S_AFTER = re.compile(r"['’]s?\s")


def named_before(e: str, a: Mention, mentions: list[Mention], ctx) -> bool:
    """Whether the entity a description `a` resolved to was named before it (in the text, or in its sentence)."""
    return e in ctx.recent or any(m.entity == e and m.end <= a.start for m in mentions)


def subject(S, f, trig, mentions, anaphors, lang, metric, ctx, prev, lex, triggers) -> str | None:
    """The entity a figure is about: owners and passive agents, relative clauses, beneficiaries, the clause's subject."""
    # (the company money goes into is not the one putting it in: « son investissement de 22,5 milliards dans OpenAI »,
    # « Le groupe a finalisé son investissement … dans OpenAI »)
    into = next((m.entity for m in mentions if m.start >= f.end and _INTO_BEFORE.search(S, max(0, m.start - 16), m.start)),
                None) if metric in ("investment", "stake", "capex") else None

    def ent(m):
        if m.entity:
            return m.entity
        if m.kind == "anaphor" and S[max(0, m.start - 3):m.start].lower() in ("du ", "au "):
            # « l'action Microsoft a bondi, portant la capitalisation du groupe à… »: a description after a contracted
            # article, the entity of its kind the sentence named before it
            kind = anaphor_type(m.text)
            same = [x.entity for x in mentions if x.end <= m.start and x.entity
                    and kind in lex.entities.get(x.entity, {}).get("types", [])]
            if same:
                return same[-1]
        if _COMPANY_WORD.match(m.text) and _untracked_opening(S, m, mentions):
            return None   # "WeWork employees have waited weeks…, since the company abandoned plans for an IPO and had its
            # valuation slashed…", "Intel shares fell after the company said…": the company the sentence opens on
        return sentence_antecedent(S, m, mentions, lang, lex) or resolve_anaphor(m, ctx, lex, exclude=into)

    # 0. a demonstrative metric noun refers back to the figure before it: "that revenue", « ce chiffre d'affaires »
    if trig is not None and _DEMONSTRATIVE.search(S[max(0, trig.start - 8):trig.start]):
        back = prev[1] if prev is not None else ctx.last_subject
        if back is not None:
            return back
    # 0b. the object of a control verb does the infinitive's action: "invited Nvidia to invest", « permet à X d'investir »
    if trig is not None:
        for m in mentions:
            if m.end <= trig.start and _CONTROL.search(S, max(0, m.start - 40), m.start) and \
                    _CONTROL_TO.fullmatch(S, m.end, trig.start):
                return m.entity
    # 0b'. the object of a verb of causing or obtaining does what the clause after it says, the figure in it: "Amazon
    # got OpenAI to raise its AWS spending commitment to $100 billion", « Amazon a obtenu qu'OpenAI relève à 100
    # milliards de dollars ses engagements » (not a company after it in the clause but one a possessive or a
    # preposition governs: "its AWS spending")
    for m in mentions:
        if m.entity and m.end <= f.start and not m.kind.startswith("person:") and \
                (_CAUSE.search(S, max(0, m.start - 40), m.start) and _CONTROL_TO.match(S, m.end)
                 or _CAUSE_QUE.search(S, max(0, m.start - 40), m.start)) and \
                not re.search(r"[;:.]", S[m.end:f.start]) and \
                not any(m.end <= x.start < f.start and x.entity != m.entity and
                        not _GOVERNED_NAME.search(S, max(0, x.start - 25), x.start) for x in mentions):
            return m.entity
    # 0c. a contact relative clause names the owner after the metric noun: "the $13 billion of revenue X expects"
    if trig is not None and trig.start >= f.end:
        for m in mentions:
            if m.start >= trig.end and not S[trig.end:m.start].strip() and _CONTACT_VERB.match(S, m.end):
                return m.entity
    # 0c'. a name right before the metric noun owns it, whatever governs the pair: "calling for OpenAI revenue of $30
    # billion", "estimates for Nvidia revenue" (a compound, as "OpenAI's revenue")
    if trig is not None and metric in _OWN_RESULTS and trig.end <= f.start:
        for m in mentions:
            if m.entity and m.end < trig.start and S[m.end:trig.start] == " " and not m.kind.startswith("person:"):
                return m.entity
    # 0d. a first-person possessive in a quote is the speaker's company: '"Our revenue will reach $20 billion," Altman
    # said', « « Notre investissement s'élève à 13,8 milliards », a précisé Amy Hood » (named after the quote), else
    # the company in focus (« …, a-t-elle précisé » after a sentence on Microsoft's finance chief)
    if trig is not None and _OUR_BEFORE.search(S, max(0, trig.start - 25), trig.start):
        close = _QUOTE_CLOSE.search(S, f.end)
        said_by = [m for m in mentions if close is not None and m.start >= close.end() and m.entity is not None]
        if said_by:
            return said_by[0].entity
        if close is not None and ctx.focus:
            return ctx.focus
    # 1. the owner of the metric word: "Nvidia's revenue", « la perte d'OpenAI », "its holding", passive agents
    ag = agent_after(S, f.end, mentions, f.start)
    if ag is not None and not (metric == "funding" and _BACKED_BY.fullmatch(S, f.end, ag.start)):
        return ag.entity   # (but "raised $40 billion led by SoftBank": the round's backer, not who raises it)
    if metric in ("loss", "revenue", "cash_burn"):
        # "implying a loss of about $11.5 billion at OpenAI", « une perte de 11,5 milliards chez OpenAI »: the company
        # the result is at, whoever speaks
        at = next((m for m in mentions if m.entity and _AT_COMPANY.fullmatch(S, f.end, m.start)), None)
        if at is not None:
            return at.entity
    if trig is not None and not HOLDER_NOUN.fullmatch(trig.text):
        # (the owner of "OpenAI's largest shareholder" is the company held: the holder is the noun's apposed name)
        # (a description as owner too: "Microsoft's quarterly filings … imply the startup's net loss … was about $11
        # billion" is the start-up's)
        owners = list(mentions) + [a for a in anaphors if a.kind == "anaphor" and _OWNER_S_AFTER.match(S, a.end)
                                   and a.text.lower() not in _SUBJECT_PRONOUNS]
        for p in (trig.start, f.start):
            o = owner_before(S, p, owners)
            if o is not None and o.entity is None:
                e = ent(o) if o.end > clause_start(S, p) else None
                if e is not None and named_before(e, o, mentions, ctx):
                    return e   # (one named before it: a description refers back)
            elif o is not None and o.end > clause_start(S, p) and lex.entities.get(o.entity, {}).get("kind") != "unnamed":
                return o.entity
        if metric == "investment" and trig.end <= f.start:
            # « l'apport de SoftBank serait ramené à 20 milliards », "the contribution of SoftBank": a backer named as
            # the owner of the money is the investor
            oa = owner_after(S, trig.end, mentions)
            if oa is not None and backer(oa.entity, lex):
                return oa.entity
        if metric not in ("stake", "investment", "compute_commitment", "compute_capacity", "customer_concentration"):
            oa = owner_after(S, trig.end, list(mentions) + [a for a in anaphors if a.kind == "anaphor"])
            if oa is not None and (oa.entity is None or lex.entities.get(oa.entity, {}).get("kind") != "unnamed"):
                return ent(oa)
            cd = _CONTRACTED_DESC.match(S, trig.end)
            if cd is not None:
                # « la valeur du groupe »: a description after a contracted article, the latest entity of its kind
                kind = anaphor_type("le " + cd.group(1))
                same = [x.entity for x in mentions if x.end <= cd.start()
                        and kind in lex.entities.get(x.entity, {}).get("types", [])]
                if same:
                    return same[-1]
                return resolve_anaphor(Mention(cd.start(), cd.end(), None, "anaphor", "le " + cd.group(1)), ctx, lex)
        poss = [a for a in anaphors if a.kind == "possessive" and 0 <= trig.start - a.end <= 25
                and re.fullmatch(r"[\s\w%$€£.,\u00a0-]*", S[a.end:trig.start])]
        if poss and metric not in ("customer_concentration",):
            if _OWN.match(S, poss[-1].end):
                # "Nvidia invested in OpenAI, and its own market value topped…", « sa propre valorisation »: "own"
                # points back to the subject, not to the company just named
                subj = [m for m in mentions if m.end <= poss[-1].start and not is_object(S, m, lang)
                        and not inside_relative(S, m.start, poss[-1].start)]
                if subj:
                    return subj[0].entity
            coord = [m for m in mentions if _COORD_POSS.fullmatch(S[m.end:poss[-1].start])]
            if coord:
                return coord[-1].entity   # "SoftBank and its 11% stake", « Nvidia, avec sa participation »
            rel = relative_antecedent(S, poss[-1].start, mentions)
            if rel is not None:
                return rel.entity   # "CoreWeave, which hopes its IPO ...": the relative's antecedent owns it
            sm = subject_of(S, poss[-1].start, mentions, lang, anaphors=anaphors)
            if sm is not None:
                return ent(sm)
            near = [m for m in mentions if m.end <= poss[-1].start and not is_object(S, m, lang)]
            if near:
                return near[-1].entity
            # (« … un contrat de 14 milliards avec Meta et l'extension de ses accords avec OpenAI »: not the company
            # just named as an object; the one the article is on; nor the company money goes into: « son
            # investissement de 22,5 milliards dans OpenAI » is not OpenAI's)
            return resolve_anaphor(poss[-1], ctx, lex, exclude=into)
    if untracked_head(S, f.start, mentions, _STOP):
        return None   # "Perplexity, which competes with OpenAI and Google, is valued at $20 billion": Perplexity's
    # 2. a relative clause: "Microsoft, which has put $13 billion into the startup" (but « une levée menée par
    # SoftBank, qui valorise la start-up à 300 milliards » values its object, below)
    # (a description too: "The GPU cloud provider, which says it had about 590,000 GPUs…")
    rel = relative_antecedent(S, f.start, list(mentions) + [a for a in anaphors if a.kind == "anaphor"
                                                             and anaphor_type(a.text)])
    if rel is not None and not (metric == "valuation" and trig is not None and trig.end <= f.start and
                                any(trig.end <= x.start < f.start for x in list(mentions) + list(anaphors))):
        if rel.entity is None:
            rel = Mention(rel.start, rel.end, ent(rel), rel.kind, rel.text)
        if rel.entity is not None:
            return rel.entity
    cs = clause_start(S, f.start)
    rb = _REL_BEFORE.search(S[cs:f.start])
    if rb and trig is not None and trig.end == cs + rb.end(1):
        rb = None   # "The company's revenue, which reached $4.3 billion": the antecedent is the metric word itself
    if rb and not any(m.start <= cs + rb.start(1) < m.end + 1 for m in mentions + anaphors) and \
            not any(cs + rb.end(1) < x.start < f.start for x in mentions + [a for a in anaphors if a.kind == "anaphor"]) \
            and not (metric == "valuation" and trig is not None and trig.end <= f.start
                     and _QUI_CLITIC.search(S, max(0, trig.start - 30), trig.start)):
        # « un quatrième, qui a signé pour... »: an antecedent we do not track (but in "The Information, which said
        # the company expects to burn…" the relative clause names the subject of its own complement); an antecedent
        # owned by a company we track is that company's (« un plan d'investissement d'OpenAI chiffré à près de 1 000
        # milliards de dollars, qui compte déjà un contrat de 10 gigawatts avec Nvidia »)
        owner = [m for m in mentions if cs <= m.start and m.end <= cs + rb.start(1) and m.entity
                 and _OF_BEFORE.search(S, max(0, m.start - 5), m.start)]
        return owner[-1].entity if owner and not _NEW_VERB.search(S, owner[-1].end, cs + rb.start(1)) else None
    # 3. "500 milliards pour OpenAI": the figure's beneficiary
    # (also after the metric's noun: "a $207bn funding gap for OpenAI", « un besoin de financement de 207 milliards
    # pour OpenAI »)
    m = re.match(r"^\s*(?:de dollars\s*)?(?P<noun>(?:[\w-]+\s+){0,2}?)(?:pour|for)\s+", S[f.end:])
    if m and metric in ("valuation", "revenue", "funding") and \
            (not m.group("noun") or trig is not None and f.end + m.start("noun") <= trig.start < f.end + m.end("noun")):
        for mn in mentions:
            if mn.start == f.end + m.end():
                return mn.entity
    # "the $75 billion that PitchBook put on xAI", « les 75 milliards que PitchBook attribuait à xAI »: the value
    # someone puts on a company is the company's
    if metric == "valuation":
        for mn in mentions:
            if mn.start > f.end and _PUT_ON.fullmatch(S, f.end, mn.start):
                return mn.entity
    # 4. the object of a valuing verb: "values the company at", « la valorise à »
    if metric == "valuation" and trig is not None and trig.end <= f.start:
        obj = [x for x in list(mentions) + [a for a in anaphors if a.kind == "anaphor"] if trig.end <= x.start < f.start]
        if obj:
            if obj[0].entity:
                return obj[0].entity
            # "X bought shares, valuing the company at ...": the company valued is not the buyer; but a start-up
            # planning its own listing values itself (« OpenAI envisage une IPO valorisant la société à … »)
            sm = subject_of(S, trig.start, mentions, lang)
            if sm is not None and sm.entity and (not backer(sm.entity, lex) or _STOCK_OF.search(S, max(0, sm.start - 12),
                                                                                               sm.start)
                                                 or _STOCK_AFTER.match(S, sm.end)):
                return sm.entity   # (its stock values the company: « Le titre Nvidia …, ce qui valorise l'entreprise à »)
            if sm is None and _STOCK_OPENS.match(S) and ctx.main is not None:
                return ctx.main   # « Le titre cédait 1,8 %, ce qui valorise toujours le groupe autour de 4 600
                # milliards »: the stock of the company the text is on, whatever was named since
            # "Nvidia will invest in xAI's funding round, which values the company at …": the company named before
            return earlier_in_sentence(S, obj[0], mentions, sm.entity if sm else None, lex) or \
                resolve_anaphor(obj[0], ctx, lex, exclude=sm.entity if sm else None)
        if _QUI_CLITIC.search(S, max(0, trig.start - 30), trig.start):
            # « un tour qui le valorise »: the relative's antecedent is the deal, the clitic the company last named
            # (not a name inside an aside set off by commas: « La start-up, fondée en 2021 par d'anciens salariés
            # d'OpenAI, a annoncé … une opération qui la valorise 610 milliards » values the start-up)
            asides = [m.span() for m in _COMMA_ASIDE.finditer(S, 0, trig.start)]
            prior = [x for x in mentions if x.end <= trig.start and lex.entities.get(x.entity, {}).get("kind") != "unnamed"
                     and not _AGENT_BEFORE.search(S, max(0, x.start - 12), x.start)
                     and apposition_head(S, x, mentions) is None
                     and not any(a < x.start and x.end < b for a, b in asides)]
            if prior:
                return prior[-1].entity
            if asides and (sm := subject_of(S, asides[0][0], mentions, lang, anaphors=anaphors)) is not None:
                return ent(sm)
        if re.search(r"\b(?:la|le|l')\s*$", S[max(0, trig.start - 4):trig.start]) and \
                not re.search(r"(?:ion|ions|eur|eurs)$", trig.text):   # (a clitic, not « la valorisation »)
            sm = subject_of(S, trig.start, mentions, lang, anaphors=anaphors)
            return resolve_anaphor(Mention(0, 0, None, "anaphor", "it"), ctx, lex, exclude=sm.entity if sm else None)
    # 5. the clause's subject, named or referred back to
    pos = f.start
    sm = subject_of(S, pos, mentions, lang, anaphors=anaphors)
    if sm is None and trig is not None and trig.start < f.start:
        sm = subject_of(S, trig.start, mentions, lang, anaphors=anaphors)
    if sm is not None and sm.entity and (head := _POSSESSED_NAME.match(S, sm.end)) is not None and \
            head.end() <= pos and not _STOP.fullmatch(head.group(1)):
        named = next((m for m in mentions if m.start == head.start(1) and m.entity), None)
        # "OpenAI's data-center partner Crusoe is raising…": a company we do not track, its own figures; "OpenAI's
        # rival Anthropic raised $13 billion": the one we track, named after its description
        return named.entity if named is not None else None
    if sm is not None:
        return ent(sm)
    if unknown_subject(S, pos, mentions, _STOP, ctx.surnames(), ctx.text) and \
            not _trigger_at_clause_start(S, pos, triggers):
        return None
    if prev is not None and (trig is None or trig.metric == prev[0] and prev[0] in _OWN_RESULTS):
        # (the same metric again with no subject of its own: the same company's, as two sources give it — « …
        # impliquent une perte d'environ 12 milliards, tandis que The Register évoque une perte nette de 11,5 milliards »)
        return prev[1]
    if metric in _OWN_RESULTS and ctx.focus and ctx.main and ctx.main != ctx.focus and \
            lex.entities.get(ctx.focus, {}).get("kind") == "investor":
        # an unowned result after a sentence on a fund is the article's company's: « …, parmi lesquels SoftBank, qui a
        # injecté 30 milliards. Selon le Financial Times, la valorisation implicite de l'ensemble atteint 500 milliards »
        return ctx.main
    return None if ctx.focus == UNTRACKED else ctx.focus or ctx.main


HOLDER_NOUN = re.compile(r"shareholders?|owners?|actionnaires?|propriétaires?", re.IGNORECASE)
_POSSESSED_NAME = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){1,3}([A-Z][\w&.-]+)\s+(?:is|was|has|had|will|would|said|plans|"
                             r"raised|raises|is raising|est|a|va|prévoit)\b")
_OWN_RESULTS = {"revenue", "loss", "cash_burn", "capex", "valuation", "users"}   # the metrics with no counterparty
_PUT_ON = re.compile(r"\s*(?:that|which|qu['’]|que)\s+(?:[\w'’.&-]+\s+){1,3}?(?:put|puts|placed|places|pegged|pegs|set|sets|"
                     r"assigned|assigns|attribu\w+|donn\w+)\s+(?:on|to|à|au|aux)\s+(?:the\s+|la\s+|le\s+|l['’])?",
                     re.IGNORECASE)


def _trigger_at_clause_start(S, pos, triggers) -> bool:
    cs = clause_start(S, pos)
    head = re.match(r"\s*(?:[A-Z][\w-]*\s+)+", S[cs:pos])
    return bool(head) and any(cs <= t.start < cs + head.end() for t in triggers)


# A verb of spending: its subject buys ("la société prévoit de dépenser 18 milliards en centres de données").
_SPENDS = re.compile(r"\b(?:spend|spends|spent|spending|dépens\w*)\b", re.IGNORECASE)


# A chipmaker's name as a modifier of its chips: « de systèmes Nvidia », « de GPU AMD », "Nvidia GPUs".
_CHIP_NOUNS = r"(?:systèmes|systems?|puces|chips?|GPUs?|processeurs(?:\s+graphiques)?|processors|accélérateurs|accelerators|" \
              r"racks|serveurs|servers)"
_CHIPS_OF_BEFORE = re.compile(rf"(?<![\w'’]){_CHIP_NOUNS}\s+$", re.IGNORECASE)
_CHIPS_OF_AFTER = re.compile(rf"\s+(?:[A-Z][\w-]*\s+)?{_CHIP_NOUNS}(?![\w'’])", re.IGNORECASE)
_OWN_POWER = re.compile(r"active power|contracted power|power (?:it has )?under contract|puissance active|"
                        r"puissance installée|puissance contractée", re.IGNORECASE)


def buyer_first(S, subject, cp, mentions, lex, ctx, pos: int | None = None):
    """In a compute deal the buyer is the subject: "CoreWeave will supply OpenAI" is OpenAI's commitment.

    With `pos` (the figure's position), only a lab between the semicolons or colons around it counts: in « … signé avec OpenAI ;
    Oracle en a commandé 50 000 unités », Oracle's order stays Oracle's."""
    def buys(e):
        return bool(lex.entities.get(e, {}).get("buys_compute"))
    if subject is None or buys(subject) or lex.entities.get(subject, {}).get("kind") == "venture":
        return subject, cp
    labs = [m.entity for m in mentions if buys(m.entity)]
    if labs and pos is not None:
        lo = max(S.rfind(";", 0, pos), S.rfind(":", 0, pos)) + 1
        nxt = re.search(r"[;:]", S[pos:])
        hi = pos + nxt.start() if nxt else len(S)
        inside = [m for m in mentions if buys(m.entity) and lo <= m.start < hi]
        if not inside:
            return subject, cp
        # the lab nearest before the figure, else the first after it ("a $14 billion contract with Meta and its deals
        # with OpenAI, which total $22.4 billion": OpenAI's)
        before = [m for m in inside if m.end <= pos]
        labs = [cp] if buys(cp) and any(m.entity == cp for m in inside) else \
            [before[-1].entity] if before else [inside[0].entity]
        # (but the deal's own party buys: "contracts with OpenAI totaling $22.4 billion and a $14.2 billion deal with
        # Meta" is Meta's)
    def chipmaker(e):
        return "chipmaker" in lex.entities.get(e, {}).get("types", ())
    def own_clause(m):   # (the figure's own clause: "Nvidia plans to supply systems totaling at least 10 GW, and AMD
        # agreed to deliver 6 GW": AMD is the next clause's)
        if pos is None or not SUPPLY_VERBS.search(S, clause_start(S, pos), pos):
            return True
        if m.start >= pos:
            return not _NEXT_CLAUSE.search(S, pos, m.start)
        return m.start >= clause_start(S, pos)
    if not labs and (not any(m.entity not in (None, subject) and lex.entities.get(m.entity, {}).get("kind") == "company"
                             and own_clause(m) for m in mentions) or
                     # (chipmakers only, the subject one of them, another the chips' maker: « 10 gigawatts de systèmes
                     # Nvidia, …, et 6 gigawatts de GPU AMD Instinct » are a lab's, not Nvidia's)
                     chipmaker(subject) and cp is not None and cp != subject and chipmaker(cp) and
                     all(chipmaker(m.entity) for m in mentions if m.entity not in (None, subject)) and
                     all(_CHIPS_OF_BEFORE.search(S, max(0, m.start - 30), m.start) or _CHIPS_OF_AFTER.match(S, m.end)
                         for m in mentions if m.entity == subject)) \
            and not _SPENDS.search(S) and not _OWN_POWER.search(S):
        # (a cloud's own power is its own: « l'entreprise revendique 420 mégawatts de puissance active »)
        # "the chipmaker will supply 10 gigawatts": the buyer is the lab the article is about (but "CoreWeave
        # signed a deal with Microsoft" names its two parties, and one that spends is the buyer itself)
        labs = [e for e in reversed(ctx.recent) if buys(e)][:1]
    if labs:
        buyer = labs[0]
        if subject != buyer and lex.entities.get(subject, {}).get("kind") == "company" and \
                SUPPLY_VERBS.search(S, 0, pos if pos is not None else len(S)):
            # "Amazon will provide OpenAI with … Nvidia GPUs under a $38 billion deal": the one supplying is the vendor
            # (the chips' maker named with them is not)
            return buyer, subject
        return buyer, (cp if cp not in (None, buyer) else subject)
    return subject, cp



# what joins the parties of a list: « auprès de Nvidia, d'AMD, de Broadcom et d'Oracle », "from Nvidia, AMD and Broadcom"
_LIST_JOIN = re.compile(r"\s*(?:,|and|et|ou|or|&|comme)\s*(?:de\s+|d['’]|du\s+|from\s+|with\s+|avec\s+)?", re.IGNORECASE)
# a relative clause set off by commas, its pronoun maybe after a preposition: ", in which Nvidia owns roughly 6%,"
_PREP_RELATIVE_ASIDE = re.compile(r",\s*(?:(?:in|of|from|to|for|with|through|on|dans|de|pour|avec|sur|auprès\s+de)\s+)?"
                                  r"(?:which|whom|who|whose|that|qui|que|qu['’]|dont|lequel|laquelle|lesquels|lesquelles)\b"
                                  r"[^,;:()]{0,90},", re.IGNORECASE)


def prep_relative_asides(S: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the relative clauses set off by commas before `pos` (", in which Nvidia owns roughly 6%,")."""
    return [r.span() for r in _PREP_RELATIVE_ASIDE.finditer(S, 0, pos)] if "," in S[:pos] else []


_NEXT_CLAUSE = re.compile(r"[;:]|,\s+(?:and|et|while|whereas|but|mais|tandis\s+que|alors\s+que)\s", re.IGNORECASE)


_ANOTHER = re.compile(r"\b(?:another|a second|the second|un autre|une autre|un second|le second|le deuxième)\b"
                      r"(?!\s+(?:fiscal\s+)?(?:quarter|half|year|trimestre|semestre|exercice))",   # not "the second quarter"
                      re.IGNORECASE)


_FIRST_OF_THEM = re.compile(r"\b(?:the first|the largest|the biggest|le premier|la première|le plus gros|le principal)\b"
                            r"(?!\s+(?:fiscal\s+)?(?:quarter|half|year|trimestre|semestre|exercice))", re.IGNORECASE)


# the first two customers with their noun left out, after one customer was named ("one customer made up 19% and the
# top two 33%", « un seul client a représenté 19 %, et les deux premiers 33 % à eux deux »)
TOP_TWO_ELLIPTIC = re.compile(r"\b(?:the\s+(?:top\s+two|two\s+(?:largest|biggest|top|leading|main))|"
                               r"(?:les|ses|its)\s+(?:deux\s+(?:premiers|principaux|plus\s+gros|plus\s+grands)|"
                               r"two\s+(?:largest|biggest))|top\s+two)"
                               r"(?!\s+(?:customers|clients|buyers|acheteurs)\b)(?P<gap>[^,;:.%]{0,40})$", re.IGNORECASE)


def _listed_with(S: str, f, figures: list) -> list:
    """The figures of the list `f` is in ("20% and 15%", « 14 % et 11 % », "23%, 16% and 10%"), or [f]."""
    if f not in figures:
        return [f]
    k = figures.index(f)
    lo = hi = k
    while lo > 0 and _FIGURE_AND.fullmatch(S, figures[lo - 1].end, figures[lo].start):
        lo -= 1
    while hi + 1 < len(figures) and _FIGURE_AND.fullmatch(S, figures[hi].end, figures[hi + 1].start):
        hi += 1
    return figures[lo:hi + 1]


_IS_RANKED = re.compile(r"\s+(?:is|was|remains|became|has become|est|était|reste|demeure|est devenu)\s+(?:(?:now|still|by far|"
                        r"désormais|toujours|de loin)\s+)?(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)?['’]s\s+)?", re.IGNORECASE)
_APPOSED_NAME = re.compile(r"(?:\s+(?:of|de|d['’])\s*[A-Z][\w.&-]*)?\s*[,:]\s*")   # "its largest customer, " / « … de X, »
# (and a fact sheet's "Largest customer: Microsoft, 48% of 2025 revenue")
_APPOSITION_ENDS = re.compile(r"(?:\s+(?:of|de|d['’])\s*[A-Z][\w.&-]*)?\s*[,(]")   # (", a customer of Nvidia,")
_NAME_THEN_RANK = re.compile(r"\s*,\s*")
_FROM_CUSTOMER = re.compile(r"(?<![\w'’])(?:from|auprès\s+d(?:e|['’])|de|d['’]|with|chez|among|parmi)\s*$", re.IGNORECASE)


# the unnamed customers of a seller, in the order its filings rank them (spec: customer_a, customer_b, …)
RANKED_CUSTOMERS = tuple(f"customer_{c}" for c in "abcdef")
# a counted group of unnamed customers ("four direct customers", "its three largest customers", « quatre clients
# directs », « ses trois principaux clients »); two are `top2_customers`, a name of their own
_COUNTED_CUSTOMERS = re.compile(
    r"\b(?:three|four|five|six|trois|quatre|cinq|six|[3-6])\s+(?:(?:largest|biggest|top|leading|major|main|key|direct|"
    r"unnamed|unidentified|principaux|premiers|plus\s+gros|plus\s+grands|grands)\s+)*(?:direct\s+)?"
    r"(?:customers|clients|buyers|acheteurs)\b", re.IGNORECASE)


def customers(S, f, i, figures, mentions, subject, ctx):
    """Customer concentration: the subject sells, the counterparty is the customer (named or ranked)."""
    ranked = RANKED_CUSTOMERS + ("top2_customers",)
    cust = [m for m in mentions if m.entity in ranked]
    others = [m for m in mentions if m.entity not in ranked]
    cp = None
    before = [m for m in cust if m.start < f.start]
    if before:
        cp = before[-1].entity
        # "Microsoft is Nvidia's biggest customer, accounting for 19%", « Microsoft est le premier client de Nvidia »:
        # the company the rank is said of is the customer
        named = [m for m in others if m.end <= before[-1].start and _IS_RANKED.fullmatch(S, m.end, before[-1].start)]
        # "its largest customer, Microsoft, accounted for…", « le premier client de CoreWeave, Microsoft, »: an
        # apposition names it
        named += [m for m in others if before[-1].end <= m.start < f.start and
                  _APPOSED_NAME.fullmatch(S, before[-1].end, m.start) and _APPOSITION_ENDS.match(S, m.end)]
        # "Microsoft, its largest customer, accounted for…", « Microsoft, son premier client, a représenté »
        named += [m for m in others if m.end <= before[-1].start and _NAME_THEN_RANK.fullmatch(S, m.end, before[-1].start)
                  and _APPOSITION_ENDS.match(S, before[-1].end)]
        if named and cp in RANKED_CUSTOMERS:
            cp = named[-1].entity
    else:
        # "39% of its revenue from two customers", « 39 % de son chiffre d'affaires auprès de deux clients »
        cp = next((m.entity for m in cust if f.end <= m.start <= f.end + 80
                   and _FROM_CUSTOMER.search(S, max(f.end, m.start - 12), m.start)
                   and not re.search(r"[,;:]", S[f.end:m.start])), None)
    listed = _listed_with(S, f, [g for g in figures if g.unit == "percent"])
    if cp is None and not cust and (two := TOP_TWO_ELLIPTIC.search(S, clause_start(S, listed[0].start), listed[0].start)) \
            and not re.search(r"\d", two.group("gap")):
        cp = "top2_customers"   # "a year ago, the two largest stood at 16% and 14%" (after customers' shares)
    if cp is None and len(listed) >= 2 and listed.index(f) < len(RANKED_CUSTOMERS) and \
            (group := _COUNTED_CUSTOMERS.search(S, clause_start(S, listed[0].start), listed[0].start)) is not None and \
            not re.search(r"[;.]", S[group.end():listed[0].start]):
        # "four direct customers accounted for 22%, 17%, 14% and 12% of revenue, respectively", « trois clients ont
        # pesé 18 %, 12 % et 10 % »: the unnamed customers, one share each in the order given (as Customer A, B… of
        # the filings)
        cp = RANKED_CUSTOMERS[listed.index(f)]
    if cp == "customer_b" and len(listed) >= 2 and any(m.entity == "customer_a" for m in before):
        cp = "top2_customers"   # "identified only as Customer A and Customer B, accounted for 23% and 16%": in order
    if cp == "top2_customers" and len(listed) >= 2:
        # "the two customers were 20% and 15% of revenue": one share each, in order ("39%, up from 25% a year ago"
        # is the pair's share then and before)
        k = listed.index(f)
        cp = "customer_a" if k == 0 else "customer_b" if k == 1 else None
    elif cp == "top2_customers" and re.search(r"\b(?:and|et)\s*$", S[max(0, f.start - 8):f.start]):
        cp = "customer_b"
    elif cp == "customer_a" and before and _ANOTHER.search(S, before[-1].end, f.start):
        cp = "customer_b"   # "One customer accounted for 23% …, and another for 16%"
    elif cp in RANKED_CUSTOMERS and before and (two := TOP_TWO_ELLIPTIC.search(S, before[-1].end, f.start)) and \
            not re.search(r"\d", two.group("gap")):
        cp = "top2_customers"   # "One customer made up 19%, and the top two 33%": the pair's
    elif cp == "top2_customers" and before and _ANOTHER.search(S, max(before[-1].end, f.start - 30), f.start):
        cp = "customer_b"   # « deux clients … 36 %, le premier pesant 21 % et le second 15 % »: the second's
    elif cp == "top2_customers" and before and _FIRST_OF_THEM.search(S, max(before[-1].end, f.start - 30), f.start):
        cp = "customer_a"   # (and the first's)
    seller = None
    for m in others:
        if re.match(r"['’]s\b", S[m.end:m.end + 2]) or re.search(r"(?:de|d'|of)\s*$", S[max(0, m.start - 4):m.start]):
            seller = m.entity
            break
    if cp is None:
        named = [m for m in others if m.entity != seller and re.search(r"client|customer", S[m.end:m.end + 60], re.IGNORECASE)]
        if named:
            cp = named[0].entity
    if cp is None:
        return None, None
    if seller is None:
        # "CoreWeave said its largest customer…": a company named before the figure that is not the customer sells;
        # else the company in focus
        asides = prep_relative_asides(S, f.start)
        own = [m for m in others if m.entity not in (None, cp) and m.start < f.start
               and not any(a <= m.start < b for a, b in asides)]   # (not a company in an aside: "the neocloud, in
        # which Nvidia owns roughly 6%, took in $1.36 billion…, and Microsoft accounted for 71% of its sales")
        seller = own[0].entity if own else \
            ctx.focus if ctx.focus and ctx.focus != cp else (others[0].entity if others else None)
    return seller, cp


# --- several subjects at once -------------------------------------------------------------------

# "X and Y each ...", « X et Y ont chacun ... », « X comme Y ... l'un comme l'autre »: the figure is each one's.
_EACH = re.compile(r"^\s+(?:[\w'-]+\s+){0,2}?(?:each|both|chacun|chacune|l'un comme l'autre|l'une comme l'autre|"
                   r"tous deux|toutes deux|tous les deux|toutes les deux)\b", re.IGNORECASE)
_AND = re.compile(r"\s*(?:,|and|et|comme|as well as|ainsi que|&)\s*", re.IGNORECASE)
# "Together, X and Y", "a combined $15 billion", « conjugué », « à eux deux »: the figure is the group's.
_JOINT = folded(re.compile(r"\b(?:together(?! with)|combined|jointly|between them|conjugu\w*|à eux deux|à elles deux|"
                           r"(?<!l')(?<!l’)(?<!d')(?<!d’)ensemble(?! avec| de| des| du)|"   # (not « l'ensemble », the whole)
                           r"cumulé\w*|en cumulé|à eux trois|de concert)\b", re.IGNORECASE))
_AND_NAME = re.compile(r"\s+(?:and|et|&)\s+[A-Z]")          # "Nvidia and Palantir": an untracked partner
_NAME_AND = re.compile(r"[A-Z][\w-]*\s+(?:and|et|&)\s+$")
_PLURAL = re.compile(r"\b(?:they|ils|elles|eux)\b", re.IGNORECASE)


class Group(NamedTuple):
    entities: tuple
    joint: bool


# "each" / « chacun » after the figure and its noun: "$7 billion each", « 7 milliards de dollars chacun », "apiece"
_EACH_AFTER = re.compile(r"\s*(?:(?:de\s+dollars|d['’]euros|in\s+equity|en\s+capital)\s*)?,?\s*(?:each|apiece|chacun|chacune)\b"
                         r"(?!\s+(?:year|month|quarter|week|day|time|an|année|mois|trimestre|semaine|fois))", re.IGNORECASE)


def coordinated_subjects(S: str, pos: int, mentions: list[Mention], lex: Lexicon, end: int | None = None) -> Group | None:
    """Coordinated subjects of the clause holding `pos`, when the figure is each one's or their joint figure (`end`, the
    figure's end, for an "each" after it)."""
    # the coordination itself would end a clause ("X and Y ..."): look back to the sentence part instead
    cs = max(S.rfind(";", 0, pos), S.rfind(":", 0, pos)) + 1
    seg = S[cs:pos]
    named = [m for m in mentions if cs <= m.start < pos and lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
    if _JOINT.search(seg) and (len({m.entity for m in named}) >= 2 or _PLURAL.search(seg) or
                               any(_AND_NAME.match(S, m.end) or _NAME_AND.search(S, 0, m.start) for m in named)):
        return Group((), True)
    for k in range(len(named) - 1):
        a, b = named[k], named[k + 1]
        if a.entity != b.entity and _AND.fullmatch(S[a.end:b.start]) and _EACH.match(S[b.end:pos]) and \
                not is_object(S, a, "en") and not is_object(S, a, "fr") and \
                not any(x.start >= b.end and x.entity not in (a.entity, b.entity) for x in named):
            # (not past another company, the subject of a later clause: « SoftBank et OpenAI apporteraient chacun 19
            # milliards…, tandis qu'Oracle et MGX mettraient 7 milliards chacun »)
            return Group((a.entity, b.entity), False)
    if end is not None and _EACH_AFTER.match(S, end):
        # "Oracle and MGX would put in $7 billion each", « Oracle et MGX mettraient 7 milliards de dollars chacun »: the
        # coordinated subjects' own, each, and only ours of them (MGX is none)
        lo = clause_start(S, pos)
        first = next((x for x in named if x.start >= lo), None)
        pair = next((x for x in reversed(named) if x.end <= lo), None)
        if first is not None and pair is not None and _AND.fullmatch(S, pair.end, first.start) and \
                _GAPPED_FIGURE.fullmatch(S, first.end, pos):
            lo = pair.start   # ("…, Nvidia and SoftBank $30 billion each": the "and" joins the gapped clause's subjects)
        for k, a in enumerate(x for x in named if x.start >= lo):
            if is_object(S, a, "en") or is_object(S, a, "fr") or _NAME_AND.search(S, max(0, a.start - 40), a.start):
                continue
            b = next((x for x in named if x.start > a.start), None)
            if b is not None and b.entity != a.entity and _AND.fullmatch(S[a.end:b.start]) and \
                    (_VERB_NEXT.match(S, b.end) or _GAPPED_FIGURE.fullmatch(S, b.end, pos)):
                # (the verb left out, said in the clause before: "Amazon contributed $50 billion, Nvidia and SoftBank
                # $30 billion each", « Amazon pour 50 milliards, Nvidia et SoftBank pour 30 milliards chacun »)
                return Group((a.entity, b.entity), False)
            if (other := _AND_NAME_WHOLE.match(S, a.end)) is not None and _VERB_NEXT.match(S, other.end()) and \
                    not any(x.start < other.end() and x.end > a.end for x in named):
                return Group((a.entity,), False)
            break   # (only the clause's first name heads its subject)
        rel = _RELATIVE_BEFORE.search(S, max(0, pos - 80), pos)
        if rel is not None and not any(rel.start() <= x.start < pos for x in named):
            # "…and from Nvidia and SoftBank, which invested $30 billion each", « de Nvidia et de SoftBank, qui ont
            # injecté 30 milliards chacun »: the pair the relative clause is said of
            before = [x for x in named if x.end <= rel.start()]
            if len(before) >= 2 and before[-1].entity != before[-2].entity and \
                    not S[before[-1].end:rel.start()].strip() and _PAIR_JOIN.fullmatch(S, before[-2].end, before[-1].start):
                return Group((before[-2].entity, before[-1].entity), False)
    return None


# an aside set off by commas after a sentence's subject: a relative clause or a participle's ("fondée en 2021 par …")
_COMMA_ASIDE = re.compile(r",\s*(?:which|who|whose|qui|dont|founded|created|launched|based|fondée?s?|créée?s?|lancée?s?|"
                          r"basée?s?)\b[^,;:()]{0,100},", re.IGNORECASE)
_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|that|qui)\s+[^,;:]*$", re.IGNORECASE)
_PAIR_JOIN = re.compile(r"\s*(?:and|et|&)\s+(?:de\s+|d['’]\s*|from\s+|of\s+)?", re.IGNORECASE)


# the name after "and" (a whole name, of one to three capitalised words) and the lower-case word after the subject
_AND_NAME_WHOLE = re.compile(r"\s+(?:and|et|&)\s+(?:le\s+fonds\s+|the\s+fund\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}")
_GAPPED_FIGURE = re.compile(r"\s*(?:pour|à\s+hauteur\s+de|with)?\s*", re.IGNORECASE)
_VERB_NEXT = re.compile(r"\s+(?:(?:would|will|could|have|has|had|each|ont|avaient|auraient|vont|devraient)\s+)?[a-zéèêàâîôûç]")


# --- "respectively" ------------------------------------------------------------------------------

_RESPECTIVELY = folded(re.compile(r"(?<![\w'’])(?:respectively|respectivement)(?![\w'’])", re.IGNORECASE))
# (each item may carry its own qualifier: « 8 milliards et plus de 3 milliards », "$8 billion and more than $3 billion")
_FIGURE_AND = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|and|et)\s*(?:(?:more than|over|about|nearly|almost|some|roughly|"
                         r"plus de|près de|environ|quelque|moins de|less than)\s+)?", re.IGNORECASE)
_INTO = re.compile(r"(?:in|into|to|from|with|dans|à|au capital de|de|d['’]|chez|auprès de)\s+(?:the\s+|la\s+|le\s+|l['’])?$",
                   re.IGNORECASE)


def figure_list(S: str, f, figures: list) -> tuple[list, int] | None:
    """The coordinated figures of one unit that `f` is listed in ("$13 billion and $8 billion", « 13 et 8 milliards »)
    and its place in the list; None when it stands alone."""
    # (a scaled amount with its currency left to the next one is of that currency: « 8 milliards et 3 milliards de
    # dollars »)
    money = f.unit not in ("percent", "W", "count")
    same = [g for g in figures if g.unit == f.unit or money and g.unit not in ("percent", "W", "count")
            and (g.unit is None and g.scaled or f.unit is None and f.scaled)]
    groups, cur = [], [same[0]] if same else []
    for g in same[1:]:
        if _FIGURE_AND.fullmatch(S[cur[-1].end:g.start]):
            cur.append(g)
        else:
            groups.append(cur)
            cur = [g]
    groups.append(cur)
    group = next((g for g in groups if any(x is f for x in g)), None)
    if group is None or len(group) < 2:
        return None
    return group, next(i for i, x in enumerate(group) if x is f)


# What joins a list of figures to the list of the years they are for: "$3.7 billion and $11.6 billion in 2024 and
# 2025", « 3,7 et 11,6 milliards en 2024 et 2025 ».
_FOR_YEARS = re.compile(r"(?:\s*,)?\s*(?:(?:respectively|respectivement),?\s+)?(?:in|for|en|pour|au titre de)\s+"
                        r"(?:(?:fiscal|the years|les années|les exercices)\s+)?$", re.IGNORECASE)


def listed_years(S: str, f, figures: list, cues: list) -> list | None:
    """The year cues of a list that follows a list of as many figures ("$13 billion and $18 billion in 2023 and 2024"):
    the k-th figure is the k-th year's. None when there is no such pair of lists."""
    found = figure_list(S, f, figures)
    if found is None:
        return None
    group, _ = found
    years = [c for c in cues if c.kind == "year" and c.groups.get("y") and c.start >= group[-1].end]
    if len(years) < len(group) or not _FOR_YEARS.search(S[group[-1].end:years[0].start]):
        return None
    run = years[:len(group)]
    if not all(_FIGURE_AND.fullmatch(S[a.end:b.start]) for a, b in zip(run, run[1:])):
        return None
    if len(years) > len(group) and _FIGURE_AND.fullmatch(S[run[-1].end:years[len(group)].start]):
        return None   # more years than figures: no one-to-one reading
    return run


def respectively(S: str, f, figures: list, mentions: list[Mention], lex: Lexicon) -> tuple[str | None, str | None] | None:
    """"Microsoft and Amazon have invested $13 billion and $8 billion, respectively, in OpenAI and Anthropic": the
    k-th of coordinated figures belongs to the k-th of the coordinated subjects before them and goes to the k-th of the
    coordinated counterparties after them (« respectivement »). (subject, counterparty) of `f`, either None where no
    list of that length is there; None when the sentence says no "respectively" or `f` is in no list of figures."""
    if not _RESPECTIVELY.search(S):
        return None
    found = figure_list(S, f, figures)
    if found is None:
        return None
    group, k = found
    named = [m for m in mentions if lex.entities.get(m.entity, {}).get("kind") != "unnamed"]

    def chains(ms: list[Mention]) -> list[list[Mention]]:
        out, run = [], []
        for m in ms:
            if run and _AND.fullmatch(S[run[-1].end:m.start]):
                run.append(m)
            else:
                if run:
                    out.append(run)
                run = [m]
        return out + ([run] if run else [])
    before = [c for c in chains([m for m in named if m.end <= group[0].start]) if len(c) == len(group)]
    after = [c for c in chains([m for m in named if m.start >= group[-1].end]) if len(c) == len(group)
             and _INTO.search(S, max(0, c[0].start - 16), c[0].start)]
    subject = before[-1][k].entity if before else None
    cp = after[0][k].entity if after else None
    return (subject, cp) if subject or cp else None
