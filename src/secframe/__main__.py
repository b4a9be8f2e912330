"""`python -m secframe`: the same as the `secframe` command."""

from secframe.commands import main

raise SystemExit(main())
