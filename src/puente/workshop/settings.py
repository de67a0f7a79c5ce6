"""workshop/hub.toml: the room (who comes), the hub (where it listens), the limits, the course to pull."""

import re
import tomllib
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, ValidationError

from puente.errors import PuenteError
from puente.manifest import Strict

SETTINGS_FILE = "workshop/hub.toml"
UserName = Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_-]*$")]
MEMORY = re.compile(r"^(\d+)([KMG])$")


class Room(Strict):
    size: Annotated[int, Field(gt=0, le=500)]
    user_prefix: UserName
    admins: list[UserName] = []

    @property
    def learners(self) -> list[str]:
        return [f"{self.user_prefix}{number:02d}" for number in range(1, self.size + 1)]


class Hub(Strict):
    ip: str = "127.0.0.1"
    port: Annotated[int, Field(gt=1023, lt=65000)]
    spawner: Literal["simple", "system-users"] = "simple"


class Limits(Strict):
    memory: Annotated[str, StringConstraints(pattern=MEMORY.pattern)]
    cpus: Annotated[float, Field(gt=0)]
    idle_minutes: Annotated[int, Field(gt=0)]

    @property
    def memory_bytes(self) -> int:
        number, unit = MEMORY.match(self.memory).groups()
        return int(number) * 1024 ** " KMG".index(unit)


class Course(Strict):
    repository: str
    branch: str
    folder: str
    open: str


class HubSettings(Strict):
    room: Room
    hub: Hub
    limits: Limits
    course: Course


def load_settings(root: Path, path: Path | None = None) -> HubSettings:
    path = path or root / SETTINGS_FILE
    try:
        return HubSettings.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except FileNotFoundError:
        raise PuenteError(f"{path} is missing", f"restore it with `git checkout -- {SETTINGS_FILE}`") from None
    except tomllib.TOMLDecodeError as error:
        raise PuenteError(f"{path} is not valid TOML: {error}", f"fix the syntax of {path.name}") from None
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"])
        raise PuenteError(f"{path.name}: {where}: {problem['msg']}", f"edit {path.name}") from None


def course_source(root: Path, settings: HubSettings) -> str:
    """The git URL nbgitpuller clones: a path in hub.toml is taken relative to the course."""
    repository = settings.course.repository
    if "://" in repository or repository.startswith("git@"):
        return repository
    return str((root / repository).resolve())
