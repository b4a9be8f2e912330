"""`python -m secframe`: the same as the `secframe` command."""

from secframe.cli import main

raise SystemExit(main())
