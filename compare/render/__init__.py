"""Renderers: the JSON report (the schema in shared/schema/report.md) and Markdown."""
from .json import report_to_dict, render_json
from .html import render_html
from .markdown import render_markdown
from .tables import write_tables

__all__ = ["report_to_dict", "render_json", "render_markdown", "render_html", "write_tables"]
