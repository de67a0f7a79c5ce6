import importlib.util


def load(course_root, name):
    spec = importlib.util.spec_from_file_location(f"toy_{name}", course_root / "modules/m02_dvc/examples/toy_pipeline" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_split_is_reproducible_and_keeps_every_row(course_root):
    prepare = load(course_root, "prepare")
    rows = [{"id": str(i)} for i in range(8)]
    train, test = prepare.split(rows, test_share=0.25, seed=7)
    assert (len(train), len(test)) == (6, 2)
    assert sorted(r["id"] for r in train + test) == [str(i) for i in range(8)]
    assert prepare.split(rows, 0.25, 7) == (train, test)
