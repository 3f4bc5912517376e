"""Writing a contact map to a PNG (at twice the screen scale) or an SVG file.

``render_map_file`` needs no window: it builds the drawing the map tab shows (the plain
``ContactMapScene``, without the tab's input handling) and paints it into an image or an SVG
generator, so the CLI can call it with only a QApplication on the offscreen platform (it makes
one if there is none).
"""

from __future__ import annotations

import logging
import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, Qt, QTranslator
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import QApplication, QGraphicsScene

from kam_desktop import APP_NAME, resources
from kam_desktop.domain.errors import KamError
from kam_desktop.domain.i18n import QT_TRANSLATE_NOOP
from kam_desktop.reports.contact_map.map_scene import ContactMapScene, load_map_data
from kam_desktop.reports.contact_map.symbols import TEXT, MapLanguage
from kam_desktop.reports.qt_fonts import install_cjk_font
from kam_desktop.services.book.handle import Book

log = logging.getLogger(__name__)

PNG_SCALE = 2.0
PNG_MAX_SIDE = 16384  # a very wide chart gets a smaller scale, not a picture nothing opens
NO_CONTACTS = QT_TRANSLATE_NOOP("ContactMap", "This account has no contacts yet.")


class MapFormatNotSupported(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path}: a contact map can be saved as .png or .svg; choose one of these."
    )


class MapNotWritten(KamError):
    template = QT_TRANSLATE_NOOP(
        "errors", "{path} could not be written. Check that the folder exists and is writable."
    )


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):  # a file needs no screen
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([APP_NAME])
    if not isinstance(app, QApplication):
        raise RuntimeError("drawing a contact map needs a QApplication, not a core application")
    install_cjk_font(app)
    return app


def map_language(language: str | None) -> MapLanguage:
    """The map's words in ``language`` ("zh_CN"/"en"), or as the installed translator says."""
    if not language:
        return MapLanguage()
    translator = QTranslator()  # kept alive by the bound method the map holds
    qm = resources.path(f"resources/i18n/kam_desktop_{language}.qm")
    if not (qm.is_file() and translator.load(str(qm))):
        log.warning("no translations for %s; the map's own words stay in English", language)
        return MapLanguage(language, lambda _context, text: text)
    return MapLanguage(language, translator.translate)


def render_map_file(book: Book, account_id: str, path: Path, language: str | None = None) -> None:
    """Write ``account_id``'s map to ``path``: PNG or SVG by its suffix.

    Raises ``MapFormatNotSupported`` for another suffix and ``MapNotWritten`` when the file
    cannot be written."""
    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg"):
        raise MapFormatNotSupported(path=path)
    _application()
    words = map_language(language)
    scene = ContactMapScene()
    data = load_map_data(book, account_id)
    scene.build(data, words)
    scene.setBackgroundBrush(QColor("white"))
    if not data.contacts:
        font = QFont()
        font.setPixelSize(16)
        text = scene.addSimpleText(words.tr(NO_CONTACTS), font)
        text.setBrush(TEXT)
        scene.setSceneRect(text.sceneBoundingRect().adjusted(-32, -32, 32, 32))
    write_scene(scene, path)


def write_scene(scene: QGraphicsScene, path: Path) -> None:
    """Paint the whole of ``scene`` into a PNG (2x) or SVG file at ``path``."""
    source = scene.sceneRect()
    if path.suffix.lower() == ".svg":
        _write_svg(scene, source, path)
    else:
        _write_png(scene, source, path)
    if not path.is_file() or path.stat().st_size == 0:
        raise MapNotWritten(path=path)


def png_scale(source: QRectF) -> float:
    """2x, or less for a chart whose 2x picture would be wider or taller than PNG_MAX_SIDE."""
    return min(PNG_SCALE, PNG_MAX_SIDE / max(source.width(), source.height(), 1.0))


def _write_png(scene: QGraphicsScene, source: QRectF, path: Path) -> None:
    scale = png_scale(source)
    size = QSize(round(source.width() * scale), round(source.height() * scale))
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(1.0)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, size.width(), size.height()), source)
    painter.end()
    if not image.save(str(path), "PNG"):
        raise MapNotWritten(path=path)


def _write_svg(scene: QGraphicsScene, source: QRectF, path: Path) -> None:
    if not path.parent.is_dir():
        raise MapNotWritten(path=path)
    generator = QSvgGenerator()
    generator.setFileName(str(path))
    generator.setSize(source.size().toSize())
    generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
    generator.setResolution(96)  # CSS pixels: a browser shows the map at 100 %
    generator.setTitle(APP_NAME)
    painter = QPainter()
    if not painter.begin(generator):
        raise MapNotWritten(path=path)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
