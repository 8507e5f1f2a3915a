"""Building .qm catalogues with lrelease: only when stale, atomically, found without Qt."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from pos_desktop.i18n.build import build_translations, extract, find_tool, is_stale, ts_files
from pos_desktop.i18n.languages import I18N_DIR, LANGUAGES, language

TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="si_LK">
<context>
    <name>Demo</name>
    <message>
        <source>Pay</source>
        <translation>ගෙවන්න</translation>
    </message>
</context>
</TS>
"""


def test_tools_are_found() -> None:
    for name in ("lrelease", "lupdate"):
        command = find_tool(name)
        assert Path(command[0]).is_file()


def test_every_catalogue_language_has_a_source() -> None:
    assert [p.name for p in ts_files()] == ["pos_si.ts", "pos_ta.ts"]
    for lang in LANGUAGES:
        assert lang.has_catalogue == lang.ts_file.exists()
    assert language("xx").code == "en"


def test_the_session_built_the_catalogues() -> None:
    # tests/conftest.py builds them at session start.
    for ts in ts_files():
        assert not is_stale(ts, ts.with_suffix(".qm"))


def test_builds_only_when_stale(tmp_path: Path) -> None:
    ts = tmp_path / "pos_si.ts"
    ts.write_text(TS, encoding="utf-8")
    assert build_translations(tmp_path) == [tmp_path / "pos_si.qm"]
    qm = tmp_path / "pos_si.qm"
    assert qm.stat().st_size > 33  # holds the one message
    assert build_translations(tmp_path) == []  # fresh: nothing to do
    later = qm.stat().st_mtime_ns + 10**9
    os.utime(ts, ns=(later, later))
    assert build_translations(tmp_path) == [qm]
    assert build_translations(tmp_path, force=True) == [qm]
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []  # no temp left


def test_concurrent_builds_leave_one_whole_file(tmp_path: Path) -> None:
    (tmp_path / "pos_si.ts").write_text(TS, encoding="utf-8")
    with ThreadPoolExecutor(4) as pool:
        list(pool.map(lambda _: build_translations(tmp_path, force=True), range(8)))
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["pos_si.qm", "pos_si.ts"]


def test_extract_into_a_copy_leaves_the_committed_file_alone(tmp_path: Path) -> None:
    copy = tmp_path / "pos_si.ts"
    shutil.copy(I18N_DIR / "pos_si.ts", copy)
    before = (I18N_DIR / "pos_si.ts").read_bytes()
    report = extract([copy])
    assert "source text" in report
    assert (I18N_DIR / "pos_si.ts").read_bytes() == before
