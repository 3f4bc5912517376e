"""Account value in the domain (DOMAIN §7): value indicators, percentile scores and tiers
(``value``), lifecycle stage, revisit segment and relationship mode (``lifecycle``),
tier movers and the falling-value alert (``movers``), an account's tier history as runs
of months (``tier_runs``).
"""
