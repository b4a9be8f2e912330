"""Unit tests of secframe.services."""
