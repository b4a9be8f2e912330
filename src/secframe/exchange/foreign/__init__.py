"""Trackers in the secretariat's own layout: header detection, column mapping, vocabulary, import."""
