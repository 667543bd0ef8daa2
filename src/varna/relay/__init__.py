"""The SMTP relay: the guard in the mail flow (``varna relay``).

Layout: ``config`` (TOML + flags), ``examine`` (judging, in threads), ``decision``,
``headers`` and ``replies`` (pure), ``upstream`` (async client in lockstep with
the sending MTA), ``handler`` (aiosmtpd hooks and the custody rule), ``server``
(one worker's event loop), ``supervisor`` (workers, restarts, metrics endpoint),
``custody`` (what is handed to storage), ``notice``, ``metrics``, ``logs``.
See docs/ARCHITECTURE.md.
"""
