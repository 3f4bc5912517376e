"""An account's contacts: the Contacts tab and the contact form shared with the contact map."""

from kam_desktop.gui.contacts.contact_dialog import ContactDialog
from kam_desktop.gui.contacts.contacts_tab import ContactsTab

__all__ = ["ContactDialog", "ContactsTab"]
