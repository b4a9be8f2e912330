"""The schema revision this version of secframe writes (checked against Alembic by a test)."""

HEAD_REVISION = "0003_decision_points"
