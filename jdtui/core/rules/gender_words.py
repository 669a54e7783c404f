"""Gender-coded English wording.

Word stems from the masculine- and feminine-themed word lists published in
Gaucher, D., Friesen, J., & Kay, A. C. (2011). Evidence that gendered wording
in job advertisements exists and sustains gender inequality. *Journal of
Personality and Social Psychology*, 101(1), 109–128 (Appendix). A stem ending
in ``*`` matches any word starting with it; the others match whole words.
Kept here, in one place, so the lists can be reviewed against the paper.
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
