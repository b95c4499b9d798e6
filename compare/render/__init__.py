"""Renderers: the JSON report (the schema in shared/schema/report.md) and Markdown."""
from .json import report_to_dict, render_json
from .markdown import render_markdown

__all__ = ["report_to_dict", "render_json", "render_markdown"]
