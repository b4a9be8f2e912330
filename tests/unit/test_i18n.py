"""Formatting per language, and catalogues that are complete and in step with the code."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

from secframe import i18n
from secframe.models import CommitmentStatus


def test_money_and_dates_in_french():
    assert i18n.format_money(Decimal(1_500_000)) == "1\u00a0500\u00a0000\u00a0FCFA"
    assert i18n.format_date(date(2019, 3, 15)) == "15/03/2019"
    assert i18n.format_month(2019, 3) == "mars 2019"


def test_money_and_dates_in_english():
    i18n.set_language("en")
    assert i18n.format_money(Decimal(1_500_000)) == "1,500,000\u00a0FCFA"
    assert i18n.format_date(date(2019, 3, 15)) == "15 Mar 2019"
    assert CommitmentStatus.SUSPENDED.label() == "Suspended"


def test_counts_take_the_language_singular_and_plural():
    forms = ("CLI", "{count} commitment", "{count} commitments")
    assert [i18n.count_text(*forms[:1], n, *forms[1:]) for n in (0, 1, 2, 1500)] == [
        "0 engagement",
        "1 engagement",
        "2 engagements",
        "1\u00a0500 engagements",
    ]
    i18n.set_language("en")
    assert [i18n.count_text(*forms[:1], n, *forms[1:]) for n in (0, 1, 2)] == [
        "0 commitments",
        "1 commitment",
        "2 commitments",
    ]


def test_labels_follow_the_language():
    assert CommitmentStatus.COMPLETED.label() == "Réalisé"
    assert CommitmentStatus.from_label("en cours") == CommitmentStatus.ACTIVE
    assert CommitmentStatus.from_label("Suspended") == CommitmentStatus.SUSPENDED


def test_system_language_defaults_to_french(monkeypatch):
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    assert i18n.system_language() == "fr"
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert i18n.system_language() == "en"
    monkeypatch.setenv("LANG", "bm_ML.UTF-8")
    assert i18n.system_language() == "fr"


def test_catalogues_are_complete_and_up_to_date():
    tool = Path(__file__).resolve().parents[2] / "tools" / "translations.py"
    result = subprocess.run(
        [sys.executable, str(tool), "check"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout
