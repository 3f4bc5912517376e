"""Page 2: how the file was read (encoding, delimiter, sheet, header row), changeable, and the
first rows as read, so the rep sees at once whether the characters came out right."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kam_desktop.formats.hq_list.csv_reader import DELIMITERS
from kam_desktop.formats.hq_list.model import FileKind
from kam_desktop.gui.hq_import.field_names import kind_label
from kam_desktop.gui.hq_import.import_state import ImportState
from kam_desktop.gui.hq_import.reading import read_overview
from kam_desktop.gui.retranslate import translate_ui

_READING = ("encoding", "delimiter", "sheet", "profile", "columns", "overview", "read_for")

ENCODINGS = ("utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "big5")


class FormatPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("formatPage")
        self._state = state
        self._reading = False
        self._filling = False  # combos set from the overview are not the rep's choice

        self.read_as = QLabel(self)
        self.read_as.setObjectName("readAsLabel")
        self.read_as.setWordWrap(True)
        self.encoding_combo = QComboBox(self)
        self.encoding_combo.setObjectName("encodingCombo")
        self.delimiter_combo = QComboBox(self)
        self.delimiter_combo.setObjectName("delimiterCombo")
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem("", delimiter)
        self.sheet_combo = QComboBox(self)
        self.sheet_combo.setObjectName("sheetCombo")
        self.header_row = QLabel(self)
        self.header_row.setObjectName("headerRowLabel")
        self.sample = QTableWidget(self)
        self.sample.setObjectName("sampleTable")
        self.sample.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.sample.setAlternatingRowColors(True)
        self.sample.verticalHeader().setVisible(False)
        self._labels = {key: QLabel(self) for key in ("encoding", "delimiter", "sheet", "header")}

        self._form = QFormLayout()
        self._form.addRow(self._labels["encoding"], self.encoding_combo)
        self._form.addRow(self._labels["delimiter"], self.delimiter_combo)
        self._form.addRow(self._labels["sheet"], self.sheet_combo)
        self._form.addRow(self._labels["header"], self.header_row)
        self._sample_label = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.read_as)
        layout.addLayout(self._form)
        layout.addWidget(self._sample_label)
        layout.addWidget(self.sample, 1)

        self.encoding_combo.activated.connect(self._on_encoding_chosen)
        self.delimiter_combo.activated.connect(self._on_delimiter_chosen)
        self.sheet_combo.activated.connect(self._on_sheet_chosen)
        translate_ui(self)

    # --- reading -------------------------------------------------------------------------------

    def initializePage(self) -> None:
        if self._state.overview is None:
            self._read()
        else:
            self._show()

    def isComplete(self) -> bool:
        return not self._reading and self._state.overview is not None

    def _read(self, on_failed: Callable[[], object] | None = None) -> None:
        self._reading = True
        self._show()

        def failed() -> None:
            if on_failed is not None:
                on_failed()
            self._on_read()

        read_overview(self, self._state, self._on_read, failed, self.tr("Reading the list…"))

    def _on_read(self) -> None:
        self._reading = False
        self._show()

    def _on_encoding_chosen(self, index: int) -> None:
        self._reread(encoding=self.encoding_combo.itemData(index))

    def _on_delimiter_chosen(self, index: int) -> None:
        self._reread(delimiter=self.delimiter_combo.itemData(index))

    def _on_sheet_chosen(self, index: int) -> None:
        self._reread(sheet=self.sheet_combo.itemData(index))

    def _reread(self, **how: str) -> None:
        if self._filling:
            return
        state = self._state
        before = {name: getattr(state, name) for name in _READING}

        def restore() -> None:  # that reading failed: back to the one that worked
            for name, value in before.items():
                setattr(state, name, value)

        state.forget_mapping()  # other columns may come out: the mapping starts afresh
        for name, value in how.items():
            setattr(state, name, value)
        self._read(restore)

    # --- showing -------------------------------------------------------------------------------

    def _show(self) -> None:
        self.completeChanged.emit()
        overview = self._state.overview
        fmt = overview.format if overview is not None else None
        is_text = fmt is not None and fmt.kind == FileKind.CSV
        for widget, shown in (
            (self.encoding_combo, is_text),
            (self.delimiter_combo, is_text),
            (self.sheet_combo, fmt is not None and not is_text),
            (self.header_row, fmt is not None),
        ):
            self._form.setRowVisible(widget, shown)
            widget.setEnabled(not self._reading)
        if self._reading:
            self.read_as.setText(self.tr("Reading the list…"))
        elif overview is None or fmt is None:
            self.read_as.setText(
                self.tr("This file could not be read as a list. Go back and choose another.")
            )
            self.sample.clear()
            self.sample.setRowCount(0)
            self.sample.setColumnCount(0)
            return
        if overview is None or fmt is None:
            return
        self._filling = True
        try:
            self._fill_combos()
        finally:
            self._filling = False
        self.header_row.setText(self.tr("Row %1").replace("%1", str(fmt.header_row)))
        if not self._reading:
            self.read_as.setText(self._read_as_text())
        self._fill_sample()

    def _read_as_text(self) -> str:
        overview = self._state.overview
        assert overview is not None
        fmt = overview.format
        kinds = {
            FileKind.CSV: self.tr("a text file (CSV)"),
            FileKind.XLSX: self.tr("an Excel workbook (.xlsx)"),
            FileKind.XLS: self.tr("an Excel 97–2003 workbook (.xls)"),
        }
        return (
            self.tr("%1 was read as %2: %3 with %n column(s).", "", len(overview.columns))
            .replace("%1", overview.path.name)
            .replace("%2", kinds[fmt.kind])
            .replace("%3", kind_label(overview.list_kind))
        )

    def _fill_combos(self) -> None:
        fmt = self._state.overview.format  # type: ignore[union-attr]
        encodings = list(ENCODINGS)
        if fmt.encoding and fmt.encoding not in encodings:
            encodings.append(fmt.encoding)  # charset-normalizer found something rarer
        self.encoding_combo.clear()
        for encoding in encodings:
            self.encoding_combo.addItem(_encoding_name(encoding), encoding)
        self.encoding_combo.setCurrentIndex(max(0, encodings.index(fmt.encoding or "utf-8")))
        index = self.delimiter_combo.findData(fmt.delimiter)
        self.delimiter_combo.setCurrentIndex(max(0, index))
        self.sheet_combo.clear()
        for sheet in fmt.sheets or ((fmt.sheet,) if fmt.sheet else ()):
            self.sheet_combo.addItem(sheet, sheet)
        self.sheet_combo.setCurrentIndex(max(0, self.sheet_combo.findData(fmt.sheet)))

    def _fill_sample(self) -> None:
        overview = self._state.overview
        assert overview is not None
        self.sample.clear()
        self.sample.setColumnCount(len(overview.columns))
        self.sample.setHorizontalHeaderLabels([c.header for c in overview.columns])
        self.sample.setRowCount(len(overview.sample))
        for row, cells in enumerate(overview.sample):
            for column, text in enumerate(cells[: len(overview.columns)]):
                self.sample.setItem(row, column, QTableWidgetItem(text))
        self.sample.resizeColumnsToContents()
        for column in range(self.sample.columnCount()):
            self.sample.setColumnWidth(column, min(self.sample.columnWidth(column), 260))

    def retranslate(self) -> None:
        self.setTitle(self.tr("How the file was read"))
        self.setSubTitle(
            self.tr(
                "Check that the names below read right. If they show as garbage, choose "
                "another encoding; if the columns run together, another delimiter."
            )
        )
        self._labels["encoding"].setText(self.tr("Encoding:"))
        self._labels["delimiter"].setText(self.tr("Delimiter:"))
        self._labels["sheet"].setText(self.tr("Sheet:"))
        self._labels["header"].setText(self.tr("Header row:"))
        self._sample_label.setText(self.tr("The first rows:"))
        names = {
            ",": self.tr("Comma ( , )"),
            "\t": self.tr("Tab"),
            ";": self.tr("Semicolon ( ; )"),
            "|": self.tr("Vertical bar ( | )"),
        }
        for index in range(self.delimiter_combo.count()):
            delimiter = self.delimiter_combo.itemData(index)
            self.delimiter_combo.setItemText(index, names.get(delimiter, delimiter))
        if self._state.overview is not None and not self._reading:
            self._show()


def _encoding_name(codec: str) -> str:
    """How a codec is known on a Chinese Windows desktop."""
    return {
        "utf-8": "UTF-8",
        "utf-8-sig": "UTF-8 (BOM)",
        "gbk": "GBK",
        "gb18030": "GB18030",
        "utf-16": "UTF-16 (Unicode)",
        "big5": "Big5",
    }.get(codec, codec)
