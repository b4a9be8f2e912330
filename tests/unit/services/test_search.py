"""Search everywhere: one query over a framework's records, accents and case ignored."""

from __future__ import annotations

import pytest

from secframe.db import Database
from secframe.services.frameworks import find_framework
from secframe.services.search import SearchIndex, build_index, kind_heading


@pytest.fixture
def index(demo_db: Database) -> SearchIndex:
    with demo_db.read() as s:
        return build_index(s, find_framework(s, "CGCS Tombouctou-Taoudéni").id)


def _titles(index: SearchIndex, text: str, kind: str) -> list[str]:
    group = next((g for g in index.find(text) if g.kind == kind), None)
    return [h.title for h in group.hits] if group else []


def test_alafia_finds_the_operation_and_what_mentions_it(index: SearchIndex) -> None:
    groups = index.find("ALAFIA")
    kinds = [g.kind for g in groups]
    assert kinds[0] == "commitment"
    assert "Opération Alafia contre le banditisme" in _titles(index, "alafia", "commitment")
    assert kind_heading("commitment") == "Engagements"


def test_dire_finds_the_cercle_and_the_commune_and_says_which_is_which(
    index: SearchIndex,
) -> None:
    group = next(g for g in index.find("dire") if g.kind == "place")
    dire = [h for h in group.hits if h.title == "Diré"]
    details = sorted(h.detail for h in dire)
    assert len(dire) == 2
    assert details[0].startswith("Cercle · Tombouctou › Diré")
    assert details[1].startswith("Commune · Tombouctou › Diré › Diré")


def test_every_word_must_match_in_any_order(index: SearchIndex) -> None:
    assert _titles(index, "banditisme alafia", "commitment") == _titles(
        index, "alafia banditisme", "commitment"
    )
    assert index.find("alafia zzzz") == []
    assert index.find("   ") == []


def test_members_sessions_and_decisions_are_found(index: SearchIndex) -> None:
    assert any("Coordination" in t for t in _titles(index, "coordination", "member"))
    sessions = _titles(index, "session", "meeting")
    assert sessions and all(t.startswith("Session n°") for t in sessions)
    decision = next(g for g in index.find("patrouille") if g.kind == "decision").hits[0]
    assert decision.parent_id is not None  # a decision opens its session


def test_at_most_limit_per_kind_with_the_total(index: SearchIndex) -> None:
    group = next(g for g in index.find("a", limit=3) if g.kind == "commitment")
    assert len(group.hits) == 3 and group.total > 3


def test_no_framework_finds_nothing(demo_db: Database) -> None:
    with demo_db.read() as s:
        assert len(build_index(s, None)) == 0
