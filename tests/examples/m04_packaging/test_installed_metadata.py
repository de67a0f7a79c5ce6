import runpy

import sklearn
import skops


def test_describes_an_installed_distribution(course_root):
    example = runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "installed_metadata.py"))
    about = example["describe"]("skops")
    assert about["version"] == skops.__version__
    assert any(requirement.startswith("scikit-learn") for requirement in about["requires"])
    assert example["describe"]("scikit-learn")["version"] == sklearn.__version__
    assert example["console_script"]("puente") == "puente.cli:main"
