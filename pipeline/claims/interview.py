"""Interviews: in a question-and-answer article the answers are the interviewee's word, "we" / « nous » is the
interviewee's company (and "you" / « vous » in the questions), and the metric a question asks about is what a bare
figure of its answer measures ("Quelle est votre dernière valorisation ? — 730 milliards de dollars…").

An article is read as an interview when at least two of its paragraphs are short and end on their one question,
each answered by the paragraph after it, an answer speaks in the first person plural, and the paragraphs before the
first question name a company we track (the interviewee's: a person we list there, else the article's main company
if named there, else the first named).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.entities import Mention, find_mentions, mentions_at
from pipeline.claims.lexicon import Lexicon
from pipeline.claims import speakers
from pipeline.claims.metrics import find_triggers

_PARAGRAPH = re.compile(r"[^\n]+")
_QUESTION_END = re.compile(r"\?[\s\"”»]*$")
# A question is a short paragraph; a longer one ending on "?" is a rhetorical question in running text.
_QUESTION_MAX = 300
# The company's voice: the first person plural (an essay in the first person singular asks questions too).
_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:we|our|ours|us|nous|notre|nos)(?![\w'’])", re.IGNORECASE)
# What stands for the interviewee's company: subjects (named mentions) and possessives (anaphors of the focus).
_ANSWER_SUBJECT = re.compile(r"(?<![\w'’])(?:[Ww]e|[Nn]ous)(?![\w'’])")
_ANSWER_POSSESSIVE = re.compile(r"(?<![\w'’])(?:[Oo]ur|[Nn]otre|[Nn]os)(?![\w'’])")
_QUESTION_SUBJECT = re.compile(r"(?<![\w'’])(?:[Yy]ou|[Vv]ous)(?![\w'’])")
_QUESTION_POSSESSIVE = re.compile(r"(?<![\w'’])(?:[Yy]our|[Vv]otre|[Vv]os)(?![\w'’])")
FIRST_PERSON_SPEAKERS = {"we", "nous", "i", "je", "our", "notre", "nos"}
# The interviewee named in the introduction with a role: "We spoke with chief executive Michael Intrator", « la
# directrice financière d'OpenAI, Sarah Friar », "Nvidia CEO Jensen Huang".
_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}"
_ROLE = (r"(?:chief\s+(?:executive|financial|operating|technology)(?:\s+officer)?|CEO|CFO|COO|CTO|president|chairman|"
         r"chairwoman|founder|co-founder|cofounder|head|boss|PDG|patronn?e?|président(?:e)?|fondat(?:eur|rice)|"
         r"cofondat(?:eur|rice)|direct(?:eur|rice)\s+(?:général(?:e)?|financi(?:er|ère)|des opérations|technique))")
_ROLE_NAME = re.compile(rf"\b{_ROLE}(?:\s+(?:of|d['’]|de|du)\s+[\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?,?\s+({_NAME})", re.IGNORECASE)
_NAME_ROLE = re.compile(rf"({_NAME}),\s+(?:the\s+|l[ae]\s+|l['’]|son\s+|sa\s+)?(?:[\w'’-]+\s+){{0,2}}?{_ROLE}\b",
                        re.IGNORECASE)
_FRAGMENT = re.compile(r"\s*(?:(?:about|around|roughly|some|nearly|almost|just over|just under|a bit over|more than|"
                       r"less than|environ|près de|presque|quelque|plus de|moins de|un peu plus de|un peu moins de|"
                       r"autour de)\s+)?(?:US\s?)?[$€£]?\s*\d", re.IGNORECASE)


@dataclass(frozen=True)
class Part:
    """Where a sentence stands in an interview."""
    kind: str                  # "answer" | "question"
    asked: str | None = None   # the metric the question asks about (answers)
    fragment: bool = False     # the answer opens on its figure ("730 milliards de dollars avant…")


@dataclass(frozen=True)
class Interview:
    company: str
    person: str | None
    parts: tuple[tuple[int, int, Part], ...]   # (start, end, part) of each question and answer paragraph

    def part_at(self, pos: int) -> Part | None:
        for s, e, p in self.parts:
            if s <= pos < e:
                return p
        return None


def _question_pairs(text: str) -> tuple[list, list[int]]:
    """The text's paragraphs (start, end, text) and the indexes of those that are a question answered by the next."""
    if text.count("?") < 2:
        return [], []
    paras = [(m.start(), m.end(), m.group(0)) for m in _PARAGRAPH.finditer(text) if m.group(0).strip()]
    is_q = [len(p) <= _QUESTION_MAX and _QUESTION_END.search(p) is not None and p.count("?") == 1
            for _, _, p in paras]
    return paras, [k for k in range(1, len(paras) - 1) if is_q[k] and not is_q[k + 1]]


def detect(text: str, lang: str, lex: Lexicon, spans: list[tuple[int, int]], main: str | None) -> Interview | None:
    """The interview `text` is, or None (see the module's docstring)."""
    paras, pairs = _question_pairs(text)
    if len(pairs) < 2 or not any(_FIRST_PERSON.search(paras[k + 1][2]) for k in pairs):
        return None
    intro_end = paras[pairs[0]][0]
    intro = text[:intro_end]
    named = [m for m in mentions_at(intro, [sp for sp in spans if sp[1] <= intro_end], lex)
             if m.entity and lex.entities.get(m.entity, {}).get("kind") != "unnamed"]
    if not named:
        return None
    person = next((m for m in named if m.kind.startswith("person:")), None)
    if person is not None:
        company, name = person.entity, person.kind.split(":", 1)[1]
    else:
        companies = [m.entity for m in named]
        company = main if main in companies else companies[0]
        rm = _ROLE_NAME.search(intro) or _NAME_ROLE.search(intro)
        name = rm.group(1) if rm is not None else None
    parts = []
    for k in pairs:
        qs, qe, q = paras[k]
        asked = next((t.metric for t in find_triggers(q, lang, lex) if t.metric != "ignore"), None)
        parts.append((qs, qe, Part("question")))
        a_s, a_e, a = paras[k + 1]
        parts.append((a_s, a_e, Part("answer", asked, _FRAGMENT.match(a) is not None)))
    return Interview(company, name, tuple(parts))


def analyst_answers(text: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """(the analyst, the answers' spans) of a question-and-answer interview with an analyst, whose answers are her
    estimates and readings (in the first person singular: no company's voice, see `detect`)."""
    paras, pairs = _question_pairs(text)
    if len(pairs) < 2:
        return None
    name = speakers.first_analyst(text[:paras[pairs[0]][0]])   # (introduced before the questions)
    if name is None:
        return None
    return name, tuple((paras[k + 1][0], paras[k + 1][1]) for k in pairs)


def mentions(S: str, part: Part, company: str, mentions_: list[Mention]) -> list[Mention]:
    """The sentence's mentions with "we" / « nous » (answers) or "you" / « vous » (questions) as the company."""
    rx = _ANSWER_SUBJECT if part.kind == "answer" else _QUESTION_SUBJECT
    extra = [Mention(m.start(), m.end(), company, "alias", m.group(0)) for m in rx.finditer(S)
             if not any(x.start <= m.start() < x.end for x in mentions_)]
    return sorted(mentions_ + extra, key=lambda m: m.start) if extra else mentions_


def possessives(S: str, part: Part, anaphors: list[Mention]) -> list[Mention]:
    """The sentence's anaphors with "our" / « notre » (answers) or "your" / « votre » (questions) as possessives of the
    company in focus (the interviewee's)."""
    rx = _ANSWER_POSSESSIVE if part.kind == "answer" else _QUESTION_POSSESSIVE
    extra = [Mention(m.start(), m.end(), None, "possessive", m.group(0)) for m in rx.finditer(S)]
    return sorted(anaphors + extra, key=lambda m: m.start) if extra else anaphors


# A transcript's speaker label at the start of a paragraph: « THOMAS MOREL : … », "JENSEN HUANG: …", "Sarah Friar: …".
# (an earnings call's label may give the speaker's title after a comma: "Colette Kress, Executive Vice President and
# Chief Financial Officer: …")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-ZÉÈ][A-ZÉÈ'’.-]+(?:[ \t]+[A-ZÉÈ][A-ZÉÈ'’.-]+){0,3}|"
                    r"[A-Z][a-zéèï'’-]+(?:[ \t]+[A-Z][a-zéèï'’-]+){1,2})(?:,[^:\n.]{1,90})?[ \t\u00a0]?:[ \t]")


def transcript(text: str, lex: Lexicon) -> tuple[tuple[int, int, str], ...]:
    """The labelled paragraphs (start, end, speaker) of a transcript: at least three paragraphs open on a speaker's
    label, with two speakers at least and one who speaks twice (a page of headings "Revenue: …" is none). A label in
    capitals is a name (« THOMAS MOREL : »); one in title case only when it is a person we list ("Jensen Huang:"; not
    "Dear Abby:", "New Release:")."""
    if text.count(":") < 3:
        return ()
    out = []
    for m in _PARAGRAPH.finditer(text):
        lm = _LABEL.match(m.group(0))
        if lm is None:
            continue
        label = lm.group("label")
        if not label.isupper() and not any(x.kind.startswith("person:") for x in find_mentions(label, lex)):
            continue
        out.append((m.start(), m.end(), " ".join(w.capitalize() if w.isupper() else w for w in label.split())))
    labels = [x[2] for x in out]
    if len(out) < 3 or len(set(labels)) < 2 or len(set(labels)) == len(labels):
        return ()
    return tuple(out)
