import pickle
import runpy


def test_unpickling_runs_the_function_the_file_names(course_root, capsys):
    example = runpy.run_path(str(course_root / "modules" / "m04_packaging" / "examples" / "pickle_danger.py"))
    payload = pickle.dumps(example["Surprise"]())
    assert b"print" in payload, "the file names the function to call"
    pickle.loads(payload)
    assert capsys.readouterr().out == "this ran while loading the 'model'\n"
