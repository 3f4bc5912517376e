<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AccountField</name>
        <message>
            <source>Account code</source>
            <extracomment>What a customer list may fill in on a new account (the rest is the rep's to learn). Above this many names (book + new) look-alikes are not looked for (see ``_near_duplicates``).</extracomment>
            <translation>Account code</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>Credit code</translation>
        </message>
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
            <source>SPIN reached: %1</source>
            <translation>SPIN reached: %1</translation>
        </message>
        <message>
            <source>Visit due %1</source>
            <translation>Visit due %1</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s) in the contact map</source>
            <translation>
                <numerusform>%n gap in the contact map</numerusform>
                <numerusform>%n gaps in the contact map</numerusform>
            </translation>
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
        <name>AccountPicker</name>
        <message>
            <source>Log an unplanned visit</source>
            <translation>Log an unplanned visit</translation>
        </message>
        <message>
            <source>Which account was the visit with?</source>
            <translation>Which account was the visit with?</translation>
        </message>
        <message>
            <source>Name, short name or code</source>
            <translation>Name, short name or code</translation>
        </message>
        <message numerus="yes">
            <source>%n more: type more of the name to narrow the list.</source>
            <translation>
                <numerusform>%n more: type more of the name to narrow the list.</numerusform>
                <numerusform>%n more: type more of the name to narrow the list.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTableModel</name>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
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
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Lifecycle</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Visit due</source>
            <translation>Visit due</translation>
        </message>
        <message>
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Map gaps</source>
            <translation>Map gaps</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountVisitsTab</name>
        <message>
            <source>Cancel visit</source>
            <translation>Cancel visit</translation>
        </message>
        <message>
            <source>Why is this visit cancelled? (optional)</source>
            <translation>Why is this visit cancelled? (optional)</translation>
        </message>
        <message>
            <source>Delete visit of %1</source>
            <translation>Delete visit of %1</translation>
        </message>
        <message>
            <source>Plan visit…</source>
            <translation>Plan visit…</translation>
        </message>
        <message>
            <source>Log outcome…</source>
            <translation>Log outcome…</translation>
        </message>
        <message>
            <source>Log unplanned visit…</source>
            <translation>Log unplanned visit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Plan a visit with its objective and questions</source>
            <translation>Plan a visit with its objective and questions</translation>
        </message>
        <message>
            <source>Record what happened at the chosen planned visit</source>
            <translation>Record what happened at the chosen planned visit</translation>
        </message>
        <message>
            <source>Record a call or meeting that was not planned beforehand</source>
            <translation>Record a call or meeting that was not planned beforehand</translation>
        </message>
        <message>
            <source>Delete the chosen visit (Ctrl+Z undoes it)</source>
            <translation>Delete the chosen visit (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <source>Choose an account to see its visits.</source>
            <translation>Choose an account to see its visits.</translation>
        </message>
        <message>
            <source>No visits yet. Plan the first one, or log a call that already happened.</source>
            <translation>No visits yet. Plan the first one, or log a call that already happened.</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Profile</source>
            <translation>Profile</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>Map</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
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
        <name>AgendaFilters</name>
        <message>
            <source>All owners</source>
            <translation>All owners</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Planned visits whose time has passed</source>
            <translation>Planned visits whose time has passed</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Visits planned for today</source>
            <translation>Visits planned for today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Monday to Sunday of this week</source>
            <translation>Monday to Sunday of this week</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>Next 7 days</translation>
        </message>
        <message>
            <source>Today and the six days after</source>
            <translation>Today and the six days after</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>Range:</translation>
        </message>
        <message>
            <source>The days chosen on the right</source>
            <translation>The days chosen on the right</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>All tiers and grades</source>
            <translation>All tiers and grades</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>All methods</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>All statuses</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsPage</name>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Tier changes</source>
            <translation>Tier changes</translation>
        </message>
        <message>
            <source>No value snapshots yet: tier changes show once two months are scored.</source>
            <translation>No value snapshots yet: tier changes show once two months are scored.</translation>
        </message>
        <message>
            <source>Tier changes in %1</source>
            <translation>Tier changes in %1</translation>
        </message>
        <message>
            <source>No account changed tier in %1.</source>
            <translation>No account changed tier in %1.</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>Owner:</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>Province:</translation>
        </message>
        <message>
            <source>Industry:</source>
            <translation>Industry:</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>Grade:</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Score change</source>
            <translation>Score change</translation>
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
            <source>Updating value tiers, map gaps and due visits…</source>
            <translation>Updating value tiers, map gaps and due visits…</translation>
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
        <name>AttendeePicker</name>
        <message>
            <source>(no longer a contact)</source>
            <translation>(no longer a contact)</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Changes</translation>
        </message>
        <message>
            <source>⚠ edited locally</source>
            <translation>⚠ edited locally</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>Copy chart</source>
            <translation>Copy chart</translation>
        </message>
        <message>
            <source>Save chart as…</source>
            <translation>Save chart as…</translation>
        </message>
        <message>
            <source>Save chart as</source>
            <translation>Save chart as</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG image (*.png);;SVG drawing (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Sales and gross margin by month</source>
            <translation>Sales and gross margin by month</translation>
        </message>
        <message>
            <source>10k CNY</source>
            <translation>10k CNY</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>Gross margin</translation>
        </message>
        <message>
            <source>No sales figure</source>
            <translation>No sales figure</translation>
        </message>
        <message>
            <source>No margin figure</source>
            <translation>No margin figure</translation>
        </message>
        <message>
            <source>No sales or margin figures yet.</source>
            <translation>No sales or margin figures yet.</translation>
        </message>
        <message>
            <source>Indicators against the tier median</source>
            <translation>Indicators against the tier median</translation>
        </message>
        <message>
            <source>Percentile rank in the book (0–100)</source>
            <translation>Percentile rank in the book (0–100)</translation>
        </message>
        <message>
            <source>This account</source>
            <translation>This account</translation>
        </message>
        <message>
            <source>Median of {tier}</source>
            <translation>Median of {tier}</translation>
        </message>
        <message>
            <source>Median of all accounts</source>
            <translation>Median of all accounts</translation>
        </message>
        <message>
            <source>No indicators to show.</source>
            <translation>No indicators to show.</translation>
        </message>
        <message>
            <source>Accounts by lifecycle stage</source>
            <translation>Accounts by lifecycle stage</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Not enough data</source>
            <translation>Not enough data</translation>
        </message>
        <message>
            <source>No accounts to show.</source>
            <translation>No accounts to show.</translation>
        </message>
        <message>
            <source>Pareto curve of sales</source>
            <translation>Pareto curve of sales</translation>
        </message>
        <message>
            <source>Share of accounts, largest first</source>
            <translation>Share of accounts, largest first</translation>
        </message>
        <message>
            <source>Cumulative share of sales</source>
            <translation>Cumulative share of sales</translation>
        </message>
        <message>
            <source>Cumulative sales</source>
            <translation>Cumulative sales</translation>
        </message>
        <message>
            <source>Equal shares</source>
            <translation>Equal shares</translation>
        </message>
        <message>
            <source>{accounts} of accounts bring 80% of sales</source>
            <translation>{accounts} of accounts bring 80% of sales</translation>
        </message>
        <message>
            <source>Accounts not counted (no sales figure): {count}</source>
            <translation>Accounts not counted (no sales figure): {count}</translation>
        </message>
        <message>
            <source>No sales to compare yet.</source>
            <translation>No sales to compare yet.</translation>
        </message>
        <message>
            <source>Lifetime value and referral value</source>
            <translation>Lifetime value and referral value</translation>
        </message>
        <message>
            <source>Lifetime value (10k CNY)</source>
            <translation>Lifetime value (10k CNY)</translation>
        </message>
        <message>
            <source>Referral value (10k CNY)</source>
            <translation>Referral value (10k CNY)</translation>
        </message>
        <message>
            <source>Medians</source>
            <translation>Medians</translation>
        </message>
        <message>
            <source>Accounts not shown (no lifetime or referral value): {count}</source>
            <translation>Accounts not shown (no lifetime or referral value): {count}</translation>
        </message>
        <message>
            <source>No account has both a lifetime and a referral value yet.</source>
            <translation>No account has both a lifetime and a referral value yet.</translation>
        </message>
        <message>
            <source>Advocates</source>
            <translation>Advocates</translation>
        </message>
        <message>
            <source>Affluent</source>
            <translation>Affluent</translation>
        </message>
        <message>
            <source>Promoters</source>
            <translation>Promoters</translation>
        </message>
        <message>
            <source>Misers</source>
            <translation>Misers</translation>
        </message>
        <message>
            <source>Value score over time</source>
            <translation>Value score over time</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>No value score yet.</source>
            <translation>No value score yet.</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>No data</translation>
        </message>
        <message>
            <source>Value pyramid</source>
            <translation>Value pyramid</translation>
        </message>
        <message>
            <source>Accounts: {count} ({share}) · share of value: {value}</source>
            <translation>Accounts: {count} ({share}) · share of value: {value}</translation>
        </message>
        <message>
            <source>Accounts: {count} ({share}) · value: no data</source>
            <translation>Accounts: {count} ({share}) · value: no data</translation>
        </message>
        <message>
            <source>Accounts not scored (no indicator data): {count}</source>
            <translation>Accounts not scored (no indicator data): {count}</translation>
        </message>
        <message>
            <source>No scored accounts yet.</source>
            <translation>No scored accounts yet.</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>What the complaint is about</source>
            <translation>What the complaint is about</translation>
        </message>
        <message>
            <source>Resolved, on</source>
            <translation>Resolved, on</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>Resolved on</translation>
        </message>
        <message>
            <source>— category —</source>
            <translation>— category —</translation>
        </message>
        <message>
            <source>Add comp&amp;laint</source>
            <translation>Add comp&amp;laint</translation>
        </message>
        <message>
            <source>Ctrl+Del in a complaint removes it</source>
            <translation>Ctrl+Del in a complaint removes it</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Person</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>Name *</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <source>Reaching them</source>
            <translation>Reaching them</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
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
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Tick when you know the birthday: it feeds birthday greetings.</source>
            <translation>Tick when you know the birthday: it feeds birthday greetings.</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>Background</translation>
        </message>
        <message>
            <source>Role in the buying decision</source>
            <translation>Role in the buying decision</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>Decision level</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>Buying roles</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>Marks</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>Key decision maker</translation>
        </message>
        <message>
            <source>Coach (our friend inside)</source>
            <translation>Coach (our friend inside)</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>Relationship level</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>Reason for the change</translation>
        </message>
        <message>
            <source>What happened? (kept in the relationship history)</source>
            <translation>What happened? (kept in the relationship history)</translation>
        </message>
        <message>
            <source>What drives them</source>
            <translation>What drives them</translation>
        </message>
        <message>
            <source>Personal wins</source>
            <translation>Personal wins</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Plan for an opponent</source>
            <translation>Plan for an opponent</translation>
        </message>
        <message>
            <source>For a contact who opposes us: how we win them over or work around them.</source>
            <translation>For a contact who opposes us: how we win them over or work around them.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>New contact</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>Contact: %1</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>not known</translation>
        </message>
    </context>
    <context>
        <name>ContactHistoryPanel</name>
        <message>
            <source>Choose a contact to see how the relationship has developed.</source>
            <extracomment>What moves a contact from level n to n + 1 (the literature's suggestions, DOMAIN §3.1).</extracomment>
            <translation>Choose a contact to see how the relationship has developed.</translation>
        </message>
        <message>
            <source>Relationship history: %1</source>
            <translation>Relationship history: %1</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>No changes recorded yet.</translation>
        </message>
        <message>
            <source>started at %1</source>
            <translation>started at %1</translation>
        </message>
        <message>
            <source>Level %1 · %2</source>
            <translation>Level %1 · %2</translation>
        </message>
        <message>
            <source>Next step: %1 → %2 · %3</source>
            <translation>Next step: %1 → %2 · %3</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>From → to</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>ContactMap</name>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>Key decision maker</translation>
        </message>
        <message>
            <source>Relationship level 0–5</source>
            <translation>Relationship level 0–5</translation>
        </message>
        <message>
            <source>Coverage gap</source>
            <translation>Coverage gap</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Influences</translation>
        </message>
        <message>
            <source>This account has no contacts yet.</source>
            <translation>This account has no contacts yet.</translation>
        </message>
    </context>
    <context>
        <name>ContactMapTab</name>
        <message>
            <source>Choose an account to see its contact map.</source>
            <translation>Choose an account to see its contact map.</translation>
        </message>
        <message>
            <source>This account has no contacts yet.

Add them on the Contacts tab: the map draws itself from who reports to whom.</source>
            <translation>This account has no contacts yet.

Add them on the Contacts tab: the map draws itself from who reports to whom.</translation>
        </message>
        <message>
            <source>Move %1 under %2</source>
            <translation>Move %1 under %2</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG drawing (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>Export contact map</source>
            <translation>Export contact map</translation>
        </message>
        <message>
            <source>Contact map</source>
            <translation>Contact map</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Zoom in (+, or Ctrl and the mouse wheel)</source>
            <translation>Zoom in (+, or Ctrl and the mouse wheel)</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom out (−, or Ctrl and the mouse wheel)</source>
            <translation>Zoom out (−, or Ctrl and the mouse wheel)</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>Fit</translation>
        </message>
        <message>
            <source>Fit the whole map in the window (0)</source>
            <translation>Fit the whole map in the window (0)</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>Export PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>Export SVG…</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>Rules…</translation>
        </message>
        <message>
            <source>When the map shows a coverage gap (for the whole book)</source>
            <translation>When the map shows a coverage gap (for the whole book)</translation>
        </message>
        <message>
            <source>Drag a card onto another card to change whom that contact reports to. Double-click a card to edit the contact. Drag the background to move around.</source>
            <translation>Drag a card onto another card to change whom that contact reports to. Double-click a card to edit the contact. Drag the background to move around.</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Add contact %1</source>
            <translation>Add contact %1</translation>
        </message>
        <message>
            <source>Delete contact %1</source>
            <translation>Delete contact %1</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Add…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Add a contact of this account</source>
            <translation>Add a contact of this account</translation>
        </message>
        <message>
            <source>Delete the chosen contact (Ctrl+Z undoes it)</source>
            <translation>Delete the chosen contact (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <source>Choose an account to see its contacts.</source>
            <translation>Choose an account to see its contacts.</translation>
        </message>
        <message>
            <source>No contacts yet. Add the people you meet: who decides, who influences, who uses.</source>
            <translation>No contacts yet. Add the people you meet: who decides, who influences, who uses.</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n contact</numerusform>
                <numerusform>%n contacts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>+7 or 12-1</source>
            <translation>+7 or 12-1</translation>
        </message>
        <message>
            <source>Type 2026-12-01, 12-1 or +7 (days from today); F4 opens a calendar.</source>
            <translation>Type 2026-12-01, 12-1 or +7 (days from today); F4 opens a calendar.</translation>
        </message>
        <message>
            <source>Pick a date (F4)</source>
            <translation>Pick a date (F4)</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss</source>
            <translation>Dismiss</translation>
        </message>
        <message>
            <source>Why does %1 not need this visit? The reason is kept with the account.</source>
            <translation>Why does %1 not need this visit? The reason is kept with the account.</translation>
        </message>
        <message>
            <source>e.g. visited by a colleague from HQ</source>
            <translation>e.g. visited by a colleague from HQ</translation>
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n account</numerusform>
                <numerusform>%n accounts</numerusform>
            </translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>Show account</translation>
        </message>
        <message>
            <source>Snooze %1</source>
            <translation>Snooze %1</translation>
        </message>
        <message>
            <source>Dismiss %1</source>
            <translation>Dismiss %1</translation>
        </message>
        <message>
            <source>Due for a visit</source>
            <translation>Due for a visit</translation>
        </message>
        <message>
            <source>Plan visit…</source>
            <translation>Plan visit…</translation>
        </message>
        <message>
            <source>Plan a revisit of the chosen account (Enter)</source>
            <translation>Plan a revisit of the chosen account (Enter)</translation>
        </message>
        <message>
            <source>Snooze…</source>
            <translation>Snooze…</translation>
        </message>
        <message>
            <source>Hide the chosen account until a later date</source>
            <translation>Hide the chosen account until a later date</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>Dismiss…</translation>
        </message>
        <message>
            <source>Drop these reminders, with a reason</source>
            <translation>Drop these reminders, with a reason</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>Rules…</translation>
        </message>
        <message>
            <source>When an account is due: the revisit rules</source>
            <translation>When an account is due: the revisit rules</translation>
        </message>
        <message>
            <source>Nothing due. Plan your week from the agenda, or log a visit you made without a plan.</source>
            <translation>Nothing due. Plan your week from the agenda, or log a visit you made without a plan.</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a list from headquarters</source>
            <translation>Choose a list from headquarters</translation>
        </message>
        <message>
            <source>Lists from headquarters (%1);;All files (*)</source>
            <translation>Lists from headquarters (%1);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the list</source>
            <translation>Choose the list</translation>
        </message>
        <message>
            <source>A customer list, monthly value figures or an order list from headquarters.</source>
            <translation>A customer list, monthly value figures or an order list from headquarters.</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>File:</translation>
        </message>
        <message>
            <source>Kind of list:</source>
            <translation>Kind of list:</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>CSV or text files in any encoding (GBK, UTF-8, Unicode text) and Excel workbooks (.xlsx, .xls) are read as they come from Excel or WPS. Nothing is written to the account book before you have seen what would change.</source>
            <translation>CSV or text files in any encoding (GBK, UTF-8, Unicode text) and Excel workbooks (.xlsx, .xls) are read as they come from Excel or WPS. Nothing is written to the account book before you have seen what would change.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Visit due</source>
            <translation>Visit due</translation>
        </message>
        <message>
            <source>Map has gaps</source>
            <translation>Map has gaps</translation>
        </message>
        <message>
            <source>Value falling</source>
            <translation>Value falling</translation>
        </message>
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
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Clear filters</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Reading the list…</source>
            <translation>Reading the list…</translation>
        </message>
        <message>
            <source>This file could not be read as a list. Go back and choose another.</source>
            <translation>This file could not be read as a list. Go back and choose another.</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>Row %1</translation>
        </message>
        <message>
            <source>a text file (CSV)</source>
            <translation>a text file (CSV)</translation>
        </message>
        <message>
            <source>an Excel workbook (.xlsx)</source>
            <translation>an Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>an Excel 97–2003 workbook (.xls)</source>
            <translation>an Excel 97–2003 workbook (.xls)</translation>
        </message>
        <message numerus="yes">
            <source>%1 was read as %2: %3 with %n column(s).</source>
            <translation>
                <numerusform>%1 was read as %2: %3 with %n column.</numerusform>
                <numerusform>%1 was read as %2: %3 with %n columns.</numerusform>
            </translation>
        </message>
        <message>
            <source>How the file was read</source>
            <translation>How the file was read</translation>
        </message>
        <message>
            <source>Check that the names below read right. If they show as garbage, choose another encoding; if the columns run together, another delimiter.</source>
            <translation>Check that the names below read right. If they show as garbage, choose another encoding; if the columns run together, another delimiter.</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimiter:</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>Sheet:</translation>
        </message>
        <message>
            <source>Header row:</source>
            <translation>Header row:</translation>
        </message>
        <message>
            <source>The first rows:</source>
            <translation>The first rows:</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>Comma ( , )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tab</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>Semicolon ( ; )</translation>
        </message>
        <message>
            <source>Vertical bar ( | )</source>
            <translation>Vertical bar ( | )</translation>
        </message>
    </context>
    <context>
        <name>GapPanel</name>
        <message>
            <source>Coverage gaps</source>
            <translation>Coverage gaps</translation>
        </message>
        <message numerus="yes">
            <source>%n coverage gap(s): click one to see who</source>
            <translation>
                <numerusform>%n coverage gap: click one to see who</numerusform>
                <numerusform>%n coverage gaps: click one to see who</numerusform>
            </translation>
        </message>
        <message>
            <source>No coverage gaps: every rule is met.</source>
            <translation>No coverage gaps: every rule is met.</translation>
        </message>
    </context>
    <context>
        <name>HqHistoryDialog</name>
        <message>
            <source>Changes from HQ</source>
            <translation>Changes from HQ</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>Change</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
    </context>
    <context>
        <name>HqHistoryStrip</name>
        <message>
            <source>Changes from HQ…</source>
            <translation>Changes from HQ…</translation>
        </message>
        <message>
            <source>%1 (until %2)</source>
            <translation>%1 (until %2)</translation>
        </message>
        <message>
            <source>Former names: %1</source>
            <translation>Former names: %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>HqImportFields</name>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>Sales (10k CNY)</translation>
        </message>
        <message>
            <source>Margin (10k CNY)</source>
            <translation>Margin (10k CNY)</translation>
        </message>
        <message>
            <source>Collections (10k CNY)</source>
            <translation>Collections (10k CNY)</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Amount (10k CNY)</source>
            <translation>Amount (10k CNY)</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Repurchase cycle (days)</source>
            <translation>Repurchase cycle (days)</translation>
        </message>
        <message>
            <source>Detect from the headers</source>
            <translation>Detect from the headers</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>Customer list</translation>
        </message>
        <message>
            <source>Monthly value figures</source>
            <translation>Monthly value figures</translation>
        </message>
        <message>
            <source>Order list</source>
            <translation>Order list</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a list from headquarters</source>
            <translation>Import a list from headquarters</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Import</translation>
        </message>
    </context>
    <context>
        <name>LifecyclePage</name>
        <message>
            <source>Lifecycle</source>
            <translation>Lifecycle</translation>
        </message>
        <message>
            <source>When an account's lifecycle stage changes, from its orders by month, and when an account that stopped ordering counts as dormant for revisits.</source>
            <translation>When an account's lifecycle stage changes, from its orders by month, and when an account that stopped ordering counts as dormant for revisits.</translation>
        </message>
        <message>
            <source>Exploration (months):</source>
            <translation>Exploration (months):</translation>
        </message>
        <message>
            <source>An account whose first order is more recent than this is exploring.</source>
            <translation>An account whose first order is more recent than this is exploring.</translation>
        </message>
        <message>
            <source>Trend window (months):</source>
            <translation>Trend window (months):</translation>
        </message>
        <message>
            <source>The sales of this many recent complete months are compared with the same number of months before them.</source>
            <translation>The sales of this many recent complete months are compared with the same number of months before them.</translation>
        </message>
        <message>
            <source>Trend threshold:</source>
            <translation>Trend threshold:</translation>
        </message>
        <message>
            <source>Sales up by more than this: formation; down by more: decline.</source>
            <translation>Sales up by more than this: formation; down by more: decline.</translation>
        </message>
        <message>
            <source>Quarter (months):</source>
            <translation>Quarter (months):</translation>
        </message>
        <message>
            <source>Stability needs an order in every block of this many months of the trend window.</source>
            <translation>Stability needs an order in every block of this many months of the trend window.</translation>
        </message>
        <message>
            <source>Lost after (days):</source>
            <translation>Lost after (days):</translation>
        </message>
        <message>
            <source>No order for longer than this: the account is lost.</source>
            <translation>No order for longer than this: the account is lost.</translation>
        </message>
        <message>
            <source>Dormant after (days):</source>
            <translation>Dormant after (days):</translation>
        </message>
        <message>
            <source>No order for longer than this: an account below gold is dormant for revisits.</source>
            <translation>No order for longer than this: an account below gold is dormant for revisits.</translation>
        </message>
    </context>
    <context>
        <name>LifetimeField</name>
        <message>
            <source>Retention, exploration</source>
            <extracomment>Each stage's retention as the Settings page and its error messages name it.</extracomment>
            <translation>Retention, exploration</translation>
        </message>
        <message>
            <source>Retention, formation</source>
            <translation>Retention, formation</translation>
        </message>
        <message>
            <source>Retention, stability</source>
            <translation>Retention, stability</translation>
        </message>
        <message>
            <source>Retention, decline</source>
            <translation>Retention, decline</translation>
        </message>
        <message>
            <source>Retention, lost</source>
            <translation>Retention, lost</translation>
        </message>
        <message>
            <source>Retention rate by lifecycle stage</source>
            <translation>Retention rate by lifecycle stage</translation>
        </message>
        <message>
            <source>Discount rate per year</source>
            <translation>Discount rate per year</translation>
        </message>
        <message>
            <source>Horizon (years)</source>
            <translation>Horizon (years)</translation>
        </message>
    </context>
    <context>
        <name>LifetimePage</name>
        <message>
            <source>Lifetime value</source>
            <translation>Lifetime value</translation>
        </message>
        <message>
            <source>Lifetime value (CLV) is what an account is worth over the coming years: each year's gross margin minus cost to serve, weighted by the chance the account stays (the retention rate of its lifecycle stage) and discounted to today.</source>
            <translation>Lifetime value (CLV) is what an account is worth over the coming years: each year's gross margin minus cost to serve, weighted by the chance the account stays (the retention rate of its lifecycle stage) and discounted to today.</translation>
        </message>
        <message>
            <source>Retention rate per year, by lifecycle stage</source>
            <translation>Retention rate per year, by lifecycle stage</translation>
        </message>
        <message>
            <source>Discounting</source>
            <translation>Discounting</translation>
        </message>
        <message>
            <source>Discount rate per year</source>
            <translation>Discount rate per year</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>Horizon</translation>
        </message>
        <message>
            <source> years</source>
            <translation> years</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
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
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>Analytics</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>Visit plan</translation>
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
            <source>Visit rules…</source>
            <translation>Visit rules…</translation>
        </message>
        <message>
            <source>Contact map rules…</source>
            <translation>Contact map rules…</translation>
        </message>
        <message>
            <source>Value settings…</source>
            <translation>Value settings…</translation>
        </message>
        <message>
            <source>Import from headquarters…</source>
            <translation>Import from headquarters…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>Export to Excel…</translation>
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
        <name>MapRulesDialog</name>
        <message>
            <source>Contact map rules</source>
            <translation>Contact map rules</translation>
        </message>
        <message>
            <source>When a contact map shows a coverage gap. The rules are stored in the account book, so a team that syncs shares them.</source>
            <translation>When a contact map shows a coverage gap. The rules are stored in the account book, so a team that syncs shares them.</translation>
        </message>
        <message>
            <source>Fewer contacts with a strong relationship than this: the account is single-threaded.</source>
            <translation>Fewer contacts with a strong relationship than this: the account is single-threaded.</translation>
        </message>
        <message>
            <source>The relationship level (1–5) from which a relationship counts as strong.</source>
            <translation>The relationship level (1–5) from which a relationship counts as strong.</translation>
        </message>
        <message>
            <source>A key decision maker below this relationship level: weak relationship.</source>
            <translation>A key decision maker below this relationship level: weak relationship.</translation>
        </message>
        <message>
            <source>A key decision maker with a lower attitude is not supportive (2 strongly supportive, 1 supportive, 0 neutral, −1 opposed).</source>
            <translation>A key decision maker with a lower attitude is not supportive (2 strongly supportive, 1 supportive, 0 neutral, −1 opposed).</translation>
        </message>
        <message>
            <source>Decision-level contacts and key decision makers not met for longer: not met recently.</source>
            <translation>Decision-level contacts and key decision makers not met for longer: not met recently.</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>Restore defaults</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>(no header)</source>
            <translation>(no header)</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Ignore</translation>
        </message>
        <message>
            <source>Matched by the headers</source>
            <translation>Matched by the headers</translation>
        </message>
        <message>
            <source>Not recognised: ignored</source>
            <translation>Not recognised: ignored</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>Ignored</translation>
        </message>
        <message>
            <source>Chosen by you</source>
            <translation>Chosen by you</translation>
        </message>
        <message>
            <source>From the saved mapping</source>
            <translation>From the saved mapping</translation>
        </message>
        <message>
            <source>Recognised by its header</source>
            <translation>Recognised by its header</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>No column feeds the %1, which this list cannot do without. Choose the column that holds it.</source>
            <translation>No column feeds the %1, which this list cannot do without. Choose the column that holds it.</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>Reading the list…</translation>
        </message>
        <message>
            <source>Which column is which</source>
            <translation>Which column is which</translation>
        </message>
        <message>
            <source>Columns were matched by their headers. Change any that is wrong; columns set to Ignore are not imported.</source>
            <translation>Columns were matched by their headers. Change any that is wrong; columns set to Ignore are not imported.</translation>
        </message>
        <message>
            <source>Saved mapping:</source>
            <translation>Saved mapping:</translation>
        </message>
        <message>
            <source>Save this mapping as:</source>
            <translation>Save this mapping as:</translation>
        </message>
        <message>
            <source>a name, to use it again for the next list like this one (optional)</source>
            <translation>a name, to use it again for the next list like this one (optional)</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Sample value</source>
            <translation>Sample value</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Note</translation>
        </message>
    </context>
    <context>
        <name>MaterialsEditor</name>
        <message>
            <source>Packed</source>
            <translation>Packed</translation>
        </message>
        <message>
            <source>Material or sample</source>
            <translation>Material or sample</translation>
        </message>
        <message>
            <source>Brochure, samples, quotation…</source>
            <translation>Brochure, samples, quotation…</translation>
        </message>
        <message>
            <source>Add li&amp;ne</source>
            <translation>Add li&amp;ne</translation>
        </message>
        <message>
            <source>Enter in a line adds one below; Ctrl+Del removes it</source>
            <translation>Enter in a line adds one below; Ctrl+Del removes it</translation>
        </message>
    </context>
    <context>
        <name>NextStepsEditor</name>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>Due date</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>What was agreed</translation>
        </message>
        <message>
            <source>me</source>
            <translation>me</translation>
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation>Add &amp;row</translation>
        </message>
        <message>
            <source>Enter in a row adds one below; Ctrl+Del removes it</source>
            <translation>Enter in a row adds one below; Ctrl+Del removes it</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>Edit…</source>
            <translation>Edit…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>at the visit that day</source>
            <translation>at the visit that day</translation>
        </message>
        <message>
            <source>from the visit of %1</source>
            <translation>from the visit of %1</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>No answer yet</translation>
        </message>
        <message>
            <source>Confirmed by the customer</source>
            <translation>Confirmed by the customer</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>Not confirmed</translation>
        </message>
        <message>
            <source>Delete this note (Ctrl+Z undoes it)</source>
            <translation>Delete this note (Ctrl+Z undoes it)</translation>
        </message>
        <message>
            <source>Double-click or press Enter to edit; right-click for more</source>
            <translation>Double-click or press Enter to edit; right-click for more</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>— none —</source>
            <translation>— none —</translation>
        </message>
        <message numerus="yes">
            <source>— pick a question (%n in the bank) —</source>
            <translation>
                <numerusform>— pick a question (%n in the bank) —</numerusform>
                <numerusform>— pick a question (%n in the bank) —</numerusform>
            </translation>
        </message>
        <message>
            <source>New SPIN note</source>
            <translation>New SPIN note</translation>
        </message>
        <message>
            <source>SPIN note</source>
            <translation>SPIN note</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview</source>
            <translation>Preview</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Previous page</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Next page</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Save as PDF…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 of %2</translation>
        </message>
    </context>
    <context>
        <name>PlanControls</name>
        <message>
            <source>&amp;From</source>
            <translation>&amp;From</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>&amp;Account manager</source>
            <translation>&amp;Account manager</translation>
        </message>
        <message>
            <source>&amp;Nearby: not visited for</source>
            <translation>&amp;Nearby: not visited for</translation>
        </message>
        <message>
            <source> days</source>
            <translation> days</translation>
        </message>
        <message>
            <source>All</source>
            <translation>All</translation>
        </message>
    </context>
    <context>
        <name>PlanLists</name>
        <message>
            <source>Planned visits</source>
            <translation>Planned visits</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>Proposals</translation>
        </message>
        <message>
            <source>Group by route</source>
            <translation>Group by route</translation>
        </message>
        <message>
            <source>Each day: by city, then district, then time. The day's times stay the same.</source>
            <translation>Each day: by city, then district, then time. The day's times stay the same.</translation>
        </message>
        <message>
            <source>Set time…</source>
            <translation>Set time…</translation>
        </message>
        <message>
            <source>Remove from plan…</source>
            <translation>Remove from plan…</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>Accept…</translation>
        </message>
        <message>
            <source>Nothing to propose for these dates.</source>
            <translation>Nothing to propose for these dates.</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>No planned visits from %1 to %2.
Accept proposals below, or plan visits on the Visits page.</source>
            <translation>No planned visits from %1 to %2.
Accept proposals below, or plan visits on the Visits page.</translation>
        </message>
        <message>
            <source>The preview shows the plan once it has visits.</source>
            <translation>The preview shows the plan once it has visits.</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>Making the preview…</translation>
        </message>
        <message>
            <source>Set time</source>
            <translation>Set time</translation>
        </message>
        <message>
            <source>Remove from plan</source>
            <translation>Remove from plan</translation>
        </message>
        <message>
            <source>Remove the visit to %1 from the plan? It is cancelled and stays in the account's history.
Why? (optional)</source>
            <translation>Remove the visit to %1 from the plan? It is cancelled and stays in the account's history.
Why? (optional)</translation>
        </message>
        <message>
            <source>Accept proposal</source>
            <translation>Accept proposal</translation>
        </message>
        <message>
            <source>Visit plan %1 to %2.pdf</source>
            <translation>Visit plan %1 to %2.pdf</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Save as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saving the visit plan…</source>
            <translation>Saving the visit plan…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>Saved %1</translation>
        </message>
    </context>
    <context>
        <name>PlanTree</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>City · district</source>
            <translation>City · district</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
    </context>
    <context>
        <name>Playbook</name>
        <message>
            <source>Keep and reward: thank them in person, give them priority service and invite them to customer events.</source>
            <extracomment>[default] One sentence each that a rep can act on (DOMAIN §7.5's four strategies).</extracomment>
            <translation>Keep and reward: thank them in person, give them priority service and invite them to customer events.</translation>
        </message>
        <message>
            <source>Ask for referrals: at the next visit, ask which peers or partners they would introduce you to.</source>
            <translation>Ask for referrals: at the next visit, ask which peers or partners they would introduce you to.</translation>
        </message>
        <message>
            <source>Cross-sell and up-sell: offer a product they do not buy from us yet, or a larger volume at a better price.</source>
            <translation>Cross-sell and up-sell: offer a product they do not buy from us yet, or a larger volume at a better price.</translation>
        </message>
        <message>
            <source>Incentives for both: offer a discount for larger orders and a reward for every customer they refer.</source>
            <translation>Incentives for both: offer a discount for larger orders and a reward for every customer they refer.</translation>
        </message>
    </context>
    <context>
        <name>PlaybookPage</name>
        <message>
            <source>High lifetime value, high referral value</source>
            <extracomment>What each quadrant means, as the caption above its text.</extracomment>
            <translation>High lifetime value, high referral value</translation>
        </message>
        <message>
            <source>High lifetime value, low referral value</source>
            <translation>High lifetime value, low referral value</translation>
        </message>
        <message>
            <source>Low lifetime value, high referral value</source>
            <translation>Low lifetime value, high referral value</translation>
        </message>
        <message>
            <source>Low lifetime value, low referral value</source>
            <translation>Low lifetime value, low referral value</translation>
        </message>
        <message>
            <source>Playbooks</source>
            <translation>Playbooks</translation>
        </message>
        <message>
            <source>Each account falls in one of four quadrants by its lifetime value and its referral value (split at the book's medians). The Value tab suggests the quadrant's playbook; write it in your own words.</source>
            <translation>Each account falls in one of four quadrants by its lifetime value and its referral value (split at the book's medians). The Value tab suggests the quadrant's playbook; write it in your own words.</translation>
        </message>
        <message>
            <source>Restore default</source>
            <translation>Restore default</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Import a list</source>
            <translation>Import a list</translation>
        </message>
        <message>
            <source>Comparing the list with the account book…</source>
            <translation>Comparing the list with the account book…</translation>
        </message>
        <message>
            <source>Importing into the account book…</source>
            <translation>Importing into the account book…</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>row %1</translation>
        </message>
        <message>
            <source>in the account book</source>
            <translation>in the account book</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>Changes (%1)</translation>
        </message>
        <message>
            <source>Rejected rows (%1)</source>
            <translation>Rejected rows (%1)</translation>
        </message>
        <message>
            <source>Possible duplicates (%1)</source>
            <translation>Possible duplicates (%1)</translation>
        </message>
        <message>
            <source>Possible duplicates (same name only: too many names to compare)</source>
            <translation>Possible duplicates (same name only: too many names to compare)</translation>
        </message>
        <message>
            <source>This file was already imported on %1 with the same mapping; importing it again changes nothing.</source>
            <translation>This file was already imported on %1 with the same mapping; importing it again changes nothing.</translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %n summary row(s)</source>
            <translation>
                <numerusform>Skipped: %n summary row</numerusform>
                <numerusform>Skipped: %n summary rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank row(s)</source>
            <translation>
                <numerusform>%n blank row</numerusform>
                <numerusform>%n blank rows</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in the account book would change.</source>
            <translation>Nothing in the account book would change.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>What would change</source>
            <translation>What would change</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Only the fields headquarters owns change; your contacts, visits and notes are never touched.</source>
            <translation>Nothing has been written yet. Only the fields headquarters owns change; your contacts, visits and notes are never touched.</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>Show:</translation>
        </message>
        <message>
            <source>All changes</source>
            <translation>All changes</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Save rejected rows…</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Looks like</source>
            <translation>Looks like</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>Similarity</translation>
        </message>
    </context>
    <context>
        <name>ProgressStrip</name>
        <message>
            <source>%1: %2 note(s), %3 confirmed. Click to show its column.</source>
            <translation>%1: %2 note(s), %3 confirmed. Click to show its column.</translation>
        </message>
        <message>
            <source>Newest: %1</source>
            <translation>Newest: %1</translation>
        </message>
        <message>
            <source>No answer confirmed yet</source>
            <translation>No answer confirmed yet</translation>
        </message>
        <message>
            <source>Highest confirmed: %1</source>
            <translation>Highest confirmed: %1</translation>
        </message>
    </context>
    <context>
        <name>ProposalTable</name>
        <message>
            <source>Account and why</source>
            <translation>Account and why</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
    </context>
    <context>
        <name>QuestionBankDialog</name>
        <message>
            <source>Remove this question from the bank?

%1</source>
            <translation>Remove this question from the bank?

%1</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>Question bank</translation>
        </message>
        <message>
            <source>SPIN question bank</source>
            <translation>SPIN question bank</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>Chinese</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>Shipped</translation>
        </message>
        <message>
            <source>Shipped with KAM Desktop; you may reword or remove it like your own</source>
            <translation>Shipped with KAM Desktop; you may reword or remove it like your own</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>The question in Chinese</source>
            <translation>The question in Chinese</translation>
        </message>
        <message>
            <source>The question in English</source>
            <translation>The question in English</translation>
        </message>
        <message>
            <source>Add as new question</source>
            <translation>Add as new question</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Save changes</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Remove</translation>
        </message>
        <message>
            <source>Add the text above as a new question of its stage</source>
            <translation>Add the text above as a new question of its stage</translation>
        </message>
    </context>
    <context>
        <name>QuestionPicker</name>
        <message numerus="yes">
            <source>%n question(s) chosen</source>
            <translation>
                <numerusform>%n question chosen</numerusform>
                <numerusform>%n questions chosen</numerusform>
            </translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>All stages</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
    </context>
    <context>
        <name>RevisitRulesDialog</name>
        <message>
            <source>Revisit rules</source>
            <extracomment>Day thresholds shown as spin boxes (the field's name is also the widget's: edit_&lt;name&gt;).</extracomment>
            <translation>Revisit rules</translation>
        </message>
        <message>
            <source>Double-click a date to change it; leave it empty to skip that holiday in that year.</source>
            <translation>Double-click a date to change it; leave it empty to skip that holiday in that year.</translation>
        </message>
        <message>
            <source>Each rule puts accounts on the Due list with a reason. The rules are kept in this account book, so everyone who syncs with it uses the same ones.</source>
            <translation>Each rule puts accounts on the Due list with a reason. The rules are kept in this account book, so everyone who syncs with it uses the same ones.</translation>
        </message>
        <message>
            <source>&amp;Rules</source>
            <translation>&amp;Rules</translation>
        </message>
        <message>
            <source>Days after each order:</source>
            <translation>Days after each order:</translation>
        </message>
        <message>
            <source>5, 15</source>
            <translation>5, 15</translation>
        </message>
        <message>
            <source>Days after the order date, separated by commas</source>
            <translation>Days after the order date, separated by commas</translation>
        </message>
        <message>
            <source>Days before the repurchase date:</source>
            <translation>Days before the repurchase date:</translation>
        </message>
        <message>
            <source>Days by tier and grade: see Cadence</source>
            <translation>Days by tier and grade: see Cadence</translation>
        </message>
        <message>
            <source>Days after a complaint is opened:</source>
            <translation>Days after a complaint is opened:</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved:</source>
            <translation>Days after a complaint is resolved:</translation>
        </message>
        <message>
            <source>Days before the holiday:</source>
            <translation>Days before the holiday:</translation>
        </message>
        <message>
            <source>Days before the birthday:</source>
            <translation>Days before the birthday:</translation>
        </message>
        <message>
            <source>Days without an order:</source>
            <translation>Days without an order:</translation>
        </message>
        <message>
            <source>Until the step is marked done</source>
            <translation>Until the step is marked done</translation>
        </message>
        <message>
            <source>When the monthly value snapshot shows a lower tier or a falling score</source>
            <translation>When the monthly value snapshot shows a lower tier or a falling score</translation>
        </message>
        <message>
            <source>&amp;Cadence</source>
            <translation>&amp;Cadence</translation>
        </message>
        <message>
            <source>An account is due again this many days after its last done visit. “off”: no periodic revisit.</source>
            <translation>An account is due again this many days after its last done visit. “off”: no periodic revisit.</translation>
        </message>
        <message>
            <source>By value tier</source>
            <translation>By value tier</translation>
        </message>
        <message>
            <source>off</source>
            <translation>off</translation>
        </message>
        <message>
            <source>By HQ grade (accounts without a value tier yet)</source>
            <translation>By HQ grade (accounts without a value tier yet)</translation>
        </message>
        <message>
            <source>&amp;Holidays</source>
            <translation>&amp;Holidays</translation>
        </message>
        <message>
            <source>Holiday and birthday greetings for:</source>
            <translation>Holiday and birthday greetings for:</translation>
        </message>
        <message>
            <source>Dates per year (YYYY-MM-DD). The lunar holidays move every year: add a year's dates when a new calendar comes out.</source>
            <translation>Dates per year (YYYY-MM-DD). The lunar holidays move every year: add a year's dates when a new calendar comes out.</translation>
        </message>
        <message>
            <source>&amp;Add year</source>
            <translation>&amp;Add year</translation>
        </message>
        <message>
            <source>Remo&amp;ve year</source>
            <translation>Remo&amp;ve year</translation>
        </message>
        <message>
            <source>Which &amp;visits count</source>
            <translation>Which &amp;visits count</translation>
        </message>
        <message>
            <source>Any done visit counts as a revisit</source>
            <translation>Any done visit counts as a revisit</translation>
        </message>
        <message>
            <source>Only done visits with these purposes:</source>
            <translation>Only done visits with these purposes:</translation>
        </message>
        <message>
            <source>A visit for the occasion itself always counts: after-sales service for an order, complaint handling for a complaint, a holiday greeting for a holiday or a birthday.</source>
            <translation>A visit for the occasion itself always counts: after-sales service for an order, complaint handling for a complaint, a holiday greeting for a holiday or a birthday.</translation>
        </message>
        <message>
            <source>A visit up to this many days early counts:</source>
            <translation>A visit up to this many days early counts:</translation>
        </message>
        <message>
            <source>Stop reminding this many days after a missed revisit:</source>
            <translation>Stop reminding this many days after a missed revisit:</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>Restore &amp;defaults</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionInput</name>
        <message>
            <source>not rated: press 1 to 5</source>
            <translation>not rated: press 1 to 5</translation>
        </message>
        <message>
            <source>1 · very unhappy</source>
            <translation>1 · very unhappy</translation>
        </message>
        <message>
            <source>2 · unhappy</source>
            <translation>2 · unhappy</translation>
        </message>
        <message>
            <source>3 · neutral</source>
            <translation>3 · neutral</translation>
        </message>
        <message>
            <source>4 · satisfied</source>
            <translation>4 · satisfied</translation>
        </message>
        <message>
            <source>5 · very satisfied</source>
            <translation>5 · very satisfied</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Press 1 to 5 to rate, 0 to clear</source>
            <translation>Press 1 to 5 to rate, 0 to clear</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System default</source>
            <translation>System default</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Choose an account book</source>
            <translation>Choose an account book</translation>
        </message>
        <message>
            <source>KAM account book (*.kambook)</source>
            <translation>KAM account book (*.kambook)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>&amp;Language:</translation>
        </message>
        <message>
            <source>Your &amp;name (account manager):</source>
            <translation>Your &amp;name (account manager):</translation>
        </message>
        <message>
            <source>Shown as the owner of new accounts and visit plans</source>
            <translation>Shown as the owner of new accounts and visit plans</translation>
        </message>
        <message>
            <source>Account &amp;book:</source>
            <translation>Account &amp;book:</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>Choose an existing book to switch to it, or type a new file name to start an empty book.</source>
            <translation>Choose an existing book to switch to it, or type a new file name to start an empty book.</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>Snooze</translation>
        </message>
        <message>
            <source>Hide %1 from the Due list until:</source>
            <translation>Hide %1 from the Due list until:</translation>
        </message>
    </context>
    <context>
        <name>SpinBoardTab</name>
        <message>
            <source>Add SPIN note</source>
            <translation>Add SPIN note</translation>
        </message>
        <message>
            <source>Edit SPIN note</source>
            <translation>Edit SPIN note</translation>
        </message>
        <message>
            <source>Delete SPIN note</source>
            <translation>Delete SPIN note</translation>
        </message>
        <message>
            <source>Question bank…</source>
            <translation>Question bank…</translation>
        </message>
        <message>
            <source>Add, reword or remove the questions to pick from</source>
            <translation>Add, reword or remove the questions to pick from</translation>
        </message>
        <message>
            <source>Choose an account to see its SPIN notes.</source>
            <translation>Choose an account to see its SPIN notes.</translation>
        </message>
    </context>
    <context>
        <name>SpinNoteDialog</name>
        <message>
            <source>Stage *</source>
            <translation>Stage *</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>From the bank</source>
            <translation>From the bank</translation>
        </message>
        <message>
            <source>Pick a question from the question bank for this stage; it fills in the question below</source>
            <translation>Pick a question from the question bank for this stage; it fills in the question below</translation>
        </message>
        <message>
            <source>Question *</source>
            <translation>Question *</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Type the question, or pick one from the bank above</source>
            <translation>Type the question, or pick one from the bank above</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>What the customer said, in their words</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>The customer confirmed this answer</source>
            <translation>The customer confirmed this answer</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n confirmed</source>
            <translation>
                <numerusform>%n confirmed</numerusform>
                <numerusform>%n confirmed</numerusform>
            </translation>
        </message>
        <message>
            <source>Facts about the customer's current situation</source>
            <translation>Facts about the customer's current situation</translation>
        </message>
        <message>
            <source>Difficulties and dissatisfactions</source>
            <translation>Difficulties and dissatisfactions</translation>
        </message>
        <message>
            <source>What the problems cost: grow the urgency</source>
            <translation>What the problems cost: grow the urgency</translation>
        </message>
        <message>
            <source>The value of solving it, said by the customer</source>
            <translation>The value of solving it, said by the customer</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>Add note…</translation>
        </message>
        <message>
            <source>Add a %1 question and the customer's answer</source>
            <translation>Add a %1 question and the customer's answer</translation>
        </message>
        <message>
            <source>No notes yet</source>
            <translation>No notes yet</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>The list %1 was imported into the account book.</source>
            <translation>The list %1 was imported into the account book.</translation>
        </message>
        <message>
            <source>Nothing was written: the account book already held this list.</source>
            <translation>Nothing was written: the account book already held this list.</translation>
        </message>
        <message numerus="yes">
            <source>Value, lifecycle and due visits brought up to date for %n account(s).</source>
            <translation>
                <numerusform>Value, lifecycle and due visits brought up to date for %n account.</numerusform>
                <numerusform>Value, lifecycle and due visits brought up to date for %n accounts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were rejected and not imported. Save them as a report to correct the list or send it back to headquarters.</source>
            <translation>
                <numerusform>%n row were rejected and not imported. Save them as a report to correct the list or send it back to headquarters.</numerusform>
                <numerusform>%n rows were rejected and not imported. Save them as a report to correct the list or send it back to headquarters.</numerusform>
            </translation>
        </message>
        <message>
            <source>No row was rejected.</source>
            <translation>No row was rejected.</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Saved to %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>The account lists are up to date.</source>
            <translation>The account lists are up to date.</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>Save rejected rows…</translation>
        </message>
    </context>
    <context>
        <name>TiersPage</name>
        <message>
            <source>Lead: the remaining {share} of accounts</source>
            <translation>Lead: the remaining {share} of accounts</translation>
        </message>
        <message>
            <source>Lead: none (the shares add up to more than 100 %)</source>
            <translation>Lead: none (the shares add up to more than 100 %)</translation>
        </message>
        <message>
            <source>Lead: scores below {score}</source>
            <translation>Lead: scores below {score}</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>Tiers</translation>
        </message>
        <message>
            <source>How accounts are sorted into the tiers of the value pyramid, by their value score. Lead takes every account below iron.</source>
            <translation>How accounts are sorted into the tiers of the value pyramid, by their value score. Lead takes every account below iron.</translation>
        </message>
        <message>
            <source>Share of accounts (percentile bands)</source>
            <translation>Share of accounts (percentile bands)</translation>
        </message>
        <message>
            <source>Score thresholds</source>
            <translation>Score thresholds</translation>
        </message>
        <message>
            <source>Share of the scored accounts, from the top</source>
            <translation>Share of the scored accounts, from the top</translation>
        </message>
        <message>
            <source>Lowest value score of each tier (0–100)</source>
            <translation>Lowest value score of each tier (0–100)</translation>
        </message>
        <message>
            <source>{tier}:</source>
            <translation>{tier}:</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Log outcome…</source>
            <translation>Log outcome…</translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>Show account</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>Today</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <source>Read the book again</source>
            <translation>Read the book again</translation>
        </message>
        <message>
            <source>Open an account book to see your day.</source>
            <translation>Open an account book to see your day.</translation>
        </message>
        <message>
            <source>This account book has no accounts yet. Import your customer list with File → Import from headquarters…, or add an account on the Accounts page.</source>
            <translation>This account book has no accounts yet. Import your customer list with File → Import from headquarters…, or add an account on the Accounts page.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>opened today</source>
            <translation>opened today</translation>
        </message>
        <message>
            <source>Lifecycle in decline</source>
            <translation>Lifecycle in decline</translation>
        </message>
        <message>
            <source>Contact map gaps</source>
            <translation>Contact map gaps</translation>
        </message>
        <message numerus="yes">
            <source>open %n day(s)</source>
            <translation>
                <numerusform>open %n day</numerusform>
                <numerusform>open %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
        <message>
            <source>Holiday: plan greetings for your key accounts</source>
            <translation>Holiday: plan greetings for your key accounts</translation>
        </message>
        <message>
            <source>Double-click to log the outcome.</source>
            <translation>Double-click to log the outcome.</translation>
        </message>
        <message>
            <source>Map gaps: %1</source>
            <translation>Map gaps: %1</translation>
        </message>
        <message>
            <source>%1's birthday</source>
            <translation>%1's birthday</translation>
        </message>
        <message>
            <source>today %1</source>
            <translation>today %1</translation>
        </message>
        <message numerus="yes">
            <source>(+%n more)</source>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform>(+%n more)</numerusform>
            </translation>
        </message>
        <message>
            <source>Tier dropped: %1 → %2</source>
            <translation>Tier dropped: %1 → %2</translation>
        </message>
        <message>
            <source>No visits planned for today and none left to log. Plan this week's visits on the Visit plan page, or open a due account below and plan a visit.</source>
            <translation>No visits planned for today and none left to log. Plan this week's visits on the Visit plan page, or open a due account below and plan a visit.</translation>
        </message>
        <message>
            <source>No next steps due. When you log a visit, add what you promised as next steps.</source>
            <translation>No next steps due. When you log a visit, add what you promised as next steps.</translation>
        </message>
        <message>
            <source>No open complaints. Complaints are recorded with a visit's outcome.</source>
            <translation>No open complaints. Complaints are recorded with a visit's outcome.</translation>
        </message>
        <message>
            <source>No account is slipping: no tier dropped this month, none in decline, and the platinum and gold accounts' contact maps have no gaps.</source>
            <translation>No account is slipping: no tier dropped this month, none in decline, and the platinum and gold accounts' contact maps have no gaps.</translation>
        </message>
        <message>
            <source>No birthdays or holidays this week. Add your contacts' birthdays to be reminded.</source>
            <translation>No birthdays or holidays this week. Add your contacts' birthdays to be reminded.</translation>
        </message>
        <message>
            <source>Visits today and overdue</source>
            <translation>Visits today and overdue</translation>
        </message>
        <message>
            <source>Due accounts, most urgent first</source>
            <translation>Due accounts, most urgent first</translation>
        </message>
        <message>
            <source>No accounts yet: import or add accounts, and their visits fall due here.</source>
            <translation>No accounts yet: import or add accounts, and their visits fall due here.</translation>
        </message>
        <message>
            <source>Nothing is due this week. Every account has been visited on time: a good day to plan ahead on the Visit plan page.</source>
            <translation>Nothing is due this week. Every account has been visited on time: a good day to plan ahead on the Visit plan page.</translation>
        </message>
        <message>
            <source>Ranked by value tier × days overdue</source>
            <translation>Ranked by value tier × days overdue</translation>
        </message>
        <message>
            <source>Next steps due</source>
            <translation>Next steps due</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Open complaints</translation>
        </message>
        <message>
            <source>Slipping accounts</source>
            <translation>Slipping accounts</translation>
        </message>
        <message>
            <source>Birthdays and holidays this week</source>
            <translation>Birthdays and holidays this week</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>%n more</numerusform>
                <numerusform>%n more</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n item</numerusform>
                <numerusform>%n items</numerusform>
            </translation>
        </message>
        <message>
            <source>Visits planned for today appear here.</source>
            <translation>Visits planned for today appear here.</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the Visits page</source>
            <translation>
                <numerusform>%n more on the Visits page</numerusform>
                <numerusform>%n more on the Visits page</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts due for a visit appear here.</source>
            <translation>Accounts due for a visit appear here.</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the due list</source>
            <translation>
                <numerusform>%n more on the due list</numerusform>
                <numerusform>%n more on the due list</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 today, %2 overdue</source>
            <translation>%1 today, %2 overdue</translation>
        </message>
        <message>
            <source>%1 due, %2 overdue</source>
            <translation>%1 due, %2 overdue</translation>
        </message>
        <message>
            <source>%1 tier drops · %2 declining · %3 map gaps</source>
            <translation>%1 tier drops · %2 declining · %3 map gaps</translation>
        </message>
    </context>
    <context>
        <name>ValueModel</name>
        <message>
            <source>Overall value</source>
            <extracomment>Indicators where more is worse: ranked the other way round (DOMAIN §7.1 "negative"). Default weights [default]: realised value first, then potential, relationship and growth.</extracomment>
            <translation>Overall value</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Weights</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
    </context>
    <context>
        <name>ValueSettingsDialog</name>
        <message>
            <source>Value settings</source>
            <extracomment>The pages after Weights, Tiers and Lifecycle, in tab order.</extracomment>
            <translation>Value settings</translation>
        </message>
    </context>
    <context>
        <name>ValueTab</name>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>%1 (10k CNY)</source>
            <translation>%1 (10k CNY)</translation>
        </message>
        <message>
            <source>Some indicators had no data; the score uses the others.</source>
            <translation>Some indicators had no data; the score uses the others.</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation> (set by hand)</translation>
        </message>
        <message>
            <source>retention %1 a year, discount rate %2 a year, %3 years, cost to serve %4</source>
            <translation>retention %1 a year, discount rate %2 a year, %3 years, cost to serve %4</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>not recorded</translation>
        </message>
        <message numerus="yes">
            <source> from %n referred account(s)</source>
            <translation>
                <numerusform> from %n referred account</numerusform>
                <numerusform> from %n referred accounts</numerusform>
            </translation>
        </message>
        <message>
            <source> (now: %1)</source>
            <translation> (now: %1)</translation>
        </message>
        <message>
            <source>no monthly snapshots yet</source>
            <translation>no monthly snapshots yet</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>not scored</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>%1 since %2</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) including subsidiaries</source>
            <translation>
                <numerusform>%n account including subsidiaries</numerusform>
                <numerusform>%n accounts including subsidiaries</numerusform>
            </translation>
        </message>
        <message>
            <source>sales %1</source>
            <translation>sales %1</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s) in the contact maps</source>
            <translation>
                <numerusform>%n gap in the contact maps</numerusform>
                <numerusform>%n gaps in the contact maps</numerusform>
            </translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Group</translation>
        </message>
        <message>
            <source>Score · tier</source>
            <translation>Score · tier</translation>
        </message>
        <message>
            <source>Tier history</source>
            <translation>Tier history</translation>
        </message>
        <message>
            <source>Incomplete data</source>
            <translation>Incomplete data</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Sales, last 12 months</source>
            <translation>Sales, last 12 months</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>Gross margin, last 12 months</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Lifetime value</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Assumptions</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Referral value</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>What to do</translation>
        </message>
        <message>
            <source>Suggested relationship mode</source>
            <translation>Suggested relationship mode</translation>
        </message>
        <message>
            <source>Choose an account to see its value.</source>
            <translation>Choose an account to see its value.</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Discard what you typed in this visit?</source>
            <translation>Discard what you typed in this visit?</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>Plan a visit</translation>
        </message>
        <message>
            <source>Edit planned visit</source>
            <translation>Edit planned visit</translation>
        </message>
        <message>
            <source>Log an unplanned visit</source>
            <translation>Log an unplanned visit</translation>
        </message>
        <message>
            <source>Edit outcome</source>
            <translation>Edit outcome</translation>
        </message>
        <message>
            <source>Log outcome</source>
            <translation>Log outcome</translation>
        </message>
        <message>
            <source>planned %1</source>
            <translation>planned %1</translation>
        </message>
        <message>
            <source>objective: %1</source>
            <translation>objective: %1</translation>
        </message>
        <message>
            <source>When and how</source>
            <translation>When and how</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>&amp;When</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>D&amp;uration</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>Duration in minutes</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Done at</source>
            <translation>&amp;Done at</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>Done at</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>&amp;Method</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>&amp;Purpose</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>&amp;Objectives</source>
            <translation>&amp;Objectives</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>E&amp;xpected result</source>
            <translation>E&amp;xpected result</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>P&amp;reparation</source>
            <translation>P&amp;reparation</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Addr&amp;ess</source>
            <translation>Addr&amp;ess</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>&amp;Travel notes</source>
            <translation>&amp;Travel notes</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>Travel notes</translation>
        </message>
        <message>
            <source>Our co&amp;lleagues</source>
            <translation>Our co&amp;lleagues</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>Our colleagues</translation>
        </message>
        <message>
            <source>Mater&amp;ials and samples</source>
            <translation>Mater&amp;ials and samples</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>What happened</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>&amp;Outcome</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>&amp;Notes</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Sa&amp;tisfaction</source>
            <translation>Sa&amp;tisfaction</translation>
        </message>
        <message>
            <source>People</source>
            <translation>People</translation>
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation>&amp;Attendees</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>This account has no contacts yet; add them on the Contacts tab.</source>
            <translation>This account has no contacts yet; add them on the Contacts tab.</translation>
        </message>
        <message>
            <source>SPIN questions</source>
            <translation>SPIN questions</translation>
        </message>
        <message>
            <source>&amp;Questions to ask</source>
            <translation>&amp;Questions to ask</translation>
        </message>
        <message>
            <source>Sta&amp;ge</source>
            <translation>Sta&amp;ge</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source>N&amp;ext steps</source>
            <translation>N&amp;ext steps</translation>
        </message>
        <message>
            <source>&amp;Complaints</source>
            <translation>&amp;Complaints</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Next visit</translation>
        </message>
        <message>
            <source>Ne&amp;xt visit</source>
            <translation>Ne&amp;xt visit</translation>
        </message>
        <message>
            <source>Plan a follow-up visit on this date</source>
            <translation>Plan a follow-up visit on this date</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up visit on this date</source>
            <translation>Plan a &amp;follow-up visit on this date</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation>Ctrl+Enter saves · Esc cancels</translation>
        </message>
    </context>
    <context>
        <name>VisitField</name>
        <message>
            <source>Next step {row}, action</source>
            <translation>Next step {row}, action</translation>
        </message>
        <message>
            <source>Next step {row}, due date</source>
            <translation>Next step {row}, due date</translation>
        </message>
        <message>
            <source>Next step {row}, owner</source>
            <translation>Next step {row}, owner</translation>
        </message>
        <message>
            <source>Complaint {row}, category</source>
            <translation>Complaint {row}, category</translation>
        </message>
        <message>
            <source>Complaint {row}, resolved on</source>
            <translation>Complaint {row}, resolved on</translation>
        </message>
        <message>
            <source>Material {row}</source>
            <translation>Material {row}</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>Planned end</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>Done at</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>Our colleagues</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Materials and samples</source>
            <translation>Materials and samples</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>Next visit</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>Travel notes</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>Account manager</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n visit</numerusform>
                <numerusform>%n visits</numerusform>
            </translation>
        </message>
        <message>
            <source>Log outcome…</source>
            <translation>Log outcome…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>Open…</translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>Show account</translation>
        </message>
        <message>
            <source>No planned visits to export in this range.</source>
            <translation>No planned visits to export in this range.</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>Export calendar</translation>
        </message>
        <message>
            <source>iCalendar file (*.ics)</source>
            <translation>iCalendar file (*.ics)</translation>
        </message>
        <message numerus="yes">
            <source>%n planned visit(s) exported to %1</source>
            <translation>
                <numerusform>%n planned visit exported to %1</numerusform>
                <numerusform>%n planned visits exported to %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>Agenda</translation>
        </message>
        <message>
            <source>Log unplanned visit…</source>
            <translation>Log unplanned visit…</translation>
        </message>
        <message>
            <source>Record a call or visit that was never planned</source>
            <translation>Record a call or visit that was never planned</translation>
        </message>
        <message>
            <source>Export calendar…</source>
            <translation>Export calendar…</translation>
        </message>
        <message>
            <source>Save the planned visits of the shown range as an .ics file for Outlook, a phone or another calendar</source>
            <translation>Save the planned visits of the shown range as an .ics file for Outlook, a phone or another calendar</translation>
        </message>
        <message>
            <source>Open an account book to see its visits.</source>
            <translation>Open an account book to see its visits.</translation>
        </message>
        <message>
            <source>No overdue visits: every planned visit is logged or still ahead.</source>
            <translation>No overdue visits: every planned visit is logged or still ahead.</translation>
        </message>
        <message>
            <source>No visits in this range. Plan one from the Due list, or choose another range.</source>
            <translation>No visits in this range. Plan one from the Due list, or choose another range.</translation>
        </message>
    </context>
    <context>
        <name>WeightsPage</name>
        <message>
            <source>Weights</source>
            <translation>Weights</translation>
        </message>
        <message>
            <source>New value model</source>
            <translation>New value model</translation>
        </message>
        <message>
            <source>Name of the new model:</source>
            <translation>Name of the new model:</translation>
        </message>
        <message>
            <source>Rename value model</source>
            <translation>Rename value model</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>New name:</translation>
        </message>
        <message>
            <source>Delete value model</source>
            <translation>Delete value model</translation>
        </message>
        <message>
            <source>Delete the value model “{name}”? This cannot be undone.</source>
            <translation>Delete the value model “{name}”? This cannot be undone.</translation>
        </message>
        <message>
            <source>How much each indicator counts in an account's value score and tier. The model chosen here is the one the account book scores by.</source>
            <translation>How much each indicator counts in an account's value score and tier. The model chosen here is the one the account book scores by.</translation>
        </message>
        <message>
            <source>Active model:</source>
            <translation>Active model:</translation>
        </message>
        <message>
            <source>New model…</source>
            <translation>New model…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>Rename…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
    </context>
    <context>
        <name>WeightsTable</name>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Share of the score</source>
            <translation>Share of the score</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to KAM Desktop</source>
            <translation>Welcome to KAM Desktop</translation>
        </message>
        <message>
            <source>Import a list from headquarters…</source>
            <translation>Import a list from headquarters…</translation>
        </message>
        <message>
            <source>Start a new book with the customers of an Excel or CSV list from HQ.</source>
            <translation>Start a new book with the customers of an Excel or CSV list from HQ.</translation>
        </message>
        <message>
            <source>Open an account book</source>
            <translation>Open an account book</translation>
        </message>
        <message>
            <source>KAM account book (*.kambook);;All files (*)</source>
            <translation>KAM account book (*.kambook);;All files (*)</translation>
        </message>
        <message>
            <source>Your key accounts in one place, on this laptop: companies, contact maps, visits and what each account is worth. Everything works offline; files go to and from headquarters when you choose.</source>
            <translation>Your key accounts in one place, on this laptop: companies, contact maps, visits and what each account is worth. Everything works offline; files go to and from headquarters when you choose.</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>How would you like to start?</translation>
        </message>
        <message>
            <source>Explore the demo account book</source>
            <translation>Explore the demo account book</translation>
        </message>
        <message>
            <source>A realistic portfolio of companies, contacts and visits to try everything safely. Your own book stays separate.</source>
            <translation>A realistic portfolio of companies, contacts and visits to try everything safely. Your own book stays separate.</translation>
        </message>
        <message>
            <source>Start a new empty book</source>
            <translation>Start a new empty book</translation>
        </message>
        <message>
            <source>Begin with your own accounts: add them one by one or import a list from headquarters.</source>
            <translation>Begin with your own accounts: add them one by one or import a list from headquarters.</translation>
        </message>
        <message>
            <source>Open an existing book…</source>
            <translation>Open an existing book…</translation>
        </message>
        <message>
            <source>Choose a .kambook file, for example one copied from your previous laptop.</source>
            <translation>Choose a .kambook file, for example one copied from your previous laptop.</translation>
        </message>
        <message>
            <source>You can switch to another book at any time in Settings.</source>
            <translation>You can switch to another book at any time in Settings.</translation>
        </message>
    </context>
    <context>
        <name>WhenDialog</name>
        <message>
            <source>Day</source>
            <translation>Day</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
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
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>no damage found ({seconds:.2f} s)</source>
            <translation>no damage found ({seconds:.2f} s)</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>Access</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>read-only</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Backups</translation>
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
            <source>Planned</source>
            <translation>Planned</translation>
        </message>
        <message>
            <source>The scores change at the next refresh: run kam value score to rescore now.</source>
            <translation>The scores change at the next refresh: run kam value score to rescore now.</translation>
        </message>
        <message>
            <source> (active)</source>
            <translation> (active)</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicator</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <source>Indicator code</source>
            <translation>Indicator code</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>Weight</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>Share</translation>
        </message>
        <message>
            <source>The book now scores with the value model {name}.</source>
            <translation>The book now scores with the value model {name}.</translation>
        </message>
        <message>
            <source>the value model's name</source>
            <translation>the value model's name</translation>
        </message>
        <message>
            <source>the value models: indicator weights, the active model</source>
            <translation>the value models: indicator weights, the active model</translation>
        </message>
        <message>
            <source>list the value models and their weights</source>
            <translation>list the value models and their weights</translation>
        </message>
        <message>
            <source>score the book with this value model</source>
            <translation>score the book with this value model</translation>
        </message>
        <message>
            <source>set one indicator's weight in a value model</source>
            <translation>set one indicator's weight in a value model</translation>
        </message>
        <message>
            <source>the indicator's code (see models list)</source>
            <translation>the indicator's code (see models list)</translation>
        </message>
        <message>
            <source>a number, 0 or more (0 leaves the indicator out)</source>
            <translation>a number, 0 or more (0 leaves the indicator out)</translation>
        </message>
        <message>
            <source>add a value model, a copy of another one's weights</source>
            <translation>add a value model, a copy of another one's weights</translation>
        </message>
        <message>
            <source>copy this model's weights (default: the active one)</source>
            <translation>copy this model's weights (default: the active one)</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>Attendees</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>Objective / outcome</translation>
        </message>
        <message>
            <source>{count} visits</source>
            <translation>{count} visits</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>Tier</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>Due on</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>Days overdue</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>{count} accounts due by {day}</source>
            <translation>{count} accounts due by {day}</translation>
        </message>
        <message>
            <source>Wrote {count} planned visits from {start} to {end} to {path}</source>
            <translation>Wrote {count} planned visits from {start} to {end} to {path}</translation>
        </message>
        <message>
            <source>first day (local date, included)</source>
            <translation>first day (local date, included)</translation>
        </message>
        <message>
            <source>last day (local date, included)</source>
            <translation>last day (local date, included)</translation>
        </message>
        <message>
            <source>list visits by planned time: a range of days, a status, an owner, an account</source>
            <translation>list visits by planned time: a range of days, a status, an owner, an account</translation>
        </message>
        <message>
            <source>visit status: {codes}</source>
            <translation>visit status: {codes}</translation>
        </message>
        <message>
            <source>who the visit belongs to</source>
            <translation>who the visit belongs to</translation>
        </message>
        <message>
            <source>the account's customer code (客户编码)</source>
            <translation>the account's customer code (客户编码)</translation>
        </message>
        <message>
            <source>only planned visits whose time has passed</source>
            <translation>only planned visits whose time has passed</translation>
        </message>
        <message>
            <source>count --overdue from the start of this day (default: now)</source>
            <translation>count --overdue from the start of this day (default: now)</translation>
        </message>
        <message>
            <source>the visit agenda, revisits due, calendar export</source>
            <translation>the visit agenda, revisits due, calendar export</translation>
        </message>
        <message>
            <source>accounts due for a revisit within a week, with the reasons (待回访)</source>
            <translation>accounts due for a revisit within a week, with the reasons (待回访)</translation>
        </message>
        <message>
            <source>the day to count from (default: today)</source>
            <translation>the day to count from (default: today)</translation>
        </message>
        <message>
            <source>the account manager</source>
            <translation>the account manager</translation>
        </message>
        <message>
            <source>write the planned visits of a range of days to an iCalendar (.ics) file</source>
            <translation>write the planned visits of a range of days to an iCalendar (.ics) file</translation>
        </message>
        <message>
            <source>the calendar file to write (replaced if it exists)</source>
            <translation>the calendar file to write (replaced if it exists)</translation>
        </message>
        <message>
            <source>only this owner's visits</source>
            <translation>only this owner's visits</translation>
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
            <source>{value!r} must end in {suffixes}</source>
            <translation>{value!r} must end in {suffixes}</translation>
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
            <source>KAM Desktop on the command line: create, inspect and list account books, their contacts and contact maps, visits, due revisits and calendars.</source>
            <translation>KAM Desktop on the command line: create, inspect and list account books, their contacts and contact maps, visits, due revisits and calendars.</translation>
        </message>
        <message>
            <source>unexpected error: {error}. Run the command again with --debug for details.</source>
            <translation>unexpected error: {error}. Run the command again with --debug for details.</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <source>KDM</source>
            <translation>KDM</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Level</translation>
        </message>
        <message>
            <source>{count} contacts of {account}</source>
            <translation>{count} contacts of {account}</translation>
        </message>
        <message>
            <source>Exported {count} contacts of {account} to {path}</source>
            <translation>Exported {count} contacts of {account} to {path}</translation>
        </message>
        <message>
            <source>Imported {count} contacts from {path} into {account}</source>
            <translation>Imported {count} contacts from {path} into {account}</translation>
        </message>
        <message>
            <source>{count} warnings (imported as written or skipped):</source>
            <translation>{count} warnings (imported as written or skipped):</translation>
        </message>
        <message>
            <source>list an account's contacts; vCard import and export</source>
            <translation>list an account's contacts; vCard import and export</translation>
        </message>
        <message>
            <source>list an account's contacts, ordered by name</source>
            <translation>list an account's contacts, ordered by name</translation>
        </message>
        <message>
            <source>write an account's contacts to a vCard 3.0 file (UTF-8), e.g. for a phone</source>
            <translation>write an account's contacts to a vCard 3.0 file (UTF-8), e.g. for a phone</translation>
        </message>
        <message>
            <source>the vCard file to write (replaced if it exists)</source>
            <translation>the vCard file to write (replaced if it exists)</translation>
        </message>
        <message>
            <source>add the contacts of a vCard file (2.1, 3.0 or 4.0) to an account: all of them, or none and a message naming the card and field at fault; a phone number that cannot be checked is kept with a warning, a card without a name is skipped with one</source>
            <translation>add the contacts of a vCard file (2.1, 3.0 or 4.0) to an account: all of them, or none and a message naming the card and field at fault; a phone number that cannot be checked is kept with a warning, a card without a name is skipped with one</translation>
        </message>
        <message>
            <source>the vCard file to read</source>
            <translation>the vCard file to read</translation>
        </message>
        <message>
            <source>Drew the contact map of {code} to {path}</source>
            <translation>Drew the contact map of {code} to {path}</translation>
        </message>
        <message>
            <source>draw an account's contact map (org chart, influence, coverage gaps) to a file</source>
            <translation>draw an account's contact map (org chart, influence, coverage gaps) to a file</translation>
        </message>
        <message>
            <source>map.png or map.svg (replaced if it exists)</source>
            <translation>map.png or map.svg (replaced if it exists)</translation>
        </message>
        <message>
            <source>Wrote the workbook: {path}</source>
            <translation>Wrote the workbook: {path}</translation>
        </message>
        <message>
            <source>write the book as an Excel workbook</source>
            <translation>write the book as an Excel workbook</translation>
        </message>
        <message>
            <source>Write accounts, contacts, visits, next steps, complaints, SPIN notes and value records as the sheets of one Excel workbook. The accounts sheet re-imports as an HQ customer list.</source>
            <translation>Write accounts, contacts, visits, next steps, complaints, SPIN notes and value records as the sheets of one Excel workbook. The accounts sheet re-imports as an HQ customer list.</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>the workbook to write</translation>
        </message>
        <message>
            <source>customer list</source>
            <translation>customer list</translation>
        </message>
        <message>
            <source>value figures</source>
            <translation>value figures</translation>
        </message>
        <message>
            <source>order list</source>
            <translation>order list</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>comma</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>semicolon</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>vertical bar</translation>
        </message>
        <message>
            <source>Read as CSV ({what}): encoding {encoding}, delimiter {delimiter}, header on line {row}</source>
            <translation>Read as CSV ({what}): encoding {encoding}, delimiter {delimiter}, header on line {row}</translation>
        </message>
        <message>
            <source>Read as {kind} ({what}): sheet {sheet}, header on row {row}</source>
            <translation>Read as {kind} ({what}): sheet {sheet}, header on row {row}</translation>
        </message>
        <message>
            <source>Mapping: {name}</source>
            <translation>Mapping: {name}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>Columns ignored: {columns}</translation>
        </message>
        <message>
            <source>Summary rows skipped</source>
            <translation>Summary rows skipped</translation>
        </message>
        <message>
            <source>Near-duplicate names: {count} (never merged; check them in the wizard)</source>
            <translation>Near-duplicate names: {count} (never merged; check them in the wizard)</translation>
        </message>
        <message>
            <source>This file was already imported on {when}.</source>
            <translation>This file was already imported on {when}.</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>Dry run: nothing was written.</translation>
        </message>
        <message>
            <source>Imported into {book}.</source>
            <translation>Imported into {book}.</translation>
        </message>
        <message>
            <source>Nothing to change: the book was not touched.</source>
            <translation>Nothing to change: the book was not touched.</translation>
        </message>
        <message>
            <source>Rejected rows report ({count} lines): {path}</source>
            <translation>Rejected rows report ({count} lines): {path}</translation>
        </message>
        <message>
            <source>import an HQ customer list, value figures or orders</source>
            <translation>import an HQ customer list, value figures or orders</translation>
        </message>
        <message>
            <source>Import a list from headquarters (CSV, XLSX or XLS) into the book in one transaction: new accounts are added, HQ-owned fields of known accounts updated; what the rep recorded (contacts, visits, notes) is never touched. Rows that cannot be imported are counted and can be saved as a report.</source>
            <translation>Import a list from headquarters (CSV, XLSX or XLS) into the book in one transaction: new accounts are added, HQ-owned fields of known accounts updated; what the rep recorded (contacts, visits, notes) is never touched. Rows that cannot be imported are counted and can be saved as a report.</translation>
        </message>
        <message>
            <source>the list</source>
            <translation>the list</translation>
        </message>
        <message>
            <source>what the list holds (default: from its header)</source>
            <translation>what the list holds (default: from its header)</translation>
        </message>
        <message>
            <source>a saved column mapping to use</source>
            <translation>a saved column mapping to use</translation>
        </message>
        <message>
            <source>the sheet of a workbook (default: the one with a header)</source>
            <translation>the sheet of a workbook (default: the one with a header)</translation>
        </message>
        <message>
            <source>the text encoding of a CSV, e.g. gbk (default: detected)</source>
            <translation>the text encoding of a CSV, e.g. gbk (default: detected)</translation>
        </message>
        <message>
            <source>the delimiter of a CSV, or 'tab' (default: detected)</source>
            <translation>the delimiter of a CSV, or 'tab' (default: detected)</translation>
        </message>
        <message>
            <source>show what the import would do; write nothing</source>
            <translation>show what the import would do; write nothing</translation>
        </message>
        <message>
            <source>save the rejected rows to this file</source>
            <translation>save the rejected rows to this file</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>no data</translation>
        </message>
        <message>
            <source>{amount} (10k CNY)</source>
            <translation>{amount} (10k CNY)</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>retention {retention} a year (lifecycle: {stage}), discount rate {discount} a year, {years} years</source>
            <translation>retention {retention} a year (lifecycle: {stage}), discount rate {discount} a year, {years} years</translation>
        </message>
        <message>
            <source>; cost to serve not recorded</source>
            <translation>; cost to serve not recorded</translation>
        </message>
        <message>
            <source>; cost to serve {amount} a year</source>
            <translation>; cost to serve {amount} a year</translation>
        </message>
        <message>
            <source>Value score</source>
            <translation>Value score</translation>
        </message>
        <message>
            <source>some indicators had no data; the score uses the others</source>
            <translation>some indicators had no data; the score uses the others</translation>
        </message>
        <message>
            <source>Incomplete data</source>
            <translation>Incomplete data</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation> (set by hand)</translation>
        </message>
        <message>
            <source>, from {count} referred accounts</source>
            <translation>, from {count} referred accounts</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
        </message>
        <message>
            <source>Sales, last 12 months</source>
            <translation>Sales, last 12 months</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>Gross margin, last 12 months</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>Lifetime value</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>Assumptions</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>Referral value</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>Quadrant</translation>
        </message>
        <message>
            <source>Suggested action</source>
            <translation>Suggested action</translation>
        </message>
        <message>
            <source>Suggested relationship mode</source>
            <translation>Suggested relationship mode</translation>
        </message>
        <message>
            <source>Relationship mode now</source>
            <translation>Relationship mode now</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>Sales (10k CNY)</translation>
        </message>
        <message>
            <source>Gross margin (10k CNY)</source>
            <translation>Gross margin (10k CNY)</translation>
        </message>
        <message>
            <source>Scored the accounts as of {day}.</source>
            <translation>Scored the accounts as of {day}.</translation>
        </message>
        <message>
            <source>No month was missing its value snapshots.</source>
            <translation>No month was missing its value snapshots.</translation>
        </message>
        <message>
            <source>Wrote {rows} value snapshots for {month}.</source>
            <translation>Wrote {rows} value snapshots for {month}.</translation>
        </message>
        <message>
            <source>Wrote {rows} value snapshots for {count} months, {first} to {last}.</source>
            <translation>Wrote {rows} value snapshots for {count} months, {first} to {last}.</translation>
        </message>
        <message>
            <source>score every account and store the value snapshots of a month</source>
            <translation>score every account and store the value snapshots of a month</translation>
        </message>
        <message>
            <source>the month to store (default: the current month)</source>
            <translation>the month to store (default: the current month)</translation>
        </message>
        <message>
            <source>store every month the value records cover that has no snapshots yet</source>
            <translation>store every month the value records cover that has no snapshots yet</translation>
        </message>
        <message>
            <source>Wrote the visit plan ({count} visits) to {path}</source>
            <translation>Wrote the visit plan ({count} visits) to {path}</translation>
        </message>
        <message>
            <source>print the visit plan of a date range (route page and one section per visit) to PDF</source>
            <translation>print the visit plan of a date range (route page and one section per visit) to PDF</translation>
        </message>
        <message>
            <source>the plan's first day</source>
            <translation>the plan's first day</translation>
        </message>
        <message>
            <source>the plan's last day (included)</source>
            <translation>the plan's last day (included)</translation>
        </message>
        <message>
            <source>only this account manager's visits (default: all)</source>
            <translation>only this account manager's visits (default: all)</translation>
        </message>
        <message>
            <source>plan.pdf (replaced if it exists)</source>
            <translation>plan.pdf (replaced if it exists)</translation>
        </message>
        <message>
            <source>the day to compute for (default: today)</source>
            <translation>the day to compute for (default: today)</translation>
        </message>
        <message>
            <source>show one account's value, lifetime and referral value</source>
            <translation>show one account's value, lifetime and referral value</translation>
        </message>
        <message>
            <source>customer value: scores, lifetime and referral value</source>
            <translation>customer value: scores, lifetime and referral value</translation>
        </message>
        <message>
            <source>Drew the chart to {path}</source>
            <translation>Drew the chart to {path}</translation>
        </message>
        <message>
            <source>draw an account's sales and margin, or a portfolio chart, to a PNG or SVG file</source>
            <translation>draw an account's sales and margin, or a portfolio chart, to a PNG or SVG file</translation>
        </message>
        <message>
            <source>the account's sales and gross margin by month</source>
            <translation>the account's sales and gross margin by month</translation>
        </message>
        <message>
            <source>a chart of every account: the value pyramid, the Pareto curve, the lifetime and referral quadrants, or the lifecycle stages</source>
            <translation>a chart of every account: the value pyramid, the Pareto curve, the lifetime and referral quadrants, or the lifecycle stages</translation>
        </message>
        <message>
            <source>chart.png or chart.svg (replaced if it exists)</source>
            <translation>chart.png or chart.svg (replaced if it exists)</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>interrupted</translation>
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>No contact at the decision level is on the map.</source>
            <translation>No contact at the decision level is on the map.</translation>
        </message>
        <message>
            <source>Find out who approves the purchase and ask your contacts to introduce you.</source>
            <translation>Find out who approves the purchase and ask your contacts to introduce you.</translation>
        </message>
        <message>
            <source>No contact is marked as the key decision maker.</source>
            <translation>No contact is marked as the key decision maker.</translation>
        </message>
        <message>
            <source>Find out who makes the final decision and mark that contact as the key decision maker.</source>
            <translation>Find out who makes the final decision and mark that contact as the key decision maker.</translation>
        </message>
        <message>
            <source>Key decision maker neutral or opposed: {names}.</source>
            <translation>Key decision maker neutral or opposed: {names}.</translation>
        </message>
        <message>
            <source>Learn what {names} wants from the deal and worries about, and plan with your coach how to win their support.</source>
            <translation>Learn what {names} wants from the deal and worries about, and plan with your coach how to win their support.</translation>
        </message>
        <message>
            <source>Relationship with the key decision maker below level {level}: {names}.</source>
            <translation>Relationship with the key decision maker below level {level}: {names}.</translation>
        </message>
        <message>
            <source>Plan contacts that move {names} up the relationship pyramid: shared interests, then honesty and expertise.</source>
            <translation>Plan contacts that move {names} up the relationship pyramid: shared interests, then honesty and expertise.</translation>
        </message>
        <message>
            <source>No coach: nobody inside tells us how the project really stands.</source>
            <translation>No coach: nobody inside tells us how the project really stands.</translation>
        </message>
        <message>
            <source>Develop a contact who favours us, knows the company and is close to the key decision maker into a coach.</source>
            <translation>Develop a contact who favours us, knows the company and is close to the key decision maker into a coach.</translation>
        </message>
        <message>
            <source>Opposed, highly influential and no plan to handle it: {names}.</source>
            <translation>Opposed, highly influential and no plan to handle it: {names}.</translation>
        </message>
        <message>
            <source>Write a plan for each: answer their concerns, or balance their influence through supporters.</source>
            <translation>Write a plan for each: answer their concerns, or balance their influence through supporters.</translation>
        </message>
        <message>
            <source>Contacts at relationship level {level} or higher: {count} (at least {minimum} needed).</source>
            <translation>Contacts at relationship level {level} or higher: {count} (at least {minimum} needed).</translation>
        </message>
        <message>
            <source>Build relationships with more people in the buying centre, so that the account does not rest on one person.</source>
            <translation>Build relationships with more people in the buying centre, so that the account does not rest on one person.</translation>
        </message>
        <message>
            <source>Key contacts not met for more than {days} days: {names}.</source>
            <translation>Key contacts not met for more than {days} days: {names}.</translation>
        </message>
        <message>
            <source>Plan a visit or a call with {names}.</source>
            <translation>Plan a visit or a call with {names}.</translation>
        </message>
    </context>
    <context>
        <name>edit_map_rules</name>
        <message>
            <source>Updating coverage gaps with the new rules…</source>
            <translation>Updating coverage gaps with the new rules…</translation>
        </message>
    </context>
    <context>
        <name>edit_value_settings</name>
        <message>
            <source>Value settings</source>
            <translation>Value settings</translation>
        </message>
        <message>
            <source>Rescoring every account with the new settings…</source>
            <translation>Rescoring every account with the new settings…</translation>
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
            <source>it could not be read</source>
            <translation>it could not be read</translation>
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
            <source>is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</source>
            <translation>is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</translation>
        </message>
        <message>
            <source>is not an e-mail address (name@example.com).</source>
            <translation>is not an e-mail address (name@example.com).</translation>
        </message>
        <message>
            <source>is not a web address (www.example.com).</source>
            <translation>is not a web address (www.example.com).</translation>
        </message>
        <message>
            <source>is not one of the allowed values.</source>
            <translation>is not one of the allowed values.</translation>
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
        <message>
            <source>{path} already exists; it was not changed. The demo book is only built into a new file: choose another name.</source>
            <translation>{path} already exists; it was not changed. The demo book is only built into a new file: choose another name.</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}.</source>
            <extracomment>Lengths follow the columns of ``db.models.Contact``; long free text is capped generously. Free text that may run over several lines; every other text field is one line.</extracomment>
            <translation>must be a whole number from {low} to {high}.</translation>
        </message>
        <message>
            <source>is in the future.</source>
            <translation>is in the future.</translation>
        </message>
        <message>
            <source>is not a mobile number; use 11 digits starting with 1 (13812345678).</source>
            <translation>is not a mobile number; use 11 digits starting with 1 (13812345678).</translation>
        </message>
        <message>
            <source>{name} cannot report to themselves.</source>
            <translation>{name} cannot report to themselves.</translation>
        </message>
        <message>
            <source>{name} cannot report to {manager}, because {manager} already reports to {name} ({chain}).</source>
            <translation>{name} cannot report to {manager}, because {manager} already reports to {name} ({chain}).</translation>
        </message>
        <message>
            <source>{manager} is a contact of another account ({account}); {name} can only report to a contact of the same account.</source>
            <translation>{manager} is a contact of another account ({account}); {name} can only report to a contact of the same account.</translation>
        </message>
        <message>
            <source>the chosen manager was deleted or is not in this book; choose another contact.</source>
            <translation>the chosen manager was deleted or is not in this book; choose another contact.</translation>
        </message>
        <message>
            <source>{name} cannot influence themselves.</source>
            <translation>{name} cannot influence themselves.</translation>
        </message>
        <message>
            <source>{source} and {target} belong to different accounts; influence links stay within one account.</source>
            <translation>{source} and {target} belong to different accounts; influence links stay within one account.</translation>
        </message>
        <message>
            <source>{source} already influences {target}.</source>
            <translation>{source} already influences {target}.</translation>
        </message>
        <message>
            <source>This contact was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>This contact was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>contact</translation>
        </message>
        <message>
            <source>influence link</source>
            <translation>influence link</translation>
        </message>
        <message>
            <source>must not be before the planned start.</source>
            <translation>must not be before the planned start.</translation>
        </message>
        <message>
            <source>must be between {low} and {high}.</source>
            <extracomment>[default] Share of customers still buying a year later, by lifecycle stage: a new relationship is fragile, a stable one sticks, a declining one is half gone, a lost one gone. An account without a lifecycle stage (no order yet) is treated as a new relationship.</extracomment>
            <translation>must be between {low} and {high}.</translation>
        </message>
        <message>
            <source>must be a whole number of years.</source>
            <translation>must be a whole number of years.</translation>
        </message>
        <message>
            <source>is in the future ({value}); a visit is logged as done once it has happened.</source>
            <translation>is in the future ({value}); a visit is logged as done once it has happened.</translation>
        </message>
        <message>
            <source>must not be before the visit ({value}).</source>
            <translation>must not be before the visit ({value}).</translation>
        </message>
        <message>
            <source>must not be before the complaint was opened ({value}).</source>
            <translation>must not be before the complaint was opened ({value}).</translation>
        </message>
        <message>
            <source>{names}: not a contact of this account; choose people of {account}.</source>
            <translation>{names}: not a contact of this account; choose people of {account}.</translation>
        </message>
        <message>
            <source>{count} question(s) are not in the question bank any more.</source>
            <translation>{count} question(s) are not in the question bank any more.</translation>
        </message>
        <message>
            <source>This visit was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>This visit was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</translation>
        </message>
        <message>
            <source>is not a date (YYYY-MM-DD).</source>
            <extracomment>The vCard property each contact field travels in (named in import errors).</extracomment>
            <translation>is not a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>{path}: a contact map can be saved as .png or .svg; choose one of these.</source>
            <translation>{path}: a contact map can be saved as .png or .svg; choose one of these.</translation>
        </message>
        <message>
            <source>{path}: a chart can be saved as .png or .svg; choose one of these.</source>
            <translation>{path}: a chart can be saved as .png or .svg; choose one of these.</translation>
        </message>
        <message>
            <source>{path} could not be written. Check that the folder exists and is writable.</source>
            <translation>{path} could not be written. Check that the folder exists and is writable.</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>next step</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>complaint</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>visit</translation>
        </message>
        <message>
            <source>This visit is already done, so it cannot be cancelled. Edit it to change what was recorded.</source>
            <translation>This visit is already done, so it cannot be cancelled. Edit it to change what was recorded.</translation>
        </message>
        <message>
            <source>{file} is empty. Nothing was imported.</source>
            <translation>{file} is empty. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}. Nothing was imported.</source>
            <translation>{file} could not be read: {reason}. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is not a customer list: {reason}. Save the list from Excel or WPS as .xlsx or .csv and try again. Nothing was imported.</source>
            <translation>{file} is not a customer list: {reason}. Save the list from Excel or WPS as .xlsx or .csv and try again. Nothing was imported.</translation>
        </message>
        <message>
            <source>{encoding} is not a text encoding KAM Desktop knows (try GBK or UTF-8).</source>
            <translation>{encoding} is not a text encoding KAM Desktop knows (try GBK or UTF-8).</translation>
        </message>
        <message>
            <source>The delimiter must be one character, such as a comma or a tab.</source>
            <translation>The delimiter must be one character, such as a comma or a tab.</translation>
        </message>
        <message>
            <source>{file}, line {row}: the text is not valid {encoding}. Choose another encoding. Nothing was imported.</source>
            <translation>{file}, line {row}: the text is not valid {encoding}. Choose another encoding. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}, line {row}: {reason}. Nothing was imported.</source>
            <translation>{file}, line {row}: {reason}. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete. Open it in Excel or WPS, save it again and try again. Nothing was imported.</source>
            <translation>{file} is damaged or incomplete. Open it in Excel or WPS, save it again and try again. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is protected by a password. Open it in Excel or WPS, remove the password, save it and try again. Nothing was imported.</source>
            <translation>{file} is protected by a password. Open it in Excel or WPS, remove the password, save it and try again. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
            <translation>{file} has no sheet named {sheet}. Its sheets are: {sheets}.</translation>
        </message>
        <message>
            <source>{file}: no header row was found in the first {limit} rows (the first row reads: {headers}). Put column names such as 客户名称 and 客户编码 in one row above the data. Nothing was imported.</source>
            <translation>{file}: no header row was found in the first {limit} rows (the first row reads: {headers}). Put column names such as 客户名称 and 客户编码 in one row above the data. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}, header row {row}: no column can be the {fields}. The headers are: {headers}. Rename that column or choose it by hand. Nothing was imported.</source>
            <translation>{file}, header row {row}: no column can be the {fields}. The headers are: {headers}. Rename that column or choose it by hand. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}, row {row}: {found} cells where the header has {expected} columns (a delimiter inside a value that is not in quotes?).</source>
            <translation>{file}, row {row}: {found} cells where the header has {expected} columns (a delimiter inside a value that is not in quotes?).</translation>
        </message>
        <message>
            <source>it has no sheet with any cells</source>
            <translation>it has no sheet with any cells</translation>
        </message>
        <message>
            <source>it is an image ({what})</source>
            <translation>it is an image ({what})</translation>
        </message>
        <message>
            <source>it is a PDF document</source>
            <translation>it is a PDF document</translation>
        </message>
        <message>
            <source>it is a zip archive, not an Excel workbook</source>
            <translation>it is a zip archive, not an Excel workbook</translation>
        </message>
        <message>
            <source>it holds binary data, not text</source>
            <translation>it holds binary data, not text</translation>
        </message>
        <message>
            <source>its text is in no encoding KAM Desktop recognises (UTF-8, GBK, UTF-16 …)</source>
            <translation>its text is in no encoding KAM Desktop recognises (UTF-8, GBK, UTF-16 …)</translation>
        </message>
        <message>
            <source>a cell is longer than {limit} characters</source>
            <translation>a cell is longer than {limit} characters</translation>
        </message>
        <message>
            <source>this line cannot be read as CSV</source>
            <translation>this line cannot be read as CSV</translation>
        </message>
        <message>
            <source>most lines below its header do not have the header's columns (a document?)</source>
            <translation>most lines below its header do not have the header's columns (a document?)</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <translation>{file} could not be written: {reason}.</translation>
        </message>
        <message>
            <source>{file} is not a vCard file: {reason}. Nothing was imported.</source>
            <translation>{file} is not a vCard file: {reason}. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}, card {card}, line {line} ({text}): {problem} Nothing was imported.</source>
            <translation>{file}, card {card}, line {line} ({text}): {problem} Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}, card {card}: {problem} Nothing was imported.</source>
            <translation>{file}, card {card}: {problem} Nothing was imported.</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB, too large for a phone book; split it into smaller files. Nothing was imported.</source>
            <translation>{file} is larger than {limit} MB, too large for a phone book; split it into smaller files. Nothing was imported.</translation>
        </message>
        <message>
            <source>{file}: none of its {count} cards has a name (FN, N or ORG). Nothing was imported.</source>
            <translation>{file}: none of its {count} cards has a name (FN, N or ORG). Nothing was imported.</translation>
        </message>
        <message>
            <source>it holds no BEGIN:VCARD … END:VCARD card</source>
            <translation>it holds no BEGIN:VCARD … END:VCARD card</translation>
        </message>
        <message>
            <source>it is not text in UTF-8, UTF-16 or GB18030</source>
            <translation>it is not text in UTF-8, UTF-16 or GB18030</translation>
        </message>
        <message>
            <source>it holds calendar or other entries, not contacts</source>
            <translation>it holds calendar or other entries, not contacts</translation>
        </message>
        <message>
            <source>this line cannot be read. A long value may go on over several lines only when each following line starts with a space.</source>
            <translation>this line cannot be read. A long value may go on over several lines only when each following line starts with a space.</translation>
        </message>
        <message>
            <source>this card cannot be read; its lines are not in the shape a vCard needs.</source>
            <translation>this card cannot be read; its lines are not in the shape a vCard needs.</translation>
        </message>
        <message>
            <source>this line is not text in the character set its CHARSET parameter names (or, without one, in UTF-8 or GB18030).</source>
            <translation>this line is not text in the character set its CHARSET parameter names (or, without one, in UTF-8 or GB18030).</translation>
        </message>
        <message>
            <source>BEGIN:VCARD and END:VCARD do not match; a card is not closed.</source>
            <translation>BEGIN:VCARD and END:VCARD do not match; a card is not closed.</translation>
        </message>
        <message>
            <source>a value is not in the character set its CHARSET parameter names.</source>
            <translation>a value is not in the character set its CHARSET parameter names.</translation>
        </message>
        <message>
            <source>{field} ({property}): {problem}</source>
            <translation>{field} ({property}): {problem}</translation>
        </message>
        <message>
            <source>belongs to another account; choose one of {account}.</source>
            <translation>belongs to another account; choose one of {account}.</translation>
        </message>
        <message>
            <source>This SPIN note was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>This SPIN note was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</translation>
        </message>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>SPIN note</source>
            <translation>SPIN note</translation>
        </message>
        <message>
            <source>--from {start} is after --to {end}. Give the earlier day first.</source>
            <translation>--from {start} is after --to {end}. Give the earlier day first.</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation>The folder {folder} does not exist; nothing was written.</translation>
        </message>
        <message>
            <source>must be at least {minimum} days.</source>
            <extracomment>Visits whose purpose is the occasion itself cover a rule too, whatever the setting says.</extracomment>
            <translation>must be at least {minimum} days.</translation>
        </message>
        <message>
            <source>{value} is not a date; type it as 2026-12-01, 12-1 or +7 (days from today).</source>
            <translation>{value} is not a date; type it as 2026-12-01, 12-1 or +7 (days from today).</translation>
        </message>
        <message>
            <source>must be a day after today ({today}).</source>
            <translation>must be a day after today ({today}).</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}.</source>
            <extracomment>Usable values of each threshold, inclusive. Relationship levels are 0..5 and attitudes -2..2; a threshold at the bottom of either scale could never be missed, so it is refused.</extracomment>
            <translation>must be between {minimum} and {maximum}.</translation>
        </message>
        <message>
            <source>the file or its folder cannot be opened</source>
            <translation>the file or its folder cannot be opened</translation>
        </message>
        <message>
            <source>{name} (taken {when}, schema {revision})</source>
            <translation>{name} (taken {when}, schema {revision})</translation>
        </message>
        <message>
            <source>Another program is using this book ({path}): another KAM Desktop window, a sync or a backup tool. Nothing was changed. Close the other program or wait a moment, then try again.</source>
            <translation>Another program is using this book ({path}): another KAM Desktop window, a sync or a backup tool. Nothing was changed. Close the other program or wait a moment, then try again.</translation>
        </message>
        <message>
            <source>{path} can only be read ({reason}), so the change was not saved. To work in this book, copy it to a folder you can write to (for example Documents) and open the copy.</source>
            <translation>{path} can only be read ({reason}), so the change was not saved. To work in this book, copy it to a folder you can write to (for example Documents) and open the copy.</translation>
        </message>
        <message>
            <source>{path} was made by an older version of KAM Desktop and must be upgraded, but it can only be read ({reason}). The file was not changed. Copy it to a folder you can write to (for example Documents) and open the copy.</source>
            <translation>{path} was made by an older version of KAM Desktop and must be upgraded, but it can only be read ({reason}). The file was not changed. Copy it to a folder you can write to (for example Documents) and open the copy.</translation>
        </message>
        <message>
            <source>The disk holding {path} is full, so the last change was not saved. Free some space (empty the recycle bin, move large files), then try again.</source>
            <translation>The disk holding {path} is full, so the last change was not saved. Free some space (empty the recycle bin, move large files), then try again.</translation>
        </message>
        <message>
            <source>Reading or writing {path} failed (a disk, USB stick or network drive problem), so the last change was not saved. Check the drive, then try again.</source>
            <translation>Reading or writing {path} failed (a disk, USB stick or network drive problem), so the last change was not saved. Check the drive, then try again.</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. To restore a backup, close KAM Desktop, keep the damaged file aside for your IT support, and copy one of these backups in its place (the newest first):
{backups}</source>
            <translation>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. To restore a backup, close KAM Desktop, keep the damaged file aside for your IT support, and copy one of these backups in its place (the newest first):
{backups}</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. No backup was found beside it: look for another copy of the book (a sync package, a USB stick, e-mail) or ask your IT support.</source>
            <translation>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. No backup was found beside it: look for another copy of the book (a sync package, a USB stick, e-mail) or ask your IT support.</translation>
        </message>
        <message>
            <source>{path} could not be upgraded to this version of KAM Desktop ({reason}). The book was not changed; a copy from before the upgrade is at {backup}.</source>
            <translation>{path} could not be upgraded to this version of KAM Desktop ({reason}). The book was not changed; a copy from before the upgrade is at {backup}.</translation>
        </message>
        <message>
            <source>Not saved: the book refused a value ({rule}). Please check the entry and try again.</source>
            <translation>Not saved: the book refused a value ({rule}). Please check the entry and try again.</translation>
        </message>
        <message>
            <source>{path} is open read-only ({reason}): you can look at everything, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} is open read-only ({reason}): you can look at everything, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</translation>
        </message>
        <message>
            <source>{path} had been left half-upgraded by an earlier version of KAM Desktop. The unfinished changes were undone and the upgrade was finished; nothing you entered was lost. A copy from before is at {backup}.</source>
            <translation>{path} had been left half-upgraded by an earlier version of KAM Desktop. The unfinished changes were undone and the upgrade was finished; nothing you entered was lost. A copy from before is at {backup}.</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>the file is read-only</translation>
        </message>
        <message>
            <source>its folder is read-only</source>
            <translation>its folder is read-only</translation>
        </message>
        <message>
            <source>the drive is read-only</source>
            <translation>the drive is read-only</translation>
        </message>
        <message>
            <source>parts of the file cannot be read</source>
            <translation>parts of the file cannot be read</translation>
        </message>
        <message>
            <source>an earlier upgrade was interrupted</source>
            <translation>an earlier upgrade was interrupted</translation>
        </message>
        <message>
            <source>contains a control character (such as a line break or an escape); remove it.</source>
            <extracomment>The largest whole number a book column holds (SQLite's INTEGER is 64-bit).</extracomment>
            <translation>contains a control character (such as a line break or an escape); remove it.</translation>
        </message>
        <message>
            <source>contains a broken character that is not text; type or paste it again.</source>
            <translation>contains a broken character that is not text; type or paste it again.</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>must be text.</translation>
        </message>
        <message>
            <source>must be a number (not infinite or “not a number”).</source>
            <translation>must be a number (not infinite or “not a number”).</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}.</source>
            <translation>must be a number from {low} to {high}.</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>must be a whole number.</translation>
        </message>
        <message>
            <source>is not one of the allowed values; choose one from the list.</source>
            <translation>is not one of the allowed values; choose one from the list.</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>must be a date (YYYY-MM-DD).</translation>
        </message>
        <message>
            <source>must be a date and time.</source>
            <translation>must be a date and time.</translation>
        </message>
        <message>
            <source>must be a list of entries, not a single text.</source>
            <translation>must be a list of entries, not a single text.</translation>
        </message>
        <message>
            <source>must be yes or no.</source>
            <translation>must be yes or no.</translation>
        </message>
        <message>
            <source>kept as written, but it is not a Chinese number and could not be checked as a foreign one (is the country code missing?); please check it.</source>
            <translation>kept as written, but it is not a Chinese number and could not be checked as a foreign one (is the country code missing?); please check it.</translation>
        </message>
        <message>
            <source>left out: it is too long or holds control characters, so it is no number.</source>
            <translation>left out: it is too long or holds control characters, so it is no number.</translation>
        </message>
        <message>
            <source>it has no name (FN, N or ORG), so it was skipped.</source>
            <translation>it has no name (FN, N or ORG), so it was skipped.</translation>
        </message>
        <message>
            <source>Card {card}, {field} ({property}): {problem}</source>
            <translation>Card {card}, {field} ({property}): {problem}</translation>
        </message>
        <message>
            <source>Card {card}: {problem}</source>
            <translation>Card {card}: {problem}</translation>
        </message>
        <message>
            <source>is not an amount; write digits such as 12345.67 or 12,345.67.</source>
            <translation>is not an amount; write digits such as 12345.67 or 12,345.67.</translation>
        </message>
        <message>
            <source>the column's unit ({unit}) is not an amount unit; use 万元 or 元 in the header.</source>
            <translation>the column's unit ({unit}) is not an amount unit; use 万元 or 元 in the header.</translation>
        </message>
        <message>
            <source>is not a date; write 2026-03-15, 2026/3/15 or 2026年3月15日, or an Excel date.</source>
            <translation>is not a date; write 2026-03-15, 2026/3/15 or 2026年3月15日, or an Excel date.</translation>
        </message>
        <message>
            <source>is not a plausible date (years {first} to {last}).</source>
            <translation>is not a plausible date (years {first} to {last}).</translation>
        </message>
        <message>
            <source>is not a month; write 2025-01 or 2025年1月.</source>
            <translation>is not a month; write 2025-01 or 2025年1月.</translation>
        </message>
        <message>
            <source>are all empty; fill in at least one of sales, margin and collections.</source>
            <translation>are all empty; fill in at least one of sales, margin and collections.</translation>
        </message>
        <message>
            <source>must be more than 0; a zero or negative amount is a return or a credit note, not an order.</source>
            <extracomment>As ``sales_order``: ``hq_ref`` holds 64 characters, ``product`` 200. A repurchase cycle beyond ten years is a typing mistake (or a date in the wrong column). No order counts beyond 10^12 pieces; the bound keeps every quantity a finite float.</extracomment>
            <translation>must be more than 0; a zero or negative amount is a return or a credit note, not an order.</translation>
        </message>
        <message>
            <source>is not a quantity; write a number such as 12 or 1,200.5.</source>
            <translation>is not a quantity; write a number such as 12 or 1,200.5.</translation>
        </message>
        <message>
            <source>The mapping “{name}” is not saved for a list with these headers. Choose the columns again or another mapping.</source>
            <translation>The mapping “{name}” is not saved for a list with these headers. Choose the columns again or another mapping.</translation>
        </message>
        <message>
            <source>Column {column}: “{field}” is not a field of this list.</source>
            <translation>Column {column}: “{field}” is not a field of this list.</translation>
        </message>
        <message>
            <source>Two columns feed the {field}; choose one and ignore the other.</source>
            <translation>Two columns feed the {field}; choose one and ignore the other.</translation>
        </message>
        <message>
            <source>{file}: the report can be saved as .csv or .xlsx only. Nothing was written.</source>
            <translation>{file}: the report can be saved as .csv or .xlsx only. Nothing was written.</translation>
        </message>
        <message>
            <source>{month} is not a month that can be scored: write it as YYYY-MM, not later than the current month.</source>
            <translation>{month} is not a month that can be scored: write it as YYYY-MM, not later than the current month.</translation>
        </message>
        <message>
            <source>value model</source>
            <translation>value model</translation>
        </message>
        <message>
            <source>{value} is not an indicator; use one of: {codes}.</source>
            <translation>{value} is not an indicator; use one of: {codes}.</translation>
        </message>
        <message>
            <source>is already the name of another value model.</source>
            <translation>is already the name of another value model.</translation>
        </message>
        <message>
            <source>The active value model cannot be deleted; make another model active first.</source>
            <translation>The active value model cannot be deleted; make another model active first.</translation>
        </message>
        <message>
            <source>The last value model cannot be deleted.</source>
            <translation>The last value model cannot be deleted.</translation>
        </message>
        <message>
            <source>must not all be zero; give at least one indicator a weight above zero.</source>
            <translation>must not all be zero; give at least one indicator a weight above zero.</translation>
        </message>
        <message>
            <source>There are no planned visits from {start} to {end}{owner}, so there is no plan to print. Plan visits (or accept proposals) first, or choose other dates.</source>
            <translation>There are no planned visits from {start} to {end}{owner}, so there is no plan to print. Plan visits (or accept proposals) first, or choose other dates.</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}). Check that the folder exists and that you may write there.</source>
            <translation>{path} could not be written ({reason}). Check that the folder exists and that you may write there.</translation>
        </message>
        <message>
            <source>{path} could not be replaced: it may be open in another program. Close it there, or save the plan under another name.</source>
            <translation>{path} could not be replaced: it may be open in another program. Close it there, or save the plan under another name.</translation>
        </message>
        <message>
            <source>The font for Chinese text could not be loaded, so the plan cannot be printed. Reinstall KAM Desktop to restore its fonts.</source>
            <translation>The font for Chinese text could not be loaded, so the plan cannot be printed. Reinstall KAM Desktop to restore its fonts.</translation>
        </message>
        <message>
            <source>add up to more than 100 %; lower one so that lead keeps the rest.</source>
            <extracomment>Each lifecycle threshold: its label and usable range (inclusive). Counts are whole numbers; ``trend_threshold`` is a fraction (0.10 = 10 %).</extracomment>
            <translation>add up to more than 100 %; lower one so that lead keeps the rest.</translation>
        </message>
        <message>
            <source>must not be above the {tier} threshold.</source>
            <translation>must not be above the {tier} threshold.</translation>
        </message>
        <message>
            <source>must not be longer than the trend window.</source>
            <translation>must not be longer than the trend window.</translation>
        </message>
        <message>
            <source>must be bands or thresholds.</source>
            <translation>must be bands or thresholds.</translation>
        </message>
        <message>
            <source>The plan's last day ({end}) is before its first day ({start}); swap them.</source>
            <translation>The plan's last day ({end}) is before its first day ({start}); swap them.</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Customer Code</source>
            <translation>Customer Code</translation>
        </message>
        <message>
            <source>Customer Name</source>
            <translation>Customer Name</translation>
        </message>
        <message>
            <source>Credit Code</source>
            <translation>Credit Code</translation>
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
            <source>Industry</source>
            <translation>Industry</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>Grade</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>Size</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>Sales (10k CNY)</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>Short form</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>Account status</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>Lifecycle stage</translation>
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
            <source>Sales in the last 12 months (10k CNY)</source>
            <translation>Sales in the last 12 months (10k CNY)</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>Last order</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Next revisit due</source>
            <translation>Next revisit due</translation>
        </message>
        <message>
            <source>Revisit reasons</source>
            <translation>Revisit reasons</translation>
        </message>
        <message>
            <source>Contact map gaps</source>
            <translation>Contact map gaps</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>Account code</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>Job title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>Decision level</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>Buying roles</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>Relationship level</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>Office phone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
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
            <source>Last contact</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>Planned start</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Method</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>Done at</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>Done on</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>Description</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>Resolution</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>Resolved</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Noted</translation>
        </message>
        <message>
            <source>SPIN stage</source>
            <translation>SPIN stage</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Sales amount (10k CNY)</source>
            <translation>Sales amount (10k CNY)</translation>
        </message>
        <message>
            <source>Gross margin (10k CNY)</source>
            <translation>Gross margin (10k CNY)</translation>
        </message>
        <message>
            <source>Collections (10k CNY)</source>
            <translation>Collections (10k CNY)</translation>
        </message>
        <message>
            <source>Cost to serve (10k CNY)</source>
            <translation>Cost to serve (10k CNY)</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>Accounts</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Visits</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>Complaints</translation>
        </message>
        <message>
            <source>SPIN notes</source>
            <translation>SPIN notes</translation>
        </message>
        <message>
            <source>Value records</source>
            <translation>Value records</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>yes</translation>
        </message>
    </context>
    <context>
        <name>hq_columns</name>
        <message>
            <source>customer name</source>
            <translation>customer name</translation>
        </message>
        <message>
            <source>customer code</source>
            <translation>customer code</translation>
        </message>
        <message>
            <source>month</source>
            <translation>month</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>order date</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>amount</translation>
        </message>
        <message>
            <source>Customer code</source>
            <extracomment>``FieldProblem.field`` of a problem with the whole row rather than one cell.</extracomment>
            <translation>Customer code</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>Month</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>Sales</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>Margin</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>Collections</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>Order number</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>Order date</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>Amount</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>Product</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>Quantity</translation>
        </message>
        <message>
            <source>Repurchase cycle (days)</source>
            <translation>Repurchase cycle (days)</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>Figures</translation>
        </message>
    </context>
    <context>
        <name>hq_import</name>
        <message>
            <source>New</source>
            <translation>New</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Duplicate in file</source>
            <translation>Duplicate in file</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Rejected</translation>
        </message>
        <message>
            <source>The same account as row {row}: merged into it.</source>
            <translation>The same account as row {row}: merged into it.</translation>
        </message>
        <message>
            <source>HQ renamed this company: the name is updated and the old name kept in the account's history.</source>
            <translation>HQ renamed this company: the name is updated and the old name kept in the account's history.</translation>
        </message>
        <message>
            <source>The {field} belongs to another account in the book ({code}). Not imported: correct the list or the accounts.</source>
            <translation>The {field} belongs to another account in the book ({code}). Not imported: correct the list or the accounts.</translation>
        </message>
        <message>
            <source>Row {row} already updates the account this row matches. Not imported: correct the list.</source>
            <translation>Row {row} already updates the account this row matches. Not imported: correct the list.</translation>
        </message>
        <message>
            <source>Row {row} has the same credit code but another account code. Not imported: correct the list.</source>
            <translation>Row {row} has the same credit code but another account code. Not imported: correct the list.</translation>
        </message>
        <message>
            <source>This month's figures were entered by hand in this book; HQ's figures were not imported over them.</source>
            <translation>This month's figures were entered by hand in this book; HQ's figures were not imported over them.</translation>
        </message>
        <message>
            <source>This account was deleted in this book. Not imported: restore it first to take HQ's changes.</source>
            <translation>This account was deleted in this book. Not imported: restore it first to take HQ's changes.</translation>
        </message>
        <message>
            <source>No account in the book has this account code: import the customer list first.</source>
            <translation>No account in the book has this account code: import the customer list first.</translation>
        </message>
        <message>
            <source>Mapping name</source>
            <translation>Mapping name</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>Rejected rows</translation>
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
            <source>Reading the demo data</source>
            <translation>Reading the demo data</translation>
        </message>
        <message>
            <source>Creating accounts and contacts</source>
            <translation>Creating accounts and contacts</translation>
        </message>
        <message>
            <source>Creating visits</source>
            <translation>Creating visits</translation>
        </message>
        <message>
            <source>Creating orders and value records</source>
            <translation>Creating orders and value records</translation>
        </message>
        <message>
            <source>Writing the book</source>
            <translation>Writing the book</translation>
        </message>
        <message>
            <source>Scoring accounts</source>
            <translation>Scoring accounts</translation>
        </message>
        <message>
            <source>Saving value snapshots</source>
            <translation>Saving value snapshots</translation>
        </message>
        <message>
            <source>Reading SPIN progress</source>
            <translation>Reading SPIN progress</translation>
        </message>
        <message>
            <source>Finding visits due</source>
            <translation>Finding visits due</translation>
        </message>
        <message>
            <source>Counting contacts</source>
            <translation>Counting contacts</translation>
        </message>
        <message>
            <source>Finding coverage gaps</source>
            <translation>Finding coverage gaps</translation>
        </message>
        <message>
            <source>Saving accounts</source>
            <translation>Saving accounts</translation>
        </message>
        <message>
            <source>Saving contacts</source>
            <translation>Saving contacts</translation>
        </message>
        <message>
            <source>Reading the book</source>
            <translation>Reading the book</translation>
        </message>
        <message>
            <source>Writing the accounts sheet</source>
            <translation>Writing the accounts sheet</translation>
        </message>
        <message>
            <source>Writing the contacts sheet</source>
            <translation>Writing the contacts sheet</translation>
        </message>
        <message>
            <source>Writing the visits sheet</source>
            <translation>Writing the visits sheet</translation>
        </message>
        <message>
            <source>Writing the next steps sheet</source>
            <translation>Writing the next steps sheet</translation>
        </message>
        <message>
            <source>Writing the complaints sheet</source>
            <translation>Writing the complaints sheet</translation>
        </message>
        <message>
            <source>Writing the SPIN notes sheet</source>
            <translation>Writing the SPIN notes sheet</translation>
        </message>
        <message>
            <source>Writing the value records sheet</source>
            <translation>Writing the value records sheet</translation>
        </message>
        <message>
            <source>Saving the workbook</source>
            <translation>Saving the workbook</translation>
        </message>
        <message>
            <source>Reading the list</source>
            <translation>Reading the list</translation>
        </message>
        <message>
            <source>Comparing with the account book</source>
            <translation>Comparing with the account book</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Saving</translation>
        </message>
        <message>
            <source>Refreshing the account lists</source>
            <translation>Refreshing the account lists</translation>
        </message>
    </context>
    <context>
        <name>revisits</name>
        <message>
            <source>Day {day} after the order of {order_date}</source>
            <translation>Day {day} after the order of {order_date}</translation>
        </message>
        <message>
            <source>Day {day} after the order of {order_date} ({product})</source>
            <translation>Day {day} after the order of {order_date} ({product})</translation>
        </message>
        <message>
            <source>Repurchase due (ordered {order_date}, every {cycle} days)</source>
            <translation>Repurchase due (ordered {order_date}, every {cycle} days)</translation>
        </message>
        <message>
            <source>{product}: repurchase due (ordered {order_date}, every {cycle} days)</source>
            <translation>{product}: repurchase due (ordered {order_date}, every {cycle} days)</translation>
        </message>
        <message>
            <source>Every {days} days for {level} accounts; last contact {last_contact}</source>
            <translation>Every {days} days for {level} accounts; last contact {last_contact}</translation>
        </message>
        <message>
            <source>Every {days} days for {level} accounts; never visited</source>
            <translation>Every {days} days for {level} accounts; never visited</translation>
        </message>
        <message>
            <source>Complaint ({category}) open since {opened_on}</source>
            <translation>Complaint ({category}) open since {opened_on}</translation>
        </message>
        <message>
            <source>Complaint ({category}) resolved on {resolved_on}: check satisfaction</source>
            <translation>Complaint ({category}) resolved on {resolved_on}: check satisfaction</translation>
        </message>
        <message>
            <source>{holiday} on {on}</source>
            <translation>{holiday} on {on}</translation>
        </message>
        <message>
            <source>Birthday of {name} on {on}</source>
            <translation>Birthday of {name} on {on}</translation>
        </message>
        <message>
            <source>No order since {last_order} ({days} days): reactivation visit</source>
            <translation>No order since {last_order} ({days} days): reactivation visit</translation>
        </message>
        <message>
            <source>Next step due {due_on}: {text}</source>
            <translation>Next step due {due_on}: {text}</translation>
        </message>
        <message>
            <source>Value falling: tier {from_tier} → {to_tier} since {month}</source>
            <translation>Value falling: tier {from_tier} → {to_tier} since {month}</translation>
        </message>
        <message>
            <source>Value falling: score down {drop} over {months} months</source>
            <translation>Value falling: score down {drop} over {months} months</translation>
        </message>
        <message>
            <source>Value falling: score down {drop} since the month before</source>
            <translation>Value falling: score down {drop} since the month before</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>no category</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>Snooze until</translation>
        </message>
        <message>
            <source>Reason for dismissing</source>
            <translation>Reason for dismissing</translation>
        </message>
    </context>
    <context>
        <name>spin</name>
        <message>
            <source>The account is at {sales_stage}, but the customer has not confirmed: {missing}. Ask implication and need-payoff questions before the proposal.</source>
            <translation>The account is at {sales_stage}, but the customer has not confirmed: {missing}. Ask implication and need-payoff questions before the proposal.</translation>
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
        <name>calendar</name>
        <message>
            <source>KAM Desktop visits</source>
            <translation>KAM Desktop visits</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>Objectives</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>Questions to ask</translation>
        </message>
        <message>
            <source>Materials and samples</source>
            <translation>Materials and samples</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>Our colleagues</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Coach / KDM</source>
            <translation>Coach / KDM</translation>
        </message>
        <message>
            <source>KDM</source>
            <translation>KDM</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
    </context>
    <context>
        <name>DecisionChain</name>
        <message>
            <source>Deciders</source>
            <translation>Deciders</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>Influencers</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Opponents</source>
            <translation>Opponents</translation>
        </message>
    </context>
    <context>
        <name>RelationshipPyramid</name>
        <message>
            <source>The top of the pyramid. Keep it: sliding down is easier than climbing.</source>
            <translation>The top of the pyramid. Keep it: sliding down is easier than climbing.</translation>
        </message>
        <message>
            <source>Climbing is long-term work, and every step must be passed on the way up; sliding down is easier than climbing.</source>
            <translation>Climbing is long-term work, and every step must be passed on the way up; sliding down is easier than climbing.</translation>
        </message>
        <message>
            <source>Hand over your card and introduce yourself; call as soon as you have the number.</source>
            <translation>Hand over your card and introduce yourself; call as soon as you have the number.</translation>
        </message>
        <message>
            <source>Be courteous, and invite them to an event that is worth their time.</source>
            <translation>Be courteous, and invite them to an event that is worth their time.</translation>
        </message>
        <message>
            <source>Talk about the interests you share.</source>
            <translation>Talk about the interests you share.</translation>
        </message>
        <message>
            <source>Be honest, and show your expertise.</source>
            <translation>Be honest, and show your expertise.</translation>
        </message>
        <message>
            <source>Be trustworthy, and help them when they need it.</source>
            <translation>Be trustworthy, and help them when they need it.</translation>
        </message>
    </context>
    <context>
        <name>error_dialogs</name>
        <message>
            <source>Something unexpected went wrong. Your data is safe: the book keeps only changes that were completed.

If this happens again, click “Copy details” and send them to your IT support.</source>
            <translation>Something unexpected went wrong. Your data is safe: the book keeps only changes that were completed.

If this happens again, click “Copy details” and send them to your IT support.</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copy details</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>Copied</translation>
        </message>
    </context>
    <context>
        <name>RejectedReport</name>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV file (*.csv)</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>Save rejected rows</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 - rejected rows.csv</source>
            <translation>%1 - rejected rows.csv</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>Writing the report…</translation>
        </message>
    </context>
    <context>
        <name>ExportExcel</name>
        <message>
            <source>Export to Excel</source>
            <translation>Export to Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel workbook (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>Writing the workbook…</translation>
        </message>
        <message>
            <source>Exported the account book to %1</source>
            <translation>Exported the account book to %1</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>Objective / outcome</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n visit(s)</source>
            <translation>
                <numerusform>%1 · %n visit</numerusform>
                <numerusform>%1 · %n visits</numerusform>
            </translation>
        </message>
        <message>
            <source>Agreed next steps not done yet</source>
            <translation>Agreed next steps not done yet</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1 (overdue)</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Why</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>+%n more</numerusform>
                <numerusform>+%n more</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>in %n day</numerusform>
                <numerusform>in %n days</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Open next steps agreed at the visit</source>
            <translation>Open next steps agreed at the visit</translation>
        </message>
        <message>
            <source>Open complaints raised at the visit</source>
            <translation>Open complaints raised at the visit</translation>
        </message>
        <message>
            <source>The outcome of a done visit, else its objective</source>
            <translation>The outcome of a done visit, else its objective</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>Steps</translation>
        </message>
        <message>
            <source>Compl.</source>
            <translation>Compl.</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>Objective / outcome</translation>
        </message>
        <message numerus="yes">
            <source>%n open next step(s)</source>
            <translation>
                <numerusform>%n open next step</numerusform>
                <numerusform>%n open next steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open complaint(s)</source>
            <translation>
                <numerusform>%n open complaint</numerusform>
                <numerusform>%n open complaints</numerusform>
            </translation>
        </message>
        <message>
            <source>No visit done yet</source>
            <translation>No visit done yet</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>Nothing planned</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n overdue</numerusform>
                <numerusform>%n overdue</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned for a time that has passed: log its outcome or cancel it.</source>
            <translation>Planned for a time that has passed: log its outcome or cancel it.</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Last visit: %1</source>
            <translation>Last visit: %1</translation>
        </message>
        <message>
            <source>Next planned: %1</source>
            <translation>Next planned: %1</translation>
        </message>
    </context>
    <context>
        <name>VisitPlan</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} of {pages}</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>Generated {when}</translation>
        </message>
        <message>
            <source>Visit plan · {book}</source>
            <translation>Visit plan · {book}</translation>
        </message>
        <message>
            <source>Bold frame: attending · ★ key decision maker · fill: green supportive, grey neutral, red opposed</source>
            <translation>Bold frame: attending · ★ key decision maker · fill: green supportive, grey neutral, red opposed</translation>
        </message>
        <message>
            <source>Level not set</source>
            <translation>Level not set</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>Visit plan</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message>
            <source>Account manager: {owner} · {count} visits</source>
            <translation>Account manager: {owner} · {count} visits</translation>
        </message>
        <message>
            <source>all</source>
            <translation>all</translation>
        </message>
        <message>
            <source>no attendees chosen</source>
            <translation>no attendees chosen</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>Account</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>not set</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>Monday</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>Tuesday</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>Wednesday</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>Thursday</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>Friday</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>Saturday</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>Sunday</translation>
        </message>
        <message>
            <source>No value records yet: no sales or margin figures.</source>
            <translation>No value records yet: no sales or margin figures.</translation>
        </message>
        <message>
            <source>no visits yet</source>
            <translation>no visits yet</translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation>score {score}</translation>
        </message>
        <message>
            <source>Contacts to meet</source>
            <translation>Contacts to meet</translation>
        </message>
        <message>
            <source>attending</source>
            <translation>attending</translation>
        </message>
        <message>
            <source>key contact</source>
            <translation>key contact</translation>
        </message>
        <message>
            <source>★ key decision maker</source>
            <translation>★ key decision maker</translation>
        </message>
        <message>
            <source>never</source>
            <translation>never</translation>
        </message>
        <message>
            <source>No contacts on file for this account yet.</source>
            <translation>No contacts on file for this account yet.</translation>
        </message>
        <message>
            <source>No attendees chosen and no key contacts marked ({count} contacts on file).</source>
            <translation>No attendees chosen and no key contacts marked ({count} contacts on file).</translation>
        </message>
        <message>
            <source>Coverage gaps</source>
            <translation>Coverage gaps</translation>
        </message>
        <message>
            <source>No coverage gaps on the contact map.</source>
            <translation>No coverage gaps on the contact map.</translation>
        </message>
        <message>
            <source>Contact map (excerpt)</source>
            <translation>Contact map (excerpt)</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>Account code</translation>
        </message>
        <message>
            <source>HQ grade</source>
            <translation>HQ grade</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>Value tier</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>Lifecycle</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation>Sales stage</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>Last visit</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>Our colleagues</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>Travel notes</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>Decision level</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Role</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>Relationship level</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Last contacted</translation>
        </message>
        <message>
            <source>Last three visits</source>
            <translation>Last three visits</translation>
        </message>
        <message>
            <source>No visits yet: this is the first one.</source>
            <translation>No visits yet: this is the first one.</translation>
        </message>
        <message>
            <source>no outcome recorded</source>
            <translation>no outcome recorded</translation>
        </message>
        <message>
            <source>Open next steps</source>
            <translation>Open next steps</translation>
        </message>
        <message>
            <source>No open next steps.</source>
            <translation>No open next steps.</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>Open complaints</translation>
        </message>
        <message>
            <source>No open complaints.</source>
            <translation>No open complaints.</translation>
        </message>
        <message>
            <source>SPIN progress and questions to ask</source>
            <translation>SPIN progress and questions to ask</translation>
        </message>
        <message>
            <source>{stage}: {notes} notes, {confirmed} confirmed</source>
            <translation>{stage}: {notes} notes, {confirmed} confirmed</translation>
        </message>
        <message>
            <source>No SPIN questions planned for this visit.</source>
            <translation>No SPIN questions planned for this visit.</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>Objective</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>Expected result</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>Preparation</translation>
        </message>
        <message>
            <source>Materials to bring</source>
            <translation>Materials to bring</translation>
        </message>
        <message>
            <source>No materials listed.</source>
            <translation>No materials listed.</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Not set yet.</source>
            <translation>Not set yet.</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>Satisfaction</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Due</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>Next step</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>Owner</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>Opened</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>Category</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>Complaint</translation>
        </message>
        <message>
            <source>Never visited; in {city}, on this plan's route</source>
            <translation>Never visited; in {city}, on this plan's route</translation>
        </message>
        <message>
            <source>Not visited for {days} days; in {city}, on this plan's route</source>
            <translation>Not visited for {days} days; in {city}, on this plan's route</translation>
        </message>
        <message>
            <source>Due revisit</source>
            <translation>Due revisit</translation>
        </message>
        <message>
            <source>Nearby, not visited for a while</source>
            <translation>Nearby, not visited for a while</translation>
        </message>
    </context>
    <context>
        <name>ValueRules</name>
        <message>
            <source>Shares of accounts</source>
            <translation>Shares of accounts</translation>
        </message>
        <message>
            <source>Tier rule</source>
            <translation>Tier rule</translation>
        </message>
        <message>
            <source>Exploration months</source>
            <translation>Exploration months</translation>
        </message>
        <message>
            <source>Trend window months</source>
            <translation>Trend window months</translation>
        </message>
        <message>
            <source>Trend threshold</source>
            <translation>Trend threshold</translation>
        </message>
        <message>
            <source>Quarter months</source>
            <translation>Quarter months</translation>
        </message>
        <message>
            <source>Lost after days</source>
            <translation>Lost after days</translation>
        </message>
        <message>
            <source>Dormant after days</source>
            <translation>Dormant after days</translation>
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
        <message>
            <source>Coverage gaps in the contact map</source>
            <translation>Coverage gaps in the contact map</translation>
        </message>
    </context>
    <context>
        <name>SpinField</name>
        <message>
            <source>Stage</source>
            <translation>Stage</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmed</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>Visit</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Question (Chinese)</source>
            <translation>Question (Chinese)</translation>
        </message>
        <message>
            <source>Question (English)</source>
            <translation>Question (English)</translation>
        </message>
    </context>
    <context>
        <name>RevisitSettingField</name>
        <message>
            <source>Revisit days after an order</source>
            <translation>Revisit days after an order</translation>
        </message>
        <message>
            <source>Days before repurchase</source>
            <translation>Days before repurchase</translation>
        </message>
        <message>
            <source>Revisit every (days) by value tier</source>
            <translation>Revisit every (days) by value tier</translation>
        </message>
        <message>
            <source>Revisit every (days) by grade</source>
            <translation>Revisit every (days) by grade</translation>
        </message>
        <message>
            <source>Days after a complaint is opened</source>
            <translation>Days after a complaint is opened</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved</source>
            <translation>Days after a complaint is resolved</translation>
        </message>
        <message>
            <source>Holiday dates</source>
            <translation>Holiday dates</translation>
        </message>
        <message>
            <source>Holiday greetings for tiers</source>
            <translation>Holiday greetings for tiers</translation>
        </message>
        <message>
            <source>Days before a holiday</source>
            <translation>Days before a holiday</translation>
        </message>
        <message>
            <source>Days before a birthday</source>
            <translation>Days before a birthday</translation>
        </message>
        <message>
            <source>Dormant after (days without an order)</source>
            <translation>Dormant after (days without an order)</translation>
        </message>
        <message>
            <source>Visit purposes that count as a revisit</source>
            <translation>Visit purposes that count as a revisit</translation>
        </message>
        <message>
            <source>Any done visit counts as a revisit</source>
            <translation>Any done visit counts as a revisit</translation>
        </message>
        <message>
            <source>A visit this many days early counts</source>
            <translation>A visit this many days early counts</translation>
        </message>
        <message>
            <source>Drop missed revisits after (days)</source>
            <translation>Drop missed revisits after (days)</translation>
        </message>
        <message>
            <source>Revisit rules in use</source>
            <translation>Revisit rules in use</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>Spring Festival</source>
            <translation>Spring Festival</translation>
        </message>
        <message>
            <source>Lantern Festival</source>
            <translation>Lantern Festival</translation>
        </message>
        <message>
            <source>Dragon Boat Festival</source>
            <translation>Dragon Boat Festival</translation>
        </message>
        <message>
            <source>Mid-Autumn Festival</source>
            <translation>Mid-Autumn Festival</translation>
        </message>
        <message>
            <source>National Day</source>
            <translation>National Day</translation>
        </message>
    </context>
    <context>
        <name>CoverageRuleField</name>
        <message>
            <source>Strong relationships needed</source>
            <translation>Strong relationships needed</translation>
        </message>
        <message>
            <source>Strong relationship from level</source>
            <translation>Strong relationship from level</translation>
        </message>
        <message>
            <source>Key decision maker relationship at least</source>
            <translation>Key decision maker relationship at least</translation>
        </message>
        <message>
            <source>Key decision maker attitude at least</source>
            <translation>Key decision maker attitude at least</translation>
        </message>
        <message>
            <source>Key contacts met within (days)</source>
            <translation>Key contacts met within (days)</translation>
        </message>
    </context>
    <context>
        <name>GapKind</name>
        <message>
            <source>No contact at the decision level</source>
            <translation>No contact at the decision level</translation>
        </message>
        <message>
            <source>No key decision maker marked</source>
            <translation>No key decision maker marked</translation>
        </message>
        <message>
            <source>Key decision maker not supportive</source>
            <translation>Key decision maker not supportive</translation>
        </message>
        <message>
            <source>Weak relationship with the key decision maker</source>
            <translation>Weak relationship with the key decision maker</translation>
        </message>
        <message>
            <source>No coach</source>
            <translation>No coach</translation>
        </message>
        <message>
            <source>Influential opponent without a plan</source>
            <translation>Influential opponent without a plan</translation>
        </message>
        <message>
            <source>Single-threaded</source>
            <translation>Single-threaded</translation>
        </message>
        <message>
            <source>Key contacts not met recently</source>
            <translation>Key contacts not met recently</translation>
        </message>
    </context>
    <context>
        <name>ContactField</name>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>Department</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>Reports to</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>Decision level</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>Buying roles</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>Key decision maker</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>Coach</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>Attitude</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>Influence</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>Relationship level</translation>
        </message>
        <message>
            <source>Personal wins</source>
            <translation>Personal wins</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Concerns</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Phone</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>Mobile</translation>
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
            <source>Birthday</source>
            <translation>Birthday</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>Interests</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Plan for an opponent</source>
            <translation>Plan for an opponent</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>Last contacted</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>Influences</translation>
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
        <message>
            <source>Value falling</source>
            <translation>Value falling</translation>
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
