"""axe-core (the npm package, in tests/site/axe) audits the site in Debian's Chromium: no critical
and no serious violation on the landing page, a lesson and a notebook page, in both languages."""

from pathlib import Path

import pytest

from puente.manifest import load_manifest

AXE = Path(__file__).with_name("axe") / "node_modules" / "axe-core" / "axe.min.js"
LANGUAGES = {"en": "", "es": "es/"}


def pages(course_root: Path) -> dict[str, str]:
    notebooks = [p for p in sorted((course_root / "modules").glob("m*/*.ipynb")) if p.suffixes == [".ipynb"]]
    lessons = [m.id for m in load_manifest(course_root).module if (course_root / "modules" / m.id / "index.md").is_file()]
    return {"landing": "", "lesson": f"{lessons[min(2, len(lessons) - 1)]}/", "notebook": f"{notebooks[0].parent.name}/{notebooks[0].stem}/"}


def audit(page) -> list[dict]:
    if not AXE.is_file():
        pytest.fail("axe-core is missing: `make tests/site/axe/node_modules/axe-core/axe.min.js` (npm ci in tests/site/axe)", pytrace=False)
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [v for v in result["violations"] if v["impact"] in ("critical", "serious")]


def describe(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        targets = [", ".join(node["target"]) for node in violation["nodes"][:3]]
        summary = violation["nodes"][0].get("failureSummary", "").replace("\n", " ")[:200]
        lines.append(f"{violation['impact']} {violation['id']} on {len(violation['nodes'])} elements, e.g. {targets}: {summary}")
    return "\n".join(lines)


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["landing", "lesson", "notebook"])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_critical_or_serious_accessibility_violation(lang, kind, visit, course_root):
    seen = visit(LANGUAGES[lang] + pages(course_root)[kind])
    violations = audit(seen.page)
    assert not violations, f"axe finds on the {lang} {kind} page:\n{describe(violations)}"
