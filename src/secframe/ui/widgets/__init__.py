"""Reusable input widgets: dates, amounts, pickers, filters, and errors shown beside fields."""
