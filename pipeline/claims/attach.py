"""Attaches a figure to its subject and counterparty by the sentence's grammar: owners, relative clauses, prepositions."""
from __future__ import annotations

import re

from pipeline.claims.entities import Mention

# Words that make the entity after them an object, not the subject of the clause.
PREPOSITIONS = {
    "en": r"in|into|to|with|from|of|by|for|at|on|than|against|versus|vs\.?|over|about|including|like|such as|"
          r"alongside|behind|between|as|via|through|under|toward|towards|beyond|outside|inside|among|ahead of",
    "fr": r"dans|à|au|aux|avec|de|d'|du|des|chez|par|pour|sur|contre|auprès de|entre|vers|"
          r"face à|derrière|envers|sans|parmi|via|outre|hors|devant",
}
_PREP_BEFORE = {k: re.compile(rf"(?<![\w'’])(?:{v})\s*(?:the |le |la |les |l'|l’)?$", re.IGNORECASE) for k, v in PREPOSITIONS.items()}
# Relative pronouns: "Microsoft, which invested...", « OpenAI, qui devrait réaliser... ».
_RELATIVE = re.compile(r"^\s*(?:\([^)]*\)\s*)?,?\s*(?:(?:a|an|the|un|une|le|la|l')\s*[\w\s'-]{0,30}?\s+)?(?:which|who|whose|that|qui|dont|lequel|laquelle)\b", re.IGNORECASE)
# A new clause with its own subject starts after these.
_CLAUSE_BREAK = re.compile(r"[;:]|,\s*(?:and|but|while|whereas|et|mais|tandis que|alors que|puis)\b|\b(?:while|whereas|tandis que|tandis qu'|alors que|alors qu')|"
                           r"\b(?:and|et)\b(?=\s+(?:[A-Z]|l'|la |le |the |its |son |sa |ses ))", re.IGNORECASE)
# Passive agent: "is 26% owned by the foundation", « détenue par ».
_AGENT = re.compile(r"^\s*(?:\w+\s+){0,2}?(?:\w+(?:ed|en|é|ée|és|ées|is|ise|it|ite|us|ue))\s+(?:by|par)\s+(?:the |la |le |l')?", re.IGNORECASE)
# Suppliers' verbs: the buyer of a compute deal is the object ("CoreWeave will supply OpenAI").
SUPPLY_VERBS = re.compile(r"\b(?:supply|supplies|supplying|provide|provides|providing|sell|sells|sold|rent|rents|"
                          r"fournir|fournira|fournit|mettra à disposition|vendre|vendra|louer|loue)\b", re.IGNORECASE)


def is_object(text: str, m: Mention, lang: str) -> bool:
    """True when the mention is the object of a preposition (« dans OpenAI », "with Oracle")."""
    before = text[max(0, m.start - 25):m.start]
    return bool(_PREP_BEFORE.get(lang, _PREP_BEFORE["en"]).search(before))


def clause_start(text: str, pos: int) -> int:
    """Start of the clause that holds `pos` (after the last ;, :, ", and"... before it)."""
    start = 0
    for m in _CLAUSE_BREAK.finditer(text, 0, pos):
        start = m.end()
    return start


def relative_antecedent(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The entity a relative clause holding `pos` modifies: "Microsoft, which has put $13 billion"."""
    best = None
    for m in mentions:
        if m.end <= pos:
            rest = text[m.end:pos]
            rm = _RELATIVE.match(rest)
            if rm and not re.search(r"[;:]", rest) and not _closed_relative(rest[rm.end():]):
                best = m
    return best


def _closed_relative(s: str) -> bool:
    """A relative clause ends at a comma followed by the main verb's material; keep it short."""
    parts = s.split(",")
    return len(parts) > 2


def agent_after(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    for m in mentions:
        if m.start >= pos and _AGENT.match(text[pos:m.start]) and re.fullmatch(r"[^,;]*", text[pos:m.start]):
            return m
    return None


def subject_of(text: str, pos: int, mentions: list[Mention], lang: str, exclude: set[str] = frozenset(),
               anaphors: list[Mention] = ()) -> Mention | None:
    """The subject of the clause holding `pos`: its first entity (or word referring back) that no preposition governs."""
    cs = clause_start(text, pos)
    cands = sorted([m for m in list(mentions) + [a for a in anaphors if a.kind == "anaphor"]
                    if cs <= m.start < pos and m.entity not in exclude], key=lambda m: m.start)
    for m in cands:
        if not is_object(text, m, lang) and not _inside_relative(text, m.start, pos):
            return m
    # fronted apposition: « Propriétaire de 27 % d'OpenAI, Microsoft intègre... »
    for m in mentions:
        if m.start >= pos and m.entity not in exclude and not is_object(text, m, lang):
            if re.search(r",\s*(?:the |le |la |l')?$", text[max(0, m.start - 6):m.start]) and not re.search(r"[;:]", text[pos:m.start]):
                return m
            break
    # the clause had only objects; take the sentence's subject before it, within the same sentence part
    for m in sorted(list(mentions) + [a for a in anaphors if a.kind == "anaphor"], key=lambda m: m.start):
        if m.start < pos and m.entity not in exclude and not is_object(text, m, lang) and not re.search(r"[;:]", text[m.end:pos]):
            return m
    return None


def _inside_relative(text: str, start: int, pos: int) -> bool:
    """True when `start` lies in a relative clause (« , dont Microsoft est... , ») that closes before `pos`."""
    before = text[max(0, start - 40):start]
    if not re.search(r",\s*(?:dont|qui|which|who|whose)\s+(?:\w+\s+){0,3}$", before, re.IGNORECASE):
        return False
    return "," in text[start:pos]


def unknown_subject(text: str, pos: int, mentions: list[Mention], stop: re.Pattern) -> bool:
    """The clause's subject is a name we do not track ("Salesforce needed...", "The Gemini app has...")."""
    cs = clause_start(text, pos)
    seg = text[cs:pos]
    for m in re.finditer(r"(?<![\w'])([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)(?=\s+[a-zé])", seg):
        a, b = cs + m.start(1), cs + m.end(1)
        if any(mn.start <= a < mn.end or a <= mn.start < b for mn in mentions):
            return False
        if stop.fullmatch(m.group(1)) or stop.match(m.group(1).split()[0]):
            continue
        before = text[max(0, a - 25):a]
        if is_object(text, Mention(a, b, None, "x", m.group(1)), "fr") or is_object(text, Mention(a, b, None, "x", m.group(1)), "en"):
            continue
        if re.search(r"(?:selon|d'après|according to|citing)\s*(?:the |le |la |l')?$", before, re.IGNORECASE):
            continue
        return True
    return False


def counterparty_of(text: str, pos_from: int, pos_to: int, mentions: list[Mention], preps: tuple[str, ...],
                    subject: str | None, lang: str) -> Mention | None:
    """The entity introduced by one of the metric's prepositions near the figure (after, then before)."""
    if not preps:
        return None
    p = "|".join(re.escape(x).replace("'", "['’]") for x in sorted(preps, key=len, reverse=True))
    rx = re.compile(rf"(?<![\w'’])(?:{p})\s*(?:the |le |la |les |l'|l’)?(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
    after = [m for m in mentions if m.start >= pos_to and m.entity != subject]
    for m in after:
        gap = text[pos_to:m.start]
        if re.search(r"[;:]", gap) or len(gap) > 90:
            break
        if rx.search(text[max(0, m.start - 30):m.start]):
            nxt = [o for o in mentions if o.start > m.end and o.entity not in (m.entity, subject)
                   and re.fullmatch(r"\s*(?:,|and|et|ou|or|&|comme)\s*", text[m.end:o.start])]
            return None if nxt else m
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
    if len(ents) == 1:
        return ents.pop()
    return None
