"""The Sessions tab: check-ins, their actions, reciprocity, introductions and search."""
