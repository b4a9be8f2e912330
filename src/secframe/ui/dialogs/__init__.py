"""Small dialogs: questions, welcome, about, preferences."""
