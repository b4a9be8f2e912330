"""Unit tests of secframe.commands."""
