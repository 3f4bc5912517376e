"""The whole account book, as typed SQLAlchemy 2.x models (DOMAIN.md §1-§9), one module per concern.

Every syncable table mixes in ``SyncedRow``; derived columns and tables (``value_score``,
``last_visit_on``, ``due_revisit_cache``, ...) are caches the services refresh and are not synced.

Modules: ``meta`` (``BookMeta``, ``Setting``), ``accounts`` (``Account``, ``AccountChange``),
``contacts`` (``Contact``, ``ContactLink``, ``RelationshipChange``), ``visits`` (``Visit``,
``VisitAttendee``, ``NextStep``, ``Complaint``), ``spin`` (``SpinQuestion``, ``VisitQuestion``,
``SpinNote``), ``value`` (``SalesOrder``, ``ValueRecord``, ``ValueModel``, ``ValueSnapshot``,
``IndicatorCache``),
``revisits`` (``RevisitItem``, ``DueRevisitCache``), ``hq_import`` (``ImportLog``,
``ImportMapping``, ``AccountHqBaseline``) and ``sync`` (``SyncPeer``, ``SyncBase``,
``SyncConflict``). ``SYNCED_MODELS``, every syncable model in the order sync walks them, is
defined here.

Why this package re-exports the models (the one exception to "import a name from the module
that defines it"): the models are one schema, not independent modules. Relationships between
them resolve by class name and the tables' foreign keys by table name, so none of them is
usable until all are registered on ``Base``; Alembic's autogenerate and ``SYNCED_MODELS`` need
every table too. Importing the package is what guarantees that, so importers name the package
(``from kam_desktop.db.models import Account, Contact``) rather than a submodule that would
work only when something else happened to load the rest. The split is for readers; the schema
stays one import.
"""

from __future__ import annotations

from kam_desktop.db.base import SyncedRow
from kam_desktop.db.models.accounts import Account, AccountChange
from kam_desktop.db.models.contacts import Contact, ContactLink, RelationshipChange
from kam_desktop.db.models.hq_import import AccountHqBaseline, ImportLog, ImportMapping
from kam_desktop.db.models.meta import BookMeta, Setting
from kam_desktop.db.models.revisits import DueRevisitCache, RevisitItem
from kam_desktop.db.models.spin import SpinNote, SpinQuestion, VisitQuestion
from kam_desktop.db.models.sync import SyncBase, SyncConflict, SyncPeer
from kam_desktop.db.models.value import (
    IndicatorCache,
    SalesOrder,
    ValueModel,
    ValueRecord,
    ValueSnapshot,
)
from kam_desktop.db.models.visits import Complaint, NextStep, Visit, VisitAttendee

SYNCED_MODELS: tuple[type[SyncedRow], ...] = (
    Setting,
    Account,
    AccountChange,
    Contact,
    ContactLink,
    RelationshipChange,
    Visit,
    VisitAttendee,
    NextStep,
    Complaint,
    SpinQuestion,
    VisitQuestion,
    SpinNote,
    SalesOrder,
    ValueRecord,
    ValueModel,
    RevisitItem,
)

__all__ = [
    "SYNCED_MODELS",
    "Account",
    "AccountChange",
    "AccountHqBaseline",
    "BookMeta",
    "Complaint",
    "Contact",
    "ContactLink",
    "DueRevisitCache",
    "ImportLog",
    "ImportMapping",
    "IndicatorCache",
    "NextStep",
    "RelationshipChange",
    "RevisitItem",
    "SalesOrder",
    "Setting",
    "SpinNote",
    "SpinQuestion",
    "SyncBase",
    "SyncConflict",
    "SyncPeer",
    "ValueModel",
    "ValueRecord",
    "ValueSnapshot",
    "Visit",
    "VisitAttendee",
    "VisitQuestion",
]
