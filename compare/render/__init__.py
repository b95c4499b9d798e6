"""Renderers: the JSON report (the schema in shared/schema/report.md) and Markdown.

Each renderer is imported when first asked for: a run that writes Markdown and JSON loads
neither the HTML view nor the tables."""
import importlib

_WHERE = {"report_to_dict": "json", "render_json": "json", "render_html": "html", "render_markdown": "markdown",
          "write_tables": "tables"}

__all__ = ["report_to_dict", "render_json", "render_markdown", "render_html", "write_tables"]


def __getattr__(name: str):
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f".{_WHERE[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
