import subprocess
import sys

import pytest


def test_bad_rate_by_records(examples_dir, credit_data_path):
    command = [sys.executable, examples_dir / "bad_rate_cli.py", "--data", str(credit_data_path), "--by", "records"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["no\t0.224", "yes\t0.555"]


def test_bad_input_is_a_one_line_error(load_example, credit_data_path):
    main = load_example("bad_rate_cli").main
    with pytest.raises(SystemExit) as missing:
        main(["--data", "nowhere.csv"])
    assert missing.value.code == "error: no data file at nowhere.csv; pass --data with the path of credit_data.csv"
    with pytest.raises(SystemExit) as wrong_column:
        main(["--data", str(credit_data_path), "--by", "salary"])
    assert wrong_column.value.code.startswith("error: no column 'salary'; choose one of: status, seniority")
