"""The nbgitpuller link a learner clicks: it clones the course into their home and opens the notebook."""

from urllib.parse import urlencode

from puente.workshop.settings import HubSettings


def pull_query(source: str, settings: HubSettings) -> str:
    course = settings.course
    return urlencode({"repo": source, "branch": course.branch, "targetpath": course.folder, "urlpath": course.open})


def room_link(hub_url: str, source: str, settings: HubSettings) -> str:
    """For everyone in the room: the hub sends each learner to their own server (user-redirect)."""
    return f"{hub_url.rstrip('/')}/hub/user-redirect/git-pull?{pull_query(source, settings)}"
