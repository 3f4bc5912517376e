"""An account's contacts: the Contacts tab and the contact form shared with the contact map."""
