"""The workshop hub used as a room would: two learners log in, get the course by the nbgitpuller link,
check an exercise in their own server, and never see each other's work. Nothing is left running."""

import pytest

from puente.workshop.link import pull_query, room_link
from puente.workshop.settings import course_source

pytestmark = pytest.mark.slow

CHECK = """
import os, subprocess
os.chdir(os.path.expanduser("~/puente"))
pulled = subprocess.run(["dvc", "pull", "--quiet", "data.dvc"], capture_output=True, text=True)
print("pull", pulled.returncode, pulled.stderr[-300:])
checked = subprocess.run(["puente", "check", "first_look"], capture_output=True, text=True, env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"})
print("check", checked.returncode)
print(checked.stdout[-1500:])
"""


@pytest.mark.timeout(2400)  # two Jupyter servers start on a machine that runs the rest of the suite too
def test_two_learners_in_one_room(room, course_root):
    hub, password, settings, state = room.hub, room.password, room.settings, room.state
    first, second = settings.room.learners
    assert hub.log_in(first, "not-the-room-password").status_code == 403
    for name in (first, second):
        response = hub.log_in(name, password)
        assert response.status_code == 302, f"{name} could not log in with the room's password"

    learners = [room.learner(name) for name in (first, second)]
    source = course_source(course_root, settings)
    link = room_link(hub.url, source, settings)
    assert link.startswith(f"{hub.url}/hub/user-redirect/git-pull?") and "analyst_notebook.ipynb" in link
    for learner in learners:
        events = learner.pull(pull_query(source, settings))
        assert events[-1] == {"phase": "finished"}, events[-3:]
        notebook = learner.read_file("puente/modules/m01_notebooks/analyst_notebook.ipynb")
        assert '"cells"' in notebook, "the notebook the link opens is in the learner's home"

    solution = (course_root / "solutions" / "m00_welcome" / "first_look.py").read_text(encoding="utf-8")
    stub = (course_root / "exercises" / "m00_welcome" / "first_look.py").read_text(encoding="utf-8")
    learners[0].write_file("puente/exercises/m00_welcome/first_look.py", solution)

    solved, unsolved = (learner.run(CHECK) for learner in learners)
    assert "pull 0" in solved and "check 0" in solved, solved
    assert "check 1" in unsolved, unsolved
    assert learners[1].read_file("puente/exercises/m00_welcome/first_look.py") == stub
    progress = learners[1].run("import os, subprocess; os.chdir(os.path.expanduser('~/puente')); "
                               "print(subprocess.run(['puente', 'list'], capture_output=True, text=True, env={**os.environ, 'COLUMNS': '200'}).stdout)")
    first_look_row = next(line for line in progress.splitlines() if "first_look" in line)
    assert "done" not in first_look_row, f"{second} sees {first}'s progress: {first_look_row}"
    assert (state / "homes" / first / "puente" / ".puente").is_dir() and (state / "homes" / second / "puente").is_dir()

    room.stop()
    assert room.leftovers() == [], "the hub, its proxy or a learner's server is still running"
