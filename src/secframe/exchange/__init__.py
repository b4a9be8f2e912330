"""Excel exchange without Qt: the tracker workbook out and back in (``tracker/``), trackers in
the secretariat's own layout (``foreign/``) and ACLED exports (``acled/``); ``importer``
dispatches a workbook to the right one, ``import_report`` is what an import found and did.

Long operations are plain functions taking a ``JobState`` (``tracker.export.run``,
``importer.run``, ``acled.importer.run``) shared by the command line, the desktop app's workers and the tests. openpyxl
is imported inside the functions that need it, never when this package is imported.
"""
