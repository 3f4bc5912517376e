"""Page 3: which column feeds which field. Matched by the headers (or a saved mapping), each
changeable; unknown columns are ignored; a missing required field blocks the way on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kam_desktop.gui.error_dialogs import show_error
from kam_desktop.gui.hq_import.field_names import field_label
from kam_desktop.gui.hq_import.import_state import ImportState, missing_fields
from kam_desktop.gui.hq_import.reading import read_overview
from kam_desktop.gui.retranslate import translate_ui
from kam_desktop.services.hq_import.profiles import save_profile

COL_HEADER, COL_SAMPLE, COL_FIELD, COL_NOTE = range(4)


class MappingPage(QWizardPage):
    def __init__(self, state: ImportState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mappingPage")
        self._state = state
        self._reading = False
        self._combos: list[QComboBox] = []

        self.profile_combo = QComboBox(self)
        self.profile_combo.setObjectName("profileCombo")
        self._profile_label = QLabel(self)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("mappingTable")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.missing = QLabel(self)
        self.missing.setObjectName("missingLabel")
        self.missing.setWordWrap(True)
        self.missing.setStyleSheet("color: #b3261e; font-weight: 600;")
        self.save_edit = QLineEdit(self)
        self.save_edit.setObjectName("saveMappingEdit")
        self.save_edit.setMaxLength(80)
        self._save_label = QLabel(self)

        self._top = QFormLayout()
        self._top.addRow(self._profile_label, self.profile_combo)
        bottom = QFormLayout()
        bottom.addRow(self._save_label, self.save_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self._top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addLayout(bottom)

        self.profile_combo.activated.connect(self._on_profile_chosen)
        translate_ui(self)

    # --- Qt's wizard page ----------------------------------------------------------------------

    def initializePage(self) -> None:
        self._fill()

    def isComplete(self) -> bool:
        overview = self._state.overview
        return (
            not self._reading
            and overview is not None
            and not missing_fields(overview, self.mapping())
        )

    def validatePage(self) -> bool:
        state = self._state
        assert state.overview is not None
        mapping = self.mapping()
        if mapping != {c.index: c.field for c in state.overview.columns}:
            state.columns, state.profile = mapping, None
        name = self.save_edit.text().strip()
        if name:
            try:
                save_profile(state.book, name, state.overview, mapping)
            except Exception as exc:
                show_error(self, exc)
                return False
            state.profile = name
        return True

    # --- the mapping ---------------------------------------------------------------------------

    def mapping(self) -> dict[int, str | None]:
        """Column index → field, as the combos show it."""
        overview = self._state.overview
        if overview is None:
            return {}
        return {
            column.index: combo.currentData()
            for column, combo in zip(overview.columns, self._combos, strict=True)
        }

    def field_combo(self, column: int) -> QComboBox:
        return self._combos[column]

    def _fill(self) -> None:
        overview = self._state.overview
        self._combos = []
        self.table.setRowCount(0)
        if overview is None:
            self._update()
            return
        self.table.setRowCount(len(overview.columns))
        for row, column in enumerate(overview.columns):
            header = QTableWidgetItem(column.header or self.tr("(no header)"))
            self.table.setItem(row, COL_HEADER, header)
            self.table.setItem(row, COL_SAMPLE, QTableWidgetItem(_sample(overview.sample, row)))
            combo = QComboBox(self.table)
            combo.addItem(self.tr("Ignore"), None)
            for field in overview.fields:
                combo.addItem(field_label(field), field)
            combo.setCurrentIndex(max(0, combo.findData(column.field)))
            combo.activated.connect(lambda _index, row=row: self._on_field_chosen(row))
            self.table.setCellWidget(row, COL_FIELD, combo)
            self.table.setItem(row, COL_NOTE, QTableWidgetItem())
            self._combos.append(combo)
        self.table.resizeColumnsToContents()
        for column, widest in ((COL_HEADER, 220), (COL_SAMPLE, 280)):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), widest))
        self.table.setColumnWidth(COL_FIELD, max(self.table.columnWidth(COL_FIELD), 200))
        self._fill_profiles()
        self._update()

    def _fill_profiles(self) -> None:
        overview = self._state.overview
        assert overview is not None
        self.profile_combo.clear()
        self.profile_combo.addItem(self.tr("Matched by the headers"), None)
        for name in overview.profiles:
            self.profile_combo.addItem(name, name)
        self.profile_combo.setCurrentIndex(max(0, self.profile_combo.findData(overview.profile)))
        self._top.setRowVisible(self.profile_combo, bool(overview.profiles))

    def _on_field_chosen(self, row: int) -> None:
        field = self._combos[row].currentData()
        if field is not None:  # a field comes from one column: the other one lets go of it
            for other, combo in enumerate(self._combos):
                if other != row and combo.currentData() == field:
                    combo.setCurrentIndex(0)
        self._update()

    def _update(self) -> None:
        overview = self._state.overview
        if overview is not None and len(self._combos) == len(overview.columns):
            for row, column in enumerate(overview.columns):
                field = self._combos[row].currentData()
                item = self.table.item(row, COL_NOTE)
                if field is None and column.auto_field is None:
                    item.setText(self.tr("Not recognised: ignored"))
                elif field is None:
                    item.setText(self.tr("Ignored"))
                elif field != column.field:
                    item.setText(self.tr("Chosen by you"))
                elif overview.profile is not None:
                    item.setText(self.tr("From the saved mapping"))
                else:
                    item.setText(self.tr("Recognised by its header"))
                quiet = field is None
                item.setForeground(Qt.GlobalColor.gray if quiet else Qt.GlobalColor.black)
            missing = missing_fields(overview, self.mapping())
            names = self.tr(", ").join  # a list separator: "、" in Chinese
            self.missing.setText(
                self.tr(
                    "No column feeds the %1, which this list cannot do without. Choose the "
                    "column that holds it."
                ).replace("%1", names(field_label(f) for f in missing))
                if missing
                else ""
            )
            self.missing.setVisible(bool(missing))
        self.completeChanged.emit()

    def _on_profile_chosen(self, index: int) -> None:
        state = self._state
        name = self.profile_combo.itemData(index)
        assert state.overview is not None
        auto = {c.index: c.auto_field for c in state.overview.columns}
        state.profile, state.columns = name, (None if name else auto)
        self._reading = True
        self._update()
        read_overview(self, state, self._on_read, self._on_read, self.tr("Reading the list…"))

    def _on_read(self) -> None:
        self._reading = False
        self._fill()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(
            self.tr(
                "Columns were matched by their headers. Change any that is wrong; columns set "
                "to Ignore are not imported."
            )
        )
        self._profile_label.setText(self.tr("Saved mapping:"))
        self._save_label.setText(self.tr("Save this mapping as:"))
        self.save_edit.setPlaceholderText(
            self.tr("a name, to use it again for the next list like this one (optional)")
        )
        self.table.setHorizontalHeaderLabels(
            [self.tr("Column"), self.tr("Sample value"), self.tr("Field"), self.tr("Note")]
        )
        for combo in self._combos:  # relabelled in place: the rep's choices stay
            combo.setItemText(0, self.tr("Ignore"))
            for index in range(1, combo.count()):
                combo.setItemText(index, field_label(combo.itemData(index)))
        if self.profile_combo.count():
            self.profile_combo.setItemText(0, self.tr("Matched by the headers"))
        self._update()


def _sample(rows: tuple[tuple[str, ...], ...], column: int) -> str:
    """The first value the column has in the sample rows."""
    for cells in rows:
        if column < len(cells) and cells[column].strip():
            return cells[column]
    return ""
