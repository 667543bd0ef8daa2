"""The guard in the web app: the HTTP check API, the quarantine and guard events.
See docs/ARCHITECTURE.md."""
