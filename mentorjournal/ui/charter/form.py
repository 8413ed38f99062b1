"""The whole charter as one scrolling form, grouped in sections."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QWidget

from mentorjournal.ui.charter.editors import CharterEditors
from mentorjournal.ui.charter.fields import FIELD_TEXTS, SECTIONS
from mentorjournal.ui.widgets import look
from mentorjournal.ui.widgets.focus import chain


class CharterForm(QScrollArea):
    def __init__(self, editors: CharterEditors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName(self.tr("Charter form"))
        body = QWidget()
        body.setObjectName("charterForm")
        form = QFormLayout(body)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(8)
        rows: list[QWidget] = []
        for title, keys in SECTIONS:
            heading = QLabel(self.tr(title))
            heading.setObjectName("sectionTitle")
            look.heading(heading)
            form.addRow(heading)
            for key in keys:
                label = QLabel(self.tr(FIELD_TEXTS[key].question))
                label.setWordWrap(True)
                label.setFixedWidth(190)
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
                widget = editors.row_widget(key)
                label.setBuddy(widget)
                form.addRow(label, widget)
                rows.append(widget)
        self.setWidget(body)
        chain(rows)  # the editors are created field by field, not in the form's order
