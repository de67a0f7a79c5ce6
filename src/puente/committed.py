"""The stubs as the course committed them, so a learner's work in progress never turns `make test` red.

`puente verify` checks that every graded test fails on the *untouched* stub. In a clone where a learner
has edited exercises/, the untouched stubs are the committed ones: tracked files come from HEAD (via
`git archive`), new untracked files (an author's exercise not committed yet) from the working tree.
Outside git, the working tree is all there is.
"""

import io
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _git(root: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", *args], cwd=root, capture_output=True)


@contextmanager
def committed_tree(root: Path, tree: str = "exercises") -> Iterator[Path]:
    """A folder holding `tree` as committed in HEAD (plus untracked new files); the working tree without git."""
    archive = _git(root, "archive", "--format=tar", "HEAD", "--", tree)
    if archive.returncode != 0 or _git(root, "rev-parse", "--show-prefix").stdout.strip():
        yield root / tree  # not a git repository, or the course is a sub-folder of someone's repository
        return
    with tempfile.TemporaryDirectory(prefix="puente-committed-") as folder:
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            tar.extractall(folder, filter="data")
        untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard", "--", tree).stdout.decode().split("\0")
        for relative in filter(None, untracked):
            destination = Path(folder) / relative
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(root / relative, destination)
        (Path(folder) / tree).mkdir(exist_ok=True)
        yield Path(folder) / tree
