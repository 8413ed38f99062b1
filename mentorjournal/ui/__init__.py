"""The Qt Widgets layer: a thin shell over `mentorjournal.core`."""
