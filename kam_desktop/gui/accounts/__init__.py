"""The Accounts page: list, filters, profile form."""
