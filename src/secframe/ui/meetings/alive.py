"""Background jobs started by a widget that may be closed before they end: their callbacks
(result or error) run only while the widget still exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from secframe.jobs import JobState
from secframe.ui.context import AppContext
from secframe.ui.workers import Job, show_error

R = TypeVar("R")


def guarded(widget: QWidget, fn: Callable[..., R]) -> Callable[..., R | None]:
    """``fn``, called only while ``widget`` still exists."""

    def call(*args: Any) -> R | None:
        return fn(*args) if isValid(widget) else None

    return call


def run(
    context: AppContext,
    widget: QWidget,
    fn: Callable[[JobState], Any],
    *,
    title: str,
    on_done: Callable[[Any], Any] | None = None,
    on_error: Callable[[BaseException], Any] | None = None,
    **kw: Any,
) -> Job:
    """``context.run`` for a widget: results and errors reach it only if it is still open
    (errors are shown in the user's words by default)."""
    return context.run(
        widget,
        fn,
        title=title,
        on_done=guarded(widget, on_done or (lambda _result: None)),
        on_error=guarded(widget, on_error or (lambda err: show_error(widget, err, title))),
        **kw,
    )
