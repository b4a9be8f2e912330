"""Follow-up actions of a decision: added, changed and deleted while the session is open;
once it is locked, what was decided is fixed but where each action stands is still followed
up, and each write names the session it changed."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from secframe.models import ActionStatus
from secframe.services import decisions
from secframe.services import meetings as ms
from secframe.services import preparation as prep
from secframe.services.changes import MEETING
from secframe.services.errors import LockedError, ValidationError
from tests.fixtures.meetings import build_brief_world

WRITE = prep.ActionInput("Écrire à Bamako", "Gouverneur", date(2020, 4, 30))


@pytest.fixture
def world(sample, write):
    return build_brief_world(sample, write)


@pytest.fixture
def decision(world, write):
    return write(ms.add_decision, world.first.id, "Relancer les patrouilles.")


def _actions(world, meeting):
    with world.sample.db.read() as s:
        return prep.actions_of_meeting(s, meeting.id)


def test_an_action_is_added_changed_and_deleted_while_the_session_is_open(world, write, decision):
    saved = write(prep.save_action, decision.id, None, WRITE)
    assert saved.changes.ids_of(MEETING) == {world.first.id}
    changed = write(
        prep.save_action,
        decision.id,
        saved.value.id,
        prep.ActionInput("Écrire au ministre", "Gouverneur", date(2020, 5, 15)),
    )
    (action,) = _actions(world, world.first)[decision.id]
    assert (action.what, action.due_on) == ("Écrire au ministre", date(2020, 5, 15))
    assert action == changed.value
    write(prep.delete_action, action.id)
    assert _actions(world, world.first)[decision.id] == []


def test_every_problem_of_an_action_is_said_at_once_and_nothing_is_written(world, write, decision):
    bad = prep.ActionInput(
        "  ", "G" * 201, date(1899, 12, 30), ActionStatus.DONE, date.today() + timedelta(days=2)
    )
    with pytest.raises(ValidationError) as err:
        write(prep.save_action, decision.id, None, bad)
    assert {e.field for e in err.value.errors} == {"what", "who", "due_on", "status_on"}
    assert _actions(world, world.first)[decision.id] == []


def test_a_status_changed_without_a_date_is_dated_today(world, write, decision):
    saved = write(prep.save_action, decision.id, None, WRITE).value
    assert saved.status_on is None
    done = write(
        prep.save_action,
        decision.id,
        saved.id,
        prep.ActionInput(WRITE.what, WRITE.who, WRITE.due_on, ActionStatus.DONE),
    ).value
    assert done.status_on == date.today()


def test_a_locked_session_keeps_what_was_decided_but_follows_up_its_actions(world, write, decision):
    action = write(prep.save_action, decision.id, None, WRITE).value
    write(decisions.adopt_previous, world.second.id)
    with pytest.raises(LockedError):
        write(prep.save_action, decision.id, None, WRITE)
    with pytest.raises(LockedError):
        write(prep.save_action, decision.id, action.id, prep.ActionInput("Autre chose"))
    with pytest.raises(LockedError):
        write(prep.delete_action, action.id)
    dropped = prep.ActionInput(
        WRITE.what, WRITE.who, WRITE.due_on, ActionStatus.DROPPED, date(2020, 6, 1), "Sans objet"
    )
    saved = write(prep.save_action, decision.id, action.id, dropped)
    assert (saved.value.status, saved.value.note) == (ActionStatus.DROPPED, "Sans objet")
    assert saved.changes.ids_of(MEETING) == {world.first.id}
