"""SPIN: an account's board of notes by stage, the note form and the question bank."""
