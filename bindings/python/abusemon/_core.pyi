"""Type stubs for the native extension abusemon._core."""

__version__: str

class Error(RuntimeError):
    """Failure reported by the abusemon core."""

    status: str

def version() -> str: ...
def build_info_json() -> str: ...
