"""File formats at the edge: bytes in, plain data out, and back. Pure: imports neither Qt nor the
database layer nor the services. Module: ``vcard`` (one contact as one vCard and back).
"""
