"""Text → (ISO 639-1 code, probability), wrapping langdetect with a fixed seed so results repeat."""
from __future__ import annotations

import re
import threading

from langdetect import DetectorFactory, detect_langs
from langdetect.detector_factory import init_factory
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0  # langdetect is random by default; a seed makes every run give the same answer

# Below this many letters langdetect is a coin toss: the feed's hint wins.
MIN_LETTERS = 40
# Longer texts are cut: the first few thousand characters decide the language as well as the whole.
MAX_CHARS = 4000

_LETTER = re.compile(r"[^\W\d_]", re.UNICODE)


_init_lock = threading.Lock()
_ready = False


def _ensure_profiles() -> None:
    # langdetect loads its profiles lazily into a global on first use; two threads doing that at once
    # register every profile twice and the detector then answers nonsense ("pl" for French). Load once, locked.
    global _ready
    if not _ready:
        with _init_lock:
            if not _ready:
                init_factory()
                _ready = True


def detect(text: str | None, hint: str | None = None) -> tuple[str | None, float]:
    """Return (code, probability). Falls back to `hint` (probability 0.0) when the text is too short to tell."""
    _ensure_profiles()
    sample = (text or "")[:MAX_CHARS]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return (_norm(hint), 0.0)
    try:
        best = detect_langs(sample)[0]
    except LangDetectException:
        return (_norm(hint), 0.0)
    return (_norm(best.lang), round(float(best.prob), 4))


def _norm(code: str | None) -> str | None:
    if not code:
        return None
    return code.strip().lower().replace("_", "-").split("-")[0] or None
