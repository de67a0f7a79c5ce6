"""Why a pickle is not a data file: loading one runs whatever function the file names."""

import pickle


class Surprise:
    """Any object can tell pickle "to rebuild me, call this function with these arguments"."""

    def __reduce__(self):
        return (print, ("this ran while loading the 'model'",))


if __name__ == "__main__":
    payload = pickle.dumps(Surprise())
    pickle.loads(payload)  # prints: the file chose the function, and it ran
