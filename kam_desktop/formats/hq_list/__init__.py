"""The HQ list readers (issue 10, point 1): customer lists, value figures and order lists as HQ
sends them — CSV in UTF-8, GBK, GB18030 or UTF-16 ("Unicode text"), XLSX or legacy XLS — read
into raw rows with their header, without knowing anything of the book.

Modules:

- ``reader``: the entry point, ``open_hq_list`` → ``HqList`` (``format``, ``header``,
  ``rows()``, ``skipped``, ``blank_rows``).
- ``model``: the plain data handed back (``DetectedFormat``, ``FileKind``, ``Header``,
  ``HeaderColumn``, ``RawRow``, ``Cell``, ``SkippedRow``, ``SkipReason``).
- ``encoding``: what a file is, and its text encoding (``sniff``, ``Sniffed``).
- ``csv_reader``: delimiter sniffing and lazy, line-numbered records (``detect_csv``,
  ``csv_rows``, ``DELIMITERS``).
- ``excel_reader``: the sheet chosen by its header, rows from calamine or openpyxl
  (``detect_workbook``, ``workbook_rows``); ``excel_cells``: cells as typed (``cell_value``,
  ``number_text``, ``padded_width``, ``has_padding_formats``).
- ``header``: the header row among the first rows (``find_header``, ``best_candidate``,
  ``header_of``, ``Candidate``, ``SEARCH_ROWS``); the synonyms are in
  ``domain.accounts.hq_columns``.
- ``rows``: blank, summary and repeated-header rows skipped, widths fixed (``data_rows``,
  ``Skips``).
- ``errors``: the readers' errors (``HqListEmpty``, ``HqListUnreadable``, ``NotAList``,
  ``UnknownEncoding``, ``BadDelimiter``, ``BadEncodingLine``, ``BadCsvLine``,
  ``WorkbookDamaged``, ``WorkbookProtected``, ``NoSuchSheet``, ``NoHeader``,
  ``MissingColumns``, ``TooManyCells``).
"""
