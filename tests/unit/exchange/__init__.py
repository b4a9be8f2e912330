"""Unit tests of secframe.exchange."""
