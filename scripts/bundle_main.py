"""The bundle's entry point: `workshop` as the command and the window, from a frozen build."""

from workshop.cli import main

raise SystemExit(main())
