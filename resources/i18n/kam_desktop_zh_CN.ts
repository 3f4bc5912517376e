<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountForm</name>
        <message>
            <source>Automatic (by the lifecycle rule)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account selected</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose an account in the list to see its profile, or press Ctrl+N to add one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales, last 12 months: %1 (10k CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Last visit %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Part of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HQ data (updated by HQ customer lists)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer code</source>
            <translation type="unfinished">客户编码</translation>
        </message>
        <message>
            <source>Customer name *</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Customer name</source>
            <translation type="unfinished">客户名称</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation type="unfinished">统一社会信用代码</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation type="unfinished">客户等级</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation type="unfinished">企业规模</translation>
        </message>
        <message>
            <source>HQ annual sales (10k CNY)</source>
            <translation type="unfinished">年销售额(万元)</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Short name</source>
            <translation type="unfinished">简称</translation>
        </message>
        <message>
            <source>Parent account (code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Province</source>
            <translation type="unfinished">省份</translation>
        </message>
        <message>
            <source>City</source>
            <translation type="unfinished">城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation type="unfinished">区县</translation>
        </message>
        <message>
            <source>Address</source>
            <translation type="unfinished">地址</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished">行业</translation>
        </message>
        <message>
            <source>Sub-industry</source>
            <translation type="unfinished">细分行业</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation type="unfinished">电话</translation>
        </message>
        <message>
            <source>Website</source>
            <translation type="unfinished">网址</translation>
        </message>
        <message>
            <source>Annual revenue (10k CNY)</source>
            <translation type="unfinished">年营业额(万元)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation type="unfinished">员工人数</translation>
        </message>
        <message>
            <source>Relationship and stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account manager</source>
            <translation type="unfinished">客户经理</translation>
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">客户状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished">客户来源</translation>
        </message>
        <message>
            <source>Referred by (code)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation type="unfinished">生命周期阶段</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation type="unfinished">销售阶段</translation>
        </message>
        <message>
            <source>Relationship-marketing level</source>
            <translation type="unfinished">关系营销层次</translation>
        </message>
        <message>
            <source>Relationship mode</source>
            <translation type="unfinished">关系营销类型</translation>
        </message>
        <message>
            <source>Tags and notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished">备注</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Delete account %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account book has no accounts yet.

Press Ctrl+N to add your first account.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No account matches your search or filters.

Try fewer characters, or press “Clear filters”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message>
            <source>Demo account book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Building the demo account book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM account book (*%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open account book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New account book</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search name, code or city (Ctrl+F)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Grade</source>
            <translation type="unfinished">客户等级</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation type="unfinished">价值层级</translation>
        </message>
        <message>
            <source>Region</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Industry</source>
            <translation type="unfinished">行业</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lifecycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished">客户状态</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No account book open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Account deleted. Press Ctrl+Z to undo.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n account(s)</source>
            <translation type="unfinished">
                <numerusform />
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 %2

An offline workstation for key account managers: accounts, contact maps, visits and value, in one account book on your laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save your changes to this account before closing?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New account book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open account book…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About KAM Desktop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System default</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueModel</name>
        <message>
            <source>Overall value</source>
            <extracomment>Default weights [default]: realised value first, then potential, relationship and growth.</extracomment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>ID</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sales, last 12 months (10k CNY)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{shown} of {total} accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Owner</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Device id</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Schema revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Newest revision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Entity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created an empty account book: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built the demo account book: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not one of: {codes}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value!r} is not a positive whole number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>language of messages and labels (default: from the locale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show details (tracebacks, log) when something fails</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the account book (.kambook file)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list, search, filter and sort accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List accounts. Filters of different kinds combine; repeated values of one kind mean any of them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>part of a name, short name, code, city or credit code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>HQ grade (A B C D)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>value tier (platinum gold iron lead)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>industry section (A to T)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>lifecycle stage</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>account status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>province</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>city</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>account manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>column to sort by: {keys} (default: name)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sort descending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>list deleted accounts (the bin) instead</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show at most N accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>output format (default: table)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>KAM Desktop on the command line: create, inspect and list account books.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>create a new, empty account book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the account manager who keeps this book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>build the demo account book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>where to write the demo book</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the date the demo history ends on (default: today)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>replace the file at --out if it exists</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>show a book's identity, schema revision and counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>work with accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>unexpected error: {error}. Run the command again with --debug for details.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{path} already exists; it was not changed. Choose a new file name, or open the existing book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} already exists; it was not changed. Choose another path, or add --force to replace it with a fresh demo book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is not a database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is another program's database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is damaged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is a folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file does not exist</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not saved. Please correct: {details}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is required.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>is too long (at most {limit} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must have 18 characters; {count} were given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>character {position} ({char}) is not allowed; use digits and capital letters except I, O, Z, S and V.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the check character should be {expected}, not {actual}; please check the code against the business licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not an e-mail address (name@example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a web address (www.example.com).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not one of the allowed values.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>must not be negative.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} is already used by account {other}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an account cannot belong to itself or to one of its own subsidiaries.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No {what} with {key} was found in this book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This account was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} is not a KAM Desktop account book ({reason}). The file was not changed. Choose a .kambook file, or create a new book.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} was made by a newer version of KAM Desktop (schema {revision}). The file was not changed. Please update KAM Desktop to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{path} could not be opened: {reason}. The file was not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>account</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summing sales</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading visits and contacts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scoring accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving accounts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving contacts</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ValueIndicator</name>
        <message>
            <source>Sales, last 12 months</source>
            <translation>近12个月销售额</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>近12个月毛利</translation>
        </message>
        <message>
            <source>Collection rate</source>
            <translation>回款率</translation>
        </message>
        <message>
            <source>Sales growth</source>
            <translation>销售增长</translation>
        </message>
        <message>
            <source>Potential (untapped wallet)</source>
            <translation>潜在价值</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <source>Relationship with key contacts</source>
            <translation>关键联系人关系</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>引介价值</translation>
        </message>
    </context>
    <context>
        <name>AccountField</name>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Parent account</source>
            <translation>上级客户</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>City</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>District</source>
            <translation>区县</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Sub-industry</source>
            <translation>细分行业</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>Referred by</source>
            <translation>推荐客户</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>生命周期阶段</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation>销售阶段</translation>
        </message>
        <message>
            <source>Relationship-marketing level</source>
            <translation>关系营销层次</translation>
        </message>
        <message>
            <source>Relationship mode</source>
            <translation>关系营销类型</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Annual revenue (10k CNY)</source>
            <translation>年营业额(万元)</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>标签</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>HQ annual sales (10k CNY)</source>
            <translation>年销售额(万元)</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Value score</source>
            <translation>价值得分</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近下单</translation>
        </message>
    </context>
    <context>
        <name>RecordSource</name>
        <message>
            <source>HQ</source>
            <translation>总部</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>现场</translation>
        </message>
    </context>
    <context>
        <name>RevisitState</name>
        <message>
            <source>Due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已回访</translation>
        </message>
        <message>
            <source>Snoozed</source>
            <translation>已推迟</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>已忽略</translation>
        </message>
    </context>
    <context>
        <name>RevisitRule</name>
        <message>
            <source>After order</source>
            <translation>订单后回访</translation>
        </message>
        <message>
            <source>Repurchase due</source>
            <translation>重复购买</translation>
        </message>
        <message>
            <source>Periodic by tier</source>
            <translation>定期回访</translation>
        </message>
        <message>
            <source>Complaint opened</source>
            <translation>投诉受理</translation>
        </message>
        <message>
            <source>Complaint resolved</source>
            <translation>投诉解决后回访</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>节日回访</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日问候</translation>
        </message>
        <message>
            <source>Dormant account</source>
            <translation>休眠激活</translation>
        </message>
        <message>
            <source>Overdue next step</source>
            <translation>后续行动逾期</translation>
        </message>
    </context>
    <context>
        <name>SpinStage</name>
        <message>
            <source>Situation</source>
            <translation>背景问题</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>难点问题</translation>
        </message>
        <message>
            <source>Implication</source>
            <translation>暗示问题</translation>
        </message>
        <message>
            <source>Need-payoff</source>
            <translation>需求-效益问题</translation>
        </message>
    </context>
    <context>
        <name>ComplaintStatus</name>
        <message>
            <source>Open</source>
            <translation>处理中</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
    </context>
    <context>
        <name>ComplaintSeverity</name>
        <message>
            <source>Minor</source>
            <translation>轻微</translation>
        </message>
        <message>
            <source>Moderate</source>
            <translation>一般</translation>
        </message>
        <message>
            <source>Serious</source>
            <translation>严重</translation>
        </message>
        <message>
            <source>Critical</source>
            <translation>紧急</translation>
        </message>
    </context>
    <context>
        <name>ComplaintCategory</name>
        <message>
            <source>Product quality</source>
            <translation>产品质量</translation>
        </message>
        <message>
            <source>Service staff</source>
            <translation>服务人员</translation>
        </message>
        <message>
            <source>Delivery and logistics</source>
            <translation>交付物流</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>价格</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>其他</translation>
        </message>
    </context>
    <context>
        <name>VisitPurpose</name>
        <message>
            <source>First visit</source>
            <translation>初次拜访</translation>
        </message>
        <message>
            <source>Needs research</source>
            <translation>需求调研</translation>
        </message>
        <message>
            <source>Solution demo</source>
            <translation>方案演示</translation>
        </message>
        <message>
            <source>Negotiation</source>
            <translation>商务谈判</translation>
        </message>
        <message>
            <source>Contract signing</source>
            <translation>签约</translation>
        </message>
        <message>
            <source>After-sales service</source>
            <translation>售后服务</translation>
        </message>
        <message>
            <source>Revisit</source>
            <translation>回访</translation>
        </message>
        <message>
            <source>Complaint handling</source>
            <translation>投诉处理</translation>
        </message>
        <message>
            <source>Holiday greeting</source>
            <translation>节日问候</translation>
        </message>
    </context>
    <context>
        <name>VisitMethod</name>
        <message>
            <source>In person</source>
            <translation>上门拜访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Video call</source>
            <translation>视频会议</translation>
        </message>
        <message>
            <source>Event</source>
            <translation>活动</translation>
        </message>
    </context>
    <context>
        <name>VisitStatus</name>
        <message>
            <source>Planned</source>
            <translation>计划</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>已取消</translation>
        </message>
        <message>
            <source>Rescheduled</source>
            <translation>已改期</translation>
        </message>
        <message>
            <source>Missed</source>
            <translation>未成行</translation>
        </message>
    </context>
    <context>
        <name>RelationshipLevel</name>
        <message>
            <source>Doesn't know my name</source>
            <translation>不知道我名字的人</translation>
        </message>
        <message>
            <source>Knows my name</source>
            <translation>知道我名字的人</translation>
        </message>
        <message>
            <source>Likes me</source>
            <translation>喜欢我的人</translation>
        </message>
        <message>
            <source>Is friendly to me</source>
            <translation>对我友好的人</translation>
        </message>
        <message>
            <source>Respects me</source>
            <translation>尊重我的人</translation>
        </message>
        <message>
            <source>Values our relationship</source>
            <translation>看重与我关系的人</translation>
        </message>
    </context>
    <context>
        <name>Influence</name>
        <message>
            <source>High</source>
            <translation>高</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中</translation>
        </message>
        <message>
            <source>Low</source>
            <translation>低</translation>
        </message>
    </context>
    <context>
        <name>Attitude</name>
        <message>
            <source>Strongly supportive</source>
            <translation>强烈支持</translation>
        </message>
        <message>
            <source>Supportive</source>
            <translation>支持</translation>
        </message>
        <message>
            <source>Neutral</source>
            <translation>中立</translation>
        </message>
        <message>
            <source>Opposed</source>
            <translation>反对</translation>
        </message>
        <message>
            <source>Strongly opposed</source>
            <translation>强烈反对</translation>
        </message>
    </context>
    <context>
        <name>BuyingRole</name>
        <message>
            <source>Decider</source>
            <translation>决策者</translation>
        </message>
        <message>
            <source>Influencer</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>User</source>
            <translation>使用者</translation>
        </message>
        <message>
            <source>Buyer</source>
            <translation>采购者</translation>
        </message>
        <message>
            <source>Gatekeeper</source>
            <translation>把关者</translation>
        </message>
        <message>
            <source>Initiator</source>
            <translation>发起者</translation>
        </message>
    </context>
    <context>
        <name>DecisionLevel</name>
        <message>
            <source>Decision level</source>
            <translation>决策层</translation>
        </message>
        <message>
            <source>Influence level</source>
            <translation>影响层</translation>
        </message>
        <message>
            <source>Execution level</source>
            <translation>执行层</translation>
        </message>
    </context>
    <context>
        <name>ValueQuadrant</name>
        <message>
            <source>Advocate</source>
            <translation>拥护者</translation>
        </message>
        <message>
            <source>Affluent</source>
            <translation>富裕者</translation>
        </message>
        <message>
            <source>Promoter</source>
            <translation>宣扬者</translation>
        </message>
        <message>
            <source>Miser</source>
            <translation>守财者</translation>
        </message>
    </context>
    <context>
        <name>RevisitSegment</name>
        <message>
            <source>High-value</source>
            <translation>高价值客户</translation>
        </message>
        <message>
            <source>High-contribution</source>
            <translation>高贡献客户</translation>
        </message>
        <message>
            <source>General</source>
            <translation>一般客户</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>休眠客户</translation>
        </message>
    </context>
    <context>
        <name>ValueTier</name>
        <message>
            <source>Platinum</source>
            <translation>铂金</translation>
        </message>
        <message>
            <source>Gold</source>
            <translation>黄金</translation>
        </message>
        <message>
            <source>Iron</source>
            <translation>钢铁</translation>
        </message>
        <message>
            <source>Lead</source>
            <translation>铅</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMode</name>
        <message>
            <source>Basic</source>
            <translation>基本型</translation>
        </message>
        <message>
            <source>Reactive</source>
            <translation>被动型</translation>
        </message>
        <message>
            <source>Accountable</source>
            <translation>负责型</translation>
        </message>
        <message>
            <source>Proactive</source>
            <translation>能动型</translation>
        </message>
        <message>
            <source>Partnership</source>
            <translation>伙伴型</translation>
        </message>
    </context>
    <context>
        <name>RelationshipMarketingLevel</name>
        <message>
            <source>Level 1: financial</source>
            <translation>一级 财务层</translation>
        </message>
        <message>
            <source>Level 2: social</source>
            <translation>二级 社交层</translation>
        </message>
        <message>
            <source>Level 3: structural</source>
            <translation>三级 结构层</translation>
        </message>
    </context>
    <context>
        <name>SalesStage</name>
        <message>
            <source>Market analysis</source>
            <translation>市场分析</translation>
        </message>
        <message>
            <source>Opportunity</source>
            <translation>发现机会</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>接触客户</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>方案评估</translation>
        </message>
        <message>
            <source>Bid &amp; contract</source>
            <translation>投标/签约</translation>
        </message>
        <message>
            <source>Implementation</source>
            <translation>实施交付</translation>
        </message>
        <message>
            <source>Improvement</source>
            <translation>持续改进</translation>
        </message>
    </context>
    <context>
        <name>LifecycleStage</name>
        <message>
            <source>Exploration</source>
            <translation>考察期</translation>
        </message>
        <message>
            <source>Formation</source>
            <translation>形成期</translation>
        </message>
        <message>
            <source>Stability</source>
            <translation>稳定期</translation>
        </message>
        <message>
            <source>Decline</source>
            <translation>退化期</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
    </context>
    <context>
        <name>AccountStatus</name>
        <message>
            <source>Prospect</source>
            <translation>潜在</translation>
        </message>
        <message>
            <source>Customer</source>
            <translation>成交</translation>
        </message>
        <message>
            <source>Dormant</source>
            <translation>休眠</translation>
        </message>
        <message>
            <source>Lost</source>
            <translation>流失</translation>
        </message>
    </context>
    <context>
        <name>AccountSource</name>
        <message>
            <source>Call-in</source>
            <translation>来电咨询</translation>
        </message>
        <message>
            <source>Self-developed</source>
            <translation>自主开发</translation>
        </message>
        <message>
            <source>Advertising</source>
            <translation>广告</translation>
        </message>
        <message>
            <source>Referral</source>
            <translation>老客户推荐</translation>
        </message>
        <message>
            <source>Trade show</source>
            <translation>展会</translation>
        </message>
        <message>
            <source>Assigned by HQ</source>
            <translation>总部分配</translation>
        </message>
    </context>
    <context>
        <name>Industry</name>
        <message>
            <source>Agriculture, forestry, husbandry and fishery</source>
            <translation>农、林、牧、渔业</translation>
        </message>
        <message>
            <source>Mining</source>
            <translation>采矿业</translation>
        </message>
        <message>
            <source>Manufacturing</source>
            <translation>制造业</translation>
        </message>
        <message>
            <source>Electricity, heat, gas and water supply</source>
            <translation>电力、热力、燃气及水生产和供应业</translation>
        </message>
        <message>
            <source>Construction</source>
            <translation>建筑业</translation>
        </message>
        <message>
            <source>Wholesale and retail</source>
            <translation>批发和零售业</translation>
        </message>
        <message>
            <source>Transport, storage and post</source>
            <translation>交通运输、仓储和邮政业</translation>
        </message>
        <message>
            <source>Accommodation and catering</source>
            <translation>住宿和餐饮业</translation>
        </message>
        <message>
            <source>Information, software and IT services</source>
            <translation>信息传输、软件和信息技术服务业</translation>
        </message>
        <message>
            <source>Finance</source>
            <translation>金融业</translation>
        </message>
        <message>
            <source>Real estate</source>
            <translation>房地产业</translation>
        </message>
        <message>
            <source>Leasing and business services</source>
            <translation>租赁和商务服务业</translation>
        </message>
        <message>
            <source>Scientific research and technical services</source>
            <translation>科学研究和技术服务业</translation>
        </message>
        <message>
            <source>Water, environment and public facilities</source>
            <translation>水利、环境和公共设施管理业</translation>
        </message>
        <message>
            <source>Resident, repair and other services</source>
            <translation>居民服务、修理和其他服务业</translation>
        </message>
        <message>
            <source>Education</source>
            <translation>教育</translation>
        </message>
        <message>
            <source>Health and social work</source>
            <translation>卫生和社会工作</translation>
        </message>
        <message>
            <source>Culture, sports and entertainment</source>
            <translation>文化、体育和娱乐业</translation>
        </message>
        <message>
            <source>Public administration and social organisations</source>
            <translation>公共管理、社会保障和社会组织</translation>
        </message>
        <message>
            <source>International organisations</source>
            <translation>国际组织</translation>
        </message>
    </context>
    <context>
        <name>SizeClass</name>
        <message>
            <source>Large</source>
            <translation>大型</translation>
        </message>
        <message>
            <source>Medium</source>
            <translation>中型</translation>
        </message>
        <message>
            <source>Small</source>
            <translation>小型</translation>
        </message>
        <message>
            <source>Micro</source>
            <translation>微型</translation>
        </message>
    </context>
    <context>
        <name>Grade</name>
        <message>
            <source>Grade A</source>
            <translation>A级</translation>
        </message>
        <message>
            <source>Grade B</source>
            <translation>B级</translation>
        </message>
        <message>
            <source>Grade C</source>
            <translation>C级</translation>
        </message>
        <message>
            <source>Grade D</source>
            <translation>D级</translation>
        </message>
    </context>
</TS>
