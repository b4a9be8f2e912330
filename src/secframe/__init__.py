"""secframe: the secretariat's tracker for collaborative security management frameworks."""

__version__ = "0.1.0"
