#!/usr/bin/env bash
# Try two settings without touching params.yaml by hand, compare them, keep the better one.
# Run in a committed repository holding the toy pipeline (dvc.yaml, params.yaml, the scripts).
set -euo pipefail

dvc exp run --quiet --name by_home -S train.feature=home
dvc exp run --quiet --name by_marital -S train.feature=marital
dvc exp show --no-pager --only-changed --md
dvc exp apply by_home
git add params.yaml dvc.lock metrics.json
git commit --quiet -m "Score applicants by home: AUC up"
