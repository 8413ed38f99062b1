"""The Qt-free core: models, store, services, metrics. Never imports Qt widgets."""
