"""The SPIN question bank every new book starts with (DOMAIN §6.2).

Open questions only, asked in order: situation, problem, implication, need-payoff. The Chinese
text is what a rep asks; the English is its natural rendering for an English interface.
"""

from __future__ import annotations

from dataclasses import dataclass

from kam_desktop.domain.enums import SpinStage


@dataclass(frozen=True)
class SeedQuestion:
    stage: SpinStage
    zh: str
    en: str


_S = SpinStage.SITUATION
_P = SpinStage.PROBLEM
_I = SpinStage.IMPLICATION
_N = SpinStage.NEED_PAYOFF

SEED_QUESTIONS: tuple[SeedQuestion, ...] = (
    # S: facts about the customer's current situation
    SeedQuestion(
        _S, "您现在使用的产品是哪家公司的？", "Whose products are you using at the moment?"
    ),
    SeedQuestion(
        _S,
        "贵公司目前的设备规模和运行情况是怎样的？",
        "How much equipment do you run, and how is it running?",
    ),
    SeedQuestion(
        _S,
        "现在的采购流程是怎样的，一般由哪些部门参与？",
        "How does purchasing work today, and which departments take part?",
    ),
    SeedQuestion(
        _S,
        "设备的日常维护保养是由谁负责的？",
        "Who looks after the day-to-day maintenance of your equipment?",
    ),
    SeedQuestion(
        _S,
        "贵公司每年在这方面的预算是怎样安排的？",
        "How is the yearly budget for this area usually set?",
    ),
    SeedQuestion(
        _S, "您和现在的供应商合作多久了？", "How long have you worked with your current supplier?"
    ),
    SeedQuestion(
        _S,
        "今年公司在生产和经营上有哪些重点目标？",
        "What are the company's main production and business goals this year?",
    ),
    SeedQuestion(
        _S,
        "目前的能耗和运维成本是怎么统计的？",
        "How do you keep track of energy use and running costs today?",
    ),
    SeedQuestion(
        _S,
        "未来一两年有扩产或新建项目的计划吗？",
        "What plans do you have for expansion or new projects in the next year or two?",
    ),
    SeedQuestion(
        _S,
        "采购决策一般由哪几位领导参与？",
        "Which managers usually take part in a purchasing decision?",
    ),
    SeedQuestion(
        _S, "您负责的工作范围主要包括哪些？", "What does your own area of responsibility cover?"
    ),
    SeedQuestion(
        _S,
        "在选择供应商时，贵公司最看重哪些方面？",
        "What matters most to you when you choose a supplier?",
    ),
    # P: difficulties and dissatisfactions
    SeedQuestion(_P, "您现在面临什么样的难题？", "What difficulties are you facing at the moment?"),
    SeedQuestion(
        _P,
        "对现在使用的产品，有哪些地方不太满意？",
        "What are you less than happy with in the products you use now?",
    ),
    SeedQuestion(
        _P,
        "设备运行中最让您头疼的问题是什么？",
        "What gives you the biggest headache in running the equipment?",
    ),
    SeedQuestion(
        _P,
        "现在的供应商在服务响应上表现如何？",
        "How does your current supplier do when you need service?",
    ),
    SeedQuestion(
        _P,
        "在控制成本方面，遇到的最大阻力是什么？",
        "What is the biggest obstacle to keeping costs down?",
    ),
    SeedQuestion(
        _P,
        "停机或故障一般是由哪些原因造成的？",
        "What usually causes stoppages or breakdowns?",
    ),
    SeedQuestion(
        _P,
        "现在的工作方式中，哪些环节比较费时费力？",
        "Which steps of the way you work now take the most time and effort?",
    ),
    SeedQuestion(
        _P,
        "在环保和安全检查方面，您遇到了哪些压力？",
        "What pressure are environmental and safety inspections putting on you?",
    ),
    SeedQuestion(
        _P,
        "库存和备件管理方面存在哪些问题？",
        "What problems do you see in managing stock and spare parts?",
    ),
    SeedQuestion(
        _P,
        "您觉得目前的方案有哪些地方跟不上业务发展？",
        "Where does the current solution fall behind the growth of the business?",
    ),
    SeedQuestion(
        _P,
        "一线员工在使用中反映最多的问题是什么？",
        "What do the people on the shop floor complain about most?",
    ),
    # I: consequences of the problems, to grow urgency
    SeedQuestion(
        _I,
        "这个问题会给企业带来什么样的损失？",
        "What losses does this problem cause the company?",
    ),
    SeedQuestion(
        _I,
        "如果问题持续下去，对今年的生产计划会有什么影响？",
        "If the problem goes on, how will it affect this year's production plan?",
    ),
    SeedQuestion(
        _I,
        "一次非计划停机大概会造成多少产量和订单的损失？",
        "Roughly how much output and how many orders does one unplanned stoppage cost?",
    ),
    SeedQuestion(
        _I,
        "这个问题对产品质量和客户投诉有什么影响？",
        "How does this problem affect product quality and customer complaints?",
    ),
    SeedQuestion(
        _I,
        "能耗偏高会给全年的成本目标带来多大压力？",
        "How much pressure does the high energy use put on this year's cost target?",
    ),
    SeedQuestion(
        _I,
        "如果环保检查不达标，公司可能面临什么后果？",
        "What could the company face if it failed an environmental inspection?",
    ),
    SeedQuestion(
        _I,
        "频繁维修对设备寿命和维修费用有什么影响？",
        "How does frequent repair affect equipment life and repair bills?",
    ),
    SeedQuestion(
        _I,
        "这件事对您部门的考核会有什么影响？",
        "How does this affect your department's performance review?",
    ),
    SeedQuestion(
        _I,
        "如果竞争对手先解决了这个问题，对贵公司意味着什么？",
        "What would it mean for you if a competitor solved this problem first?",
    ),
    SeedQuestion(
        _I,
        "这个问题对员工的工作量和安全有什么影响？",
        "How does this problem affect your staff's workload and safety?",
    ),
    SeedQuestion(
        _I,
        "问题拖延下去，后续的整改成本会怎样变化？",
        "If it drags on, how will the cost of putting it right change?",
    ),
    # N: the value of solving it, stated by the customer
    SeedQuestion(_N, "您需要我们做些什么？", "What would you need us to do?"),
    SeedQuestion(
        _N,
        "如果能把故障率降下来，对您有什么帮助？",
        "How would it help you if the breakdown rate came down?",
    ),
    SeedQuestion(
        _N,
        "如果每年能节省一成的能耗费用，这笔钱对公司意味着什么？",
        "What would saving a tenth of the energy bill each year mean for the company?",
    ),
    SeedQuestion(
        _N,
        "一套能实时监测设备状态的方案，对您的工作有什么价值？",
        "What would real-time monitoring of machine condition be worth to your work?",
    ),
    SeedQuestion(
        _N,
        "如果供应商能做到4小时到场服务，会给您带来哪些便利？",
        "What would it make easier for you if a supplier were on site within four hours?",
    ),
    SeedQuestion(
        _N,
        "解决这个问题后，您最希望看到哪些变化？",
        "Once this is solved, which changes would you most like to see?",
    ),
    SeedQuestion(
        _N,
        "如果采购和库存管理更简单，您的团队能把精力放到哪里？",
        "If purchasing and stock were simpler, where could your team put its effort?",
    ),
    SeedQuestion(
        _N,
        "这个方案如果成功，对您在公司内部的汇报有什么帮助？",
        "If this works, how would it help you when you report on it inside the company?",
    ),
    SeedQuestion(
        _N,
        "您觉得什么样的结果能让领导层认可这笔投入？",
        "What result would convince your management that the spending was worth it?",
    ),
    SeedQuestion(
        _N,
        "如果先在一条产线上试点，您希望验证哪些效果？",
        "If we ran a pilot on one line first, which effects would you want it to prove?",
    ),
    SeedQuestion(
        _N,
        "除了降低成本，这个方案还能在哪些方面帮到您？",
        "Apart from lower costs, where else could this help you?",
    ),
)
