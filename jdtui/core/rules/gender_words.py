"""Gender-coded English wording.

Word stems from the masculine- and feminine-themed word lists published in
Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that gendered wording
in job advertisements exists and sustains gender inequality. *Journal of
Personality and Social Psychology*, 101(1), 109–128 (Appendix). A stem ending
in ``*`` matches any word starting with it; the others match whole words.
Kept here, in one place, so the lists can be reviewed against the paper.

The lists match word beginnings, so they also catch ordinary words of a job
description that say nothing about the person's temperament ("analysis",
"decisions", "individual", "objectives"): :data:`ORDINARY` takes those out,
and the rule does not count "lead" where it names a role ("Team Lead", "Lead
Engineer") or sales leads. :data:`NEUTRAL` is what the hint suggests instead
of a coded word; none of its suggestions is on either list (a test checks).
"""

from __future__ import annotations

MASCULINE: tuple[str, ...] = (
    "active",
    "adventurous",
    "aggress*",
    "ambitio*",
    "analy*",
    "assert*",
    "athlet*",
    "autonom*",
    "battle*",
    "boast*",
    "challeng*",
    "champion*",
    "compet*",
    "confident",
    "courag*",
    "decid*",
    "decision*",
    "decisive",
    "defend*",
    "determin*",
    "domina*",
    "driven",
    "fearless",
    "fight*",
    "force*",
    "greedy",
    "head-strong",
    "headstrong",
    "hierarch*",
    "hostil*",
    "impulsive",
    "independen*",
    "individual*",
    "intellect*",
    "lead*",
    "logic*",
    "objective*",
    "opinion*",
    "outspoken",
    "persist*",
    "principle*",
    "reckless",
    "self-confiden*",
    "self-relian*",
    "self-sufficien*",
    "selfconfiden*",
    "selfrelian*",
    "selfsufficien*",
    "stubborn",
    "superior",
    "unreasonab*",
)

FEMININE: tuple[str, ...] = (
    "affectionate",
    "agree*",
    "cheer*",
    "child*",
    "co-operat*",
    "collab*",
    "commit*",
    "communal",
    "compassion*",
    "connect*",
    "considerate",
    "cooperat*",
    "depend*",
    "emotiona*",
    "empath*",
    "enthusias*",
    "feel*",
    "flatterable",
    "gentle",
    "honest",
    "inclusive",
    "inter-dependen*",
    "inter-persona*",
    "interdependen*",
    "interpersona*",
    "kind",
    "kinship",
    "loyal*",
    "modesty",
    "nag",
    "nurtur*",
    "pleasant*",
    "polite",
    "quiet*",
    "respon*",
    "sensitiv*",
    "share*",
    "sharin*",
    "submissive",
    "support*",
    "sympath*",
    "tender*",
    "together*",
    "trust*",
    "understand*",
    "warm*",
    "whin*",
    "yield*",
)


def _matcher(stems: tuple[str, ...]):
    whole = frozenset(s for s in stems if not s.endswith("*"))
    prefixes = tuple(s[:-1] for s in stems if s.endswith("*"))

    def matches(word: str) -> bool:
        return word in whole or word.startswith(prefixes)

    return matches


is_masculine = _matcher(MASCULINE)
is_feminine = _matcher(FEMININE)


#: words the masculine stems match that are the ordinary vocabulary of a job
#: (what is done, not how the person is): not coding
ORDINARY: frozenset[str] = frozenset(
    {
        "analysis",
        "analyses",
        "analyst",
        "analysts",
        "analytics",
        "analyse",
        "analysed",
        "analysing",
        "analyze",
        "analyzes",
        "analyzed",
        "analyzing",
        "decision",
        "decisions",
        "decision-making",
        "decision-maker",
        "decision-makers",
        "individual",
        "individuals",
        "individually",
        "objectives",
        "principles",
        "forces",
        "intellectual",
    }
)

#: stems whose words are ordinary job vocabulary except the trait words below
#: ("analysis", "analytics", "Analysen", "decisions", "individuals"…)
ORDINARY_STEMS: tuple[str, ...] = ("analy", "decision", "individual")
#: the trait words of :data:`ORDINARY_STEMS`: still masculine-coded
TRAITS: frozenset[str] = frozenset(
    {"analytical", "analytically", "individualistic", "individualist", "individualism"}
)


def is_ordinary(word: str) -> bool:
    """Whether a word the masculine list matches is ordinary job vocabulary, not a trait."""
    return word in ORDINARY or (word.startswith(ORDINARY_STEMS) and word not in TRAITS)


#: what a hint suggests for a coded word (by the beginning of the word found);
#: every suggestion is a word neither list codes
NEUTRAL: tuple[tuple[str, str], ...] = (
    ("aggress", "proactive"),
    ("ambitio", "motivated"),
    ("analytical", "methodical"),
    ("assert", "clear"),
    ("autonom", "self-directed"),
    ("battle", "work through"),
    ("challeng", "demanding"),
    ("champion", "advocate"),
    ("compet", "strong"),
    ("confident", "capable"),
    ("courag", "bold"),
    ("decisive", "clear-thinking"),
    ("determin", "focused"),
    ("domina", "excel"),
    ("driven", "motivated"),
    ("fearless", "bold"),
    ("fight", "work for"),
    ("headstrong", "firm"),
    ("independen", "self-directed"),
    ("lead", "guide"),
    ("logic", "methodical"),
    ("outspoken", "candid"),
    ("persist", "persevering"),
    ("self-relian", "self-directed"),
    ("superior", "excellent"),
)


def neutral_for(word: str) -> str | None:
    """A neutral word to use instead of the coded ``word``, if one is known."""
    for start, suggestion in NEUTRAL:
        if word.startswith(start):
            return suggestion
    return None
