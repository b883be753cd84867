"""Imported by the fork server of the extraction processes only (`pipeline.workers`, multiprocessing's
forkserver preload): the imports and one-off loads every worker forked from it then starts with."""
from .workers import warm

warm()
