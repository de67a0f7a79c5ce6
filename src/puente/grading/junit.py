"""OUT/junit/<student>.xml: one JUnit report per student, for CI dashboards and LMS plug-ins."""

from pathlib import Path
from xml.etree import ElementTree

from puente.grading.model import SubmissionResult


def write_junit(path: Path, result: SubmissionResult) -> None:
    failures = sum(not t.passed for t in result.tests)
    suite = ElementTree.Element(
        "testsuite", name=result.student, tests=str(len(result.tests)), failures=str(failures),
        errors="0" if result.ok else "1", time=f"{result.seconds:.2f}",
    )
    properties = ElementTree.SubElement(suite, "properties")
    ElementTree.SubElement(properties, "property", name="status", value=result.status)
    ElementTree.SubElement(properties, "property", name="score", value=f"{result.score:g}")
    for flag in result.flags:
        ElementTree.SubElement(properties, "property", name="flag", value=flag)
    if not result.ok and not result.tests:
        case = ElementTree.SubElement(suite, "testcase", classname="submission", name="submission")
        ElementTree.SubElement(case, "error", message=result.status)
    for test in result.tests:
        case = ElementTree.SubElement(suite, "testcase", classname=test.exercise, name=test.name, time=f"{test.duration:.3f}")
        if not test.passed:
            message = "hidden test failed" if test.hidden else test.message
            failure = ElementTree.SubElement(case, "failure", message=message.splitlines()[0] if message else "failed")
            failure.text = message
    ElementTree.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
