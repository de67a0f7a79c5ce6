"""Save a model with skops and load it trusting only the types we name."""

from pathlib import Path

import skops.io as sio
from sklearn.datasets import load_iris
from sklearn.linear_model import LogisticRegression

TRUSTED_TYPES = ["numpy.dtype"]


def save_and_load(path: Path) -> tuple[list[str], LogisticRegression]:
    iris = load_iris()
    species = iris.target_names[iris.target]  # text labels, like "good" and "bad"
    sio.dump(LogisticRegression(max_iter=500).fit(iris.data, species), path)
    asked_for = sio.get_untrusted_types(file=path)  # read from the file, nothing is built yet
    unexpected = sorted(set(asked_for) - set(TRUSTED_TYPES))
    if unexpected:
        raise ValueError(f"{path} asks for types we do not trust: {unexpected}")
    return asked_for, sio.load(path, trusted=TRUSTED_TYPES)


if __name__ == "__main__":
    asked_for, model = save_and_load(Path("iris.skops"))
    print(asked_for, type(model).__name__)
