"""The PDF report (may paint with QtGui, never with widgets)."""
