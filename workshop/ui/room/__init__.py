"""The audience window and its views, one per kind of input: large, plain, nothing hidden shown."""
