import httpx
import pytest

pytestmark = pytest.mark.slow


def test_serves_the_load_once_example_and_stops_it(load_example, examples_dir, model_dir, first_applicant):
    running_server = load_example("running_server").running_server
    env = {"PYTHONPATH": str(examples_dir), "PUENTE_MODEL_DIR": str(model_dir)}
    with running_server("load_once:app", env, timeout_s=600) as url:  # a loaded machine is slow, not broken
        assert httpx.post(f"{url}/predict", json=first_applicant, timeout=5).status_code == 200
    with pytest.raises(httpx.TransportError):
        httpx.get(f"{url}/health", timeout=1)
