"""Search everywhere (Ctrl+K) on the large database: building the index once, then each
keystroke, against a bare SQL LIKE over commitment titles."""

from __future__ import annotations

from sqlalchemy import text

from common import Benchmark, Context
from secframe.services.search import SearchIndex, build_index

KEYSTROKE_GOAL_MS = 100
BUILD_GOAL_MS = 3000  # once, in the background, when the search opens


def benchmarks(ctx: Context) -> list[Benchmark]:
    """The index build, and the answer to each keystroke of « alafia » and « dire »."""
    db, fw = ctx.db, ctx.framework_id

    def build() -> SearchIndex:
        with db.read() as s:
            return build_index(s, fw)

    index = build()
    print(f"  (search index: {len(index):,} records)")

    def typing(word: str):  # type: ignore[no-untyped-def]
        def run() -> object:
            return [index.find(word[: i + 1]) for i in range(len(word))]

        return run

    def like(word: str):  # type: ignore[no-untyped-def]
        def run() -> object:
            with db.engine.connect() as conn:
                return conn.execute(
                    text("SELECT id, title FROM commitments WHERE lower(title) LIKE :w"),
                    {"w": f"%{word}%"},
                ).all()

        return run

    return [
        Benchmark("search everywhere: build the index", build, like("a"),
                  "SELECT … LIKE", BUILD_GOAL_MS, repeat=3),
        Benchmark("search everywhere: typing « alafia » (6 keystrokes)",
                  lambda: typing("alafia")() and None, like("alafia"), "SELECT … LIKE",
                  KEYSTROKE_GOAL_MS * 6),
        Benchmark("search everywhere: « e » (the most matches)", lambda: index.find("e"),
                  like("e"), "SELECT … LIKE", KEYSTROKE_GOAL_MS),
        Benchmark("search everywhere: « dire »", lambda: index.find("dire"), like("dire"),
                  "SELECT … LIKE", KEYSTROKE_GOAL_MS),
    ]  # fmt: skip
