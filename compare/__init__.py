"""compare: align the claims of several news articles about one event and flag where they disagree.

Library use::

    from compare import run, Options
    report = run(["seeds/"], Options(model="e5"))
"""
__version__ = "0.1.0"


def run(paths, options=None):
    from .pipeline import run as _run

    return _run(paths, options)


def __getattr__(name):
    if name == "Options":
        from .pipeline import Options

        return Options
    raise AttributeError(name)
