"""Running text around a list is the role's description, not items.

Postings put company prose before and after the list of duties or
requirements ("We're building…", "At Mollie, growth is personal…"), often
under the same heading and without list markup. A careful reader counts the
list and reads the prose as the description: prose before a section's list
joins the summary; prose between its runs and after it stays where it is, as
notes (paragraphs among the items, not items). Sections with no list (a duty
paragraph, a requirements paragraph) keep their prose as items. Lead-ins
("In this role, you will:") are in place already and take no part in this.
"""

from __future__ import annotations

from collections.abc import Callable

from ..profiles import Profile
from .collected import Bucket, Draft

#: section kinds whose items come as lists
_LIST_KINDS = frozenset({"duty", "requirement", "responsibility", "kpi", "right", "relationship"})


def _runs(drafts: list[Draft]) -> list[tuple[int, int]]:
    """(start, end) of runs of list-like drafts that make a list: three or more,
    or two with list markup."""
    runs: list[tuple[int, int]] = []
    start: int | None = None
    for index, draft in enumerate([*drafts, None]):
        item = draft is not None and draft.shape != "prose"
        # a lead-in ends what came before; so does an unmarked paragraph right after list items
        plain_after_list = (
            draft is not None
            and draft.shape == "plain"
            and not draft.headed
            and drafts[index - 1].shape == "marked"
        )
        ends = item and draft is not None and (draft.led or plain_after_list)
        if ends and start is not None:
            _close(runs, drafts, start, index)
            start = None
        if item and start is None:
            start = index
        elif not item and start is not None:
            _close(runs, drafts, start, index)
            start = None
    return runs


def _close(runs: list[tuple[int, int]], drafts: list[Draft], start: int, end: int) -> None:
    run = drafts[start:end]
    # a lead-in ("Nice extras:") makes a list even of one item
    if len(run) >= 3 or (len(run) >= 2 and any(d.shape == "marked" for d in run)) or run[0].led:
        runs.append((start, end))


def _paragraphs(drafts: list[Draft], joined: str = "prose") -> list[Draft]:
    """Sentences split from one paragraph joined again: a description keeps its
    paragraphs. ``joined``: the shape (prose, or note) whose sentences are joined."""
    out: list[Draft] = []
    for draft in drafts:
        if out and draft.para >= 0 and out[-1].para == draft.para and draft.shape == out[-1].shape == joined:
            out[-1] = Draft(
                out[-1].text + " " + draft.text, shape=joined, para=draft.para, preferred=draft.preferred
            )
        else:
            out.append(draft if joined == "note" else Draft(draft.text, shape=draft.shape, para=draft.para))
    return out


def set_prose_apart(
    buckets: list[Bucket], profile: Profile, summary: Callable[[], Bucket | None]
) -> list[Bucket]:
    """Buckets with the prose around each section's list taken out of it (see module doc)."""
    out: list[Bucket] = []
    placed: set[int] = set()  # ids of the buckets in out (identity, not equal contents)
    position = {id(b): index for index, b in enumerate(buckets)}
    for bucket in list(buckets):
        spec = profile.spec(bucket.section) if bucket.section != "other" else None
        drafts = bucket.clauses()
        runs = _runs(drafts) if spec is not None and spec.kind in _LIST_KINDS else []
        if not runs:
            out.append(bucket)
            placed.add(id(bucket))
            continue
        first, _last = runs[0][0], runs[-1][1]
        # text before the list; marked and labelled items always stay
        before = [d for d in drafts[:first] if d.shape in ("prose", "plain")]
        # text between its runs and after it: notes where they stand
        listed = {index for start, end in runs for index in range(start, end)}
        for index in range(first, len(drafts)):
            if index not in listed and drafts[index].shape in ("prose", "plain"):
                drafts[index].shape = "note"
        target = summary() if before else None
        if target is not None and target is not bucket:
            moved = {id(d) for d in before}
            bucket.drafts = [d for d in bucket.drafts if id(d) not in moved]
            target.drafts.extend(_paragraphs(before))
            if id(target) not in placed and position.get(id(target), -1) < position[id(bucket)]:
                out.insert(0, target)
                placed.add(id(target))
        bucket.drafts = _paragraphs(bucket.drafts, "note")
        out.append(bucket)
        placed.add(id(bucket))
    # a summary created for this pass and not placed yet goes first
    for bucket in buckets:
        if id(bucket) not in placed and bucket.drafts:
            out.insert(0, bucket)
    return out
