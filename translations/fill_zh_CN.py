#!/usr/bin/env python3
"""Fills translations/audit-console_zh_CN.ts from the table below (run after lupdate).

Keeps the .ts complete: it fails, listing them, when a source text has no translation.
"""
import sys
import xml.etree.ElementTree as ET

ZH = {
    # Command line
    'Loading…': '正在加载…',
    'Start time (RFC 3339 or YYYY-MM-DD[ HH:MM], UTC).': '开始时间（RFC 3339 或 YYYY-MM-DD[ HH:MM]，UTC）。',
    'End time, exclusive.': '结束时间（不含）。',
    'Only the last 15m, 1h, 1d, 7d, 30d, any <n>m|h|d, or all, back from the newest event.':
        '只看最近 15m、1h、1d、7d、30d、任意 <n>m|h|d 或 all，从最新事件往前算。',
    "Log Service search statement, e.g. 'verb: create and objectRef.subresource: exec'.":
        "日志服务查询语句，例如 'verb: create and objectRef.subresource: exec'。",
    'Only this namespace (repeatable, or comma-separated).': '只看此命名空间（可重复，或用逗号分隔）。',
    'Only this operator: a RAM sub-account id or any user (repeatable).': '只看此操作账号：RAM 子账号 ID 或任意用户（可重复）。',
    'Only this status code or class, e.g. 403 or 4xx (repeatable).': '只看此状态码或状态码类别，例如 403 或 4xx（可重复）。',
    'Leave out nodes, service accounts and control-plane components.': '排除节点、服务账号和控制面组件。',
    'Loader threads (default: one per core).': '加载线程数（默认每个核一个）。',
    'search statement: %1\n  %2\n  %3^\n': '查询语句：%1\n  %2\n  %3^\n',
    'cannot read --last "%1": use 15m, 1h, 1d, 7d, 30d, <n>m|h|d or all\n':
        '无法识别 --last "%1"：请用 15m、1h、1d、7d、30d、<n>m|h|d 或 all\n',
    'cannot read the time "%1"\n': '无法识别时间 "%1"\n',
    "note: the analytic part after '|' runs only on Log Service and was not run here: %1\n":
        "注意：'|' 之后的分析语句只在日志服务中执行，此处未执行：%1\n",
    'no audit events could be loaded\n': '未能加载任何审计事件\n',
    'Prints an ACK audit report of Kubernetes API-server audit logs.\nReports: overview, resources, detail (with --resource).':
        '输出 Kubernetes API Server 审计日志的 ACK 审计报表。\n报表：overview、resources、detail（需 --resource）。',
    'overview | resources | detail': 'overview | resources | detail',
    'Audit log files or folders.': '审计日志文件或文件夹。',
    'text, json or csv.': 'text、json 或 csv。',
    'Resource of the detail report (plural, e.g. deployments, pods/exec, aliyunlogconfigs).':
        '详细列表报表的资源（复数形式，例如 deployments、pods/exec、aliyunlogconfigs）。',
    'Entries in each top list (default 10).': '每个排行列表的条目数（默认 10）。',
    'Operations listed by the detail report (default 100).': '详细列表报表列出的操作数（默认 100）。',
    'usage: audit-console report overview|resources|detail [options] FILE|DIR...\n':
        '用法：audit-console report overview|resources|detail [选项] 文件|目录...\n',
    'unknown report "%1": use overview, resources or detail\n': '未知报表 "%1"：请用 overview、resources 或 detail\n',
    'the detail report needs --resource, e.g. --resource deployments\n': 'detail 报表需要 --resource，例如 --resource deployments\n',
    'unknown format "%1": use text, json or csv\n': '未知格式 "%1"：请用 text、json 或 csv\n',
    'Prints the audit records that match a search, in time order.': '按时间顺序输出与查询匹配的审计记录。',
    'jsonl (the raw events) or csv.': 'jsonl（原始事件）或 csv。',
    'At most this many records (default: all).': '最多输出的记录数（默认全部）。',
    'usage: audit-console events [--query STATEMENT] [--format jsonl|csv] [--limit N] FILE|DIR...\n':
        '用法：audit-console events [--query 查询语句] [--format jsonl|csv] [--limit N] 文件|目录...\n',
    'unknown format "%1": use jsonl or csv\n': '未知格式 "%1"：请用 jsonl 或 csv\n',
    '%n matching record(s)\n': '%n 条匹配记录\n',
    '%1 changed on disk while loading; its events are not printed\n': '%1 在加载后被修改，其中的事件未输出\n',
    # Charts
    'No matching requests': '没有匹配的请求',
    'Export Chart as PNG…': '导出图表为 PNG…',
    'Export Chart': '导出图表',
    'PNG images (*.png)': 'PNG 图片 (*.png)',
    'Requests': '请求数',
    '(none)': '（无）',
    '%1: %2 requests': '%1：%2 个请求',
    '%1: %2 requests (%3%)': '%1：%2 个请求（%3%）',
    'Other': '其他',
    '%1 – %2: %3 requests': '%1 – %2：%3 个请求',
    '%1, %2: %3 requests': '%1，%2：%3 个请求',
    # Detail page
    'Resource, e.g. deployments, pods/exec, aliyunlogconfigs': '资源，例如 deployments、pods/exec、aliyunlogconfigs',
    'Any resource in its plural form; CRDs too (type it if it is not listed)': '任意资源的复数形式，CRD 也可以（不在列表中时直接输入）',
    '&Resource:': '资源(&R)：',
    'Requests on this resource — click to list them': '对此资源的请求——点击列出',
    'Success rate': '成功率',
    'Requests with a final code below 400 — click to list the failures': '最终状态码低于 400 的请求——点击列出失败的请求',
    'Namespace distribution': '命名空间分布',
    'Operations': '操作',
    'Requests over time': '请求趋势',
    'Operations, newest first (the first 5,000)': '操作列表，最新在前（前 5,000 条）',
    'Namespace distribution of %1': '%1 的命名空间分布',
    '(cluster-scoped)': '（集群级）',
    'Resource Details': '资源操作详细列表',
    # Event detail
    'Copy': '复制',
    'Show the event as JSON or YAML': '以 JSON 或 YAML 显示事件',
    'Copy the event (Ctrl+Shift+C)': '复制事件 (Ctrl+Shift+C)',
    'The stages of this request; select one to show it': '此请求的各个阶段；选择一个以显示',
    'Select an event to see it whole.': '选择一个事件以查看完整内容。',
    '%1 — code %2 — %3': '%1 — 状态码 %2 — %3',
    '%1, line %2 · auditID %3': '%1，第 %2 行 · auditID %3',
    '%1 was truncated or replaced since it was loaded; reload it (F5) to see this event.': '%1 在加载后被截断或替换；请重新加载（F5）以查看此事件。',
    # Event table
    'Time': '时间',
    'Operator': '操作账号',
    'Verb': '动作',
    'Resource': '资源',
    'Namespace': '命名空间',
    'Name': '名称',
    'Code': '状态码',
    'Source IP': '源地址',
    'User agent': 'User Agent',
    'Stage': '阶段',
    'Container': '容器',
    'Command': '命令',
    'TTY / stdin': 'TTY / stdin',
    'tty, stdin': 'tty，stdin',
    'tty': 'tty',
    'stdin': 'stdin',
    '%Ln matching request(s), newest first; select one to see the whole event': '%Ln 个匹配请求，最新在前；选择一个以查看完整事件',
    'Events': '事件',
    # Filter bar
    'Hide system components': '隐藏系统组件',
    'RAM sub-account': 'RAM 子账号',
    'Status code': '状态码',
    "Leave out nodes, service accounts, the API server, scheduler and controller manager (the ACK documentation's query)":
        '排除节点、服务账号、API Server、调度器和控制器管理器（即 ACK 文档中的查询）',
    'Last 15 minutes': '最近 15 分钟',
    'Last hour': '最近 1 小时',
    'Last day': '最近 1 天',
    'Last 7 days': '最近 7 天',
    'Last 30 days': '最近 30 天',
    'All time': '全部时间',
    'Custom range…': '自定义时间范围…',
    'Measured back from the newest event loaded': '从已加载的最新事件往前计算',
    'Clear filters': '清除筛选',
    "The part after '|' runs only on Log Service: %1": "'|' 之后的部分只在日志服务中执行：%1",
    'Any': '全部',
    'Show every operator, not only RAM sub-accounts': '显示所有操作账号，而不只是 RAM 子账号',
    'Class %1': '%1 类',
    '(no values under the current filters)': '（当前筛选条件下没有值）',
    '… %n more: type them in the search box': '… 还有 %n 个：请在查询框中输入',
    'Custom Time Range': '自定义时间范围',
    'From': '从',
    'To': '到',
    'namespace %1': '命名空间 %1',
    'account %1': '账号 %1',
    'code %1': '状态码 %1',
    'system components hidden': '已隐藏系统组件',
    'search “%1”': '查询“%1”',
    'all time': '全部时间',
    '%1 – %2': '%1 – %2',
    'last %1': '最近 %1',
    'All requests, %1': '全部请求，%1',
    'Filtered: %1; %2': '已筛选：%1；%2',
    '%1 (%2)': '%1（%2）',
    # Key counts
    'Share': '占比',
    # Main window
    'Audit Console': '审计控制台',
    'Cancel': '取消',
    'Open an audit log: File ▸ Open, or drop files here.': '打开审计日志：文件 ▸ 打开，或把文件拖到这里。',
    'Loading %1…': '正在加载 %1…',
    '%n files': '%n 个文件',
    '%n problem(s)': '%n 个问题',
    'Lines and files that could not be loaded, with file, line and reason': '未能加载的行和文件，含文件、行号和原因',
    '%1 records · %2 requests · %n file(s)': '%1 条记录 · %2 个请求 · %n 个文件',
    'Exporting %1 rows…': '正在导出 %1 行…',
    'Loaded in %1 s': '加载用时 %1 秒',
    '%1 — Audit Console': '%1 — 审计控制台',
    '&File': '文件(&F)',
    '&Open Files…': '打开文件(&O)…',
    'Open Audit Logs': '打开审计日志',
    'Audit logs (*.log *.json *.jsonl *.gz *.audit *.log.*);;All files (*)': '审计日志 (*.log *.json *.jsonl *.gz *.audit *.log.*);;所有文件 (*)',
    'Open &Folder…': '打开文件夹(&F)…',
    'Open a Folder of Audit Logs': '打开审计日志文件夹',
    'Open &Recent': '最近打开(&R)',
    'Re&load': '重新加载(&L)',
    '&Export Table as CSV…': '导出表格为 CSV(&E)…',
    'Export &Charts as PNG…': '导出图表为 PNG(&C)…',
    '&Quit': '退出(&Q)',
    '&View': '视图(&V)',
    '&Back': '后退(&B)',
    '&Forward': '前进(&F)',
    '&Search': '查询(&S)',
    '&Settings': '设置(&S)',
    '&Preferences…': '首选项(&P)…',
    '&Help': '帮助(&H)',
    'Search &Syntax': '查询语法(&S)',
    'Search Syntax': '查询语法',
    "<p>The Log Service search statement, as in the ACK console:</p><ul><li><code>verb: create</code> — a token of the field's value</li><li><code>objectRef.name: nginx-*</code> — wildcards <code>*</code> and <code>?</code></li><li><code>responseStatus.code &gt;= 400</code>, <code>latencyMs &gt; 1000</code>, <code>responseStatus.code: 4xx</code></li><li><code>and</code>, <code>or</code>, <code>not</code>, parentheses; terms side by side mean <code>and</code></li><li>a bare word or a quoted phrase searches the whole event</li><li>derived fields: <code>operator</code>, <code>accountType</code>, <code>sourceScope</code>, <code>category</code>, <code>operation</code></li></ul><p>Up and Down recall earlier searches; Escape clears.</p>":
        "<p>与 ACK 控制台相同的日志服务查询语句：</p><ul><li><code>verb: create</code> —— 字段值中的一个词</li><li><code>objectRef.name: nginx-*</code> —— 通配符 <code>*</code> 和 <code>?</code></li><li><code>responseStatus.code &gt;= 400</code>、<code>latencyMs &gt; 1000</code>、<code>responseStatus.code: 4xx</code></li><li><code>and</code>、<code>or</code>、<code>not</code> 和括号；并列的条件表示 <code>and</code></li><li>单独的词或带引号的短语在整个事件中全文查询</li><li>派生字段：<code>operator</code>、<code>accountType</code>、<code>sourceScope</code>、<code>category</code>、<code>operation</code></li></ul><p>上下方向键调出以前的查询；Esc 清空。</p>",
    '&About Audit Console': '关于审计控制台(&A)',
    'About Audit Console': '关于审计控制台',
    '<h3>Audit Console %1</h3><p>Kubernetes API-server audit logs with the reports of ACK cluster auditing.</p><p>Qt %2 · syntax highlighting: %3 · GeoIP: %4</p>':
        '<h3>审计控制台 %1</h3><p>用 ACK 集群审计的报表查看 Kubernetes API Server 审计日志。</p><p>Qt %2 · 语法高亮：%3 · GeoIP：%4</p>',
    'libmaxminddb': 'libmaxminddb',
    'not built in': '未编译进来',
    'GeoIP database %1: %2': 'GeoIP 数据库 %1：%2',
    '%1 and %n more': '%1 等另外 %n 个',
    'Clear Recent': '清除最近打开',
    'Load Problems': '加载问题',
    'File': '文件',
    'Line': '行',
    'Reason': '原因',
    '%n line(s) or item(s) skipped; everything else loaded. At most 200 are listed per file.':
        '跳过了 %n 行或条目，其余内容均已加载。每个文件最多列出 200 条。',
    'Export Table': '导出表格',
    'CSV files (*.csv)': 'CSV 文件 (*.csv)',
    'Cannot write %1': '无法写入 %1',
    'Export Charts to Folder': '导出图表到文件夹',
    'Exported %n chart(s) to %1': '已导出 %n 个图表到 %1',
    # Overview
    'All requests (one per auditID)': '全部请求（每个 auditID 一个）',
    'Public-network access': '公网访问',
    'Requests whose first source IP is public': '第一个源地址为公网地址的请求',
    'Unauthorized (401/403)': '未授权（401/403）',
    'Requests that ended in 401 or 403': '最终状态码为 401 或 403 的请求',
    'Created': '创建',
    'Requests with verb create': '动作为 create 的请求',
    'Deleted': '删除',
    'Requests with verb delete or deletecollection': '动作为 delete 或 deletecollection 的请求',
    'Command executions': '命令执行',
    'pods/exec: commands run in containers': 'pods/exec：在容器中执行的命令',
    'Attaches': '容器挂接',
    'pods/attach': 'pods/attach',
    'Secret access': '访问保密字典',
    'get, list or watch on secrets': '对 secrets 的 get、list 或 watch',
    '%1 — click to list them': '%1——点击列出',
    'Operations by RAM sub-account': '子账号操作统计',
    'Operations by operator': '操作账号统计',
    'Deletions by resource': '按资源统计删除操作',
    'Public-network access by source IP': '公网访问源地址统计',
    'Deletions': '删除操作',
    'Audit Overview': '审计中心概览',
    # Tables
    'Export Table as CSV…': '导出表格为 CSV…',
    'Compute': '计算',
    'Network': '网络',
    'Storage': '存储',
    'Category': '类别',
    'Create': '创建',
    'Update': '更新',
    'Delete': '删除',
    'Access': '访问',
    '%1 resources': '%1资源',
    'Resource Operations': '资源操作概览',
    # Search box
    'Search, e.g. verb: delete and objectRef.namespace: prod-*   (Ctrl+F)': '查询，例如 verb: delete and objectRef.namespace: prod-*   (Ctrl+F)',
    'Search': '查询',
    'Column %1: %2': '第 %1 列：%2',
    # Session
    'Loading cancelled.': '已取消加载。',
    'No audit events could be loaded.': '未能加载任何审计事件。',
    'Loaded %n record(s)': '已加载 %n 条记录',
    # Backends and sources
    'Not enough memory to answer this query.': '内存不足，无法完成此查询。',
    'The source failed: %1': '数据源出错：%1',
    'The source failed with an unknown error.': '数据源出现未知错误。',
    'Cancelled.': '已取消。',
    'The source answered %1 of %2 queries.': '数据源只回答了 %2 个查询中的 %1 个。',
    'An events page is asked after one row or before one, not both.': '事件分页只能从某一行之后或之前取，不能同时指定。',
    'This source does not keep the raw events.': '此数据源不保存原始事件。',
    'Full-text search (words without a field) is not supported by this source.': '此数据源不支持全文检索（不带字段名的关键词）。',
    "The analytic part after '|' is not supported by this source; only the search before it is applied.":
        "此数据源不支持 '|' 之后的分析语句；只应用其前面的查询条件。",
    "note: the analytic part after '|' is not supported by this source and was not run here: %1\n":
        "注意：此数据源不支持 '|' 之后的分析语句，此处未执行：%1\n",
    'note: %1\n': '注意：%1\n',
    'error: %1\n': '错误：%1\n',
    'Prints the requests that match a search, in time order: each by its last stage.':
        '按时间顺序输出匹配查询的请求：每个请求以其最后阶段表示。',
    'At most this many requests (default: all).': '最多输出这么多请求（默认全部）。',
    'With jsonl: print every stage of each request, not only its last.': '与 jsonl 一起使用：输出每个请求的所有阶段，而不仅是最后一个。',
    '%n matching request(s)\n': '%n 个匹配的请求\n',
    'No event %1 in these files.': '这些文件中没有事件 %1。',
    '%1, line %2': '%1，第 %2 行',
    'Operations, newest first': '操作列表，最新的在前',
    'Loading the event…': '正在加载事件…',
    'This event cannot be shown: %1': '无法显示此事件：%1',
    '%1 · auditID %2': '%1 · auditID %2',
    'The raw event is gone: its file was truncated or replaced since it was loaded; reload it (F5) to see this event.':
        '原始事件已不可用：文件在加载后被截断或替换；请重新加载（F5）以查看此事件。',
    'shortened view: the first %1 characters are shown; Copy copies the whole event':
        '简略视图：只显示前 %1 个字符；“复制”会复制整个事件',
    'YAML is shown for events up to %1 MiB; this one has %2 MiB. The JSON view shows its beginning, and Copy copies all of it.':
        '只为不超过 %1 MiB 的事件显示 YAML；此事件有 %2 MiB。JSON 视图显示其开头部分，“复制”会复制全部内容。',
    'User': '用户',
    'Impersonated user': '被模拟用户',
    'Request URI': '请求 URI',
    'Audit ID': '审计 ID',
    'Latency (ms)': '耗时（毫秒）',
    'The events could not be listed: %1': '无法列出事件：%1',
    '%Ln matching request(s); select one to see the whole event': '%Ln 个匹配的请求；选中一个以查看完整事件',
    'time presets count back from the newest event, %1': '时间范围从最新事件（%1）往前计算',
    'time presets count back from now': '时间范围从当前时间往前计算',
    'Loaded in %1 s; %2': '加载用时 %1 秒；%2',
    'The figures could not be updated: %1 The figures below are from before this change and are stale.':
        '无法更新统计数据：%1 下面的数据来自此次更改之前，已过时。',
    'The figures could not be computed: %1': '无法计算统计数据：%1',
    'Nothing could be opened.': '无法打开任何数据。',
    'The reports could not be computed (out of memory?).': '无法计算报表（内存不足？）。',
    # Settings
    'Preferences': '首选项',
    'Follow the system': '跟随系统',
    'GeoLite2-City.mmdb or any MaxMind-format database': 'GeoLite2-City.mmdb 或任意 MaxMind 格式的数据库',
    'Browse…': '浏览…',
    'GeoIP Database': 'GeoIP 数据库',
    'MaxMind databases (*.mmdb);;All files (*)': 'MaxMind 数据库 (*.mmdb);;所有文件 (*)',
    'Country and region of public source IPs on the overview.': '在概览中显示公网源地址的国家和地区。',
    'This build has no libmaxminddb: GeoIP is off.': '此版本未包含 libmaxminddb：GeoIP 不可用。',
    'e.g. 47.96.0.0/16, 2408:4000::/20': '例如 47.96.0.0/16, 2408:4000::/20',
    'Your VPC ranges: source IPs in them count as private, not as public-network access': '您的 VPC 网段：其中的源地址算作私网，不算公网访问',
    '&Language:': '语言(&L)：',
    '&GeoIP database:': 'GeoIP 数据库(&G)：',
    '&Private ranges:': '私网网段(&P)：',
    '“%1” is not an address range such as 10.0.0.0/8.': '“%1”不是 10.0.0.0/8 这样的网段。',
    'Cannot open the GeoIP database %1: %2': '无法打开 GeoIP 数据库 %1：%2',
    'The new language applies when Audit Console starts again.': '新的语言在重新启动审计控制台后生效。',
}


def main(path):
    tree = ET.parse(path)
    missing = []
    for message in tree.getroot().iter('message'):
        source = message.find('source').text or ''
        translation = message.find('translation')
        if source not in ZH:
            missing.append(source)
            continue
        text = ZH[source]
        translation.attrib.pop('type', None)
        for child in list(translation):
            translation.remove(child)
        if message.get('numerus') == 'yes':
            translation.text = None
            form = ET.SubElement(translation, 'numerusform')
            form.text = text
        else:
            translation.text = text
    if missing:
        sys.exit('no translation for:\n  ' + '\n  '.join(repr(m) for m in missing))
    tree.write(path, encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    main(sys.argv[1] if len(sys.argv) > 1 else 'translations/audit-console_zh_CN.ts')
