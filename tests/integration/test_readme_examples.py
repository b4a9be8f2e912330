"""The README's own command examples run on the example database: every `secframe` command
line of its shell blocks (outputs written to a temporary folder) and every `--framework NAME`
it quotes."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

from secframe import commands
from secframe.services.frameworks import find_framework

README = Path(__file__).resolve().parents[2] / "README.md"
pytestmark = pytest.mark.usefixtures("qapp")


def shell_examples() -> list[list[str]]:
    """The `secframe SUBCOMMAND …` lines of the README's ```sh blocks (not the server URL)."""
    text = README.read_text("utf-8")
    lines = []
    for block in re.findall(r"```sh\n(.*?)```", text, flags=re.S):
        for line in block.splitlines():
            words = shlex.split(line.split("#", 1)[0])
            if len(words) > 1 and words[0] == "secframe" and not words[1].startswith("-"):
                lines.append(words[1:])
    return lines


def quoted_frameworks() -> list[str]:
    """Every `--framework NAME` written in the README's text (not the placeholder NAME)."""
    text = README.read_text("utf-8").replace("\n", " ")
    names = [shlex.split(m)[0] for m in re.findall(r"`--framework\s+([^`]+)`", text)]
    return [n for n in names if not n.isupper()]


def test_the_readme_quotes_commands_and_framework_names():
    assert any(words[0] == "brief" for words in shell_examples())
    assert any(words[0] == "minutes" for words in shell_examples())
    assert "taoudeni" in quoted_frameworks()


def test_every_command_example_runs_on_the_example_database(demo_db, tmp_path, capsys):
    for words in shell_examples():
        args = list(words)
        if "-o" in args:  # write where the test may write
            i = args.index("-o") + 1
            args[i] = str(tmp_path / Path(args[i]).name)
        assert commands.main([*args, "--db", demo_db.location]) == 0, (words, capsys.readouterr())
        if "-o" in args:
            assert Path(args[args.index("-o") + 1]).stat().st_size > 0


def test_every_quoted_framework_name_finds_one_framework(demo_db):
    with demo_db.read() as s:
        for name in quoted_frameworks():
            assert find_framework(s, name).short_name


def test_the_exact_short_name_wins_over_a_name_that_contains_it(sample, write):
    from secframe.models import FrameworkLevel
    from secframe.services import frameworks as fws

    other = write(fws.create_framework, fws.FrameworkInput(
        name="Forum élargi de Tombouctou", short_name="CT élargi",
        level=FrameworkLevel.LOCAL_FORUM))  # fmt: skip
    with sample.db.read() as s:
        mine = fws.get_framework(s, sample.framework_id)
        assert find_framework(s, mine.short_name).id == sample.framework_id
        assert find_framework(s, "CT élargi").id == other.id
