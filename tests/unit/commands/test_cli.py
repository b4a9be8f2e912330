"""The command line: demo, info, backup, --framework, errors, help — in French and English."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from secframe import commands
from secframe.db import Database
from secframe.db.schema import HEAD_REVISION
from secframe.services import frameworks as fws


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = commands.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_demo_then_info(capsys, tmp_path: Path):
    db = str(tmp_path / "s.sqlite3")
    code, out, _ = run(capsys, "demo", "--db", db)
    assert code == 0
    assert "Cadre de gestion concertée de la sécurité de Tombouctou et Taoudéni" in out
    code, out, _ = run(capsys, "info", "--db", db)
    assert code == 0
    assert f"Version du schéma\u00a0: {HEAD_REVISION}" in out
    assert "CGCS Tombouctou-Taoudéni" in out
    assert "(Cadre régional)\u00a0: 16 membres, 12 engagements, 4 sessions" in out
    # French counts 0 and 1 in the singular; every kind of record is named in French
    assert "6 membres, 1 engagement, 0 session" in out
    assert "Changements de statut" in out and "status_changes" not in out


def test_info_in_english(capsys, tmp_path: Path):
    db = str(tmp_path / "s.sqlite3")
    run(capsys, "demo", "--db", db)
    _, out, _ = run(capsys, "--lang", "en", "info", "--db", db)
    assert f"Schema revision: {HEAD_REVISION}" in out
    assert "Regional framework" in out
    assert "6 members, 1 commitment, 0 sessions" in out
    assert "Status changes" in out


def test_info_on_a_missing_database_is_one_clear_line(capsys, tmp_path: Path):
    code, _, err = run(capsys, "info", "--db", str(tmp_path / "absent.sqlite3"))
    assert code == 2
    assert err.count("\n") == 1 and err.startswith("secframe: Impossible d’ouvrir")
    assert not (tmp_path / "absent.sqlite3").exists()


def test_info_on_a_foreign_file(capsys, tmp_path: Path):
    path = tmp_path / "budget.xlsx"
    path.write_bytes(b"PK\x03\x04 not a database")
    code, _, err = run(capsys, "info", "--db", str(path))
    assert code == 2 and "n’est pas une base de données secframe" in err


def test_backup_writes_an_openable_copy(capsys, tmp_path: Path):
    db = str(tmp_path / "s.sqlite3")
    run(capsys, "demo", "--db", db)
    target = tmp_path / "copies" / "copie.sqlite3"
    code, out, _ = run(capsys, "backup", "--db", db, "-o", str(target))
    assert code == 0 and str(target) in out
    conn = sqlite3.connect(target)
    assert conn.execute("SELECT count(*) FROM frameworks").fetchone()[0] == 4
    conn.close()


def test_backup_needs_an_output(capsys):
    with pytest.raises(SystemExit) as err:
        commands.main(["backup"])
    assert err.value.code == 2
    assert "arguments obligatoires manquants\u00a0: -o/--output" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("tombouctou-taoudeni", "CGCS Tombouctou-Taoudéni"),
        ("TAOUDÉNI", "CGCS Tombouctou-Taoudéni"),
        ("gao", "CGCS Gao"),
        ("bourem", "Forum Bourem-Inaly"),
        ("1", "CGCS Tombouctou-Taoudéni"),
    ],
)
def test_framework_option_accepts_id_short_name_or_unique_part(demo_db: Database, query, expected):
    with demo_db.read() as s:
        assert fws.find_framework(s, query).short_name == expected


def test_framework_option_explains_ambiguity_and_absence(demo_db: Database):
    with demo_db.read() as s:
        with pytest.raises(fws.FrameworkNotFound) as err:
            fws.find_framework(s, "tombouctou")
        assert "correspond à plusieurs cadres" in str(err.value)
        with pytest.raises(fws.FrameworkNotFound) as err:
            fws.find_framework(s, "kidal")
        assert "Aucun cadre ne correspond à «\u00a0kidal\u00a0»" in str(err.value)
        with pytest.raises(fws.FrameworkNotFound) as err:
            fws.find_framework(s, None)
        assert "plusieurs cadres" in str(err.value)


def test_help_is_translated(capsys):
    with pytest.raises(SystemExit):
        commands.main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation\u00a0: secframe")
    assert "ajouter les cadres d’exemple" in out
    assert "arguments positionnels\u00a0:" in out
    assert "afficher la version du programme" in out and "version number" not in out
    with pytest.raises(SystemExit):
        commands.main(["--lang", "en", "--help"])
    assert "add the example frameworks" in capsys.readouterr().out


def test_python_m_secframe_runs_the_cli(tmp_path: Path):
    out = subprocess.run(
        [sys.executable, "-m", "secframe", "--version"], capture_output=True, text=True, check=True
    )
    assert out.stdout.startswith("secframe ")
