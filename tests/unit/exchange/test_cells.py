"""Reading cells as people type them: dates, amounts, statuses, formula-looking text."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

import pytest

from secframe.exchange.cells import read_amount, read_date, read_int, read_number
from secframe.exchange.errors import CellError
from secframe.exchange.foreign.mapping import match_field
from secframe.exchange.foreign.vocab import read_cause, read_kind, read_status
from secframe.models import CommitmentKind, CommitmentStatus, StatusCause


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2019, 3, 15, 0, 0), date(2019, 3, 15)),
        (date(2019, 3, 15), date(2019, 3, 15)),
        (43539, date(2019, 3, 15)),  # an Excel day number
        ("15/03/2019", date(2019, 3, 15)),
        ("15.03.2019", date(2019, 3, 15)),
        ("15/03/19", date(2019, 3, 15)),
        ("2019-03-15", date(2019, 3, 15)),
        ("2019-03-15 00:00:00", date(2019, 3, 15)),
        ("15 March 2019", date(2019, 3, 15)),
        ("15-March-2019", date(2019, 3, 15)),
        ("15 mars 2019", date(2019, 3, 15)),
        ("1er février 2020", date(2020, 2, 1)),
        ("mars 2019", date(2019, 3, 1)),
        ("Sept. 2019", date(2019, 9, 1)),
        ("03/2019", date(2019, 3, 1)),
        ("", None),
        (None, None),
    ],
)
def test_dates(value, expected):
    assert read_date(value) == expected


@pytest.mark.parametrize("value", ["bientôt", "31/02/2019", "2019", 2019, "15/13/2019", "fin mars"])
def test_text_that_is_not_clearly_a_date_is_refused(value):
    with pytest.raises(CellError) as err:
        read_date(value)
    assert "n’est pas une date" in str(err.value.message)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (1500000, Decimal(1500000)),
        (1500000.0, Decimal(1500000)),
        ("1 500 000", Decimal(1500000)),
        ("1\u00a0500\u00a0000 FCFA", Decimal(1500000)),
        ("1\u202f500\u202f000 F CFA", Decimal(1500000)),
        ("1.500.000", Decimal(1500000)),
        ("1,500,000", Decimal(1500000)),
        ("1.500.000 XOF", Decimal(1500000)),
        ("750 FCFA", Decimal(750)),
        ("2,5 millions", Decimal(2500000)),
        ("1,2 milliard", Decimal(1200000000)),
        ("1500,50", Decimal("1500.50")),
        ("1.234.567,89", Decimal("1234567.89")),
        ("-", None),
        ("", None),
    ],
)
def test_amounts(value, expected):
    assert read_amount(value) == expected


@pytest.mark.parametrize("value", ["à déterminer", "1.50.00", "-5000", "beaucoup FCFA"])
def test_unreadable_or_negative_amounts_are_refused(value):
    with pytest.raises(CellError):
        read_amount(value)


def test_numbers_and_whole_numbers():
    assert read_number("12,5") == Decimal("12.5")
    assert read_int("2 – intermédiaire", 0, 3, labelled=True) == 2
    assert read_int(" 12 ", 1, 99) == 12
    with pytest.raises(CellError):
        read_int("12abc", 1, 99)
    with pytest.raises(CellError):
        read_int("2 – intermédiaire", 0, 3)
    assert read_int(3.0, 0, 3) == 3
    with pytest.raises(CellError, match="de 0 à 3"):
        read_int(4, 0, 3)
    with pytest.raises(CellError):
        read_int(2.5, 0, 3)


@pytest.mark.parametrize(
    ("word", "status"),
    [
        ("En cours", CommitmentStatus.ACTIVE),
        ("en cours d'exécution", CommitmentStatus.ACTIVE),
        ("ongoing", CommitmentStatus.ACTIVE),
        ("SUSPENDU", CommitmentStatus.SUSPENDED),
        ("Suspended", CommitmentStatus.SUSPENDED),
        ("Réalisé", CommitmentStatus.COMPLETED),
        ("Réalisée.", CommitmentStatus.COMPLETED),
        ("terminé", CommitmentStatus.COMPLETED),
        ("Mis en œuvre", CommitmentStatus.COMPLETED),
        ("Prévu", CommitmentStatus.PLANNED),
        ("à venir", CommitmentStatus.PLANNED),
        ("Abandonné", CommitmentStatus.ABANDONED),
        ("annulé", CommitmentStatus.ABANDONED),
        ("Completed", CommitmentStatus.COMPLETED),
    ],
)
def test_statuses_in_french_or_english_words(word, status):
    assert read_status(word) == status


def test_unknown_words_are_refused_with_the_list():
    with pytest.raises(CellError) as err:
        read_status("presque")
    assert (
        "Prévu / Non mis en œuvre, en attente d’appui / En cours / Suspendu / Réalisé / Abandonné"
        in str(err.value.message)
    )
    assert read_kind("Escorte") == CommitmentKind.ESCORT
    assert read_kind("Poste de contrôle") == CommitmentKind.CHECKPOINT
    assert read_cause("manque de moyens") == StatusCause.RESOURCES


@pytest.mark.parametrize(
    ("header", "field"),
    [
        ("Engagement", "title"),
        ("ENGAGEMENTS PRIS", "title"),
        ("Responsable", "lead"),
        ("Structure responsable", "lead"),
        ("Échéance", "deadline"),
        ("Date limite de réalisation", "deadline"),
        ("Statut", "status"),
        ("État d'avancement", "status"),
        ("Besoin (FCFA)", "needed"),
        ("Montant reçu (FCFA)", "received"),
        ("Observations", "observations"),
        ("Localité / axe", "place"),
        ("Due date", "deadline"),
    ],
)
def test_header_synonyms(header, field):
    found = match_field(header)
    assert found is not None and found[0] == field


def test_a_row_number_column_is_not_taken_for_a_reference():
    assert match_field("N°") is None


@pytest.mark.parametrize(
    ("read", "word", "meaning"),
    [
        (read_cause, "retrait des FAMa", StatusCause.FORCES_WITHDRAWAL),
        (read_cause, "Retrait des FDS", StatusCause.FORCES_WITHDRAWAL),
        (read_cause, "Withdrawal of the army", StatusCause.FORCES_WITHDRAWAL),
        (read_cause, "faute d’appui de Bamako", StatusCause.NO_CENTRAL_SUPPORT),
        (read_cause, "Absence d'appui de Bamako", StatusCause.NO_CENTRAL_SUPPORT),
        (read_cause, "No support from the central authorities", StatusCause.NO_CENTRAL_SUPPORT),
        (read_cause, "non-respect par une partie", StatusCause.BREACH),
        (read_cause, "Breach by a party", StatusCause.BREACH),
        (read_cause, "Insécurité sur l’axe", StatusCause.SECURITY),
        (read_status, "awaiting support", CommitmentStatus.AWAITING_SUPPORT),
        (read_status, "En attente d'appui", CommitmentStatus.AWAITING_SUPPORT),
        (read_status, "Non mis en œuvre, en attente d’appui", CommitmentStatus.AWAITING_SUPPORT),
        (read_status, "en attente", CommitmentStatus.PLANNED),
        (read_kind, "Redéploiement des FDS", CommitmentKind.REDEPLOYMENT),
        (read_kind, "arrestations", CommitmentKind.ARRESTS),
        (read_kind, "Collecte d’armes", CommitmentKind.WEAPONS_COLLECTION),
        (read_kind, "Débat public", CommitmentKind.PUBLIC_DEBATE),
        (read_kind, "early warning", CommitmentKind.EARLY_WARNING),
        (read_kind, "Mécanisme d'alerte précoce", CommitmentKind.EARLY_WARNING),
    ],
)
def test_the_field_words_in_french_and_english(read, word, meaning):
    assert read(word) == meaning
