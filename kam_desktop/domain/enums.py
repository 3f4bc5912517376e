"""Every enumeration of DOMAIN.md with its stored code and zh/en labels."""

from __future__ import annotations

from kam_desktop.domain.labels import Labeled

# fmt: off


class Grade(Labeled):
    A = ("A", "Grade A", "A级")
    B = ("B", "Grade B", "B级")
    C = ("C", "Grade C", "C级")
    D = ("D", "Grade D", "D级")


class SizeClass(Labeled):
    LARGE = ("large", "Large", "大型")
    MEDIUM = ("medium", "Medium", "中型")
    SMALL = ("small", "Small", "小型")
    MICRO = ("micro", "Micro", "微型")


class Industry(Labeled):
    """GB/T 4754-2017 sections."""

    A = ("A", "Agriculture, forestry, husbandry and fishery", "农、林、牧、渔业")
    B = ("B", "Mining", "采矿业")
    C = ("C", "Manufacturing", "制造业")
    D = ("D", "Electricity, heat, gas and water supply", "电力、热力、燃气及水生产和供应业")
    E = ("E", "Construction", "建筑业")
    F = ("F", "Wholesale and retail", "批发和零售业")
    G = ("G", "Transport, storage and post", "交通运输、仓储和邮政业")
    H = ("H", "Accommodation and catering", "住宿和餐饮业")
    I = ("I", "Information, software and IT services", "信息传输、软件和信息技术服务业")  # noqa: E741
    J = ("J", "Finance", "金融业")
    K = ("K", "Real estate", "房地产业")
    L = ("L", "Leasing and business services", "租赁和商务服务业")
    M = ("M", "Scientific research and technical services", "科学研究和技术服务业")
    N = ("N", "Water, environment and public facilities", "水利、环境和公共设施管理业")
    O = ("O", "Resident, repair and other services", "居民服务、修理和其他服务业")  # noqa: E741
    P = ("P", "Education", "教育")
    Q = ("Q", "Health and social work", "卫生和社会工作")
    R = ("R", "Culture, sports and entertainment", "文化、体育和娱乐业")
    S = ("S", "Public administration and social organisations", "公共管理、社会保障和社会组织")
    T = ("T", "International organisations", "国际组织")


class AccountSource(Labeled):
    CALL_IN = ("call_in", "Call-in", "来电咨询")
    SELF_DEVELOPED = ("self_developed", "Self-developed", "自主开发")
    ADVERTISING = ("advertising", "Advertising", "广告")
    REFERRAL = ("referral", "Referral", "老客户推荐")
    TRADE_SHOW = ("trade_show", "Trade show", "展会")
    HQ_ASSIGNED = ("hq_assigned", "Assigned by HQ", "总部分配")


class AccountStatus(Labeled):
    PROSPECT = ("prospect", "Prospect", "潜在")
    CUSTOMER = ("customer", "Customer", "成交")
    DORMANT = ("dormant", "Dormant", "休眠")
    LOST = ("lost", "Lost", "流失")


class LifecycleStage(Labeled):
    EXPLORATION = ("exploration", "Exploration", "考察期")
    FORMATION = ("formation", "Formation", "形成期")
    STABILITY = ("stability", "Stability", "稳定期")
    DECLINE = ("decline", "Decline", "退化期")
    LOST = ("lost", "Lost", "流失")


class SalesStage(Labeled):
    MARKET_ANALYSIS = ("market_analysis", "Market analysis", "市场分析")
    OPPORTUNITY = ("opportunity", "Opportunity", "发现机会")
    CONTACT = ("contact", "Contact", "接触客户")
    EVALUATION = ("evaluation", "Evaluation", "方案评估")
    BID_CONTRACT = ("bid_contract", "Bid & contract", "投标/签约")
    IMPLEMENTATION = ("implementation", "Implementation", "实施交付")
    IMPROVEMENT = ("improvement", "Improvement", "持续改进")


class RelationshipMarketingLevel(Labeled):
    FINANCIAL = ("financial", "Level 1: financial", "一级 财务层")
    SOCIAL = ("social", "Level 2: social", "二级 社交层")
    STRUCTURAL = ("structural", "Level 3: structural", "三级 结构层")


class RelationshipMode(Labeled):
    """Kotler's five relationship-marketing modes."""

    BASIC = ("basic", "Basic", "基本型")
    REACTIVE = ("reactive", "Reactive", "被动型")
    ACCOUNTABLE = ("accountable", "Accountable", "负责型")
    PROACTIVE = ("proactive", "Proactive", "能动型")
    PARTNERSHIP = ("partnership", "Partnership", "伙伴型")


class ValueTier(Labeled):
    PLATINUM = ("platinum", "Platinum", "铂金")
    GOLD = ("gold", "Gold", "黄金")
    IRON = ("iron", "Iron", "钢铁")
    LEAD = ("lead", "Lead", "铅")


class RevisitSegment(Labeled):
    HIGH_VALUE = ("high_value", "High-value", "高价值客户")
    HIGH_CONTRIBUTION = ("high_contribution", "High-contribution", "高贡献客户")
    GENERAL = ("general", "General", "一般客户")
    DORMANT = ("dormant", "Dormant", "休眠客户")


class ValueQuadrant(Labeled):
    ADVOCATE = ("advocate", "Advocate", "拥护者")
    AFFLUENT = ("affluent", "Affluent", "富裕者")
    PROMOTER = ("promoter", "Promoter", "宣扬者")
    MISER = ("miser", "Miser", "守财者")


class DecisionLevel(Labeled):
    DECISION = ("decision", "Decision level", "决策层")
    INFLUENCE = ("influence", "Influence level", "影响层")
    EXECUTION = ("execution", "Execution level", "执行层")


class BuyingRole(Labeled):
    DECIDER = ("decider", "Decider", "决策者")
    INFLUENCER = ("influencer", "Influencer", "影响者")
    USER = ("user", "User", "使用者")
    BUYER = ("buyer", "Buyer", "采购者")
    GATEKEEPER = ("gatekeeper", "Gatekeeper", "把关者")
    INITIATOR = ("initiator", "Initiator", "发起者")


class Attitude(Labeled):
    STRONGLY_SUPPORTIVE = (2, "Strongly supportive", "强烈支持")
    SUPPORTIVE = (1, "Supportive", "支持")
    NEUTRAL = (0, "Neutral", "中立")
    OPPOSED = (-1, "Opposed", "反对")
    STRONGLY_OPPOSED = (-2, "Strongly opposed", "强烈反对")


class Influence(Labeled):
    HIGH = ("high", "High", "高")
    MEDIUM = ("medium", "Medium", "中")
    LOW = ("low", "Low", "低")


class RelationshipLevel(Labeled):
    """The relationship pyramid (关系金字塔), 0-5."""

    L0 = (0, "Doesn't know my name", "不知道我名字的人")
    L1 = (1, "Knows my name", "知道我名字的人")
    L2 = (2, "Likes me", "喜欢我的人")
    L3 = (3, "Is friendly to me", "对我友好的人")
    L4 = (4, "Respects me", "尊重我的人")
    L5 = (5, "Values our relationship", "看重与我关系的人")


class VisitStatus(Labeled):
    PLANNED = ("planned", "Planned", "计划")
    DONE = ("done", "Done", "已完成")
    CANCELLED = ("cancelled", "Cancelled", "已取消")
    RESCHEDULED = ("rescheduled", "Rescheduled", "已改期")
    MISSED = ("missed", "Missed", "未成行")


class VisitMethod(Labeled):
    IN_PERSON = ("in_person", "In person", "上门拜访")
    PHONE = ("phone", "Phone", "电话")
    EMAIL = ("email", "E-mail", "邮件")
    WECHAT = ("wechat", "WeChat", "微信")
    VIDEO = ("video", "Video call", "视频会议")
    EVENT = ("event", "Event", "活动")


class VisitPurpose(Labeled):
    FIRST_VISIT = ("first_visit", "First visit", "初次拜访")
    NEEDS_RESEARCH = ("needs_research", "Needs research", "需求调研")
    SOLUTION_DEMO = ("solution_demo", "Solution demo", "方案演示")
    NEGOTIATION = ("negotiation", "Negotiation", "商务谈判")
    CONTRACT = ("contract", "Contract signing", "签约")
    AFTER_SALES = ("after_sales", "After-sales service", "售后服务")
    REVISIT = ("revisit", "Revisit", "回访")
    COMPLAINT_HANDLING = ("complaint_handling", "Complaint handling", "投诉处理")
    HOLIDAY_GREETING = ("holiday_greeting", "Holiday greeting", "节日问候")


class ComplaintCategory(Labeled):
    PRODUCT_QUALITY = ("product_quality", "Product quality", "产品质量")
    SERVICE_STAFF = ("service_staff", "Service staff", "服务人员")
    DELIVERY = ("delivery", "Delivery and logistics", "交付物流")
    PRICE = ("price", "Price", "价格")
    OTHER = ("other", "Other", "其他")


class ComplaintSeverity(Labeled):
    LOW = ("low", "Minor", "轻微")
    MEDIUM = ("medium", "Moderate", "一般")
    HIGH = ("high", "Serious", "严重")
    CRITICAL = ("critical", "Critical", "紧急")


class ComplaintStatus(Labeled):
    OPEN = ("open", "Open", "处理中")
    RESOLVED = ("resolved", "Resolved", "已解决")


class SpinStage(Labeled):
    SITUATION = ("S", "Situation", "情境问题")
    PROBLEM = ("P", "Problem", "难点问题")
    IMPLICATION = ("I", "Implication", "暗示问题")
    NEED_PAYOFF = ("N", "Need-payoff", "需求效益问题")


class RevisitRule(Labeled):
    AFTER_ORDER = ("after_order", "After order", "订单后回访")
    REPURCHASE = ("repurchase", "Repurchase due", "重复购买")
    PERIODIC = ("periodic", "Periodic by tier", "定期回访")
    COMPLAINT_OPENED = ("complaint_opened", "Complaint opened", "投诉受理")
    COMPLAINT_RESOLVED = ("complaint_resolved", "Complaint resolved", "投诉解决后回访")
    HOLIDAY = ("holiday", "Holiday greeting", "节日回访")
    BIRTHDAY = ("birthday", "Birthday", "生日问候")
    DORMANT = ("dormant", "Dormant account", "休眠激活")
    NEXT_STEP_OVERDUE = ("next_step_overdue", "Overdue next step", "后续行动逾期")
    VALUE_FALLING = ("value_falling", "Value falling", "价值下降")


class RevisitState(Labeled):
    DUE = ("due", "Due", "待回访")
    DONE = ("done", "Done", "已回访")
    SNOOZED = ("snoozed", "Snoozed", "已推迟")
    DISMISSED = ("dismissed", "Dismissed", "已忽略")


class RecordSource(Labeled):
    HQ = ("hq", "HQ", "总部")
    FIELD = ("field", "Field", "现场")


ALL_ENUMS: tuple[type[Labeled], ...] = (
    Grade, SizeClass, Industry, AccountSource, AccountStatus, LifecycleStage, SalesStage,
    RelationshipMarketingLevel, RelationshipMode, ValueTier, RevisitSegment, ValueQuadrant,
    DecisionLevel, BuyingRole, Attitude, Influence, RelationshipLevel, VisitStatus, VisitMethod,
    VisitPurpose, ComplaintCategory, ComplaintSeverity, ComplaintStatus, SpinStage, RevisitRule,
    RevisitState, RecordSource,
)
