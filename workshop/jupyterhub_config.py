# JupyterHub reads this file; everything it sets comes from hub.toml (puente.workshop.hub_config).
# ES: JupyterHub lee este archivo; todo lo que configura viene de hub.toml (puente.workshop.hub_config).
import os
from pathlib import Path

from puente.workshop.hub_config import configure
from puente.workshop.settings import load_settings

c = get_config()  # noqa: F821 (JupyterHub defines it)
root = Path(os.environ["PUENTE_ROOT"])
configure(c, root, load_settings(root, Path(os.environ["PUENTE_HUB_SETTINGS"])), Path(os.environ["PUENTE_HUB_STATE"]))
