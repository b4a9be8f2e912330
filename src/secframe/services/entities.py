"""Translatable names of the records, used in messages such as "Commitment 12 does not exist"."""

from secframe.i18n import QT_TRANSLATE_NOOP, msg

FRAMEWORK = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Framework"))
MEMBER = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Member"))
COMMITMENT = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Commitment"))
RESOURCE_NEED = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Resource need"))
PLACE = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Place"))
AXIS = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Axis"))
MEETING = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Session"))
INCIDENT = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Incident"))
RESULT = msg("Entity", QT_TRANSLATE_NOOP("Entity", "Result"))
