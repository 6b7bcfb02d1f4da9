"""Item models of the UI: fast tables over plain Python lists (never a QSortFilterProxyModel)."""

from ui.models.table import ROW_ROLE, SORT_ROLE, Column, TableModel, default_sort_key, display_text

__all__ = ["ROW_ROLE", "SORT_ROLE", "Column", "TableModel", "default_sort_key", "display_text"]
