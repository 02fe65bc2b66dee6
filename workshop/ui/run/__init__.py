"""The facilitator's console for a running session: agenda, timer, schedule, notes, the room's
thumbnail, time-up cues, export.
"""
