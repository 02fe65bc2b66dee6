"""The files that ship with the app: exercises, plans, report templates, icons.

This folder is the package `workshop.resources` once installed (see
pyproject.toml); `workshop.paths` finds it through importlib.resources.
"""
