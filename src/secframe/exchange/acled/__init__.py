"""ACLED exports (CSV or Excel): reading their layouts and importing their events as incidents."""
