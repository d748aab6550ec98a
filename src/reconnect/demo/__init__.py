"""The demo: sample accounts and data for a first look (``reconnect demo``)."""
