"""Explained: the README in both languages, the model card and the team charter, with their sections and some substance."""

import pytest

from puente.capstone.rubric import (
    CHARTER,
    MIN_WORDS,
    MODEL_CARD,
    MODEL_CARD_SECTIONS,
    README_SECTIONS,
    thin_sections,
    unfilled_roles,
)
from puente.i18n import say


@pytest.mark.parametrize("readme", list(README_SECTIONS))
def test_the_readme_explains_the_project(team_source, readme):
    thin = thin_sections(team_source / readme, README_SECTIONS[readme], MIN_WORDS["README"])
    assert not thin, say(
        en="{readme} needs each of its sections with at least {minimum} words of your own and no placeholder left; missing (-1) or thin: {thin}",
        es="{readme} necesita cada una de sus secciones con al menos {minimum} palabras propias y sin marcadores pendientes; faltan (-1) o se quedan cortas: {thin}",
        readme=readme, minimum=MIN_WORDS["README"], thin=thin)


def test_the_model_card_has_mitchells_sections(team_source):
    thin = thin_sections(team_source / MODEL_CARD, MODEL_CARD_SECTIONS, MIN_WORDS[MODEL_CARD])
    assert not thin, say(
        en="{card} needs the nine sections of Mitchell et al. (2019), each with at least {minimum} words; missing (-1) or thin: {thin}",
        es="{card} necesita las nueve secciones de Mitchell et al. (2019), cada una con al menos {minimum} palabras; faltan (-1) o se quedan cortas: {thin}",
        card=MODEL_CARD, minimum=MIN_WORDS[MODEL_CARD], thin=thin)


def test_the_charter_names_who_plays_each_role(team_source):
    missing = unfilled_roles(team_source / CHARTER)
    assert not missing, say(en="{charter} must name a person for each role (`- **Role**: Name. What they own`); no one yet for: {missing}",
                            es="{charter} debe nombrar a una persona para cada rol (`- **Role**: Nombre. De qué responde`); todavía sin nadie: {missing}",
                            charter=CHARTER, missing=", ".join(missing))
