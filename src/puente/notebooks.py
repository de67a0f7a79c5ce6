"""Run a notebook top to bottom in a fresh kernel, the way a colleague who clones the repo would."""

from pathlib import Path


def run_notebook(path: Path, timeout: int = 300) -> str | None:
    """None when every cell runs; otherwise the name of the exception that stopped it."""
    if not path.is_file():
        return "FileNotFoundError"
    import nbformat
    from nbclient import NotebookClient
    from nbclient.exceptions import CellExecutionError, CellTimeoutError, DeadKernelError

    notebook = nbformat.read(path, as_version=4)
    client = NotebookClient(
        notebook,
        timeout=timeout,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
        extra_arguments=["--IPKernelApp.log_level=ERROR"],  # the kernel's transport warning is noise here
    )
    try:
        execute(client)
    except CellExecutionError as error:
        return error.ename
    except (CellTimeoutError, DeadKernelError) as error:  # a cell that hangs or kills its kernel: a finding, not a crash
        return type(error).__name__
    return None


def execute(client, **kwargs) -> None:
    """`client.execute(**kwargs)`, except that Ctrl+C stays Ctrl+C.

    While it runs, nbclient takes SIGINT for itself (its handler shuts the kernel down and records
    the cleanup in `_async_cleanup_kernel_future`); the cell then fails with a dead kernel or a
    cancelled wait, and a check would record that as a failed test. Here it is the learner's Ctrl+C.
    """
    try:
        client.execute(**kwargs)
    finally:
        if getattr(client, "_async_cleanup_kernel_future", None) is not None:
            raise KeyboardInterrupt
