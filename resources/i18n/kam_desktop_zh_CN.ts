<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name>AccountField</name>
        <message>
            <source>Account code</source>
            <extracomment>What a customer list may fill in on a new account (the rest is the rep's to learn). Above this many names (book + new) look-alikes are not looked for (see ``_near_duplicates``).</extracomment>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
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
            <translation>年营业额（万元）</translation>
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
            <translation>年销售额（万元）</translation>
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
        <name>AccountForm</name>
        <message>
            <source>Automatic (by the lifecycle rule)</source>
            <translation>自动（按生命周期规则）</translation>
        </message>
        <message>
            <source>Automatic: %1</source>
            <translation>自动：%1</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>No account selected</source>
            <translation>未选择客户</translation>
        </message>
        <message>
            <source>Choose an account in the list to see its profile, or press Ctrl+N to add one.</source>
            <translation>在列表中选择客户即可查看资料，或按 Ctrl+N 新建客户。</translation>
        </message>
        <message>
            <source>Code %1</source>
            <translation>客户编码 %1</translation>
        </message>
        <message>
            <source>Sales, last 12 months: %1 (10k CNY)</source>
            <translation>近12个月销售额 %1 万元</translation>
        </message>
        <message>
            <source>Last visit %1</source>
            <translation>最近拜访 %1</translation>
        </message>
        <message>
            <source>SPIN reached: %1</source>
            <translation>SPIN 已到：%1</translation>
        </message>
        <message>
            <source>Visit due %1</source>
            <translation>待回访 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s) in the contact map</source>
            <translation>
                <numerusform>关系图有 %n 个覆盖缺口</numerusform>
            </translation>
        </message>
        <message>
            <source>Part of %1</source>
            <translation>隶属于 %1</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>HQ data (updated by HQ customer lists)</source>
            <translation>总部数据（随总部客户清单更新）</translation>
        </message>
        <message>
            <source>Customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Customer name *</source>
            <translation>客户名称 *</translation>
        </message>
        <message>
            <source>Customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Credit code</source>
            <translation>统一社会信用代码</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <source>Company size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <source>HQ annual sales (10k CNY)</source>
            <translation>年销售额（万元）</translation>
        </message>
        <message>
            <source>Profile</source>
            <translation>基本资料</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Parent account (code)</source>
            <translation>上级客户编码</translation>
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
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Website</source>
            <translation>网址</translation>
        </message>
        <message>
            <source>Annual revenue (10k CNY)</source>
            <translation>年营业额（万元）</translation>
        </message>
        <message>
            <source>Employees</source>
            <translation>员工人数</translation>
        </message>
        <message>
            <source>Relationship and stage</source>
            <translation>关系与阶段</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>Referred by (code)</source>
            <translation>推荐客户编码</translation>
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
            <source>Tags and notes</source>
            <translation>标签与备注</translation>
        </message>
        <message>
            <source>Tags (comma-separated)</source>
            <translation>标签（用逗号分隔）</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>AccountPicker</name>
        <message>
            <source>Log an unplanned visit</source>
            <translation>记录计划外拜访</translation>
        </message>
        <message>
            <source>Which account was the visit with?</source>
            <translation>这次拜访的是哪个客户？</translation>
        </message>
        <message>
            <source>Name, short name or code</source>
            <translation>客户名称、简称或编码</translation>
        </message>
        <message numerus="yes">
            <source>%n more: type more of the name to narrow the list.</source>
            <translation>
                <numerusform>还有 %n 个：多输入几个字以缩小范围。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountTableModel</name>
        <message>
            <source>Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <source>Visit due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Map gaps</source>
            <translation>缺口</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AccountVisitsTab</name>
        <message>
            <source>Cancel visit</source>
            <translation>取消拜访</translation>
        </message>
        <message>
            <source>Why is this visit cancelled? (optional)</source>
            <translation>为什么取消这次拜访？（可不填）</translation>
        </message>
        <message>
            <source>Delete visit of %1</source>
            <translation>删除 %1 的拜访</translation>
        </message>
        <message>
            <source>Plan visit…</source>
            <translation>计划拜访…</translation>
        </message>
        <message>
            <source>Log outcome…</source>
            <translation>记录结果…</translation>
        </message>
        <message>
            <source>Log unplanned visit…</source>
            <translation>记录计划外拜访…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Plan a visit with its objective and questions</source>
            <translation>计划一次拜访，写明目标和拟提问题</translation>
        </message>
        <message>
            <source>Record what happened at the chosen planned visit</source>
            <translation>记录所选计划拜访的结果</translation>
        </message>
        <message>
            <source>Record a call or meeting that was not planned beforehand</source>
            <translation>记录事先未计划的电话或会面</translation>
        </message>
        <message>
            <source>Delete the chosen visit (Ctrl+Z undoes it)</source>
            <translation>删除所选拜访（按 Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <source>Choose an account to see its visits.</source>
            <translation>选择客户即可查看其拜访。</translation>
        </message>
        <message>
            <source>No visits yet. Plan the first one, or log a call that already happened.</source>
            <translation>还没有拜访。计划第一次拜访，或记录一次已经打过的电话。</translation>
        </message>
    </context>
    <context>
        <name>AccountsPage</name>
        <message>
            <source>Profile</source>
            <translation>客户资料</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Map</source>
            <translation>关系图</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Delete account %1</source>
            <translation>删除客户 %1</translation>
        </message>
        <message>
            <source>This account book has no accounts yet.

Press Ctrl+N to add your first account.</source>
            <translation>这个客户账本中还没有客户。

按 Ctrl+N 添加第一个客户。</translation>
        </message>
        <message>
            <source>No account matches your search or filters.

Try fewer characters, or press “Clear filters”.</source>
            <translation>没有符合搜索或筛选条件的客户。

请减少输入的字符，或点击“清除筛选”。</translation>
        </message>
    </context>
    <context>
        <name>AgendaFilters</name>
        <message>
            <source>All owners</source>
            <translation>全部客户经理</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Planned visits whose time has passed</source>
            <translation>计划时间已过、尚未记录结果的拜访</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今天</translation>
        </message>
        <message>
            <source>Visits planned for today</source>
            <translation>今天计划的拜访</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>本周</translation>
        </message>
        <message>
            <source>Monday to Sunday of this week</source>
            <translation>本周一至周日</translation>
        </message>
        <message>
            <source>Next 7 days</source>
            <translation>未来 7 天</translation>
        </message>
        <message>
            <source>Today and the six days after</source>
            <translation>今天及之后六天</translation>
        </message>
        <message>
            <source>Range:</source>
            <translation>范围：</translation>
        </message>
        <message>
            <source>The days chosen on the right</source>
            <translation>右侧选定的日期</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>All tiers and grades</source>
            <translation>全部层级和等级</translation>
        </message>
        <message>
            <source>All methods</source>
            <translation>全部方式</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
    </context>
    <context>
        <name>AnalyticsPage</name>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <source>Tier changes</source>
            <translation>价值层级变动</translation>
        </message>
        <message>
            <source>No value snapshots yet: tier changes show once two months are scored.</source>
            <translation>尚无价值快照：评分满两个月后才会显示层级变动。</translation>
        </message>
        <message>
            <source>Tier changes in %1</source>
            <translation>%1 价值层级变动</translation>
        </message>
        <message>
            <source>No account changed tier in %1.</source>
            <translation>%1 没有客户的价值层级发生变动。</translation>
        </message>
        <message>
            <source>Owner:</source>
            <translation>客户经理：</translation>
        </message>
        <message>
            <source>Province:</source>
            <translation>省份：</translation>
        </message>
        <message>
            <source>Industry:</source>
            <translation>行业：</translation>
        </message>
        <message>
            <source>Grade:</source>
            <translation>客户等级：</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Score change</source>
            <translation>得分变化</translation>
        </message>
    </context>
    <context>
        <name>AppSession</name>
        <message>
            <source>Demo account book</source>
            <translation>示例客户账本</translation>
        </message>
        <message>
            <source>Building the demo account book…</source>
            <translation>正在生成示例客户账本…</translation>
        </message>
        <message>
            <source>Updating value tiers, map gaps and due visits…</source>
            <translation>正在更新价值层级、覆盖缺口和待回访…</translation>
        </message>
        <message>
            <source>KAM account book (*%1)</source>
            <translation>KAM 客户账本 (*%1)</translation>
        </message>
        <message>
            <source>Open account book</source>
            <translation>打开客户账本</translation>
        </message>
        <message>
            <source>New account book</source>
            <translation>新建客户账本</translation>
        </message>
    </context>
    <context>
        <name>AttendeePicker</name>
        <message>
            <source>(no longer a contact)</source>
            <translation>（已不是联系人）</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参与人</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>结果</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>⚠ edited locally</source>
            <translation>⚠ 已在本地修改</translation>
        </message>
    </context>
    <context>
        <name>ChartCanvas</name>
        <message>
            <source>Copy chart</source>
            <translation>复制图表</translation>
        </message>
        <message>
            <source>Save chart as…</source>
            <translation>图表另存为…</translation>
        </message>
        <message>
            <source>Save chart as</source>
            <translation>图表另存为</translation>
        </message>
        <message>
            <source>PNG image (*.png);;SVG drawing (*.svg)</source>
            <translation>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</translation>
        </message>
    </context>
    <context>
        <name>Charts</name>
        <message>
            <source>Sales and gross margin by month</source>
            <translation>月度销售额与毛利</translation>
        </message>
        <message>
            <source>10k CNY</source>
            <translation>万元</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Gross margin</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>No sales figure</source>
            <translation>无销售数据</translation>
        </message>
        <message>
            <source>No margin figure</source>
            <translation>无毛利数据</translation>
        </message>
        <message>
            <source>No sales or margin figures yet.</source>
            <translation>尚无销售额或毛利数据。</translation>
        </message>
        <message>
            <source>Indicators against the tier median</source>
            <translation>各项指标与层级中位数对比</translation>
        </message>
        <message>
            <source>Percentile rank in the book (0–100)</source>
            <translation>在账本中的百分位排名（0–100）</translation>
        </message>
        <message>
            <source>This account</source>
            <translation>本客户</translation>
        </message>
        <message>
            <source>Median of {tier}</source>
            <translation>{tier}中位数</translation>
        </message>
        <message>
            <source>Median of all accounts</source>
            <translation>全部客户中位数</translation>
        </message>
        <message>
            <source>No indicators to show.</source>
            <translation>没有可显示的指标。</translation>
        </message>
        <message>
            <source>Accounts by lifecycle stage</source>
            <translation>客户生命周期分布</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户数</translation>
        </message>
        <message>
            <source>Not enough data</source>
            <translation>数据不足</translation>
        </message>
        <message>
            <source>No accounts to show.</source>
            <translation>没有可显示的客户。</translation>
        </message>
        <message>
            <source>Pareto curve of sales</source>
            <translation>销售额帕累托曲线</translation>
        </message>
        <message>
            <source>Share of accounts, largest first</source>
            <translation>客户占比（按销售额从高到低）</translation>
        </message>
        <message>
            <source>Cumulative share of sales</source>
            <translation>累计销售额占比</translation>
        </message>
        <message>
            <source>Cumulative sales</source>
            <translation>累计销售额</translation>
        </message>
        <message>
            <source>Equal shares</source>
            <translation>均等分布</translation>
        </message>
        <message>
            <source>{accounts} of accounts bring 80% of sales</source>
            <translation>{accounts} 的客户贡献 80% 的销售额</translation>
        </message>
        <message>
            <source>Accounts not counted (no sales figure): {count}</source>
            <translation>未计入的客户（无销售数据）：{count} 个</translation>
        </message>
        <message>
            <source>No sales to compare yet.</source>
            <translation>尚无可比较的销售额。</translation>
        </message>
        <message>
            <source>Lifetime value and referral value</source>
            <translation>终身价值与引介价值</translation>
        </message>
        <message>
            <source>Lifetime value (10k CNY)</source>
            <translation>终身价值（万元）</translation>
        </message>
        <message>
            <source>Referral value (10k CNY)</source>
            <translation>引介价值（万元）</translation>
        </message>
        <message>
            <source>Medians</source>
            <translation>中位数</translation>
        </message>
        <message>
            <source>Accounts not shown (no lifetime or referral value): {count}</source>
            <translation>未显示的客户（无终身价值或引介价值）：{count} 个</translation>
        </message>
        <message>
            <source>No account has both a lifetime and a referral value yet.</source>
            <translation>尚无同时具有终身价值和引介价值的客户。</translation>
        </message>
        <message>
            <source>Advocates</source>
            <translation>拥护者</translation>
        </message>
        <message>
            <source>Affluent</source>
            <translation>富裕者</translation>
        </message>
        <message>
            <source>Promoters</source>
            <translation>宣扬者</translation>
        </message>
        <message>
            <source>Misers</source>
            <translation>守财者</translation>
        </message>
        <message>
            <source>Value score over time</source>
            <translation>价值得分变化</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <source>No value score yet.</source>
            <translation>尚无价值得分。</translation>
        </message>
        <message>
            <source>No data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>Value pyramid</source>
            <translation>客户价值金字塔</translation>
        </message>
        <message>
            <source>Accounts: {count} ({share}) · share of value: {value}</source>
            <translation>客户 {count} 个（{share}）· 价值占比 {value}</translation>
        </message>
        <message>
            <source>Accounts: {count} ({share}) · value: no data</source>
            <translation>客户 {count} 个（{share}）· 价值：无数据</translation>
        </message>
        <message>
            <source>Accounts not scored (no indicator data): {count}</source>
            <translation>未评分的客户（无指标数据）：{count} 个</translation>
        </message>
        <message>
            <source>No scored accounts yet.</source>
            <translation>尚无已评分的客户。</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsEditor</name>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>What the complaint is about</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <source>Resolved, on</source>
            <translation>已解决，日期</translation>
        </message>
        <message>
            <source>Resolved on</source>
            <translation>解决日期</translation>
        </message>
        <message>
            <source>— category —</source>
            <translation>— 类别 —</translation>
        </message>
        <message>
            <source>Add comp&amp;laint</source>
            <translation>添加投诉(&amp;L)</translation>
        </message>
        <message>
            <source>Ctrl+Del in a complaint removes it</source>
            <translation>在投诉中按 Ctrl+Del 可删除该条</translation>
        </message>
    </context>
    <context>
        <name>ContactDialog</name>
        <message>
            <source>Person</source>
            <translation>个人信息</translation>
        </message>
        <message>
            <source>Name *</source>
            <translation>姓名 *</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>直属上级</translation>
        </message>
        <message>
            <source>Reaching them</source>
            <translation>联系方式</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Tick when you know the birthday: it feeds birthday greetings.</source>
            <translation>知道生日时请勾选：用于安排生日问候。</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>兴趣爱好</translation>
        </message>
        <message>
            <source>Background</source>
            <translation>背景</translation>
        </message>
        <message>
            <source>Role in the buying decision</source>
            <translation>采购决策中的角色</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>决策层级</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Marks</source>
            <translation>标记</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <source>Coach (our friend inside)</source>
            <translation>教练（内线）</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>教练</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>影响力</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>关系层次</translation>
        </message>
        <message>
            <source>Reason for the change</source>
            <translation>变动原因</translation>
        </message>
        <message>
            <source>What happened? (kept in the relationship history)</source>
            <translation>发生了什么？（记入关系历史）</translation>
        </message>
        <message>
            <source>What drives them</source>
            <translation>个人动机</translation>
        </message>
        <message>
            <source>Personal wins</source>
            <translation>个人诉求</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>顾虑</translation>
        </message>
        <message>
            <source>Plan for an opponent</source>
            <translation>反对者应对计划</translation>
        </message>
        <message>
            <source>For a contact who opposes us: how we win them over or work around them.</source>
            <translation>针对持反对态度的联系人：如何争取或绕开对方。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>— none —</source>
            <translation>（无）</translation>
        </message>
        <message>
            <source>New contact</source>
            <translation>新建联系人</translation>
        </message>
        <message>
            <source>Contact: %1</source>
            <translation>联系人：%1</translation>
        </message>
        <message>
            <source>not known</source>
            <translation>未知</translation>
        </message>
    </context>
    <context>
        <name>ContactHistoryPanel</name>
        <message>
            <source>Choose a contact to see how the relationship has developed.</source>
            <extracomment>What moves a contact from level n to n + 1 (the literature's suggestions, DOMAIN §3.1).</extracomment>
            <translation>选择联系人即可查看关系的发展过程。</translation>
        </message>
        <message>
            <source>Relationship history: %1</source>
            <translation>关系历史：%1</translation>
        </message>
        <message>
            <source>No changes recorded yet.</source>
            <translation>尚无变化记录。</translation>
        </message>
        <message>
            <source>started at %1</source>
            <translation>起始为 %1</translation>
        </message>
        <message>
            <source>Level %1 · %2</source>
            <translation>层次 %1 · %2</translation>
        </message>
        <message>
            <source>Next step: %1 → %2 · %3</source>
            <translation>下一步：%1 → %2 · %3</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变化项</translation>
        </message>
        <message>
            <source>From → to</source>
            <translation>从 → 到</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>ContactMap</name>
        <message>
            <source>Coach</source>
            <translation>教练</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <source>Relationship level 0–5</source>
            <translation>关系层次 0–5</translation>
        </message>
        <message>
            <source>Coverage gap</source>
            <translation>覆盖缺口</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>直属上级</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>影响</translation>
        </message>
        <message>
            <source>This account has no contacts yet.</source>
            <translation>该客户还没有联系人。</translation>
        </message>
    </context>
    <context>
        <name>ContactMapTab</name>
        <message>
            <source>Choose an account to see its contact map.</source>
            <translation>选择客户即可查看其客户关系图。</translation>
        </message>
        <message>
            <source>This account has no contacts yet.

Add them on the Contacts tab: the map draws itself from who reports to whom.</source>
            <translation>该客户还没有联系人。

请在“联系人”页签中添加：关系图会按汇报关系自动绘制。</translation>
        </message>
        <message>
            <source>Move %1 under %2</source>
            <translation>将 %1 设为 %2 的下属</translation>
        </message>
        <message>
            <source>SVG drawing (*.svg)</source>
            <translation>SVG 矢量图 (*.svg)</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>Export contact map</source>
            <translation>导出客户关系图</translation>
        </message>
        <message>
            <source>Contact map</source>
            <translation>客户关系图</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <source>Zoom in (+, or Ctrl and the mouse wheel)</source>
            <translation>放大（+，或按住 Ctrl 滚动鼠标滚轮）</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <source>Zoom out (−, or Ctrl and the mouse wheel)</source>
            <translation>缩小（−，或按住 Ctrl 滚动鼠标滚轮）</translation>
        </message>
        <message>
            <source>Fit</source>
            <translation>适应窗口</translation>
        </message>
        <message>
            <source>Fit the whole map in the window (0)</source>
            <translation>在窗口中显示整张关系图（0）</translation>
        </message>
        <message>
            <source>Export PNG…</source>
            <translation>导出 PNG…</translation>
        </message>
        <message>
            <source>Export SVG…</source>
            <translation>导出 SVG…</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>规则…</translation>
        </message>
        <message>
            <source>When the map shows a coverage gap (for the whole book)</source>
            <translation>关系图何时显示覆盖缺口（适用于整个客户账本）</translation>
        </message>
        <message>
            <source>Drag a card onto another card to change whom that contact reports to. Double-click a card to edit the contact. Drag the background to move around.</source>
            <translation>把卡片拖到另一张卡片上，即可更改该联系人的直属上级。双击卡片可编辑联系人。拖动背景可移动视图。</translation>
        </message>
    </context>
    <context>
        <name>ContactsTab</name>
        <message>
            <source>Add contact %1</source>
            <translation>添加联系人 %1</translation>
        </message>
        <message>
            <source>Delete contact %1</source>
            <translation>删除联系人 %1</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>添加…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Add a contact of this account</source>
            <translation>为该客户添加联系人</translation>
        </message>
        <message>
            <source>Delete the chosen contact (Ctrl+Z undoes it)</source>
            <translation>删除所选联系人（按 Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <source>Choose an account to see its contacts.</source>
            <translation>选择客户即可查看其联系人。</translation>
        </message>
        <message>
            <source>No contacts yet. Add the people you meet: who decides, who influences, who uses.</source>
            <translation>还没有联系人。把您接触到的人加进来：谁拍板、谁影响、谁使用。</translation>
        </message>
        <message numerus="yes">
            <source>%n contact(s)</source>
            <translation>
                <numerusform>%n 位联系人</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DateField</name>
        <message>
            <source>+7 or 12-1</source>
            <translation>+7 或 12-1</translation>
        </message>
        <message>
            <source>Type 2026-12-01, 12-1 or +7 (days from today); F4 opens a calendar.</source>
            <translation>输入 2026-12-01、12-1 或 +7（从今天起的天数）；按 F4 打开日历。</translation>
        </message>
        <message>
            <source>Pick a date (F4)</source>
            <translation>选择日期（F4）</translation>
        </message>
    </context>
    <context>
        <name>DismissDialog</name>
        <message>
            <source>Dismiss</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Why does %1 not need this visit? The reason is kept with the account.</source>
            <translation>为什么 %1 不需要这次拜访？原因会记录在该客户下。</translation>
        </message>
        <message>
            <source>e.g. visited by a colleague from HQ</source>
            <translation>例如：总部同事已拜访</translation>
        </message>
    </context>
    <context>
        <name>DuePanel</name>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>查看客户</translation>
        </message>
        <message>
            <source>Snooze %1</source>
            <translation>推迟 %1</translation>
        </message>
        <message>
            <source>Dismiss %1</source>
            <translation>忽略 %1</translation>
        </message>
        <message>
            <source>Due for a visit</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Plan visit…</source>
            <translation>计划拜访…</translation>
        </message>
        <message>
            <source>Plan a revisit of the chosen account (Enter)</source>
            <translation>为所选客户计划回访（Enter）</translation>
        </message>
        <message>
            <source>Snooze…</source>
            <translation>推迟…</translation>
        </message>
        <message>
            <source>Hide the chosen account until a later date</source>
            <translation>暂时隐藏所选客户，直到指定日期</translation>
        </message>
        <message>
            <source>Dismiss…</source>
            <translation>忽略…</translation>
        </message>
        <message>
            <source>Drop these reminders, with a reason</source>
            <translation>忽略这些提醒并注明原因</translation>
        </message>
        <message>
            <source>Rules…</source>
            <translation>规则…</translation>
        </message>
        <message>
            <source>When an account is due: the revisit rules</source>
            <translation>客户何时需要回访：回访规则</translation>
        </message>
        <message>
            <source>Nothing due. Plan your week from the agenda, or log a visit you made without a plan.</source>
            <translation>暂无待回访。可在日程中安排本周拜访，或记录一次计划外拜访。</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose a list from headquarters</source>
            <translation>选择总部清单</translation>
        </message>
        <message>
            <source>Lists from headquarters (%1);;All files (*)</source>
            <translation>总部清单 (%1);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Choose the list</source>
            <translation>选择清单</translation>
        </message>
        <message>
            <source>A customer list, monthly value figures or an order list from headquarters.</source>
            <translation>总部发来的客户清单、月度价值数据或订单清单。</translation>
        </message>
        <message>
            <source>File:</source>
            <translation>文件：</translation>
        </message>
        <message>
            <source>Kind of list:</source>
            <translation>清单类型：</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>CSV or text files in any encoding (GBK, UTF-8, Unicode text) and Excel workbooks (.xlsx, .xls) are read as they come from Excel or WPS. Nothing is written to the account book before you have seen what would change.</source>
            <translation>可读取 Excel 或 WPS 导出的任意编码（GBK、UTF-8、Unicode 文本）CSV/文本文件及 Excel 工作簿（.xlsx、.xls）。在您看到将发生的变更之前，不会向客户账本写入任何内容。</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Visit due</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Map has gaps</source>
            <translation>有覆盖缺口</translation>
        </message>
        <message>
            <source>Value falling</source>
            <translation>价值下降</translation>
        </message>
        <message>
            <source>Search name, code or city (Ctrl+F)</source>
            <translation>搜索客户名称、编码或城市（Ctrl+F）</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Region</source>
            <translation>地区</translation>
        </message>
        <message>
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>SPIN</source>
            <translation>SPIN</translation>
        </message>
        <message>
            <source>Needs attention</source>
            <translation>需关注</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>清除筛选</translation>
        </message>
    </context>
    <context>
        <name>FormatPage</name>
        <message>
            <source>Reading the list…</source>
            <translation>正在读取清单…</translation>
        </message>
        <message>
            <source>This file could not be read as a list. Go back and choose another.</source>
            <translation>无法将此文件读取为清单。请返回并选择其他文件。</translation>
        </message>
        <message>
            <source>Row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>a text file (CSV)</source>
            <translation>文本文件（CSV）</translation>
        </message>
        <message>
            <source>an Excel workbook (.xlsx)</source>
            <translation>Excel 工作簿（.xlsx）</translation>
        </message>
        <message>
            <source>an Excel 97–2003 workbook (.xls)</source>
            <translation>Excel 97–2003 工作簿（.xls）</translation>
        </message>
        <message numerus="yes">
            <source>%1 was read as %2: %3 with %n column(s).</source>
            <translation>
                <numerusform>%1 已按%2读取：%3，共 %n 列。</numerusform>
            </translation>
        </message>
        <message>
            <source>How the file was read</source>
            <translation>文件读取方式</translation>
        </message>
        <message>
            <source>Check that the names below read right. If they show as garbage, choose another encoding; if the columns run together, another delimiter.</source>
            <translation>请检查下方名称是否显示正常。如出现乱码，请选择其他编码；如各列挤在一起，请选择其他分隔符。</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>编码：</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>分隔符：</translation>
        </message>
        <message>
            <source>Sheet:</source>
            <translation>工作表：</translation>
        </message>
        <message>
            <source>Header row:</source>
            <translation>表头行：</translation>
        </message>
        <message>
            <source>The first rows:</source>
            <translation>前几行：</translation>
        </message>
        <message>
            <source>Comma ( , )</source>
            <translation>逗号 ( , )</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>Semicolon ( ; )</source>
            <translation>分号 ( ; )</translation>
        </message>
        <message>
            <source>Vertical bar ( | )</source>
            <translation>竖线 ( | )</translation>
        </message>
    </context>
    <context>
        <name>GapPanel</name>
        <message>
            <source>Coverage gaps</source>
            <translation>覆盖缺口</translation>
        </message>
        <message numerus="yes">
            <source>%n coverage gap(s): click one to see who</source>
            <translation>
                <numerusform>%n 个覆盖缺口：点击查看涉及的人</numerusform>
            </translation>
        </message>
        <message>
            <source>No coverage gaps: every rule is met.</source>
            <translation>没有覆盖缺口：各项规则均已满足。</translation>
        </message>
    </context>
    <context>
        <name>HqHistoryDialog</name>
        <message>
            <source>Changes from HQ</source>
            <translation>总部变更记录</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Change</source>
            <translation>变更</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
    </context>
    <context>
        <name>HqHistoryStrip</name>
        <message>
            <source>Changes from HQ…</source>
            <translation>总部变更记录…</translation>
        </message>
        <message>
            <source>%1 (until %2)</source>
            <translation>%1（使用至 %2）</translation>
        </message>
        <message>
            <source>Former names: %1</source>
            <translation>曾用名：%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
    </context>
    <context>
        <name>HqImportFields</name>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>销售额（万元）</translation>
        </message>
        <message>
            <source>Margin (10k CNY)</source>
            <translation>毛利（万元）</translation>
        </message>
        <message>
            <source>Collections (10k CNY)</source>
            <translation>回款（万元）</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <source>Amount (10k CNY)</source>
            <translation>金额（万元）</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Repurchase cycle (days)</source>
            <translation>重复购买周期（天）</translation>
        </message>
        <message>
            <source>Detect from the headers</source>
            <translation>按表头自动识别</translation>
        </message>
        <message>
            <source>Customer list</source>
            <translation>客户清单</translation>
        </message>
        <message>
            <source>Monthly value figures</source>
            <translation>月度价值数据</translation>
        </message>
        <message>
            <source>Order list</source>
            <translation>订单清单</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a list from headquarters</source>
            <translation>导入总部清单</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>导入</translation>
        </message>
    </context>
    <context>
        <name>LifecyclePage</name>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>When an account's lifecycle stage changes, from its orders by month, and when an account that stopped ordering counts as dormant for revisits.</source>
            <translation>根据每月订单判断客户的生命周期阶段何时变化，以及停止下单的客户何时在回访中算作休眠。</translation>
        </message>
        <message>
            <source>Exploration (months):</source>
            <translation>考察期（月）：</translation>
        </message>
        <message>
            <source>An account whose first order is more recent than this is exploring.</source>
            <translation>首次下单在此期限内的客户处于考察期。</translation>
        </message>
        <message>
            <source>Trend window (months):</source>
            <translation>趋势窗口（月）：</translation>
        </message>
        <message>
            <source>The sales of this many recent complete months are compared with the same number of months before them.</source>
            <translation>将最近这么多个完整月的销售额与之前同样月数的销售额比较。</translation>
        </message>
        <message>
            <source>Trend threshold:</source>
            <translation>趋势阈值：</translation>
        </message>
        <message>
            <source>Sales up by more than this: formation; down by more: decline.</source>
            <translation>销售额增幅超过此值为形成期，降幅超过此值为退化期。</translation>
        </message>
        <message>
            <source>Quarter (months):</source>
            <translation>季度（月）：</translation>
        </message>
        <message>
            <source>Stability needs an order in every block of this many months of the trend window.</source>
            <translation>趋势窗口内每个这么多月的区段都有订单，才算稳定期。</translation>
        </message>
        <message>
            <source>Lost after (days):</source>
            <translation>流失天数：</translation>
        </message>
        <message>
            <source>No order for longer than this: the account is lost.</source>
            <translation>超过此天数没有订单，客户即为流失。</translation>
        </message>
        <message>
            <source>Dormant after (days):</source>
            <translation>休眠天数：</translation>
        </message>
        <message>
            <source>No order for longer than this: an account below gold is dormant for revisits.</source>
            <translation>超过此天数没有订单，黄金以下的客户在回访中算作休眠。</translation>
        </message>
    </context>
    <context>
        <name>LifetimeField</name>
        <message>
            <source>Retention, exploration</source>
            <extracomment>Each stage's retention as the Settings page and its error messages name it.</extracomment>
            <translation>考察期留存率</translation>
        </message>
        <message>
            <source>Retention, formation</source>
            <translation>形成期留存率</translation>
        </message>
        <message>
            <source>Retention, stability</source>
            <translation>稳定期留存率</translation>
        </message>
        <message>
            <source>Retention, decline</source>
            <translation>退化期留存率</translation>
        </message>
        <message>
            <source>Retention, lost</source>
            <translation>流失期留存率</translation>
        </message>
        <message>
            <source>Retention rate by lifecycle stage</source>
            <translation>各生命周期阶段的保留率</translation>
        </message>
        <message>
            <source>Discount rate per year</source>
            <translation>年折现率</translation>
        </message>
        <message>
            <source>Horizon (years)</source>
            <translation>计算年限（年）</translation>
        </message>
    </context>
    <context>
        <name>LifetimePage</name>
        <message>
            <source>Lifetime value</source>
            <translation>终身价值</translation>
        </message>
        <message>
            <source>Lifetime value (CLV) is what an account is worth over the coming years: each year's gross margin minus cost to serve, weighted by the chance the account stays (the retention rate of its lifecycle stage) and discounted to today.</source>
            <translation>终身价值（CLV）是客户在未来几年的价值：每年的毛利减去服务成本，按客户留下的可能性（其生命周期阶段的留存率）加权，并折现到今天。</translation>
        </message>
        <message>
            <source>Retention rate per year, by lifecycle stage</source>
            <translation>各生命周期阶段的年留存率</translation>
        </message>
        <message>
            <source>Discounting</source>
            <translation>折现</translation>
        </message>
        <message>
            <source>Discount rate per year</source>
            <translation>年折现率</translation>
        </message>
        <message>
            <source>Horizon</source>
            <translation>计算年限</translation>
        </message>
        <message>
            <source> years</source>
            <translation> 年</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>No account book open</source>
            <translation>未打开客户账本</translation>
        </message>
        <message>
            <source>Account deleted. Press Ctrl+Z to undo.</source>
            <translation>客户已删除。按 Ctrl+Z 可撤销。</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s)</source>
            <translation>
                <numerusform>%n 个客户</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Showing %1 of %n account(s)</source>
            <translation>
                <numerusform>共 %n 个客户，显示 %1 个</numerusform>
            </translation>
        </message>
        <message>
            <source>About %1</source>
            <translation>关于 %1</translation>
        </message>
        <message>
            <source>%1 %2

An offline workstation for key account managers: accounts, contact maps, visits and value, in one account book on your laptop.</source>
            <translation>%1 %2

大客户经理的离线工作台：客户、客户关系图、拜访和客户价值，都保存在本机的一个客户账本中。</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>修改尚未保存</translation>
        </message>
        <message>
            <source>Save your changes to this account before closing?</source>
            <translation>关闭前是否保存对该客户的修改？</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Analytics</source>
            <translation>分析</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Account</source>
            <translation>客户(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>New account book…</source>
            <translation>新建客户账本…</translation>
        </message>
        <message>
            <source>Open account book…</source>
            <translation>打开客户账本…</translation>
        </message>
        <message>
            <source>Settings…</source>
            <translation>设置…</translation>
        </message>
        <message>
            <source>Visit rules…</source>
            <translation>回访规则…</translation>
        </message>
        <message>
            <source>Contact map rules…</source>
            <translation>关系图规则…</translation>
        </message>
        <message>
            <source>Value settings…</source>
            <translation>价值设置…</translation>
        </message>
        <message>
            <source>Import from headquarters…</source>
            <translation>从总部导入…</translation>
        </message>
        <message>
            <source>Export to Excel…</source>
            <translation>导出到 Excel…</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>退出</translation>
        </message>
        <message>
            <source>Find account</source>
            <translation>查找客户</translation>
        </message>
        <message>
            <source>New account</source>
            <translation>新建客户</translation>
        </message>
        <message>
            <source>Edit account</source>
            <translation>编辑客户</translation>
        </message>
        <message>
            <source>Save account</source>
            <translation>保存客户</translation>
        </message>
        <message>
            <source>Delete account</source>
            <translation>删除客户</translation>
        </message>
        <message>
            <source>About KAM Desktop</source>
            <translation>关于 KAM Desktop</translation>
        </message>
    </context>
    <context>
        <name>MapRulesDialog</name>
        <message>
            <source>Contact map rules</source>
            <translation>关系图规则</translation>
        </message>
        <message>
            <source>When a contact map shows a coverage gap. The rules are stored in the account book, so a team that syncs shares them.</source>
            <translation>关系图何时显示覆盖缺口。规则保存在客户账本中，同步的团队共享同一套规则。</translation>
        </message>
        <message>
            <source>Fewer contacts with a strong relationship than this: the account is single-threaded.</source>
            <translation>强关系联系人少于此数：该客户为单线联系。</translation>
        </message>
        <message>
            <source>The relationship level (1–5) from which a relationship counts as strong.</source>
            <translation>关系层次（1–5）达到此级即算强关系。</translation>
        </message>
        <message>
            <source>A key decision maker below this relationship level: weak relationship.</source>
            <translation>关键决策人的关系层次低于此级：关系薄弱。</translation>
        </message>
        <message>
            <source>A key decision maker with a lower attitude is not supportive (2 strongly supportive, 1 supportive, 0 neutral, −1 opposed).</source>
            <translation>关键决策人的态度低于此值即为不支持（2 强烈支持，1 支持，0 中立，−1 反对）。</translation>
        </message>
        <message>
            <source>Decision-level contacts and key decision makers not met for longer: not met recently.</source>
            <translation>决策层联系人和关键决策人超过此天数未拜访：久未拜访。</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>Restore defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <source>(no header)</source>
            <translation>（无表头）</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Matched by the headers</source>
            <translation>按表头匹配</translation>
        </message>
        <message>
            <source>Not recognised: ignored</source>
            <translation>未识别：已忽略</translation>
        </message>
        <message>
            <source>Ignored</source>
            <translation>已忽略</translation>
        </message>
        <message>
            <source>Chosen by you</source>
            <translation>您的选择</translation>
        </message>
        <message>
            <source>From the saved mapping</source>
            <translation>来自已保存的映射</translation>
        </message>
        <message>
            <source>Recognised by its header</source>
            <translation>按表头识别</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>No column feeds the %1, which this list cannot do without. Choose the column that holds it.</source>
            <translation>没有任何列对应%1，而此清单必须包含该字段。请选择包含它的列。</translation>
        </message>
        <message>
            <source>Reading the list…</source>
            <translation>正在读取清单…</translation>
        </message>
        <message>
            <source>Which column is which</source>
            <translation>列与字段的对应</translation>
        </message>
        <message>
            <source>Columns were matched by their headers. Change any that is wrong; columns set to Ignore are not imported.</source>
            <translation>已按表头匹配各列。如有错误请修改；设为“忽略”的列不会导入。</translation>
        </message>
        <message>
            <source>Saved mapping:</source>
            <translation>已保存的映射：</translation>
        </message>
        <message>
            <source>Save this mapping as:</source>
            <translation>将此映射保存为：</translation>
        </message>
        <message>
            <source>a name, to use it again for the next list like this one (optional)</source>
            <translation>输入名称，下次导入同类清单时可再次使用（可选）</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Sample value</source>
            <translation>示例值</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>字段</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>说明</translation>
        </message>
    </context>
    <context>
        <name>MaterialsEditor</name>
        <message>
            <source>Packed</source>
            <translation>已备好</translation>
        </message>
        <message>
            <source>Material or sample</source>
            <translation>资料或样品</translation>
        </message>
        <message>
            <source>Brochure, samples, quotation…</source>
            <translation>宣传册、样品、报价单…</translation>
        </message>
        <message>
            <source>Add li&amp;ne</source>
            <translation>添加一行(&amp;N)</translation>
        </message>
        <message>
            <source>Enter in a line adds one below; Ctrl+Del removes it</source>
            <translation>在行内按 Enter 可在下方添加一行；按 Ctrl+Del 删除该行</translation>
        </message>
    </context>
    <context>
        <name>NextStepsEditor</name>
        <message>
            <source>Action</source>
            <translation>事项</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Due date</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>What was agreed</source>
            <translation>约定的事项</translation>
        </message>
        <message>
            <source>me</source>
            <translation>我</translation>
        </message>
        <message>
            <source>Add &amp;row</source>
            <translation>添加一行(&amp;R)</translation>
        </message>
        <message>
            <source>Enter in a row adds one below; Ctrl+Del removes it</source>
            <translation>在行内按 Enter 可在下方添加一行；按 Ctrl+Del 删除该行</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>at the visit that day</source>
            <translation>当天拜访时</translation>
        </message>
        <message>
            <source>from the visit of %1</source>
            <translation>来自 %1 的拜访</translation>
        </message>
        <message>
            <source>No answer yet</source>
            <translation>尚无回答</translation>
        </message>
        <message>
            <source>Confirmed by the customer</source>
            <translation>客户已确认</translation>
        </message>
        <message>
            <source>Not confirmed</source>
            <translation>未确认</translation>
        </message>
        <message>
            <source>Delete this note (Ctrl+Z undoes it)</source>
            <translation>删除这条记录（按 Ctrl+Z 可撤销）</translation>
        </message>
        <message>
            <source>Double-click or press Enter to edit; right-click for more</source>
            <translation>双击或按 Enter 编辑；右键查看更多操作</translation>
        </message>
    </context>
    <context>
        <name>NoteDialog</name>
        <message>
            <source>— none —</source>
            <translation>（无）</translation>
        </message>
        <message numerus="yes">
            <source>— pick a question (%n in the bank) —</source>
            <translation>
                <numerusform>— 选择问题（问题库中共 %n 个）—</numerusform>
            </translation>
        </message>
        <message>
            <source>New SPIN note</source>
            <translation>新建 SPIN 记录</translation>
        </message>
        <message>
            <source>SPIN note</source>
            <translation>SPIN 记录</translation>
        </message>
    </context>
    <context>
        <name>PdfPreview</name>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>上一页</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>下一页</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>另存为 PDF…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>第 %1 页，共 %2 页</translation>
        </message>
    </context>
    <context>
        <name>PlanControls</name>
        <message>
            <source>&amp;From</source>
            <translation>从(&amp;F)</translation>
        </message>
        <message>
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <source>&amp;Account manager</source>
            <translation>客户经理(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Nearby: not visited for</source>
            <translation>附近未拜访超过(&amp;N)</translation>
        </message>
        <message>
            <source> days</source>
            <translation> 天</translation>
        </message>
        <message>
            <source>All</source>
            <translation>全部</translation>
        </message>
    </context>
    <context>
        <name>PlanLists</name>
        <message>
            <source>Planned visits</source>
            <translation>已计划的拜访</translation>
        </message>
        <message>
            <source>Proposals</source>
            <translation>建议</translation>
        </message>
        <message>
            <source>Group by route</source>
            <translation>按路线排序</translation>
        </message>
        <message>
            <source>Each day: by city, then district, then time. The day's times stay the same.</source>
            <translation>每天先按城市、再按区县、再按时间排列；当天的时间段不变。</translation>
        </message>
        <message>
            <source>Set time…</source>
            <translation>设置时间…</translation>
        </message>
        <message>
            <source>Remove from plan…</source>
            <translation>从计划中移除…</translation>
        </message>
        <message>
            <source>Accept…</source>
            <translation>接受…</translation>
        </message>
        <message>
            <source>Nothing to propose for these dates.</source>
            <translation>这些日期没有可建议的客户。</translation>
        </message>
    </context>
    <context>
        <name>PlanPage</name>
        <message>
            <source>No planned visits from %1 to %2.
Accept proposals below, or plan visits on the Visits page.</source>
            <translation>%1 至 %2 没有已计划的拜访。
请接受下方的建议，或在“拜访”页面计划拜访。</translation>
        </message>
        <message>
            <source>The preview shows the plan once it has visits.</source>
            <translation>计划中有拜访后，这里显示预览。</translation>
        </message>
        <message>
            <source>Making the preview…</source>
            <translation>正在生成预览…</translation>
        </message>
        <message>
            <source>Set time</source>
            <translation>设置时间</translation>
        </message>
        <message>
            <source>Remove from plan</source>
            <translation>从计划中移除</translation>
        </message>
        <message>
            <source>Remove the visit to %1 from the plan? It is cancelled and stays in the account's history.
Why? (optional)</source>
            <translation>将对 %1 的拜访从计划中移除？该拜访将被取消，并保留在客户的历史记录中。
原因（可选）</translation>
        </message>
        <message>
            <source>Accept proposal</source>
            <translation>接受建议</translation>
        </message>
        <message>
            <source>Visit plan %1 to %2.pdf</source>
            <translation>拜访计划 %1 至 %2.pdf</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>另存为 PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <source>Saving the visit plan…</source>
            <translation>正在保存拜访计划…</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>已保存 %1</translation>
        </message>
    </context>
    <context>
        <name>PlanTree</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>City · district</source>
            <translation>城市 · 区县</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
    </context>
    <context>
        <name>Playbook</name>
        <message>
            <source>Keep and reward: thank them in person, give them priority service and invite them to customer events.</source>
            <extracomment>[default] One sentence each that a rep can act on (DOMAIN §7.5's four strategies).</extracomment>
            <translation>保持并回馈：当面致谢，提供优先服务，并邀请其参加客户活动。</translation>
        </message>
        <message>
            <source>Ask for referrals: at the next visit, ask which peers or partners they would introduce you to.</source>
            <translation>请求推荐：下次拜访时，询问对方愿意为您引荐哪些同行或合作伙伴。</translation>
        </message>
        <message>
            <source>Cross-sell and up-sell: offer a product they do not buy from us yet, or a larger volume at a better price.</source>
            <translation>交叉销售与向上销售：推荐对方尚未向我们采购的产品，或以更优价格提供更大采购量。</translation>
        </message>
        <message>
            <source>Incentives for both: offer a discount for larger orders and a reward for every customer they refer.</source>
            <translation>双向激励：对更大订单给予折扣，并对其推荐的每位客户给予奖励。</translation>
        </message>
    </context>
    <context>
        <name>PlaybookPage</name>
        <message>
            <source>High lifetime value, high referral value</source>
            <extracomment>What each quadrant means, as the caption above its text.</extracomment>
            <translation>终身价值高，引介价值高</translation>
        </message>
        <message>
            <source>High lifetime value, low referral value</source>
            <translation>终身价值高，引介价值低</translation>
        </message>
        <message>
            <source>Low lifetime value, high referral value</source>
            <translation>终身价值低，引介价值高</translation>
        </message>
        <message>
            <source>Low lifetime value, low referral value</source>
            <translation>终身价值低，引介价值低</translation>
        </message>
        <message>
            <source>Playbooks</source>
            <translation>应对策略</translation>
        </message>
        <message>
            <source>Each account falls in one of four quadrants by its lifetime value and its referral value (split at the book's medians). The Value tab suggests the quadrant's playbook; write it in your own words.</source>
            <translation>每个客户按其终身价值和引介价值（以账本的中位数划分）归入四个象限之一。价值页会给出该象限的应对策略；请用您自己的话写下。</translation>
        </message>
        <message>
            <source>Restore default</source>
            <translation>恢复默认</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <source>Import a list</source>
            <translation>导入清单</translation>
        </message>
        <message>
            <source>Comparing the list with the account book…</source>
            <translation>正在将清单与客户账本比对…</translation>
        </message>
        <message>
            <source>Importing into the account book…</source>
            <translation>正在导入客户账本…</translation>
        </message>
        <message>
            <source>row %1</source>
            <translation>第 %1 行</translation>
        </message>
        <message>
            <source>in the account book</source>
            <translation>客户账本中</translation>
        </message>
        <message>
            <source>Changes (%1)</source>
            <translation>变更 (%1)</translation>
        </message>
        <message>
            <source>Rejected rows (%1)</source>
            <translation>被拒绝的行 (%1)</translation>
        </message>
        <message>
            <source>Possible duplicates (%1)</source>
            <translation>可能重复 (%1)</translation>
        </message>
        <message>
            <source>Possible duplicates (same name only: too many names to compare)</source>
            <translation>可能重复（仅比对同名：名称太多，未做相似比对）</translation>
        </message>
        <message>
            <source>This file was already imported on %1 with the same mapping; importing it again changes nothing.</source>
            <translation>此文件已于 %1 以相同映射导入过；再次导入不会有任何变化。</translation>
        </message>
        <message numerus="yes">
            <source>Skipped: %n summary row(s)</source>
            <translation>
                <numerusform>已跳过：%n 行合计行</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n blank row(s)</source>
            <translation>
                <numerusform>%n 行空行</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing in the account book would change.</source>
            <translation>客户账本不会有任何变化。</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>What would change</source>
            <translation>将发生的变更</translation>
        </message>
        <message>
            <source>Nothing has been written yet. Only the fields headquarters owns change; your contacts, visits and notes are never touched.</source>
            <translation>尚未写入任何内容。只会更改总部负责的字段；您的联系人、拜访和备注不会被改动。</translation>
        </message>
        <message>
            <source>Show:</source>
            <translation>显示：</translation>
        </message>
        <message>
            <source>All changes</source>
            <translation>全部变更</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>保存被拒绝的行…</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Looks like</source>
            <translation>相似于</translation>
        </message>
        <message>
            <source>Similarity</source>
            <translation>相似度</translation>
        </message>
    </context>
    <context>
        <name>ProgressStrip</name>
        <message>
            <source>%1: %2 note(s), %3 confirmed. Click to show its column.</source>
            <translation>%1：%2 条记录，%3 条已确认。点击显示该列。</translation>
        </message>
        <message>
            <source>Newest: %1</source>
            <translation>最新：%1</translation>
        </message>
        <message>
            <source>No answer confirmed yet</source>
            <translation>尚无已确认的回答</translation>
        </message>
        <message>
            <source>Highest confirmed: %1</source>
            <translation>已确认到：%1</translation>
        </message>
    </context>
    <context>
        <name>ProposalTable</name>
        <message>
            <source>Account and why</source>
            <translation>客户及原因</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
    </context>
    <context>
        <name>QuestionBankDialog</name>
        <message>
            <source>Remove this question from the bank?

%1</source>
            <translation>从问题库中删除这个问题？

%1</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>问题库</translation>
        </message>
        <message>
            <source>SPIN question bank</source>
            <translation>SPIN 问题库</translation>
        </message>
        <message>
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <source>English</source>
            <translation>英文</translation>
        </message>
        <message>
            <source>Shipped</source>
            <translation>内置</translation>
        </message>
        <message>
            <source>Shipped with KAM Desktop; you may reword or remove it like your own</source>
            <translation>KAM Desktop 自带的问题；可以像自己添加的问题一样修改或删除</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>The question in Chinese</source>
            <translation>问题的中文表述</translation>
        </message>
        <message>
            <source>The question in English</source>
            <translation>问题的英文表述</translation>
        </message>
        <message>
            <source>Add as new question</source>
            <translation>添加为新问题</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>保存修改</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Add the text above as a new question of its stage</source>
            <translation>将上面的文字添加为该阶段的新问题</translation>
        </message>
    </context>
    <context>
        <name>QuestionPicker</name>
        <message numerus="yes">
            <source>%n question(s) chosen</source>
            <translation>
                <numerusform>已选 %n 个问题</numerusform>
            </translation>
        </message>
        <message>
            <source>All stages</source>
            <translation>全部阶段</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>拟提问题</translation>
        </message>
    </context>
    <context>
        <name>RejectedModel</name>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
    </context>
    <context>
        <name>RevisitRulesDialog</name>
        <message>
            <source>Revisit rules</source>
            <extracomment>Day thresholds shown as spin boxes (the field's name is also the widget's: edit_&lt;name&gt;).</extracomment>
            <translation>回访规则</translation>
        </message>
        <message>
            <source>Double-click a date to change it; leave it empty to skip that holiday in that year.</source>
            <translation>双击日期可修改；留空则当年跳过该节日。</translation>
        </message>
        <message>
            <source>Each rule puts accounts on the Due list with a reason. The rules are kept in this account book, so everyone who syncs with it uses the same ones.</source>
            <translation>每条规则都会把客户连同原因列入待回访清单。规则保存在本客户账本中，同步该账本的所有人都使用同一套规则。</translation>
        </message>
        <message>
            <source>&amp;Rules</source>
            <translation>规则(&amp;R)</translation>
        </message>
        <message>
            <source>Days after each order:</source>
            <translation>每笔订单后第几天：</translation>
        </message>
        <message>
            <source>5, 15</source>
            <translation>5, 15</translation>
        </message>
        <message>
            <source>Days after the order date, separated by commas</source>
            <translation>订单日期后的天数，用逗号分隔</translation>
        </message>
        <message>
            <source>Days before the repurchase date:</source>
            <translation>复购日前提前天数：</translation>
        </message>
        <message>
            <source>Days by tier and grade: see Cadence</source>
            <translation>按层级和等级设定：见“回访周期”</translation>
        </message>
        <message>
            <source>Days after a complaint is opened:</source>
            <translation>投诉受理后天数：</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved:</source>
            <translation>投诉解决后天数：</translation>
        </message>
        <message>
            <source>Days before the holiday:</source>
            <translation>节日前提前天数：</translation>
        </message>
        <message>
            <source>Days before the birthday:</source>
            <translation>生日前提前天数：</translation>
        </message>
        <message>
            <source>Days without an order:</source>
            <translation>无订单天数：</translation>
        </message>
        <message>
            <source>Until the step is marked done</source>
            <translation>直到该行动标记为完成</translation>
        </message>
        <message>
            <source>When the monthly value snapshot shows a lower tier or a falling score</source>
            <translation>月度价值快照显示层级降低或得分下降时</translation>
        </message>
        <message>
            <source>&amp;Cadence</source>
            <translation>回访周期(&amp;C)</translation>
        </message>
        <message>
            <source>An account is due again this many days after its last done visit. “off”: no periodic revisit.</source>
            <translation>客户在最近一次完成拜访后满这些天即再次待回访。“关闭”：不做定期回访。</translation>
        </message>
        <message>
            <source>By value tier</source>
            <translation>按价值层级</translation>
        </message>
        <message>
            <source>off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>By HQ grade (accounts without a value tier yet)</source>
            <translation>按总部客户等级（尚无价值层级的客户）</translation>
        </message>
        <message>
            <source>&amp;Holidays</source>
            <translation>节日(&amp;H)</translation>
        </message>
        <message>
            <source>Holiday and birthday greetings for:</source>
            <translation>节日和生日问候适用于：</translation>
        </message>
        <message>
            <source>Dates per year (YYYY-MM-DD). The lunar holidays move every year: add a year's dates when a new calendar comes out.</source>
            <translation>每年的日期（YYYY-MM-DD）。农历节日每年日期不同：新年历发布后请添加当年的日期。</translation>
        </message>
        <message>
            <source>&amp;Add year</source>
            <translation>添加年份(&amp;A)</translation>
        </message>
        <message>
            <source>Remo&amp;ve year</source>
            <translation>删除年份(&amp;V)</translation>
        </message>
        <message>
            <source>Which &amp;visits count</source>
            <translation>计入的拜访(&amp;V)</translation>
        </message>
        <message>
            <source>Any done visit counts as a revisit</source>
            <translation>任何已完成拜访都算回访</translation>
        </message>
        <message>
            <source>Only done visits with these purposes:</source>
            <translation>仅限以下目的的已完成拜访：</translation>
        </message>
        <message>
            <source>A visit for the occasion itself always counts: after-sales service for an order, complaint handling for a complaint, a holiday greeting for a holiday or a birthday.</source>
            <translation>针对事由本身的拜访始终计入：订单对应售后服务，投诉对应投诉处理，节日或生日对应节日问候。</translation>
        </message>
        <message>
            <source>A visit up to this many days early counts:</source>
            <translation>提前多少天以内的拜访也计入：</translation>
        </message>
        <message>
            <source>Stop reminding this many days after a missed revisit:</source>
            <translation>错过回访多少天后停止提醒：</translation>
        </message>
        <message>
            <source>Restore &amp;defaults</source>
            <translation>恢复默认值(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>SatisfactionInput</name>
        <message>
            <source>not rated: press 1 to 5</source>
            <translation>未评分：按 1–5 键</translation>
        </message>
        <message>
            <source>1 · very unhappy</source>
            <translation>1 · 非常不满意</translation>
        </message>
        <message>
            <source>2 · unhappy</source>
            <translation>2 · 不满意</translation>
        </message>
        <message>
            <source>3 · neutral</source>
            <translation>3 · 一般</translation>
        </message>
        <message>
            <source>4 · satisfied</source>
            <translation>4 · 满意</translation>
        </message>
        <message>
            <source>5 · very satisfied</source>
            <translation>5 · 非常满意</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Press 1 to 5 to rate, 0 to clear</source>
            <translation>按 1–5 评分，按 0 清除</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>System default</source>
            <translation>跟随系统</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>Choose an account book</source>
            <translation>选择客户账本</translation>
        </message>
        <message>
            <source>KAM account book (*.kambook)</source>
            <translation>KAM 客户账本 (*.kambook)</translation>
        </message>
        <message>
            <source>&amp;Language:</source>
            <translation>语言(&amp;L)：</translation>
        </message>
        <message>
            <source>Your &amp;name (account manager):</source>
            <translation>您的姓名(&amp;N)：</translation>
        </message>
        <message>
            <source>Shown as the owner of new accounts and visit plans</source>
            <translation>作为新客户和拜访计划的客户经理显示</translation>
        </message>
        <message>
            <source>Account &amp;book:</source>
            <translation>客户账本(&amp;B)：</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>选择(&amp;C)…</translation>
        </message>
        <message>
            <source>Choose an existing book to switch to it, or type a new file name to start an empty book.</source>
            <translation>选择已有账本即可切换；输入新的文件名则新建一个空账本。</translation>
        </message>
    </context>
    <context>
        <name>SnoozeDialog</name>
        <message>
            <source>Snooze</source>
            <translation>推迟</translation>
        </message>
        <message>
            <source>Hide %1 from the Due list until:</source>
            <translation>在待回访清单中隐藏 %1，直到：</translation>
        </message>
    </context>
    <context>
        <name>SpinBoardTab</name>
        <message>
            <source>Add SPIN note</source>
            <translation>添加 SPIN 记录</translation>
        </message>
        <message>
            <source>Edit SPIN note</source>
            <translation>编辑 SPIN 记录</translation>
        </message>
        <message>
            <source>Delete SPIN note</source>
            <translation>删除 SPIN 记录</translation>
        </message>
        <message>
            <source>Question bank…</source>
            <translation>问题库…</translation>
        </message>
        <message>
            <source>Add, reword or remove the questions to pick from</source>
            <translation>添加、修改或删除可选用的问题</translation>
        </message>
        <message>
            <source>Choose an account to see its SPIN notes.</source>
            <translation>选择客户即可查看其 SPIN 记录。</translation>
        </message>
    </context>
    <context>
        <name>SpinNoteDialog</name>
        <message>
            <source>Stage *</source>
            <translation>阶段 *</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>From the bank</source>
            <translation>从问题库选</translation>
        </message>
        <message>
            <source>Pick a question from the question bank for this stage; it fills in the question below</source>
            <translation>从问题库中选择该阶段的问题，填入下方的问题栏</translation>
        </message>
        <message>
            <source>Question *</source>
            <translation>问题 *</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Type the question, or pick one from the bank above</source>
            <translation>输入问题，或从上方的问题库中选择</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>What the customer said, in their words</source>
            <translation>客户的原话</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>The customer confirmed this answer</source>
            <translation>客户已确认这个回答</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
    </context>
    <context>
        <name>StageColumn</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n 条记录</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n confirmed</source>
            <translation>
                <numerusform>%n 条已确认</numerusform>
            </translation>
        </message>
        <message>
            <source>Facts about the customer's current situation</source>
            <translation>了解客户现状的事实</translation>
        </message>
        <message>
            <source>Difficulties and dissatisfactions</source>
            <translation>客户的难点和不满</translation>
        </message>
        <message>
            <source>What the problems cost: grow the urgency</source>
            <translation>问题带来的损失：增强紧迫感</translation>
        </message>
        <message>
            <source>The value of solving it, said by the customer</source>
            <translation>由客户说出解决问题的价值</translation>
        </message>
        <message>
            <source>Add note…</source>
            <translation>添加记录…</translation>
        </message>
        <message>
            <source>Add a %1 question and the customer's answer</source>
            <translation>添加一个%1及客户的回答</translation>
        </message>
        <message>
            <source>No notes yet</source>
            <translation>尚无记录</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>The list %1 was imported into the account book.</source>
            <translation>清单 %1 已导入客户账本。</translation>
        </message>
        <message>
            <source>Nothing was written: the account book already held this list.</source>
            <translation>未写入任何内容：客户账本中已有此清单的内容。</translation>
        </message>
        <message numerus="yes">
            <source>Value, lifecycle and due visits brought up to date for %n account(s).</source>
            <translation>
                <numerusform>已为 %n 个客户更新价值、生命周期和待回访。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) were rejected and not imported. Save them as a report to correct the list or send it back to headquarters.</source>
            <translation>
                <numerusform>%n 行被拒绝，未导入。可将其保存为报告，用于修正清单或发回总部。</numerusform>
            </translation>
        </message>
        <message>
            <source>No row was rejected.</source>
            <translation>没有被拒绝的行。</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>已保存到 %1</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <source>The account lists are up to date.</source>
            <translation>客户列表已更新。</translation>
        </message>
        <message>
            <source>Save rejected rows…</source>
            <translation>保存被拒绝的行…</translation>
        </message>
    </context>
    <context>
        <name>TiersPage</name>
        <message>
            <source>Lead: the remaining {share} of accounts</source>
            <translation>铅：其余 {share} 的客户</translation>
        </message>
        <message>
            <source>Lead: none (the shares add up to more than 100 %)</source>
            <translation>铅：无（占比合计超过 100 %）</translation>
        </message>
        <message>
            <source>Lead: scores below {score}</source>
            <translation>铅：得分低于 {score}</translation>
        </message>
        <message>
            <source>Tiers</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>How accounts are sorted into the tiers of the value pyramid, by their value score. Lead takes every account below iron.</source>
            <translation>按价值得分将客户划入价值金字塔的各层级。低于钢铁的客户均归入铅。</translation>
        </message>
        <message>
            <source>Share of accounts (percentile bands)</source>
            <translation>按客户占比（百分位区间）</translation>
        </message>
        <message>
            <source>Score thresholds</source>
            <translation>按得分门槛</translation>
        </message>
        <message>
            <source>Share of the scored accounts, from the top</source>
            <translation>已计分客户中自上而下的占比</translation>
        </message>
        <message>
            <source>Lowest value score of each tier (0–100)</source>
            <translation>各层级的最低价值得分（0–100）</translation>
        </message>
        <message>
            <source>{tier}:</source>
            <translation>{tier}：</translation>
        </message>
    </context>
    <context>
        <name>TodayPage</name>
        <message>
            <source>Log outcome…</source>
            <translation>记录拜访结果…</translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>查看客户</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>今日</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>刷新</translation>
        </message>
        <message>
            <source>Read the book again</source>
            <translation>重新读取客户账本</translation>
        </message>
        <message>
            <source>Open an account book to see your day.</source>
            <translation>打开客户账本，查看今天的工作。</translation>
        </message>
        <message>
            <source>This account book has no accounts yet. Import your customer list with File → Import from headquarters…, or add an account on the Accounts page.</source>
            <translation>此客户账本还没有客户。请通过“文件 → 从总部导入…”导入客户名单，或在“客户”页新建客户。</translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>opened today</source>
            <translation>今天提出</translation>
        </message>
        <message>
            <source>Lifecycle in decline</source>
            <translation>生命周期：退化期</translation>
        </message>
        <message>
            <source>Contact map gaps</source>
            <translation>关系图缺口</translation>
        </message>
        <message numerus="yes">
            <source>open %n day(s)</source>
            <translation>
                <numerusform>未解决 %n 天</numerusform>
            </translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
        <message>
            <source>Holiday: plan greetings for your key accounts</source>
            <translation>节日：为重点客户安排节日问候</translation>
        </message>
        <message>
            <source>Double-click to log the outcome.</source>
            <translation>双击记录拜访结果。</translation>
        </message>
        <message>
            <source>Map gaps: %1</source>
            <translation>关系图缺口：%1</translation>
        </message>
        <message>
            <source>%1's birthday</source>
            <translation>%1 的生日</translation>
        </message>
        <message>
            <source>today %1</source>
            <translation>今天 %1</translation>
        </message>
        <message numerus="yes">
            <source>(+%n more)</source>
            <translation>
                <numerusform>（另有 %n 条）</numerusform>
            </translation>
        </message>
        <message>
            <source>Tier dropped: %1 → %2</source>
            <translation>层级下降：%1 → %2</translation>
        </message>
        <message>
            <source>No visits planned for today and none left to log. Plan this week's visits on the Visit plan page, or open a due account below and plan a visit.</source>
            <translation>今天没有计划的拜访，也没有待记录的拜访。请在“拜访计划”页安排本周拜访，或打开下方的待回访客户安排拜访。</translation>
        </message>
        <message>
            <source>No next steps due. When you log a visit, add what you promised as next steps.</source>
            <translation>没有到期的后续行动。记录拜访时，把答应客户的事项添加为后续行动。</translation>
        </message>
        <message>
            <source>No open complaints. Complaints are recorded with a visit's outcome.</source>
            <translation>没有处理中的投诉。投诉随拜访结果一起记录。</translation>
        </message>
        <message>
            <source>No account is slipping: no tier dropped this month, none in decline, and the platinum and gold accounts' contact maps have no gaps.</source>
            <translation>没有下滑的客户：本月没有层级下降，没有处于退化期的客户，铂金和黄金客户的关系图也没有缺口。</translation>
        </message>
        <message>
            <source>No birthdays or holidays this week. Add your contacts' birthdays to be reminded.</source>
            <translation>本周没有生日或节日。添加联系人的生日即可收到提醒。</translation>
        </message>
        <message>
            <source>Visits today and overdue</source>
            <translation>今日及逾期拜访</translation>
        </message>
        <message>
            <source>Due accounts, most urgent first</source>
            <translation>待回访客户（最紧急在前）</translation>
        </message>
        <message>
            <source>No accounts yet: import or add accounts, and their visits fall due here.</source>
            <translation>还没有客户：导入或新建客户后，待回访的客户会显示在这里。</translation>
        </message>
        <message>
            <source>Nothing is due this week. Every account has been visited on time: a good day to plan ahead on the Visit plan page.</source>
            <translation>本周没有待回访的客户，所有客户都按时拜访了：正好在“拜访计划”页提前安排。</translation>
        </message>
        <message>
            <source>Ranked by value tier × days overdue</source>
            <translation>按价值层级 × 逾期天数排序</translation>
        </message>
        <message>
            <source>Next steps due</source>
            <translation>到期的后续行动</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>处理中的投诉</translation>
        </message>
        <message>
            <source>Slipping accounts</source>
            <translation>下滑客户</translation>
        </message>
        <message>
            <source>Birthdays and holidays this week</source>
            <translation>本周生日与节日</translation>
        </message>
        <message numerus="yes">
            <source>%n more</source>
            <translation>
                <numerusform>还有 %n 项</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Visits planned for today appear here.</source>
            <translation>今天计划的拜访会显示在这里。</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the Visits page</source>
            <translation>
                <numerusform>拜访页还有 %n 项</numerusform>
            </translation>
        </message>
        <message>
            <source>Accounts due for a visit appear here.</source>
            <translation>需要回访的客户会显示在这里。</translation>
        </message>
        <message numerus="yes">
            <source>%n more on the due list</source>
            <translation>
                <numerusform>待回访列表还有 %n 个</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 today, %2 overdue</source>
            <translation>今日 %1，逾期 %2</translation>
        </message>
        <message>
            <source>%1 due, %2 overdue</source>
            <translation>待回访 %1，逾期 %2</translation>
        </message>
        <message>
            <source>%1 tier drops · %2 declining · %3 map gaps</source>
            <translation>层级下降 %1 · 退化 %2 · 关系图缺口 %3</translation>
        </message>
    </context>
    <context>
        <name>ValueModel</name>
        <message>
            <source>Overall value</source>
            <extracomment>Indicators where more is worse: ranked the other way round (DOMAIN §7.1 "negative"). Default weights [default]: realised value first, then potential, relationship and growth.</extracomment>
            <translation>综合价值</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
    </context>
    <context>
        <name>ValueSettingsDialog</name>
        <message>
            <source>Value settings</source>
            <extracomment>The pages after Weights, Tiers and Lifecycle, in tab order.</extracomment>
            <translation>价值设置</translation>
        </message>
    </context>
    <context>
        <name>ValueTab</name>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>%1 (10k CNY)</source>
            <translation>%1 万元</translation>
        </message>
        <message>
            <source>Some indicators had no data; the score uses the others.</source>
            <translation>部分指标无数据，评分按其余指标计算。</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation>（手动设定）</translation>
        </message>
        <message>
            <source>retention %1 a year, discount rate %2 a year, %3 years, cost to serve %4</source>
            <translation>年保留率 %1，年折现率 %2，%3 年，服务成本 %4</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>未记录</translation>
        </message>
        <message numerus="yes">
            <source> from %n referred account(s)</source>
            <translation>
                <numerusform>，来自 %n 个被推荐客户</numerusform>
            </translation>
        </message>
        <message>
            <source> (now: %1)</source>
            <translation>（当前：%1）</translation>
        </message>
        <message>
            <source>no monthly snapshots yet</source>
            <translation>尚无月度快照</translation>
        </message>
        <message>
            <source>not scored</source>
            <translation>未评分</translation>
        </message>
        <message>
            <source>%1 since %2</source>
            <translation>自 %2 起为%1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1 %2 个</translation>
        </message>
        <message numerus="yes">
            <source>%n account(s) including subsidiaries</source>
            <translation>
                <numerusform>含下属公司共 %n 个客户</numerusform>
            </translation>
        </message>
        <message>
            <source>sales %1</source>
            <translation>销售额 %1</translation>
        </message>
        <message numerus="yes">
            <source>%n gap(s) in the contact maps</source>
            <translation>
                <numerusform>关系图共 %n 个覆盖缺口</numerusform>
            </translation>
        </message>
        <message>
            <source>Value</source>
            <translation>价值</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>集团</translation>
        </message>
        <message>
            <source>Score · tier</source>
            <translation>得分 · 层级</translation>
        </message>
        <message>
            <source>Tier history</source>
            <translation>层级历史</translation>
        </message>
        <message>
            <source>Incomplete data</source>
            <translation>数据不完整</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>生命周期阶段</translation>
        </message>
        <message>
            <source>Sales, last 12 months</source>
            <translation>近12个月销售额</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>近12个月毛利</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>终身价值</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>计算假设</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>引介价值</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>象限</translation>
        </message>
        <message>
            <source>What to do</source>
            <translation>建议行动</translation>
        </message>
        <message>
            <source>Suggested relationship mode</source>
            <translation>建议关系营销类型</translation>
        </message>
        <message>
            <source>Choose an account to see its value.</source>
            <translation>选择一个客户以查看其价值。</translation>
        </message>
    </context>
    <context>
        <name>VisitDialog</name>
        <message>
            <source>Discard what you typed in this visit?</source>
            <translation>放弃这次拜访中已输入的内容？</translation>
        </message>
        <message>
            <source>Plan a visit</source>
            <translation>计划拜访</translation>
        </message>
        <message>
            <source>Edit planned visit</source>
            <translation>编辑计划拜访</translation>
        </message>
        <message>
            <source>Log an unplanned visit</source>
            <translation>记录计划外拜访</translation>
        </message>
        <message>
            <source>Edit outcome</source>
            <translation>编辑拜访结果</translation>
        </message>
        <message>
            <source>Log outcome</source>
            <translation>记录拜访结果</translation>
        </message>
        <message>
            <source>planned %1</source>
            <translation>计划于 %1</translation>
        </message>
        <message>
            <source>objective: %1</source>
            <translation>目标：%1</translation>
        </message>
        <message>
            <source>When and how</source>
            <translation>时间和方式</translation>
        </message>
        <message>
            <source>&amp;When</source>
            <translation>时间(&amp;W)</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>计划开始</translation>
        </message>
        <message>
            <source>D&amp;uration</source>
            <translation>时长(&amp;U)</translation>
        </message>
        <message>
            <source>Duration in minutes</source>
            <translation>时长（分钟）</translation>
        </message>
        <message>
            <source> min</source>
            <translation> 分钟</translation>
        </message>
        <message>
            <source>&amp;Done at</source>
            <translation>实际时间(&amp;D)</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>实际时间</translation>
        </message>
        <message>
            <source>&amp;Method</source>
            <translation>方式(&amp;M)</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>&amp;Purpose</source>
            <translation>目的(&amp;P)</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <source>&amp;Objectives</source>
            <translation>拜访目标(&amp;O)</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>E&amp;xpected result</source>
            <translation>预期结果(&amp;X)</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>预期结果</translation>
        </message>
        <message>
            <source>P&amp;reparation</source>
            <translation>准备事项(&amp;R)</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>准备事项</translation>
        </message>
        <message>
            <source>Addr&amp;ess</source>
            <translation>地址(&amp;E)</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>&amp;Travel notes</source>
            <translation>行程备注(&amp;T)</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>行程备注</translation>
        </message>
        <message>
            <source>Our co&amp;lleagues</source>
            <translation>我方人员(&amp;L)</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <source>Mater&amp;ials and samples</source>
            <translation>资料与样品(&amp;I)</translation>
        </message>
        <message>
            <source>What happened</source>
            <translation>拜访情况</translation>
        </message>
        <message>
            <source>&amp;Outcome</source>
            <translation>拜访结果(&amp;O)</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>拜访结果</translation>
        </message>
        <message>
            <source>&amp;Notes</source>
            <translation>纪要(&amp;N)</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>纪要</translation>
        </message>
        <message>
            <source>Sa&amp;tisfaction</source>
            <translation>满意度(&amp;T)</translation>
        </message>
        <message>
            <source>People</source>
            <translation>人员</translation>
        </message>
        <message>
            <source>&amp;Attendees</source>
            <translation>参与人(&amp;A)</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参与人</translation>
        </message>
        <message>
            <source>This account has no contacts yet; add them on the Contacts tab.</source>
            <translation>该客户还没有联系人；请在“联系人”页中添加。</translation>
        </message>
        <message>
            <source>SPIN questions</source>
            <translation>SPIN 问题</translation>
        </message>
        <message>
            <source>&amp;Questions to ask</source>
            <translation>拟提问题(&amp;Q)</translation>
        </message>
        <message>
            <source>Sta&amp;ge</source>
            <translation>阶段(&amp;G)</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>拟提问题</translation>
        </message>
        <message>
            <source>N&amp;ext steps</source>
            <translation>后续行动(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;Complaints</source>
            <translation>投诉(&amp;C)</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>下次拜访</translation>
        </message>
        <message>
            <source>Ne&amp;xt visit</source>
            <translation>下次拜访(&amp;X)</translation>
        </message>
        <message>
            <source>Plan a follow-up visit on this date</source>
            <translation>在这一天安排跟进拜访</translation>
        </message>
        <message>
            <source>Plan a &amp;follow-up visit on this date</source>
            <translation>在这一天安排跟进拜访(&amp;F)</translation>
        </message>
        <message>
            <source>Ctrl+Enter saves · Esc cancels</source>
            <translation>Ctrl+Enter 保存 · Esc 取消</translation>
        </message>
    </context>
    <context>
        <name>VisitField</name>
        <message>
            <source>Next step {row}, action</source>
            <translation>后续行动 {row}：事项</translation>
        </message>
        <message>
            <source>Next step {row}, due date</source>
            <translation>后续行动 {row}：截止日期</translation>
        </message>
        <message>
            <source>Next step {row}, owner</source>
            <translation>后续行动 {row}：负责人</translation>
        </message>
        <message>
            <source>Complaint {row}, category</source>
            <translation>投诉 {row}：类别</translation>
        </message>
        <message>
            <source>Complaint {row}, resolved on</source>
            <translation>投诉 {row}：解决日期</translation>
        </message>
        <message>
            <source>Material {row}</source>
            <translation>资料 {row}</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>计划开始</translation>
        </message>
        <message>
            <source>Planned end</source>
            <translation>计划结束</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>实际时间</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参与人</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>预期结果</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>准备事项</translation>
        </message>
        <message>
            <source>Materials and samples</source>
            <translation>资料与样品</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>拟提问题</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>拜访结果</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>纪要</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Next visit</source>
            <translation>下次拜访</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>行程备注</translation>
        </message>
        <message>
            <source>Account manager</source>
            <translation>客户经理</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n 次拜访</numerusform>
            </translation>
        </message>
        <message>
            <source>Log outcome…</source>
            <translation>记录结果…</translation>
        </message>
        <message>
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <source>Show account</source>
            <translation>查看客户</translation>
        </message>
        <message>
            <source>No planned visits to export in this range.</source>
            <translation>此范围内没有可导出的计划拜访。</translation>
        </message>
        <message>
            <source>Export calendar</source>
            <translation>导出日历</translation>
        </message>
        <message>
            <source>iCalendar file (*.ics)</source>
            <translation>iCalendar 文件 (*.ics)</translation>
        </message>
        <message numerus="yes">
            <source>%n planned visit(s) exported to %1</source>
            <translation>
                <numerusform>已将 %n 个计划拜访导出到 %1</numerusform>
            </translation>
        </message>
        <message>
            <source>Agenda</source>
            <translation>日程</translation>
        </message>
        <message>
            <source>Log unplanned visit…</source>
            <translation>记录计划外拜访…</translation>
        </message>
        <message>
            <source>Record a call or visit that was never planned</source>
            <translation>记录事先未计划的电话或拜访</translation>
        </message>
        <message>
            <source>Export calendar…</source>
            <translation>导出日历…</translation>
        </message>
        <message>
            <source>Save the planned visits of the shown range as an .ics file for Outlook, a phone or another calendar</source>
            <translation>将当前范围内的计划拜访保存为 .ics 文件，可导入 Outlook、手机或其他日历</translation>
        </message>
        <message>
            <source>Open an account book to see its visits.</source>
            <translation>打开客户账本即可查看拜访。</translation>
        </message>
        <message>
            <source>No overdue visits: every planned visit is logged or still ahead.</source>
            <translation>没有逾期拜访：所有计划拜访都已记录结果或尚未到时间。</translation>
        </message>
        <message>
            <source>No visits in this range. Plan one from the Due list, or choose another range.</source>
            <translation>此范围内没有拜访。可从待回访清单安排拜访，或选择其他范围。</translation>
        </message>
    </context>
    <context>
        <name>WeightsPage</name>
        <message>
            <source>Weights</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>New value model</source>
            <translation>新建价值模型</translation>
        </message>
        <message>
            <source>Name of the new model:</source>
            <translation>新模型名称：</translation>
        </message>
        <message>
            <source>Rename value model</source>
            <translation>重命名价值模型</translation>
        </message>
        <message>
            <source>New name:</source>
            <translation>新名称：</translation>
        </message>
        <message>
            <source>Delete value model</source>
            <translation>删除价值模型</translation>
        </message>
        <message>
            <source>Delete the value model “{name}”? This cannot be undone.</source>
            <translation>删除价值模型“{name}”？此操作无法撤销。</translation>
        </message>
        <message>
            <source>How much each indicator counts in an account's value score and tier. The model chosen here is the one the account book scores by.</source>
            <translation>各项指标在客户价值得分和价值层级中所占的分量。此处选中的模型即客户账本计分所用的模型。</translation>
        </message>
        <message>
            <source>Active model:</source>
            <translation>当前模型：</translation>
        </message>
        <message>
            <source>New model…</source>
            <translation>新建模型…</translation>
        </message>
        <message>
            <source>Rename…</source>
            <translation>重命名…</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
    </context>
    <context>
        <name>WeightsTable</name>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Share of the score</source>
            <translation>占得分比例</translation>
        </message>
    </context>
    <context>
        <name>WelcomeDialog</name>
        <message>
            <source>Welcome to KAM Desktop</source>
            <translation>欢迎使用 KAM Desktop</translation>
        </message>
        <message>
            <source>Import a list from headquarters…</source>
            <translation>导入总部清单…</translation>
        </message>
        <message>
            <source>Start a new book with the customers of an Excel or CSV list from HQ.</source>
            <translation>用总部发来的 Excel 或 CSV 客户清单新建账本。</translation>
        </message>
        <message>
            <source>Open an account book</source>
            <translation>打开客户账本</translation>
        </message>
        <message>
            <source>KAM account book (*.kambook);;All files (*)</source>
            <translation>KAM 客户账本 (*.kambook);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Your key accounts in one place, on this laptop: companies, contact maps, visits and what each account is worth. Everything works offline; files go to and from headquarters when you choose.</source>
            <translation>您的大客户集中在这台笔记本电脑上：企业信息、客户关系图、拜访记录，以及每个客户的价值。全部功能均可离线使用；何时与总部互传文件由您决定。</translation>
        </message>
        <message>
            <source>How would you like to start?</source>
            <translation>您想如何开始？</translation>
        </message>
        <message>
            <source>Explore the demo account book</source>
            <translation>浏览示例客户账本</translation>
        </message>
        <message>
            <source>A realistic portfolio of companies, contacts and visits to try everything safely. Your own book stays separate.</source>
            <translation>一组贴近实际的企业、联系人和拜访数据，可放心试用各项功能。您自己的账本不受影响。</translation>
        </message>
        <message>
            <source>Start a new empty book</source>
            <translation>新建空账本</translation>
        </message>
        <message>
            <source>Begin with your own accounts: add them one by one or import a list from headquarters.</source>
            <translation>从您自己的客户开始：逐个添加，或导入总部的客户清单。</translation>
        </message>
        <message>
            <source>Open an existing book…</source>
            <translation>打开已有账本…</translation>
        </message>
        <message>
            <source>Choose a .kambook file, for example one copied from your previous laptop.</source>
            <translation>选择一个 .kambook 文件，例如从旧笔记本电脑复制过来的账本。</translation>
        </message>
        <message>
            <source>You can switch to another book at any time in Settings.</source>
            <translation>之后可随时在“设置”中切换账本。</translation>
        </message>
    </context>
    <context>
        <name>WhenDialog</name>
        <message>
            <source>Day</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
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
            <translation>近12个月销售额（万元）</translation>
        </message>
        <message>
            <source>{shown} of {total} accounts</source>
            <translation>共 {total} 个客户，显示 {shown} 个</translation>
        </message>
        <message>
            <source>Book</source>
            <translation>账本</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Device id</source>
            <translation>设备 ID</translation>
        </message>
        <message>
            <source>Schema revision</source>
            <translation>数据结构版本</translation>
        </message>
        <message>
            <source>Newest revision</source>
            <translation>最新数据结构版本</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>创建时间</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>检查</translation>
        </message>
        <message>
            <source>no damage found ({seconds:.2f} s)</source>
            <translation>未发现损坏（{seconds:.2f} 秒）</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>访问</translation>
        </message>
        <message>
            <source>read-only</source>
            <translation>只读</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>备份</translation>
        </message>
        <message>
            <source>Entity</source>
            <translation>数据类别</translation>
        </message>
        <message>
            <source>Live</source>
            <translation>现有</translation>
        </message>
        <message>
            <source>Deleted</source>
            <translation>已删除</translation>
        </message>
        <message>
            <source>Created an empty account book: {path}</source>
            <translation>已新建空客户账本：{path}</translation>
        </message>
        <message>
            <source>Built the demo account book: {path}</source>
            <translation>示例客户账本已生成：{path}</translation>
        </message>
        <message>
            <source>Planned</source>
            <translation>计划时间</translation>
        </message>
        <message>
            <source>The scores change at the next refresh: run kam value score to rescore now.</source>
            <translation>评分将在下次刷新时更新：运行 kam value score 可立即重新评分。</translation>
        </message>
        <message>
            <source> (active)</source>
            <translation>（当前使用）</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Indicator code</source>
            <translation>指标编码</translation>
        </message>
        <message>
            <source>Weight</source>
            <translation>权重</translation>
        </message>
        <message>
            <source>Share</source>
            <translation>占比</translation>
        </message>
        <message>
            <source>The book now scores with the value model {name}.</source>
            <translation>账本现在使用价值模型“{name}”评分。</translation>
        </message>
        <message>
            <source>the value model's name</source>
            <translation>价值模型名称</translation>
        </message>
        <message>
            <source>the value models: indicator weights, the active model</source>
            <translation>价值模型：指标权重与当前使用的模型</translation>
        </message>
        <message>
            <source>list the value models and their weights</source>
            <translation>列出价值模型及其权重</translation>
        </message>
        <message>
            <source>score the book with this value model</source>
            <translation>使用此价值模型为账本评分</translation>
        </message>
        <message>
            <source>set one indicator's weight in a value model</source>
            <translation>设置价值模型中某个指标的权重</translation>
        </message>
        <message>
            <source>the indicator's code (see models list)</source>
            <translation>指标编码（见 models list）</translation>
        </message>
        <message>
            <source>a number, 0 or more (0 leaves the indicator out)</source>
            <translation>不小于 0 的数字（0 表示不计此指标）</translation>
        </message>
        <message>
            <source>add a value model, a copy of another one's weights</source>
            <translation>新增价值模型，复制另一个模型的权重</translation>
        </message>
        <message>
            <source>copy this model's weights (default: the active one)</source>
            <translation>复制此模型的权重（默认：当前使用的模型）</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>拜访目的</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Attendees</source>
            <translation>参与人</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>目标 / 结果</translation>
        </message>
        <message>
            <source>{count} visits</source>
            <translation>共 {count} 次拜访</translation>
        </message>
        <message>
            <source>Tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>{count} accounts due by {day}</source>
            <translation>截至 {day} 共 {count} 个客户待回访</translation>
        </message>
        <message>
            <source>Wrote {count} planned visits from {start} to {end} to {path}</source>
            <translation>已将 {start} 至 {end} 的 {count} 个计划拜访写入 {path}</translation>
        </message>
        <message>
            <source>first day (local date, included)</source>
            <translation>起始日（本地日期，含当天）</translation>
        </message>
        <message>
            <source>last day (local date, included)</source>
            <translation>截止日（本地日期，含当天）</translation>
        </message>
        <message>
            <source>list visits by planned time: a range of days, a status, an owner, an account</source>
            <translation>按计划时间列出拜访：可按日期范围、状态、负责人、客户筛选</translation>
        </message>
        <message>
            <source>visit status: {codes}</source>
            <translation>拜访状态：{codes}</translation>
        </message>
        <message>
            <source>who the visit belongs to</source>
            <translation>拜访负责人</translation>
        </message>
        <message>
            <source>the account's customer code (客户编码)</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>only planned visits whose time has passed</source>
            <translation>只列出已过计划时间仍未完成的拜访</translation>
        </message>
        <message>
            <source>count --overdue from the start of this day (default: now)</source>
            <translation>--overdue 从这一天零点起算（默认：当前时间）</translation>
        </message>
        <message>
            <source>the visit agenda, revisits due, calendar export</source>
            <translation>拜访日程、待回访、日历导出</translation>
        </message>
        <message>
            <source>accounts due for a revisit within a week, with the reasons (待回访)</source>
            <translation>一周内需要回访的客户及原因（待回访）</translation>
        </message>
        <message>
            <source>the day to count from (default: today)</source>
            <translation>从哪一天起算（默认：今天）</translation>
        </message>
        <message>
            <source>the account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>write the planned visits of a range of days to an iCalendar (.ics) file</source>
            <translation>将一段日期内的计划拜访写入 iCalendar（.ics）文件</translation>
        </message>
        <message>
            <source>the calendar file to write (replaced if it exists)</source>
            <translation>要写入的日历文件（已存在则替换）</translation>
        </message>
        <message>
            <source>only this owner's visits</source>
            <translation>只导出此负责人的拜访</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {codes}</source>
            <translation>{value!r} 不在可选值中：{codes}</translation>
        </message>
        <message>
            <source>{value!r} is not a date (YYYY-MM-DD)</source>
            <translation>{value!r} 不是日期（格式 YYYY-MM-DD）</translation>
        </message>
        <message>
            <source>{value!r} is not a positive whole number</source>
            <translation>{value!r} 不是正整数</translation>
        </message>
        <message>
            <source>{value!r} must end in {suffixes}</source>
            <translation>{value!r} 必须以 {suffixes} 结尾</translation>
        </message>
        <message>
            <source>language of messages and labels (default: from the locale)</source>
            <translation>提示和标签的语言（默认跟随系统区域设置）</translation>
        </message>
        <message>
            <source>show details (tracebacks, log) when something fails</source>
            <translation>出错时显示详细信息（调用栈、日志）</translation>
        </message>
        <message>
            <source>the account book (.kambook file)</source>
            <translation>客户账本（.kambook 文件）</translation>
        </message>
        <message>
            <source>list, search, filter and sort accounts</source>
            <translation>列出、搜索、筛选和排序客户</translation>
        </message>
        <message>
            <source>List accounts. Filters of different kinds combine; repeated values of one kind mean any of them.</source>
            <translation>列出客户。不同种类的筛选条件同时生效；同一种条件给出多个值时，满足其中任一即可。</translation>
        </message>
        <message>
            <source>part of a name, short name, code, city or credit code</source>
            <translation>客户名称、简称、编码、城市或统一社会信用代码中的一部分</translation>
        </message>
        <message>
            <source>HQ grade (A B C D)</source>
            <translation>客户等级（A B C D）</translation>
        </message>
        <message>
            <source>value tier (platinum gold iron lead)</source>
            <translation>价值层级（platinum 铂金、gold 黄金、iron 钢铁、lead 铅）</translation>
        </message>
        <message>
            <source>industry section (A to T)</source>
            <translation>行业门类（A 至 T）</translation>
        </message>
        <message>
            <source>lifecycle stage</source>
            <translation>生命周期阶段</translation>
        </message>
        <message>
            <source>account status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>province</source>
            <translation>省份</translation>
        </message>
        <message>
            <source>city</source>
            <translation>城市</translation>
        </message>
        <message>
            <source>account manager</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>column to sort by: {keys} (default: name)</source>
            <translation>排序依据的列：{keys}（默认 name）</translation>
        </message>
        <message>
            <source>sort descending</source>
            <translation>降序排列</translation>
        </message>
        <message>
            <source>list deleted accounts (the bin) instead</source>
            <translation>改为列出已删除的客户（回收站）</translation>
        </message>
        <message>
            <source>show at most N accounts</source>
            <translation>最多显示 N 个客户</translation>
        </message>
        <message>
            <source>output format (default: table)</source>
            <translation>输出格式（默认 table 表格）</translation>
        </message>
        <message>
            <source>create a new, empty account book</source>
            <translation>新建一个空的客户账本</translation>
        </message>
        <message>
            <source>the account manager who keeps this book</source>
            <translation>使用这个账本的客户经理</translation>
        </message>
        <message>
            <source>build the demo account book</source>
            <translation>生成示例客户账本</translation>
        </message>
        <message>
            <source>where to write the demo book</source>
            <translation>示例账本的保存位置</translation>
        </message>
        <message>
            <source>the date the demo history ends on (default: today)</source>
            <translation>示例数据截止的日期（默认今天）</translation>
        </message>
        <message>
            <source>replace the file at --out if it exists</source>
            <translation>如果 --out 处已有文件，则替换它</translation>
        </message>
        <message>
            <source>show a book's identity, schema revision and counts</source>
            <translation>显示账本的标识、数据结构版本和各类数据条数</translation>
        </message>
        <message>
            <source>work with accounts</source>
            <translation>客户相关操作</translation>
        </message>
        <message>
            <source>KAM Desktop on the command line: create, inspect and list account books, their contacts and contact maps, visits, due revisits and calendars.</source>
            <translation>KAM Desktop 命令行：创建、查看和列出客户账本及其联系人、客户关系图、拜访、待回访和日历。</translation>
        </message>
        <message>
            <source>unexpected error: {error}. Run the command again with --debug for details.</source>
            <translation>意外错误：{error}。加上 --debug 重新运行可查看详细信息。</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>直属上级</translation>
        </message>
        <message>
            <source>KDM</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>关系层次</translation>
        </message>
        <message>
            <source>{count} contacts of {account}</source>
            <translation>{account} 共 {count} 位联系人</translation>
        </message>
        <message>
            <source>Exported {count} contacts of {account} to {path}</source>
            <translation>已将 {account} 的 {count} 位联系人导出到 {path}</translation>
        </message>
        <message>
            <source>Imported {count} contacts from {path} into {account}</source>
            <translation>已从 {path} 导入 {count} 位联系人到 {account}</translation>
        </message>
        <message>
            <source>{count} warnings (imported as written or skipped):</source>
            <translation>{count} 条提示（按原样导入或已跳过）：</translation>
        </message>
        <message>
            <source>list an account's contacts; vCard import and export</source>
            <translation>列出客户的联系人；导入、导出 vCard</translation>
        </message>
        <message>
            <source>list an account's contacts, ordered by name</source>
            <translation>按姓名列出客户的联系人</translation>
        </message>
        <message>
            <source>write an account's contacts to a vCard 3.0 file (UTF-8), e.g. for a phone</source>
            <translation>将客户的联系人写入 vCard 3.0 文件（UTF-8），例如导入手机</translation>
        </message>
        <message>
            <source>the vCard file to write (replaced if it exists)</source>
            <translation>要写入的 vCard 文件（已存在则替换）</translation>
        </message>
        <message>
            <source>add the contacts of a vCard file (2.1, 3.0 or 4.0) to an account: all of them, or none and a message naming the card and field at fault; a phone number that cannot be checked is kept with a warning, a card without a name is skipped with one</source>
            <translation>将 vCard 文件（2.1、3.0 或 4.0）中的联系人添加到客户：要么全部导入，要么一个都不导入，并指出出错的名片和字段；无法校验的电话号码按原样保留并提示，没有姓名的名片跳过并提示</translation>
        </message>
        <message>
            <source>the vCard file to read</source>
            <translation>要读取的 vCard 文件</translation>
        </message>
        <message>
            <source>Drew the contact map of {code} to {path}</source>
            <translation>已将客户 {code} 的客户关系图保存到 {path}</translation>
        </message>
        <message>
            <source>draw an account's contact map (org chart, influence, coverage gaps) to a file</source>
            <translation>将客户关系图（组织架构、影响关系、覆盖缺口）绘制到文件</translation>
        </message>
        <message>
            <source>map.png or map.svg (replaced if it exists)</source>
            <translation>map.png 或 map.svg（已存在则替换）</translation>
        </message>
        <message>
            <source>Wrote the workbook: {path}</source>
            <translation>已写出工作簿：{path}</translation>
        </message>
        <message>
            <source>write the book as an Excel workbook</source>
            <translation>把账本导出为 Excel 工作簿</translation>
        </message>
        <message>
            <source>Write accounts, contacts, visits, next steps, complaints, SPIN notes and value records as the sheets of one Excel workbook. The accounts sheet re-imports as an HQ customer list.</source>
            <translation>把客户、联系人、拜访、后续行动、投诉、SPIN 记录和价值记录写成一个 Excel 工作簿的各个工作表。客户工作表可以作为总部客户名单再次导入。</translation>
        </message>
        <message>
            <source>the workbook to write</source>
            <translation>要写出的工作簿</translation>
        </message>
        <message>
            <source>customer list</source>
            <translation>客户清单</translation>
        </message>
        <message>
            <source>value figures</source>
            <translation>价值数据</translation>
        </message>
        <message>
            <source>order list</source>
            <translation>订单清单</translation>
        </message>
        <message>
            <source>comma</source>
            <translation>逗号</translation>
        </message>
        <message>
            <source>semicolon</source>
            <translation>分号</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>制表符</translation>
        </message>
        <message>
            <source>vertical bar</source>
            <translation>竖线</translation>
        </message>
        <message>
            <source>Read as CSV ({what}): encoding {encoding}, delimiter {delimiter}, header on line {row}</source>
            <translation>按 CSV 读取（{what}）：编码 {encoding}，分隔符 {delimiter}，表头在第 {row} 行</translation>
        </message>
        <message>
            <source>Read as {kind} ({what}): sheet {sheet}, header on row {row}</source>
            <translation>按 {kind} 读取（{what}）：工作表 {sheet}，表头在第 {row} 行</translation>
        </message>
        <message>
            <source>Mapping: {name}</source>
            <translation>映射：{name}</translation>
        </message>
        <message>
            <source>Columns ignored: {columns}</source>
            <translation>已忽略的列：{columns}</translation>
        </message>
        <message>
            <source>Summary rows skipped</source>
            <translation>已跳过的合计行</translation>
        </message>
        <message>
            <source>Near-duplicate names: {count} (never merged; check them in the wizard)</source>
            <translation>名称相近：{count} 处（不会自动合并；请在导入向导中核对）</translation>
        </message>
        <message>
            <source>This file was already imported on {when}.</source>
            <translation>此文件已于 {when} 导入过。</translation>
        </message>
        <message>
            <source>Dry run: nothing was written.</source>
            <translation>试运行：未写入任何内容。</translation>
        </message>
        <message>
            <source>Imported into {book}.</source>
            <translation>已导入 {book}。</translation>
        </message>
        <message>
            <source>Nothing to change: the book was not touched.</source>
            <translation>没有需要更改的内容：账本未被改动。</translation>
        </message>
        <message>
            <source>Rejected rows report ({count} lines): {path}</source>
            <translation>被拒绝的行报告（{count} 行）：{path}</translation>
        </message>
        <message>
            <source>import an HQ customer list, value figures or orders</source>
            <translation>导入总部的客户清单、价值数据或订单</translation>
        </message>
        <message>
            <source>Import a list from headquarters (CSV, XLSX or XLS) into the book in one transaction: new accounts are added, HQ-owned fields of known accounts updated; what the rep recorded (contacts, visits, notes) is never touched. Rows that cannot be imported are counted and can be saved as a report.</source>
            <translation>在一个事务中将总部清单（CSV、XLSX 或 XLS）导入账本：添加新客户，更新已有客户中由总部负责的字段；客户经理自己记录的内容（联系人、拜访、备注）不会被改动。无法导入的行会被计数，并可保存为报告。</translation>
        </message>
        <message>
            <source>the list</source>
            <translation>清单文件</translation>
        </message>
        <message>
            <source>what the list holds (default: from its header)</source>
            <translation>清单类型（默认：按表头识别）</translation>
        </message>
        <message>
            <source>a saved column mapping to use</source>
            <translation>要使用的已保存列映射</translation>
        </message>
        <message>
            <source>the sheet of a workbook (default: the one with a header)</source>
            <translation>工作簿中的工作表（默认：含表头的工作表）</translation>
        </message>
        <message>
            <source>the text encoding of a CSV, e.g. gbk (default: detected)</source>
            <translation>CSV 的文本编码，如 gbk（默认：自动检测）</translation>
        </message>
        <message>
            <source>the delimiter of a CSV, or 'tab' (default: detected)</source>
            <translation>CSV 的分隔符，或 'tab' 表示制表符（默认：自动检测）</translation>
        </message>
        <message>
            <source>show what the import would do; write nothing</source>
            <translation>显示导入将做的更改，不写入任何内容</translation>
        </message>
        <message>
            <source>save the rejected rows to this file</source>
            <translation>将被拒绝的行保存到此文件</translation>
        </message>
        <message>
            <source>no data</source>
            <translation>无数据</translation>
        </message>
        <message>
            <source>{amount} (10k CNY)</source>
            <translation>{amount} 万元</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>retention {retention} a year (lifecycle: {stage}), discount rate {discount} a year, {years} years</source>
            <translation>年保留率 {retention}（生命周期：{stage}），年折现率 {discount}，{years} 年</translation>
        </message>
        <message>
            <source>; cost to serve not recorded</source>
            <translation>；未记录服务成本</translation>
        </message>
        <message>
            <source>; cost to serve {amount} a year</source>
            <translation>；服务成本每年 {amount}</translation>
        </message>
        <message>
            <source>Value score</source>
            <translation>价值得分</translation>
        </message>
        <message>
            <source>some indicators had no data; the score uses the others</source>
            <translation>部分指标无数据，评分按其余指标计算</translation>
        </message>
        <message>
            <source>Incomplete data</source>
            <translation>数据不完整</translation>
        </message>
        <message>
            <source> (set by hand)</source>
            <translation>（手动设定）</translation>
        </message>
        <message>
            <source>, from {count} referred accounts</source>
            <translation>，来自 {count} 个被推荐客户</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>生命周期阶段</translation>
        </message>
        <message>
            <source>Sales, last 12 months</source>
            <translation>近12个月销售额</translation>
        </message>
        <message>
            <source>Gross margin, last 12 months</source>
            <translation>近12个月毛利</translation>
        </message>
        <message>
            <source>Lifetime value</source>
            <translation>终身价值</translation>
        </message>
        <message>
            <source>Assumptions</source>
            <translation>计算假设</translation>
        </message>
        <message>
            <source>Referral value</source>
            <translation>引介价值</translation>
        </message>
        <message>
            <source>Quadrant</source>
            <translation>象限</translation>
        </message>
        <message>
            <source>Suggested action</source>
            <translation>建议行动</translation>
        </message>
        <message>
            <source>Suggested relationship mode</source>
            <translation>建议关系营销类型</translation>
        </message>
        <message>
            <source>Relationship mode now</source>
            <translation>当前关系营销类型</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>销售额（万元）</translation>
        </message>
        <message>
            <source>Gross margin (10k CNY)</source>
            <translation>毛利（万元）</translation>
        </message>
        <message>
            <source>Scored the accounts as of {day}.</source>
            <translation>已按 {day} 为所有客户评分。</translation>
        </message>
        <message>
            <source>No month was missing its value snapshots.</source>
            <translation>没有缺少价值快照的月份。</translation>
        </message>
        <message>
            <source>Wrote {rows} value snapshots for {month}.</source>
            <translation>已写入 {month} 的 {rows} 条价值快照。</translation>
        </message>
        <message>
            <source>Wrote {rows} value snapshots for {count} months, {first} to {last}.</source>
            <translation>已写入 {count} 个月（{first} 至 {last}）的 {rows} 条价值快照。</translation>
        </message>
        <message>
            <source>score every account and store the value snapshots of a month</source>
            <translation>为所有客户评分并保存某月的价值快照</translation>
        </message>
        <message>
            <source>the month to store (default: the current month)</source>
            <translation>要保存的月份（默认：本月）</translation>
        </message>
        <message>
            <source>store every month the value records cover that has no snapshots yet</source>
            <translation>为价值记录覆盖的、尚无快照的每个月保存快照</translation>
        </message>
        <message>
            <source>Wrote the visit plan ({count} visits) to {path}</source>
            <translation>已将拜访计划（{count} 次拜访）写入 {path}</translation>
        </message>
        <message>
            <source>print the visit plan of a date range (route page and one section per visit) to PDF</source>
            <translation>将某一日期范围的拜访计划（路线页和每次拜访一节）输出为 PDF</translation>
        </message>
        <message>
            <source>the plan's first day</source>
            <translation>计划的第一天</translation>
        </message>
        <message>
            <source>the plan's last day (included)</source>
            <translation>计划的最后一天（含）</translation>
        </message>
        <message>
            <source>only this account manager's visits (default: all)</source>
            <translation>只含该客户经理的拜访（默认：全部）</translation>
        </message>
        <message>
            <source>plan.pdf (replaced if it exists)</source>
            <translation>plan.pdf（已存在则替换）</translation>
        </message>
        <message>
            <source>the day to compute for (default: today)</source>
            <translation>按哪一天计算（默认：今天）</translation>
        </message>
        <message>
            <source>show one account's value, lifetime and referral value</source>
            <translation>显示一个客户的价值、终身价值和引介价值</translation>
        </message>
        <message>
            <source>customer value: scores, lifetime and referral value</source>
            <translation>客户价值：评分、终身价值和引介价值</translation>
        </message>
        <message>
            <source>Drew the chart to {path}</source>
            <translation>已将图表绘制到 {path}</translation>
        </message>
        <message>
            <source>draw an account's sales and margin, or a portfolio chart, to a PNG or SVG file</source>
            <translation>将客户的销售额与毛利或客户组合图表绘制为 PNG 或 SVG 文件</translation>
        </message>
        <message>
            <source>the account's sales and gross margin by month</source>
            <translation>该客户按月的销售额和毛利</translation>
        </message>
        <message>
            <source>a chart of every account: the value pyramid, the Pareto curve, the lifetime and referral quadrants, or the lifecycle stages</source>
            <translation>全部客户的图表：价值金字塔、帕累托曲线、终身价值与引介价值四象限或生命周期阶段</translation>
        </message>
        <message>
            <source>chart.png or chart.svg (replaced if it exists)</source>
            <translation>chart.png 或 chart.svg（已存在则替换）</translation>
        </message>
        <message>
            <source>interrupted</source>
            <translation>已中断</translation>
        </message>
    </context>
    <context>
        <name>coverage</name>
        <message>
            <source>No contact at the decision level is on the map.</source>
            <translation>关系图上没有决策层的联系人。</translation>
        </message>
        <message>
            <source>Find out who approves the purchase and ask your contacts to introduce you.</source>
            <translation>弄清楚谁批准这次采购，请现有联系人为你引荐。</translation>
        </message>
        <message>
            <source>No contact is marked as the key decision maker.</source>
            <translation>没有联系人被标记为关键决策人。</translation>
        </message>
        <message>
            <source>Find out who makes the final decision and mark that contact as the key decision maker.</source>
            <translation>弄清楚谁做最终决定，并把他标记为关键决策人。</translation>
        </message>
        <message>
            <source>Key decision maker neutral or opposed: {names}.</source>
            <translation>关键决策人态度中立或反对：{names}。</translation>
        </message>
        <message>
            <source>Learn what {names} wants from the deal and worries about, and plan with your coach how to win their support.</source>
            <translation>了解{names}在这笔生意中的个人诉求和顾虑，和教练一起制定争取其支持的计划。</translation>
        </message>
        <message>
            <source>Relationship with the key decision maker below level {level}: {names}.</source>
            <translation>与关键决策人的关系低于第 {level} 层：{names}。</translation>
        </message>
        <message>
            <source>Plan contacts that move {names} up the relationship pyramid: shared interests, then honesty and expertise.</source>
            <translation>安排接触，推动{names}在关系金字塔上逐级提升：先谈共同兴趣，再以诚信和专业赢得尊重。</translation>
        </message>
        <message>
            <source>No coach: nobody inside tells us how the project really stands.</source>
            <translation>没有教练：客户内部没有人告诉我们项目的真实进展。</translation>
        </message>
        <message>
            <source>Develop a contact who favours us, knows the company and is close to the key decision maker into a coach.</source>
            <translation>发展一位支持我们、了解公司并接近关键决策人的联系人做教练（内线）。</translation>
        </message>
        <message>
            <source>Opposed, highly influential and no plan to handle it: {names}.</source>
            <translation>反对我们、影响力高且没有应对计划：{names}。</translation>
        </message>
        <message>
            <source>Write a plan for each: answer their concerns, or balance their influence through supporters.</source>
            <translation>为每个人写下应对计划：化解其顾虑，或通过支持者平衡其影响力。</translation>
        </message>
        <message>
            <source>Contacts at relationship level {level} or higher: {count} (at least {minimum} needed).</source>
            <translation>关系层次在第 {level} 层及以上的联系人：{count} 位（至少需要 {minimum} 位）。</translation>
        </message>
        <message>
            <source>Build relationships with more people in the buying centre, so that the account does not rest on one person.</source>
            <translation>与采购中心更多的人建立关系，不要让整个客户只系于一个人。</translation>
        </message>
        <message>
            <source>Key contacts not met for more than {days} days: {names}.</source>
            <translation>关键联系人超过 {days} 天未见面：{names}。</translation>
        </message>
        <message>
            <source>Plan a visit or a call with {names}.</source>
            <translation>安排与{names}的拜访或电话。</translation>
        </message>
    </context>
    <context>
        <name>edit_map_rules</name>
        <message>
            <source>Updating coverage gaps with the new rules…</source>
            <translation>正在按新规则更新覆盖缺口…</translation>
        </message>
    </context>
    <context>
        <name>edit_value_settings</name>
        <message>
            <source>Value settings</source>
            <translation>价值设置</translation>
        </message>
        <message>
            <source>Rescoring every account with the new settings…</source>
            <translation>正在按新设置重新计算所有客户的价值得分…</translation>
        </message>
    </context>
    <context>
        <name>errors</name>
        <message>
            <source>{path} already exists; it was not changed. Choose a new file name, or open the existing book.</source>
            <translation>{path} 已存在，未作任何改动。请换一个文件名，或直接打开这个账本。</translation>
        </message>
        <message>
            <source>{path} already exists; it was not changed. Choose another path, or add --force to replace it with a fresh demo book.</source>
            <translation>{path} 已存在，未作任何改动。请换一个路径，或加上 --force 用新的示例账本替换它。</translation>
        </message>
        <message>
            <source>it is empty</source>
            <translation>文件为空</translation>
        </message>
        <message>
            <source>it is not a database</source>
            <translation>不是数据库文件</translation>
        </message>
        <message>
            <source>it is another program's database</source>
            <translation>是其他程序的数据库</translation>
        </message>
        <message>
            <source>it could not be read</source>
            <translation>无法读取</translation>
        </message>
        <message>
            <source>it is a folder</source>
            <translation>这是一个文件夹</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <source>Something went wrong.</source>
            <translation>出错了。</translation>
        </message>
        <message>
            <source>{field}: {problem}</source>
            <translation>{field}：{problem}</translation>
        </message>
        <message>
            <source>Not saved. Please correct: {details}</source>
            <translation>未保存。请修改：{details}</translation>
        </message>
        <message>
            <source>is required.</source>
            <translation>不能为空。</translation>
        </message>
        <message>
            <source>is too long (at most {limit} characters).</source>
            <translation>内容过长（最多 {limit} 个字符）。</translation>
        </message>
        <message>
            <source>must have 18 characters; {count} were given.</source>
            <translation>应为 18 位，当前为 {count} 位。</translation>
        </message>
        <message>
            <source>character {position} ({char}) is not allowed; use digits and capital letters except I, O, Z, S and V.</source>
            <translation>第 {position} 位（{char}）不是有效字符；只能使用数字和大写字母（I、O、Z、S、V 除外）。</translation>
        </message>
        <message>
            <source>the check character should be {expected}, not {actual}; please check the code against the business licence.</source>
            <translation>校验位应为 {expected}，而不是 {actual}；请对照营业执照核对。</translation>
        </message>
        <message>
            <source>is not a phone number; use a landline with area code (0571-88886666) or an 11-digit mobile (13812345678).</source>
            <translation>不是有效的电话号码；固定电话请加区号（如 0571-88886666），手机号为 11 位（如 13812345678）。</translation>
        </message>
        <message>
            <source>is not an e-mail address (name@example.com).</source>
            <translation>不是有效的邮箱地址（如 name@example.com）。</translation>
        </message>
        <message>
            <source>is not a web address (www.example.com).</source>
            <translation>不是有效的网址（如 www.example.com）。</translation>
        </message>
        <message>
            <source>is not one of the allowed values.</source>
            <translation>不在可选范围内。</translation>
        </message>
        <message>
            <source>{value} is not a number.</source>
            <translation>{value} 不是数字。</translation>
        </message>
        <message>
            <source>must not be negative.</source>
            <translation>不能为负数。</translation>
        </message>
        <message>
            <source>{value} is already used by account {other}.</source>
            <translation>{value} 已被客户 {other} 使用。</translation>
        </message>
        <message>
            <source>an account cannot belong to itself or to one of its own subsidiaries.</source>
            <translation>客户的上级不能是它自己或它的下级客户。</translation>
        </message>
        <message>
            <source>No {what} with {key} was found in this book.</source>
            <translation>本账本中找不到 {key} 对应的{what}。</translation>
        </message>
        <message>
            <source>This account was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>您打开该客户后，它已在别处被修改。请重新打开查看最新版本，然后再修改一次。</translation>
        </message>
        <message>
            <source>{path} is not a KAM Desktop account book ({reason}). The file was not changed. Choose a .kambook file, or create a new book.</source>
            <translation>{path} 不是 KAM Desktop 客户账本（{reason}）。文件未作改动。请选择 .kambook 文件，或新建账本。</translation>
        </message>
        <message>
            <source>{path} was made by a newer version of KAM Desktop (schema {revision}). The file was not changed. Please update KAM Desktop to open it.</source>
            <translation>{path} 由更新版本的 KAM Desktop 创建（数据结构 {revision}）。文件未作改动。请升级 KAM Desktop 后再打开。</translation>
        </message>
        <message>
            <source>{path} could not be opened: {reason}. The file was not changed.</source>
            <translation>无法打开 {path}：{reason}。文件未作改动。</translation>
        </message>
        <message>
            <source>account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Cancelled. Nothing was changed.</source>
            <translation>已取消，未作任何改动。</translation>
        </message>
        <message>
            <source>{path} already exists; it was not changed. The demo book is only built into a new file: choose another name.</source>
            <translation>{path} 已存在，未作任何改动。示例账本只能生成到新文件中，请换一个文件名。</translation>
        </message>
        <message>
            <source>must be a whole number from {low} to {high}.</source>
            <extracomment>Lengths follow the columns of ``db.models.Contact``; long free text is capped generously. Free text that may run over several lines; every other text field is one line.</extracomment>
            <translation>必须是 {low} 到 {high} 之间的整数。</translation>
        </message>
        <message>
            <source>is in the future.</source>
            <translation>是将来的日期。</translation>
        </message>
        <message>
            <source>is not a mobile number; use 11 digits starting with 1 (13812345678).</source>
            <translation>不是有效的手机号；请填写以 1 开头的 11 位数字（如 13812345678）。</translation>
        </message>
        <message>
            <source>{name} cannot report to themselves.</source>
            <translation>{name} 不能以自己为直属上级。</translation>
        </message>
        <message>
            <source>{name} cannot report to {manager}, because {manager} already reports to {name} ({chain}).</source>
            <translation>{name} 不能向 {manager} 汇报，因为 {manager} 已经向 {name} 汇报（{chain}）。</translation>
        </message>
        <message>
            <source>{manager} is a contact of another account ({account}); {name} can only report to a contact of the same account.</source>
            <translation>{manager} 是另一个客户（{account}）的联系人；{name} 只能向同一客户的联系人汇报。</translation>
        </message>
        <message>
            <source>the chosen manager was deleted or is not in this book; choose another contact.</source>
            <translation>所选上级已被删除或不在本账本中；请选择其他联系人。</translation>
        </message>
        <message>
            <source>{name} cannot influence themselves.</source>
            <translation>{name} 不能影响自己。</translation>
        </message>
        <message>
            <source>{source} and {target} belong to different accounts; influence links stay within one account.</source>
            <translation>{source} 和 {target} 属于不同客户；影响关系只能在同一客户内部建立。</translation>
        </message>
        <message>
            <source>{source} already influences {target}.</source>
            <translation>{source} 对 {target} 的影响关系已存在。</translation>
        </message>
        <message>
            <source>This contact was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>您打开该联系人后，它已在别处被修改。请重新打开查看最新版本，然后再修改一次。</translation>
        </message>
        <message>
            <source>contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>influence link</source>
            <translation>影响关系</translation>
        </message>
        <message>
            <source>must not be before the planned start.</source>
            <translation>不能早于计划开始时间。</translation>
        </message>
        <message>
            <source>must be between {low} and {high}.</source>
            <extracomment>[default] Share of customers still buying a year later, by lifecycle stage: a new relationship is fragile, a stable one sticks, a declining one is half gone, a lost one gone. An account without a lifecycle stage (no order yet) is treated as a new relationship.</extracomment>
            <translation>必须在 {low} 到 {high} 之间。</translation>
        </message>
        <message>
            <source>must be a whole number of years.</source>
            <translation>必须是整数年。</translation>
        </message>
        <message>
            <source>is in the future ({value}); a visit is logged as done once it has happened.</source>
            <translation>是将来的时间（{value}）；拜访发生后才能记为已完成。</translation>
        </message>
        <message>
            <source>must not be before the visit ({value}).</source>
            <translation>不能早于拜访日期（{value}）。</translation>
        </message>
        <message>
            <source>must not be before the complaint was opened ({value}).</source>
            <translation>不能早于投诉受理日期（{value}）。</translation>
        </message>
        <message>
            <source>{names}: not a contact of this account; choose people of {account}.</source>
            <translation>{names} 不是该客户的联系人；请选择 {account} 的人员。</translation>
        </message>
        <message>
            <source>{count} question(s) are not in the question bank any more.</source>
            <translation>有 {count} 个问题已不在问题库中。</translation>
        </message>
        <message>
            <source>This visit was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>您打开该拜访后，它已在别处被修改。请重新打开查看最新版本，然后再修改一次。</translation>
        </message>
        <message>
            <source>is not a date (YYYY-MM-DD).</source>
            <extracomment>The vCard property each contact field travels in (named in import errors).</extracomment>
            <translation>不是有效日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>{path}: a contact map can be saved as .png or .svg; choose one of these.</source>
            <translation>{path}：客户关系图只能保存为 .png 或 .svg 格式，请选择其中一种。</translation>
        </message>
        <message>
            <source>{path}: a chart can be saved as .png or .svg; choose one of these.</source>
            <translation>{path}：图表只能保存为 .png 或 .svg，请选择其中一种。</translation>
        </message>
        <message>
            <source>{path} could not be written. Check that the folder exists and is writable.</source>
            <translation>无法写入 {path}。请检查文件夹是否存在且可写入。</translation>
        </message>
        <message>
            <source>next step</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>This visit is already done, so it cannot be cancelled. Edit it to change what was recorded.</source>
            <translation>该拜访已完成，不能取消。如需更改记录内容，请编辑该拜访。</translation>
        </message>
        <message>
            <source>{file} is empty. Nothing was imported.</source>
            <translation>{file} 是空文件。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} could not be read: {reason}. Nothing was imported.</source>
            <translation>无法读取 {file}：{reason}。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is not a customer list: {reason}. Save the list from Excel or WPS as .xlsx or .csv and try again. Nothing was imported.</source>
            <translation>{file} 不是客户清单：{reason}。请在 Excel 或 WPS 中将清单另存为 .xlsx 或 .csv 后重试。未导入任何内容。</translation>
        </message>
        <message>
            <source>{encoding} is not a text encoding KAM Desktop knows (try GBK or UTF-8).</source>
            <translation>{encoding} 不是 KAM Desktop 认识的文本编码（可试 GBK 或 UTF-8）。</translation>
        </message>
        <message>
            <source>The delimiter must be one character, such as a comma or a tab.</source>
            <translation>分隔符必须是一个字符，例如逗号或制表符。</translation>
        </message>
        <message>
            <source>{file}, line {row}: the text is not valid {encoding}. Choose another encoding. Nothing was imported.</source>
            <translation>{file}，第 {row} 行：文本不是有效的 {encoding} 编码。请选择其他编码。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}, line {row}: {reason}. Nothing was imported.</source>
            <translation>{file}，第 {row} 行：{reason}。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is damaged or incomplete. Open it in Excel or WPS, save it again and try again. Nothing was imported.</source>
            <translation>{file} 已损坏或不完整。请在 Excel 或 WPS 中打开并重新保存后重试。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is protected by a password. Open it in Excel or WPS, remove the password, save it and try again. Nothing was imported.</source>
            <translation>{file} 受密码保护。请在 Excel 或 WPS 中打开，取消密码并保存后重试。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} has no sheet named {sheet}. Its sheets are: {sheets}.</source>
            <translation>{file} 中没有名为 {sheet} 的工作表。其工作表为：{sheets}。</translation>
        </message>
        <message>
            <source>{file}: no header row was found in the first {limit} rows (the first row reads: {headers}). Put column names such as 客户名称 and 客户编码 in one row above the data. Nothing was imported.</source>
            <translation>{file}：前 {limit} 行中没有找到表头行（第一行为：{headers}）。请在数据上方的一行中填写列名，例如 客户名称 和 客户编码。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}, header row {row}: no column can be the {fields}. The headers are: {headers}. Rename that column or choose it by hand. Nothing was imported.</source>
            <translation>{file}，表头第 {row} 行：没有一列可以作为{fields}。表头为：{headers}。请重命名该列或手动指定。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}, row {row}: {found} cells where the header has {expected} columns (a delimiter inside a value that is not in quotes?).</source>
            <translation>{file}，第 {row} 行：有 {found} 个单元格，而表头只有 {expected} 列（某个值中含有分隔符但未加引号？）。</translation>
        </message>
        <message>
            <source>it has no sheet with any cells</source>
            <translation>其中没有任何含数据的工作表</translation>
        </message>
        <message>
            <source>it is an image ({what})</source>
            <translation>它是一张图片（{what}）</translation>
        </message>
        <message>
            <source>it is a PDF document</source>
            <translation>它是 PDF 文档</translation>
        </message>
        <message>
            <source>it is a zip archive, not an Excel workbook</source>
            <translation>它是 zip 压缩包，不是 Excel 工作簿</translation>
        </message>
        <message>
            <source>it holds binary data, not text</source>
            <translation>它包含二进制数据，不是文本</translation>
        </message>
        <message>
            <source>its text is in no encoding KAM Desktop recognises (UTF-8, GBK, UTF-16 …)</source>
            <translation>其文本不是 KAM Desktop 能识别的编码（UTF-8、GBK、UTF-16 …）</translation>
        </message>
        <message>
            <source>a cell is longer than {limit} characters</source>
            <translation>有单元格超过 {limit} 个字符</translation>
        </message>
        <message>
            <source>this line cannot be read as CSV</source>
            <translation>此行无法按 CSV 读取</translation>
        </message>
        <message>
            <source>most lines below its header do not have the header's columns (a document?)</source>
            <translation>表头下方的大多数行与表头的列对不上（这是一份文档吗？）</translation>
        </message>
        <message>
            <source>{file} could not be written: {reason}.</source>
            <translation>无法写入 {file}：{reason}。</translation>
        </message>
        <message>
            <source>{file} is not a vCard file: {reason}. Nothing was imported.</source>
            <translation>{file} 不是 vCard 文件：{reason}。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}, card {card}, line {line} ({text}): {problem} Nothing was imported.</source>
            <translation>{file}，第 {card} 张名片，第 {line} 行（{text}）：{problem}未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}, card {card}: {problem} Nothing was imported.</source>
            <translation>{file}，第 {card} 张名片：{problem}未导入任何内容。</translation>
        </message>
        <message>
            <source>{file} is larger than {limit} MB, too large for a phone book; split it into smaller files. Nothing was imported.</source>
            <translation>{file} 超过 {limit} MB，不像通讯录文件；请拆分成较小的文件后重试。未导入任何内容。</translation>
        </message>
        <message>
            <source>{file}: none of its {count} cards has a name (FN, N or ORG). Nothing was imported.</source>
            <translation>{file}：其中 {count} 张名片都没有姓名（FN、N 或 ORG）。未导入任何内容。</translation>
        </message>
        <message>
            <source>it holds no BEGIN:VCARD … END:VCARD card</source>
            <translation>文件中没有 BEGIN:VCARD … END:VCARD 名片</translation>
        </message>
        <message>
            <source>it is not text in UTF-8, UTF-16 or GB18030</source>
            <translation>不是 UTF-8、UTF-16 或 GB18030 编码的文本</translation>
        </message>
        <message>
            <source>it holds calendar or other entries, not contacts</source>
            <translation>文件中是日历或其他条目，不是联系人</translation>
        </message>
        <message>
            <source>this line cannot be read. A long value may go on over several lines only when each following line starts with a space.</source>
            <translation>无法读取这一行。较长的值可以分多行书写，但后续每行都必须以空格开头。</translation>
        </message>
        <message>
            <source>this card cannot be read; its lines are not in the shape a vCard needs.</source>
            <translation>无法读取这张名片：其中的行不符合 vCard 格式。</translation>
        </message>
        <message>
            <source>this line is not text in the character set its CHARSET parameter names (or, without one, in UTF-8 or GB18030).</source>
            <translation>这一行不是其 CHARSET 参数所指字符集的文本（未指定时应为 UTF-8 或 GB18030）。</translation>
        </message>
        <message>
            <source>BEGIN:VCARD and END:VCARD do not match; a card is not closed.</source>
            <translation>BEGIN:VCARD 与 END:VCARD 不配对；有名片没有结束。</translation>
        </message>
        <message>
            <source>a value is not in the character set its CHARSET parameter names.</source>
            <translation>有值与其 CHARSET 参数指定的字符集不符。</translation>
        </message>
        <message>
            <source>{field} ({property}): {problem}</source>
            <translation>{field}（{property}）：{problem}</translation>
        </message>
        <message>
            <source>belongs to another account; choose one of {account}.</source>
            <translation>属于其他客户；请从 {account} 中选择。</translation>
        </message>
        <message>
            <source>This SPIN note was changed elsewhere since you opened it. Reopen it to see the latest version, then make your change again.</source>
            <translation>您打开该 SPIN 记录后，它已在别处被修改。请重新打开查看最新版本，然后再修改一次。</translation>
        </message>
        <message>
            <source>question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>SPIN note</source>
            <translation>SPIN 记录</translation>
        </message>
        <message>
            <source>--from {start} is after --to {end}. Give the earlier day first.</source>
            <translation>--from {start} 晚于 --to {end}。请先写较早的日期。</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist; nothing was written.</source>
            <translation>文件夹 {folder} 不存在，未写入任何内容。</translation>
        </message>
        <message>
            <source>must be at least {minimum} days.</source>
            <extracomment>Visits whose purpose is the occasion itself cover a rule too, whatever the setting says.</extracomment>
            <translation>不能少于 {minimum} 天。</translation>
        </message>
        <message>
            <source>{value} is not a date; type it as 2026-12-01, 12-1 or +7 (days from today).</source>
            <translation>{value} 不是日期；请输入 2026-12-01、12-1 或 +7（从今天起的天数）。</translation>
        </message>
        <message>
            <source>must be a day after today ({today}).</source>
            <translation>必须是今天（{today}）之后的日期。</translation>
        </message>
        <message>
            <source>must be between {minimum} and {maximum}.</source>
            <extracomment>Usable values of each threshold, inclusive. Relationship levels are 0..5 and attitudes -2..2; a threshold at the bottom of either scale could never be missed, so it is refused.</extracomment>
            <translation>必须在 {minimum} 到 {maximum} 之间。</translation>
        </message>
        <message>
            <source>the file or its folder cannot be opened</source>
            <translation>无法打开该文件或其所在文件夹</translation>
        </message>
        <message>
            <source>{name} (taken {when}, schema {revision})</source>
            <translation>{name}（备份于 {when}，结构版本 {revision}）</translation>
        </message>
        <message>
            <source>Another program is using this book ({path}): another KAM Desktop window, a sync or a backup tool. Nothing was changed. Close the other program or wait a moment, then try again.</source>
            <translation>另一个程序正在使用此账本（{path}）：可能是另一个 KAM Desktop 窗口、同步或备份工具。未做任何更改。请关闭该程序或稍等片刻，然后重试。</translation>
        </message>
        <message>
            <source>{path} can only be read ({reason}), so the change was not saved. To work in this book, copy it to a folder you can write to (for example Documents) and open the copy.</source>
            <translation>{path} 只能读取（{reason}），因此更改未保存。如需在此账本中工作，请将其复制到可写入的文件夹（例如“文档”）并打开副本。</translation>
        </message>
        <message>
            <source>{path} was made by an older version of KAM Desktop and must be upgraded, but it can only be read ({reason}). The file was not changed. Copy it to a folder you can write to (for example Documents) and open the copy.</source>
            <translation>{path} 由旧版 KAM Desktop 创建，需要升级，但它只能读取（{reason}）。文件未被更改。请将其复制到可写入的文件夹（例如“文档”）并打开副本。</translation>
        </message>
        <message>
            <source>The disk holding {path} is full, so the last change was not saved. Free some space (empty the recycle bin, move large files), then try again.</source>
            <translation>{path} 所在的磁盘已满，最后一次更改未保存。请释放一些空间（清空回收站、移走大文件），然后重试。</translation>
        </message>
        <message>
            <source>Reading or writing {path} failed (a disk, USB stick or network drive problem), so the last change was not saved. Check the drive, then try again.</source>
            <translation>读写 {path} 失败（磁盘、U 盘或网络驱动器出现问题），最后一次更改未保存。请检查驱动器，然后重试。</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. To restore a backup, close KAM Desktop, keep the damaged file aside for your IT support, and copy one of these backups in its place (the newest first):
{backups}</source>
            <translation>{path} 已损坏（{reason}），无法安全打开。文件未被更改。如需恢复备份，请关闭 KAM Desktop，将损坏的文件另存留给 IT 支持人员，再把以下备份之一复制到原位置（最新的在前）：
{backups}</translation>
        </message>
        <message>
            <source>{path} is damaged ({reason}) and cannot be opened safely. The file was not changed. No backup was found beside it: look for another copy of the book (a sync package, a USB stick, e-mail) or ask your IT support.</source>
            <translation>{path} 已损坏（{reason}），无法安全打开。文件未被更改。旁边没有找到备份：请寻找此账本的其他副本（同步包、U 盘、电子邮件），或联系 IT 支持人员。</translation>
        </message>
        <message>
            <source>{path} could not be upgraded to this version of KAM Desktop ({reason}). The book was not changed; a copy from before the upgrade is at {backup}.</source>
            <translation>{path} 无法升级到此版本的 KAM Desktop（{reason}）。账本未被更改；升级前的副本位于 {backup}。</translation>
        </message>
        <message>
            <source>Not saved: the book refused a value ({rule}). Please check the entry and try again.</source>
            <translation>未保存：账本拒绝了一个值（{rule}）。请检查输入后重试。</translation>
        </message>
        <message>
            <source>{path} is open read-only ({reason}): you can look at everything, but changes cannot be saved. To work in it, copy it to a folder you can write to and open the copy.</source>
            <translation>{path} 以只读方式打开（{reason}）：可以查看所有内容，但无法保存更改。如需在其中工作，请将其复制到可写入的文件夹并打开副本。</translation>
        </message>
        <message>
            <source>{path} had been left half-upgraded by an earlier version of KAM Desktop. The unfinished changes were undone and the upgrade was finished; nothing you entered was lost. A copy from before is at {backup}.</source>
            <translation>{path} 曾被旧版 KAM Desktop 升级到一半。未完成的更改已撤销，升级已完成；您输入的内容没有丢失。之前的副本位于 {backup}。</translation>
        </message>
        <message>
            <source>the file is read-only</source>
            <translation>文件为只读</translation>
        </message>
        <message>
            <source>its folder is read-only</source>
            <translation>所在文件夹为只读</translation>
        </message>
        <message>
            <source>the drive is read-only</source>
            <translation>驱动器为只读</translation>
        </message>
        <message>
            <source>parts of the file cannot be read</source>
            <translation>文件的部分内容无法读取</translation>
        </message>
        <message>
            <source>an earlier upgrade was interrupted</source>
            <translation>之前的一次升级被中断</translation>
        </message>
        <message>
            <source>contains a control character (such as a line break or an escape); remove it.</source>
            <extracomment>The largest whole number a book column holds (SQLite's INTEGER is 64-bit).</extracomment>
            <translation>含有控制字符（如换行符或转义符），请删除。</translation>
        </message>
        <message>
            <source>contains a broken character that is not text; type or paste it again.</source>
            <translation>含有无法识别的残缺字符，请重新输入或粘贴。</translation>
        </message>
        <message>
            <source>must be text.</source>
            <translation>必须是文本。</translation>
        </message>
        <message>
            <source>must be a number (not infinite or “not a number”).</source>
            <translation>必须是有效数字（不能是无穷大或非数字）。</translation>
        </message>
        <message>
            <source>must be a number from {low} to {high}.</source>
            <translation>必须是 {low} 到 {high} 之间的数字。</translation>
        </message>
        <message>
            <source>must be a whole number.</source>
            <translation>必须是整数。</translation>
        </message>
        <message>
            <source>is not one of the allowed values; choose one from the list.</source>
            <translation>不在可选范围内，请从列表中选择。</translation>
        </message>
        <message>
            <source>must be a date (YYYY-MM-DD).</source>
            <translation>必须是日期（格式 YYYY-MM-DD）。</translation>
        </message>
        <message>
            <source>must be a date and time.</source>
            <translation>必须是日期和时间。</translation>
        </message>
        <message>
            <source>must be a list of entries, not a single text.</source>
            <translation>必须是若干条目的列表，而不是一段文本。</translation>
        </message>
        <message>
            <source>must be yes or no.</source>
            <translation>必须是“是”或“否”。</translation>
        </message>
        <message>
            <source>kept as written, but it is not a Chinese number and could not be checked as a foreign one (is the country code missing?); please check it.</source>
            <translation>已按原样保留，但它不是国内号码，也无法作为境外号码校验（是否缺少国家代码？）；请核对。</translation>
        </message>
        <message>
            <source>left out: it is too long or holds control characters, so it is no number.</source>
            <translation>未导入：内容过长或含有控制字符，不是电话号码。</translation>
        </message>
        <message>
            <source>it has no name (FN, N or ORG), so it was skipped.</source>
            <translation>没有姓名（FN、N 或 ORG），已跳过。</translation>
        </message>
        <message>
            <source>Card {card}, {field} ({property}): {problem}</source>
            <translation>第 {card} 张名片，{field}（{property}）：{problem}</translation>
        </message>
        <message>
            <source>Card {card}: {problem}</source>
            <translation>第 {card} 张名片：{problem}</translation>
        </message>
        <message>
            <source>is not an amount; write digits such as 12345.67 or 12,345.67.</source>
            <translation>不是金额；请填写数字，例如 12345.67 或 12,345.67。</translation>
        </message>
        <message>
            <source>the column's unit ({unit}) is not an amount unit; use 万元 or 元 in the header.</source>
            <translation>该列的单位（{unit}）不是金额单位；请在表头中使用“万元”或“元”。</translation>
        </message>
        <message>
            <source>is not a date; write 2026-03-15, 2026/3/15 or 2026年3月15日, or an Excel date.</source>
            <translation>不是日期；请填写 2026-03-15、2026/3/15 或 2026年3月15日，或使用 Excel 日期。</translation>
        </message>
        <message>
            <source>is not a plausible date (years {first} to {last}).</source>
            <translation>不是合理的日期（年份应在 {first} 至 {last} 之间）。</translation>
        </message>
        <message>
            <source>is not a month; write 2025-01 or 2025年1月.</source>
            <translation>不是月份；请写成 2025-01 或 2025年1月。</translation>
        </message>
        <message>
            <source>are all empty; fill in at least one of sales, margin and collections.</source>
            <translation>均为空；请至少填写销售额、毛利和回款中的一项。</translation>
        </message>
        <message>
            <source>must be more than 0; a zero or negative amount is a return or a credit note, not an order.</source>
            <extracomment>As ``sales_order``: ``hq_ref`` holds 64 characters, ``product`` 200. A repurchase cycle beyond ten years is a typing mistake (or a date in the wrong column). No order counts beyond 10^12 pieces; the bound keeps every quantity a finite float.</extracomment>
            <translation>必须大于 0；金额为零或负数的是退货或红字冲销，不是订单。</translation>
        </message>
        <message>
            <source>is not a quantity; write a number such as 12 or 1,200.5.</source>
            <translation>不是数量；请填写数字，如 12 或 1,200.5。</translation>
        </message>
        <message>
            <source>The mapping “{name}” is not saved for a list with these headers. Choose the columns again or another mapping.</source>
            <translation>映射“{name}”不适用于具有这些表头的清单。请重新选择各列，或选择其他映射。</translation>
        </message>
        <message>
            <source>Column {column}: “{field}” is not a field of this list.</source>
            <translation>第 {column} 列：“{field}”不是此清单的字段。</translation>
        </message>
        <message>
            <source>Two columns feed the {field}; choose one and ignore the other.</source>
            <translation>有两列都对应{field}；请保留其中一列，忽略另一列。</translation>
        </message>
        <message>
            <source>{file}: the report can be saved as .csv or .xlsx only. Nothing was written.</source>
            <translation>{file}：报告只能保存为 .csv 或 .xlsx 格式。未写入任何内容。</translation>
        </message>
        <message>
            <source>{month} is not a month that can be scored: write it as YYYY-MM, not later than the current month.</source>
            <translation>{month} 不是可评分的月份：请写成 YYYY-MM，且不晚于本月。</translation>
        </message>
        <message>
            <source>value model</source>
            <translation>价值模型</translation>
        </message>
        <message>
            <source>{value} is not an indicator; use one of: {codes}.</source>
            <translation>{value} 不是指标；请使用以下之一：{codes}。</translation>
        </message>
        <message>
            <source>is already the name of another value model.</source>
            <translation>已是另一个价值模型的名称。</translation>
        </message>
        <message>
            <source>The active value model cannot be deleted; make another model active first.</source>
            <translation>不能删除正在使用的价值模型；请先启用另一个模型。</translation>
        </message>
        <message>
            <source>The last value model cannot be deleted.</source>
            <translation>不能删除最后一个价值模型。</translation>
        </message>
        <message>
            <source>must not all be zero; give at least one indicator a weight above zero.</source>
            <translation>不能全部为零；请至少为一个指标设置大于零的权重。</translation>
        </message>
        <message>
            <source>There are no planned visits from {start} to {end}{owner}, so there is no plan to print. Plan visits (or accept proposals) first, or choose other dates.</source>
            <translation>{start} 至 {end}{owner}没有计划的拜访，无法打印拜访计划。请先安排拜访（或接受建议），或选择其他日期。</translation>
        </message>
        <message>
            <source>{path} could not be written ({reason}). Check that the folder exists and that you may write there.</source>
            <translation>无法写入 {path}（{reason}）。请检查文件夹是否存在以及是否有写入权限。</translation>
        </message>
        <message>
            <source>{path} could not be replaced: it may be open in another program. Close it there, or save the plan under another name.</source>
            <translation>无法替换 {path}：它可能正在被其他程序打开。请先关闭，或用其他文件名保存拜访计划。</translation>
        </message>
        <message>
            <source>The font for Chinese text could not be loaded, so the plan cannot be printed. Reinstall KAM Desktop to restore its fonts.</source>
            <translation>无法加载中文字体，拜访计划无法打印。请重新安装 KAM Desktop 以恢复字体。</translation>
        </message>
        <message>
            <source>add up to more than 100 %; lower one so that lead keeps the rest.</source>
            <extracomment>Each lifecycle threshold: its label and usable range (inclusive). Counts are whole numbers; ``trend_threshold`` is a fraction (0.10 = 10 %).</extracomment>
            <translation>合计超过 100 %；请调低其中一项，使铅层级保留其余部分。</translation>
        </message>
        <message>
            <source>must not be above the {tier} threshold.</source>
            <translation>不得高于{tier}的门槛。</translation>
        </message>
        <message>
            <source>must not be longer than the trend window.</source>
            <translation>不得长于趋势窗口。</translation>
        </message>
        <message>
            <source>must be bands or thresholds.</source>
            <translation>必须是占比区间或分数门槛。</translation>
        </message>
        <message>
            <source>The plan's last day ({end}) is before its first day ({start}); swap them.</source>
            <translation>拜访计划的结束日期（{end}）早于开始日期（{start}），请对调。</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>Customer Code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Customer Name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>Credit Code</source>
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
            <source>Industry</source>
            <translation>行业</translation>
        </message>
        <message>
            <source>Grade</source>
            <translation>客户等级</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>企业规模</translation>
        </message>
        <message>
            <source>Sales (10k CNY)</source>
            <translation>年销售额（万元）</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>客户经理</translation>
        </message>
        <message>
            <source>Short form</source>
            <translation>简称</translation>
        </message>
        <message>
            <source>Account status</source>
            <translation>客户状态</translation>
        </message>
        <message>
            <source>Lifecycle stage</source>
            <translation>生命周期阶段</translation>
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
            <source>Sales in the last 12 months (10k CNY)</source>
            <translation>近12个月销售（万元）</translation>
        </message>
        <message>
            <source>Last order</source>
            <translation>最近下单</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <source>Next revisit due</source>
            <translation>下次回访到期</translation>
        </message>
        <message>
            <source>Revisit reasons</source>
            <translation>回访原因</translation>
        </message>
        <message>
            <source>Contact map gaps</source>
            <translation>关系图缺口</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Job title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>决策层级</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>关系层次</translation>
        </message>
        <message>
            <source>Office phone</source>
            <translation>办公电话</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>电子邮件</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Last contact</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Planned start</source>
            <translation>计划开始</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>方式</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>拜访结果</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Done at</source>
            <translation>实际时间</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message>
            <source>Done on</source>
            <translation>完成日期</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <source>Resolution</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <source>Resolved</source>
            <translation>已解决</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>记录日期</translation>
        </message>
        <message>
            <source>SPIN stage</source>
            <translation>SPIN 阶段</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sales amount (10k CNY)</source>
            <translation>销售额（万元）</translation>
        </message>
        <message>
            <source>Gross margin (10k CNY)</source>
            <translation>毛利（万元）</translation>
        </message>
        <message>
            <source>Collections (10k CNY)</source>
            <translation>回款（万元）</translation>
        </message>
        <message>
            <source>Cost to serve (10k CNY)</source>
            <translation>服务成本（万元）</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>客户来源</translation>
        </message>
        <message>
            <source>Accounts</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Next steps</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>SPIN notes</source>
            <translation>SPIN 记录</translation>
        </message>
        <message>
            <source>Value records</source>
            <translation>价值记录</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>是</translation>
        </message>
    </context>
    <context>
        <name>hq_columns</name>
        <message>
            <source>customer name</source>
            <translation>客户名称</translation>
        </message>
        <message>
            <source>customer code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <source>amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Customer code</source>
            <extracomment>``FieldProblem.field`` of a problem with the whole row rather than one cell.</extracomment>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <source>Sales</source>
            <translation>销售额</translation>
        </message>
        <message>
            <source>Margin</source>
            <translation>毛利</translation>
        </message>
        <message>
            <source>Collections</source>
            <translation>回款</translation>
        </message>
        <message>
            <source>Order number</source>
            <translation>订单号</translation>
        </message>
        <message>
            <source>Order date</source>
            <translation>订单日期</translation>
        </message>
        <message>
            <source>Amount</source>
            <translation>金额</translation>
        </message>
        <message>
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <source>Quantity</source>
            <translation>数量</translation>
        </message>
        <message>
            <source>Repurchase cycle (days)</source>
            <translation>重复购买周期（天）</translation>
        </message>
        <message>
            <source>Figures</source>
            <translation>价值数据</translation>
        </message>
    </context>
    <context>
        <name>hq_import</name>
        <message>
            <source>New</source>
            <translation>新增</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>无变化</translation>
        </message>
        <message>
            <source>Duplicate in file</source>
            <translation>文件内重复</translation>
        </message>
        <message>
            <source>Conflict</source>
            <translation>冲突</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>被拒绝</translation>
        </message>
        <message>
            <source>The same account as row {row}: merged into it.</source>
            <translation>与第 {row} 行是同一客户：已合并到该行。</translation>
        </message>
        <message>
            <source>HQ renamed this company: the name is updated and the old name kept in the account's history.</source>
            <translation>总部已更改此企业的名称：名称已更新，旧名称保留在客户的历史记录中。</translation>
        </message>
        <message>
            <source>The {field} belongs to another account in the book ({code}). Not imported: correct the list or the accounts.</source>
            <translation>{field}已属于账本中的另一个客户（{code}）。未导入：请修正清单或客户资料。</translation>
        </message>
        <message>
            <source>Row {row} already updates the account this row matches. Not imported: correct the list.</source>
            <translation>第 {row} 行已在更新与本行匹配的客户。未导入：请修正清单。</translation>
        </message>
        <message>
            <source>Row {row} has the same credit code but another account code. Not imported: correct the list.</source>
            <translation>第 {row} 行的统一社会信用代码相同，但客户编码不同。未导入：请修正清单。</translation>
        </message>
        <message>
            <source>This month's figures were entered by hand in this book; HQ's figures were not imported over them.</source>
            <translation>本月数据是在本账本中手工录入的；未用总部数据覆盖。</translation>
        </message>
        <message>
            <source>This account was deleted in this book. Not imported: restore it first to take HQ's changes.</source>
            <translation>此客户已在本账本中删除。未导入：请先恢复该客户，再接收总部的更改。</translation>
        </message>
        <message>
            <source>No account in the book has this account code: import the customer list first.</source>
            <translation>账本中没有此客户编码的客户：请先导入客户清单。</translation>
        </message>
        <message>
            <source>Mapping name</source>
            <translation>映射名称</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>行</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>值</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Rejected rows</source>
            <translation>被拒绝的行</translation>
        </message>
    </context>
    <context>
        <name>progress</name>
        <message>
            <source>Reading accounts</source>
            <translation>正在读取客户</translation>
        </message>
        <message>
            <source>Summing sales</source>
            <translation>正在汇总销售额</translation>
        </message>
        <message>
            <source>Reading visits and contacts</source>
            <translation>正在读取拜访和联系人</translation>
        </message>
        <message>
            <source>Reading the demo data</source>
            <translation>正在读取示例数据</translation>
        </message>
        <message>
            <source>Creating accounts and contacts</source>
            <translation>正在创建客户和联系人</translation>
        </message>
        <message>
            <source>Creating visits</source>
            <translation>正在创建拜访</translation>
        </message>
        <message>
            <source>Creating orders and value records</source>
            <translation>正在创建订单和价值记录</translation>
        </message>
        <message>
            <source>Writing the book</source>
            <translation>正在写入账本</translation>
        </message>
        <message>
            <source>Scoring accounts</source>
            <translation>正在计算客户价值得分</translation>
        </message>
        <message>
            <source>Saving value snapshots</source>
            <translation>正在保存价值快照</translation>
        </message>
        <message>
            <source>Reading SPIN progress</source>
            <translation>正在读取 SPIN 进展</translation>
        </message>
        <message>
            <source>Finding visits due</source>
            <translation>正在查找待回访</translation>
        </message>
        <message>
            <source>Counting contacts</source>
            <translation>正在统计联系人</translation>
        </message>
        <message>
            <source>Finding coverage gaps</source>
            <translation>正在查找覆盖缺口</translation>
        </message>
        <message>
            <source>Saving accounts</source>
            <translation>正在保存客户</translation>
        </message>
        <message>
            <source>Saving contacts</source>
            <translation>正在保存联系人</translation>
        </message>
        <message>
            <source>Reading the book</source>
            <translation>正在读取账本</translation>
        </message>
        <message>
            <source>Writing the accounts sheet</source>
            <translation>正在写客户工作表</translation>
        </message>
        <message>
            <source>Writing the contacts sheet</source>
            <translation>正在写联系人工作表</translation>
        </message>
        <message>
            <source>Writing the visits sheet</source>
            <translation>正在写拜访工作表</translation>
        </message>
        <message>
            <source>Writing the next steps sheet</source>
            <translation>正在写后续行动工作表</translation>
        </message>
        <message>
            <source>Writing the complaints sheet</source>
            <translation>正在写投诉工作表</translation>
        </message>
        <message>
            <source>Writing the SPIN notes sheet</source>
            <translation>正在写 SPIN 记录工作表</translation>
        </message>
        <message>
            <source>Writing the value records sheet</source>
            <translation>正在写价值记录工作表</translation>
        </message>
        <message>
            <source>Saving the workbook</source>
            <translation>正在保存工作簿</translation>
        </message>
        <message>
            <source>Reading the list</source>
            <translation>正在读取清单</translation>
        </message>
        <message>
            <source>Comparing with the account book</source>
            <translation>正在与客户账本比对</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>正在保存</translation>
        </message>
        <message>
            <source>Refreshing the account lists</source>
            <translation>正在刷新客户列表</translation>
        </message>
    </context>
    <context>
        <name>revisits</name>
        <message>
            <source>Day {day} after the order of {order_date}</source>
            <translation>{order_date} 订单后第 {day} 天</translation>
        </message>
        <message>
            <source>Day {day} after the order of {order_date} ({product})</source>
            <translation>{product}：{order_date} 订单后第 {day} 天</translation>
        </message>
        <message>
            <source>Repurchase due (ordered {order_date}, every {cycle} days)</source>
            <translation>复购到期（{order_date} 下单，周期 {cycle} 天）</translation>
        </message>
        <message>
            <source>{product}: repurchase due (ordered {order_date}, every {cycle} days)</source>
            <translation>{product}：复购到期（{order_date} 下单，周期 {cycle} 天）</translation>
        </message>
        <message>
            <source>Every {days} days for {level} accounts; last contact {last_contact}</source>
            <translation>{level}客户每 {days} 天回访一次；最近联系 {last_contact}</translation>
        </message>
        <message>
            <source>Every {days} days for {level} accounts; never visited</source>
            <translation>{level}客户每 {days} 天回访一次；从未拜访</translation>
        </message>
        <message>
            <source>Complaint ({category}) open since {opened_on}</source>
            <translation>投诉（{category}）自 {opened_on} 起未解决</translation>
        </message>
        <message>
            <source>Complaint ({category}) resolved on {resolved_on}: check satisfaction</source>
            <translation>投诉（{category}）已于 {resolved_on} 解决：回访满意度</translation>
        </message>
        <message>
            <source>{holiday} on {on}</source>
            <translation>{holiday}（{on}）</translation>
        </message>
        <message>
            <source>Birthday of {name} on {on}</source>
            <translation>{name}生日（{on}）</translation>
        </message>
        <message>
            <source>No order since {last_order} ({days} days): reactivation visit</source>
            <translation>自 {last_order} 起无订单（{days} 天）：激活拜访</translation>
        </message>
        <message>
            <source>Next step due {due_on}: {text}</source>
            <translation>后续行动 {due_on} 到期：{text}</translation>
        </message>
        <message>
            <source>Value falling: tier {from_tier} → {to_tier} since {month}</source>
            <translation>价值下降：层级 {from_tier} → {to_tier}（自 {month}）</translation>
        </message>
        <message>
            <source>Value falling: score down {drop} over {months} months</source>
            <translation>价值下降：{months} 个月内得分下降 {drop}</translation>
        </message>
        <message>
            <source>Value falling: score down {drop} since the month before</source>
            <translation>价值下降：得分较上月下降 {drop}</translation>
        </message>
        <message>
            <source>no category</source>
            <translation>未分类</translation>
        </message>
        <message>
            <source>Snooze until</source>
            <translation>推迟至</translation>
        </message>
        <message>
            <source>Reason for dismissing</source>
            <translation>忽略原因</translation>
        </message>
    </context>
    <context>
        <name>spin</name>
        <message>
            <source>The account is at {sales_stage}, but the customer has not confirmed: {missing}. Ask implication and need-payoff questions before the proposal.</source>
            <translation>该客户已处于“{sales_stage}”阶段，但客户尚未确认：{missing}。提交方案前，请先提出暗示问题和需求效益问题。</translation>
        </message>
    </context>
    <context>
        <name>worker</name>
        <message>
            <source>Cancelling…</source>
            <translation>正在取消…</translation>
        </message>
    </context>
    <context>
        <name>calendar</name>
        <message>
            <source>KAM Desktop visits</source>
            <translation>KAM Desktop 拜访</translation>
        </message>
        <message>
            <source>Objectives</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>预期结果</translation>
        </message>
        <message>
            <source>Questions to ask</source>
            <translation>拟提问题</translation>
        </message>
        <message>
            <source>Materials and samples</source>
            <translation>资料与样品</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>我方人员</translation>
        </message>
    </context>
    <context>
        <name>ContactTableModel</name>
        <message>
            <source>Coach / KDM</source>
            <translation>教练 / 关键决策人</translation>
        </message>
        <message>
            <source>KDM</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>教练</translation>
        </message>
    </context>
    <context>
        <name>DecisionChain</name>
        <message>
            <source>Deciders</source>
            <translation>决策者</translation>
        </message>
        <message>
            <source>Influencers</source>
            <translation>影响者</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>教练</translation>
        </message>
        <message>
            <source>Opponents</source>
            <translation>反对者</translation>
        </message>
    </context>
    <context>
        <name>RelationshipPyramid</name>
        <message>
            <source>The top of the pyramid. Keep it: sliding down is easier than climbing.</source>
            <translation>已在金字塔顶端。请用心维护：下滑比攀升容易。</translation>
        </message>
        <message>
            <source>Climbing is long-term work, and every step must be passed on the way up; sliding down is easier than climbing.</source>
            <translation>关系的攀升是长期工作，必须逐级而上；下滑比攀升容易。</translation>
        </message>
        <message>
            <source>Hand over your card and introduce yourself; call as soon as you have the number.</source>
            <translation>递上名片，做自我介绍；一拿到电话号码就打个电话。</translation>
        </message>
        <message>
            <source>Be courteous, and invite them to an event that is worth their time.</source>
            <translation>以礼相待，邀请对方参加值得一去的活动。</translation>
        </message>
        <message>
            <source>Talk about the interests you share.</source>
            <translation>多聊共同的兴趣爱好。</translation>
        </message>
        <message>
            <source>Be honest, and show your expertise.</source>
            <translation>为人坦诚，展现专业能力。</translation>
        </message>
        <message>
            <source>Be trustworthy, and help them when they need it.</source>
            <translation>值得信赖，在对方需要时伸出援手。</translation>
        </message>
    </context>
    <context>
        <name>error_dialogs</name>
        <message>
            <source>Something unexpected went wrong. Your data is safe: the book keeps only changes that were completed.

If this happens again, click “Copy details” and send them to your IT support.</source>
            <translation>发生了意外错误。您的数据是安全的：账本只保存已完成的修改。

如果再次出现，请点击“复制详细信息”，发送给 IT 支持人员。</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>复制详细信息</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>已复制</translation>
        </message>
    </context>
    <context>
        <name>RejectedReport</name>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>CSV 文件 (*.csv)</translation>
        </message>
        <message>
            <source>Save rejected rows</source>
            <translation>保存被拒绝的行</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>%1 - rejected rows.csv</source>
            <translation>%1 - 被拒绝的行.csv</translation>
        </message>
        <message>
            <source>Writing the report…</source>
            <translation>正在写入报告…</translation>
        </message>
    </context>
    <context>
        <name>ExportExcel</name>
        <message>
            <source>Export to Excel</source>
            <translation>导出到 Excel</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <source>Writing the workbook…</source>
            <translation>正在写入工作簿…</translation>
        </message>
        <message>
            <source>Exported the account book to %1</source>
            <translation>已将客户账本导出到 %1</translation>
        </message>
    </context>
    <context>
        <name>AgendaModel</name>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>目标 / 结果</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>行动</translation>
        </message>
        <message numerus="yes">
            <source>%1 · %n visit(s)</source>
            <translation>
                <numerusform>%1 · %n 次拜访</numerusform>
            </translation>
        </message>
        <message>
            <source>Agreed next steps not done yet</source>
            <translation>已约定、尚未完成的后续行动</translation>
        </message>
        <message>
            <source>%1 (overdue)</source>
            <translation>%1（已逾期）</translation>
        </message>
    </context>
    <context>
        <name>DueModel</name>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>原因</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>到期</translation>
        </message>
        <message numerus="yes">
            <source>%n day(s) overdue</source>
            <translation>
                <numerusform>逾期 %n 天</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>+%n more</source>
            <translation>
                <numerusform>另有 %n 条</numerusform>
            </translation>
        </message>
        <message>
            <source>today</source>
            <translation>今天</translation>
        </message>
        <message numerus="yes">
            <source>in %n day(s)</source>
            <translation>
                <numerusform>%n 天后</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>TimelineModel</name>
        <message>
            <source>Open next steps agreed at the visit</source>
            <translation>拜访中约定、尚未完成的后续行动</translation>
        </message>
        <message>
            <source>Open complaints raised at the visit</source>
            <translation>拜访中提出、尚未解决的投诉</translation>
        </message>
        <message>
            <source>The outcome of a done visit, else its objective</source>
            <translation>已完成拜访显示结果，否则显示目标</translation>
        </message>
        <message>
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Steps</source>
            <translation>行动</translation>
        </message>
        <message>
            <source>Compl.</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Objective / outcome</source>
            <translation>目标 / 结果</translation>
        </message>
        <message numerus="yes">
            <source>%n open next step(s)</source>
            <translation>
                <numerusform>%n 项后续行动</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n open complaint(s)</source>
            <translation>
                <numerusform>%n 个未结投诉</numerusform>
            </translation>
        </message>
        <message>
            <source>No visit done yet</source>
            <translation>尚无已完成的拜访</translation>
        </message>
        <message>
            <source>Nothing planned</source>
            <translation>暂无计划拜访</translation>
        </message>
        <message numerus="yes">
            <source>%n overdue</source>
            <translation>
                <numerusform>%n 次逾期</numerusform>
            </translation>
        </message>
        <message>
            <source>Planned for a time that has passed: log its outcome or cancel it.</source>
            <translation>计划时间已过：请记录结果或取消该拜访。</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <source>Last visit: %1</source>
            <translation>最近拜访：%1</translation>
        </message>
        <message>
            <source>Next planned: %1</source>
            <translation>下次计划：%1</translation>
        </message>
    </context>
    <context>
        <name>VisitPlan</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <source>Generated {when}</source>
            <translation>生成于 {when}</translation>
        </message>
        <message>
            <source>Visit plan · {book}</source>
            <translation>拜访计划 · {book}</translation>
        </message>
        <message>
            <source>Bold frame: attending · ★ key decision maker · fill: green supportive, grey neutral, red opposed</source>
            <translation>粗框：参加 · ★ 关键决策人 · 底色：绿色支持，灰色中立，红色反对</translation>
        </message>
        <message>
            <source>Level not set</source>
            <translation>未设决策层级</translation>
        </message>
        <message>
            <source>Visit plan</source>
            <translation>拜访计划</translation>
        </message>
        <message>
            <source>{start} to {end}</source>
            <translation>{start} 至 {end}</translation>
        </message>
        <message>
            <source>Account manager: {owner} · {count} visits</source>
            <translation>客户经理：{owner} · {count} 次拜访</translation>
        </message>
        <message>
            <source>all</source>
            <translation>全部</translation>
        </message>
        <message>
            <source>no attendees chosen</source>
            <translation>未选参与人</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <source>Account</source>
            <translation>客户</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <source>Purpose</source>
            <translation>目的</translation>
        </message>
        <message>
            <source>Contacts</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>not set</source>
            <translation>未设置</translation>
        </message>
        <message>
            <source>Monday</source>
            <translation>星期一</translation>
        </message>
        <message>
            <source>Tuesday</source>
            <translation>星期二</translation>
        </message>
        <message>
            <source>Wednesday</source>
            <translation>星期三</translation>
        </message>
        <message>
            <source>Thursday</source>
            <translation>星期四</translation>
        </message>
        <message>
            <source>Friday</source>
            <translation>星期五</translation>
        </message>
        <message>
            <source>Saturday</source>
            <translation>星期六</translation>
        </message>
        <message>
            <source>Sunday</source>
            <translation>星期日</translation>
        </message>
        <message>
            <source>No value records yet: no sales or margin figures.</source>
            <translation>暂无价值记录：没有销售额或毛利数据。</translation>
        </message>
        <message>
            <source>no visits yet</source>
            <translation>尚未拜访</translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation>得分 {score}</translation>
        </message>
        <message>
            <source>Contacts to meet</source>
            <translation>拜访联系人</translation>
        </message>
        <message>
            <source>attending</source>
            <translation>参加</translation>
        </message>
        <message>
            <source>key contact</source>
            <translation>关键联系人</translation>
        </message>
        <message>
            <source>★ key decision maker</source>
            <translation>★ 关键决策人</translation>
        </message>
        <message>
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <source>No contacts on file for this account yet.</source>
            <translation>该客户暂无联系人。</translation>
        </message>
        <message>
            <source>No attendees chosen and no key contacts marked ({count} contacts on file).</source>
            <translation>未选参与人，也没有标记关键联系人（共 {count} 位联系人）。</translation>
        </message>
        <message>
            <source>Coverage gaps</source>
            <translation>覆盖缺口</translation>
        </message>
        <message>
            <source>No coverage gaps on the contact map.</source>
            <translation>客户关系图没有覆盖缺口。</translation>
        </message>
        <message>
            <source>Contact map (excerpt)</source>
            <translation>客户关系图（节选）</translation>
        </message>
        <message>
            <source>Account code</source>
            <translation>客户编码</translation>
        </message>
        <message>
            <source>HQ grade</source>
            <translation>总部等级</translation>
        </message>
        <message>
            <source>Value tier</source>
            <translation>价值层级</translation>
        </message>
        <message>
            <source>Lifecycle</source>
            <translation>生命周期</translation>
        </message>
        <message>
            <source>Sales stage</source>
            <translation>销售阶段</translation>
        </message>
        <message>
            <source>Last visit</source>
            <translation>最近拜访</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Our colleagues</source>
            <translation>我方人员</translation>
        </message>
        <message>
            <source>Travel notes</source>
            <translation>行程备注</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>决策层级</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>关系层次</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Last three visits</source>
            <translation>最近三次拜访</translation>
        </message>
        <message>
            <source>No visits yet: this is the first one.</source>
            <translation>尚无拜访：这是第一次。</translation>
        </message>
        <message>
            <source>no outcome recorded</source>
            <translation>未记录结果</translation>
        </message>
        <message>
            <source>Open next steps</source>
            <translation>未完成的后续行动</translation>
        </message>
        <message>
            <source>No open next steps.</source>
            <translation>没有未完成的后续行动。</translation>
        </message>
        <message>
            <source>Open complaints</source>
            <translation>未解决的投诉</translation>
        </message>
        <message>
            <source>No open complaints.</source>
            <translation>没有未解决的投诉。</translation>
        </message>
        <message>
            <source>SPIN progress and questions to ask</source>
            <translation>SPIN 进展与拟提问题</translation>
        </message>
        <message>
            <source>{stage}: {notes} notes, {confirmed} confirmed</source>
            <translation>{stage}：{notes} 条记录，{confirmed} 条已确认</translation>
        </message>
        <message>
            <source>No SPIN questions planned for this visit.</source>
            <translation>本次拜访未选 SPIN 问题。</translation>
        </message>
        <message>
            <source>Objective</source>
            <translation>拜访目标</translation>
        </message>
        <message>
            <source>Expected result</source>
            <translation>预期结果</translation>
        </message>
        <message>
            <source>Preparation</source>
            <translation>准备事项</translation>
        </message>
        <message>
            <source>Materials to bring</source>
            <translation>携带资料</translation>
        </message>
        <message>
            <source>No materials listed.</source>
            <translation>未列携带资料。</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>纪要</translation>
        </message>
        <message>
            <source>Not set yet.</source>
            <translation>尚未填写。</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>拜访结果</translation>
        </message>
        <message>
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>截止日期</translation>
        </message>
        <message>
            <source>Next step</source>
            <translation>后续行动</translation>
        </message>
        <message>
            <source>Owner</source>
            <translation>负责人</translation>
        </message>
        <message>
            <source>Opened</source>
            <translation>提出日期</translation>
        </message>
        <message>
            <source>Category</source>
            <translation>类别</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>严重程度</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <source>Never visited; in {city}, on this plan's route</source>
            <translation>从未拜访；位于{city}，在本计划路线上</translation>
        </message>
        <message>
            <source>Not visited for {days} days; in {city}, on this plan's route</source>
            <translation>{days} 天未拜访；位于{city}，在本计划路线上</translation>
        </message>
        <message>
            <source>Due revisit</source>
            <translation>待回访</translation>
        </message>
        <message>
            <source>Nearby, not visited for a while</source>
            <translation>附近久未拜访</translation>
        </message>
    </context>
    <context>
        <name>ValueRules</name>
        <message>
            <source>Shares of accounts</source>
            <translation>客户占比</translation>
        </message>
        <message>
            <source>Tier rule</source>
            <translation>层级规则</translation>
        </message>
        <message>
            <source>Exploration months</source>
            <translation>考察期（月）</translation>
        </message>
        <message>
            <source>Trend window months</source>
            <translation>趋势窗口（月）</translation>
        </message>
        <message>
            <source>Trend threshold</source>
            <translation>趋势阈值</translation>
        </message>
        <message>
            <source>Quarter months</source>
            <translation>季度（月）</translation>
        </message>
        <message>
            <source>Lost after days</source>
            <translation>流失天数</translation>
        </message>
        <message>
            <source>Dormant after days</source>
            <translation>休眠天数</translation>
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
        <message>
            <source>Coverage gaps in the contact map</source>
            <translation>关系图中的覆盖缺口</translation>
        </message>
    </context>
    <context>
        <name>SpinField</name>
        <message>
            <source>Stage</source>
            <translation>阶段</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>回答</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>已确认</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <source>Visit</source>
            <translation>拜访</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>联系人</translation>
        </message>
        <message>
            <source>Question (Chinese)</source>
            <translation>问题（中文）</translation>
        </message>
        <message>
            <source>Question (English)</source>
            <translation>问题（英文）</translation>
        </message>
    </context>
    <context>
        <name>RevisitSettingField</name>
        <message>
            <source>Revisit days after an order</source>
            <translation>订单后回访天数</translation>
        </message>
        <message>
            <source>Days before repurchase</source>
            <translation>重复购买提前天数</translation>
        </message>
        <message>
            <source>Revisit every (days) by value tier</source>
            <translation>按价值层级回访周期（天）</translation>
        </message>
        <message>
            <source>Revisit every (days) by grade</source>
            <translation>按客户等级回访周期（天）</translation>
        </message>
        <message>
            <source>Days after a complaint is opened</source>
            <translation>投诉受理后天数</translation>
        </message>
        <message>
            <source>Days after a complaint is resolved</source>
            <translation>投诉解决后天数</translation>
        </message>
        <message>
            <source>Holiday dates</source>
            <translation>节日日期</translation>
        </message>
        <message>
            <source>Holiday greetings for tiers</source>
            <translation>节日回访的价值层级</translation>
        </message>
        <message>
            <source>Days before a holiday</source>
            <translation>节日前提前天数</translation>
        </message>
        <message>
            <source>Days before a birthday</source>
            <translation>生日前提前天数</translation>
        </message>
        <message>
            <source>Dormant after (days without an order)</source>
            <translation>休眠天数（无订单）</translation>
        </message>
        <message>
            <source>Visit purposes that count as a revisit</source>
            <translation>算作回访的拜访目的</translation>
        </message>
        <message>
            <source>Any done visit counts as a revisit</source>
            <translation>任何已完成拜访都算回访</translation>
        </message>
        <message>
            <source>A visit this many days early counts</source>
            <translation>提前拜访有效天数</translation>
        </message>
        <message>
            <source>Drop missed revisits after (days)</source>
            <translation>逾期多少天后不再提醒</translation>
        </message>
        <message>
            <source>Revisit rules in use</source>
            <translation>启用的回访规则</translation>
        </message>
    </context>
    <context>
        <name>Holiday</name>
        <message>
            <source>Spring Festival</source>
            <translation>春节</translation>
        </message>
        <message>
            <source>Lantern Festival</source>
            <translation>元宵节</translation>
        </message>
        <message>
            <source>Dragon Boat Festival</source>
            <translation>端午节</translation>
        </message>
        <message>
            <source>Mid-Autumn Festival</source>
            <translation>中秋节</translation>
        </message>
        <message>
            <source>National Day</source>
            <translation>国庆节</translation>
        </message>
    </context>
    <context>
        <name>CoverageRuleField</name>
        <message>
            <source>Strong relationships needed</source>
            <translation>至少需要的强关系联系人数</translation>
        </message>
        <message>
            <source>Strong relationship from level</source>
            <translation>强关系起始等级</translation>
        </message>
        <message>
            <source>Key decision maker relationship at least</source>
            <translation>关键决策人关系最低等级</translation>
        </message>
        <message>
            <source>Key decision maker attitude at least</source>
            <translation>关键决策人最低态度</translation>
        </message>
        <message>
            <source>Key contacts met within (days)</source>
            <translation>关键联系人拜访间隔（天）</translation>
        </message>
    </context>
    <context>
        <name>GapKind</name>
        <message>
            <source>No contact at the decision level</source>
            <translation>决策层无联系人</translation>
        </message>
        <message>
            <source>No key decision maker marked</source>
            <translation>未标记关键决策人</translation>
        </message>
        <message>
            <source>Key decision maker not supportive</source>
            <translation>关键决策人不支持</translation>
        </message>
        <message>
            <source>Weak relationship with the key decision maker</source>
            <translation>与关键决策人关系薄弱</translation>
        </message>
        <message>
            <source>No coach</source>
            <translation>没有教练（内线）</translation>
        </message>
        <message>
            <source>Influential opponent without a plan</source>
            <translation>高影响力反对者无应对计划</translation>
        </message>
        <message>
            <source>Single-threaded</source>
            <translation>单线联系</translation>
        </message>
        <message>
            <source>Key contacts not met recently</source>
            <translation>关键联系人久未拜访</translation>
        </message>
    </context>
    <context>
        <name>ContactField</name>
        <message>
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>职务</translation>
        </message>
        <message>
            <source>Department</source>
            <translation>部门</translation>
        </message>
        <message>
            <source>Reports to</source>
            <translation>直属上级</translation>
        </message>
        <message>
            <source>Decision level</source>
            <translation>决策层级</translation>
        </message>
        <message>
            <source>Buying roles</source>
            <translation>采购角色</translation>
        </message>
        <message>
            <source>Key decision maker</source>
            <translation>关键决策人</translation>
        </message>
        <message>
            <source>Coach</source>
            <translation>教练/内线</translation>
        </message>
        <message>
            <source>Attitude</source>
            <translation>态度</translation>
        </message>
        <message>
            <source>Influence</source>
            <translation>影响力</translation>
        </message>
        <message>
            <source>Relationship level</source>
            <translation>关系层次</translation>
        </message>
        <message>
            <source>Personal wins</source>
            <translation>个人诉求</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>顾虑</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>电话</translation>
        </message>
        <message>
            <source>Mobile</source>
            <translation>手机</translation>
        </message>
        <message>
            <source>E-mail</source>
            <translation>邮箱</translation>
        </message>
        <message>
            <source>WeChat</source>
            <translation>微信</translation>
        </message>
        <message>
            <source>Birthday</source>
            <translation>生日</translation>
        </message>
        <message>
            <source>Interests</source>
            <translation>兴趣爱好</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Plan for an opponent</source>
            <translation>应对策略</translation>
        </message>
        <message>
            <source>Last contacted</source>
            <translation>最近联系</translation>
        </message>
        <message>
            <source>Influences</source>
            <translation>影响对象</translation>
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
        <message>
            <source>Value falling</source>
            <translation>价值下降</translation>
        </message>
    </context>
    <context>
        <name>SpinStage</name>
        <message>
            <source>Situation</source>
            <translation>情境问题</translation>
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
            <translation>需求效益问题</translation>
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
