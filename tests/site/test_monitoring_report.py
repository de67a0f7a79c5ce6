"""Module 07's monitoring report renders on the site in both languages, with its three plots."""

import pytest

LANGUAGES = {"en": ("", "Monitoring report"), "es": ("es/", "Informe de monitoreo")}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_report_shows_its_plots_in_each_language(lang, read_page):
    prefix, title = LANGUAGES[lang]
    page = read_page(f"{prefix}m07_monitoring/monitoring_report/")
    assert page.lang == lang
    assert title in page.text, f"the {lang} report page does not start with its {lang} title"
    plots = [src for tag, src in page.references if tag == "img" and src.startswith("data:image/png")]
    assert len(plots) == 3, f"the {lang} report shows {len(plots)} plots, expected 3: commit the notebook executed"
