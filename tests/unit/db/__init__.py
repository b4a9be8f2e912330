"""Unit tests of secframe.db."""
