"""Workshops for real: a JupyterHub for a room (workshop/hub.toml), and a pack for a room without network."""
