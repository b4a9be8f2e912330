"""The pages of the main window: one list per kind of record, with its filters and actions."""
