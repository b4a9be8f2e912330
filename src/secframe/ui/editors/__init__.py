"""Editors of records (dialogs): one collects input, calls one service, shows the result."""
