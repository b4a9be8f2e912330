"""Hypothesis profiles for the fuzz suite, and its tally printed at the end of the run.

``make test`` runs a short campaign (the "short" profile); ``make fuzz`` a longer one
(``HYPOTHESIS_PROFILE=fuzz``: a few minutes).
"""

from __future__ import annotations

import os
from collections import Counter

import pytest
from hypothesis import HealthCheck, settings

COMMON = {
    "deadline": None,
    "suppress_health_check": [
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
    "derandomize": False,
    "database": None,  # no .hypothesis folder in the repository
}
settings.register_profile("short", max_examples=25, **COMMON)
settings.register_profile("fuzz", max_examples=300, **COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "short"))

TALLY: Counter[str] = Counter()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Files tried, accepted, refused; tracebacks and database changes on failure (goal 0)."""
    if not TALLY:
        return
    terminalreporter.write_sep("-", "fuzzed imports")
    for kind in ("tracker", "acled"):
        if TALLY[f"{kind}.tried"]:
            terminalreporter.write_line(
                f"{kind}: {TALLY[kind + '.tried']} files tried, "
                f"{TALLY[kind + '.accepted']} accepted, {TALLY[kind + '.refused']} refused, "
                f"{TALLY[kind + '.tracebacks']} tracebacks, "
                f"{TALLY[kind + '.changed_on_failure']} database changes on failure"
            )
