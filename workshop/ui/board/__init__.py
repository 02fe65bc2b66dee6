"""The card board, shared by the console and the wall: its Qt model, view, delegate, tiles and the
moves a drop makes.
"""
