"""Unit tests of secframe.reports."""
