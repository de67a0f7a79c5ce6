"""Turn workshop/hub.toml into JupyterHub's configuration (workshop/jupyterhub_config.py calls this).

The authenticator is JupyterHub's own SharedPasswordAuthenticator: one password for the room, said
aloud at the start, no accounts to create, nothing to install (NativeAuthenticator's sign-up and
approval suit a cohort of weeks, not a day). Learners are the names the room lists.
"""

import os
import sys
from pathlib import Path

from puente.workshop.settings import HubSettings

PROXY = Path("node_modules") / ".bin" / "configurable-http-proxy"


def configure(c, root: Path, settings: HubSettings, state: Path) -> None:
    """Fill the config object `c`; secrets come from the environment `puente workshop hub` prepares."""
    hub, limits = settings.hub, settings.limits
    port = int(os.environ.get("PUENTE_HUB_PORT") or hub.port)  # `puente workshop hub --port`
    venv_bin = Path(sys.executable).parent
    c.JupyterHub.bind_url = f"http://{hub.ip}:{port}"
    c.JupyterHub.hub_ip = hub.ip
    c.JupyterHub.hub_port = port + 1
    c.ConfigurableHTTPProxy.api_url = f"http://{hub.ip}:{port + 2}"
    c.ConfigurableHTTPProxy.command = [str(root / PROXY)]
    c.ConfigurableHTTPProxy.pid_file = str(state / "proxy.pid")
    c.JupyterHub.db_url = f"sqlite:///{state / 'jupyterhub.sqlite'}"
    c.JupyterHub.cookie_secret_file = str(state / "cookie_secret")
    c.JupyterHub.pid_file = str(state / "jupyterhub.pid")
    c.JupyterHub.cleanup_servers = True
    c.JupyterHub.cleanup_proxy = True

    c.JupyterHub.authenticator_class = "shared-password"
    c.SharedPasswordAuthenticator.user_password = os.environ["PUENTE_HUB_PASSWORD"]
    c.SharedPasswordAuthenticator.admin_password = os.environ["PUENTE_HUB_ADMIN_PASSWORD"]
    c.Authenticator.allowed_users = set(settings.room.learners)
    c.Authenticator.admin_users = set(settings.room.admins)

    c.JupyterHub.spawner_class = f"puente.workshop.spawner.{'RoomSpawner' if hub.spawner == 'simple' else 'SystemUserRoomSpawner'}"
    if hub.spawner == "simple":
        c.RoomSpawner.home_dir_template = str(state / "homes" / "{username}")
        if os.geteuid() == 0:  # a throwaway VM run as root: Jupyter refuses root unless told
            c.Spawner.args = ["--allow-root"]
    c.Spawner.ip = hub.ip
    c.Spawner.cmd = [str(venv_bin / "jupyterhub-singleuser")]
    c.Spawner.default_url = "/lab"
    c.Spawner.environment = {"PATH": f"{venv_bin}:/usr/local/bin:/usr/bin:/bin", "DVC_NO_ANALYTICS": "1"}
    c.Spawner.mem_limit = limits.memory_bytes
    c.Spawner.cpu_limit = limits.cpus
    c.Spawner.memory_bytes = limits.memory_bytes
    c.Spawner.cpus = limits.cpus
    c.Spawner.http_timeout = 180  # a busy machine starts a server slowly: slow, not red
    c.Spawner.start_timeout = 300

    services = [{"name": "idle-culler", "command": [sys.executable, "-m", "jupyterhub_idle_culler", f"--timeout={limits.idle_minutes * 60}"]}]
    roles = [{"name": "idle-culler", "scopes": ["list:users", "read:users:activity", "read:servers", "delete:servers"], "services": ["idle-culler"]}]
    if os.environ.get("PUENTE_HUB_API_TOKEN"):  # the instructor's (and the room test's) way to drive the hub
        services.append({"name": "room-admin", "api_token": os.environ["PUENTE_HUB_API_TOKEN"]})
        roles.append({"name": "room-admin", "scopes": ["admin:users", "admin:servers", "tokens", "access:servers", "read:users"], "services": ["room-admin"]})
    c.JupyterHub.services = services
    c.JupyterHub.load_roles = roles
