"""Excel exchange without Qt: the tracker workbook out and back in, foreign trackers, ACLED.

Long operations are plain functions taking a ``JobState`` (``export.run``, ``importer.run``,
``acled.run``) shared by the command line, the desktop app's workers and the tests. openpyxl
is imported inside the functions that need it, never when this package is imported.
"""
