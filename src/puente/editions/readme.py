"""The student edition's README: the same page, told from the learner's side.

`make test` there runs the toolkit's tests and reports the learner's points instead of the course
self-check; solutions are released by the instructor, not shipped.
"""

import re

NOTE = (
    "> **Student edition.** This repository holds the lessons, the exercises and their graded tests, "
    "without the reference solutions: your instructor releases those when the time comes, and "
    "`puente catchup --from FILE` applies them.\n"
)
TEST_PARAGRAPH = (
    "`make test` runs the toolkit's own tests, then checks every graded exercise on your code and "
    "shows your points per module (`puente check --all`, `puente progress`). Unsolved exercises do "
    "not make it fail; a broken setup does."
)
CATCHUP = re.compile(r"`puente catchup MODULE`\s*\([^)]*\)")
INSTRUCTORS_SECTION = re.compile(r"^## For instructors\n.*?(?=^## )", re.MULTILINE | re.DOTALL)
CATCHUP_STUDENT = "`puente catchup --from FILE` (apply the solutions file your instructor releases)"


def student_readme(text: str) -> str:
    """Replace the self-check paragraph, drop what is for instructors, add the edition note under the title."""
    text = INSTRUCTORS_SECTION.sub("", text)
    paragraphs = text.split("\n\n")
    for i, paragraph in enumerate(paragraphs):
        if paragraph.startswith("`make test`"):
            paragraphs[i] = TEST_PARAGRAPH
    text = "\n\n".join(paragraphs)
    text = CATCHUP.sub(CATCHUP_STUDENT, text)
    text = "\n".join(line for line in text.split("\n") if not line.startswith(("solutions/", "instructors/")))
    title_end = text.find("\n") + 1 if text.startswith("# ") else 0
    return text[:title_end] + "\n" + NOTE + text[title_end:]
