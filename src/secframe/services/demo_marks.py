"""How the example data marks what it invented (read by the brief to say so)."""

ILLUSTRATIVE = "illustratif"
DEMO_SOURCE = "Données illustratives (exemple secframe)"
