"""The train stage gives the same model bytes on every CPU: a learner's `make model` leaves `dvc.lock` as committed.

OpenBLAS picks its kernels by CPU, and each kernel adds in its own order; OPENBLAS_CORETYPE makes this
machine run the kernels of an old SSE3 CPU and of an AVX2 one (CI's run AVX-512 by default)."""

import os
import platform
import subprocess
import sys

import pytest

TRAIN_AND_SAVE = """
import sys, pandas as pd
from credit_scoring.decision import CostMatrix
from credit_scoring.model_artifact import save_model
from credit_scoring.train import train_and_decide
model, decision, _ = train_and_decide(pd.read_csv(sys.argv[1]), CostMatrix(5, 1), class_weight="balanced")
save_model(model, sys.argv[2], {"decision": decision})
"""


@pytest.mark.skipif(platform.machine() not in ("x86_64", "AMD64"), reason="the OpenBLAS kernel names are those of x86 CPUs")
def test_the_model_file_is_the_same_with_every_blas_kernel(credit_data_path, tmp_path):
    built = {}
    for kernel in ("Prescott", "Haswell", ""):
        folder = tmp_path / (kernel or "default")
        env = {"OPENBLAS_CORETYPE": kernel} if kernel else {}
        subprocess.run([sys.executable, "-c", TRAIN_AND_SAVE, str(credit_data_path), str(folder)], check=True, timeout=600,
                       env={**os.environ, **env})
        built[folder.name] = {name: (folder / name).read_bytes() for name in ("model.skops", "metadata.json")}
    assert built["Prescott"] == built["Haswell"] == built["default"], "the model's bytes depend on the CPU"
