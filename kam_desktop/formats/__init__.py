"""The file formats KAM reads and writes: bytes in, plain data out, and back.

A format knows a file's layout, encodings and quirks, and the errors that name the file, the
card or row and the field at fault; it knows nothing of the book. It imports only ``domain``,
the standard library and format libraries (vobject, icalendar, ...): never the database layer,
the services or Qt. The services read the book, hand plain rows to a format, and write what a
format read into the book.

Modules:

- ``atomic_file``: the one file writer every export goes through: a temporary file beside the
  target, renamed over it; the old file kept on any error; ordinary permissions
  (``write_atomically``, ``write_bytes_atomically``, ``write_text_atomically``).
- ``vcard``: one contact as one vCard and back (``to_card``, ``from_card``, ``CardContact``,
  ``PROPERTY``, ``split_name``, ``card_name``, ``COMPOUND_SURNAMES``, ``BadDate``).
- ``vcard_file``: a whole vCard file of one account's contacts: ``read_vcard_file`` (decode,
  parse, validate, resolve reporting lines; ``FileContact``), ``vcard_text``,
  ``write_vcard_file``, and the file's errors (``VCardUnreadable``, ``VCardNotWritten``,
  ``NotAVCard``, ``BadVCardLine``, ``BadVCard``).
- ``ics``: planned visits as an RFC 5545 calendar (``CalendarVisit``, ``Attendee``,
  ``visits_calendar``, ``write_ics_file``, ``PRODID``, ``UID_DOMAIN``, ``DEFAULT_LENGTH``).

- ``hq_list``: a package, the HQ list readers (customer lists, value figures, orders as CSV,
  "Unicode text", XLSX or XLS): ``hq_list.reader.open_hq_list`` → format, header, lazy rows.

The next formats live here too: the Excel report writer and the sync package reader/writer.
"""
