"""The HTML view in a real headless browser (Debian's chromium driven by Playwright)."""
import os
import shutil
from pathlib import Path

import pytest

from compare.render import render_html

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(os.environ.get("COMPARE_TEST_ARTIFACTS", Path(__file__).resolve().parent.parent / ".test-artifacts"))


def test_html_is_self_contained_and_escapes_article_markup(seeds_report):
    report, _ = seeds_report
    page = render_html(report)
    assert "http://" not in page.replace("http://www.w3.org/2000/svg", "") and "https://" not in page
    from compare.model import Claim, Group, Report, Source

    text = "De wethouder trad af </script><script>alert(1)</script> <img src=x onerror=alert(2)>.\n"
    src = Source(id="x", path="x.txt", text=text, sha256="0")
    c = Claim(id="x#0", source="x", start=0, end=len(text) - 1, text=text[:-1], sentence=0)
    page = render_html(Report(sources=[src], claims=[c], groups=[Group("G1", ["x#0"], "unique")], model="m", version="0"))
    assert "</script><script>alert(1)" not in page and "<img src=x" not in page


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt-get install chromium); browser test skipped")
def test_click_on_a_finding_highlights_spans_in_both_sources(seeds_report, tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    report, _ = seeds_report
    page_file = tmp_path / "seeds.html"
    page_file.write_text(render_html(report), encoding="utf-8")
    errors = []
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=[
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.as_uri())
        assert page.locator(".source").count() == 5
        conflict = page.locator(".finding.conflict").first
        conflict.click()
        highlighted = page.locator(".claim.hl")
        assert highlighted.count() >= 2
        columns = {highlighted.nth(i).evaluate("e => e.closest('.source').id") for i in range(highlighted.count())}
        assert len(columns) >= 2
        page.locator(".filters button[data-f=conflict]").click()
        assert page.evaluate("document.body.className") == "only-conflict"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seeds-html.png"))
        browser.close()
    assert errors == []
    assert (ARTIFACTS / "seeds-html.png").stat().st_size > 10_000
