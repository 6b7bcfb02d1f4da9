"""The accusé de réception (acknowledgement receipt): French dates, HTML, paged documents, PDF.

Import the submodules: `french` is pure Python (the service may use it to spell dates in a
recap), while `render` and `pdf` need PySide6.QtGui.
"""
