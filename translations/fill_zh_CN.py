#!/usr/bin/env python3
"""Fills translations/audit-console_zh_CN.ts from the table below (run after lupdate).

Keeps the .ts complete: it fails, listing them, when a source text has no translation.
`fill_zh_CN.py --check COMMITTED.ts FRESH.ts` compares the committed file with a fresh lupdate
filled by this script (tests/i18n/check-translations.sh, a ctest entry).
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
    'error: --code takes a status code from 100 to 599 or a class from 1xx to 5xx, not “%1”\n':
        '错误：--code 需要 100 到 599 的状态码或 1xx 到 5xx 的状态码类别，而不是“%1”\n',
    'error: cannot read --last "%1": use 15m, 1h, 1d, 7d, 30d, <n>m|h|d or all\n':
        '错误：无法识别 --last "%1"：请用 15m、1h、1d、7d、30d、<n>m|h|d 或 all\n',
    'error: cannot read the time "%1" of --%2: use RFC 3339 or YYYY-MM-DD[ HH:MM[:SS]]\n':
        '错误：无法识别 --%2 的时间 "%1"：请用 RFC 3339 或 YYYY-MM-DD[ HH:MM[:SS]]\n',
    'error: --from %1 is not before --to %2: no time lies between them\n':
        '错误：--from %1 不早于 --to %2：两者之间没有时间\n',
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
    # The window as a newcomer meets it (issue 8)
    '%1 requests · %2 succeeded · %3 failed': '%1 个请求 · %2 个成功 · %3 个失败',
    'Succeeded': '成功',
    'Failed': '失败',
    '%1 (%2%)': '%1（%2%）',
    '%1 %2 · %3 succeeded · %4 failed': '%1 %2 · %3 个成功 · %4 个失败',
    'Time on %1 (%2)': '时间：%1（%2）',
    'Time, %1 – %2 (%3)': '时间：%1 – %2（%3）',
    'Time in %1 (%2)': '时间：%1 年（%2）',
    'Time (%1)': '时间（%1）',
    'Success rate: the share of requests whose final status code is below 400, of the requests that have one. A 404 from an existence check counts as a failure.':
        '成功率：在有状态码的请求中，最终状态码低于 400 的请求所占的比例。存在性检查返回的 404 也算作失败。',
    'Time (UTC)': '时间（UTC）',
    'newest first': '最新的在前',
    'oldest first': '最早的在前',
    'by %1, descending': '按%1降序',
    'by %1, ascending': '按%1升序',
    '%Ln matching request(s), %1; select one to see the whole event': '%Ln 个匹配的请求，%1；选中一个以查看完整事件',
    'Succeeded: final status code below 400. Failed: 400 or above (a 404 existence check counts as failed). Click either to list them.':
        '成功：最终状态码低于 400。失败：400 及以上（存在性检查返回的 404 也算失败）。点击任一项即可列出对应请求。',
    '<a href="ok" style="text-decoration:none">%1 succeeded</a> · <a href="failed" style="text-decoration:none;%3">%2 failed</a>':
        '<a href="ok" style="text-decoration:none">%1 个成功</a> · <a href="failed" style="text-decoration:none;%3">%2 个失败</a>',
    '%1 — not applied: the figures below are not filtered by a search': '%1 — 未应用：下面的数据未按查询语句过滤',
    '%1 — not applied: the figures below use the last valid search “%2”': '%1 — 未应用：下面的数据使用上一次有效的查询“%2”',
    'Times in %1': '时间以 %1 表示',
    'last 15 minutes': '最近 15 分钟',
    'last hour': '最近 1 小时',
    'last day': '最近 1 天',
    'last 7 days': '最近 7 天',
    'last 30 days': '最近 30 天',
    'a chosen range': '自定义时间范围',
    '%Ln matching request(s) outside this range': '此范围之外还有 %Ln 个匹配的请求',
    'show all time': '显示全部时间',
    'Every operator: users, service accounts, nodes, RAM sub-accounts': '所有操作账号：用户、服务账号、节点、RAM 子账号',
    'RAM sub-accounts (numeric ids) only; the menu can list every operator': '只列出 RAM 子账号（数字 ID）；菜单中可改为列出所有操作账号',
    'the files span %n day(s), more than the %1: showing all of them': '这些文件跨越 %n 天，超过了%1：显示全部时间',
    'No RAM sub-accounts in these requests': '这些请求中没有 RAM 子账号',
    'No deletions in these requests': '这些请求中没有删除操作',
    'No public-network access in these requests': '这些请求中没有公网访问',
    'Exporting events…': '正在导出事件…',
    'Exporting events… %1': '正在导出事件… %1',
    '%1 · %2 failed': '%1 · %2 个失败',
    '%1 requests · %2 succeeded · %3 failed — double-click to list them': '%1 个请求 · %2 个成功 · %3 个失败 — 双击即可列出',
    'Search (Ctrl+F)': '查询（Ctrl+F）',
    'Local time (%1)': '本地时间（%1）',
    'UTC': 'UTC',
    'How the window shows times; exports and the command line always use UTC': '窗口中时间的显示方式；导出和命令行始终使用 UTC',
    '&Times:': '时间(&T)：',
    # The audit policy workbench and its command line (issue 14)
    'usage: audit-console-cli report overview|resources|detail [options] FILE|DIR...\n       audit-console-cli events [options] FILE|DIR...\n       audit-console-cli ingest --clickhouse URL [--database D] [--table T] FILE|DIR...\n       audit-console-cli policy lint FILE | policy simulate POLICY [--compare P2] FILE|DIR...\n       audit-console-cli report --help          the report and filter options\n':
        '用法：audit-console-cli report overview|resources|detail [选项] 文件|目录...\n       audit-console-cli events [选项] 文件|目录...\n       audit-console-cli ingest --clickhouse 地址 [--database 库] [--table 表] 文件|目录...\n       audit-console-cli policy lint 文件 | policy simulate 策略 [--compare 策略2] 文件|目录...\n       audit-console-cli report --help          报表和过滤选项\n',
    'cannot read %1: %2\n': '无法读取 %1：%2\n',
    'usage: audit-console policy lint FILE\n': '用法：audit-console policy lint 文件\n',
    'Replays an audit policy over recorded events: the level each request would get, the rule that decides it, and what the log would keep and lose.':
        '用审计策略重放已记录的事件：每个请求会得到的级别、决定它的规则，以及日志会保留和丢失的内容。',
    'A second policy to compare with.': '用于对比的第二个策略。',
    'text or json.': 'text 或 json。',
    'The policy file.': '策略文件。',
    'usage: audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] FILE|DIR...\n':
        '用法：audit-console policy simulate 策略 [--compare 策略2] [--format text|json] 文件|目录...\n',
    'no audit events could be loaded: %1\n': '未能加载任何审计事件：%1\n',
    'this source does not return whole events; simulate over local files\n': '此数据源不返回完整事件；请对本地文件进行模拟\n',
    'usage: audit-console policy lint FILE\n       audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] FILE|DIR...\n':
        '用法：audit-console policy lint 文件\n       audit-console policy simulate 策略 [--compare 策略2] [--format text|json] 文件|目录...\n',
    'error': '错误',
    'warning': '警告',
    'note': '提示',
    '%1: %2 rule(s), %3 error(s), %4 warning(s)\n': '%1：%2 条规则，%3 个错误，%4 个警告\n',
    'Policy %1': '策略 %1',
    '  (the apiserver would refuse this policy; see `policy lint`)': '  （API Server 会拒绝此策略；请看 `policy lint`）',
    'recorded': '已记录',
    'kept': '保留',
    'dropped': '丢弃',
    'kept at %1': '以 %1 级别保留',
    'kept %1': '保留 %1 阶段',
    '  %1 request(s) would be logged above the level they were recorded at: their bodies are not in this log, so the bytes above are a lower bound.\n':
        '  有 %1 个请求会以高于其记录时的级别记录：它们的请求体不在此日志中，因此上面的字节数只是下限。\n',
    '&Tools': '工具(&T)',
    'Audit &Policy Workbench…': '审计策略工作台(&P)…',
    "ACK's Default &Audit Policy": 'ACK 默认审计策略(&A)',
    'Resource or path': '资源或路径',
    'Recorded at': '记录级别',
    'Policy gives': '策略级别',
    'Why': '原因',
    'no rule matches: None': '没有规则匹配：None',
    'rule %1 (line %2)': '规则 %1（第 %2 行）',
    '&Simulate': '模拟(&S)',
    'Audit Policy Workbench': '审计策略工作台',
    'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata': 'apiVersion: audit.k8s.io/v1\nkind: Policy\nrules:\n  - level: Metadata',
    'What the apiserver would reject (errors) and what loads but likely does not do what was meant (warnings); double-click to go there':
        'API Server 会拒绝的内容（错误），以及能加载但很可能不符合本意的内容（警告）；双击即可跳转',
    'Replay the policy over the loaded events (Ctrl+R)': '用此策略重放已加载的事件（Ctrl+R）',
    '&Open…': '打开(&O)…',
    '&Compare with…': '对比(&C)…',
    'A second policy, simulated beside this one': '第二个策略，与此策略并列模拟',
    'Only requests whose level changes': '只显示级别会变化的请求',
    'Open Audit Policy': '打开审计策略',
    'Audit policies (*.yaml *.yml *.json);;All files (*)': '审计策略 (*.yaml *.yml *.json);;所有文件 (*)',
    'Compare with Audit Policy': '与审计策略对比',
    'What the log keeps': '日志保留的内容',
    'Rules': '规则',
    'Cannot read %1: %2': '无法读取 %1：%2',
    '%1 — Audit Policy Workbench': '%1 — 审计策略工作台',
    'Comparing with %1: simulate to see both.': '与 %1 对比：运行模拟即可同时查看两者。',
    '%1:%2  %3: %4': '%1:%2  %3：%4',
    'No problems found.': '未发现问题。',
    '%n error(s): the apiserver would refuse this policy; a simulation shows what its rules would do.':
        '%n 个错误：API Server 会拒绝此策略；模拟可以显示其规则的效果。',
    'Simulation is not supported by this source: it needs whole events (local files).': '此数据源不支持模拟：模拟需要完整事件（本地文件）。',
    'Open an audit log first: the policy is simulated over its events.': '请先打开审计日志：策略会在其事件上模拟。',
    'Simulating over %n request(s)…': '正在对 %n 个请求进行模拟…',
    'Simulation cancelled.': '模拟已取消。',
    'This policy': '此策略',
    'Compared policy': '对比策略',
    'Kept': '保留',
    'Dropped': '丢弃',
    'Kept at %1': '以 %1 级别保留',
    'Kept at stage %1': '在 %1 阶段保留',
    'What': '项目',
    'Recorded': '已记录',
    '%1 requests · %2 records · %3': '%1 个请求 · %2 条记录 · %3',
    'Recorded in this log': '此日志中已记录',
    'Rule': '规则',
    '%1: line, level, requests': '%1：行、级别、请求数',
    'line %1 · %2 · %3': '第 %1 行 · %2 · %3',
    'none': '无',
    'no rule matches: None · %1': '没有规则匹配：None · %1',
    '%1 of %2 requests kept, %3 of %4 recorded.': '保留 %2 个请求中的 %1 个，%4 中的 %3。',
    '%n request(s) would be logged above the level they were recorded at: this log cannot show the bodies the policy would add.':
        '有 %n 个请求会以高于其记录时的级别记录：此日志无法显示策略会增加的请求体。',
    'The apiserver would refuse this policy as written (see the errors).': 'API Server 会拒绝按此编写的策略（见错误）。',
    '%1 records · %2': '%1 条记录 · %2',
    '%n rule(s); the apiserver would load this policy.': '%n 条规则；API Server 能加载此策略。',
    'the file has %1 MiB; an audit policy is read up to %2 MiB': '文件有 %1 MiB；审计策略最多读取 %2 MiB',
    'the policy expands to more than %1 values (through YAML aliases?): it is not read': '策略展开后超过 %1 个值（通过 YAML 别名？）：不予读取',
    # Log Service as a source
    # - backends
    'This source cannot run the SQL part after “|”.': '此数据源不能执行“|”之后的 SQL 部分。',
    'There is no SQL part after “|” to run.': '“|”之后没有可执行的 SQL 部分。',
    'A Log Service source needs an endpoint, a project and a logstore.': '日志服务数据源需要服务入口、Project 和 Logstore。',
    'This search cannot run on Log Service: %1': '此查询无法在日志服务中执行：%1',
    'Log Service': '日志服务',
    '%n request(s) to Log Service, %1 s, %2 KiB': '日志服务请求 %n 次，%1 秒，%2 KiB',
    'No event is selected.': '未选择事件。',
    '%1, record at %2 from %3': '%1，来自 %3、时间为 %2 的记录',
    '%1 holds no event “%2”.': '%1 中没有事件“%2”。',
    'The SQL part runs over the search statement only; move the conditions on derived fields (operator, exact values, categories) into the SQL.':
        'SQL 部分只基于查询语句的结果执行；请把派生字段（operator、精确值、类别）上的条件写进 SQL 中。',
    # - command line
    'Read a Log Service logstore instead of files: the region endpoint (cn-hangzhou.log.aliyuncs.com), or one with a scheme, address or port (http://127.0.0.1:8080).':
        '读取日志服务的 Logstore，而不是文件：地域的服务入口（Endpoint，如 cn-hangzhou.log.aliyuncs.com），或带协议、地址或端口的服务入口（如 http://127.0.0.1:8080）。',
    'The Log Service project (default k8s-log-<cluster id>).': '日志服务 Project（默认为 k8s-log-<集群ID>）。',
    'The Log Service logstore (default audit-<cluster id>).': '日志服务 Logstore（默认为 audit-<集群ID>）。',
    'The ACK cluster id, for the default project and logstore.': 'ACK 集群ID，用于得出默认的 Project 和 Logstore。',
    'Credentials from this aliyun CLI profile (~/.aliyun/config.json) instead of ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN.':
        '使用此 aliyun CLI 配置（~/.aliyun/config.json）中的凭证，而不是 ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN。',
    'a Log Service source needs --sls-endpoint and --sls-project and --sls-logstore (or --sls-cluster)\n':
        '日志服务数据源需要 --sls-endpoint、--sls-project 和 --sls-logstore（或 --sls-cluster）\n',
    'give either files or --sls-endpoint, not both\n': '请指定文件或 --sls-endpoint 之一，不能同时指定\n',
    'error: no Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), name an aliyun CLI profile with --sls-profile, or connect once from the window and remember the key%1\n':
        '错误：没有日志服务凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN），用 --sls-profile 指定 aliyun CLI 配置，或在窗口中连接一次并记住 AccessKey%1\n',
    'cannot open the source': '无法打开数据源',
    "note: a report counts with its own statements; run the part after '|' with `events`\n":
        "注意：报表使用自己的统计语句；'|' 之后的部分请用 `events` 执行\n",
    '%n row(s)\n': '%n 行\n',
    # - system keychain
    'the application has not started': '应用程序尚未启动',
    'it did not answer within %n seconds': '%n 秒内没有响应',
    'This build has no system keychain (it was built without QtKeychain).': '此版本不支持系统钥匙串（编译时未包含 QtKeychain）。',
    'Cannot read the credentials for %1 from the system keychain: %2': '无法从系统钥匙串读取 %1 的凭证：%2',
    "The system keychain's entry for %1 is not an AccessKey pair stored by Audit Console.":
        '系统钥匙串中 %1 的条目不是审计控制台保存的 AccessKey ID 和 AccessKey Secret。',
    'Cannot store the credentials for %1 in the system keychain: %2': '无法将 %1 的凭证保存到系统钥匙串：%2',
    'Cannot remove the credentials for %1 from the system keychain: %2': '无法从系统钥匙串删除 %1 的凭证：%2',
    # - Log Service errors
    "Log Service refused the signature: the AccessKey secret does not belong to the AccessKey ID, or the computer's clock is wrong.":
        '日志服务拒绝了签名：AccessKey Secret 与 AccessKey ID 不匹配，或本机时钟不准确。',
    'Log Service does not know this AccessKey ID.': '日志服务中不存在此 AccessKey ID。',
    'The STS security token is invalid or has expired.': 'STS Token 无效或已过期。',
    'These credentials may not read this logstore (a RAM policy must allow log:GetLogStoreLogs).':
        '此凭证无权读取该 Logstore（需要有允许 log:GetLogStoreLogs 的 RAM 权限策略）。',
    'The project does not exist in this region.': '此地域中不存在该 Project。',
    'The logstore does not exist in this project.': '此 Project 中不存在该 Logstore。',
    'The logstore has no index, so it cannot be searched; turn on indexing in Log Service.':
        '该 Logstore 未开启索引，因此无法查询；请在日志服务中开启索引。',
    'Log Service rejected the query.': '日志服务拒绝了此查询。',
    'Log Service is busy or the read quota is used up; try again in a moment.': '日志服务繁忙或读取配额已用完；请稍后重试。',
    'Log Service had an internal error.': '日志服务发生内部错误。',
    'Log Service answered with an error.': '日志服务返回了错误。',
    'HTTP %1': 'HTTP %1',
    'No Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, choose an aliyun CLI profile, or type an AccessKey in the connect dialog.':
        '没有日志服务凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，选择 aliyun CLI 配置，或在连接对话框中输入 AccessKey。',
    'The endpoint %1 has the scheme “%2”; use https:// or http://.': '服务入口 %1 的协议为“%2”；请使用 https:// 或 http://。',
    '%1: Log Service did not answer within %2 s (tried %3 times).': '%1：日志服务在 %2 秒内没有响应（已尝试 %3 次）。',
    '%1: cannot reach %2: %3': '%1：无法连接 %2：%3',
    "%1: Log Service's answer was cut off (%2 of %3 bytes).": '%1：日志服务的响应被截断（只收到 %3 字节中的 %2 字节）。',
    "%1: Log Service's answer is not the expected JSON array (%2 at byte %3).": '%1：日志服务的响应不是预期的 JSON 数组（第 %3 字节处：%2）。',
    "%1: Log Service's answer was still incomplete after %2 tries; narrow the time range or the search.":
        '%1：尝试 %2 次后日志服务的响应仍不完整；请缩小时间范围或查询范围。',
    # - regions, as the Alibaba Cloud console names them
    'China (Hangzhou)': '华东1（杭州）',
    'China (Shanghai)': '华东2（上海）',
    'China (Qingdao)': '华北1（青岛）',
    'China (Beijing)': '华北2（北京）',
    'China (Zhangjiakou)': '华北3（张家口）',
    'China (Hohhot)': '华北5（呼和浩特）',
    'China (Ulanqab)': '华北6（乌兰察布）',
    'China (Shenzhen)': '华南1（深圳）',
    'China (Heyuan)': '华南2（河源）',
    'China (Guangzhou)': '华南3（广州）',
    'China (Chengdu)': '西南1（成都）',
    'China (Hong Kong)': '中国香港',
    'Singapore': '新加坡',
    'Malaysia (Kuala Lumpur)': '马来西亚（吉隆坡）',
    'Indonesia (Jakarta)': '印度尼西亚（雅加达）',
    'Philippines (Manila)': '菲律宾（马尼拉）',
    'Thailand (Bangkok)': '泰国（曼谷）',
    'Japan (Tokyo)': '日本（东京）',
    'South Korea (Seoul)': '韩国（首尔）',
    'Germany (Frankfurt)': '德国（法兰克福）',
    'UK (London)': '英国（伦敦）',
    'US (Silicon Valley)': '美国（硅谷）',
    'US (Virginia)': '美国（弗吉尼亚）',
    'UAE (Dubai)': '阿联酋（迪拜）',
    'Saudi Arabia (Riyadh)': '沙特（利雅得）',
    # - credentials
    'The aliyun CLI profile “%1” uses the %2 mode, which Audit Console cannot use: choose a profile in AK or StsToken mode, or set the credentials in the environment.':
        'aliyun CLI 配置“%1”使用 %2 模式，审计控制台无法使用：请选择 AK 或 StsToken 模式的配置，或在环境变量中设置凭证。',
    'typed in': '手动输入',
    'environment': '环境变量',
    'aliyun CLI profile “%1”': 'aliyun CLI 配置“%1”',
    'system keychain': '系统钥匙串',
    '%1, no key': '%1，无 AccessKey',
    '%1, key …%2': '%1，AccessKey …%2',
    '%1: no such file': '%1：文件不存在',
    '%1: %2': '%1：%2',
    '%1 is not valid JSON: %2 at offset %3': '%1 不是有效的 JSON：%2（偏移量 %3）',
    '%1 is not an aliyun CLI configuration: it has no list of profiles': '%1 不是 aliyun CLI 配置文件：其中没有配置（profiles）列表',
    'The aliyun CLI profile “%1” cannot be read: %2': '无法读取 aliyun CLI 配置“%1”：%2',
    'The aliyun CLI configuration has no profile “%1”.': 'aliyun CLI 配置文件中没有配置“%1”。',
    'The aliyun CLI profile “%1” has no AccessKey ID or AccessKey secret.':
        'aliyun CLI 配置“%1”中没有 AccessKey ID 或 AccessKey Secret。',
    'The aliyun CLI profile “%1” is in StsToken mode but has no STS token.':
        'aliyun CLI 配置“%1”为 StsToken 模式，但没有 STS Token。',
    # - the window and the connect dialog
    'Connecting to %1…': '正在连接 %1…',
    'Connected in %1 s; %2': '连接用时 %1 秒；%2',
    'Connect to &Log Service…': '连接日志服务(&L)…',
    'Log Service: %1': '日志服务：%1',
    'Connect to Log Service': '连接日志服务',
    'A cluster of Container Service for Kubernetes (ACK) with auditing on keeps its audit log in Log Service: project k8s-log-<cluster ID>, logstore audit-<cluster ID>.':
        '开启了集群审计的容器服务 Kubernetes 版（ACK）集群把审计日志保存在日志服务中：Project 为 k8s-log-<集群ID>，Logstore 为 audit-<集群ID>。',
    'Optional: fills in the project and logstore': '可选：用于自动填写 Project 和 Logstore',
    'Custom endpoint…': '自定义服务入口…',
    "A region's endpoint is used over HTTPS; a custom endpoint may name its scheme, an IP address and a port, such as http://127.0.0.1:8080":
        '地域的服务入口（Endpoint）通过 HTTPS 访问；自定义服务入口可以指定协议、IP 地址和端口，例如 http://127.0.0.1:8080',
    '&Connect': '连接(&C)',
    'Cluster &ID:': '集群ID(&I)：',
    '&Region:': '地域(&R)：',
    '&Endpoint:': '服务入口(&E)：',
    '&Project:': 'Project(&P)：',
    '&Logstore:': 'Logstore(&L)：',
    'Credentials': '访问凭证',
    'From the en&vironment (ALIBABA_CLOUD_ACCESS_KEY_ID…)': '从环境变量读取（ALIBABA_CLOUD_ACCESS_KEY_ID…）(&V)',
    'aliyun CLI pr&ofile:': 'aliyun CLI 配置(&O)：',
    '&Access key': 'AccessKey(&A)',
    'Re&member in the system keychain': '保存到系统钥匙串(&M)',
    '&Forget': '清除(&F)',
    'ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.':
        '未设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。',
    'Profiles in AK or StsToken mode from %1': '%1 中 AK 或 StsToken 模式的配置',
    'Optional: for temporary STS credentials': '可选：用于 STS 临时凭证',
    'Kept per endpoint and project; never in the settings file': '按服务入口和 Project 分别保存；不会写入设置文件',
    'This build has no system keychain.': '此版本不支持系统钥匙串。',
    'Remove the stored key for this endpoint and project from the system keychain':
        '从系统钥匙串中删除为此服务入口和 Project 保存的 AccessKey',
    'AccessKey I&D:': 'AccessKey ID(&D)：',
    'AccessKey &Secret:': 'AccessKey Secret(&S)：',
    'STS &token:': 'STS Token(&T)：',
    '%1 has no profiles.': '%1 中没有任何配置。',
    'No profile in %1 is in AK or StsToken mode with its keys.': '%1 中没有带 AccessKey 的 AK 或 StsToken 模式配置。',
    'e.g. http://127.0.0.1:8080 or cn-hangzhou-intranet.log.aliyuncs.com':
        '例如 http://127.0.0.1:8080 或 cn-hangzhou-intranet.log.aliyuncs.com',
    'Choose an aliyun CLI profile.': '请选择 aliyun CLI 配置。',
    'Enter the AccessKey ID and the AccessKey secret.': '请输入 AccessKey ID 和 AccessKey Secret。',
    'Stored in the system keychain (key …%1): leave the fields empty to use it.': '已保存在系统钥匙串中（AccessKey …%1）：留空即可使用。',
    'Stored in the system keychain': '已保存在系统钥匙串中',
    'Enter the endpoint, the project and the logstore.': '请输入服务入口、Project 和 Logstore。',
    'The access key could not be remembered: %1\n\nIt is used for this connection only.':
        '无法保存 AccessKey：%1\n\n它只用于本次连接。',
    '&Matching Requests': '匹配的请求(&M)',
    '&SQL Result': 'SQL 结果(&S)',
    'The SQL part could not be run: %1': 'SQL 部分无法执行：%1',
    '%Ln row(s) from the SQL part: %1': 'SQL 部分返回 %Ln 行：%1',
    # ClickHouse
    "Read a ClickHouse table instead of files: the server's HTTP address (http://host:8123, https://host:8443).":
        '读取 ClickHouse 表而不是文件：服务器的 HTTP 地址（http://host:8123、https://host:8443）。',
    'The ClickHouse database (default: default).': 'ClickHouse 数据库（默认 default）。',
    'The ClickHouse table (default: audit_events).': 'ClickHouse 表（默认 audit_events）。',
    'The ClickHouse user (default: default); the password is read from AUDIT_CONSOLE_CLICKHOUSE_PASSWORD, else from the system keychain.':
        'ClickHouse 用户（默认 default）；密码从 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD 读取，否则从系统钥匙串读取。',
    'give either --clickhouse or --sls-endpoint, not both\n': '--clickhouse 和 --sls-endpoint 只能给一个\n',
    'give either files or --clickhouse, not both (audit-console ingest loads files into ClickHouse)\n':
        '文件和 --clickhouse 只能给一个（用 audit-console ingest 把文件导入 ClickHouse）\n',
    'Loads audit logs into a ClickHouse table (created when missing). Ingesting the same files again adds nothing that counts twice.':
        '把审计日志导入 ClickHouse 表（不存在时自动创建）。重复导入同样的文件不会重复计数。',
    'the command': '命令',
    'Rows per INSERT (default 20000).': '每个 INSERT 的行数（默认 20000）。',
    'usage: audit-console ingest --clickhouse URL [--database D] [--table T] [--user U] FILE|DIR...\n':
        '用法：audit-console ingest --clickhouse 地址 [--database 库] [--table 表] [--user 用户] 文件|目录...\n',
    'Sending…': '正在发送…',
    '%1:%2: %3\n': '%1:%2：%3\n',
    '%1: %2\n': '%1：%2\n',
    '%n record(s) into %1 in %2 batch(es): %3 MB of rows sent as %4 MB; loaded in %5 s, sent in %6 s (%7 records/s)\n':
        '%n 条记录导入 %1，共 %2 批：%3 MB 的行压缩为 %4 MB 发送；加载用时 %5 秒，发送用时 %6 秒（每秒 %7 条）\n',
    '%n line(s) or file(s) could not be read and were not ingested (see above)\n':
        '%n 行或文件无法读取，未导入（见上文）\n',
    'ClickHouse': 'ClickHouse',
    '%n request(s) to ClickHouse, %1 s, %2 KiB': 'ClickHouse 请求 %n 次，%1 秒，%2 KiB',
    '%1, ingested from %2, line %3': '%1，导入自 %2 第 %3 行',
    'ClickHouse refused user “%1”: the user name or password is wrong (set AUDIT_CONSOLE_CLICKHOUSE_PASSWORD or keep the password in the keychain).':
        'ClickHouse 拒绝了用户“%1”：用户名或密码错误（请设置 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD，或把密码保存在钥匙串中）。',
    'The table %1.%2 does not exist; create it with “audit-console ingest”, or see docs/clickhouse.md.':
        '表 %1.%2 不存在；请用“audit-console ingest”创建，或参阅 docs/clickhouse.md。',
    'The database %1 does not exist.': '数据库 %1 不存在。',
    'ClickHouse could not parse a statement (a syntax error).': 'ClickHouse 无法解析语句（语法错误）。',
    'The query took longer than the server allows; narrow the time range or the search.':
        '查询超过了服务器允许的时间；请缩小时间范围或查询条件。',
    "The server does not know a function or column the console uses: the table's columns differ from docs/clickhouse.md, or the server is older than 18.16.":
        '服务器不认识控制台使用的函数或列：表的列与 docs/clickhouse.md 不同，或服务器版本低于 18.16。',
    'The query needs more memory than the server allows; narrow the time range.': '查询所需内存超过服务器允许的上限；请缩小时间范围。',
    'User “%1” may not do this on ClickHouse.': '用户“%1”无权在 ClickHouse 上执行此操作。',
    'ClickHouse refused user “%1”.': 'ClickHouse 拒绝了用户“%1”。',
    'ClickHouse answered with an error (HTTP %1).': 'ClickHouse 返回错误（HTTP %1）。',
    'The server said: %1': '服务器返回：%1',
    '“%1” is not a ClickHouse HTTP address; write it as http://host:8123 or https://host:8443.':
        '“%1”不是 ClickHouse 的 HTTP 地址；请写成 http://host:8123 或 https://host:8443。',
    '%1: ClickHouse did not answer within %2 s.': '%1：ClickHouse 在 %2 秒内没有应答。',
    '%1: cannot reach the server: %2': '%1：无法连接服务器：%2',
    "%1: the server's compressed answer is damaged.": '%1：服务器返回的压缩数据已损坏。',
    "%1: the server's answer is not the expected JSON (%2 at byte %3).": '%1：服务器的应答不是预期的 JSON（第 %3 字节处%2）。',
    'Cannot compress a batch (out of memory?).': '无法压缩一批数据（内存不足？）。',
    'A ClickHouse source needs a URL, a database and a table.': 'ClickHouse 数据源需要地址、数据库和表。',
    # ClickHouse: window
    'Connect to ClickHouse': '连接到 ClickHouse',
    '&Remember the password in the system keychain': '在系统钥匙串中记住密码(&R)',
    '&Forget Stored Password': '忘记已保存的密码(&F)',
    'Reads an audit table that “audit-console ingest” filled (see docs/clickhouse.md). The server does the counting; only figures and the rows shown are sent back.':
        '读取由“audit-console ingest”导入的审计表（参阅 docs/clickhouse.md）。统计由服务器完成，只传回数字和显示的行。',
    'http://127.0.0.1:8123': 'http://127.0.0.1:8123',
    "https:// is verified against the system's certificates; plain HTTP only when you write http://.":
        'https:// 会用系统证书校验；只有写明 http:// 时才使用明文 HTTP。',
    'empty: none, or AUDIT_CONSOLE_CLICKHOUSE_PASSWORD': '留空：无密码，或使用 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD',
    'AUDIT_CONSOLE_CLICKHOUSE_PASSWORD is set: it is used while this field is empty.':
        '已设置 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD：此栏为空时使用它。',
    'Kept per user and URL; never in the settings file': '按用户和地址保存；从不写入设置文件',
    'Remove the stored password for this user and URL from the system keychain': '从系统钥匙串中删除此用户和地址保存的密码',
    '&URL:': '地址(&U)：',
    '&Database:': '数据库(&D)：',
    '&Table:': '表(&T)：',
    'U&ser:': '用户(&S)：',
    '&Password:': '密码(&P)：',
    'Enter the URL, the database and the table.': '请输入地址、数据库和表。',
    'The URL must start with http:// or https:// and name the server (the user and password go in their own fields), such as http://127.0.0.1:8123.':
        '地址必须以 http:// 或 https:// 开头并写明服务器（用户和密码写在各自的栏中），例如 http://127.0.0.1:8123。',
    '--batch takes a number of rows, at least 100 (ClickHouse makes a part per INSERT)\n':
        '--batch 取行数，至少 100（ClickHouse 每个 INSERT 生成一个数据片段）\n',
    'Write the user and password in their own fields (or AUDIT_CONSOLE_CLICKHOUSE_PASSWORD), not in the address.':
        '请把用户和密码写在各自的栏中（或使用 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD），不要写在地址里。',
    'A password for %1@%2 is stored in the system keychain.': '系统钥匙串中保存有 %1@%2 的密码。',
    'The password could not be remembered: %1\n\nIt is used for this connection only.':
        '无法记住密码：%1\n\n它只用于这一次连接。',
    'Connect to &ClickHouse…': '连接到 ClickHouse(&C)…',
    'ClickHouse: %1': 'ClickHouse：%1',
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
    # Engine messages
    # - search statement errors
    "unexpected ')': no '(' to close": "多余的 ')'：没有可闭合的 '('",
    "expected 'and', 'or', 'not', a term or the end": "此处应为 'and'、'or'、'not'、查询条件或语句结尾",
    "'!' must be followed by '=': use 'not' to negate": "'!' 后面必须跟 '='：取反请用 'not'",
    'unterminated quoted text: a closing \'"\' is missing': '引号未闭合：缺少结尾的 \'"\'',
    "nested too deeply (more than %1 levels of parentheses or 'not')": "嵌套过深（括号或 'not' 超过 %1 层）",
    "expected a term after 'not'": "'not' 后面应有查询条件",
    'empty parentheses: expected a term': '括号为空：括号内应有查询条件',
    "'(' is never closed: expected ')'": "'(' 未闭合：缺少 ')'",
    "expected ')'": "此处应为 ')'",
    "expected a term before '%1'": "'%1' 前面应有查询条件",
    "unexpected ')': expected a term": "多余的 ')'：此处应为查询条件",
    "expected a field name before ':'": "':' 前面应有字段名",
    "expected a field name before '%1'": "'%1' 前面应有字段名",
    'expected a term': '此处应为查询条件',
    'unknown field "%1" (to search for the text, put it in quotes)': '未知字段 "%1"（如要查询这段文本，请用引号括起来）',
    'unknown field "%1"; did you mean %2?': '未知字段 "%1"；您是指 %2 吗？',
    'expected a value after "%1"': '"%1" 后面应有值',
    'expected an RFC 3339 time such as 2026-11-28T10:00:00Z': '此处应为 2026-11-28T10:00:00Z 这样的 RFC 3339 时间',
    '"%1" is text: compare numbers only (responseStatus.code, latencyMs)':
        '"%1" 是文本字段：只有数值字段（responseStatus.code、latencyMs）可以比较大小',
    "expected a number after '%1'": "'%1' 后面应为数字",
    'column %1: %2': '第 %1 列：%2',
    # - rejected lines and items
    'an array': '数组',
    'an object': '对象',
    'a number': '数字',
    'a string': '字符串',
    'true or false': 'true 或 false',
    'null': 'null',
    'something else': '其他类型',
    'a whole number': '整数',
    'truncated or malformed JSON: an object, array or string is not closed (was the text cut off?)':
        'JSON 不完整或格式错误：有对象、数组或字符串未闭合（文本被截断了吗？）',
    'invalid UTF-8: audit logs are UTF-8 text (was the file converted to another encoding, or damaged?)':
        '无效的 UTF-8：审计日志应为 UTF-8 文本（文件是否被转换成了其他编码，或已损坏？）',
    'a JSON string holds a raw control character such as a NUL byte: the text is damaged':
        'JSON 字符串中有未转义的控制字符（如 NUL 字节）：文本已损坏',
    'the JSON value is too large to parse: split the file into smaller ones': 'JSON 值过大，无法解析：请把文件拆分成较小的文件',
    'JSON nested too deeply to parse: this is not an audit event': 'JSON 嵌套过深，无法解析：这不是审计事件',
    'not valid JSON (%1): the text is damaged or is not JSON': '不是有效的 JSON（%1）：文本已损坏或不是 JSON',
    'line too long: %1 bytes, over the limit of %2 bytes (is a whole log on one line? Put one event on each line)':
        '行过长：%1 字节，超过 %2 字节的上限（整个日志都在一行里吗？请每行放一个事件）',
    "not a JSON object (the line does not start with '{'): is the file an audit log?":
        "不是 JSON 对象（此行不以 '{' 开头）：文件是审计日志吗？",
    "truncated or malformed line: it does not end with '}' (was the log cut off while it was written or copied?)":
        "行不完整或格式错误：不以 '}' 结尾（日志是否在写入或复制时被截断？）",
    'unexpected text outside a JSON value (is the file an audit log, or was text added to it?)':
        'JSON 值之外有多余的文本（文件是审计日志吗？还是被加入了其他文本？）',
    'truncated JSON: the file ends inside this value (was it cut off while it was written or copied?)':
        'JSON 不完整：文件在此值的中间结束（是否在写入或复制时被截断？）',
    'not a JSON object, so not an audit event (is the file an audit log?)': '不是 JSON 对象，因此不是审计事件（文件是审计日志吗？）',
    'unexpected text after the JSON object: are two events joined on one line (a lost line break)?':
        'JSON 对象之后有多余的文本：是否有两个事件连在了同一行（丢失了换行符）？',
    '“%1” is %2 here but must be %3: this is not a Kubernetes audit event (is the file an audit log?)':
        '“%1”在此处是%2，但应为%3：这不是 Kubernetes 审计事件（文件是审计日志吗？）',
    '“kind” is “%1”, not “Event”: this is not a Kubernetes audit event (is the file an audit log?)':
        '“kind”是“%1”而不是“Event”：这不是 Kubernetes 审计事件（文件是审计日志吗？）',
    '“verb” is missing: this is not a Kubernetes audit event (is the file an audit log?)':
        '缺少“verb”：这不是 Kubernetes 审计事件（文件是审计日志吗？）',
    'no timestamp: the event has neither “requestReceivedTimestamp” nor “stageTimestamp” (was it reshaped by a log shipper?)':
        '没有时间戳：事件既没有“requestReceivedTimestamp”，也没有“stageTimestamp”（是否被日志采集工具改写过？）',
    'JSON lists nested too deeply: expected audit events, a list of them, an EventList or an AKS export':
        'JSON 列表嵌套过深：应为审计事件、事件列表、EventList 或 AKS 导出文件',
    'list item is not a JSON object, so not an audit event': '列表项不是 JSON 对象，因此不是审计事件',
    'audit events embedded too deeply: expected an AKS export whose “log” holds one event':
        '审计事件嵌套过深：应为“log”中只含一个事件的 AKS 导出文件',
    'invalid timestamp: “%1” is “%2”, not an RFC 3339 time such as 2026-11-28T10:00:00Z':
        '无效的时间戳：“%1”是“%2”，不是 2026-11-28T10:00:00Z 这样的 RFC 3339 时间',
    # - files that could not be loaded
    'cannot initialise zlib (out of memory?)': '无法初始化 zlib（内存不足？）',
    'decompresses to more than %1 MiB, the limit; the rest is not loaded (split the log into smaller files to load all of it)':
        '解压后超过 %1 MiB 的上限，其余部分未加载（请把日志拆分成较小的文件以加载全部内容）',
    'gzip data ends early, after %1 bytes: the file is truncated (still being written, or cut off while copying?)':
        'gzip 数据在 %1 字节后提前结束：文件不完整（仍在写入，或复制时被截断？）',
    'corrupt gzip data at byte %1 (%2): the file is damaged; copy or download it again':
        '第 %1 字节处的 gzip 数据有误（%2）：文件已损坏，请重新复制或下载',
    'unknown error': '未知错误',
    'no such file or folder (moved, renamed or deleted?)': '文件或文件夹不存在（已被移动、重命名或删除？）',
    'the folder holds no audit log files (*.log, *.log.N, *.json, *.jsonl, *.gz, *audit): open the files themselves to load other names':
        '文件夹中没有审计日志文件（*.log、*.log.N、*.json、*.jsonl、*.gz、*audit）：其他名称的文件请直接打开',
    'cannot read the file: %1': '无法读取文件：%1',
    'empty file: it holds no text, or only blank lines': '空文件：没有内容，或只有空行',
    'binary file, not a text audit log (compressed in a format other than gzip? Unpack it first)':
        '二进制文件，不是文本审计日志（是否用 gzip 以外的格式压缩？请先解压）',
    'not enough memory to load this file: load fewer or smaller files, or close other programs':
        '内存不足，无法加载此文件：请少加载一些文件或加载较小的文件，或关闭其他程序',
    'cannot load the file: %1': '无法加载文件：%1',
    # Audit policies
    # - decoding
    'a list': '列表',
    'a map': '映射',
    'nothing (null)': '空值（null）',
    'a boolean': '布尔值',
    'a map (apiVersion, kind, rules…)': '映射（apiVersion、kind、rules…）',
    'a list of rules': '规则列表',
    'a list of strings': '字符串列表',
    'a map (level, users, resources…)': '映射（level、users、resources…）',
    'a list of entries (- group: …, resources: […])': '条目列表（- group: …, resources: […]）',
    'a map (group, resources, resourceNames)': '映射（group、resources、resourceNames）',
    'failed decoding %1: expected %2, found %3': '解码 %1 失败：应为%2，实际为%3',
    'failed decoding %1: expected a string, found %2; quote it ("%3")':
        '解码 %1 失败：应为字符串，实际为%2；请加引号（"%3"）',
    'duplicate key “%1”: the apiserver keeps only the last one': '重复的键“%1”：API Server 只保留最后一个',
    'dropped: the apiserver ignores unknown key “%1” (did you mean “%2”?)':
        '被丢弃：API Server 忽略未知的键“%1”（是否想写“%2”？）',
    'dropped: the apiserver ignores unknown key “%1”': '被丢弃：API Server 忽略未知的键“%1”',
    'dropped: “%1” belongs in a rule, not at the top level of the policy': '被丢弃：“%1”应写在规则中，而不是策略的顶层',
    'dropped: “%1” belongs in a resources entry (- group: …), not directly in the rule':
        '被丢弃：“%1”应写在 resources 的条目（- group: …）中，而不是直接写在规则中',
    'dropped: “%1” belongs to the rule, not to a resources entry (mis-indented?)':
        '被丢弃：“%1”属于规则本身，而不属于 resources 的条目（缩进错了？）',
    '%1; %2': '%1；%2',
    'the rule then matches more': '该规则因此匹配的请求更多',
    'only the first YAML document is read: the apiserver ignores this one': '只读取第一个 YAML 文档：API Server 忽略此文档',
    'YAML syntax error: %1': 'YAML 语法错误：%1',
    'cannot read the policy: %1': '无法读取策略：%1',
    # - loading and validation
    '“%1” was removed in Kubernetes 1.24 (only audit.k8s.io/v1 loads since then): use apiVersion: audit.k8s.io/v1, or keep this for older clusters':
        '“%1”已在 Kubernetes 1.24 中移除（此后只能加载 audit.k8s.io/v1）：请改用 apiVersion: audit.k8s.io/v1，或仅用于较旧的集群',
    'unknown group version: apiVersion is missing; it must be audit.k8s.io/v1':
        '未知的组版本：缺少 apiVersion，必须为 audit.k8s.io/v1',
    'unknown group version “%1”: apiVersion must be audit.k8s.io/v1': '未知的组版本“%1”：apiVersion 必须为 audit.k8s.io/v1',
    'kind is missing: it must be “Policy”': '缺少 kind：必须为“Policy”',
    'kind must be “Policy”, not “%1”': 'kind 必须为“Policy”，而不是“%1”',
    'level is required: None, Metadata, Request or RequestResponse': '必须填写 level：None、Metadata、Request 或 RequestResponse',
    'unsupported level “%1”: use None, Metadata, Request or RequestResponse (case-sensitive)':
        '不支持的级别“%1”：请用 None、Metadata、Request 或 RequestResponse（区分大小写）',
    'unknown stage “%1”: allowed stages are RequestReceived, ResponseStarted, ResponseComplete and Panic (case-sensitive)':
        '未知的阶段“%1”：允许的阶段为 RequestReceived、ResponseStarted、ResponseComplete 和 Panic（区分大小写）',
    '“%1” must begin with “/” (or be “*” for every non-resource URL)': '“%1”必须以“/”开头（或为“*”，表示所有非资源 URL）',
    '“%1”: the wildcard “*” may only be the last character': '“%1”：通配符“*”只能是最后一个字符',
    'group “*” (every API group) needs Kubernetes 1.36 or later; older apiservers reject the policy':
        'group “*”（所有 API 组）需要 Kubernetes 1.36 或更高版本；较旧的 API Server 会拒绝此策略',
    '“%1” is not an API group: leave out the version (“%2”)': '“%1”不是 API 组：请去掉版本（“%2”）',
    '“%1” is not an API group: use its lower-case DNS name, such as “apps” or “rbac.authorization.k8s.io”, or "" for the core group':
        '“%1”不是 API 组：请用小写的 DNS 名称，例如“apps”或“rbac.authorization.k8s.io”，核心组用 ""',
    'resourceNames needs at least one resource in the same entry': '使用 resourceNames 时，同一条目中至少要有一个资源',
    'a rule cannot have nonResourceURLs together with resources or namespaces: split it into two rules':
        '同一规则不能同时包含 nonResourceURLs 与 resources 或 namespaces：请拆成两条规则',
    'no rules: the apiserver refuses a policy without rules (a minimal one is “- level: Metadata”)':
        '没有规则：API Server 拒绝没有规则的策略（最简单的规则是“- level: Metadata”）',
    # - lint
    'never used: the rule at line %1 comes first and matches every request this one matches':
        '永远不会生效：第 %1 行的规则排在前面，并且匹配本规则匹配的所有请求',
    'no catch-all rule at the end (one with only a level): requests that match no rule are not audited':
        '末尾没有兜底规则（只有 level 的规则）：不匹配任何规则的请求不会被审计',
    'every stage is omitted, so the policy records nothing': '所有阶段都被省略，因此该策略不记录任何内容',
    'every stage is omitted, so this rule records nothing (as if its level were None)':
        '所有阶段都被省略，因此该规则不记录任何内容（相当于 level 为 None）',
    '“%1” is taken literally (users has no wildcards): for every service account of the namespace use userGroups: [“system:serviceaccounts:%2”]':
        '“%1”按字面匹配（users 不支持通配符）：要匹配该命名空间的所有服务账号，请用 userGroups: [“system:serviceaccounts:%2”]',
    '“%1” is taken literally (%2 has no wildcards), so it matches nothing real': '“%1”按字面匹配（%2 不支持通配符），因此实际上匹配不到任何请求',
    'verb “%1” never matches: request verbs are lower case (“%2”)': '动作“%1”永远不会匹配：请求的动作都是小写（“%2”）',
    'verb “%1” matches no resource request: their verbs are get, list, watch, create, update, patch, delete, deletecollection and proxy':
        '动作“%1”匹配不到任何资源请求：资源请求的动作为 get、list、watch、create、update、patch、delete、deletecollection 和 proxy',
    'verb “%1” matches no non-resource request: their verbs are get, post, put, patch, delete, head and options':
        '动作“%1”匹配不到任何非资源请求：非资源请求的动作为 get、post、put、patch、delete、head 和 options',
    'unknown verb “%1”: resource requests use get, list, watch, create, update, patch, delete, deletecollection and proxy; non-resource requests use get, post, put, patch, delete, head and options':
        '未知的动作“%1”：资源请求使用 get、list、watch、create、update、patch、delete、deletecollection 和 proxy；非资源请求使用 get、post、put、patch、delete、head 和 options',
    '“*/*” never matches: use “*” for every resource and subresource': '“*/*”永远不会匹配：所有资源和子资源请用“*”',
    '“%1” never matches: the API group goes in “group” (group: “%2”, resources: [“%3”])':
        '“%1”永远不会匹配：API 组应写在“group”中（group: “%2”, resources: [“%3”]）',
    '“%1” never matches: write “resource” or “resource/subresource”': '“%1”永远不会匹配：请写成“资源”或“资源/子资源”',
    '“%1” never matches: “*” is a wildcard only as “*”, “*/subresource” or “resource/*”':
        '“%1”永远不会匹配：“*”只有写成“*”、“*/子资源”或“资源/*”时才是通配符',
    '“%1” never matches: resource names are lower case (“%2”)': '“%1”永远不会匹配：资源名都是小写（“%2”）',
    '“%1” also matches “%2” itself, not only its subresources': '“%1”也匹配“%2”本身，而不只是其子资源',
    '“%1” does not cover its subresources (%2): list them too, or use “%1/*”': '“%1”不包括其子资源（%2）：请一并列出，或使用“%1/*”',
    'resourceNames match only requests that name an object: creates, lists, watches and deletecollections of them fall through to later rules':
        'resourceNames 只匹配指明对象名称的请求：对这些对象的 create、list、watch 和 deletecollection 会落到后面的规则',
    'resourceNames do not match %1 requests, which carry no object name (list and watch have one only with a metadata.name field selector)':
        'resourceNames 匹配不到 %1 请求，因为这些请求不带对象名称（list 和 watch 只有使用 metadata.name 字段选择器时才带名称）',
    'namespaces: [""] matches cluster-scoped requests but not get, update or delete of Namespace objects (their namespace is their own name)':
        'namespaces: [""] 匹配集群级请求，但匹配不到对 Namespace 对象的 get、update 或 delete（这些请求的命名空间就是其自身名称）',
    '%1 sessions opened over WebSocket (newer kubectl) have verb “get”, which this rule leaves out: add “get” to verbs':
        '通过 WebSocket 打开的 %1 会话（较新的 kubectl）动作为“get”，本规则没有包含它：请在 verbs 中加上“get”',
    'level %1 records the bodies of “%2”, which hold secrets or tokens: use Metadata for them, as the GKE and ACK defaults do':
        '级别 %1 会记录“%2”的请求体和响应体，其中含有密钥或令牌：请对其使用 Metadata，与 GKE 和 ACK 的默认策略一致',
    'level %1 also records the bodies of “%2” (secrets or tokens), which this entry covers: put a Metadata rule for them before this one':
        '级别 %1 也会记录“%2”（密钥或令牌）的请求体和响应体，因为此条目包括它：请在本规则之前为其添加一条 Metadata 规则',
    '“%1” is a plain prefix and also matches paths such as “%2x”: list “%2” and “%2/*” to match one path and what is below it':
        '“%1”是纯字符串前缀，也会匹配“%2x”这样的路径：要只匹配一个路径及其下级路径，请列出“%2”和“%2/*”',
    'level %1 records nothing more than Metadata for non-resource URLs': '对非资源 URL，级别 %1 记录的内容不比 Metadata 多',
    'level Request records nothing more than Metadata for get, list and watch (they have no request body)':
        '对 get、list 和 watch，级别 Request 记录的内容不比 Metadata 多（这些请求没有请求体）',
    'omitManagedFields has no effect at level %1: only Request and RequestResponse record objects':
        'omitManagedFields 在级别 %1 下不起作用：只有 Request 和 RequestResponse 会记录对象',
    'requests that fail authentication have no user, so this rule does not catch them; only rules without users and userGroups do':
        '认证失败的请求没有用户，因此本规则匹配不到它们；只有不含 users 和 userGroups 的规则才能匹配',
    # Alert rules
    # - paths in json, json_any and extract
    'the path is empty': '路径为空',
    '“[” without its “]”': '“[”缺少对应的“]”',
    'inside [ ] write *, an index or a quoted key': '[ ] 中应写 *、下标或带引号的键',
    'a key is missing before “.”': '“.”前面缺少键',
    'the path ends with “.”': '路径以“.”结尾',
    '“.” or “[” expected': '此处应为“.”或“[”',
    # - running them
    "the rule's search could not be read": '无法解析该规则的查询语句',
    "needs each event's JSON, which this source does not give": '需要每个事件的 JSON，而此数据源不提供',
    'more than %1 findings: the first %1 are listed': '告警结果超过 %1 条：只列出前 %1 条',
    # - the condition of a grouped rule
    '“and”, “or” or the end of the condition': '“and”、“or”或条件结尾',
    'expected %1': '此处应为%1',
    '“)”': '“)”',
    'count, failures, failure_rate or distinct': 'count、failures、failure_rate 或 distinct',
    'a comparison (>, >=, <, <=, ==, !=)': '比较运算符（>、>=、<、<=、==、!=）',
    'a plain number: only failure_rate is a percentage': '普通数字：只有 failure_rate 可以用百分比',
    'a rate between 0 and 1, or a percentage such as 50%': '0 到 1 之间的比率，或 50% 这样的百分比',
    # - rule files
    '“rules” must be a list of rules': '“rules”必须是规则列表',
    '“%1” must be text': '“%1”必须是文本',
    '“%1” must be a field name or a list of them': '“%1”必须是字段名或字段名列表',
    'unknown field “%1” (a search field such as sourceIPs, operator, objectRef.namespace)':
        '未知字段“%1”（应为 sourceIPs、operator、objectRef.namespace 这样的查询字段）',
    '“%1” cannot group events: pick a field with a limited set of values': '“%1”不能用于给事件分组：请选择取值有限的字段',
    '“%1” must be a list of tests: - {path: …, equals: …}': '“%1”必须是检查条件列表：- {path: …, equals: …}',
    'a test needs “path”, and “equals”, “exists” or “absent”': '检查条件需要“path”，以及“equals”、“exists”或“absent”之一',
    '“%1” must be a value or a list of values': '“%1”必须是一个值或值的列表',
    '“%1” must be true or false': '“%1”必须是 true 或 false',
    'unknown key “%1” in a test (path, equals, not_equals, exists, absent)':
        '检查条件中有未知的键“%1”（path、equals、not_equals、exists、absent）',
    'a rule must be a map of keys (id, title, search, …)': '规则必须是由键组成的映射（id、title、search、…）',
    'an id is 1–64 lower-case letters, digits, “-”, “_” or “.”': 'id 由 1–64 个小写字母、数字、“-”、“_”或“.”组成',
    'severity is one of report, low, medium, high, critical': 'severity 只能是 report、low、medium、high、critical 之一',
    'kind is one of event, grouped, first_seen': 'kind 只能是 event、grouped、first_seen 之一',
    '“extract” must map names to paths': '“extract”必须是名称到路径的映射',
    '“map” must map values to words': '“map”必须是值到文字的映射',
    '“%1” needs a path': '“%1”需要路径',
    'at most two fields to group by': '最多只能按两个字段分组',
    '“%1” is a duration such as 90s, 2m, 1h or 7d': '“%1”应为时长，例如 90s、2m、1h 或 7d',
    'unknown key “%1” (id, title, title_zh, description, severity, kind, search, json, json_any, extract, group_by, condition, distinct_of, window, learn, message, message_zh, override)':
        '未知的键“%1”（id、title、title_zh、description、severity、kind、search、json、json_any、extract、group_by、condition、distinct_of、window、learn、message、message_zh、override）',
    'the rule has no “id”': '规则缺少“id”',
    'the rule has no “title”': '规则缺少“title”',
    'the rule has no “search” (a Log Service search statement; “*” for all)': '规则缺少“search”（日志服务查询语句；“*”表示全部）',
    'in the search: %1': '查询语句中：%1',
    "a rule's search has no analytic part after “|”: use group_by and condition":
        '规则的查询语句不能有“|”之后的分析语句：请使用 group_by 和 condition',
    'only a grouped rule has a condition': '只有 grouped 规则才有 condition',
    'in the condition: %1': 'condition 中：%1',
    'a grouped rule needs a “condition”, e.g. count > 10': 'grouped 规则需要“condition”，例如 count > 10',
    'a first_seen rule needs “group_by” and “learn” (how long to learn what is usual)':
        'first_seen 规则需要“group_by”和“learn”（用多长时间学习常态）',
    'a per-event rule has no “group_by”: use kind: grouped': '逐事件规则没有“group_by”：请使用 kind: grouped',
    'json, json_any and extract test each event: only per-event rules have them':
        'json、json_any 和 extract 用于检查每个事件：只有逐事件规则才能使用',
    '“${” without its “}”': '“${”缺少对应的“}”',
    'unknown placeholder ${%1} (time, operator, namespace, resource, name, sourceIP, count, failure_rate, … or a name from extract)':
        '未知的占位符 ${%1}（time、operator、namespace、resource、name、sourceIP、count、failure_rate、…，或 extract 中的名称）',
    'not valid YAML: %1': '不是有效的 YAML：%1',
    'a second rule with the id “%1”': '已有另一条 id 为“%1”的规则',
    'the id “%1” is used by another rule of the folder': 'id“%1”已被该文件夹中的另一条规则使用',
    "the id “%1” is a built-in rule's: pick another id, or add “override: true” to replace it":
        'id“%1”属于内置规则：请换一个 id，或加上“override: true”以替换该内置规则',
    # Findings page
    'Report': '报告',
    'Low': '低',
    'Medium': '中',
    'High': '高',
    'Critical': '严重',
    'public': '公网',
    'private': '私网',
    'Severity': '严重程度',
    'Object': '对象',
    'Count': '次数',
    'Details': '详情',
    'Window %1': '时间窗口 %1',
    '%1 request(s)': '%1 个请求',
    '%1 failed': '%1 个失败',
    '%1 distinct': '%1 个不同值',
    '&Run Rules': '运行规则(&R)',
    'Follow &Live': '实时跟踪(&L)',
    'Sho&w Events': '显示事件(&W)',
    '&Open Event': '打开事件(&O)',
    'Select a finding to see it whole.': '选择一条告警结果以查看完整内容。',
    'List the requests behind this finding on the Events page (double-click a row)':
        '在“事件”页列出此告警结果涉及的请求（也可双击某一行）',
    'Show the one request this finding is about on the Events page': '在“事件”页显示此告警结果所指的那个请求',
    'Running the rules…': '正在运行规则…',
    'Run the rules that are switched on over the whole source (Alerts ▸ Run Rules)':
        '在整个数据源上运行已开启的规则（告警 ▸ 运行规则）',
    '%v of %m rules': '%v / %m 条规则',
    'Run the rules on what is appended to the files, or poll the remote source, and raise each new finding once':
        '对追加到文件中的内容运行规则，或轮询远程数据源，每条新的告警结果只产生一次',
    'E&xport': '导出(&X)',
    'Export Findings as &CSV…': '导出告警结果为 CSV(&C)…',
    'Export Findings as &JSON…': '导出告警结果为 JSON(&J)…',
    'R&ules…': '规则(&U)…',
    'See, switch off, write and try out rules': '查看、关闭、编写和试运行规则',
    '&Notifications…': '通知(&N)…',
    'Where live findings are sent: DingTalk, a webhook, the desktop': '实时告警结果的发送目标：钉钉、Webhook、桌面',
    'All severities': '所有严重程度',
    'Low and above': '低及以上',
    'Medium and above': '中及以上',
    'High and above': '高及以上',
    'Critical only': '仅严重',
    'Search findings: operator, object, IP, message…': '查询告警结果：操作账号、对象、IP、消息…',
    'Severit&y:': '严重程度(&Y)：',
    'Rul&e:': '规则(&E)：',
    'All rules': '所有规则',
    'Notes (%1)': '提示（%1）',
    'The rules that could not run here in full, and rule files that could not be read':
        '在此无法完整运行的规则，以及无法读取的规则文件',
    'No findings match these filters.': '没有符合这些筛选条件的告警结果。',
    'Open an audit log: the rules run over it when it loads.': '请打开审计日志：加载后规则会在其上运行。',
    'The rules have not run over this source yet: Run Rules.': '规则尚未在此数据源上运行：请点击“运行规则”。',
    'No findings: none of the rules that are switched on matched.': '没有告警结果：已开启的规则都没有匹配。',
    'Window': '时间窗口',
    'Distinct': '不同值数',
    'Origin': '来源',
    'Raised live from lines appended after the load: reload the files to see its events.':
        '由加载后追加的行实时产生：请重新加载文件以查看其事件。',
    'Export Findings': '导出告警结果',
    'JSON files (*.json)': 'JSON 文件 (*.json)',
    'Findings': '告警结果',
    'Findings (%1)': '告警结果（%1）',
    '&Alerts': '告警(&A)',
    '&Follow Live': '实时跟踪(&F)',
    'all the data': '全部数据',
    'The rules run when asked: Alerts ▸ Run Rules.': '规则按需运行：告警 ▸ 运行规则。',
    'Open an audit log first: the rules run over it.': '请先打开审计日志：规则会在其上运行。',
    'the rules could not be run (out of memory?)': '无法运行规则（内存不足？）',
    'The run was cancelled.': '已取消运行。',
    'The rules could not run: %1': '规则无法运行：%1',
    '%n finding(s) from %1 rules over %2': '%n 条告警结果，来自 %1 条规则，范围：%2',
    '%n rule(s) could not run here in full: %1': '%n 条规则在此无法完整运行：%1',
    '%n rule(s) switched off': '%n 条规则已关闭',
    '%n rule(s) could not be read': '%n 条规则无法读取',
    '… and %n more': '… 还有 %n 个',
    # Rule editor
    'A rule of your own; the built-in rules show every key.': '您自己的规则；内置规则中列出了所有的键。',
    '&New Rule': '新建规则(&N)',
    'D&uplicate': '创建副本(&U)',
    '&Save': '保存(&S)',
    '&Delete': '删除(&D)',
    'Alert Rules': '告警规则',
    'Tick the rules to run; built-in rules are read-only, Duplicate makes an editable copy':
        '勾选要运行的规则；内置规则只读，“创建副本”可生成可编辑的副本',
    'Click the line and column to go there': '点击行号和列号即可跳转到该处',
    'Write the rule to your rule folder (Ctrl+S)': '把规则写入您的规则文件夹（Ctrl+S）',
    'Run the rule at the cursor over the open source, without keeping its findings (Ctrl+Return)':
        '在已打开的数据源上试运行光标所在的规则，不保留其告警结果（Ctrl+Return）',
    'Copy the rule at the cursor as a rule of your own, to change it': '把光标所在的规则复制为您自己的规则，以便修改',
    '&Folder…': '文件夹(&F)…',
    'The folder your rules are read from and saved to': '读取和保存您的规则的文件夹',
    'Dry Run shows what the rule at the cursor finds in the open source.': '“试运行”显示光标所在的规则在已打开的数据源中得到的告警结果。',
    'Built-in rules (read-only)': '内置规则（只读）',
    'Your rules in %1': '您的规则（%1）',
    'Rule Folder': '规则文件夹',
    'Built-in rule from %1, read-only: Duplicate makes a copy you can change.':
        '来自 %1 的内置规则，只读：“创建副本”可生成可修改的副本。',
    'A new rule, not saved yet: Save writes it to %1.': '新规则，尚未保存：“保存”会把它写入 %1。',
    'Discard the changes to this rule?': '放弃对此规则的更改吗？',
    'new rule': '新规则',
    '%n rule(s), no errors.': '%n 条规则，没有错误。',
    'No rule in this text yet.': '此文本中还没有规则。',
    '(and %n more)': '（还有 %n 个）',
    'line %1, column %2': '第 %1 行，第 %2 列',
    'A copy of %1 as %2: change it, then Save.': '已将 %1 复制为 %2：修改后请保存。',
    'Built-in rules are read-only: Duplicate makes a copy you can change.': '内置规则只读：“创建副本”可生成可修改的副本。',
    'Not saved: %1': '未保存：%1',
    'Not saved: the text holds no rule.': '未保存：文本中没有规则。',
    'Not saved: %1 is the id of a built-in rule. Choose another id, or add “override: true” to replace the built-in rule.':
        '未保存：%1 是内置规则的 id。请换一个 id，或加上“override: true”以替换该内置规则。',
    'Not saved: cannot create the folder %1.': '未保存：无法创建文件夹 %1。',
    'Not saved: %1 exists already (another rule with this id?).': '未保存：%1 已存在（已有使用此 id 的规则？）。',
    'Not saved: cannot write %1: %2': '未保存：无法写入 %1：%2',
    'Saved to %1.': '已保存到 %1。',
    'Delete Rule': '删除规则',
    'Delete %1? Every rule in this file goes with it.': '删除 %1 吗？此文件中的所有规则都会一并删除。',
    'Cannot delete %1.': '无法删除 %1。',
    'Deleted %1.': '已删除 %1。',
    'Cancel Dry Run': '取消试运行',
    'Dry Run': '试运行',
    'No rule to run.': '没有可运行的规则。',
    'Fix the errors first.': '请先修正错误。',
    'Open an audit log first: the dry run uses its events.': '请先打开审计日志：试运行会使用其中的事件。',
    # - dry run
    'Running %1…': '正在运行 %1…',
    'Dry run cancelled.': '试运行已取消。',
    'The dry run failed: %1': '试运行失败：%1',
    '%1: %n finding(s) over %2 in %3 s': '%1：%n 条告警结果，范围：%2，用时 %3 秒',
    '(the first %1 listed)': '（列出前 %1 条）',
    'out of memory?': '内存不足？',
    # Notifications
    'critical': '严重',
    'high': '高',
    'medium': '中',
    'low': '低',
    'report': '报告',
    '%1 requests': '%1 个请求',
    'Audit Console test notification': '审计控制台测试通知',
    'no answer within %1 s (timed out)': '%1 秒内没有响应（超时）',
    'cannot reach the server: %1': '无法连接服务器：%1',
    "DingTalk's answer has no errcode: %1": '钉钉的响应中没有 errcode：%1',
    'DingTalk answered errcode %1: %2': '钉钉返回 errcode %1：%2',
    'Audit Console: no findings': '审计控制台：没有告警结果',
    'Audit Console: 1 finding, severity %1': '审计控制台：1 条告警结果，严重程度为%1',
    'Audit Console: %1 findings, highest severity %2': '审计控制台：%1 条告警结果，最高严重程度为%2',
    'and %1 more': '另有 %1 条',
    'DingTalk robot %1': '钉钉机器人 %1',
    'webhook %1': 'Webhook %1',
    'Alerts of this console will arrive here.': '此控制台的告警将发送到这里。',
    'No DingTalk robot is set.': '未设置钉钉机器人。',
    'No webhook is set.': '未设置 Webhook。',
    'delivered': '已送达',
    '%1: %2 (%n attempt(s))': '%1：%2（尝试 %n 次）',
    'cannot send without an application object': '没有应用程序对象，无法发送',
    'DingTalk': '钉钉',
    'Webhook': 'Webhook',
    '%1: notification delivered': '%1：通知已送达',
    '%1: the notification failed after %n attempt(s): %2': '%1：尝试 %n 次后通知仍发送失败：%2',
    'The system keychain could not be read: %1': '无法读取系统钥匙串：%1',
    '“%1” is not an http(s) URL.': '“%1”不是 http(s) URL。',
    'Show a desktop notification for each batch of live findings': '每批实时告警结果都显示桌面通知',
    'Notifications': '通知',
    'SEC…, when the robot signs (加签); empty: none': 'SEC…，机器人启用加签时填写；留空：不加签',
    'sent as Authorization: Bearer …; empty: none': '以 Authorization: Bearer … 发送；留空：不发送',
    'This desktop has no system tray: nothing is shown there.': '此桌面没有系统托盘：不会在托盘中显示任何内容。',
    'Live findings below this severity are listed, not sent': '低于此严重程度的实时告警结果只列出，不发送',
    '&Test': '测试(&T)',
    'T&est': '测试(&E)',
    '%1: the test message was delivered.': '%1：测试消息已送达。',
    '%1: the test message failed after %n attempt(s): %2': '%1：尝试 %n 次后测试消息仍发送失败：%2',
    'DingTalk robot': '钉钉机器人',
    '&Webhook URL:': 'Webhook URL(&W)：',
    '&Secret:': '加签密钥(&S)：',
    '&Bearer token:': 'Bearer Token(&B)：',
    'The secret and the token are kept in the system keychain, never in the settings file.':
        '加签密钥和 Token 保存在系统钥匙串中，从不写入设置文件。',
    'This build has no system keychain: the secret and the token are kept for this session only and must be entered again after a restart.':
        '此版本不支持系统钥匙串：加签密钥和 Token 只在本次会话中保留，重新启动后需要重新输入。',
    'Send &from:': '发送的最低严重程度(&F)：',
    'Enter the URL first.': '请先输入 URL。',
    'Sending a test message…': '正在发送测试消息…',
    'The system keychain could not store it: %1\n\nIt is kept for this session only.':
        '系统钥匙串无法保存：%1\n\n它只在本次会话中保留。',
    # Live follow
    'Live evaluation stopped: another source was opened.': '实时跟踪已停止：打开了另一个数据源。',
    'Live evaluation stopped.': '实时跟踪已停止。',
    'Open an audit log first: live evaluation follows it.': '请先打开审计日志：实时跟踪会跟踪它。',
    'Following %n source(s) for new lines…': '正在跟踪 %n 个数据源的新行…',
    'Polling %1 for new events…': '正在轮询 %1 的新事件…',
    '%n new finding(s) raised live': '实时产生了 %n 条新告警结果',
    '%n new finding(s)': '%n 条新告警结果',
    'live alerting keeps the last %1 MiB of appended text: older lines are left out of the windows':
        '实时告警只保留最近追加的 %1 MiB 文本：更早的行不计入时间窗口',
    'rotated: following the new file': '已轮转：改为跟踪新文件',
    'not found: followed from its start once it appears': '未找到：文件出现后从头开始跟踪',
    'cannot read it: %1': '无法读取：%1',
    'not a regular file (a named pipe, socket or device): not followed': '不是普通文件（命名管道、套接字或设备）：不跟踪',
    'cannot open it: %1': '无法打开：%1',
    'line %1 is longer than %2 MiB: skipped': '第 %1 行超过 %2 MiB：已跳过',
    'the file is gone: what is still written to it is read, and a new file of that name is followed from its start':
        '文件已不存在：仍写入其中的内容照常读取，同名的新文件出现后从头开始跟踪',
    'truncated: read again from the start': '已被截断：从头重新读取',
    'the old file ended in an incomplete line, which was left out': '旧文件以不完整的行结尾，该行已略去',
    # Loader hardening
    'NUL bytes in the line (what a crash or an interrupted write leaves in a log): the text up to them is skipped':
        '行中有 NUL 字节（程序崩溃或写入中断会在日志中留下它们）：到 NUL 字节为止的文本已跳过',
    'malformed JSON: a string is not closed on its line (was the text cut or edited?); this value is skipped, the values after it are read':
        'JSON 格式错误：有字符串在本行内未闭合（文本被截断或编辑过？）；此值已跳过，其后的值照常读取',
    'not valid JSON: the value of “%1” is not a string, number, object, list, true, false or null (was the text edited by hand?)':
        '不是有效的 JSON：“%1”的值不是字符串、数字、对象、列表、true、false 或 null（文本被手动编辑过？）',
    '“responseStatus.code” is %1, not an HTTP status code (0 to 999): the event is damaged':
        '“responseStatus.code”为 %1，不是 HTTP 状态码（0 到 999）：事件已损坏',
    'malformed list item: a string is not closed on its line, or the item is cut off; the items after it are read':
        '列表项格式错误：有字符串在本行内未闭合，或该项被截断；其后的列表项照常读取',
    'decompresses to more than %1 MiB, more than the free memory allows; the rest is not loaded (free memory, split the log into smaller files, or set AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)':
        '解压后超过 %1 MiB，超出可用内存；其余部分未加载（请释放内存、把日志拆分成较小的文件，或设置 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，以允许更多）',
    'decompresses to more than %1 MiB, the limit; the rest is not loaded (raise AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, or split the log into smaller files)':
        '解压后超过 %1 MiB 的上限，其余部分未加载（请调高 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，或把日志拆分成较小的文件）',
    'the gzip holds binary data, not a text audit log (found %1 MiB in)': 'gzip 中是二进制数据，不是文本审计日志（在解压后第 %1 MiB 处发现）',
    'cannot read the folder: %1': '无法读取文件夹：%1',
    'a symbolic link to nothing: its target is gone': '悬空的符号链接：其目标已不存在',
    'the file name is not valid UTF-8, so it cannot be opened by name here: rename the file to load it':
        '文件名不是有效的 UTF-8，因此无法在此按名称打开：请重命名文件后再加载',
    '%1: cannot be renamed to %2': '%1：无法重命名为 %2',
    'Edit Note': '编辑备注',
    "the folder's name is not valid UTF-8, so its files cannot be opened by name here: rename the folder to load them":
        '文件夹名不是有效的 UTF-8，因此无法在此按名称打开其中的文件：请重命名文件夹后再加载',
    'not a regular file (a named pipe, socket or device), so it was not read with the folder: name it on its own to read it as a stream':
        '不是普通文件（命名管道、套接字或设备），因此未随文件夹读取：请单独指定它，以作为数据流读取',
    'loading stopped: the machine is running out of memory (less than %1 MiB free). The files before this one are loaded; load fewer or smaller files, or pick a shorter time range at the source':
        '加载已停止：本机内存即将耗尽（可用内存不足 %1 MiB）。此文件之前的文件已加载；请少加载一些文件或加载较小的文件，或在数据源处选择较短的时间范围',
    'the stream is larger than %1 MiB, more than memory allows; the rest is not loaded (set AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)':
        '数据流大于 %1 MiB，超出内存允许的范围；其余部分未加载（请设置 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，以允许更多）',
    'the file shrank while it was read (truncated by log rotation with copytruncate?): the events before the cut are loaded; open it again for the rest':
        '读取期间文件变小了（被使用 copytruncate 的日志轮转截断？）：截断处之前的事件已加载；其余部分请重新打开文件',
    'UTF-16 text without a byte order mark: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8), or save it with a byte order mark':
        '没有字节顺序标记（BOM）的 UTF-16 文本：请转换为 UTF-8（iconv -f UTF-16LE -t UTF-8），或保存时带上字节顺序标记',
    'not loaded: the machine ran out of memory before this file': '未加载：在加载此文件之前本机内存已耗尽',
    'dated %1, in the future: the event is loaded, but the default time range ends at the newest other event (is a clock wrong?)':
        '时间为 %1，处于未来：事件已加载，但默认时间范围截止于其他事件中最新的一个（是否有时钟不准？）',
    'dated %1, far after every other event: the event is loaded, but the default time range ends at the newest other event (is a clock wrong?)':
        '时间为 %1，远晚于其他所有事件：事件已加载，但默认时间范围截止于其他事件中最新的一个（是否有时钟不准？）',
    # Command line: alerts
    'error: %1 notification failed after %2 attempt(s): %3\n': '错误：%1 通知尝试 %2 次后仍发送失败：%3\n',
    "Runs the alert rules over audit logs and prints what they find; the exit status is 1 when anything is found (or a file could not be read), 0 when nothing is, 2 on a usage error or a rule with a mistake.\nBuilt-in rules: Log Service's eight Kubernetes audit alert templates (sls-…), ACK's two documented examples (ack-exec, ack-internet-failures) and four more; --list-rules shows them.":
        '对审计日志运行告警规则并输出告警结果；有告警结果（或有文件无法读取）时退出状态为 1，没有时为 0，用法错误或规则有误时为 2。\n内置规则：日志服务的八个 Kubernetes 审计告警模板（sls-…）、ACK 文档中的两个示例（ack-exec、ack-internet-failures），以及另外四条；--list-rules 可列出它们。',
    'text, json, jsonl or csv.': 'text、json、jsonl 或 csv。',
    'A folder of user rules (*.yaml) besides the built-in ones (default: %1).': '内置规则之外的用户规则文件夹（*.yaml）（默认：%1）。',
    'Run only this rule (repeatable, or comma-separated ids).': '只运行此规则（可重复，或用逗号分隔多个 id）。',
    'Run the user rules only.': '只运行用户规则。',
    'List the rules (id, severity, kind, title) and exit.': '列出规则（id、severity、kind、title）后退出。',
    'After the first run, follow the files as tail -F does (or poll the remote source) and print each new finding as it comes, until interrupted.':
        '首次运行后，像 tail -F 一样跟踪文件（或轮询远程数据源），并随时输出每条新的告警结果，直到被中断。',
    'With --follow: seconds between polls (default 1 for files, 30 for a remote source).':
        '与 --follow 一起使用：轮询间隔秒数（文件默认 1，远程数据源默认 30）。',
    'Send the findings to this DingTalk robot webhook; the signing secret is read from AUDIT_CONSOLE_DINGTALK_SECRET.':
        '把告警结果发送到此钉钉机器人 Webhook；加签密钥从 AUDIT_CONSOLE_DINGTALK_SECRET 读取。',
    'POST the findings as JSON to this URL; a bearer token is read from AUDIT_CONSOLE_WEBHOOK_TOKEN.':
        '以 JSON 格式把告警结果 POST 到此 URL；Bearer Token 从 AUDIT_CONSOLE_WEBHOOK_TOKEN 读取。',
    'error: unknown format "%1": use text, json, jsonl or csv\n': '错误：未知格式 "%1"：请用 text、json、jsonl 或 csv\n',
    'error: --follow prints findings as they come: use --format text, jsonl or csv\n':
        '错误：--follow 会随时输出告警结果：请用 --format text、jsonl 或 csv\n',
    'error: no such rule folder: %1\n': '错误：规则文件夹不存在：%1\n',
    'error: no rule “%1” (--list-rules lists them)\n': '错误：没有规则“%1”（--list-rules 可列出所有规则）\n',
    'error: no rules to run\n': '错误：没有可运行的规则\n',
    'usage: audit-console alerts [--rules DIR] [--format text|json|jsonl|csv] [filters] FILE|DIR...\n':
        '用法：audit-console alerts [--rules 目录] [--format text|json|jsonl|csv] [过滤选项] 文件|目录...\n',
    'error: --dingtalk needs a URL such as https://oapi.dingtalk.com/robot/send?access_token=…\n':
        '错误：--dingtalk 需要 URL，例如 https://oapi.dingtalk.com/robot/send?access_token=…\n',
    'error: --webhook needs a URL such as https://hooks.example.com/audit\n':
        '错误：--webhook 需要 URL，例如 https://hooks.example.com/audit\n',
    "note: the part after '|' is not used by alerts\n": "注意：alerts 不使用 '|' 之后的部分\n",
    'note: %1: %2\n': '注意：%1：%2\n',
    # Command line: errors
    'error: %1\nrun “%2 %3 --help” for the options\n': '错误：%1\n运行“%2 %3 --help”查看选项\n',
    'error: --%1 takes a whole number from %2 to %3, not “%4”\n': '错误：--%1 取 %2 到 %3 之间的整数，而不是“%4”\n',
    'error: %n file(s) could not be read and are left out of what is printed\n': '错误：%n 个文件无法读取，未计入输出结果\n',
    'error: unknown report "%1": use overview, resources or detail\n': '错误：未知报表 "%1"：请用 overview、resources 或 detail\n',
    'error: the detail report needs --resource, e.g. --resource deployments\n':
        '错误：detail 报表需要 --resource，例如 --resource deployments\n',
    'error: unknown format "%1": use text, json or csv\n': '错误：未知格式 "%1"：请用 text、json 或 csv\n',
    'error: unknown format "%1": use jsonl or csv\n': '错误：未知格式 "%1"：请用 jsonl 或 csv\n',
    'error: unknown option “%1”: run “%2 --help” for the usage\n': '错误：未知选项“%1”：运行“%2 --help”查看用法\n',
    'error: unknown command “%1”: the commands are report, events, alerts, policy, ingest; or name files and folders to open\n':
        '错误：未知命令“%1”：命令有 report、events、alerts、policy、ingest；或指定要打开的文件和文件夹\n',
    'error: unknown command “%1”: the commands are report, events, alerts, policy, ingest\n':
        '错误：未知命令“%1”：命令有 report、events、alerts、policy、ingest\n',
    'error: “-” (standard input) is for the report and events commands, e.g. “%1 report overview -”\n':
        '错误：“-”（标准输入）只用于 report 和 events 命令，例如“%1 report overview -”\n',
    'error: no such file or folder: “%1”\n': '错误：文件或文件夹不存在：“%1”\n',
    'usage: audit-console-cli report overview|resources|detail [options] FILE|DIR...\n       audit-console-cli events [options] FILE|DIR...\n       audit-console-cli alerts [--rules DIR] [--format text|json|jsonl|csv] FILE|DIR...\n       audit-console-cli ingest --clickhouse URL [--database D] [--table T] FILE|DIR...\n       audit-console-cli policy lint FILE | policy simulate POLICY [--compare P2] FILE|DIR...\n       audit-console-cli report --help          the report and filter options\n':
        '用法：audit-console-cli report overview|resources|detail [选项] 文件|目录...\n       audit-console-cli events [选项] 文件|目录...\n       audit-console-cli alerts [--rules 目录] [--format text|json|jsonl|csv] 文件|目录...\n       audit-console-cli ingest --clickhouse 地址 [--database 库] [--table 表] 文件|目录...\n       audit-console-cli policy lint 文件 | policy simulate 策略 [--compare 策略2] 文件|目录...\n       audit-console-cli report --help          报表和过滤选项\n',
    'error: %1\nrun “audit-console policy simulate --help” for the options\n':
        '错误：%1\n运行“audit-console policy simulate --help”查看选项\n',
    'error: unknown format "%1": use text or json\n': '错误：未知格式 "%1"：请用 text 或 json\n',
    'error: %n file(s) could not be read and are left out of the simulation\n': '错误：%n 个文件无法读取，未计入模拟\n',
    'error: unknown policy command “%1”: the policy commands are lint and simulate\n':
        '错误：未知的 policy 命令“%1”：policy 命令有 lint 和 simulate\n',
    # Alerts: review fixes
    'not enough memory to run the rules': '内存不足，无法运行规则',
    'the rules could not run: %1': '规则无法运行：%1',
    'Live evaluation starts when the rules have run over what was loaded.': '规则对已加载的数据运行完毕后，开始实时跟踪。',
    # Incident review: object history, case notebook, the report document and evidence
    'the search of view “%1” is not valid: %2': '视图“%1”的查询语句无效：%2',
    'line %1: %2': '第 %1 行：%2',
    'not an Audit Console case file': '不是审计控制台的案例文件',
    'written by a newer Audit Console (case format %1)': '由较新版本的审计控制台写入（案例格式 %1）',
    'bookmark %1 has no auditID': '书签 %1 没有 auditID',
    'view “%1”: unknown page “%2”': '视图“%1”：未知页面“%2”',
    'view “%1”: the time range is not valid': '视图“%1”：时间范围无效',
    'error: report all paints charts and PDF pages, which this headless executable cannot; run it as `audit-console report all …` (no display needed)\n':
        '错误：report all 需要绘制图表和 PDF 页面，此无界面程序无法做到；请以 `audit-console report all …` 运行（不需要显示器）\n',
    'Prints an ACK audit report of Kubernetes API-server audit logs.\nReports: overview, resources, detail (with --resource); all (the three as one HTML or PDF document: see report all --help).':
        '输出 Kubernetes API Server 审计日志的 ACK 审计报表。\n报表：overview、resources、detail（需 --resource）；all（把这三份报表合成一个 HTML 或 PDF 文档：见 report all --help）。',
    'Writes the audit report document for an incident review: the audit overview, the resource operations and the resource details, each from a new page, with the files read and the query behind every figure in an appendix.':
        '为事故复盘写出审计报告文档：审计中心概览、资源操作概览和资源操作详细列表，各自从新的一页开始，附录中列出读取的文件以及每个指标背后的查询。',
    'all': 'all',
    'html or pdf (default: from the name of the --output file).': 'html 或 pdf（默认根据 --output 文件的名称判断）。',
    'The file to write (required); - writes HTML to standard output.': '要写入的文件（必填）；- 表示把 HTML 写到标准输出。',
    'Add the detail report of this resource (repeatable, or comma-separated), e.g. deployments, pods/exec.':
        '添加此资源的详细列表报表（可重复，或用逗号分隔），例如 deployments、pods/exec。',
    'Entries in each top list and chart (default 10).': '每个排行列表和图表的条目数（默认 10）。',
    "Rows of each list of important events and of each detail's operations (default 20).":
        '每个重要事件列表以及每个资源操作详细列表中操作的行数（默认 20）。',
    'Also write the evidence bundle into this folder: the matching raw events (events.jsonl.gz, the lines `events` prints), report.html, report.pdf, manifest.json and SHA256SUMS.':
        '同时把证据包写入此文件夹：匹配的原始事件（events.jsonl.gz，即 `events` 输出的行）、report.html、report.pdf、manifest.json 和 SHA256SUMS。',
    'Times in UTC only (default: in the local time zone and in UTC).': '时间只用 UTC 表示（默认同时用本地时区和 UTC 表示）。',
    'usage: audit-console report all --output FILE [--format html|pdf] [--resource R]... [options] FILE|DIR...\n':
        '用法：audit-console report all --output 文件 [--format html|pdf] [--resource 资源]... [选项] 文件|目录...\n',
    'error: report all needs --output FILE (or --evidence DIR), e.g. --output review.pdf\n':
        '错误：report all 需要 --output 文件（或 --evidence 目录），例如 --output review.pdf\n',
    'error: the name “%1” does not say html or pdf: give --format html or --format pdf\n':
        '错误：无法从名称“%1”看出是 html 还是 pdf：请指定 --format html 或 --format pdf\n',
    'error: unknown format "%1": use html or pdf\n': '错误：未知格式 "%1"：请用 html 或 pdf\n',
    'error: a PDF is not written to standard output: name a file with --output\n': '错误：PDF 不能写到标准输出：请用 --output 指定文件\n',
    'error: report all draws charts and pages, which this program cannot: run it with audit-console instead of audit-console-cli\n':
        '错误：report all 需要绘制图表和页面，此程序无法做到：请用 audit-console 而不是 audit-console-cli 运行\n',
    'Gathering…': '正在收集…',
    '%1: %n request(s), the report and the manifest\n': '%1：%n 个请求、报告和清单\n',
    'error: cannot write %1: %2\n': '错误：无法写入 %1：%2\n',
    '%1: %n report(s), the files read and the query behind every figure\n': '%1：%n 份报表、读取的文件以及每个指标背后的查询\n',
    '%1 changed on disk since it was loaded; its events are not written': '%1 在加载后已在磁盘上被修改；其中的事件未写入',
    '%1: cannot be written': '%1：无法写入',
    '%1: the disk refused the write': '%1：磁盘拒绝写入',
    '%1: the folder cannot be made': '%1：无法创建文件夹',
    'Operation %1 of the JSON patch is not an object.': 'JSON Patch 的第 %1 个操作不是对象。',
    'Operation %1 (%2): the path “%3” is not a JSON pointer.': '第 %1 个操作（%2）：路径“%3”不是 JSON Pointer。',
    'Operation %1 (%2): “%3” does not exist.': '第 %1 个操作（%2）：“%3”不存在。',
    'Operation %1 (%2) has no value.': '第 %1 个操作（%2）没有 value。',
    'Operation %1 (move): “%2” cannot move into itself.': '第 %1 个操作（move）：“%2”不能移动到其自身内部。',
    'Operation %1 (test): the value at “%2” is %3, not %4.': '第 %1 个操作（test）：“%2”处的值是 %3，而不是 %4。',
    'Operation %1 has an unknown op “%2”.': '第 %1 个操作的 op“%2”未知。',
    'The request failed with code %1: nothing changed.': '请求失败，状态码 %1：没有任何更改。',
    'A dry run (dryRun=All): the server checked the request and changed nothing.': '试运行（dryRun=All）：服务器检查了请求，但没有做任何更改。',
    'The log holds no response to this request: whether it changed the object is not known.':
        '日志中没有此请求的响应：无法得知它是否更改了对象。',
    'The object was deleted; a later create starts a new object.': '对象已被删除；之后的 create 会创建一个新对象。',
    "This source does not hold the request's raw record: what changed is not known.": '此数据源不保存请求的原始记录：无法得知更改了什么。',
    "The log records only this request's metadata (level %1), as ACK's policy does for Secrets and ConfigMaps: what changed is not recorded.":
        '日志只记录了此请求的元数据（级别 %1），ACK 的策略对 Secret 和 ConfigMap 就是这样记录的：更改了什么没有记录。',
    'The log holds no request body for this write: what changed is not recorded.': '日志中没有此次写入的请求体：更改了什么没有记录。',
    "A request on the %1 subresource: it does not change the object's fields.": '对 %1 子资源的请求：不会更改对象的字段。',
    'No earlier state of the object is in the log: the changes are the values this request set, their earlier values unknown.':
        '日志中没有对象更早的状态：所列更改是此请求设置的值，其原值未知。',
    'No earlier state of the object is in the log: the object as written here is the starting point for the changes after it.':
        '日志中没有对象更早的状态：此处写入的对象是其后各项更改的起点。',
    'JSON patch': 'JSON Patch',
    'merge patch': '合并补丁',
    'strategic merge': '策略性合并',
    'The JSON patch does not apply to the last known state (%1), and the log holds no response object: the patch is shown as sent, and later changes are compared from the next full state.':
        'JSON Patch 无法应用到最后已知的状态（%1），且日志中没有响应对象：补丁按发送时的原样显示，之后的更改从下一个完整状态开始比较。',
    "A strategic merge patch with lists or directives cannot be applied without the resource's schema, and the log holds no response object: the patch is shown as sent, and later changes are compared from the next full state.":
        '含列表或指令的策略性合并补丁在没有资源 schema 的情况下无法应用，且日志中没有响应对象：补丁按发送时的原样显示，之后的更改从下一个完整状态开始比较。',
    'Time: all': '时间：全部',
    'Time: the last %1': '时间：最近 %1',
    'From: %1': '开始时间：%1',
    'To: %1, exclusive': '结束时间：%1（不含）',
    'Namespaces: %1': '命名空间：%1',
    'Operators: %1': '操作账号：%1',
    'Status codes: %1': '状态码：%1',
    'Audit overview': '审计中心概览',
    '%1 · %2': '%1 · %2',
    '%1 · succeeded': '%1 · 成功',
    '%1 · failed': '%1 · 失败',
    'Resource operations': '资源操作概览',
    '%1 · %2 · %3': '%1 · %2 · %3',
    'Resource detail: %1': '资源操作详细列表：%1',
    '%1 · Requests': '%1 · 请求数',
    '%1 · Failed': '%1 · 失败',
    '%1 bytes when it was loaded: the file changed since': '加载时为 %1 字节：文件此后已被修改',
    'Appendix': '附录',
    'Audit report, %1': '审计报告，%1',
    'Requests from %1, end exclusive.': '请求时间：%1（不含结束时间）。',
    'Filters: %1.': '筛选条件：%1。',
    'Search: %1': '查询语句：%1',
    'Audit report': '审计报告',
    'Source': '数据源',
    'Time range (%1)': '时间范围（%1）',
    'Time range (UTC)': '时间范围（UTC）',
    '%1 – %2, end exclusive': '%1 – %2（不含结束时间）',
    'Data in the source': '数据源中的数据',
    'Filters': '筛选条件',
    'None': '无',
    'Generated': '生成时间',
    'Files read': '读取的文件',
    'None: a remote source': '无：远程数据源',
    '%n file(s); each with its SHA-256 in the appendix': '%n 个文件；各文件的 SHA-256 见附录',
    'Contents': '目录',
    'Every figure counts API requests, one per auditID, as the Alibaba Cloud ACK cluster auditing reports do. Each report begins on a new page. The appendix gives the search statement behind each figure and the command that lists its requests, so that any figure can be checked against the source.':
        '每个指标统计的都是 API 请求数，每个 auditID 计一次，与阿里云 ACK 集群审计的报表一致。每份报表从新的一页开始。附录给出每个指标背后的查询语句以及列出其请求的命令，以便对照数据源核对任一指标。',
    'Figure': '指标',
    'Total': '总数',
    'Requests over time (%1)': '请求趋势（%1）',
    'No requests in this range': '此范围内没有请求',
    'None in this range.': '此范围内没有相关请求。',
    'The latest %1 of %2, newest first; the appendix gives the query that lists them all.':
        '共 %2 个，列出最新的 %1 个，最新的在前；附录给出列出全部请求的查询。',
    'Namespace / name': '命名空间 / 名称',
    'container %1': '容器 %1',
    'Operations by resource': '按资源统计操作',
    'Requests on the resources themselves: subresources such as pods/exec are counted in the overview. Failed: the final status code is 400 or more.':
        '只统计对资源本身的请求：pods/exec 等子资源计入审计中心概览。失败：最终状态码为 400 及以上。',
    '%n other namespace(s)': '其他 %n 个命名空间',
    'The latest %1 of %2.': '共 %2 个，列出最新的 %1 个。',
    'Bookmarks and notes': '书签和备注',
    'No bookmarks or notes were added.': '没有添加书签或备注。',
    'Title': '标题',
    'When': '时间',
    'Note': '备注',
    'No local files: the figures were read from %1.': '没有本地文件：指标读取自 %1。',
    'Bytes': '字节数',
    'SHA-256': 'SHA-256',
    'Queries behind the figures': '指标背后的查询',
    'Each figure is the number of requests (one per auditID) that its Log Service search statement matches in its time range (end exclusive): paste the statement into the search box, or run the command, which lists the requests one per line and counts them at the end.':
        '每个指标都是其日志服务查询语句在其时间范围（不含结束时间）内匹配的请求数（每个 auditID 计一次）：可把查询语句粘贴到查询框中，或运行命令，命令每行列出一个请求，并在末尾计数。',
    'SOURCE stands for the source of the command line below: its files and folders, or its --sls-… or --clickhouse options.':
        'SOURCE 代表下面命令行的数据源：其文件和文件夹，或其 --sls-… 或 --clickhouse 选项。',
    'Value': '数值',
    'Search statement, time range and command': '查询语句、时间范围和命令',
    '(unbounded)': '（不限）',
    'Reproduce this document': '重新生成此文档',
    'This document was made in the window; the queries above reproduce each figure.': '此文档是在窗口中生成的；用上面的查询可以重现每个指标。',
    'the pages could not be started': '无法开始输出页面',
    'a new page could not be started': '无法开始新的一页',
    'Page %1 of %2': '第 %1 页，共 %2 页',
    'Request': '请求',
    'Finding': '告警结果',
    'Case title, e.g. INC-2041 deleted deployment': '案例标题，例如 INC-2041 deployment 被删除',
    'Notes for the case: timeline, conclusions, follow-ups': '案例备注：时间线、结论、后续事项',
    'Double-click a view to show it; its command line is in the tooltip': '双击视图即可显示；其命令行见工具提示',
    'Bookmarks': '书签',
    'Views': '视图',
    'Notes': '备注',
    'Open': '打开',
    'Copy Command': '复制命令',
    'Remove': '移除',
    'auditID %1\n%2, line %3': 'auditID %1\n%2，第 %3 行',
    'Stop': '停止',
    'History of %1': '%1 的历史',
    'Only the requests that changed a field, e.g. spec.replicas': '只显示更改了某个字段的请求，例如 spec.replicas',
    'Change': '更改',
    'Click a changed field to see who else changed it; double-click a request to open it': '点击更改的字段可查看还有谁更改过它；双击请求即可打开',
    'Changed field:': '更改的字段：',
    '&Bookmark Request': '为请求添加书签(&B)',
    '&Open Request': '打开请求(&O)',
    'Who Changed %1': '谁更改了 %1',
    'Copy Field Path': '复制字段路径',
    'Copy Row': '复制行',
    'Reading every request on %1…': '正在读取对 %1 的所有请求…',
    'Stopped: the history of %1 was not read.': '已停止：未读取 %1 的历史。',
    'The history of %1 could not be read: %2': '无法读取 %1 的历史：%2',
    'read': '读取',
    'created': '已创建',
    'updated': '已更新',
    'patched (%1)': '已修补（%1）',
    'deleted': '已删除',
    'failed: nothing changed': '失败：没有更改',
    'dry run: nothing changed': '试运行：没有更改',
    'change not recorded (level %1)': '未记录更改（级别 %1）',
    'patch as sent (%1)': '按发送原样显示补丁（%1）',
    'first known state': '最早的已知状态',
    'on %1': '作用于 %1',
    '%1: %Ln request(s), newest first': '%1：%Ln 个请求，最新的在前',
    '%1: %Ln request(s) changed %2': '%1：%Ln 个请求更改了 %2',
    '%Ln write(s)': '%Ln 次写入',
    '%Ln change(s) the log does not show (logged at level Metadata)': '%Ln 次更改日志中看不到（以 Metadata 级别记录）',
    'only the newest requests are listed': '只列出了最新的请求',
    '%1, no field changed': '%1，没有字段更改',
    'added %1': '新增 %1',
    'removed (was %1)': '已移除（原为 %1）',
    'Click to see who changed %1': '点击查看谁更改了 %1',
    'Patch: %1': '补丁：%1',
    'Case': '案例',
    'Export &Report…': '导出报告(&R)…',
    '&Print Report…': '打印报告(&P)…',
    'Export E&vidence…': '导出证据包(&V)…',
    '&Case': '案例(&C)',
    '&New Case': '新建案例(&N)',
    '&Open Case…': '打开案例(&O)…',
    'Open Case': '打开案例',
    'Audit Console cases (*.accase *.json);;All files (*)': '审计控制台案例 (*.accase *.json);;所有文件 (*)',
    'Save Case': '保存案例',
    'Audit Console cases (*.accase)': '审计控制台案例 (*.accase)',
    '&Save Case': '保存案例(&S)',
    'Save Case &As…': '案例另存为(&A)…',
    '&Bookmark Event…': '为事件添加书签(&B)…',
    'Bookmark Event': '为事件添加书签',
    'Select an event on the Events page (or open one from a list) first.': '请先在“事件”页选择一个事件（或从列表中打开一个事件）。',
    'Note on %1:': '%1 的备注：',
    'Note on &Finding…': '为告警结果添加备注(&F)…',
    'Note on Finding': '为告警结果添加备注',
    'Select a finding on the Findings page first.': '请先在“告警结果”页选择一条告警结果。',
    'Save &View…': '保存视图(&V)…',
    'Save View': '保存视图',
    'Name of the view:': '视图名称：',
    'Copy View as &Command Line': '将视图复制为命令行(&C)',
    'Copied: %1': '已复制：%1',
    'Object &History…': '对象历史(&H)…',
    'Object History': '对象历史',
    'Select a request on an object (one with a name) on the Events page, or search for it: objectRef.namespace: x and objectRef.name: y.':
        '请先在“事件”页选择一个针对某个对象（有名称的对象）的请求，或查询该对象：objectRef.namespace: x and objectRef.name: y。',
    'Show Case &Panel': '显示案例面板(&P)',
    'The case was made on %1. Open it?': '此案例基于 %1 创建。要打开吗？',
    'The case has changes that are not saved. Save them?': '案例有未保存的更改。要保存吗？',
    'Show View': '显示视图',
    'Case notes': '案例备注',
    'Open audit logs first.': '请先打开审计日志。',
    'Gathering the reports…': '正在收集报表数据…',
    'Writing the evidence…': '正在写入证据包…',
    'The evidence was not written.': '证据包未写入。',
    'The audit overview and the resource operations come first, under the filters now set. Add the detail of these resources:':
        '审计中心概览和资源操作概览排在最前面，按当前设置的筛选条件生成。另外添加以下资源的详细列表：',
    'Export Report': '导出报告',
    'PDF document (*.pdf);;Web page (*.html)': 'PDF 文档 (*.pdf);;网页 (*.html)',
    'Report written to %1': '报告已写入 %1',
    'Export Evidence': '导出证据包',
    'Export Evidence into a Folder': '将证据包导出到文件夹',
    'Evidence written to %1': '证据包已写入 %1',
    'Print Report': '打印报告',
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


def messages(path):
    """(context, source, translation) of every message in a .ts file."""
    found = set()
    for context in ET.parse(path).getroot().iter('context'):
        name = context.find('name').text
        for message in context.iter('message'):
            found.add((name, message.find('source').text or '', ''.join(message.find('translation').itertext())))
    return found


def check(committed, fresh):
    """Fails, listing them, where the committed .ts differs from a fresh lupdate filled by main()."""
    have, want = messages(committed), messages(fresh)
    if have == want:
        return
    lines = ['%s is not up to date: run the ac_models_lupdate target, then %s' % (committed, sys.argv[0])]
    lines += ['  missing: %s: %r' % (c, s) for c, s, _ in sorted(want - have)]
    lines += ['  stale:   %s: %r' % (c, s) for c, s, _ in sorted(have - want)]
    sys.exit('\n'.join(lines))


if __name__ == '__main__':
    if len(sys.argv) == 4 and sys.argv[1] == '--check':
        check(sys.argv[2], sys.argv[3])
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else 'translations/audit-console_zh_CN.ts')
