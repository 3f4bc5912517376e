"""Writing one month's value snapshots: rows in their stored form, and only the rows that
changed.

A snapshot row's indicators are a JSON object of a fixed shape (the indicators in
``INDICATORS`` order, then the lifecycle stage's code). Writing that text directly, rather
than ``json.dumps`` of a dict per row, and updating only the rows whose score, tier or
indicators differ from what the month holds, keeps the daily snapshot of 100,000 accounts well
under a second; most days most rows are unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from sqlalchemy.engine import Connection

from kam_desktop.domain.value.scoring import FloatArray
from kam_desktop.domain.value.value import INDICATORS
from kam_desktop.services.value.snapshot_cutoffs import month_cutoffs, remember

#: The indicators JSON key that holds the lifecycle stage's code.
STAGE_KEY = "lifecycle_stage"

_TABLE = "value_snapshot"
_CHUNK = 5000  # rows per executemany: bounded parameter lists


#: One account's snapshot as stored: account id, score, tier code, indicators JSON text.
SnapshotRow = tuple[str, float | None, str | None, str]

_TEMPLATE = "{" + ", ".join(f'"{name}": %s' for name in (*INDICATORS, STAGE_KEY)) + "}"


def snapshot_rows(
    account_ids: Sequence[str],
    scores: Sequence[float | None],
    tier_codes: Sequence[str | None],
    matrix: FloatArray,
    stage_codes: Sequence[object],
) -> list[SnapshotRow]:
    """The stored form of the month's rows; ``matrix`` row i holds ``account_ids[i]``'s
    indicators in ``INDICATORS`` order (NaN or infinity: JSON null).

    Built a column at a time — ``repr`` is what ``json.dumps`` writes for a float — because a
    ``json.dumps`` per row was most of the time of writing 100,000 snapshots.
    """
    clean = np.where(np.isfinite(matrix), matrix, np.nan)
    columns = [_json_numbers(clean[:, j].tolist()) for j in range(clean.shape[1])]
    columns.append(["null" if code is None else f'"{code}"' for code in stage_codes])
    texts = [_TEMPLATE % values for values in zip(*columns, strict=True)]
    return list(zip(account_ids, scores, tier_codes, texts, strict=True))


def _json_numbers(values: list[float]) -> list[str]:
    """JSON numbers for a column: ``repr`` of each, NaN ("no data") as null. Joined and split
    once so the replacing runs in C: no float's repr contains "nan" but NaN's own (and
    infinities were made NaN). Integer counts are stored as floats ("4.0") alike."""
    if not values:
        return []
    return "\x1f".join(map(repr, values)).replace("nan", "null").split("\x1f")


def write_month(
    conn: Connection, month: str, model_id: str | None, rows: Sequence[SnapshotRow]
) -> int:
    """Make the month's snapshots for ``model_id`` exactly ``rows``: update the rows that
    differ, insert the new accounts', delete those of accounts no longer scored, and keep the
    month's tier cut-offs. The number of rows written (updated, inserted or deleted)."""
    stored = {
        account_id: (row_id, score, tier, indicators)
        for row_id, account_id, score, tier, indicators in conn.exec_driver_sql(
            f"SELECT id, account_id, score, tier, indicators FROM {_TABLE} "
            "WHERE month = ? AND model_id IS ?",
            (month, model_id),
        ).fetchall()
    }
    updates, inserts = [], []
    for account_id, score, tier, indicators in rows:
        old = stored.pop(account_id, None)
        if old is None:
            inserts.append((account_id, model_id, month, indicators, score, tier))
        elif old[1:] != (score, tier, indicators):
            updates.append((score, tier, indicators, old[0]))
    gone = [(row_id,) for row_id, *_ in stored.values()]
    _many(conn, f"UPDATE {_TABLE} SET score = ?, tier = ?, indicators = ? WHERE id = ?", updates)
    _many(
        conn,
        f"INSERT INTO {_TABLE} (account_id, model_id, month, indicators, score, tier) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        inserts,
    )
    _many(conn, f"DELETE FROM {_TABLE} WHERE id = ?", gone)
    remember(conn, model_id, month, month_cutoffs(rows))
    return len(updates) + len(inserts) + len(gone)


def _many(conn: Connection, sql: str, params: list[tuple[object, ...]]) -> None:
    for start in range(0, len(params), _CHUNK):
        conn.exec_driver_sql(sql, params[start : start + _CHUNK])


__all__ = ["STAGE_KEY", "SnapshotRow", "snapshot_rows", "write_month"]
