"""KAM Desktop: an offline workstation for key account managers (大客户经理)."""

__version__ = "0.1.0"
APP_NAME = "KAM Desktop"
ORG_NAME = "KAM"
