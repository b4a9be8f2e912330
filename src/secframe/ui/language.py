"""The desktop app's language: Qt translators, locale, and the headless strings routed through Qt.

Every packaged catalogue of a language (``secframe_<area>_<code>.qm``, one per area of the app)
gets its own ``QTranslator``, plus Qt's own ``qtbase_<code>.qm`` for standard buttons and
dialogs. ``secframe.i18n`` is then told to translate through Qt, so services' messages, enum
labels and widgets' ``tr()`` all read the same catalogues.
"""

from __future__ import annotations

from contextlib import ExitStack
from importlib import resources

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from secframe import i18n
from secframe.ui.qt_gaps import GapsTranslator

_installed: list[QTranslator] = []
_files = ExitStack()

LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.France),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}


def normalise(code: str | None) -> str:
    """A supported language code ("fr", "en"); anything else becomes French."""
    code = (code or "")[:2].lower()
    return code if code in i18n.SUPPORTED_LANGUAGES else i18n.DEFAULT_LANGUAGE


def catalogue_paths(code: str) -> list[str]:
    """Paths of the compiled catalogues (.qm) of a language, one per area."""
    folder = resources.files("secframe") / "resources" / "i18n"
    names = sorted(
        f.name
        for f in folder.iterdir()
        if f.name.startswith("secframe_") and f.name.endswith(f"_{code}.qm")
    )
    return [str(_files.enter_context(resources.as_file(folder / name))) for name in names]


def _qt_translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_language(code: str | None) -> str:
    """Switch the whole application to a language; returns the code installed.

    Safe to call again to change language: the previous translators are removed first.
    Widgets built before the call keep their texts (the main window is rebuilt instead).
    """
    code = normalise(code)
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QApplication")
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    if code != "en":
        gaps = GapsTranslator(code, app)  # first installed: consulted after Qt's own
        if not gaps.isEmpty():
            app.installTranslator(gaps)
            _installed.append(gaps)
        qt = QTranslator(app)
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        for path in catalogue_paths(code):
            translator = QTranslator(app)
            if translator.load(path):
                app.installTranslator(translator)
                _installed.append(translator)
    language, country = LOCALES[code]
    QLocale.setDefault(QLocale(language, country))
    i18n.set_language(code, translator=_qt_translate)
    return code


def current_language() -> str:
    """The language the application speaks."""
    return i18n.language()


def language_names() -> list[tuple[str, str]]:
    """(code, name in that language) of every supported language, for the preferences."""
    return [("fr", "Français"), ("en", "English")]
