"""`puente catchup --from FILE`: put the solutions an instructor released into the learner's exercises.

The whole release is checked first, so a bad file changes nothing; each file that differs is
backed up, overwritten and named (Session.overwrite), and progress of that module is re-checked
on the next `puente check`.
"""

from pathlib import Path

from rich.markup import escape

from puente.editions.release import read_release

SUMMARY = {
    "en": "{count} files of {module} now hold the released solutions ({same} already did). `puente check` shows your points.",
    "es": "{count} archivos de {module} tienen ahora las soluciones publicadas ({same} ya las tenían). `puente check` le muestra sus puntos.",
}


def apply_release(session, path: Path) -> int:
    """Write a release's files into exercises/<module>/; returns how many files changed."""
    release = read_release(Path(path), session.manifest)
    changed = sum(session.overwrite(f"exercises/{release.module}/{name}", content) for name, content in release.files.items())
    message = SUMMARY.get(session.t.lang, SUMMARY["en"])
    session.console.print(f"[green]{escape(message.format(count=changed, module=release.module, same=len(release.files) - changed))}[/]")
    return changed
