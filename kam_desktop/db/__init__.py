"""The account book's schema and how a book is opened (SQLAlchemy + Alembic)."""
