"""Unit tests of secframe.models."""
