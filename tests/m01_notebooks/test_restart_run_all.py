"""Exercise restart_run_all: the notebook runs top to bottom in fresh kernels and reports the same held-out metric."""

import nbformat
import pytest

from puente.i18n import say

APPLICATIONS = 4454


def roc_auc_of(run) -> float:
    run.require_success()
    assert run.metrics is not None, say(en="the notebook ran but wrote no metrics.json next to itself", es="el cuaderno corrió pero no escribió metrics.json a su lado")
    value = run.metrics.get("roc_auc")
    assert isinstance(value, float), say(en='metrics.json needs "roc_auc" as a number, got {value!r}', es='metrics.json necesita "roc_auc" como número; llegó {value!r}', value=value)
    return value


def test_saved_notebook_was_last_run_top_to_bottom(target_dir):
    notebook = nbformat.read(target_dir / "m01_notebooks" / "scoring.ipynb", as_version=4)
    counts = [cell.execution_count for cell in notebook.cells if cell.cell_type == "code"]
    assert all(count is None for count in counts) or counts == list(range(1, len(counts) + 1)), (
        say(en="the saved notebook shows execution counts {counts}: cells were run out of order; "
               "use Restart Kernel and Run All Cells before saving, or clear all outputs",
            es="el cuaderno guardado muestra los contadores de ejecución {counts}: las celdas se corrieron en desorden; "
               "use Restart Kernel and Run All Cells antes de guardar, o borre todas las salidas", counts=counts)
    )


@pytest.mark.slow
def test_runs_top_to_bottom_in_a_fresh_kernel(scoring_runs):
    (run,) = scoring_runs(1)
    run.require_success()
    assert (run.folder / "metrics.json").is_file(), say(en="the notebook ran but wrote no metrics.json next to itself", es="el cuaderno corrió pero no escribió metrics.json a su lado")


@pytest.mark.slow
def test_same_metric_in_a_second_fresh_kernel(scoring_runs):
    first, second = scoring_runs(2)
    one, two = roc_auc_of(first), roc_auc_of(second)
    assert one == pytest.approx(two, rel=0, abs=1e-12), (
        say(en="two fresh runs gave ROC AUC {one} and {two}: give every random step a seed (params.yaml's seed)",
            es="dos corridas nuevas dieron ROC AUC {one} y {two}: dele una semilla a cada paso aleatorio (el seed de params.yaml)", one=one, two=two)
    )


@pytest.mark.slow
def test_metric_is_computed_on_held_out_rows(scoring_runs):
    (run,) = scoring_runs(1)
    value = roc_auc_of(run)
    rows = run.metrics.get("rows_scored")
    assert isinstance(rows, int), say(en='metrics.json needs "rows_scored", the number of rows the metric was computed on; got {rows!r}',
                                   es='metrics.json necesita "rows_scored", el número de filas sobre las que se calculó la métrica; llegó {rows!r}', rows=rows)
    assert 0 < rows <= APPLICATIONS // 2, (
        say(en="the metric was computed on {rows} rows, more than the held-out part of {total} applications: "
               "score the test rows only, never the rows the model learned from",
            es="la métrica se calculó sobre {rows} filas, más que la parte reservada de {total} solicitudes: "
               "califique solo las filas de prueba, nunca las filas de las que aprendió el modelo", rows=rows, total=APPLICATIONS)
    )
    assert 0.7 < value < 0.95, say(en="a ROC AUC of {value} is not what this model gets on held-out rows (about {usual})",
                                 es="un ROC AUC de {value} no es lo que este modelo obtiene en filas reservadas (cerca de {usual})", value=value, usual=0.84)

