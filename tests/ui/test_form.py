"""The form helper: labels, required marks, accessible names, and service errors at their fields."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTableWidget
from pytestqt.qtbot import QtBot

from app.domain.errors import field_error
from app.domain.rules import format_phone
from ui import i18n
from ui.widgets import ChoiceGroup, Form


@pytest.fixture
def form(qtbot: QtBot) -> Form:
    widget = Form()
    qtbot.addWidget(widget)
    phone, extension = QLineEdit(), QLineEdit()
    extension.setMaximumWidth(70)
    widget.add_field("last_name", "&Nom de famille", QLineEdit(), required=True)
    widget.add_field("email", "Co&urriel", QLineEdit(), required=True)
    widget.add_field(
        "email_confirmation",
        "Con&firmation du courriel",
        QLineEdit(),
        required=True,
        in_recap=False,
    )
    widget.add_field(
        "phone",
        "&Téléphone (travail)",
        phone,
        required=True,
        hint="(10 chiffres)",
        display=lambda: format_phone(phone.text(), extension.text()),
    )
    widget.add_companion("phone", "phone_extension", "p&oste", extension)
    widget.add_field(
        "role",
        "&Rôle",
        ChoiceGroup([("utilisateur", "Utilisateur"), ("rse", "Responsable des services")]),
        required=True,
    )
    rights = QTableWidget(3, 2)
    rights.setAccessibleName("Droits d'accès")
    widget.add_widget(rights, name="rights")
    widget.add_field("terms", "J'accepte les &conditions", QCheckBox(), in_recap=False)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def line(form: Form, name: str) -> QLineEdit:
    widget = form.field(name)
    assert isinstance(widget, QLineEdit)
    return widget


def test_labels_mark_required_fields_and_are_buddies(form: Form) -> None:
    assert form.label("last_name").text() == "&Nom de famille*"
    assert form.label("last_name").buddy() is form.field("last_name")
    assert form.label("phone_extension").text() == "&Téléphone (travail)*"  # the row's label
    assert form.legend is not None and form.legend.text() == "* Champ obligatoire"


def test_fields_have_accessible_names_and_descriptions(form: Form) -> None:
    assert form.field("last_name").accessibleName() == "Nom de famille"
    assert form.field("phone_extension").accessibleName() == "poste"
    assert form.field("phone").accessibleDescription() == "(10 chiffres)"
    form.set_error("phone", "Le numéro de téléphone doit contenir 10 chiffres.")
    assert "10 chiffres." in form.field("phone").accessibleDescription()


def test_service_field_names_reach_their_widgets(form: Form) -> None:
    assert form.resolve("phone_extension") == "phone_extension"
    assert form.resolve("rights[0].services") == "rights"
    assert form.resolve("rights.2.access") == "rights"
    assert form.resolve("mandataire_id") is None
    form.add_alias("mandataire_id", "email")
    assert form.resolve("mandataire_id") == "email"


def test_errors_are_shown_under_their_row_and_the_rest_returned(form: Form) -> None:
    unplaced = form.show_errors(
        [
            field_error("phone_extension", "phone_extension_too_long"),
            field_error("phone", "phone_invalid"),
            field_error("rights[1].services", "services_required"),
            field_error("start_date", "date_invalid"),
        ]
    )
    assert [e.field for e in unplaced] == ["start_date"]
    assert form.error_label("phone").text() == (
        "Le numéro de téléphone doit contenir 10 chiffres.\n"
        "Le poste ne peut contenir plus de 4 chiffres."
    )
    assert form.error_label("phone").isVisible()
    assert form.error_label("rights").text() == "Avec restriction, cochez au moins un service."
    assert form.field("phone_extension").property("invalid") is True
    assert form.first_error_widget() is form.field("phone")
    assert form.focus_first_error()
    assert form.field("phone").hasFocus()

    form.clear_errors()
    assert form.errors() == {}
    assert not form.error_label("phone").isVisible()
    assert form.field("phone").property("invalid") is False


def test_errors_follow_the_interface_language(form: Form, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(i18n, "_language", "en")
    form.show_errors([field_error("email_confirmation", "email_mismatch")])
    assert form.error_label("email_confirmation").text() == (
        "The email confirmation must match the email."
    )


def test_required_fields_left_empty_are_reported_in_reading_order(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(line(form, "email"), "a@b.ca")
    missing = form.missing_required()
    assert [e.field for e in missing] == [
        "last_name",
        "email_confirmation",
        "phone",
        "role",
    ]
    assert {e.code for e in missing} == {"required"}


def test_values_and_the_recap(qtbot: QtBot, form: Form) -> None:
    qtbot.keyClicks(line(form, "last_name"), "McReady")
    qtbot.keyClicks(line(form, "email"), "sharron.mcready@leschampions.com")
    qtbot.keyClicks(line(form, "email_confirmation"), "sharron.mcready@leschampions.com")
    qtbot.keyClicks(line(form, "phone"), "5145226699")
    qtbot.keyClicks(line(form, "phone_extension"), "1234")
    role = form.field("role")
    assert isinstance(role, ChoiceGroup)
    qtbot.mouseClick(role.button("utilisateur"), Qt.MouseButton.LeftButton)

    values = form.values()
    assert values["role"] == "utilisateur"
    assert values["phone_extension"] == "1234"
    assert values["terms"] is False
    assert form.recap() == [
        ("Nom de famille", "McReady"),
        ("Courriel", "sharron.mcready@leschampions.com"),
        ("Téléphone (travail)", "514 522-6699 poste 1234"),
        ("Rôle", "Utilisateur"),
    ]


def test_a_companion_without_display_follows_the_main_value(qtbot: QtBot) -> None:
    form = Form(required_legend=False)
    qtbot.addWidget(form)
    form.add_field("phone", "Téléphone", QLineEdit("514 522-6699"))
    extension = form.add_companion("phone", "phone_extension", "poste", QLineEdit())
    assert form.recap() == [("Téléphone", "514 522-6699")]
    assert isinstance(extension, QLineEdit)
    extension.setText("12")
    assert form.recap() == [("Téléphone", "514 522-6699 poste 12")]


def test_a_choice_group_is_set_read_and_cleared(qtbot: QtBot) -> None:
    group = ChoiceGroup([("interne", "&Interne"), ("externe", "E&xterne")])
    qtbot.addWidget(group)
    with qtbot.waitSignal(group.changed) as changed:
        group.set_value("externe")
    assert changed.args == ["externe"]
    assert group.value() == "externe"
    assert group.display_text() == "Externe"
    group.set_value(None)
    assert group.value() is None and group.display_text() == ""
    with pytest.raises(KeyError):
        group.set_value("autre")


def test_a_name_cannot_be_used_twice(form: Form) -> None:
    with pytest.raises(ValueError, match="last_name"):
        form.add_field("last_name", "Nom", QLineEdit())
