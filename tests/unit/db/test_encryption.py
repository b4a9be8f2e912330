"""Encryption at rest (SQLCipher): nothing readable in the file, its backups or its
before-upgrade copies; the passphrase from SECFRAME_PASSPHRASE; a wrong one is one clear line
and changes nothing; encrypt, decrypt and passphrase convert files safely; without the
sqlcipher3 package plain files still open and an encrypted one gets a clear message."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from secframe import commands
from secframe.db import Database
from secframe.db.crypto import DatabaseLocked, WrongPassphrase, is_encrypted_file
from secframe.db.schema import HEAD_REVISION
from secframe.exchange.tracker import export
from secframe.jobs import JobState
from secframe.services.demo import build_demo
from secframe.services.frameworks import find_framework, list_frameworks
from secframe.services.history import entity_counts

PASSPHRASE = "sable chaud de Tombouctou"
# Words of the example data that must never be readable in an encrypted file.
NAMES = (b"Tombouctou", b"Elmedhi", b"Wakina", b"Aminatou", b"Niafunk", b"Goundam")


@pytest.fixture(scope="module")
def cipher_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An encrypted database holding the example frameworks (built once)."""
    path = tmp_path_factory.mktemp("cipher") / "chiffre.sqlite3"
    db = Database.open(path, passphrase=PASSPHRASE)
    with db.write("demo") as s:
        build_demo(s)
    db.close()
    return path


@pytest.fixture
def cipher_path(cipher_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "chiffre.sqlite3"
    shutil.copy(cipher_template, path)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def readable(path: Path) -> list[bytes]:
    """The example's names found in the bytes of a file (what `strings` would show)."""
    data = path.read_bytes()
    return [n for n in NAMES if n in data or n.decode().encode("utf-16-le") in data]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = commands.main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_an_encrypted_database_works_and_shows_nothing_to_strings(cipher_path, tmp_path):
    db = Database.open(cipher_path, passphrase=PASSPHRASE)
    try:
        assert db.encrypted
        with db.read() as s:
            assert entity_counts(s)["commitments"] > 10
            framework = find_framework(s, "CGCS Tombouctou")
        # a real unit of work, then the tracker export, on the encrypted file
        with db.write() as s:
            assert list_frameworks(s)
        book = tmp_path / "suivi.xlsx"
        export.run(db, framework.id, book, export.ExportOptions(), JobState())
        assert book.exists()
        backup = tmp_path / "copie.sqlite3"
        from secframe.db.backup import backup as write_backup

        write_backup(db.engine, backup)
        db._upgrade_from(HEAD_REVISION, tmp_path, None)  # the copy made before an upgrade
    finally:
        db.close()
    before_upgrade = next(tmp_path.glob("*.before-upgrade.sqlite3"))
    for path in (cipher_path, backup, before_upgrade):
        assert is_encrypted_file(path), path
        assert readable(path) == [], path
        assert (path.stat().st_mode & 0o777) == 0o600, path
        copy = Database.open(path, passphrase=PASSPHRASE, create=False)  # same key
        with copy.read() as s:
            assert entity_counts(s)["commitments"] > 10
        copy.close()
    # the plain demo does hold the names: the check above can fail
    plain = tmp_path / "clair.sqlite3"
    db = Database.open(plain)
    with db.write() as s:
        build_demo(s)
    db.close()
    assert readable(plain)


def test_a_wrong_passphrase_is_one_line_and_changes_nothing(cipher_path, capsys, monkeypatch):
    before = digest(cipher_path)
    monkeypatch.setenv("SECFRAME_PASSPHRASE", "pas la bonne phrase")
    code, out, err = run(capsys, "info", "--db", str(cipher_path))
    assert code == 2 and out == ""
    assert err.count("\n") == 1
    assert err.startswith("secframe: Phrase secrète incorrecte pour")
    assert digest(cipher_path) == before
    with pytest.raises(WrongPassphrase):
        Database.open(cipher_path, passphrase="encore faux")
    assert digest(cipher_path) == before


def test_without_a_passphrase_and_no_terminal_the_command_says_how(cipher_path, capsys):
    code, _, err = run(capsys, "info", "--db", str(cipher_path))
    assert code == 2 and "SECFRAME_PASSPHRASE" in err and err.count("\n") == 1


def test_commands_read_the_passphrase_from_the_environment(cipher_path, capsys, monkeypatch):
    monkeypatch.setenv("SECFRAME_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "info", "--db", str(cipher_path))
    assert code == 0 and "CGCS Tombouctou-Taoudéni" in out


def test_encrypt_passphrase_decrypt_round_trip_keeps_every_record(tmp_path, capsys, monkeypatch):
    path = tmp_path / "base.sqlite3"
    assert run(capsys, "demo", "--db", str(path))[0] == 0
    with Database.open(path).read() as s:
        counts = entity_counts(s)
    monkeypatch.setenv("SECFRAME_NEW_PASSPHRASE", PASSPHRASE)
    code, out, _ = run(capsys, "encrypt", "--db", str(path))
    assert code == 0 and "Chiffrée" in out
    assert is_encrypted_file(path) and readable(path) == []
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left, no plain copy
    monkeypatch.setenv("SECFRAME_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("SECFRAME_NEW_PASSPHRASE", "une autre phrase secrète")
    assert run(capsys, "passphrase", "--db", str(path))[0] == 0
    with pytest.raises(WrongPassphrase):
        Database.open(path, passphrase=PASSPHRASE)
    monkeypatch.setenv("SECFRAME_PASSPHRASE", "une autre phrase secrète")
    assert run(capsys, "decrypt", "--db", str(path))[0] == 0
    assert not is_encrypted_file(path)
    db = Database.open(path)
    with db.read() as s:
        assert entity_counts(s) == counts
    db.close()


def test_a_too_short_new_passphrase_is_refused(tmp_path, capsys, monkeypatch):
    path = tmp_path / "base.sqlite3"
    Database.open(path).close()
    before = digest(path)
    monkeypatch.setenv("SECFRAME_NEW_PASSPHRASE", "court")
    code, _, err = run(capsys, "encrypt", "--db", str(path))
    assert code == 2 and "trop courte" in err
    assert digest(path) == before


def test_the_lock_wipes_the_key_until_it_is_given_again(cipher_path):
    db = Database.open(cipher_path, passphrase=PASSPHRASE)
    try:
        db.lock()
        assert not db.key.present
        with pytest.raises(DatabaseLocked), db.read() as s:
            list_frameworks(s)
        with pytest.raises(WrongPassphrase):
            db.unlock("mauvaise phrase")
        db.unlock(PASSPHRASE)
        with db.read() as s:
            assert list_frameworks(s)
    finally:
        db.close()


def test_without_sqlcipher3_plain_files_open_and_encrypted_ones_say_why(cipher_path, tmp_path):
    """The package is optional: block its import and run the command line."""
    plain = tmp_path / "clair.sqlite3"
    Database.open(plain).close()
    script = (
        "import sys; sys.modules['sqlcipher3'] = None\n"
        "from secframe.commands import main\n"
        "sys.exit(main(sys.argv[1:]))\n"
    )
    env = {**os.environ, "SECFRAME_PASSPHRASE": PASSPHRASE}

    def secframe(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-c", script, *args], capture_output=True, text=True, env=env,
            check=False,
        )  # fmt: skip

    assert secframe("info", "--db", str(plain)).returncode == 0
    refused = secframe("info", "--db", str(cipher_path))
    assert refused.returncode == 2
    assert 'pip install "secframe[encryption]"' in refused.stderr
    assert refused.stderr.count("\n") == 1


def test_a_copy_written_over_a_file_left_open_ignores_that_files_journal(cipher_path, tmp_path):
    """A target whose program ended without closing it keeps its write-ahead log beside it;
    the new copy must not have that old log applied to it (it would read as damaged)."""
    from secframe.db.crypto import Key, convert
    from secframe.services.preferences import get_preference, set_preference

    target = tmp_path / "copie.sqlite3"
    shutil.copy(cipher_path, target)
    old = Database.open(target, passphrase=PASSPHRASE, create=False)
    with old.write() as s:
        set_preference(s, "essai", "une valeur écrite juste avant une coupure")
    left = Path(f"{target}-wal")
    assert left.exists()
    stale = left.read_bytes()
    old.close()
    left.write_bytes(stale)  # as if the program had been killed before closing the file

    convert(cipher_path, Key(PASSPHRASE), Key(PASSPHRASE), target=target)
    new = Database.open(target, passphrase=PASSPHRASE, create=False)
    try:
        with new.read() as s:
            assert get_preference(s, "essai") is None  # the copy, not the old file's last write
            assert len(list_frameworks(s)) == 4
    finally:
        new.close()
