"""Charts (matplotlib figures) and printed briefs."""
