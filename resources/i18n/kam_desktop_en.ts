<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountForm</name>
        <message>
            <source>Automatic (by the lifecycle rule)</source>
            <translation>Automatic (by the lifecycle rule)</translation>
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation>Automatic: %1</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>No account selected</translation>
        </message>
        <message>
            <source>Choose an account in the list to see its profile, or press Ctrl+N to add one.</source>
            <translation>Choose an account in the list to see its profile, or press Ctrl+N to add one.</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>Code %1</translation>
        </message>
        <message>
            <source>Sales, last 12 months: %1 (10k CNY)</source>
            <translation>Sales, last 12 months: %1 (10k CNY)</translation>
        </message>
        <message>
            <source>Last visit %1</source>
            <translation>Last visit %1</translation>
        </message>
        <message>
            <source>Part of %1</source>
            <translation>Part of %1</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>HQ data (updated by HQ customer lists)</source>
            <translation>HQ data (updated by HQ customer lists)</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>Customer code</translation>
        </message>
        <message>
            <source>Customer name *</source>
            <translation>Customer name *</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>Credit code</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Company size</translation>
        </message>
        <message>
            <source>HQ annual sales (10k CNY)</source>
            <translation>HQ annual sales (10k CNY)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Parent account (code)</source>
            <translation>Parent account (code)</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Sub-industry</source>
            <translation>Sub-industry</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Annual revenue (10k CNY)</source>
            <translation>Annual revenue (10k CNY)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Relationship and stage</source>
            <translation>Relationship and stage</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Account manager</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referred by (code)</source>
            <translation>Referred by (code)</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation>Sales stage</translation>
        </message>
        <message>
            <source>Relationship-marketing level</source>
            <translation>Relationship-marketing level</translation>
        </message>
        <message>
            <source>Relationship mode</source>
            <translation>Relationship mode</translation>
        </message>
        <message>
            <source>Tags and notes</source>
            <translation>Tags and notes</translation>
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation>Tags (comma-separated)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Delete account %1</source>
            <translation>Delete account %1</translation>
        </message>
        <message>
            <source>This account book has no accounts yet.

Press Ctrl+N to add your first account.</source>
            <translation>This account book has no accounts yet.

Press Ctrl+N to add your first account.</translation>
        </message>
        <message>
            <source>No account matches your search or filters.

Try fewer characters, or press “Clear filters”.</source>
            <translation>No account matches your search or filters.

Try fewer characters, or press “Clear filters”.</translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message>
            <source>Demo account book</source>
            <translation>Demo account book</translation>
        </message>
        <message>
            <source>Building the demo account book…</source>
            <translation>Building the demo account book…</translation>
        </message>
        <message>
            <source>KAM account book (*%1)</source>
            <translation>KAM account book (*%1)</translation>
        </message>
        <message>
            <source>Open account book</source>
            <translation>Open account book</translation>
        </message>
        <message>
            <source>New account book</source>
            <translation>New account book</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, code or city (Ctrl+F)</source>
            <translation>Search name, code or city (Ctrl+F)</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>Value tier</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>Region</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Lifecycle</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No account book open</source>
            <translation>No account book open</translation>
        </message>
        <message>
            <source>Account deleted. Press Ctrl+Z to undo.</source>
            <translation>Account deleted. Press Ctrl+Z to undo.</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n account(s)</source>
            <translation>
                <numerusform>Showing %1 of %n account</numerusform>
                <numerusform>Showing %1 of %n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>About %1</translation>
        </message>
        <message>
            <source>%1 %2

An offline workstation for key account managers: accounts, contact maps, visits and value, in one account book on your laptop.</source>
            <translation>%1 %2

An offline workstation for key account managers: accounts, contact maps, visits and value, in one account book on your laptop.</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Save your changes to this account before closing?</source>
            <translation>Save your changes to this account before closing?</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>&amp;Account</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>New account book…</source>
            <translation>New account book…</translation>
        </message>
        <message>
            <source>Open account book…</source>
            <translation>Open account book…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>Settings…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Quit</translation>
        </message>
        <message>
            <source>Find account</source>
            <translation>Find account</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>New account</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>Edit account</translation>
        </message>
        <message>
            <source>Save account</source>
            <translation>Save account</translation>
        </message>
        <message>
            <source>Delete account</source>
            <translation>Delete account</translation>
        </message>
        <message>
            <source>About KAM Desktop</source>
            <translation>About KAM Desktop</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
    </context>
    <context>
        <name>ValueModel</name>
        <message>
            <source>Overall value</source>
            <extracomment>Default weights [default]: realised value first, then potential, relationship and growth.</extracomment>
            <translation>Overall value</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>ID</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>Sales, last 12 months (10k CNY)</source>
            <translation>Sales, last 12 months (10k CNY)</translation>
        </message>
        <message>
            <source>{shown} of {total} accounts</source>
            <translation>{shown} of {total} accounts</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>Book</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>Device id</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>Schema revision</translation>
        </message>
        <message>
            <source>Newest revision</source>
            <translation>Newest revision</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>Created</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>Entity</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>Live</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <source>Created an empty account book: {path}</source>
            <translation>Created an empty account book: {path}</translation>
        </message>
        <message>
            <source>Built the demo account book: {path}</source>
            <translation>Built the demo account book: {path}</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {codes}</source>
            <translation>{value!r} is not one of: {codes}</translation>
        </message>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD)</source>
            <translation>{value!r} is not a date (YYYY-MM-DD)</translation>
        </message>
        <message>
            <source>{value!r} is not a positive whole number</source>
            <translation>{value!r} is not a positive whole number</translation>
        </message>
        <message>
            <source>language of messages and labels (default: from the locale)</source>
            <translation>language of messages and labels (default: from the locale)</translation>
        </message>
        <message>
            <source>show details (tracebacks, log) when something fails</source>
            <translation>show details (tracebacks, log) when something fails</translation>
        </message>
        <message>
            <source>the account book (.kambook file)</source>
            <translation>the account book (.kambook file)</translation>
        </message>
        <message>
            <source>list, search, filter and sort accounts</source>
            <translation>list, search, filter and sort accounts</translation>
        </message>
        <message>
            <source>List accounts. Filters of different kinds combine; repeated values of one kind mean any of them.</source>
            <translation>List accounts. Filters of different kinds combine; repeated values of one kind mean any of them.</translation>
        </message>
        <message>
            <source>part of a name, short name, code, city or credit code</source>
            <translation>part of a name, short name, code, city or credit code</translation>
        </message>
        <message>
            <source>HQ grade (A B C D)</source>
            <translation>HQ grade (A B C D)</translation>
        </message>
        <message>
            <source>value tier (platinum gold iron lead)</source>
            <translation>value tier (platinum gold iron lead)</translation>
        </message>
        <message>
            <source>industry section (A to T)</source>
            <translation>industry section (A to T)</translation>
        </message>
        <message>
            <source>lifecycle stage</source>
            <translation>lifecycle stage</translation>
        </message>
        <message>
            <source>account status</source>
            <translation>account status</translation>
        </message>
        <message>
            <source>province</source>
            <translation>province</translation>
        </message>
        <message>
            <source>city</source>
            <translation>city</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>account manager</translation>
        </message>
        <message>
            <source>column to sort by: {keys} (default: name)</source>
            <translation>column to sort by: {keys} (default: name)</translation>
        </message>
        <message>
            <source>sort descending</source>
            <translation>sort descending</translation>
        </message>
        <message>
            <source>list deleted accounts (the bin) instead</source>
            <translation>list deleted accounts (the bin) instead</translation>
        </message>
        <message>
            <source>show at most N accounts</source>
            <translation>show at most N accounts</translation>
        </message>
        <message>
            <source>output format (default: table)</source>
            <translation>output format (default: table)</translation>
        </message>
        <message>
            <source>KAM Desktop on the command line: create, inspect and list account books.</source>
            <translation>KAM Desktop on the command line: create, inspect and list account books.</translation>
        </message>
        <message>
            <source>create a new, empty account book</source>
            <translation>create a new, empty account book</translation>
        </message>
        <message>
            <source>the account manager who keeps this book</source>
            <translation>the account manager who keeps this book</translation>
        </message>
        <message>
            <source>build the demo account book</source>
            <translation>build the demo account book</translation>
        </message>
        <message>
            <source>where to write the demo book</source>
            <translation>where to write the demo book</translation>
        </message>
        <message>
            <source>the date the demo history ends on (default: today)</source>
            <translation>the date the demo history ends on (default: today)</translation>
        </message>
        <message>
            <source>replace the file at --out if it exists</source>
            <translation>replace the file at --out if it exists</translation>
        </message>
        <message>
            <source>show a book's identity, schema revision and counts</source>
            <translation>show a book's identity, schema revision and counts</translation>
        </message>
        <message>
            <source>work with accounts</source>
            <translation>work with accounts</translation>
        </message>
        <message>
            <source>unexpected error: {error}. Run the command again with --debug for details.</source>
            <translation>unexpected error: {error}. Run the command again with --debug for details.</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{path} already exists; it was not changed. Choose a new file name, or open the existing book.</source>
            <translation>{path} already exists; it was not changed. Choose a new file name, or open the existing book.</translation>
        </message>
        <message>
            <source>{path} already exists; it was not changed. Choose another path, or add --force to replace it with a fresh demo book.</source>
            <translation>{path} already exists; it was not changed. Choose another path, or add --force to replace it with a fresh demo book.</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>it is empty</translation>
        </message>
        <message>
            <source>it is not a database</source>
            <translation>it is not a database</translation>
        </message>
        <message>
            <source>it is another program's database</source>
            <translation>it is another program's database</translation>
        </message>
        <message>
            <source>it is damaged</source>
            <translation>it is damaged</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>it is a folder</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>the file does not exist</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>Something went wrong.</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}: {problem}</translation>
        </message>
        <message>
            <source>Not saved. Please correct: {details}</source>
            <translation>Not saved. Please correct: {details}</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>is required.</translation>
        </message>
        <message>
            <source>is too long (at most {limit} characters).</source>
            <translation>is too long (at most {limit} characters).</translation>
        </message>
        <message>
            <source>must have 18 characters; {count} were given.</source>
            <translation>must have 18 characters; {count} were given.</translation>
        </message>
        <message>
            <source>character {position} ({char}) is not allowed; use digits and capital letters except I, O, Z, S and V.</source>
            <translation>character {position} ({char}) is not allowed; use digits and capital letters except I, O, Z, S and V.</translation>
        </message>
        <message>
            <source>the check character should be {expected}, not {actual}; please check the code against the business licence.</source>
            <translation>the check character should be {expected}, not {actual}; please check the code against the business licence.</translation>
        </message>
        <message>
            <source>{value} is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</source>
            <translation>{value} is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</translation>
        </message>
        <message>
            <source>{value} is not an e-mail address (name@example.com).</source>
            <translation>{value} is not an e-mail address (name@example.com).</translation>
        </message>
        <message>
            <source>{value} is not a web address (www.example.com).</source>
            <translation>{value} is not a web address (www.example.com).</translation>
        </message>
        <message>
            <source>{value} is not one of the allowed values.</source>
            <translation>{value} is not one of the allowed values.</translation>
        </message>
        <message>
            <source>{value} is not a number.</source>
            <translation>{value} is not a number.</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>must not be negative.</translation>
        </message>
        <message>
            <source>{value} is already used by account {other}.</source>
            <translation>{value} is already used by account {other}.</translation>
        </message>
        <message>
            <source>an account cannot belong to itself or to one of its own subsidiaries.</source>
            <translation>an account cannot belong to itself or to one of its own subsidiaries.</translation>
        </message>
        <message>
            <source>No {what} with {key} was found in this book.</source>
            <translation>No {what} with {key} was found in this book.</translation>
        </message>
        <message>
            <source>This account was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>This account was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</translation>
        </message>
        <message>
            <source>{path} is not a KAM Desktop account book ({reason}). The file was not changed. Choose a .kambook file, or create a new book.</source>
            <translation>{path} is not a KAM Desktop account book ({reason}). The file was not changed. Choose a .kambook file, or create a new book.</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of KAM Desktop (schema {revision}). The file was not changed. Please update KAM Desktop to open it.</source>
            <translation>{path} was made by a newer version of KAM Desktop (schema {revision}). The file was not changed. Please update KAM Desktop to open it.</translation>
        </message>
        <message>
            <source>{path} could not be opened: {reason}. The file was not changed.</source>
            <translation>{path} could not be opened: {reason}. The file was not changed.</translation>
        </message>
        <message>
            <source>account</source>
            <translation>account</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>Cancelled. Nothing was changed.</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading accounts</source>
            <translation>Reading accounts</translation>
        </message>
        <message>
            <source>Summing sales</source>
            <translation>Summing sales</translation>
        </message>
        <message>
            <source>Reading visits and contacts</source>
            <translation>Reading visits and contacts</translation>
        </message>
        <message>
            <source>Scoring accounts</source>
            <translation>Scoring accounts</translation>
        </message>
        <message>
            <source>Saving accounts</source>
            <translation>Saving accounts</translation>
        </message>
        <message>
            <source>Saving contacts</source>
            <translation>Saving contacts</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <source>Cancelling…</source>
            <translation>Cancelling…</translation>
        </message>
    </context>
    <context>
        <name>ValueIndicator</name>
        <message>
            <source>Sales, last 12 months</source>
            <translation>Sales, last 12 months</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>Gross margin, last 12 months</translation>
        </message>
        <message>
            <source>Collection rate</source>
            <translation>Collection rate</translation>
        </message>
        <message>
            <source>Sales growth</source>
            <translation>Sales growth</translation>
        </message>
        <message>
            <source>Potential (untapped wallet)</source>
            <translation>Potential (untapped wallet)</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Company size</translation>
        </message>
        <message>
            <source>Relationship with key contacts</source>
            <translation>Relationship with key contacts</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Referral value</translation>
        </message>
    </context>
    <context>
        <name>AccountField</name>
        <message>
            <source>Customer code</source>
            <translation>Customer code</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>Customer name</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Short name</translation>
        </message>
        <message>
            <source>Parent account</source>
            <translation>Parent account</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>Credit code</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <source>City</source>
            <translation>City</translation>
        </message>
        <message>
            <source>District</source>
            <translation>District</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Sub-industry</source>
            <translation>Sub-industry</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>Company size</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>Referred by</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation>Sales stage</translation>
        </message>
        <message>
            <source>Relationship-marketing level</source>
            <translation>Relationship-marketing level</translation>
        </message>
        <message>
            <source>Relationship mode</source>
            <translation>Relationship mode</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Account manager</translation>
        </message>
        <message>
            <source>Annual revenue (10k CNY)</source>
            <translation>Annual revenue (10k CNY)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>Employees</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>Website</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>Tags</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>HQ annual sales (10k CNY)</source>
            <translation>HQ annual sales (10k CNY)</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>Value tier</translation>
        </message>
        <message>
            <source>Value score</source>
            <translation>Value score</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Last order</translation>
        </message>
    </context>
    <context>
        <name>RecordSource</name>
        <message>
            <source>HQ</source>
            <translation>HQ</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
    </context>
    <context>
        <name>RevisitState</name>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>Snoozed</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
    </context>
    <context>
        <name>RevisitRule</name>
        <message>
            <source>After order</source>
            <translation>After order</translation>
        </message>
        <message>
            <source>Repurchase due</source>
            <translation>Repurchase due</translation>
        </message>
        <message>
            <source>Periodic by tier</source>
            <translation>Periodic by tier</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>Complaint opened</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <translation>Complaint resolved</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>Holiday greeting</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Dormant account</source>
            <translation>Dormant account</translation>
        </message>
        <message>
            <source>Overdue next step</source>
            <translation>Overdue next step</translation>
        </message>
    </context>
    <context>
        <name>SpinStage</name>
        <message>
            <source>Situation</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Implication</source>
            <translation>Implication</translation>
        </message>
        <message>
            <source>Need-payoff</source>
            <translation>Need-payoff</translation>
        </message>
    </context>
    <context>
        <name>ComplaintStatus</name>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSeverity</name>
        <message>
            <source>Minor</source>
            <translation>Minor</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>Moderate</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>Serious</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>Critical</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCategory</name>
        <message>
            <source>Product quality</source>
            <translation>Product quality</translation>
        </message>
        <message>
            <source>Service staff</source>
            <translation>Service staff</translation>
        </message>
        <message>
            <source>Delivery and logistics</source>
            <translation>Delivery and logistics</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>Price</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
    </context>
    <context>
        <name>VisitPurpose</name>
        <message>
            <source>First visit</source>
            <translation>First visit</translation>
        </message>
        <message>
            <source>Needs research</source>
            <translation>Needs research</translation>
        </message>
        <message>
            <source>Solution demo</source>
            <translation>Solution demo</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>Negotiation</translation>
        </message>
        <message>
            <source>Contract signing</source>
            <translation>Contract signing</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>After-sales service</translation>
        </message>
        <message>
            <source>Revisit</source>
            <translation>Revisit</translation>
        </message>
        <message>
            <source>Complaint handling</source>
            <translation>Complaint handling</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>Holiday greeting</translation>
        </message>
    </context>
    <context>
        <name>VisitMethod</name>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>WeChat</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>Video call</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>Event</translation>
        </message>
    </context>
    <context>
        <name>VisitStatus</name>
        <message>
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Done</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>Cancelled</translation>
        </message>
        <message>
            <source>Rescheduled</source>
            <translation>Rescheduled</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>Missed</translation>
        </message>
    </context>
    <context>
        <name>RelationshipLevel</name>
        <message>
            <source>Doesn't know my name</source>
            <translation>Doesn't know my name</translation>
        </message>
        <message>
            <source>Knows my name</source>
            <translation>Knows my name</translation>
        </message>
        <message>
            <source>Likes me</source>
            <translation>Likes me</translation>
        </message>
        <message>
            <source>Is friendly to me</source>
            <translation>Is friendly to me</translation>
        </message>
        <message>
            <source>Respects me</source>
            <translation>Respects me</translation>
        </message>
        <message>
            <source>Values our relationship</source>
            <translation>Values our relationship</translation>
        </message>
    </context>
    <context>
        <name>Influence</name>
        <message>
            <source>High</source>
            <translation>High</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>Low</translation>
        </message>
    </context>
    <context>
        <name>Attitude</name>
        <message>
            <source>Strongly supportive</source>
            <translation>Strongly supportive</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>Supportive</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>Neutral</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>Opposed</translation>
        </message>
        <message>
            <source>Strongly opposed</source>
            <translation>Strongly opposed</translation>
        </message>
    </context>
    <context>
        <name>BuyingRole</name>
        <message>
            <source>Decider</source>
            <translation>Decider</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>Influencer</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>Buyer</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>Gatekeeper</translation>
        </message>
        <message>
            <source>Initiator</source>
            <translation>Initiator</translation>
        </message>
    </context>
    <context>
        <name>DecisionLevel</name>
        <message>
            <source>Decision level</source>
            <translation>Decision level</translation>
        </message>
        <message>
            <source>Influence level</source>
            <translation>Influence level</translation>
        </message>
        <message>
            <source>Execution level</source>
            <translation>Execution level</translation>
        </message>
    </context>
    <context>
        <name>ValueQuadrant</name>
        <message>
            <source>Advocate</source>
            <translation>Advocate</translation>
        </message>
        <message>
            <source>Affluent</source>
            <translation>Affluent</translation>
        </message>
        <message>
            <source>Promoter</source>
            <translation>Promoter</translation>
        </message>
        <message>
            <source>Miser</source>
            <translation>Miser</translation>
        </message>
    </context>
    <context>
        <name>RevisitSegment</name>
        <message>
            <source>High-value</source>
            <translation>High-value</translation>
        </message>
        <message>
            <source>High-contribution</source>
            <translation>High-contribution</translation>
        </message>
        <message>
            <source>General</source>
            <translation>General</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Dormant</translation>
        </message>
    </context>
    <context>
        <name>ValueTier</name>
        <message>
            <source>Platinum</source>
            <translation>Platinum</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>Gold</translation>
        </message>
        <message>
            <source>Iron</source>
            <translation>Iron</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>Lead</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMode</name>
        <message>
            <source>Basic</source>
            <translation>Basic</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>Reactive</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>Accountable</translation>
        </message>
        <message>
            <source>Proactive</source>
            <translation>Proactive</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>Partnership</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMarketingLevel</name>
        <message>
            <source>Level 1: financial</source>
            <translation>Level 1: financial</translation>
        </message>
        <message>
            <source>Level 2: social</source>
            <translation>Level 2: social</translation>
        </message>
        <message>
            <source>Level 3: structural</source>
            <translation>Level 3: structural</translation>
        </message>
    </context>
    <context>
        <name>SalesStage</name>
        <message>
            <source>Market analysis</source>
            <translation>Market analysis</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>Opportunity</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Bid &amp; contract</source>
            <translation>Bid &amp; contract</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>Implementation</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>Improvement</translation>
        </message>
    </context>
    <context>
        <name>LifecycleStage</name>
        <message>
            <source>Exploration</source>
            <translation>Exploration</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>Formation</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>Stability</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>Decline</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
    </context>
    <context>
        <name>AccountStatus</name>
        <message>
            <source>Prospect</source>
            <translation>Prospect</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>Customer</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>Dormant</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>Lost</translation>
        </message>
    </context>
    <context>
        <name>AccountSource</name>
        <message>
            <source>Call-in</source>
            <translation>Call-in</translation>
        </message>
        <message>
            <source>Self-developed</source>
            <translation>Self-developed</translation>
        </message>
        <message>
            <source>Advertising</source>
            <translation>Advertising</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>Referral</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>Trade show</translation>
        </message>
        <message>
            <source>Assigned by HQ</source>
            <translation>Assigned by HQ</translation>
        </message>
    </context>
    <context>
        <name>Industry</name>
        <message>
            <source>Agriculture, forestry, husbandry and fishery</source>
            <translation>Agriculture, forestry, husbandry and fishery</translation>
        </message>
        <message>
            <source>Mining</source>
            <translation>Mining</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>Manufacturing</translation>
        </message>
        <message>
            <source>Electricity, heat, gas and water supply</source>
            <translation>Electricity, heat, gas and water supply</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>Construction</translation>
        </message>
        <message>
            <source>Wholesale and retail</source>
            <translation>Wholesale and retail</translation>
        </message>
        <message>
            <source>Transport, storage and post</source>
            <translation>Transport, storage and post</translation>
        </message>
        <message>
            <source>Accommodation and catering</source>
            <translation>Accommodation and catering</translation>
        </message>
        <message>
            <source>Information, software and IT services</source>
            <translation>Information, software and IT services</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>Finance</translation>
        </message>
        <message>
            <source>Real estate</source>
            <translation>Real estate</translation>
        </message>
        <message>
            <source>Leasing and business services</source>
            <translation>Leasing and business services</translation>
        </message>
        <message>
            <source>Scientific research and technical services</source>
            <translation>Scientific research and technical services</translation>
        </message>
        <message>
            <source>Water, environment and public facilities</source>
            <translation>Water, environment and public facilities</translation>
        </message>
        <message>
            <source>Resident, repair and other services</source>
            <translation>Resident, repair and other services</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>Education</translation>
        </message>
        <message>
            <source>Health and social work</source>
            <translation>Health and social work</translation>
        </message>
        <message>
            <source>Culture, sports and entertainment</source>
            <translation>Culture, sports and entertainment</translation>
        </message>
        <message>
            <source>Public administration and social organisations</source>
            <translation>Public administration and social organisations</translation>
        </message>
        <message>
            <source>International organisations</source>
            <translation>International organisations</translation>
        </message>
    </context>
    <context>
        <name>SizeClass</name>
        <message>
            <source>Large</source>
            <translation>Large</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>Medium</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>Small</translation>
        </message>
        <message>
            <source>Micro</source>
            <translation>Micro</translation>
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <source>Grade A</source>
            <translation>Grade A</translation>
        </message>
        <message>
            <source>Grade B</source>
            <translation>Grade B</translation>
        </message>
        <message>
            <source>Grade C</source>
            <translation>Grade C</translation>
        </message>
        <message>
            <source>Grade D</source>
            <translation>Grade D</translation>
        </message>
    </context>
</TS>
