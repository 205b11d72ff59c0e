"""Rules of the code base that no linter checks for us."""
import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[2] / "kg" / "extract"


def test_extractors_never_compare_tokens_by_identity():
    # spaCy builds a new Token object on every access (doc[i], t.head), so `a is b` is always False
    # for tokens; only `==` compares them. Identity is fine against None and constants.
    found = []
    for path in EXTRACT.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Compare):
                found += [f"{path.name}:{node.lineno}: {ast.unparse(node)}"
                          for op, right in zip(node.ops, node.comparators, strict=True)
                          if isinstance(op, ast.Is | ast.IsNot) and not isinstance(right, ast.Constant)]
    assert not found, "\n".join(found)
