"""Annotation layers over clean text: sentences, mentions, dates, quantities."""
