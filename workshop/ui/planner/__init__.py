"""The planner: compose and time an agenda, and save it as a plan."""
