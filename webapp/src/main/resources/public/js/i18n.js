// English and Simplified Chinese texts of the UI; the choice is remembered in localStorage.
const TEXTS = {
  en: {
    'nav.dashboard': 'Dashboard', 'nav.live': 'Live flow', 'nav.cdrs': 'Calls', 'nav.logout': 'Log out',
    'theme.toggle': 'Dark', 'theme.toggleBack': 'Light',
    'login.title': 'Log in', 'login.login': 'Login', 'login.password': 'Password', 'login.submit': 'Log in',
    'login.failed': 'Login refused',
    'dash.today': 'Today', 'dash.calls': 'Calls', 'dash.minutes': 'Billed minutes', 'dash.cost': 'Cost',
    'dash.byClass': 'Today by call class', 'dash.class': 'Class', 'dash.server': 'Server',
    'dash.status': 'Status', 'dash.lag': 'Pipeline lag (records)', 'dash.db': 'Database',
    'dash.connectors': 'PBX connectors', 'dash.pbx': 'PBX', 'dash.state': 'State', 'dash.records': 'Records',
    'dash.none': 'No calls yet today',
    'live.title': 'Live CDR flow', 'live.pause': 'Pause', 'live.resume': 'Resume', 'live.filter': 'Filter',
    'live.rate': 'calls/s', 'live.waiting': 'Waiting for calls…',
    'cdrs.title': 'Calls', 'cdrs.from': 'From', 'cdrs.to': 'To', 'cdrs.extension': 'Extension',
    'cdrs.class': 'Call class', 'cdrs.any': 'any', 'cdrs.sort': 'Sort', 'cdrs.apply': 'Apply',
    'cdrs.total': 'calls', 'cdrs.prev': 'Previous', 'cdrs.next': 'Next', 'cdrs.export': 'Export CSV',
    'sort.start': 'Oldest first', 'sort.-start': 'Newest first', 'sort.-cost': 'Most expensive', 'sort.-duration': 'Longest',
    'col.start': 'Start', 'col.calling': 'Calling', 'col.dialed': 'Dialed', 'col.class': 'Class',
    'col.duration': 'Duration (s)', 'col.cost': 'Cost', 'col.pbx': 'PBX',
    'call.title': 'Call', 'call.rating': 'Rating explanation', 'call.class': 'Classified as',
    'call.tariff': 'Tariff', 'call.duration': 'Duration', 'call.billed': 'Billed', 'call.rounded': 'Rounded up by',
    'call.cost': 'Cost', 'call.seconds': 's', 'call.back': 'Back to the calls', 'call.details': 'Record',
    'quality.title': 'Voice quality', 'quality.none': 'No quality reports for this call',
    'quality.device': 'Device', 'quality.number': 'Number', 'quality.reported': 'Reported', 'quality.mos': 'MOS',
    'quality.conceal': 'Conceal ratio', 'quality.sent': 'Packets sent', 'quality.received': 'Packets received',
    'quality.lost': 'Packets lost', 'quality.jitter': 'Jitter (ms)', 'quality.latency': 'Latency (ms)',
    'nav.tariffs': 'Tariffs', 'tariffs.title': 'Carriers and tariffs', 'tariffs.inForce': ' in force',
    'tariffs.noneInForce': 'No version is in force now.', 'tariffs.zone': 'Zone', 'tariffs.steps': 'First/increment (s)',
    'tariffs.prices': 'Price per minute by band', 'tariffs.from': 'New version starts (empty: now)',
    'tariffs.save': 'Save as new version', 'tariffs.saved': 'Saved; new calls are rated with',
    'tariffs.unchanged': 'Nothing changed.', 'tariffs.export': 'Export the tariff in force:',
    'tariffs.import': 'Import as new version',
    'tariffs.notEditable': 'The rating model is not a file (demo or site.* keys), so it cannot be edited here; see docs/rating.md.',
    'nav.connectors': 'PBX connectors', 'connectors.title': 'PBX connectors', 'connectors.name': 'Connector',
    'connectors.last': 'Last record', 'connectors.error': 'Last error', 'connectors.stop': 'Stop', 'connectors.start': 'Start',
    'connectors.note': 'A stopped connector receives nothing until it is started again; a server restart starts every connector.',
    'nav.units': 'Remote units', 'units.title': 'Remote units', 'units.link': 'Link', 'units.sessions': 'Sessions',
    'units.duplicates': 'Duplicates dropped', 'units.heard': 'Last heard', 'units.refused': 'Refused sessions',
    'units.silentSince': 'silent since {since}', 'units.neverHeard': 'silent: never heard from since the server started',
    'units.none': 'No PBX of this server is received over Bluewhale RSP.',
    'units.note': 'A unit is heard from by its records and its keep-alives; one heard from by neither for its rsp-silent-after is silent. Backlog, connector and error are what the unit itself last reported (records it holds that the server has not acknowledged yet).',
    'dash.unitSilent': 'Remote unit {pbx}:',
    'units.backlog': 'Unit backlog', 'units.connector': 'Unit connector', 'units.unitError': 'Unit last error',
    'units.reportedAt': 'Reported',
    'nav.operators': 'Operators', 'operators.title': 'Operators and roles', 'operators.login': 'Login',
    'operators.role': 'Role', 'operators.department': 'Department id (department managers)', 'operators.created': 'Created',
    'operators.unlock': 'Unlock', 'operators.new': 'New operator', 'operators.create': 'Create', 'operators.done': 'Done.',
    'role.administrator': 'Administrator', 'role.billing-manager': 'Billing manager',
    'role.department-manager': 'Department manager', 'role.auditor': 'Auditor',
    'nav.sites': 'Sites', 'sites.title': 'Sites and dial plans', 'sites.save': 'Save', 'sites.saved': 'Saved; new calls are rated with it.',
    'sites.notJson': 'Not valid JSON:', 'sites.extensions': 'Extensions', 'sites.access': 'Access codes', 'sites.carrier': 'Default carrier',
    'sites.help': 'Each site as the rating model has it (fields in docs/rating.md). The server checks the whole model before it uses a change.',
    'nav.whatif': 'Least cost', 'whatif.title': 'What-if: least-cost carrier per destination',
    'whatif.help': 'The calls of the period priced over every carrier plan; ✓ marks the cheapest plan that prices all calls of a destination.',
    'whatif.compare': 'Compare', 'whatif.calls': 'calls', 'whatif.notCompared': 'not comparable (internal, incoming)',
    'whatif.unpriced': 'unpriced', 'whatif.destination': 'Destination',
    'trace.title': 'How it is priced', 'trace.site': 'Site', 'trace.number': 'Number (E.164)',
    'trace.choice': 'Carrier chosen by', 'trace.actual': 'Carrier that priced it', 'trace.reference': 'Reference carrier',
    'trace.version': 'Tariff version', 'trace.prefix': 'Prefix → zone', 'trace.fee': 'Connection fee',
    'trace.exact': 'Exact amount before rounding', 'trace.band': 'Band', 'trace.tier': 'Tier', 'trace.span': 'Seconds',
    'trace.price': 'Price per minute', 'trace.savings': 'Saved against the reference carrier:',
    'trace.unpriced': 'No tariff applies to this call.',
    'trace.differs': 'The tariff model in place prices this call differently from when it was billed; billed:',
    'status.offline': 'The main database is unavailable since {since}. Billing goes on: {records} records are kept in the offline database and will be written to it when it is back.',
    'status.draining': 'The main database is back; {records} records kept in the offline database are being written to it.',
    'status.unreachable': 'The Bluewhale server does not answer.',
    'error.generic': 'The server answered'
  },
  zh: {
    'nav.dashboard': '仪表盘', 'nav.live': '话单流水', 'nav.cdrs': '话单查询', 'nav.logout': '退出',
    'theme.toggle': '深色', 'theme.toggleBack': '浅色',
    'login.title': '登录', 'login.login': '用户名', 'login.password': '密码', 'login.submit': '登录',
    'login.failed': '登录被拒绝',
    'dash.today': '今日', 'dash.calls': '通话数', 'dash.minutes': '计费分钟', 'dash.cost': '费用',
    'dash.byClass': '今日按呼叫类型', 'dash.class': '类型', 'dash.server': '服务器',
    'dash.status': '状态', 'dash.lag': '处理积压（条）', 'dash.db': '数据库',
    'dash.connectors': 'PBX 连接', 'dash.pbx': 'PBX', 'dash.state': '状态', 'dash.records': '记录数',
    'dash.none': '今日尚无通话',
    'live.title': '实时话单流水', 'live.pause': '暂停', 'live.resume': '继续', 'live.filter': '筛选',
    'live.rate': '条/秒', 'live.waiting': '等待话单…',
    'cdrs.title': '话单查询', 'cdrs.from': '开始', 'cdrs.to': '结束', 'cdrs.extension': '分机',
    'cdrs.class': '呼叫类型', 'cdrs.any': '全部', 'cdrs.sort': '排序', 'cdrs.apply': '查询',
    'cdrs.total': '条通话', 'cdrs.prev': '上一页', 'cdrs.next': '下一页', 'cdrs.export': '导出 CSV',
    'sort.start': '最早优先', 'sort.-start': '最新优先', 'sort.-cost': '费用最高', 'sort.-duration': '时长最长',
    'col.start': '开始时间', 'col.calling': '主叫', 'col.dialed': '被叫', 'col.class': '类型',
    'col.duration': '时长（秒）', 'col.cost': '费用', 'col.pbx': 'PBX',
    'call.title': '通话', 'call.rating': '计费说明', 'call.class': '呼叫类型',
    'call.tariff': '费率', 'call.duration': '通话时长', 'call.billed': '计费时长', 'call.rounded': '进位',
    'call.cost': '费用', 'call.seconds': '秒', 'call.back': '返回话单查询', 'call.details': '话单',
    'quality.title': '语音质量', 'quality.none': '此通话没有质量报告',
    'quality.device': '设备', 'quality.number': '号码', 'quality.reported': '报告时间', 'quality.mos': 'MOS',
    'quality.conceal': '隐藏比率', 'quality.sent': '发送包数', 'quality.received': '接收包数',
    'quality.lost': '丢包数', 'quality.jitter': '抖动（毫秒）', 'quality.latency': '延迟（毫秒）',
    'nav.tariffs': '费率', 'tariffs.title': '运营商与费率', 'tariffs.inForce': ' 现行',
    'tariffs.noneInForce': '当前没有生效的版本。', 'tariffs.zone': '区域', 'tariffs.steps': '首段/递增（秒）',
    'tariffs.prices': '各时段每分钟价格', 'tariffs.from': '新版本生效时间（留空：立即）',
    'tariffs.save': '保存为新版本', 'tariffs.saved': '已保存；新通话将按此计费：',
    'tariffs.unchanged': '没有改动。', 'tariffs.export': '导出现行费率：',
    'tariffs.import': '导入为新版本',
    'tariffs.notEditable': '计费模型不是文件（演示模型或 site.* 配置），无法在此编辑；见 docs/rating.md。',
    'nav.connectors': 'PBX 连接', 'connectors.title': 'PBX 连接', 'connectors.name': '连接方式',
    'connectors.last': '最后一条记录', 'connectors.error': '最近错误', 'connectors.stop': '停止', 'connectors.start': '启动',
    'connectors.note': '停止的连接在重新启动前不接收任何记录；服务器重启会启动所有连接。',
    'nav.units': '远程单元', 'units.title': '远程单元', 'units.link': '链路', 'units.sessions': '会话数',
    'units.duplicates': '丢弃的重复记录', 'units.heard': '最后联系', 'units.refused': '被拒会话',
    'units.silentSince': '自 {since} 起无任何消息', 'units.neverHeard': '无消息：服务器启动以来从未联系',
    'units.none': '本服务器没有通过 Bluewhale RSP 接收的 PBX。',
    'units.note': '远程单元的记录和保活消息都算联系；超过其 rsp-silent-after 两者皆无即为无消息。积压、本地连接和错误是单元自己最近一次报告的（单元上尚未被服务器确认的记录）。',
    'dash.unitSilent': '远程单元 {pbx}：',
    'units.backlog': '单元积压', 'units.connector': '单元本地连接', 'units.unitError': '单元最近错误',
    'units.reportedAt': '报告时间',
    'nav.operators': '操作员', 'operators.title': '操作员与角色', 'operators.login': '用户名',
    'operators.role': '角色', 'operators.department': '部门编号（部门经理）', 'operators.created': '创建时间',
    'operators.unlock': '解锁', 'operators.new': '新建操作员', 'operators.create': '创建', 'operators.done': '已完成。',
    'role.administrator': '管理员', 'role.billing-manager': '计费经理',
    'role.department-manager': '部门经理', 'role.auditor': '审计员',
    'nav.sites': '站点', 'sites.title': '站点与拨号方案', 'sites.save': '保存', 'sites.saved': '已保存；新通话将按此计费。',
    'sites.notJson': '不是有效的 JSON：', 'sites.extensions': '分机', 'sites.access': '出局码', 'sites.carrier': '默认运营商',
    'sites.help': '计费模型中的各站点（字段见 docs/rating.md）。服务器在使用改动前会检查整个模型。',
    'nav.whatif': '最低成本', 'whatif.title': '假设分析：各目的地最低成本运营商',
    'whatif.help': '按每个运营商资费计算该时段的通话费用；✓ 表示能为该目的地全部通话计费且费用最低的资费。',
    'whatif.compare': '比较', 'whatif.calls': '条通话', 'whatif.notCompared': '条无法比较（内部、呼入）',
    'whatif.unpriced': '条未计费', 'whatif.destination': '目的地',
    'trace.title': '计费过程', 'trace.site': '站点', 'trace.number': '号码（E.164）',
    'trace.choice': '运营商选择依据', 'trace.actual': '计费运营商', 'trace.reference': '参考运营商',
    'trace.version': '资费版本', 'trace.prefix': '前缀 → 区域', 'trace.fee': '接续费',
    'trace.exact': '取整前的精确金额', 'trace.band': '时段', 'trace.tier': '阶梯', 'trace.span': '秒',
    'trace.price': '每分钟单价', 'trace.savings': '相对参考运营商节省：',
    'trace.unpriced': '此通话没有适用的资费。',
    'trace.differs': '当前资费模型对此通话的计费与当时不同；当时计费：',
    'status.offline': '主数据库自 {since} 起不可用。计费照常进行：{records} 条记录暂存在离线数据库中，主数据库恢复后将写入。',
    'status.draining': '主数据库已恢复，正在写入离线数据库中暂存的 {records} 条记录。',
    'status.unreachable': 'Bluewhale 服务器没有响应。',
    'error.generic': '服务器返回'
  }
};

let language = localStorage.getItem('bw.lang') === 'zh' ? 'zh' : 'en';

export function t(key) {
  return TEXTS[language][key] ?? TEXTS.en[key] ?? key;
}

export function currentLanguage() {
  return language;
}

export function setLanguage(lang) {
  language = lang === 'zh' ? 'zh' : 'en';
  localStorage.setItem('bw.lang', language);
  applyTexts(document);
}

/** Fills every element marked data-i18n with the text of its key. */
export function applyTexts(root) {
  document.documentElement.lang = language === 'zh' ? 'zh-CN' : 'en';
  root.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
}

export const LANGUAGES = Object.keys(TEXTS);
export const KEYS = Object.keys(TEXTS.en);
export function keysOf(lang) { return Object.keys(TEXTS[lang]); }
