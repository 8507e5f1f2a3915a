"""lupdate reads translation contexts from the source text, so a translated literal must be
written where lupdate can see its context: ``self.tr("...")`` in a class (context = the class),
or ``QCoreApplication.translate("Context", "...")`` with a literal context. A module helper
``tr("...")`` or ``translate(CONTEXT, "...")`` is extracted under the wrong (or no) context and
the app then shows English whatever the language. Helpers stay fine for texts marked elsewhere
with QT_TRANSLATE_NOOP("Context", ...)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2] / "pos_desktop"


def _is_text(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _offences(path: Path, root: Path = ROOT) -> list[str]:
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call) or not node.args:
            continue
        fn, args = node.func, node.args
        where = f"{path.relative_to(root.parent)}:{node.lineno}"
        if isinstance(fn, ast.Name) and fn.id in {"tr", "_tr"} and _is_text(args[0]):
            found.append(f"{where}: {fn.id}({ast.unparse(args[0])}) has no context lupdate sees")
        if (
            isinstance(fn, ast.Attribute)
            and fn.attr == "translate"
            and len(args) >= 2
            and not _is_text(args[0])
            and _is_text(args[1])
        ):
            found.append(f"{where}: translate({ast.unparse(args[0])}, ...) context not literal")
    return found


def test_every_translated_literal_has_a_context_lupdate_can_read() -> None:
    offences = [o for path in sorted(ROOT.rglob("*.py")) for o in _offences(path)]
    assert offences == []


def test_the_check_catches_both_mistakes(tmp_path: Path) -> None:
    sample = tmp_path / "pos_desktop" / "sample.py"
    sample.parent.mkdir()
    sample.write_text(
        'tr("Save")\nQCoreApplication.translate(CONTEXT, "Save")\n'
        'QCoreApplication.translate("Ok", "Save")\nself.tr("Save")\ntr(LABELS[key])\n'
    )
    assert len(_offences(sample, sample.parent)) == 2
