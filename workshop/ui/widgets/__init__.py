"""Small widgets and styling shared by the screens: buttons, the step header, the timer, the themes."""
