"""One error type for everything a learner or instructor can fix, so the CLI prints it as a line."""

INTERRUPTED = 130  # the shell's code for a command stopped by Ctrl+C


class PuenteError(Exception):
    """A problem the user can fix: what is wrong, and the command that fixes it."""

    def __init__(self, problem: str, fix: str = "") -> None:
        super().__init__(problem)
        self.problem = problem
        self.fix = fix

    def __str__(self) -> str:
        return f"{self.problem} (fix: {self.fix})" if self.fix else self.problem
