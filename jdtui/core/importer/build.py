"""Buckets of drafts → the sections of a role, items linked to the library where they match."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from ..compose import own_heading
from ..model import Block, Item, Library, Role, RoleSection
from ..placeholders import substitute
from ..profiles import Profile
from ..render import PREFERRED_TAG, standard_lead
from ..text import capitalise, strip_controls
from .collected import Bucket, Draft
from .matching import BlockMatcher
from .report import ImportReport


class ItemMaker:
    """Makes items from drafts, numbering local copies ``imp-1``, ``imp-2``…"""

    def __init__(
        self, library: Library, lang: str, variables: Mapping[str, str], report: ImportReport
    ) -> None:
        self.matcher = BlockMatcher(library, lang, variables)
        self.variables = variables
        self.lang = lang
        self.report = report
        self.counter = 0

    def _compatible(self, block: Block, draft: Draft, position: int) -> bool:
        """Linking the block shows the item as the document showed it."""
        if block.kind == "requirement":
            if (PREFERRED_TAG in block.tags) != draft.preferred:
                return False
            return draft.group_source == "inferred" or block.group == draft.group
        if block.kind == "onboarding":
            shown_day = block.day if block.day is not None else position
            goal = capitalise(strip_controls(substitute(block.goal, self.variables)).strip())
            return shown_day == draft.day and goal == draft.goal
        return True

    def _local(self, kind: str, draft: Draft, base: Block | None) -> Block:
        self.counter += 1
        tags = tuple(t for t in base.tags if t != PREFERRED_TAG) if base is not None else ()
        if draft.preferred:
            tags += (PREFERRED_TAG,)
        group = draft.group
        if base is not None and draft.group_source == "inferred":
            group = base.group
        onboarding = kind == "onboarding"
        group = group if kind == "requirement" else None
        day, goal = (draft.day, draft.goal) if onboarding else (None, "")
        if base is not None:
            return replace(
                base,
                id=f"imp-{self.counter}",
                kind=kind,
                lang=self.lang,
                text=draft.text,
                tags=tags,
                group=group,
                day=day,
                goal=goal,
            )
        return Block(
            f"imp-{self.counter}", kind, self.lang, draft.text, tags=tags, group=group, day=day, goal=goal
        )

    def lead(self, bucket: Bucket) -> tuple[str | None, list[Draft]]:
        """The section's lead (its first lead-in, when items follow it; None when
        it is the one jdtui's export writes anyway) and the drafts after it."""
        drafts = bucket.drafts
        if not drafts or drafts[0].shape != "lead" or not any(not d.in_place for d in drafts):
            return None, drafts
        lead = drafts[0].text
        probe = Role(id="", title="", lang=self.lang, profile="", variables=self.variables)
        return (None if lead == standard_lead(bucket.section, probe) else lead), drafts[1:]

    def note(self, draft: Draft) -> Item:
        """A lead-in or paragraph kept in place among the items."""
        self.counter += 1
        self.report.notes += 1
        return Item.note(draft.text, lang=self.lang, note_id=f"imp-{self.counter}")

    def heading(self, bucket: Bucket, profile: Profile) -> str | None:
        """The section's heading as the document words it; None when it is the profile's."""
        if bucket.section == "other":
            return bucket.heading
        probe = Role(id="", title="", lang=self.lang, profile=profile.id)
        return own_heading(probe, bucket.section, bucket.heading)

    def item(self, kind: str, draft: Draft, position: int, *, match: bool = True) -> Item:
        if match:
            block = self.matcher.exact(kind, draft.text)
            if block is not None and self._compatible(block, draft, position):
                self.report.linked += 1
                return Item.link(block.id)
            near = block if block is not None else self.matcher.near(kind, draft.text)
            if near is not None:
                self.report.forked += 1
                return Item.copy_of(self._local(kind, draft, near), ref=near.id)
        return Item.copy_of(self._local(kind, draft, None))


def build_sections(buckets: list[Bucket], profile: Profile, maker: ItemMaker) -> tuple[RoleSection, ...]:
    """One role section per bucket; "other" buckets keep their headings."""
    # items gathered in lists and made into sections at the end: a document of 100,000
    # headings with nothing under them adds each to the section before it
    sections: list[tuple[str, list[Item], str | None, str | None]] = []
    for index, bucket in enumerate(buckets):
        following = buckets[index + 1] if index + 1 < len(buckets) else None
        if (
            not bucket.drafts
            and bucket.section == "other"
            and bucket.heading
            and following is not None
            and following.section == "other"
            and following.heading
            and following.level > bucket.level
        ):  # "## Analysis" over "### Layer A": one heading "Analysis — Layer A"
            following.heading = f"{bucket.heading} — {following.heading}"
            continue
        if not bucket.drafts and bucket.section == "other" and bucket.heading:
            # a heading with nothing under it ("Generous Paid Time Off" in a list of
            # benefits written as lines) is text: keep it in the section before it
            if sections and sections[-1][0] == "other":
                sections[-1][1].append(maker.item("general", Draft(bucket.heading), 0, match=False))
                maker.report.counts["other"] = maker.report.counts.get("other", 0) + 1
                continue
            bucket.drafts.append(Draft(bucket.heading))
        if not bucket.drafts:
            continue
        spec = profile.spec(bucket.section)
        kind = spec.kind if spec else "general"
        lead, drafts = maker.lead(bucket)
        items = []
        position = 0  # of the item among the clauses, as the export numbers them
        for draft in drafts:
            if draft.in_place:
                items.append(maker.note(draft))
                continue
            position += 1
            items.append(maker.item(kind, draft, position, match=spec is not None))
        sections.append((bucket.section, items, maker.heading(bucket, profile), lead))
        if position:
            maker.report.counts[bucket.section] = maker.report.counts.get(bucket.section, 0) + position
    return tuple(RoleSection(id, tuple(items), heading, lead) for id, items, heading, lead in sections)
