#!/usr/bin/env bash
# Bring back October's applications (git tag 2026-10) into the workspace.
# ES: Traiga de vuelta al espacio de trabajo las solicitudes de octubre (etiqueta de git 2026-10).
# Run from the repository root. November's version stays in git history and in DVC's cache.
# ES: Ejecútelo desde la raíz del repositorio. La versión de noviembre queda en la historia de git y en la caché de DVC.
set -euo pipefail

# TODO: bring back October's data/applications.csv.dvc from the git tag 2026-10.
# POR HACER: traiga de vuelta el data/applications.csv.dvc de octubre desde la etiqueta de git 2026-10.
# TODO: make data/applications.csv match that .dvc file, from DVC's cache.
# POR HACER: haga que data/applications.csv coincida con ese archivo .dvc, desde la caché de DVC.
