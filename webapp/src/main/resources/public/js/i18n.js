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
    'nav.operators': 'Operators', 'operators.title': 'Operators and roles', 'operators.login': 'Login',
    'operators.role': 'Role', 'operators.department': 'Department id (department managers)', 'operators.created': 'Created',
    'operators.unlock': 'Unlock', 'operators.new': 'New operator', 'operators.create': 'Create', 'operators.done': 'Done.',
    'role.administrator': 'Administrator', 'role.billing-manager': 'Billing manager',
    'role.department-manager': 'Department manager', 'role.auditor': 'Auditor',
    'nav.sites': 'Sites', 'sites.title': 'Sites and dial plans', 'sites.save': 'Save', 'sites.saved': 'Saved; new calls are rated with it.',
    'sites.notJson': 'Not valid JSON:', 'sites.extensions': 'Extensions', 'sites.access': 'Access codes', 'sites.carrier': 'Default carrier',
    'sites.help': 'Each site as the rating model has it (fields in docs/rating.md). The server checks the whole model before it uses a change.',
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
    'nav.operators': '操作员', 'operators.title': '操作员与角色', 'operators.login': '用户名',
    'operators.role': '角色', 'operators.department': '部门编号（部门经理）', 'operators.created': '创建时间',
    'operators.unlock': '解锁', 'operators.new': '新建操作员', 'operators.create': '创建', 'operators.done': '已完成。',
    'role.administrator': '管理员', 'role.billing-manager': '计费经理',
    'role.department-manager': '部门经理', 'role.auditor': '审计员',
    'nav.sites': '站点', 'sites.title': '站点与拨号方案', 'sites.save': '保存', 'sites.saved': '已保存；新通话将按此计费。',
    'sites.notJson': '不是有效的 JSON：', 'sites.extensions': '分机', 'sites.access': '出局码', 'sites.carrier': '默认运营商',
    'sites.help': '计费模型中的各站点（字段见 docs/rating.md）。服务器在使用改动前会检查整个模型。',
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
