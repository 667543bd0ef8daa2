"""Neutral documents (``model``) and their renderers (``pdf``, ``docx``, ``xlsx``, ``text``)."""
