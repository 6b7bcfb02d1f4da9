"""Dialogs opened over a screen (open(), never exec()): consultations that need no wizard."""
