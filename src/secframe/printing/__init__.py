"""Painting documents with Qt: paged PDF output with running header and footer, page breaks
that never cut a table row, and the governor's brief as a PDF file or on a printer.

Above ``reports/`` (document content and matplotlib figures, Qt-free) and below ``ui/``; the
command line uses it with Qt's offscreen platform."""
