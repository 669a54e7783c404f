"""Property: no rule raises on any text — clauses, variables, team terms and
dismissals of any content, in either language."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jdtui.core.check import review
from jdtui.core.dismissals import DismissError, dismiss, parse_place
from jdtui.core.model import Dismissal
from jdtui.core.rule_settings import merge, parse_layer
from jdtui.core.rules import RULES
from jdtui.core.rules.discrimination import hits

from .rules_support import add, en, library, local, ru

#: words the rules look for, so random text reaches their deeper branches
SEEDS = [
    "young",
    "male",
    "native",
    "speaker",
    "of",
    "English",
    "able",
    "to",
    "stand",
    "lift",
    "25",
    "kg",
    "pregnant",
    "single",
    "no",
    "family",
    "commitments",
    "Christian",
    "he",
    "she",
    "aged",
    "35",
    "years",
    "old",
    "lead",
    "Lead",
    "analytics",
    "aggressive",
    "with",
    "or",
    "without",
    "reasonable",
    "accommodation",
    "мужчина",
    "до",
    "лет",
    "замужем",
    "регистрация",
    "в",
    "Москве",
    "{{position}}",
    "{{",
    "}}",
    "@",
    "#",
    "looking",
    "for",
    "girls",
    "рост",
    "170",
    "height",
    "cm",
    "\n",
    ";",
    ".",
    "-",
    "–",
]
text = st.lists(st.one_of(st.sampled_from(SEEDS), st.text(max_size=12)), max_size=30).map(" ".join)
layer = st.fixed_dictionaries(
    {},
    optional={
        "severity": st.dictionaries(
            st.sampled_from([r.id for r in RULES] + ["nope"]),
            st.sampled_from(["error", "warning", "info", "off", "x", 3]),
            max_size=4,
        ),
        "off": st.lists(st.sampled_from([r.id for r in RULES]), max_size=3),
        "forbidden": st.dictionaries(
            st.sampled_from(["ru", "en", "de"]), st.lists(text, max_size=3), max_size=2
        ),
        "discouraged": st.dictionaries(st.sampled_from(["ru", "en"]), st.lists(text, max_size=3), max_size=2),
    },
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(clause=text, value=text, data=layer, lang=st.sampled_from(["ru", "en"]), spec=text, reason=text)
def test_no_rule_raises_on_any_text(clause, value, data, lang, spec, reason):
    base = en() if lang == "en" else ru()
    role = add(base, "requirements", local(clause, "requirement", lang)).with_variables(position=value)
    role = role.__class__.from_dict(
        {
            **role.to_dict(),
            "dismissals": [Dismissal("discrimination", "requirements", 0, reason=reason).to_dict()],
        }
    )
    rule_settings = merge([parse_layer(data, "team", "/t", [r.id for r in RULES])])
    result = review(role, library(), lang, rule_settings)
    assert all(f.severity in ("error", "warning", "info") for f in result.active)
    hits(clause)
    try:
        parse_place(spec)
        dismiss(role, library(), result.active, spec, reason)
    except DismissError:
        pass
