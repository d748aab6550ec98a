"""The web layer: request dependencies, templating, security and the base layout."""
