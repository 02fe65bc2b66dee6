"""The library page and the trainer's editor for exercise and plan files."""
