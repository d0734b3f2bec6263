"""Serialise documents and events: JSONL/JSON per the contract, ACLED-column CSV."""

from sitrep.export.records import document_record, event_record, output_record

__all__ = ["document_record", "event_record", "output_record"]
