"""Document content without Qt: the brief's text and tables, charts and maps (matplotlib).

Painting them onto pages (PDF, printer) is ``secframe.printing``."""
