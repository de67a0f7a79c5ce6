"""Material's language switch on a site that mkdocs-static-i18n builds once per language.

- i18n points each page's language links at the same page in the other language (good), and
  Material also prints them as `<link rel="alternate">` in the head, where its JavaScript
  expects language roots and fetches `<link>/sitemap.xml`: a 404 on every page view
  (mkdocs-material#6582). The head links go; the switch's own links do the job.
- Every language build writes the theme's `404.html` at the site root, so the last (Spanish)
  build would win, with a switch pointing at whatever page it rendered last. Only the default
  language's build writes it.
"""

import re

from mkdocs.plugins import event_priority
from site_languages import i18n

NOT_FOUND = "404.html"
HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


@event_priority(-110)
def on_config(config):
    """Runs after i18n's on_config, once per language build."""
    plugin = i18n(config)
    templates = config.theme.static_templates
    if plugin.current_language == plugin.default_language:
        templates.add(NOT_FOUND)
    else:
        templates.discard(NOT_FOUND)
    return config


def on_post_page(output, page, config):
    return HEAD_ALTERNATE.sub("", output)


def on_post_template(output, template_name, config):
    return HEAD_ALTERNATE.sub("", output)
