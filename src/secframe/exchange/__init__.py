"""Excel tracker export and import, incident imports (no Qt)."""
