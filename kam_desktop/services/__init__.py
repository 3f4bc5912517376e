"""Use cases shared by the GUI and the CLI. Qt-free; they return plain dataclasses."""
