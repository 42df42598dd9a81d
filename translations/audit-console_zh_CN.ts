<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Backend</name>
    <message>
        <source>Not enough memory to answer this query.</source>
        <translation>内存不足，无法完成此查询。</translation>
    </message>
    <message>
        <source>The source failed: %1</source>
        <translation>数据源出错：%1</translation>
    </message>
    <message>
        <source>The source failed with an unknown error.</source>
        <translation>数据源出现未知错误。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>The source answered %1 of %2 queries.</source>
        <translation>数据源只回答了 %2 个查询中的 %1 个。</translation>
    </message>
    <message>
        <source>An events page is asked after one row or before one, not both.</source>
        <translation>事件分页只能从某一行之后或之前取，不能同时指定。</translation>
    </message>
    <message>
        <source>This source does not keep the raw events.</source>
        <translation>此数据源不保存原始事件。</translation>
    </message>
    <message>
        <source>Full-text search (words without a field) is not supported by this source.</source>
        <translation>此数据源不支持全文检索（不带字段名的关键词）。</translation>
    </message>
    <message>
        <source>The analytic part after '|' is not supported by this source; only the search before it is applied.</source>
        <translation>此数据源不支持 '|' 之后的分析语句；只应用其前面的查询条件。</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Start time (RFC 3339 or YYYY-MM-DD[ HH:MM], UTC).</source>
        <translation>开始时间（RFC 3339 或 YYYY-MM-DD[ HH:MM]，UTC）。</translation>
    </message>
    <message>
        <source>End time, exclusive.</source>
        <translation>结束时间（不含）。</translation>
    </message>
    <message>
        <source>Only the last 15m, 1h, 1d, 7d, 30d, any &lt;n&gt;m|h|d, or all, back from the newest event.</source>
        <translation>只看最近 15m、1h、1d、7d、30d、任意 &lt;n&gt;m|h|d 或 all，从最新事件往前算。</translation>
    </message>
    <message>
        <source>Log Service search statement, e.g. 'verb: create and objectRef.subresource: exec'.</source>
        <translation>日志服务查询语句，例如 'verb: create and objectRef.subresource: exec'。</translation>
    </message>
    <message>
        <source>Only this namespace (repeatable, or comma-separated).</source>
        <translation>只看此命名空间（可重复，或用逗号分隔）。</translation>
    </message>
    <message>
        <source>Only this operator: a RAM sub-account id or any user (repeatable).</source>
        <translation>只看此操作账号：RAM 子账号 ID 或任意用户（可重复）。</translation>
    </message>
    <message>
        <source>Only this status code or class, e.g. 403 or 4xx (repeatable).</source>
        <translation>只看此状态码或状态码类别，例如 403 或 4xx（可重复）。</translation>
    </message>
    <message>
        <source>Leave out nodes, service accounts and control-plane components.</source>
        <translation>排除节点、服务账号和控制面组件。</translation>
    </message>
    <message>
        <source>Loader threads (default: one per core).</source>
        <translation>加载线程数（默认每个核一个）。</translation>
    </message>
    <message>
        <source>search statement: %1
  %2
  %3^
</source>
        <translation>查询语句：%1
  %2
  %3^
</translation>
    </message>
    <message>
        <source>cannot read --last "%1": use 15m, 1h, 1d, 7d, 30d, &lt;n&gt;m|h|d or all
</source>
        <translation>无法识别 --last "%1"：请用 15m、1h、1d、7d、30d、&lt;n&gt;m|h|d 或 all
</translation>
    </message>
    <message>
        <source>cannot read the time "%1"
</source>
        <translation>无法识别时间 "%1"
</translation>
    </message>
    <message>
        <source>no audit events could be loaded
</source>
        <translation>未能加载任何审计事件
</translation>
    </message>
    <message>
        <source>Prints an ACK audit report of Kubernetes API-server audit logs.
Reports: overview, resources, detail (with --resource).</source>
        <translation>输出 Kubernetes API Server 审计日志的 ACK 审计报表。
报表：overview、resources、detail（需 --resource）。</translation>
    </message>
    <message>
        <source>overview | resources | detail</source>
        <translation>overview | resources | detail</translation>
    </message>
    <message>
        <source>Audit log files or folders.</source>
        <translation>审计日志文件或文件夹。</translation>
    </message>
    <message>
        <source>text, json or csv.</source>
        <translation>text、json 或 csv。</translation>
    </message>
    <message>
        <source>Resource of the detail report (plural, e.g. deployments, pods/exec, aliyunlogconfigs).</source>
        <translation>详细列表报表的资源（复数形式，例如 deployments、pods/exec、aliyunlogconfigs）。</translation>
    </message>
    <message>
        <source>Entries in each top list (default 10).</source>
        <translation>每个排行列表的条目数（默认 10）。</translation>
    </message>
    <message>
        <source>Operations listed by the detail report (default 100).</source>
        <translation>详细列表报表列出的操作数（默认 100）。</translation>
    </message>
    <message>
        <source>usage: audit-console report overview|resources|detail [options] FILE|DIR...
</source>
        <translation>用法：audit-console report overview|resources|detail [选项] 文件|目录...
</translation>
    </message>
    <message>
        <source>unknown report "%1": use overview, resources or detail
</source>
        <translation>未知报表 "%1"：请用 overview、resources 或 detail
</translation>
    </message>
    <message>
        <source>the detail report needs --resource, e.g. --resource deployments
</source>
        <translation>detail 报表需要 --resource，例如 --resource deployments
</translation>
    </message>
    <message>
        <source>unknown format "%1": use text, json or csv
</source>
        <translation>未知格式 "%1"：请用 text、json 或 csv
</translation>
    </message>
    <message>
        <source>jsonl (the raw events) or csv.</source>
        <translation>jsonl（原始事件）或 csv。</translation>
    </message>
    <message>
        <source>usage: audit-console events [--query STATEMENT] [--format jsonl|csv] [--limit N] FILE|DIR...
</source>
        <translation>用法：audit-console events [--query 查询语句] [--format jsonl|csv] [--limit N] 文件|目录...
</translation>
    </message>
    <message>
        <source>unknown format "%1": use jsonl or csv
</source>
        <translation>未知格式 "%1"：请用 jsonl 或 csv
</translation>
    </message>
    <message>
        <source>%1 changed on disk while loading; its events are not printed
</source>
        <translation>%1 在加载后被修改，其中的事件未输出
</translation>
    </message>
    <message>
        <source>note: the analytic part after '|' is not supported by this source and was not run here: %1
</source>
        <translation>注意：此数据源不支持 '|' 之后的分析语句，此处未执行：%1
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>Prints the requests that match a search, in time order: each by its last stage.</source>
        <translation>按时间顺序输出匹配查询的请求：每个请求以其最后阶段表示。</translation>
    </message>
    <message>
        <source>At most this many requests (default: all).</source>
        <translation>最多输出这么多请求（默认全部）。</translation>
    </message>
    <message>
        <source>With jsonl: print every stage of each request, not only its last.</source>
        <translation>与 jsonl 一起使用：输出每个请求的所有阶段，而不仅是最后一个。</translation>
    </message>
    <message numerus="yes">
        <source>%n matching request(s)
</source>
        <translation><numerusform>%n 个匹配的请求
</numerusform></translation>
    </message>
</context>
<context>
    <name>MemoryBackend</name>
    <message>
        <source>No event %1 in these files.</source>
        <translation>这些文件中没有事件 %1。</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>No audit events could be loaded.</source>
        <translation>未能加载任何审计事件。</translation>
    </message>
</context>
<context>
    <name>ac::ChartPanel</name>
    <message>
        <source>No matching requests</source>
        <translation>没有匹配的请求</translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation>导出图表为 PNG…</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 requests</source>
        <translation>%1：%2 个请求</translation>
    </message>
    <message>
        <source>%1: %2 requests (%3%)</source>
        <translation>%1：%2 个请求（%3%）</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 – %2: %3 requests</source>
        <translation>%1 – %2：%3 个请求</translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation>%1，%2：%3 个请求</translation>
    </message>
</context>
<context>
    <name>ac::DetailPage</name>
    <message>
        <source>Resource, e.g. deployments, pods/exec, aliyunlogconfigs</source>
        <translation>资源，例如 deployments、pods/exec、aliyunlogconfigs</translation>
    </message>
    <message>
        <source>Any resource in its plural form; CRDs too (type it if it is not listed)</source>
        <translation>任意资源的复数形式，CRD 也可以（不在列表中时直接输入）</translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation>资源(&amp;R)：</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Requests on this resource — click to list them</source>
        <translation>对此资源的请求——点击列出</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Requests with a final code below 400 — click to list the failures</source>
        <translation>最终状态码低于 400 的请求——点击列出失败的请求</translation>
    </message>
    <message>
        <source>Namespace distribution</source>
        <translation>命名空间分布</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>请求趋势</translation>
    </message>
    <message>
        <source>Namespace distribution of %1</source>
        <translation>%1 的命名空间分布</translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation>（集群级）</translation>
    </message>
    <message>
        <source>Resource Details</source>
        <translation>资源操作详细列表</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Operations, newest first</source>
        <translation>操作列表，最新的在前</translation>
    </message>
</context>
<context>
    <name>ac::EventDetailView</name>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Show the event as JSON or YAML</source>
        <translation>以 JSON 或 YAML 显示事件</translation>
    </message>
    <message>
        <source>Copy the event (Ctrl+Shift+C)</source>
        <translation>复制事件 (Ctrl+Shift+C)</translation>
    </message>
    <message>
        <source>The stages of this request; select one to show it</source>
        <translation>此请求的各个阶段；选择一个以显示</translation>
    </message>
    <message>
        <source>Select an event to see it whole.</source>
        <translation>选择一个事件以查看完整内容。</translation>
    </message>
    <message>
        <source>%1 — code %2 — %3</source>
        <translation>%1 — 状态码 %2 — %3</translation>
    </message>
    <message>
        <source>Loading the event…</source>
        <translation>正在加载事件…</translation>
    </message>
    <message>
        <source>This event cannot be shown: %1</source>
        <translation>无法显示此事件：%1</translation>
    </message>
    <message>
        <source>%1 · auditID %2</source>
        <translation>%1 · auditID %2</translation>
    </message>
    <message>
        <source>The raw event is gone: its file was truncated or replaced since it was loaded; reload it (F5) to see this event.</source>
        <translation>原始事件已不可用：文件在加载后被截断或替换；请重新加载（F5）以查看此事件。</translation>
    </message>
    <message>
        <source>shortened view: the first %1 characters are shown; Copy copies the whole event</source>
        <translation>简略视图：只显示前 %1 个字符；“复制”会复制整个事件</translation>
    </message>
    <message>
        <source>YAML is shown for events up to %1 MiB; this one has %2 MiB. The JSON view shows its beginning, and Copy copies all of it.</source>
        <translation>只为不超过 %1 MiB 的事件显示 YAML；此事件有 %2 MiB。JSON 视图显示其开头部分，“复制”会复制全部内容。</translation>
    </message>
</context>
<context>
    <name>ac::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作账号</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>User agent</source>
        <translation>User Agent</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>TTY / stdin</source>
        <translation>TTY / stdin</translation>
    </message>
    <message>
        <source>tty, stdin</source>
        <translation>tty，stdin</translation>
    </message>
    <message>
        <source>tty</source>
        <translation>tty</translation>
    </message>
    <message>
        <source>stdin</source>
        <translation>stdin</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Impersonated user</source>
        <translation>被模拟用户</translation>
    </message>
    <message>
        <source>Request URI</source>
        <translation>请求 URI</translation>
    </message>
    <message>
        <source>Audit ID</source>
        <translation>审计 ID</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>耗时（毫秒）</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
</context>
<context>
    <name>ac::EventsPage</name>
    <message>
        <source>Events</source>
        <translation>事件</translation>
    </message>
    <message>
        <source>The events could not be listed: %1</source>
        <translation>无法列出事件：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching request(s); select one to see the whole event</source>
        <translation><numerusform>%Ln 个匹配的请求；选中一个以查看完整事件</numerusform></translation>
    </message>
</context>
<context>
    <name>ac::FilterBar</name>
    <message>
        <source>Hide system components</source>
        <translation>隐藏系统组件</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>RAM sub-account</source>
        <translation>RAM 子账号</translation>
    </message>
    <message>
        <source>Status code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Leave out nodes, service accounts, the API server, scheduler and controller manager (the ACK documentation's query)</source>
        <translation>排除节点、服务账号、API Server、调度器和控制器管理器（即 ACK 文档中的查询）</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>自定义时间范围…</translation>
    </message>
    <message>
        <source>Measured back from the newest event loaded</source>
        <translation>从已加载的最新事件往前计算</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Show every operator, not only RAM sub-accounts</source>
        <translation>显示所有操作账号，而不只是 RAM 子账号</translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation>%1 类</translation>
    </message>
    <message>
        <source>(no values under the current filters)</source>
        <translation>（当前筛选条件下没有值）</translation>
    </message>
    <message numerus="yes">
        <source>… %n more: type them in the search box</source>
        <translation><numerusform>… 还有 %n 个：请在查询框中输入</numerusform></translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation>（集群级）</translation>
    </message>
    <message>
        <source>Custom Time Range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>到</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>命名空间 %1</translation>
    </message>
    <message>
        <source>account %1</source>
        <translation>账号 %1</translation>
    </message>
    <message>
        <source>code %1</source>
        <translation>状态码 %1</translation>
    </message>
    <message>
        <source>system components hidden</source>
        <translation>已隐藏系统组件</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>查询“%1”</translation>
    </message>
    <message>
        <source>all time</source>
        <translation>全部时间</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>最近 %1</translation>
    </message>
    <message>
        <source>All requests, %1</source>
        <translation>全部请求，%1</translation>
    </message>
    <message>
        <source>Filtered: %1; %2</source>
        <translation>已筛选：%1；%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>ac::KeyCountModel</name>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>占比</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 requests (%3%)</source>
        <translation>%1：%2 个请求（%3%）</translation>
    </message>
</context>
<context>
    <name>ac::MainWindow</name>
    <message>
        <source>Audit Console</source>
        <translation>审计控制台</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open an audit log: File ▸ Open, or drop files here.</source>
        <translation>打开审计日志：文件 ▸ 打开，或把文件拖到这里。</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>正在加载 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation><numerusform>%n 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation><numerusform>%n 个问题</numerusform></translation>
    </message>
    <message>
        <source>Lines and files that could not be loaded, with file, line and reason</source>
        <translation>未能加载的行和文件，含文件、行号和原因</translation>
    </message>
    <message>
        <source>%1 — Audit Console</source>
        <translation>%1 — 审计控制台</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Audit Logs</source>
        <translation>打开审计日志</translation>
    </message>
    <message>
        <source>Audit logs (*.log *.json *.jsonl *.gz *.audit *.log.*);;All files (*)</source>
        <translation>审计日志 (*.log *.json *.jsonl *.gz *.audit *.log.*);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation>打开文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a Folder of Audit Logs</source>
        <translation>打开审计日志文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation>重新加载(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation>导出表格为 CSV(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;Charts as PNG…</source>
        <translation>导出图表为 PNG(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>后退(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>前进(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>查询(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>设置(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation>查询语法(&amp;S)</translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation>查询语法</translation>
    </message>
    <message>
        <source>&lt;p&gt;The Log Service search statement, as in the ACK console:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;verb: create&lt;/code&gt; — a token of the field's value&lt;/li&gt;&lt;li&gt;&lt;code&gt;objectRef.name: nginx-*&lt;/code&gt; — wildcards &lt;code&gt;*&lt;/code&gt; and &lt;code&gt;?&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;responseStatus.code &amp;gt;= 400&lt;/code&gt;, &lt;code&gt;latencyMs &amp;gt; 1000&lt;/code&gt;, &lt;code&gt;responseStatus.code: 4xx&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;and&lt;/code&gt;, &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, parentheses; terms side by side mean &lt;code&gt;and&lt;/code&gt;&lt;/li&gt;&lt;li&gt;a bare word or a quoted phrase searches the whole event&lt;/li&gt;&lt;li&gt;derived fields: &lt;code&gt;operator&lt;/code&gt;, &lt;code&gt;accountType&lt;/code&gt;, &lt;code&gt;sourceScope&lt;/code&gt;, &lt;code&gt;category&lt;/code&gt;, &lt;code&gt;operation&lt;/code&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Up and Down recall earlier searches; Escape clears.&lt;/p&gt;</source>
        <translation>&lt;p&gt;与 ACK 控制台相同的日志服务查询语句：&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;verb: create&lt;/code&gt; —— 字段值中的一个词&lt;/li&gt;&lt;li&gt;&lt;code&gt;objectRef.name: nginx-*&lt;/code&gt; —— 通配符 &lt;code&gt;*&lt;/code&gt; 和 &lt;code&gt;?&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;responseStatus.code &amp;gt;= 400&lt;/code&gt;、&lt;code&gt;latencyMs &amp;gt; 1000&lt;/code&gt;、&lt;code&gt;responseStatus.code: 4xx&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;and&lt;/code&gt;、&lt;code&gt;or&lt;/code&gt;、&lt;code&gt;not&lt;/code&gt; 和括号；并列的条件表示 &lt;code&gt;and&lt;/code&gt;&lt;/li&gt;&lt;li&gt;单独的词或带引号的短语在整个事件中全文查询&lt;/li&gt;&lt;li&gt;派生字段：&lt;code&gt;operator&lt;/code&gt;、&lt;code&gt;accountType&lt;/code&gt;、&lt;code&gt;sourceScope&lt;/code&gt;、&lt;code&gt;category&lt;/code&gt;、&lt;code&gt;operation&lt;/code&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;上下方向键调出以前的查询；Esc 清空。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;About Audit Console</source>
        <translation>关于审计控制台(&amp;A)</translation>
    </message>
    <message>
        <source>About Audit Console</source>
        <translation>关于审计控制台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audit Console %1&lt;/h3&gt;&lt;p&gt;Kubernetes API-server audit logs with the reports of ACK cluster auditing.&lt;/p&gt;&lt;p&gt;Qt %2 · syntax highlighting: %3 · GeoIP: %4&lt;/p&gt;</source>
        <translation>&lt;h3&gt;审计控制台 %1&lt;/h3&gt;&lt;p&gt;用 ACK 集群审计的报表查看 Kubernetes API Server 审计日志。&lt;/p&gt;&lt;p&gt;Qt %2 · 语法高亮：%3 · GeoIP：%4&lt;/p&gt;</translation>
    </message>
    <message>
        <source>libmaxminddb</source>
        <translation>libmaxminddb</translation>
    </message>
    <message>
        <source>not built in</source>
        <translation>未编译进来</translation>
    </message>
    <message>
        <source>GeoIP database %1: %2</source>
        <translation>GeoIP 数据库 %1：%2</translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation>清除最近打开</translation>
    </message>
    <message>
        <source>Load Problems</source>
        <translation>加载问题</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or item(s) skipped; everything else loaded. At most 200 are listed per file.</source>
        <translation><numerusform>跳过了 %n 行或条目，其余内容均已加载。每个文件最多列出 200 条。</numerusform></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Export Charts to Folder</source>
        <translation>导出图表到文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation><numerusform>已导出 %n 个图表到 %1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 records · %2 requests · %n file(s)</source>
        <translation><numerusform>%1 条记录 · %2 个请求 · %n 个文件</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation><numerusform>%1 等另外 %n 个</numerusform></translation>
    </message>
    <message>
        <source>time presets count back from the newest event, %1</source>
        <translation>时间范围从最新事件（%1）往前计算</translation>
    </message>
    <message>
        <source>time presets count back from now</source>
        <translation>时间范围从当前时间往前计算</translation>
    </message>
    <message>
        <source>Loaded in %1 s; %2</source>
        <translation>加载用时 %1 秒；%2</translation>
    </message>
    <message>
        <source>The figures could not be updated: %1 The figures below are from before this change and are stale.</source>
        <translation>无法更新统计数据：%1 下面的数据来自此次更改之前，已过时。</translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation>无法计算统计数据：%1</translation>
    </message>
</context>
<context>
    <name>ac::OverviewPage</name>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>All requests (one per auditID)</source>
        <translation>全部请求（每个 auditID 一个）</translation>
    </message>
    <message>
        <source>Public-network access</source>
        <translation>公网访问</translation>
    </message>
    <message>
        <source>Requests whose first source IP is public</source>
        <translation>第一个源地址为公网地址的请求</translation>
    </message>
    <message>
        <source>Unauthorized (401/403)</source>
        <translation>未授权（401/403）</translation>
    </message>
    <message>
        <source>Requests that ended in 401 or 403</source>
        <translation>最终状态码为 401 或 403 的请求</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Requests with verb create</source>
        <translation>动作为 create 的请求</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Requests with verb delete or deletecollection</source>
        <translation>动作为 delete 或 deletecollection 的请求</translation>
    </message>
    <message>
        <source>Command executions</source>
        <translation>命令执行</translation>
    </message>
    <message>
        <source>pods/exec: commands run in containers</source>
        <translation>pods/exec：在容器中执行的命令</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>容器挂接</translation>
    </message>
    <message>
        <source>pods/attach</source>
        <translation>pods/attach</translation>
    </message>
    <message>
        <source>Secret access</source>
        <translation>访问保密字典</translation>
    </message>
    <message>
        <source>get, list or watch on secrets</source>
        <translation>对 secrets 的 get、list 或 watch</translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation>请求趋势</translation>
    </message>
    <message>
        <source>Operations by RAM sub-account</source>
        <translation>子账号操作统计</translation>
    </message>
    <message>
        <source>Operations by operator</source>
        <translation>操作账号统计</translation>
    </message>
    <message>
        <source>Deletions by resource</source>
        <translation>按资源统计删除操作</translation>
    </message>
    <message>
        <source>Public-network access by source IP</source>
        <translation>公网访问源地址统计</translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation>删除操作</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Audit Overview</source>
        <translation>审计中心概览</translation>
    </message>
    <message>
        <source>%1 — click to list them</source>
        <translation>%1——点击列出</translation>
    </message>
</context>
<context>
    <name>ac::ReportTable</name>
    <message>
        <source>Export Table as CSV…</source>
        <translation>导出表格为 CSV…</translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting %1 rows…</source>
        <translation>正在导出 %1 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>ac::ResourceOpsModel</name>
    <message>
        <source>Compute</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>存储</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
</context>
<context>
    <name>ac::ResourcesPage</name>
    <message>
        <source>%1 resources</source>
        <translation>%1资源</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Resource Operations</source>
        <translation>资源操作概览</translation>
    </message>
</context>
<context>
    <name>ac::SearchBox</name>
    <message>
        <source>Search, e.g. verb: delete and objectRef.namespace: prod-*   (Ctrl+F)</source>
        <translation>查询，例如 verb: delete and objectRef.namespace: prod-*   (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>ac::Session</name>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n record(s)</source>
        <translation><numerusform>已加载 %n 条记录</numerusform></translation>
    </message>
    <message>
        <source>Nothing could be opened.</source>
        <translation>无法打开任何数据。</translation>
    </message>
    <message>
        <source>The reports could not be computed (out of memory?).</source>
        <translation>无法计算报表（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>ac::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>GeoLite2-City.mmdb or any MaxMind-format database</source>
        <translation>GeoLite2-City.mmdb 或任意 MaxMind 格式的数据库</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>GeoIP Database</source>
        <translation>GeoIP 数据库</translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation>MaxMind 数据库 (*.mmdb);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Country and region of public source IPs on the overview.</source>
        <translation>在概览中显示公网源地址的国家和地区。</translation>
    </message>
    <message>
        <source>This build has no libmaxminddb: GeoIP is off.</source>
        <translation>此版本未包含 libmaxminddb：GeoIP 不可用。</translation>
    </message>
    <message>
        <source>e.g. 47.96.0.0/16, 2408:4000::/20</source>
        <translation>例如 47.96.0.0/16, 2408:4000::/20</translation>
    </message>
    <message>
        <source>Your VPC ranges: source IPs in them count as private, not as public-network access</source>
        <translation>您的 VPC 网段：其中的源地址算作私网，不算公网访问</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;GeoIP database:</source>
        <translation>GeoIP 数据库(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Private ranges:</source>
        <translation>私网网段(&amp;P)：</translation>
    </message>
    <message>
        <source>“%1” is not an address range such as 10.0.0.0/8.</source>
        <translation>“%1”不是 10.0.0.0/8 这样的网段。</translation>
    </message>
    <message>
        <source>Cannot open the GeoIP database %1: %2</source>
        <translation>无法打开 GeoIP 数据库 %1：%2</translation>
    </message>
    <message>
        <source>The new language applies when Audit Console starts again.</source>
        <translation>新的语言在重新启动审计控制台后生效。</translation>
    </message>
</context>
</TS>