"""Pure-Python domain: enumerations, validation, scores and rules. No Qt, no SQLAlchemy."""
