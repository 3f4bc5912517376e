"""Value use cases: the derived caches on every account — sales, last order/visit/contact,
value score and tier, lifecycle stage. Module: ``derived``.
"""
