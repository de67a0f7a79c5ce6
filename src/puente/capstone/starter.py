"""`puente capstone new TEAM_DIR`: the team's starter repository, rendered with copier from `template/`.

The render holds the README skeleton in both languages, the Makefile verbs, an empty dvc.yaml, a CI
workflow stub, a model-card template (Mitchell et al. 2019), the team charter with the four roles,
the data's `.dvc` file and the brief's numbers. Rendered with the default name, it is the capstone's
exercise stub (`exercises/m08_capstone/team`), which earns no point.
"""

import json
import subprocess
from pathlib import Path

import yaml

from puente.capstone.brief import TRAFFIC, read_prices
from puente.capstone.churn_data import FOLDER, TABLE
from puente.capstone.team_repo import link_course_remote
from puente.errors import PuenteError
from puente.i18n import Bilingual

TEMPLATE = Path(__file__).parent / "template"
DEFAULT_NAME = "Our team"
PRICES_HEADER = ("# Module 07's dated price list (its lesson names the vendors' pages); check them before you quote a bill.\n"
                 "# ES: La lista de precios con fecha del módulo 07 (su lección nombra las páginas); revísela antes de cotizar.\n")
TRAFFIC_HEADER = "# The brief's traffic (module 08's lesson).\n# ES: El tráfico del brief (la lección del módulo 08).\n"


def churn_file(root: Path) -> dict:
    """md5 and size of the course's wa_churn.csv, read from churn.dvc's listing in the course remote (no data needed)."""
    out = yaml.safe_load((root / f"{FOLDER}.dvc").read_text(encoding="utf-8"))["outs"][0]
    digest = out["md5"]
    for store in (root / ".dvc" / "cache", root / "dvc-remote"):
        listing = store / "files" / "md5" / digest[:2] / digest[2:]
        if listing.is_file():
            entry = next(e for e in json.loads(listing.read_text(encoding="utf-8")) if e["relpath"] == TABLE)
            size = (store / "files" / "md5" / entry["md5"][:2] / entry["md5"][2:]).stat().st_size
            return {"md5": entry["md5"], "size": size}
    raise PuenteError(Bilingual("the course's DVC remote has no listing of churn/", "el remoto de DVC del curso no tiene la lista de churn/"),
                      "git checkout -- churn.dvc dvc-remote")


def render_starter(root: Path, destination: Path, team_name: str = DEFAULT_NAME, link_remote: bool = True) -> Path:
    """Render the starter into `destination` (new or empty); `link_remote` points its DVC at the course's remote."""
    destination = Path(destination)
    if destination.exists() and (not destination.is_dir() or any(destination.iterdir())):
        raise PuenteError(Bilingual(f"{destination} already exists and is not an empty folder: the starter never overwrites a team's work",
                                    f"{destination} ya existe y no es una carpeta vacía: la plantilla nunca sobrescribe el trabajo de un equipo"),
                          Bilingual("name a new folder, e.g. `puente capstone new ../equipo-condor`",
                                    "indique una carpeta nueva, por ejemplo `puente capstone new ../equipo-condor`"))
    if not team_name.strip() or any(c in team_name for c in '"\\\n'):
        raise PuenteError(Bilingual("the team's name must be a line of text without quotes or backslashes",
                                    "el nombre del equipo debe ser una línea de texto sin comillas ni barras invertidas"),
                          Bilingual('e.g. --name "Equipo Cóndor"', 'por ejemplo --name "Equipo Cóndor"'))
    import copier

    data = churn_file(root)
    copier.run_copy(str(TEMPLATE), str(destination), data={"team_name": team_name, "data_md5": data["md5"], "data_size": data["size"]},
                    defaults=True, quiet=True, overwrite=True)
    (destination / "brief").mkdir()
    (destination / "brief" / "traffic.yaml").write_text(TRAFFIC_HEADER + yaml.safe_dump(TRAFFIC, sort_keys=False), encoding="utf-8")
    (destination / "brief" / "prices.yaml").write_text(PRICES_HEADER + yaml.safe_dump(read_prices(root), sort_keys=False), encoding="utf-8")
    if link_remote:  # a team's own repository, ready for `make data`; config.local stays out of its history
        subprocess.run(["git", "init", "--quiet"], cwd=destination, check=False)
        link_course_remote(destination, root)
    return destination
