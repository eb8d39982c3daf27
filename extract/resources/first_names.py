"""Known first names, for the actor rules to recognise a person the tagger has not seen: the Latin-script first
names of Faker's person providers (MIT licence; US census and national name lists), read once."""

from __future__ import annotations

import importlib
from functools import lru_cache

# English function words among the lists' names, which a capitalised sentence opener would take for names.
_FUNCTION_WORDS = {"Among", "Else", "Made", "May", "My", "Per", "Us", "Will", "Can", "Do", "So", "Or"}
# Faker locales whose first names are written in Latin script.
_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "en_NZ", "de_DE", "fr_FR", "es_ES", "it_IT", "pt_BR", "pl_PL",
            "nl_NL", "tr_TR", "sv_SE", "cs_CZ", "ro_RO", "fi_FI", "no_NO", "da_DK", "hu_HU", "id_ID", "sw", "yo_NG",
            "zu_ZA", "vi_VN", "uz_UZ", "az_AZ", "hr_HR", "sk_SK", "sl_SI", "lv_LV", "lt_LT", "et_EE")


@lru_cache(maxsize=1)
def first_names() -> frozenset[str]:
    """Every first name of the Latin-script locales, as written (`Angel`, `Marina`), but for English function words
    (`May`, `Per`, `Us`)."""
    names: set[str] = set()
    for locale in _LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            names.update(getattr(provider, attribute, ()))
    return frozenset(name for name in names if name.isalpha() and name not in _FUNCTION_WORDS)
