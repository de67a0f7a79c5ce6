#!/usr/bin/env bash
# Track November's applications with DVC and send their content to the team's remote.
# ES: Versione con DVC las solicitudes de noviembre y envíe su contenido al remoto del equipo.
# Run from the repository root. $REMOTE_DIR is the folder that plays the remote storage.
# ES: Ejecútelo desde la raíz del repositorio. $REMOTE_DIR es la carpeta que hace de almacenamiento remoto.
set -euo pipefail

# TODO: add a DVC remote named `team` at "$REMOTE_DIR" and make it the default.
# POR HACER: agregue un remoto de DVC llamado `team` en "$REMOTE_DIR" y déjelo por defecto.
# TODO: track data/applications_2026_11.csv with DVC.
# POR HACER: versione data/applications_2026_11.csv con DVC.
# TODO: commit with git what git should keep: the remote's config, the .dvc file, the .gitignore.
# POR HACER: haga commit con git de lo que git debe guardar: la configuración del remoto, el archivo .dvc, el .gitignore.
# TODO: send the data's content to the remote.
# POR HACER: envíe el contenido de los datos al remoto.
