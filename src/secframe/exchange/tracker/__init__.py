"""The tracker workbook secframe writes and reads back: its layout, the export and the import."""
