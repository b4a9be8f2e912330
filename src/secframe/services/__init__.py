"""Use cases: validate, change, query and aggregate (no Qt).

Every function takes a Session as its first argument and never commits: the caller's unit of
work (``Database.write()``) commits once per user action, or rolls everything back.
Functions return frozen dataclasses, never live ORM objects.
"""
