"""The approval cut-off: the probability of "bad" from which the lender rejects, chosen from its costs.

Approving a credit that goes bad costs `cost_approve_bad`; rejecting a good applicant costs
`cost_reject_good`; a right decision costs nothing. Everyone with a probability at or above the
cut-off is rejected. The best cut-off is the one with the lowest average cost on validation data.

ES: El punto de corte de aprobación: la probabilidad de "bad" desde la cual el banco rechaza,
elegida a partir de sus costos. Aprobar un crédito que sale malo cuesta `cost_approve_bad`;
rechazar a un buen solicitante cuesta `cost_reject_good`; una decisión correcta no cuesta nada.
Se rechaza a todo el que tenga una probabilidad igual o mayor que el corte. El mejor corte es el
de menor costo promedio en los datos de validación.
"""


def expected_cost(actual: list[int], probability: list[float], cutoff: float,
                  cost_approve_bad: float, cost_reject_good: float) -> float:
    """Average cost per applicant when everyone with `probability >= cutoff` is rejected (actual 1 = bad).

    ES: Costo promedio por solicitante cuando se rechaza a todo el que tenga `probability >= cutoff`
    (actual 1 = malo).
    """
    # TODO: add cost_approve_bad for each bad credit (1) approved (probability below the cut-off), cost_reject_good for each good one (0) rejected; divide by the number of applicants.
    # POR HACER: sume cost_approve_bad por cada crédito malo (1) aprobado (probabilidad menor que el corte) y cost_reject_good por cada bueno (0) rechazado; divida por el número de solicitantes.
    return 0.0


def best_cutoff(actual: list[int], probability: list[float],
                cost_approve_bad: float, cost_reject_good: float) -> float:
    """The cut-off with the lowest expected cost: each distinct probability is a candidate, and 1.0 (approve all).

    ES: El corte de menor costo esperado: cada probabilidad distinta es una candidata, y también 1.0
    (aprobar a todos).
    """
    # TODO: try every distinct probability (and 1.0) as the cut-off and return, as a float, the one whose expected_cost is lowest.
    # POR HACER: pruebe cada probabilidad distinta (y 1.0) como corte y devuelva, como float, la de menor expected_cost.
    # Until then the stub keeps the habit this exercise replaces: 0.5, whatever errors cost.
    # ES: Mientras tanto, el esqueleto conserva la costumbre que este ejercicio reemplaza: 0.5, cueste lo que cueste equivocarse.
    return 0.5
