#!/usr/bin/env bash
# Build a wheel, install it into a brand-new virtual environment, and run its command.
# Usage: build_and_install.sh PACKAGE_FOLDER WORK_FOLDER
set -euo pipefail
package="$1"
work="$2"

python -m build --wheel --no-isolation --outdir "$work/dist" "$package"
python -m venv "$work/venv"
"$work/venv/bin/python" -m pip install --no-index --quiet "$work"/dist/*.whl
"$work/venv/bin/hello-lender"
