"""OUT/junit/<student>.xml: one JUnit report per student, for CI dashboards and LMS plug-ins.

The shape is the one Jenkins' JUnit plugin reads (tests/toolkit/schemas/jenkins-junit.xsd, checked
in a test): a failed test holds `<failure type=...>`, a test that errored or never reported a
result (a missing file, a stopped or timed-out run) holds `<error type=...>`, a skipped one
`<skipped>`, and the suite's `failures` and `errors` count exactly those elements.
"""

from pathlib import Path
from xml.etree import ElementTree

from puente.grading.model import SubmissionResult

ERRORS = ("error", "missing", "timeout", "lost")


def write_junit(path: Path, result: SubmissionResult) -> None:
    cases = [(test, _problem(test)) for test in result.tests]
    failures = sum(problem == "failure" for _, problem in cases)
    errors = sum(problem == "error" for _, problem in cases) + (0 if result.ok or result.tests else 1)
    suite = ElementTree.Element(
        "testsuite", name=result.student, tests=str(len(result.tests) or (0 if result.ok else 1)), failures=str(failures),
        errors=str(errors), skipped=str(sum(problem == "skipped" for _, problem in cases)), time=f"{result.seconds:.2f}",
    )
    properties = ElementTree.SubElement(suite, "properties")
    ElementTree.SubElement(properties, "property", name="status", value=result.status)
    ElementTree.SubElement(properties, "property", name="score", value=f"{result.score:g}")
    for flag in result.flags:
        ElementTree.SubElement(properties, "property", name="flag", value=flag)
    if not result.ok and not result.tests:
        case = ElementTree.SubElement(suite, "testcase", classname="submission", name="submission")
        ElementTree.SubElement(case, "error", type=result.status.split(":")[0], message=result.status)
    for test, problem in cases:
        case = ElementTree.SubElement(suite, "testcase", classname=test.exercise, name=test.name, time=f"{test.duration:.3f}")
        if problem is None:
            continue
        message = "hidden test failed" if test.hidden else test.message
        if problem == "skipped":
            ElementTree.SubElement(case, "skipped").text = message
            continue
        element = ElementTree.SubElement(case, problem, type=test.kind or ("Failed" if problem == "failure" else "Error"),
                                         message=message.splitlines()[0] if message else problem)
        element.text = message
    ElementTree.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)


def _problem(test) -> str | None:
    """Which JUnit element a test gets: None (passed), failure, error or skipped."""
    if test.passed:
        return None
    if test.outcome in ERRORS:
        return "error"
    return "skipped" if test.outcome == "skipped" else "failure"
