"""Reusable widgets every screen is built on: the transaction wizard, its step bar, forms."""

from ui.widgets.form import ChoiceGroup, Form, normalize_field_name, plain_label
from ui.widgets.step_bar import StepBar
from ui.widgets.wizard import (
    Confirmation,
    EntryPage,
    RecapSection,
    StepKind,
    TransactionWizard,
    VerificationPage,
    WizardButton,
    default_receipt,
)

__all__ = [
    "ChoiceGroup",
    "Confirmation",
    "EntryPage",
    "Form",
    "RecapSection",
    "StepBar",
    "StepKind",
    "TransactionWizard",
    "VerificationPage",
    "WizardButton",
    "default_receipt",
    "normalize_field_name",
    "plain_label",
]
