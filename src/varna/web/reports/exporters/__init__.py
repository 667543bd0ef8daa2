"""One exporter per kind of document or export; ``base`` holds what they share."""
