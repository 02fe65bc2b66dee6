"""What the report's light modules share without importing Jinja: the default page size, a folder."""

from __future__ import annotations

from os import PathLike

DEFAULT_PAGE_SIZE = "a4"
Folder = str | PathLike[str]
