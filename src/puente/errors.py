"""One error type for everything a learner or instructor can fix, so the CLI prints it as a line."""

INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C


class PuenteError(Exception):
    """A problem the user can fix: what is wrong, and the command that fixes it."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        """In the reader's language (a graded test's report, a log); an English-only message stays all English."""
        from puente.i18n import Bilingual, Translator, detect_language, in_language  # late: i18n loads the catalog

        t = Translator(detect_language() if isinstance(self.problem, Bilingual) else "en")
        problem = in_language(self.problem, t.lang)
        return f"{problem} ({t('fix')}: {in_language(self.fix, t.lang)})" if self.fix else problem
