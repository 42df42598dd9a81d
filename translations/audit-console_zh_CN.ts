<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>AlertText</name>
    <message>
        <source>the path is empty</source>
        <translation>路径为空</translation>
    </message>
    <message>
        <source>“[” without its “]”</source>
        <translation>“[”缺少对应的“]”</translation>
    </message>
    <message>
        <source>inside [ ] write *, an index or a quoted key</source>
        <translation>[ ] 中应写 *、下标或带引号的键</translation>
    </message>
    <message>
        <source>a key is missing before “.”</source>
        <translation>“.”前面缺少键</translation>
    </message>
    <message>
        <source>the path ends with “.”</source>
        <translation>路径以“.”结尾</translation>
    </message>
    <message>
        <source>“.” or “[” expected</source>
        <translation>此处应为“.”或“[”</translation>
    </message>
    <message>
        <source>the rule's search could not be read</source>
        <translation>无法解析该规则的查询语句</translation>
    </message>
    <message>
        <source>needs each event's JSON, which this source does not give</source>
        <translation>需要每个事件的 JSON，而此数据源不提供</translation>
    </message>
    <message>
        <source>more than %1 findings: the first %1 are listed</source>
        <translation>告警结果超过 %1 条：只列出前 %1 条</translation>
    </message>
    <message>
        <source>not enough memory to run the rules</source>
        <translation>内存不足，无法运行规则</translation>
    </message>
    <message>
        <source>the rules could not run: %1</source>
        <translation>规则无法运行：%1</translation>
    </message>
</context>
<context>
    <name>AlertsCli</name>
    <message>
        <source>error: %1 notification failed after %2 attempt(s): %3
</source>
        <translation>错误：%1 通知尝试 %2 次后仍发送失败：%3
</translation>
    </message>
    <message>
        <source>Runs the alert rules over audit logs and prints what they find; the exit status is 1 when anything is found (or a file could not be read), 0 when nothing is, 2 on a usage error or a rule with a mistake.
Built-in rules: Log Service's eight Kubernetes audit alert templates (sls-…), ACK's two documented examples (ack-exec, ack-internet-failures) and four more; --list-rules shows them.</source>
        <translation>对审计日志运行告警规则并输出告警结果；有告警结果（或有文件无法读取）时退出状态为 1，没有时为 0，用法错误或规则有误时为 2。
内置规则：日志服务的八个 Kubernetes 审计告警模板（sls-…）、ACK 文档中的两个示例（ack-exec、ack-internet-failures），以及另外四条；--list-rules 可列出它们。</translation>
    </message>
    <message>
        <source>Audit log files or folders.</source>
        <translation>审计日志文件或文件夹。</translation>
    </message>
    <message>
        <source>text, json, jsonl or csv.</source>
        <translation>text、json、jsonl 或 csv。</translation>
    </message>
    <message>
        <source>A folder of user rules (*.yaml) besides the built-in ones (default: %1).</source>
        <translation>内置规则之外的用户规则文件夹（*.yaml）（默认：%1）。</translation>
    </message>
    <message>
        <source>Run only this rule (repeatable, or comma-separated ids).</source>
        <translation>只运行此规则（可重复，或用逗号分隔多个 id）。</translation>
    </message>
    <message>
        <source>Run the user rules only.</source>
        <translation>只运行用户规则。</translation>
    </message>
    <message>
        <source>List the rules (id, severity, kind, title) and exit.</source>
        <translation>列出规则（id、severity、kind、title）后退出。</translation>
    </message>
    <message>
        <source>After the first run, follow the files as tail -F does (or poll the remote source) and print each new finding as it comes, until interrupted.</source>
        <translation>首次运行后，像 tail -F 一样跟踪文件（或轮询远程数据源），并随时输出每条新的告警结果，直到被中断。</translation>
    </message>
    <message>
        <source>With --follow: seconds between polls (default 1 for files, 30 for a remote source).</source>
        <translation>与 --follow 一起使用：轮询间隔秒数（文件默认 1，远程数据源默认 30）。</translation>
    </message>
    <message>
        <source>Send the findings to this DingTalk robot webhook; the signing secret is read from AUDIT_CONSOLE_DINGTALK_SECRET.</source>
        <translation>把告警结果发送到此钉钉机器人 Webhook；加签密钥从 AUDIT_CONSOLE_DINGTALK_SECRET 读取。</translation>
    </message>
    <message>
        <source>POST the findings as JSON to this URL; a bearer token is read from AUDIT_CONSOLE_WEBHOOK_TOKEN.</source>
        <translation>以 JSON 格式把告警结果 POST 到此 URL；Bearer Token 从 AUDIT_CONSOLE_WEBHOOK_TOKEN 读取。</translation>
    </message>
    <message>
        <source>error: unknown format "%1": use text, json, jsonl or csv
</source>
        <translation>错误：未知格式 "%1"：请用 text、json、jsonl 或 csv
</translation>
    </message>
    <message>
        <source>error: --follow prints findings as they come: use --format text, jsonl or csv
</source>
        <translation>错误：--follow 会随时输出告警结果：请用 --format text、jsonl 或 csv
</translation>
    </message>
    <message>
        <source>error: no such rule folder: %1
</source>
        <translation>错误：规则文件夹不存在：%1
</translation>
    </message>
    <message>
        <source>error: %1
</source>
        <translation>错误：%1
</translation>
    </message>
    <message>
        <source>error: no rule “%1” (--list-rules lists them)
</source>
        <translation>错误：没有规则“%1”（--list-rules 可列出所有规则）
</translation>
    </message>
    <message>
        <source>error: no rules to run
</source>
        <translation>错误：没有可运行的规则
</translation>
    </message>
    <message>
        <source>usage: audit-console alerts [--rules DIR] [--format text|json|jsonl|csv] [filters] FILE|DIR...
</source>
        <translation>用法：audit-console alerts [--rules 目录] [--format text|json|jsonl|csv] [过滤选项] 文件|目录...
</translation>
    </message>
    <message>
        <source>error: --dingtalk needs a URL such as https://oapi.dingtalk.com/robot/send?access_token=…
</source>
        <translation>错误：--dingtalk 需要 URL，例如 https://oapi.dingtalk.com/robot/send?access_token=…
</translation>
    </message>
    <message>
        <source>error: --webhook needs a URL such as https://hooks.example.com/audit
</source>
        <translation>错误：--webhook 需要 URL，例如 https://hooks.example.com/audit
</translation>
    </message>
    <message>
        <source>note: the part after '|' is not used by alerts
</source>
        <translation>注意：alerts 不使用 '|' 之后的部分
</translation>
    </message>
    <message>
        <source>note: %1: %2
</source>
        <translation>注意：%1：%2
</translation>
    </message>
    <message>
        <source>note: %1
</source>
        <translation>注意：%1
</translation>
    </message>
</context>
<context>
    <name>AuditPolicy</name>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>a map</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>nothing (null)</source>
        <translation>空值（null）</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a map (apiVersion, kind, rules…)</source>
        <translation>映射（apiVersion、kind、rules…）</translation>
    </message>
    <message>
        <source>a list of rules</source>
        <translation>规则列表</translation>
    </message>
    <message>
        <source>failed decoding %1: expected %2, found %3</source>
        <translation>解码 %1 失败：应为%2，实际为%3</translation>
    </message>
    <message>
        <source>duplicate key “%1”: the apiserver keeps only the last one</source>
        <translation>重复的键“%1”：API Server 只保留最后一个</translation>
    </message>
    <message>
        <source>dropped: the apiserver ignores unknown key “%1” (did you mean “%2”?)</source>
        <translation>被丢弃：API Server 忽略未知的键“%1”（是否想写“%2”？）</translation>
    </message>
    <message>
        <source>dropped: “%1” belongs in a rule, not at the top level of the policy</source>
        <translation>被丢弃：“%1”应写在规则中，而不是策略的顶层</translation>
    </message>
    <message>
        <source>dropped: “%1” belongs in a resources entry (- group: …), not directly in the rule</source>
        <translation>被丢弃：“%1”应写在 resources 的条目（- group: …）中，而不是直接写在规则中</translation>
    </message>
    <message>
        <source>dropped: “%1” belongs to the rule, not to a resources entry (mis-indented?)</source>
        <translation>被丢弃：“%1”属于规则本身，而不属于 resources 的条目（缩进错了？）</translation>
    </message>
    <message>
        <source>dropped: the apiserver ignores unknown key “%1”</source>
        <translation>被丢弃：API Server 忽略未知的键“%1”</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1；%2</translation>
    </message>
    <message>
        <source>the rule then matches more</source>
        <translation>该规则因此匹配的请求更多</translation>
    </message>
    <message>
        <source>failed decoding %1: expected a string, found %2; quote it ("%3")</source>
        <translation>解码 %1 失败：应为字符串，实际为%2；请加引号（"%3"）</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a map (level, users, resources…)</source>
        <translation>映射（level、users、resources…）</translation>
    </message>
    <message>
        <source>a list of entries (- group: …, resources: […])</source>
        <translation>条目列表（- group: …, resources: […]）</translation>
    </message>
    <message>
        <source>a map (group, resources, resourceNames)</source>
        <translation>映射（group、resources、resourceNames）</translation>
    </message>
    <message>
        <source>unknown stage “%1”: allowed stages are RequestReceived, ResponseStarted, ResponseComplete and Panic (case-sensitive)</source>
        <translation>未知的阶段“%1”：允许的阶段为 RequestReceived、ResponseStarted、ResponseComplete 和 Panic（区分大小写）</translation>
    </message>
    <message>
        <source>“%1” was removed in Kubernetes 1.24 (only audit.k8s.io/v1 loads since then): use apiVersion: audit.k8s.io/v1, or keep this for older clusters</source>
        <translation>“%1”已在 Kubernetes 1.24 中移除（此后只能加载 audit.k8s.io/v1）：请改用 apiVersion: audit.k8s.io/v1，或仅用于较旧的集群</translation>
    </message>
    <message>
        <source>unknown group version: apiVersion is missing; it must be audit.k8s.io/v1</source>
        <translation>未知的组版本：缺少 apiVersion，必须为 audit.k8s.io/v1</translation>
    </message>
    <message>
        <source>unknown group version “%1”: apiVersion must be audit.k8s.io/v1</source>
        <translation>未知的组版本“%1”：apiVersion 必须为 audit.k8s.io/v1</translation>
    </message>
    <message>
        <source>kind is missing: it must be “Policy”</source>
        <translation>缺少 kind：必须为“Policy”</translation>
    </message>
    <message>
        <source>kind must be “Policy”, not “%1”</source>
        <translation>kind 必须为“Policy”，而不是“%1”</translation>
    </message>
    <message>
        <source>level is required: None, Metadata, Request or RequestResponse</source>
        <translation>必须填写 level：None、Metadata、Request 或 RequestResponse</translation>
    </message>
    <message>
        <source>unsupported level “%1”: use None, Metadata, Request or RequestResponse (case-sensitive)</source>
        <translation>不支持的级别“%1”：请用 None、Metadata、Request 或 RequestResponse（区分大小写）</translation>
    </message>
    <message>
        <source>“%1” must begin with “/” (or be “*” for every non-resource URL)</source>
        <translation>“%1”必须以“/”开头（或为“*”，表示所有非资源 URL）</translation>
    </message>
    <message>
        <source>“%1”: the wildcard “*” may only be the last character</source>
        <translation>“%1”：通配符“*”只能是最后一个字符</translation>
    </message>
    <message>
        <source>group “*” (every API group) needs Kubernetes 1.36 or later; older apiservers reject the policy</source>
        <translation>group “*”（所有 API 组）需要 Kubernetes 1.36 或更高版本；较旧的 API Server 会拒绝此策略</translation>
    </message>
    <message>
        <source>“%1” is not an API group: leave out the version (“%2”)</source>
        <translation>“%1”不是 API 组：请去掉版本（“%2”）</translation>
    </message>
    <message>
        <source>“%1” is not an API group: use its lower-case DNS name, such as “apps” or “rbac.authorization.k8s.io”, or "" for the core group</source>
        <translation>“%1”不是 API 组：请用小写的 DNS 名称，例如“apps”或“rbac.authorization.k8s.io”，核心组用 ""</translation>
    </message>
    <message>
        <source>resourceNames needs at least one resource in the same entry</source>
        <translation>使用 resourceNames 时，同一条目中至少要有一个资源</translation>
    </message>
    <message>
        <source>a rule cannot have nonResourceURLs together with resources or namespaces: split it into two rules</source>
        <translation>同一规则不能同时包含 nonResourceURLs 与 resources 或 namespaces：请拆成两条规则</translation>
    </message>
    <message>
        <source>no rules: the apiserver refuses a policy without rules (a minimal one is “- level: Metadata”)</source>
        <translation>没有规则：API Server 拒绝没有规则的策略（最简单的规则是“- level: Metadata”）</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>only the first YAML document is read: the apiserver ignores this one</source>
        <translation>只读取第一个 YAML 文档：API Server 忽略此文档</translation>
    </message>
    <message>
        <source>cannot read the policy: %1</source>
        <translation>无法读取策略：%1</translation>
    </message>
    <message>
        <source>never used: the rule at line %1 comes first and matches every request this one matches</source>
        <translation>永远不会生效：第 %1 行的规则排在前面，并且匹配本规则匹配的所有请求</translation>
    </message>
    <message>
        <source>no catch-all rule at the end (one with only a level): requests that match no rule are not audited</source>
        <translation>末尾没有兜底规则（只有 level 的规则）：不匹配任何规则的请求不会被审计</translation>
    </message>
    <message>
        <source>every stage is omitted, so the policy records nothing</source>
        <translation>所有阶段都被省略，因此该策略不记录任何内容</translation>
    </message>
    <message>
        <source>“%1” is taken literally (users has no wildcards): for every service account of the namespace use userGroups: [“system:serviceaccounts:%2”]</source>
        <translation>“%1”按字面匹配（users 不支持通配符）：要匹配该命名空间的所有服务账号，请用 userGroups: [“system:serviceaccounts:%2”]</translation>
    </message>
    <message>
        <source>“%1” is taken literally (%2 has no wildcards), so it matches nothing real</source>
        <translation>“%1”按字面匹配（%2 不支持通配符），因此实际上匹配不到任何请求</translation>
    </message>
    <message>
        <source>verb “%1” never matches: request verbs are lower case (“%2”)</source>
        <translation>动作“%1”永远不会匹配：请求的动作都是小写（“%2”）</translation>
    </message>
    <message>
        <source>verb “%1” matches no resource request: their verbs are get, list, watch, create, update, patch, delete, deletecollection and proxy</source>
        <translation>动作“%1”匹配不到任何资源请求：资源请求的动作为 get、list、watch、create、update、patch、delete、deletecollection 和 proxy</translation>
    </message>
    <message>
        <source>verb “%1” matches no non-resource request: their verbs are get, post, put, patch, delete, head and options</source>
        <translation>动作“%1”匹配不到任何非资源请求：非资源请求的动作为 get、post、put、patch、delete、head 和 options</translation>
    </message>
    <message>
        <source>unknown verb “%1”: resource requests use get, list, watch, create, update, patch, delete, deletecollection and proxy; non-resource requests use get, post, put, patch, delete, head and options</source>
        <translation>未知的动作“%1”：资源请求使用 get、list、watch、create、update、patch、delete、deletecollection 和 proxy；非资源请求使用 get、post、put、patch、delete、head 和 options</translation>
    </message>
    <message>
        <source>“*/*” never matches: use “*” for every resource and subresource</source>
        <translation>“*/*”永远不会匹配：所有资源和子资源请用“*”</translation>
    </message>
    <message>
        <source>“%1” never matches: the API group goes in “group” (group: “%2”, resources: [“%3”])</source>
        <translation>“%1”永远不会匹配：API 组应写在“group”中（group: “%2”, resources: [“%3”]）</translation>
    </message>
    <message>
        <source>“%1” never matches: write “resource” or “resource/subresource”</source>
        <translation>“%1”永远不会匹配：请写成“资源”或“资源/子资源”</translation>
    </message>
    <message>
        <source>“%1” never matches: “*” is a wildcard only as “*”, “*/subresource” or “resource/*”</source>
        <translation>“%1”永远不会匹配：“*”只有写成“*”、“*/子资源”或“资源/*”时才是通配符</translation>
    </message>
    <message>
        <source>“%1” never matches: resource names are lower case (“%2”)</source>
        <translation>“%1”永远不会匹配：资源名都是小写（“%2”）</translation>
    </message>
    <message>
        <source>“%1” also matches “%2” itself, not only its subresources</source>
        <translation>“%1”也匹配“%2”本身，而不只是其子资源</translation>
    </message>
    <message>
        <source>“%1” does not cover its subresources (%2): list them too, or use “%1/*”</source>
        <translation>“%1”不包括其子资源（%2）：请一并列出，或使用“%1/*”</translation>
    </message>
    <message>
        <source>resourceNames match only requests that name an object: creates, lists, watches and deletecollections of them fall through to later rules</source>
        <translation>resourceNames 只匹配指明对象名称的请求：对这些对象的 create、list、watch 和 deletecollection 会落到后面的规则</translation>
    </message>
    <message>
        <source>resourceNames do not match %1 requests, which carry no object name (list and watch have one only with a metadata.name field selector)</source>
        <translation>resourceNames 匹配不到 %1 请求，因为这些请求不带对象名称（list 和 watch 只有使用 metadata.name 字段选择器时才带名称）</translation>
    </message>
    <message>
        <source>namespaces: [""] matches cluster-scoped requests but not get, update or delete of Namespace objects (their namespace is their own name)</source>
        <translation>namespaces: [""] 匹配集群级请求，但匹配不到对 Namespace 对象的 get、update 或 delete（这些请求的命名空间就是其自身名称）</translation>
    </message>
    <message>
        <source>%1 sessions opened over WebSocket (newer kubectl) have verb “get”, which this rule leaves out: add “get” to verbs</source>
        <translation>通过 WebSocket 打开的 %1 会话（较新的 kubectl）动作为“get”，本规则没有包含它：请在 verbs 中加上“get”</translation>
    </message>
    <message>
        <source>level %1 records the bodies of “%2”, which hold secrets or tokens: use Metadata for them, as the GKE and ACK defaults do</source>
        <translation>级别 %1 会记录“%2”的请求体和响应体，其中含有密钥或令牌：请对其使用 Metadata，与 GKE 和 ACK 的默认策略一致</translation>
    </message>
    <message>
        <source>level %1 also records the bodies of “%2” (secrets or tokens), which this entry covers: put a Metadata rule for them before this one</source>
        <translation>级别 %1 也会记录“%2”（密钥或令牌）的请求体和响应体，因为此条目包括它：请在本规则之前为其添加一条 Metadata 规则</translation>
    </message>
    <message>
        <source>“%1” is a plain prefix and also matches paths such as “%2x”: list “%2” and “%2/*” to match one path and what is below it</source>
        <translation>“%1”是纯字符串前缀，也会匹配“%2x”这样的路径：要只匹配一个路径及其下级路径，请列出“%2”和“%2/*”</translation>
    </message>
    <message>
        <source>level %1 records nothing more than Metadata for non-resource URLs</source>
        <translation>对非资源 URL，级别 %1 记录的内容不比 Metadata 多</translation>
    </message>
    <message>
        <source>level Request records nothing more than Metadata for get, list and watch (they have no request body)</source>
        <translation>对 get、list 和 watch，级别 Request 记录的内容不比 Metadata 多（这些请求没有请求体）</translation>
    </message>
    <message>
        <source>omitManagedFields has no effect at level %1: only Request and RequestResponse record objects</source>
        <translation>omitManagedFields 在级别 %1 下不起作用：只有 Request 和 RequestResponse 会记录对象</translation>
    </message>
    <message>
        <source>every stage is omitted, so this rule records nothing (as if its level were None)</source>
        <translation>所有阶段都被省略，因此该规则不记录任何内容（相当于 level 为 None）</translation>
    </message>
    <message>
        <source>requests that fail authentication have no user, so this rule does not catch them; only rules without users and userGroups do</source>
        <translation>认证失败的请求没有用户，因此本规则匹配不到它们；只有不含 users 和 userGroups 的规则才能匹配</translation>
    </message>
    <message>
        <source>the file has %1 MiB; an audit policy is read up to %2 MiB</source>
        <translation>文件有 %1 MiB；审计策略最多读取 %2 MiB</translation>
    </message>
    <message>
        <source>the policy expands to more than %1 values (through YAML aliases?): it is not read</source>
        <translation>策略展开后超过 %1 个值（通过 YAML 别名？）：不予读取</translation>
    </message>
</context>
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
    <message>
        <source>This source cannot run the SQL part after “|”.</source>
        <translation>此数据源不能执行“|”之后的 SQL 部分。</translation>
    </message>
    <message>
        <source>There is no SQL part after “|” to run.</source>
        <translation>“|”之后没有可执行的 SQL 部分。</translation>
    </message>
</context>
<context>
    <name>CaseFile</name>
    <message>
        <source>the search of view “%1” is not valid: %2</source>
        <translation>视图“%1”的查询语句无效：%2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>not an Audit Console case file</source>
        <translation>不是审计控制台的案例文件</translation>
    </message>
    <message>
        <source>written by a newer Audit Console (case format %1)</source>
        <translation>由较新版本的审计控制台写入（案例格式 %1）</translation>
    </message>
    <message>
        <source>bookmark %1 has no auditID</source>
        <translation>书签 %1 没有 auditID</translation>
    </message>
    <message>
        <source>view “%1”: unknown page “%2”</source>
        <translation>视图“%1”：未知页面“%2”</translation>
    </message>
    <message>
        <source>view “%1”: the time range is not valid</source>
        <translation>视图“%1”：时间范围无效</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Loader threads (default: one per core).</source>
        <translation>加载线程数（默认每个核一个）。</translation>
    </message>
    <message>
        <source>no audit events could be loaded
</source>
        <translation>未能加载任何审计事件
</translation>
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
    <message>
        <source>cannot open the source</source>
        <translation>无法打开数据源</translation>
    </message>
    <message>
        <source>note: a report counts with its own statements; run the part after '|' with `events`
</source>
        <translation>注意：报表使用自己的统计语句；'|' 之后的部分请用 `events` 执行
</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)
</source>
        <translation><numerusform>%n 行
</numerusform></translation>
    </message>
    <message>
        <source>Loads audit logs into a ClickHouse table (created when missing). Ingesting the same files again adds nothing that counts twice.</source>
        <translation>把审计日志导入 ClickHouse 表（不存在时自动创建）。重复导入同样的文件不会重复计数。</translation>
    </message>
    <message>
        <source>the command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Rows per INSERT (default 20000).</source>
        <translation>每个 INSERT 的行数（默认 20000）。</translation>
    </message>
    <message>
        <source>usage: audit-console ingest --clickhouse URL [--database D] [--table T] [--user U] FILE|DIR...
</source>
        <translation>用法：audit-console ingest --clickhouse 地址 [--database 库] [--table 表] [--user 用户] 文件|目录...
</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>%1:%2: %3
</source>
        <translation>%1:%2：%3
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) into %1 in %2 batch(es): %3 MB of rows sent as %4 MB; loaded in %5 s, sent in %6 s (%7 records/s)
</source>
        <translation><numerusform>%n 条记录导入 %1，共 %2 批：%3 MB 的行压缩为 %4 MB 发送；加载用时 %5 秒，发送用时 %6 秒（每秒 %7 条）
</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or file(s) could not be read and were not ingested (see above)
</source>
        <translation><numerusform>%n 行或文件无法读取，未导入（见上文）
</numerusform></translation>
    </message>
    <message>
        <source>error: %1
run “%2 %3 --help” for the options
</source>
        <translation>错误：%1
运行“%2 %3 --help”查看选项
</translation>
    </message>
    <message>
        <source>error: --%1 takes a whole number from %2 to %3, not “%4”
</source>
        <translation>错误：--%1 取 %2 到 %3 之间的整数，而不是“%4”
</translation>
    </message>
    <message numerus="yes">
        <source>error: %n file(s) could not be read and are left out of what is printed
</source>
        <translation><numerusform>错误：%n 个文件无法读取，未计入输出结果
</numerusform></translation>
    </message>
    <message>
        <source>error: unknown report "%1": use overview, resources or detail
</source>
        <translation>错误：未知报表 "%1"：请用 overview、resources 或 detail
</translation>
    </message>
    <message>
        <source>error: the detail report needs --resource, e.g. --resource deployments
</source>
        <translation>错误：detail 报表需要 --resource，例如 --resource deployments
</translation>
    </message>
    <message>
        <source>error: unknown format "%1": use text, json or csv
</source>
        <translation>错误：未知格式 "%1"：请用 text、json 或 csv
</translation>
    </message>
    <message>
        <source>error: unknown format "%1": use jsonl or csv
</source>
        <translation>错误：未知格式 "%1"：请用 jsonl 或 csv
</translation>
    </message>
    <message>
        <source>error: unknown option “%1”: run “%2 --help” for the usage
</source>
        <translation>错误：未知选项“%1”：运行“%2 --help”查看用法
</translation>
    </message>
    <message>
        <source>error: unknown command “%1”: the commands are report, events, alerts, policy, ingest; or name files and folders to open
</source>
        <translation>错误：未知命令“%1”：命令有 report、events、alerts、policy、ingest；或指定要打开的文件和文件夹
</translation>
    </message>
    <message>
        <source>error: unknown command “%1”: the commands are report, events, alerts, policy, ingest
</source>
        <translation>错误：未知命令“%1”：命令有 report、events、alerts、policy、ingest
</translation>
    </message>
    <message>
        <source>error: “-” (standard input) is for the report and events commands, e.g. “%1 report overview -”
</source>
        <translation>错误：“-”（标准输入）只用于 report 和 events 命令，例如“%1 report overview -”
</translation>
    </message>
    <message>
        <source>error: no such file or folder: “%1”
</source>
        <translation>错误：文件或文件夹不存在：“%1”
</translation>
    </message>
    <message>
        <source>error: report all paints charts and PDF pages, which this headless executable cannot; run it as `audit-console report all …` (no display needed)
</source>
        <translation>错误：report all 需要绘制图表和 PDF 页面，此无界面程序无法做到；请以 `audit-console report all …` 运行（不需要显示器）
</translation>
    </message>
    <message>
        <source>Prints an ACK audit report of Kubernetes API-server audit logs.
Reports: overview, resources, detail (with --resource); all (the three as one HTML or PDF document: see report all --help).</source>
        <translation>输出 Kubernetes API Server 审计日志的 ACK 审计报表。
报表：overview、resources、detail（需 --resource）；all（把这三份报表合成一个 HTML 或 PDF 文档：见 report all --help）。</translation>
    </message>
    <message>
        <source>Writes the audit report document for an incident review: the audit overview, the resource operations and the resource details, each from a new page, with the files read and the query behind every figure in an appendix.</source>
        <translation>为事故复盘写出审计报告文档：审计中心概览、资源操作概览和资源操作详细列表，各自从新的一页开始，附录中列出读取的文件以及每个指标背后的查询。</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>html or pdf (default: from the name of the --output file).</source>
        <translation>html 或 pdf（默认根据 --output 文件的名称判断）。</translation>
    </message>
    <message>
        <source>The file to write (required); - writes HTML to standard output.</source>
        <translation>要写入的文件（必填）；- 表示把 HTML 写到标准输出。</translation>
    </message>
    <message>
        <source>Add the detail report of this resource (repeatable, or comma-separated), e.g. deployments, pods/exec.</source>
        <translation>添加此资源的详细列表报表（可重复，或用逗号分隔），例如 deployments、pods/exec。</translation>
    </message>
    <message>
        <source>Entries in each top list and chart (default 10).</source>
        <translation>每个排行列表和图表的条目数（默认 10）。</translation>
    </message>
    <message>
        <source>Rows of each list of important events and of each detail's operations (default 20).</source>
        <translation>每个重要事件列表以及每个资源操作详细列表中操作的行数（默认 20）。</translation>
    </message>
    <message>
        <source>Also write the evidence bundle into this folder: the matching raw events (events.jsonl.gz, the lines `events` prints), report.html, report.pdf, manifest.json and SHA256SUMS.</source>
        <translation>同时把证据包写入此文件夹：匹配的原始事件（events.jsonl.gz，即 `events` 输出的行）、report.html、report.pdf、manifest.json 和 SHA256SUMS。</translation>
    </message>
    <message>
        <source>Times in UTC only (default: in the local time zone and in UTC).</source>
        <translation>时间只用 UTC 表示（默认同时用本地时区和 UTC 表示）。</translation>
    </message>
    <message>
        <source>usage: audit-console report all --output FILE [--format html|pdf] [--resource R]... [options] FILE|DIR...
</source>
        <translation>用法：audit-console report all --output 文件 [--format html|pdf] [--resource 资源]... [选项] 文件|目录...
</translation>
    </message>
    <message>
        <source>error: report all needs --output FILE (or --evidence DIR), e.g. --output review.pdf
</source>
        <translation>错误：report all 需要 --output 文件（或 --evidence 目录），例如 --output review.pdf
</translation>
    </message>
    <message>
        <source>error: the name “%1” does not say html or pdf: give --format html or --format pdf
</source>
        <translation>错误：无法从名称“%1”看出是 html 还是 pdf：请指定 --format html 或 --format pdf
</translation>
    </message>
    <message>
        <source>error: unknown format "%1": use html or pdf
</source>
        <translation>错误：未知格式 "%1"：请用 html 或 pdf
</translation>
    </message>
    <message>
        <source>error: a PDF is not written to standard output: name a file with --output
</source>
        <translation>错误：PDF 不能写到标准输出：请用 --output 指定文件
</translation>
    </message>
    <message>
        <source>error: report all draws charts and pages, which this program cannot: run it with audit-console instead of audit-console-cli
</source>
        <translation>错误：report all 需要绘制图表和页面，此程序无法做到：请用 audit-console 而不是 audit-console-cli 运行
</translation>
    </message>
    <message>
        <source>Gathering…</source>
        <translation>正在收集…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n request(s), the report and the manifest
</source>
        <translation><numerusform>%1：%n 个请求、报告和清单
</numerusform></translation>
    </message>
    <message>
        <source>error: cannot write %1: %2
</source>
        <translation>错误：无法写入 %1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n report(s), the files read and the query behind every figure
</source>
        <translation><numerusform>%1：%n 份报表、读取的文件以及每个指标背后的查询
</numerusform></translation>
    </message>
    <message>
        <source>Read a ClickHouse table instead of files: the server's HTTP address (http://host:8123, https://host:8443).</source>
        <translation>读取 ClickHouse 表而不是文件：服务器的 HTTP 地址（http://host:8123、https://host:8443）。</translation>
    </message>
    <message>
        <source>The ClickHouse database (default: default).</source>
        <translation>ClickHouse 数据库（默认 default）。</translation>
    </message>
    <message>
        <source>The ClickHouse table (default: audit_events).</source>
        <translation>ClickHouse 表（默认 audit_events）。</translation>
    </message>
    <message>
        <source>The ClickHouse user (default: default); the password is read from AUDIT_CONSOLE_CLICKHOUSE_PASSWORD, else from the system keychain.</source>
        <translation>ClickHouse 用户（默认 default）；密码从 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD 读取，否则从系统钥匙串读取。</translation>
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
        <source>Read a Log Service logstore instead of files: the region endpoint (cn-hangzhou.log.aliyuncs.com), or one with a scheme, address or port (http://127.0.0.1:8080).</source>
        <translation>读取日志服务的 Logstore，而不是文件：地域的服务入口（Endpoint，如 cn-hangzhou.log.aliyuncs.com），或带协议、地址或端口的服务入口（如 http://127.0.0.1:8080）。</translation>
    </message>
    <message>
        <source>The Log Service project (default k8s-log-&lt;cluster id&gt;).</source>
        <translation>日志服务 Project（默认为 k8s-log-&lt;集群ID&gt;）。</translation>
    </message>
    <message>
        <source>The Log Service logstore (default audit-&lt;cluster id&gt;).</source>
        <translation>日志服务 Logstore（默认为 audit-&lt;集群ID&gt;）。</translation>
    </message>
    <message>
        <source>The ACK cluster id, for the default project and logstore.</source>
        <translation>ACK 集群ID，用于得出默认的 Project 和 Logstore。</translation>
    </message>
    <message>
        <source>Credentials from this aliyun CLI profile (~/.aliyun/config.json) instead of ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN.</source>
        <translation>使用此 aliyun CLI 配置（~/.aliyun/config.json）中的凭证，而不是 ALIBABA_CLOUD_ACCESS_KEY_ID / _SECRET / ALIBABA_CLOUD_SECURITY_TOKEN。</translation>
    </message>
    <message>
        <source>give either --clickhouse or --sls-endpoint, not both
</source>
        <translation>--clickhouse 和 --sls-endpoint 只能给一个
</translation>
    </message>
    <message>
        <source>give either files or --clickhouse, not both (audit-console ingest loads files into ClickHouse)
</source>
        <translation>文件和 --clickhouse 只能给一个（用 audit-console ingest 把文件导入 ClickHouse）
</translation>
    </message>
    <message>
        <source>a Log Service source needs --sls-endpoint and --sls-project and --sls-logstore (or --sls-cluster)
</source>
        <translation>日志服务数据源需要 --sls-endpoint、--sls-project 和 --sls-logstore（或 --sls-cluster）
</translation>
    </message>
    <message>
        <source>give either files or --sls-endpoint, not both
</source>
        <translation>请指定文件或 --sls-endpoint 之一，不能同时指定
</translation>
    </message>
    <message>
        <source>error: no Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for STS), name an aliyun CLI profile with --sls-profile, or connect once from the window and remember the key%1
</source>
        <translation>错误：没有日志服务凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET（使用 STS 时还需设置 ALIBABA_CLOUD_SECURITY_TOKEN），用 --sls-profile 指定 aliyun CLI 配置，或在窗口中连接一次并记住 AccessKey%1
</translation>
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
        <source>error: --code takes a status code from 100 to 599 or a class from 1xx to 5xx, not “%1”
</source>
        <translation>错误：--code 需要 100 到 599 的状态码或 1xx 到 5xx 的状态码类别，而不是“%1”
</translation>
    </message>
    <message>
        <source>error: cannot read --last "%1": use 15m, 1h, 1d, 7d, 30d, &lt;n&gt;m|h|d or all
</source>
        <translation>错误：无法识别 --last "%1"：请用 15m、1h、1d、7d、30d、&lt;n&gt;m|h|d 或 all
</translation>
    </message>
    <message>
        <source>error: cannot read the time "%1" of --%2: use RFC 3339 or YYYY-MM-DD[ HH:MM[:SS]]
</source>
        <translation>错误：无法识别 --%2 的时间 "%1"：请用 RFC 3339 或 YYYY-MM-DD[ HH:MM[:SS]]
</translation>
    </message>
    <message>
        <source>error: --from %1 is not before --to %2: no time lies between them
</source>
        <translation>错误：--from %1 不早于 --to %2：两者之间没有时间
</translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <source>usage: audit-console-cli report overview|resources|detail [options] FILE|DIR...
       audit-console-cli events [options] FILE|DIR...
       audit-console-cli alerts [--rules DIR] [--format text|json|jsonl|csv] FILE|DIR...
       audit-console-cli ingest --clickhouse URL [--database D] [--table T] FILE|DIR...
       audit-console-cli policy lint FILE | policy simulate POLICY [--compare P2] FILE|DIR...
       audit-console-cli report --help          the report and filter options
</source>
        <translation>用法：audit-console-cli report overview|resources|detail [选项] 文件|目录...
       audit-console-cli events [选项] 文件|目录...
       audit-console-cli alerts [--rules 目录] [--format text|json|jsonl|csv] 文件|目录...
       audit-console-cli ingest --clickhouse 地址 [--database 库] [--table 表] 文件|目录...
       audit-console-cli policy lint 文件 | policy simulate 策略 [--compare 策略2] 文件|目录...
       audit-console-cli report --help          报表和过滤选项
</translation>
    </message>
</context>
<context>
    <name>ClickHouseBackend</name>
    <message>
        <source>ClickHouse</source>
        <translation>ClickHouse</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to ClickHouse, %1 s, %2 KiB</source>
        <translation><numerusform>ClickHouse 请求 %n 次，%1 秒，%2 KiB</numerusform></translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>%1, ingested from %2, line %3</source>
        <translation>%1，导入自 %2 第 %3 行</translation>
    </message>
    <message>
        <source>%1 holds no event “%2”.</source>
        <translation>%1 中没有事件“%2”。</translation>
    </message>
</context>
<context>
    <name>ClickHouseClient</name>
    <message>
        <source>ClickHouse refused user “%1”: the user name or password is wrong (set AUDIT_CONSOLE_CLICKHOUSE_PASSWORD or keep the password in the keychain).</source>
        <translation>ClickHouse 拒绝了用户“%1”：用户名或密码错误（请设置 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD，或把密码保存在钥匙串中）。</translation>
    </message>
    <message>
        <source>The table %1.%2 does not exist; create it with “audit-console ingest”, or see docs/clickhouse.md.</source>
        <translation>表 %1.%2 不存在；请用“audit-console ingest”创建，或参阅 docs/clickhouse.md。</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>数据库 %1 不存在。</translation>
    </message>
    <message>
        <source>ClickHouse could not parse a statement (a syntax error).</source>
        <translation>ClickHouse 无法解析语句（语法错误）。</translation>
    </message>
    <message>
        <source>The query took longer than the server allows; narrow the time range or the search.</source>
        <translation>查询超过了服务器允许的时间；请缩小时间范围或查询条件。</translation>
    </message>
    <message>
        <source>The server does not know a function or column the console uses: the table's columns differ from docs/clickhouse.md, or the server is older than 18.16.</source>
        <translation>服务器不认识控制台使用的函数或列：表的列与 docs/clickhouse.md 不同，或服务器版本低于 18.16。</translation>
    </message>
    <message>
        <source>The query needs more memory than the server allows; narrow the time range.</source>
        <translation>查询所需内存超过服务器允许的上限；请缩小时间范围。</translation>
    </message>
    <message>
        <source>User “%1” may not do this on ClickHouse.</source>
        <translation>用户“%1”无权在 ClickHouse 上执行此操作。</translation>
    </message>
    <message>
        <source>ClickHouse refused user “%1”.</source>
        <translation>ClickHouse 拒绝了用户“%1”。</translation>
    </message>
    <message>
        <source>ClickHouse answered with an error (HTTP %1).</source>
        <translation>ClickHouse 返回错误（HTTP %1）。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>“%1” is not a ClickHouse HTTP address; write it as http://host:8123 or https://host:8443.</source>
        <translation>“%1”不是 ClickHouse 的 HTTP 地址；请写成 http://host:8123 或 https://host:8443。</translation>
    </message>
    <message>
        <source>%1: ClickHouse did not answer within %2 s.</source>
        <translation>%1：ClickHouse 在 %2 秒内没有应答。</translation>
    </message>
    <message>
        <source>%1: cannot reach the server: %2</source>
        <translation>%1：无法连接服务器：%2</translation>
    </message>
    <message>
        <source>%1: the server's compressed answer is damaged.</source>
        <translation>%1：服务器返回的压缩数据已损坏。</translation>
    </message>
    <message>
        <source>%1: the server's answer is not the expected JSON (%2 at byte %3).</source>
        <translation>%1：服务器的应答不是预期的 JSON（第 %3 字节处%2）。</translation>
    </message>
    <message>
        <source>Write the user and password in their own fields (or AUDIT_CONSOLE_CLICKHOUSE_PASSWORD), not in the address.</source>
        <translation>请把用户和密码写在各自的栏中（或使用 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD），不要写在地址里。</translation>
    </message>
</context>
<context>
    <name>ClickHouseIngest</name>
    <message>
        <source>No audit events could be loaded.</source>
        <translation>未能加载任何审计事件。</translation>
    </message>
    <message>
        <source>Cannot compress a batch (out of memory?).</source>
        <translation>无法压缩一批数据（内存不足？）。</translation>
    </message>
</context>
<context>
    <name>EventLines</name>
    <message>
        <source>%1 changed on disk since it was loaded; its events are not written</source>
        <translation>%1 在加载后已在磁盘上被修改；其中的事件未写入</translation>
    </message>
</context>
<context>
    <name>EventParser</name>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>其他类型</translation>
    </message>
    <message>
        <source>truncated or malformed JSON: an object, array or string is not closed (was the text cut off?)</source>
        <translation>JSON 不完整或格式错误：有对象、数组或字符串未闭合（文本被截断了吗？）</translation>
    </message>
    <message>
        <source>invalid UTF-8: audit logs are UTF-8 text (was the file converted to another encoding, or damaged?)</source>
        <translation>无效的 UTF-8：审计日志应为 UTF-8 文本（文件是否被转换成了其他编码，或已损坏？）</translation>
    </message>
    <message>
        <source>a JSON string holds a raw control character such as a NUL byte: the text is damaged</source>
        <translation>JSON 字符串中有未转义的控制字符（如 NUL 字节）：文本已损坏</translation>
    </message>
    <message>
        <source>the JSON value is too large to parse: split the file into smaller ones</source>
        <translation>JSON 值过大，无法解析：请把文件拆分成较小的文件</translation>
    </message>
    <message>
        <source>JSON nested too deeply to parse: this is not an audit event</source>
        <translation>JSON 嵌套过深，无法解析：这不是审计事件</translation>
    </message>
    <message>
        <source>not valid JSON (%1): the text is damaged or is not JSON</source>
        <translation>不是有效的 JSON（%1）：文本已损坏或不是 JSON</translation>
    </message>
    <message>
        <source>line too long: %1 bytes, over the limit of %2 bytes (is a whole log on one line? Put one event on each line)</source>
        <translation>行过长：%1 字节，超过 %2 字节的上限（整个日志都在一行里吗？请每行放一个事件）</translation>
    </message>
    <message>
        <source>not a JSON object (the line does not start with '{'): is the file an audit log?</source>
        <translation>不是 JSON 对象（此行不以 '{' 开头）：文件是审计日志吗？</translation>
    </message>
    <message>
        <source>truncated or malformed line: it does not end with '}' (was the log cut off while it was written or copied?)</source>
        <translation>行不完整或格式错误：不以 '}' 结尾（日志是否在写入或复制时被截断？）</translation>
    </message>
    <message>
        <source>unexpected text outside a JSON value (is the file an audit log, or was text added to it?)</source>
        <translation>JSON 值之外有多余的文本（文件是审计日志吗？还是被加入了其他文本？）</translation>
    </message>
    <message>
        <source>truncated JSON: the file ends inside this value (was it cut off while it was written or copied?)</source>
        <translation>JSON 不完整：文件在此值的中间结束（是否在写入或复制时被截断？）</translation>
    </message>
    <message>
        <source>not a JSON object, so not an audit event (is the file an audit log?)</source>
        <translation>不是 JSON 对象，因此不是审计事件（文件是审计日志吗？）</translation>
    </message>
    <message>
        <source>unexpected text after the JSON object: are two events joined on one line (a lost line break)?</source>
        <translation>JSON 对象之后有多余的文本：是否有两个事件连在了同一行（丢失了换行符）？</translation>
    </message>
    <message>
        <source>“%1” is %2 here but must be %3: this is not a Kubernetes audit event (is the file an audit log?)</source>
        <translation>“%1”在此处是%2，但应为%3：这不是 Kubernetes 审计事件（文件是审计日志吗？）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>“kind” is “%1”, not “Event”: this is not a Kubernetes audit event (is the file an audit log?)</source>
        <translation>“kind”是“%1”而不是“Event”：这不是 Kubernetes 审计事件（文件是审计日志吗？）</translation>
    </message>
    <message>
        <source>“verb” is missing: this is not a Kubernetes audit event (is the file an audit log?)</source>
        <translation>缺少“verb”：这不是 Kubernetes 审计事件（文件是审计日志吗？）</translation>
    </message>
    <message>
        <source>no timestamp: the event has neither “requestReceivedTimestamp” nor “stageTimestamp” (was it reshaped by a log shipper?)</source>
        <translation>没有时间戳：事件既没有“requestReceivedTimestamp”，也没有“stageTimestamp”（是否被日志采集工具改写过？）</translation>
    </message>
    <message>
        <source>JSON lists nested too deeply: expected audit events, a list of them, an EventList or an AKS export</source>
        <translation>JSON 列表嵌套过深：应为审计事件、事件列表、EventList 或 AKS 导出文件</translation>
    </message>
    <message>
        <source>list item is not a JSON object, so not an audit event</source>
        <translation>列表项不是 JSON 对象，因此不是审计事件</translation>
    </message>
    <message>
        <source>audit events embedded too deeply: expected an AKS export whose “log” holds one event</source>
        <translation>审计事件嵌套过深：应为“log”中只含一个事件的 AKS 导出文件</translation>
    </message>
    <message>
        <source>invalid timestamp: “%1” is “%2”, not an RFC 3339 time such as 2026-11-28T10:00:00Z</source>
        <translation>无效的时间戳：“%1”是“%2”，不是 2026-11-28T10:00:00Z 这样的 RFC 3339 时间</translation>
    </message>
    <message>
        <source>NUL bytes in the line (what a crash or an interrupted write leaves in a log): the text up to them is skipped</source>
        <translation>行中有 NUL 字节（程序崩溃或写入中断会在日志中留下它们）：到 NUL 字节为止的文本已跳过</translation>
    </message>
    <message>
        <source>malformed JSON: a string is not closed on its line (was the text cut or edited?); this value is skipped, the values after it are read</source>
        <translation>JSON 格式错误：有字符串在本行内未闭合（文本被截断或编辑过？）；此值已跳过，其后的值照常读取</translation>
    </message>
    <message>
        <source>not valid JSON: the value of “%1” is not a string, number, object, list, true, false or null (was the text edited by hand?)</source>
        <translation>不是有效的 JSON：“%1”的值不是字符串、数字、对象、列表、true、false 或 null（文本被手动编辑过？）</translation>
    </message>
    <message>
        <source>a list of strings</source>
        <translation>字符串列表</translation>
    </message>
    <message>
        <source>“responseStatus.code” is %1, not an HTTP status code (0 to 999): the event is damaged</source>
        <translation>“responseStatus.code”为 %1，不是 HTTP 状态码（0 到 999）：事件已损坏</translation>
    </message>
    <message>
        <source>malformed list item: a string is not closed on its line, or the item is cut off; the items after it are read</source>
        <translation>列表项格式错误：有字符串在本行内未闭合，或该项被截断；其后的列表项照常读取</translation>
    </message>
</context>
<context>
    <name>Evidence</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1: cannot be written</source>
        <translation>%1：无法写入</translation>
    </message>
    <message>
        <source>%1: the disk refused the write</source>
        <translation>%1：磁盘拒绝写入</translation>
    </message>
    <message>
        <source>%1: the folder cannot be made</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
    <message>
        <source>%1: cannot be renamed to %2</source>
        <translation>%1：无法重命名为 %2</translation>
    </message>
</context>
<context>
    <name>FileFollower</name>
    <message>
        <source>rotated: following the new file</source>
        <translation>已轮转：改为跟踪新文件</translation>
    </message>
    <message>
        <source>not found: followed from its start once it appears</source>
        <translation>未找到：文件出现后从头开始跟踪</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe, socket or device): not followed</source>
        <translation>不是普通文件（命名管道、套接字或设备）：不跟踪</translation>
    </message>
    <message>
        <source>cannot open it: %1</source>
        <translation>无法打开：%1</translation>
    </message>
    <message>
        <source>line %1 is longer than %2 MiB: skipped</source>
        <translation>第 %1 行超过 %2 MiB：已跳过</translation>
    </message>
    <message>
        <source>the file is gone: what is still written to it is read, and a new file of that name is followed from its start</source>
        <translation>文件已不存在：仍写入其中的内容照常读取，同名的新文件出现后从头开始跟踪</translation>
    </message>
    <message>
        <source>truncated: read again from the start</source>
        <translation>已被截断：从头重新读取</translation>
    </message>
    <message>
        <source>the old file ended in an incomplete line, which was left out</source>
        <translation>旧文件以不完整的行结尾，该行已略去</translation>
    </message>
</context>
<context>
    <name>Keychain</name>
    <message>
        <source>the application has not started</source>
        <translation>应用程序尚未启动</translation>
    </message>
    <message numerus="yes">
        <source>it did not answer within %n seconds</source>
        <translation><numerusform>%n 秒内没有响应</numerusform></translation>
    </message>
    <message>
        <source>This build has no system keychain (it was built without QtKeychain).</source>
        <translation>此版本不支持系统钥匙串（编译时未包含 QtKeychain）。</translation>
    </message>
    <message>
        <source>Cannot read the credentials for %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串读取 %1 的凭证：%2</translation>
    </message>
    <message>
        <source>The system keychain's entry for %1 is not an AccessKey pair stored by Audit Console.</source>
        <translation>系统钥匙串中 %1 的条目不是审计控制台保存的 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Cannot store the credentials for %1 in the system keychain: %2</source>
        <translation>无法将 %1 的凭证保存到系统钥匙串：%2</translation>
    </message>
    <message>
        <source>Cannot remove the credentials for %1 from the system keychain: %2</source>
        <translation>无法从系统钥匙串删除 %1 的凭证：%2</translation>
    </message>
</context>
<context>
    <name>Loader</name>
    <message>
        <source>cannot initialise zlib (out of memory?)</source>
        <translation>无法初始化 zlib（内存不足？）</translation>
    </message>
    <message>
        <source>gzip data ends early, after %1 bytes: the file is truncated (still being written, or cut off while copying?)</source>
        <translation>gzip 数据在 %1 字节后提前结束：文件不完整（仍在写入，或复制时被截断？）</translation>
    </message>
    <message>
        <source>corrupt gzip data at byte %1 (%2): the file is damaged; copy or download it again</source>
        <translation>第 %1 字节处的 gzip 数据有误（%2）：文件已损坏，请重新复制或下载</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>未知错误</translation>
    </message>
    <message>
        <source>no such file or folder (moved, renamed or deleted?)</source>
        <translation>文件或文件夹不存在（已被移动、重命名或删除？）</translation>
    </message>
    <message>
        <source>the folder holds no audit log files (*.log, *.log.N, *.json, *.jsonl, *.gz, *audit): open the files themselves to load other names</source>
        <translation>文件夹中没有审计日志文件（*.log、*.log.N、*.json、*.jsonl、*.gz、*audit）：其他名称的文件请直接打开</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>empty file: it holds no text, or only blank lines</source>
        <translation>空文件：没有内容，或只有空行</translation>
    </message>
    <message>
        <source>binary file, not a text audit log (compressed in a format other than gzip? Unpack it first)</source>
        <translation>二进制文件，不是文本审计日志（是否用 gzip 以外的格式压缩？请先解压）</translation>
    </message>
    <message>
        <source>not enough memory to load this file: load fewer or smaller files, or close other programs</source>
        <translation>内存不足，无法加载此文件：请少加载一些文件或加载较小的文件，或关闭其他程序</translation>
    </message>
    <message>
        <source>cannot load the file: %1</source>
        <translation>无法加载文件：%1</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, more than the free memory allows; the rest is not loaded (free memory, split the log into smaller files, or set AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)</source>
        <translation>解压后超过 %1 MiB，超出可用内存；其余部分未加载（请释放内存、把日志拆分成较小的文件，或设置 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，以允许更多）</translation>
    </message>
    <message>
        <source>decompresses to more than %1 MiB, the limit; the rest is not loaded (raise AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, or split the log into smaller files)</source>
        <translation>解压后超过 %1 MiB 的上限，其余部分未加载（请调高 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，或把日志拆分成较小的文件）</translation>
    </message>
    <message>
        <source>the gzip holds binary data, not a text audit log (found %1 MiB in)</source>
        <translation>gzip 中是二进制数据，不是文本审计日志（在解压后第 %1 MiB 处发现）</translation>
    </message>
    <message>
        <source>cannot read the folder: %1</source>
        <translation>无法读取文件夹：%1</translation>
    </message>
    <message>
        <source>a symbolic link to nothing: its target is gone</source>
        <translation>悬空的符号链接：其目标已不存在</translation>
    </message>
    <message>
        <source>cannot read it: %1</source>
        <translation>无法读取：%1</translation>
    </message>
    <message>
        <source>the file name is not valid UTF-8, so it cannot be opened by name here: rename the file to load it</source>
        <translation>文件名不是有效的 UTF-8，因此无法在此按名称打开：请重命名文件后再加载</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe, socket or device), so it was not read with the folder: name it on its own to read it as a stream</source>
        <translation>不是普通文件（命名管道、套接字或设备），因此未随文件夹读取：请单独指定它，以作为数据流读取</translation>
    </message>
    <message>
        <source>loading stopped: the machine is running out of memory (less than %1 MiB free). The files before this one are loaded; load fewer or smaller files, or pick a shorter time range at the source</source>
        <translation>加载已停止：本机内存即将耗尽（可用内存不足 %1 MiB）。此文件之前的文件已加载；请少加载一些文件或加载较小的文件，或在数据源处选择较短的时间范围</translation>
    </message>
    <message>
        <source>the stream is larger than %1 MiB, more than memory allows; the rest is not loaded (set AUDIT_CONSOLE_MAX_INFLATED, e.g. 20G, to allow more)</source>
        <translation>数据流大于 %1 MiB，超出内存允许的范围；其余部分未加载（请设置 AUDIT_CONSOLE_MAX_INFLATED，例如 20G，以允许更多）</translation>
    </message>
    <message>
        <source>the file shrank while it was read (truncated by log rotation with copytruncate?): the events before the cut are loaded; open it again for the rest</source>
        <translation>读取期间文件变小了（被使用 copytruncate 的日志轮转截断？）：截断处之前的事件已加载；其余部分请重新打开文件</translation>
    </message>
    <message>
        <source>UTF-16 text without a byte order mark: convert it to UTF-8 (iconv -f UTF-16LE -t UTF-8), or save it with a byte order mark</source>
        <translation>没有字节顺序标记（BOM）的 UTF-16 文本：请转换为 UTF-8（iconv -f UTF-16LE -t UTF-8），或保存时带上字节顺序标记</translation>
    </message>
    <message>
        <source>not loaded: the machine ran out of memory before this file</source>
        <translation>未加载：在加载此文件之前本机内存已耗尽</translation>
    </message>
    <message>
        <source>dated %1, in the future: the event is loaded, but the default time range ends at the newest other event (is a clock wrong?)</source>
        <translation>时间为 %1，处于未来：事件已加载，但默认时间范围截止于其他事件中最新的一个（是否有时钟不准？）</translation>
    </message>
    <message>
        <source>dated %1, far after every other event: the event is loaded, but the default time range ends at the newest other event (is a clock wrong?)</source>
        <translation>时间为 %1，远晚于其他所有事件：事件已加载，但默认时间范围截止于其他事件中最新的一个（是否有时钟不准？）</translation>
    </message>
    <message>
        <source>the folder's name is not valid UTF-8, so its files cannot be opened by name here: rename the folder to load them</source>
        <translation>文件夹名不是有效的 UTF-8，因此无法在此按名称打开其中的文件：请重命名文件夹后再加载</translation>
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
    <name>Notifier</name>
    <message>
        <source>critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 个请求</translation>
    </message>
    <message>
        <source>Audit Console test notification</source>
        <translation>审计控制台测试通知</translation>
    </message>
    <message>
        <source>no answer within %1 s (timed out)</source>
        <translation>%1 秒内没有响应（超时）</translation>
    </message>
    <message>
        <source>cannot reach the server: %1</source>
        <translation>无法连接服务器：%1</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>DingTalk's answer has no errcode: %1</source>
        <translation>钉钉的响应中没有 errcode：%1</translation>
    </message>
    <message>
        <source>DingTalk answered errcode %1: %2</source>
        <translation>钉钉返回 errcode %1：%2</translation>
    </message>
    <message>
        <source>Audit Console: no findings</source>
        <translation>审计控制台：没有告警结果</translation>
    </message>
    <message>
        <source>Audit Console: 1 finding, severity %1</source>
        <translation>审计控制台：1 条告警结果，严重程度为%1</translation>
    </message>
    <message>
        <source>Audit Console: %1 findings, highest severity %2</source>
        <translation>审计控制台：%1 条告警结果，最高严重程度为%2</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>另有 %1 条</translation>
    </message>
    <message>
        <source>DingTalk robot %1</source>
        <translation>钉钉机器人 %1</translation>
    </message>
    <message>
        <source>webhook %1</source>
        <translation>Webhook %1</translation>
    </message>
    <message>
        <source>Alerts of this console will arrive here.</source>
        <translation>此控制台的告警将发送到这里。</translation>
    </message>
    <message>
        <source>No DingTalk robot is set.</source>
        <translation>未设置钉钉机器人。</translation>
    </message>
    <message>
        <source>No webhook is set.</source>
        <translation>未设置 Webhook。</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>已送达</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n attempt(s))</source>
        <translation><numerusform>%1：%2（尝试 %n 次）</numerusform></translation>
    </message>
    <message>
        <source>cannot send without an application object</source>
        <translation>没有应用程序对象，无法发送</translation>
    </message>
</context>
<context>
    <name>ObjectHistory</name>
    <message>
        <source>Operation %1 of the JSON patch is not an object.</source>
        <translation>JSON Patch 的第 %1 个操作不是对象。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): the path “%3” is not a JSON pointer.</source>
        <translation>第 %1 个操作（%2）：路径“%3”不是 JSON Pointer。</translation>
    </message>
    <message>
        <source>Operation %1 (%2): “%3” does not exist.</source>
        <translation>第 %1 个操作（%2）：“%3”不存在。</translation>
    </message>
    <message>
        <source>Operation %1 (%2) has no value.</source>
        <translation>第 %1 个操作（%2）没有 value。</translation>
    </message>
    <message>
        <source>Operation %1 (move): “%2” cannot move into itself.</source>
        <translation>第 %1 个操作（move）：“%2”不能移动到其自身内部。</translation>
    </message>
    <message>
        <source>Operation %1 (test): the value at “%2” is %3, not %4.</source>
        <translation>第 %1 个操作（test）：“%2”处的值是 %3，而不是 %4。</translation>
    </message>
    <message>
        <source>Operation %1 has an unknown op “%2”.</source>
        <translation>第 %1 个操作的 op“%2”未知。</translation>
    </message>
    <message>
        <source>The request failed with code %1: nothing changed.</source>
        <translation>请求失败，状态码 %1：没有任何更改。</translation>
    </message>
    <message>
        <source>A dry run (dryRun=All): the server checked the request and changed nothing.</source>
        <translation>试运行（dryRun=All）：服务器检查了请求，但没有做任何更改。</translation>
    </message>
    <message>
        <source>The log holds no response to this request: whether it changed the object is not known.</source>
        <translation>日志中没有此请求的响应：无法得知它是否更改了对象。</translation>
    </message>
    <message>
        <source>The object was deleted; a later create starts a new object.</source>
        <translation>对象已被删除；之后的 create 会创建一个新对象。</translation>
    </message>
    <message>
        <source>This source does not hold the request's raw record: what changed is not known.</source>
        <translation>此数据源不保存请求的原始记录：无法得知更改了什么。</translation>
    </message>
    <message>
        <source>The log records only this request's metadata (level %1), as ACK's policy does for Secrets and ConfigMaps: what changed is not recorded.</source>
        <translation>日志只记录了此请求的元数据（级别 %1），ACK 的策略对 Secret 和 ConfigMap 就是这样记录的：更改了什么没有记录。</translation>
    </message>
    <message>
        <source>The log holds no request body for this write: what changed is not recorded.</source>
        <translation>日志中没有此次写入的请求体：更改了什么没有记录。</translation>
    </message>
    <message>
        <source>A request on the %1 subresource: it does not change the object's fields.</source>
        <translation>对 %1 子资源的请求：不会更改对象的字段。</translation>
    </message>
    <message>
        <source>No earlier state of the object is in the log: the changes are the values this request set, their earlier values unknown.</source>
        <translation>日志中没有对象更早的状态：所列更改是此请求设置的值，其原值未知。</translation>
    </message>
    <message>
        <source>No earlier state of the object is in the log: the object as written here is the starting point for the changes after it.</source>
        <translation>日志中没有对象更早的状态：此处写入的对象是其后各项更改的起点。</translation>
    </message>
    <message>
        <source>JSON patch</source>
        <translation>JSON Patch</translation>
    </message>
    <message>
        <source>merge patch</source>
        <translation>合并补丁</translation>
    </message>
    <message>
        <source>strategic merge</source>
        <translation>策略性合并</translation>
    </message>
    <message>
        <source>The JSON patch does not apply to the last known state (%1), and the log holds no response object: the patch is shown as sent, and later changes are compared from the next full state.</source>
        <translation>JSON Patch 无法应用到最后已知的状态（%1），且日志中没有响应对象：补丁按发送时的原样显示，之后的更改从下一个完整状态开始比较。</translation>
    </message>
    <message>
        <source>A strategic merge patch with lists or directives cannot be applied without the resource's schema, and the log holds no response object: the patch is shown as sent, and later changes are compared from the next full state.</source>
        <translation>含列表或指令的策略性合并补丁在没有资源 schema 的情况下无法应用，且日志中没有响应对象：补丁按发送时的原样显示，之后的更改从下一个完整状态开始比较。</translation>
    </message>
</context>
<context>
    <name>PolicyCli</name>
    <message>
        <source>cannot read %1: %2
</source>
        <translation>无法读取 %1：%2
</translation>
    </message>
    <message>
        <source>usage: audit-console policy lint FILE
</source>
        <translation>用法：audit-console policy lint 文件
</translation>
    </message>
    <message>
        <source>Replays an audit policy over recorded events: the level each request would get, the rule that decides it, and what the log would keep and lose.</source>
        <translation>用审计策略重放已记录的事件：每个请求会得到的级别、决定它的规则，以及日志会保留和丢失的内容。</translation>
    </message>
    <message>
        <source>A second policy to compare with.</source>
        <translation>用于对比的第二个策略。</translation>
    </message>
    <message>
        <source>text or json.</source>
        <translation>text 或 json。</translation>
    </message>
    <message>
        <source>The policy file.</source>
        <translation>策略文件。</translation>
    </message>
    <message>
        <source>Audit log files or folders.</source>
        <translation>审计日志文件或文件夹。</translation>
    </message>
    <message>
        <source>usage: audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] FILE|DIR...
</source>
        <translation>用法：audit-console policy simulate 策略 [--compare 策略2] [--format text|json] 文件|目录...
</translation>
    </message>
    <message>
        <source>no audit events could be loaded: %1
</source>
        <translation>未能加载任何审计事件：%1
</translation>
    </message>
    <message>
        <source>this source does not return whole events; simulate over local files
</source>
        <translation>此数据源不返回完整事件；请对本地文件进行模拟
</translation>
    </message>
    <message>
        <source>usage: audit-console policy lint FILE
       audit-console policy simulate POLICY [--compare POLICY2] [--format text|json] FILE|DIR...
</source>
        <translation>用法：audit-console policy lint 文件
       audit-console policy simulate 策略 [--compare 策略2] [--format text|json] 文件|目录...
</translation>
    </message>
    <message>
        <source>error: %1
run “audit-console policy simulate --help” for the options
</source>
        <translation>错误：%1
运行“audit-console policy simulate --help”查看选项
</translation>
    </message>
    <message>
        <source>error: unknown format "%1": use text or json
</source>
        <translation>错误：未知格式 "%1"：请用 text 或 json
</translation>
    </message>
    <message>
        <source>%1: %2
</source>
        <translation>%1：%2
</translation>
    </message>
    <message numerus="yes">
        <source>error: %n file(s) could not be read and are left out of the simulation
</source>
        <translation><numerusform>错误：%n 个文件无法读取，未计入模拟
</numerusform></translation>
    </message>
    <message>
        <source>error: unknown policy command “%1”: the policy commands are lint and simulate
</source>
        <translation>错误：未知的 policy 命令“%1”：policy 命令有 lint 和 simulate
</translation>
    </message>
</context>
<context>
    <name>PolicyReport</name>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>note</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1: %2 rule(s), %3 error(s), %4 warning(s)
</source>
        <translation>%1：%2 条规则，%3 个错误，%4 个警告
</translation>
    </message>
    <message>
        <source>Policy %1</source>
        <translation>策略 %1</translation>
    </message>
    <message>
        <source>  (the apiserver would refuse this policy; see `policy lint`)</source>
        <translation>  （API Server 会拒绝此策略；请看 `policy lint`）</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>kept at %1</source>
        <translation>以 %1 级别保留</translation>
    </message>
    <message>
        <source>kept %1</source>
        <translation>保留 %1 阶段</translation>
    </message>
    <message>
        <source>  %1 request(s) would be logged above the level they were recorded at: their bodies are not in this log, so the bytes above are a lower bound.
</source>
        <translation>  有 %1 个请求会以高于其记录时的级别记录：它们的请求体不在此日志中，因此上面的字节数只是下限。
</translation>
    </message>
</context>
<context>
    <name>ReportDocument</name>
    <message>
        <source>Time: all</source>
        <translation>时间：全部</translation>
    </message>
    <message>
        <source>Time: the last %1</source>
        <translation>时间：最近 %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>To: %1, exclusive</source>
        <translation>结束时间：%1（不含）</translation>
    </message>
    <message>
        <source>Namespaces: %1</source>
        <translation>命名空间：%1</translation>
    </message>
    <message>
        <source>Operators: %1</source>
        <translation>操作账号：%1</translation>
    </message>
    <message>
        <source>Status codes: %1</source>
        <translation>状态码：%1</translation>
    </message>
    <message>
        <source>Hide system components</source>
        <translation>隐藏系统组件</translation>
    </message>
    <message>
        <source>Audit overview</source>
        <translation>审计中心概览</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 · succeeded</source>
        <translation>%1 · 成功</translation>
    </message>
    <message>
        <source>%1 · failed</source>
        <translation>%1 · 失败</translation>
    </message>
    <message>
        <source>Resource operations</source>
        <translation>资源操作概览</translation>
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
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Resource detail: %1</source>
        <translation>资源操作详细列表：%1</translation>
    </message>
    <message>
        <source>%1 · Requests</source>
        <translation>%1 · 请求数</translation>
    </message>
    <message>
        <source>%1 · Failed</source>
        <translation>%1 · 失败</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Public-network access</source>
        <translation>公网访问</translation>
    </message>
    <message>
        <source>Unauthorized (401/403)</source>
        <translation>未授权（401/403）</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Command executions</source>
        <translation>命令执行</translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation>容器挂接</translation>
    </message>
    <message>
        <source>Secret access</source>
        <translation>访问保密字典</translation>
    </message>
    <message>
        <source>%1 bytes when it was loaded: the file changed since</source>
        <translation>加载时为 %1 字节：文件此后已被修改</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>附录</translation>
    </message>
    <message>
        <source>Audit report, %1</source>
        <translation>审计报告，%1</translation>
    </message>
    <message>
        <source>Requests from %1, end exclusive.</source>
        <translation>请求时间：%1（不含结束时间）。</translation>
    </message>
    <message>
        <source>Filters: %1.</source>
        <translation>筛选条件：%1。</translation>
    </message>
    <message>
        <source>Search: %1</source>
        <translation>查询语句：%1</translation>
    </message>
    <message>
        <source>Audit report</source>
        <translation>审计报告</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>数据源</translation>
    </message>
    <message>
        <source>Time range (%1)</source>
        <translation>时间范围（%1）</translation>
    </message>
    <message>
        <source>Time range (UTC)</source>
        <translation>时间范围（UTC）</translation>
    </message>
    <message>
        <source>%1 – %2, end exclusive</source>
        <translation>%1 – %2（不含结束时间）</translation>
    </message>
    <message>
        <source>Data in the source</source>
        <translation>数据源中的数据</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>查询</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>生成时间</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>读取的文件</translation>
    </message>
    <message>
        <source>None: a remote source</source>
        <translation>无：远程数据源</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s); each with its SHA-256 in the appendix</source>
        <translation><numerusform>%n 个文件；各文件的 SHA-256 见附录</numerusform></translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Every figure counts API requests, one per auditID, as the Alibaba Cloud ACK cluster auditing reports do. Each report begins on a new page. The appendix gives the search statement behind each figure and the command that lists its requests, so that any figure can be checked against the source.</source>
        <translation>每个指标统计的都是 API 请求数，每个 auditID 计一次，与阿里云 ACK 集群审计的报表一致。每份报表从新的一页开始。附录给出每个指标背后的查询语句以及列出其请求的命令，以便对照数据源核对任一指标。</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总数</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Requests over time (%1)</source>
        <translation>请求趋势（%1）</translation>
    </message>
    <message>
        <source>No requests in this range</source>
        <translation>此范围内没有请求</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Operations by RAM sub-account</source>
        <translation>子账号操作统计</translation>
    </message>
    <message>
        <source>No RAM sub-accounts in these requests</source>
        <translation>这些请求中没有 RAM 子账号</translation>
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
        <source>No deletions in these requests</source>
        <translation>这些请求中没有删除操作</translation>
    </message>
    <message>
        <source>Public-network access by source IP</source>
        <translation>公网访问源地址统计</translation>
    </message>
    <message>
        <source>No public-network access in these requests</source>
        <translation>这些请求中没有公网访问</translation>
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
        <source>None in this range.</source>
        <translation>此范围内没有相关请求。</translation>
    </message>
    <message>
        <source>The latest %1 of %2, newest first; the appendix gives the query that lists them all.</source>
        <translation>共 %2 个，列出最新的 %1 个，最新的在前；附录给出列出全部请求的查询。</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
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
        <source>Namespace / name</source>
        <translation>命名空间 / 名称</translation>
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
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>container %1</source>
        <translation>容器 %1</translation>
    </message>
    <message>
        <source>Operations by resource</source>
        <translation>按资源统计操作</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Requests on the resources themselves: subresources such as pods/exec are counted in the overview. Failed: the final status code is 400 or more.</source>
        <translation>只统计对资源本身的请求：pods/exec 等子资源计入审计中心概览。失败：最终状态码为 400 及以上。</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>成功率</translation>
    </message>
    <message>
        <source>Success rate: the share of requests whose final status code is below 400, of the requests that have one. A 404 from an existence check counts as a failure.</source>
        <translation>成功率：在有状态码的请求中，最终状态码低于 400 的请求所占的比例。存在性检查返回的 404 也算作失败。</translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation>（集群级）</translation>
    </message>
    <message numerus="yes">
        <source>%n other namespace(s)</source>
        <translation><numerusform>其他 %n 个命名空间</numerusform></translation>
    </message>
    <message>
        <source>Namespace distribution of %1</source>
        <translation>%1 的命名空间分布</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Operations, newest first</source>
        <translation>操作列表，最新的在前</translation>
    </message>
    <message>
        <source>The latest %1 of %2.</source>
        <translation>共 %2 个，列出最新的 %1 个。</translation>
    </message>
    <message>
        <source>Bookmarks and notes</source>
        <translation>书签和备注</translation>
    </message>
    <message>
        <source>No bookmarks or notes were added.</source>
        <translation>没有添加书签或备注。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No local files: the figures were read from %1.</source>
        <translation>没有本地文件：指标读取自 %1。</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>字节数</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Queries behind the figures</source>
        <translation>指标背后的查询</translation>
    </message>
    <message>
        <source>Each figure is the number of requests (one per auditID) that its Log Service search statement matches in its time range (end exclusive): paste the statement into the search box, or run the command, which lists the requests one per line and counts them at the end.</source>
        <translation>每个指标都是其日志服务查询语句在其时间范围（不含结束时间）内匹配的请求数（每个 auditID 计一次）：可把查询语句粘贴到查询框中，或运行命令，命令每行列出一个请求，并在末尾计数。</translation>
    </message>
    <message>
        <source>SOURCE stands for the source of the command line below: its files and folders, or its --sls-… or --clickhouse options.</source>
        <translation>SOURCE 代表下面命令行的数据源：其文件和文件夹，或其 --sls-… 或 --clickhouse 选项。</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Search statement, time range and command</source>
        <translation>查询语句、时间范围和命令</translation>
    </message>
    <message>
        <source>(unbounded)</source>
        <translation>（不限）</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reproduce this document</source>
        <translation>重新生成此文档</translation>
    </message>
    <message>
        <source>This document was made in the window; the queries above reproduce each figure.</source>
        <translation>此文档是在窗口中生成的；用上面的查询可以重现每个指标。</translation>
    </message>
    <message>
        <source>the pages could not be started</source>
        <translation>无法开始输出页面</translation>
    </message>
    <message>
        <source>a new page could not be started</source>
        <translation>无法开始新的一页</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>RuleText</name>
    <message>
        <source>“and”, “or” or the end of the condition</source>
        <translation>“and”、“or”或条件结尾</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>此处应为%1</translation>
    </message>
    <message>
        <source>“)”</source>
        <translation>“)”</translation>
    </message>
    <message>
        <source>count, failures, failure_rate or distinct</source>
        <translation>count、failures、failure_rate 或 distinct</translation>
    </message>
    <message>
        <source>a comparison (&gt;, &gt;=, &lt;, &lt;=, ==, !=)</source>
        <translation>比较运算符（&gt;、&gt;=、&lt;、&lt;=、==、!=）</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a plain number: only failure_rate is a percentage</source>
        <translation>普通数字：只有 failure_rate 可以用百分比</translation>
    </message>
    <message>
        <source>a rate between 0 and 1, or a percentage such as 50%</source>
        <translation>0 到 1 之间的比率，或 50% 这样的百分比</translation>
    </message>
    <message>
        <source>“rules” must be a list of rules</source>
        <translation>“rules”必须是规则列表</translation>
    </message>
    <message>
        <source>“%1” must be text</source>
        <translation>“%1”必须是文本</translation>
    </message>
    <message>
        <source>“%1” must be a field name or a list of them</source>
        <translation>“%1”必须是字段名或字段名列表</translation>
    </message>
    <message>
        <source>unknown field “%1” (a search field such as sourceIPs, operator, objectRef.namespace)</source>
        <translation>未知字段“%1”（应为 sourceIPs、operator、objectRef.namespace 这样的查询字段）</translation>
    </message>
    <message>
        <source>“%1” cannot group events: pick a field with a limited set of values</source>
        <translation>“%1”不能用于给事件分组：请选择取值有限的字段</translation>
    </message>
    <message>
        <source>“%1” must be a list of tests: - {path: …, equals: …}</source>
        <translation>“%1”必须是检查条件列表：- {path: …, equals: …}</translation>
    </message>
    <message>
        <source>a test needs “path”, and “equals”, “exists” or “absent”</source>
        <translation>检查条件需要“path”，以及“equals”、“exists”或“absent”之一</translation>
    </message>
    <message>
        <source>“%1” must be a value or a list of values</source>
        <translation>“%1”必须是一个值或值的列表</translation>
    </message>
    <message>
        <source>“%1” must be true or false</source>
        <translation>“%1”必须是 true 或 false</translation>
    </message>
    <message>
        <source>unknown key “%1” in a test (path, equals, not_equals, exists, absent)</source>
        <translation>检查条件中有未知的键“%1”（path、equals、not_equals、exists、absent）</translation>
    </message>
    <message>
        <source>a rule must be a map of keys (id, title, search, …)</source>
        <translation>规则必须是由键组成的映射（id、title、search、…）</translation>
    </message>
    <message>
        <source>an id is 1–64 lower-case letters, digits, “-”, “_” or “.”</source>
        <translation>id 由 1–64 个小写字母、数字、“-”、“_”或“.”组成</translation>
    </message>
    <message>
        <source>severity is one of report, low, medium, high, critical</source>
        <translation>severity 只能是 report、low、medium、high、critical 之一</translation>
    </message>
    <message>
        <source>kind is one of event, grouped, first_seen</source>
        <translation>kind 只能是 event、grouped、first_seen 之一</translation>
    </message>
    <message>
        <source>“extract” must map names to paths</source>
        <translation>“extract”必须是名称到路径的映射</translation>
    </message>
    <message>
        <source>“map” must map values to words</source>
        <translation>“map”必须是值到文字的映射</translation>
    </message>
    <message>
        <source>“%1” needs a path</source>
        <translation>“%1”需要路径</translation>
    </message>
    <message>
        <source>at most two fields to group by</source>
        <translation>最多只能按两个字段分组</translation>
    </message>
    <message>
        <source>“%1” is a duration such as 90s, 2m, 1h or 7d</source>
        <translation>“%1”应为时长，例如 90s、2m、1h 或 7d</translation>
    </message>
    <message>
        <source>unknown key “%1” (id, title, title_zh, description, severity, kind, search, json, json_any, extract, group_by, condition, distinct_of, window, learn, message, message_zh, override)</source>
        <translation>未知的键“%1”（id、title、title_zh、description、severity、kind、search、json、json_any、extract、group_by、condition、distinct_of、window、learn、message、message_zh、override）</translation>
    </message>
    <message>
        <source>the rule has no “id”</source>
        <translation>规则缺少“id”</translation>
    </message>
    <message>
        <source>the rule has no “title”</source>
        <translation>规则缺少“title”</translation>
    </message>
    <message>
        <source>the rule has no “search” (a Log Service search statement; “*” for all)</source>
        <translation>规则缺少“search”（日志服务查询语句；“*”表示全部）</translation>
    </message>
    <message>
        <source>in the search: %1</source>
        <translation>查询语句中：%1</translation>
    </message>
    <message>
        <source>a rule's search has no analytic part after “|”: use group_by and condition</source>
        <translation>规则的查询语句不能有“|”之后的分析语句：请使用 group_by 和 condition</translation>
    </message>
    <message>
        <source>only a grouped rule has a condition</source>
        <translation>只有 grouped 规则才有 condition</translation>
    </message>
    <message>
        <source>in the condition: %1</source>
        <translation>condition 中：%1</translation>
    </message>
    <message>
        <source>a grouped rule needs a “condition”, e.g. count &gt; 10</source>
        <translation>grouped 规则需要“condition”，例如 count &gt; 10</translation>
    </message>
    <message>
        <source>a first_seen rule needs “group_by” and “learn” (how long to learn what is usual)</source>
        <translation>first_seen 规则需要“group_by”和“learn”（用多长时间学习常态）</translation>
    </message>
    <message>
        <source>a per-event rule has no “group_by”: use kind: grouped</source>
        <translation>逐事件规则没有“group_by”：请使用 kind: grouped</translation>
    </message>
    <message>
        <source>json, json_any and extract test each event: only per-event rules have them</source>
        <translation>json、json_any 和 extract 用于检查每个事件：只有逐事件规则才能使用</translation>
    </message>
    <message>
        <source>“${” without its “}”</source>
        <translation>“${”缺少对应的“}”</translation>
    </message>
    <message>
        <source>unknown placeholder ${%1} (time, operator, namespace, resource, name, sourceIP, count, failure_rate, … or a name from extract)</source>
        <translation>未知的占位符 ${%1}（time、operator、namespace、resource、name、sourceIP、count、failure_rate、…，或 extract 中的名称）</translation>
    </message>
    <message>
        <source>not valid YAML: %1</source>
        <translation>不是有效的 YAML：%1</translation>
    </message>
    <message>
        <source>a second rule with the id “%1”</source>
        <translation>已有另一条 id 为“%1”的规则</translation>
    </message>
    <message>
        <source>cannot read the file: %1</source>
        <translation>无法读取文件：%1</translation>
    </message>
    <message>
        <source>the id “%1” is used by another rule of the folder</source>
        <translation>id“%1”已被该文件夹中的另一条规则使用</translation>
    </message>
    <message>
        <source>the id “%1” is a built-in rule's: pick another id, or add “override: true” to replace it</source>
        <translation>id“%1”属于内置规则：请换一个 id，或加上“override: true”以替换该内置规则</translation>
    </message>
</context>
<context>
    <name>SearchParser</name>
    <message>
        <source>unexpected ')': no '(' to close</source>
        <translation>多余的 ')'：没有可闭合的 '('</translation>
    </message>
    <message>
        <source>expected 'and', 'or', 'not', a term or the end</source>
        <translation>此处应为 'and'、'or'、'not'、查询条件或语句结尾</translation>
    </message>
    <message>
        <source>'!' must be followed by '=': use 'not' to negate</source>
        <translation>'!' 后面必须跟 '='：取反请用 'not'</translation>
    </message>
    <message>
        <source>unterminated quoted text: a closing '"' is missing</source>
        <translation>引号未闭合：缺少结尾的 '"'</translation>
    </message>
    <message>
        <source>nested too deeply (more than %1 levels of parentheses or 'not')</source>
        <translation>嵌套过深（括号或 'not' 超过 %1 层）</translation>
    </message>
    <message>
        <source>expected a term after 'not'</source>
        <translation>'not' 后面应有查询条件</translation>
    </message>
    <message>
        <source>empty parentheses: expected a term</source>
        <translation>括号为空：括号内应有查询条件</translation>
    </message>
    <message>
        <source>'(' is never closed: expected ')'</source>
        <translation>'(' 未闭合：缺少 ')'</translation>
    </message>
    <message>
        <source>expected ')'</source>
        <translation>此处应为 ')'</translation>
    </message>
    <message>
        <source>expected a term before '%1'</source>
        <translation>'%1' 前面应有查询条件</translation>
    </message>
    <message>
        <source>unexpected ')': expected a term</source>
        <translation>多余的 ')'：此处应为查询条件</translation>
    </message>
    <message>
        <source>expected a field name before ':'</source>
        <translation>':' 前面应有字段名</translation>
    </message>
    <message>
        <source>expected a field name before '%1'</source>
        <translation>'%1' 前面应有字段名</translation>
    </message>
    <message>
        <source>expected a term</source>
        <translation>此处应为查询条件</translation>
    </message>
    <message>
        <source>unknown field "%1" (to search for the text, put it in quotes)</source>
        <translation>未知字段 "%1"（如要查询这段文本，请用引号括起来）</translation>
    </message>
    <message>
        <source>unknown field "%1"; did you mean %2?</source>
        <translation>未知字段 "%1"；您是指 %2 吗？</translation>
    </message>
    <message>
        <source>expected a value after "%1"</source>
        <translation>"%1" 后面应有值</translation>
    </message>
    <message>
        <source>expected an RFC 3339 time such as 2026-11-28T10:00:00Z</source>
        <translation>此处应为 2026-11-28T10:00:00Z 这样的 RFC 3339 时间</translation>
    </message>
    <message>
        <source>"%1" is text: compare numbers only (responseStatus.code, latencyMs)</source>
        <translation>"%1" 是文本字段：只有数值字段（responseStatus.code、latencyMs）可以比较大小</translation>
    </message>
    <message>
        <source>expected a number after '%1'</source>
        <translation>'%1' 后面应为数字</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>第 %1 列：%2</translation>
    </message>
</context>
<context>
    <name>SlsBackend</name>
    <message>
        <source>This search cannot run on Log Service: %1</source>
        <translation>此查询无法在日志服务中执行：%1</translation>
    </message>
    <message>
        <source>Log Service</source>
        <translation>日志服务</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) to Log Service, %1 s, %2 KiB</source>
        <translation><numerusform>日志服务请求 %n 次，%1 秒，%2 KiB</numerusform></translation>
    </message>
    <message>
        <source>No event is selected.</source>
        <translation>未选择事件。</translation>
    </message>
    <message>
        <source>%1, record at %2 from %3</source>
        <translation>%1，来自 %3、时间为 %2 的记录</translation>
    </message>
    <message>
        <source>%1 holds no event “%2”.</source>
        <translation>%1 中没有事件“%2”。</translation>
    </message>
    <message>
        <source>The SQL part runs over the search statement only; move the conditions on derived fields (operator, exact values, categories) into the SQL.</source>
        <translation>SQL 部分只基于查询语句的结果执行；请把派生字段（operator、精确值、类别）上的条件写进 SQL 中。</translation>
    </message>
</context>
<context>
    <name>SlsClient</name>
    <message>
        <source>Log Service refused the signature: the AccessKey secret does not belong to the AccessKey ID, or the computer's clock is wrong.</source>
        <translation>日志服务拒绝了签名：AccessKey Secret 与 AccessKey ID 不匹配，或本机时钟不准确。</translation>
    </message>
    <message>
        <source>Log Service does not know this AccessKey ID.</source>
        <translation>日志服务中不存在此 AccessKey ID。</translation>
    </message>
    <message>
        <source>The STS security token is invalid or has expired.</source>
        <translation>STS Token 无效或已过期。</translation>
    </message>
    <message>
        <source>These credentials may not read this logstore (a RAM policy must allow log:GetLogStoreLogs).</source>
        <translation>此凭证无权读取该 Logstore（需要有允许 log:GetLogStoreLogs 的 RAM 权限策略）。</translation>
    </message>
    <message>
        <source>The project does not exist in this region.</source>
        <translation>此地域中不存在该 Project。</translation>
    </message>
    <message>
        <source>The logstore does not exist in this project.</source>
        <translation>此 Project 中不存在该 Logstore。</translation>
    </message>
    <message>
        <source>The logstore has no index, so it cannot be searched; turn on indexing in Log Service.</source>
        <translation>该 Logstore 未开启索引，因此无法查询；请在日志服务中开启索引。</translation>
    </message>
    <message>
        <source>Log Service rejected the query.</source>
        <translation>日志服务拒绝了此查询。</translation>
    </message>
    <message>
        <source>Log Service is busy or the read quota is used up; try again in a moment.</source>
        <translation>日志服务繁忙或读取配额已用完；请稍后重试。</translation>
    </message>
    <message>
        <source>Log Service had an internal error.</source>
        <translation>日志服务发生内部错误。</translation>
    </message>
    <message>
        <source>Log Service answered with an error.</source>
        <translation>日志服务返回了错误。</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>No Log Service credentials: set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET, choose an aliyun CLI profile, or type an AccessKey in the connect dialog.</source>
        <translation>没有日志服务凭证：请设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET，选择 aliyun CLI 配置，或在连接对话框中输入 AccessKey。</translation>
    </message>
    <message>
        <source>The endpoint %1 has the scheme “%2”; use https:// or http://.</source>
        <translation>服务入口 %1 的协议为“%2”；请使用 https:// 或 http://。</translation>
    </message>
    <message>
        <source>%1: Log Service did not answer within %2 s (tried %3 times).</source>
        <translation>%1：日志服务在 %2 秒内没有响应（已尝试 %3 次）。</translation>
    </message>
    <message>
        <source>%1: cannot reach %2: %3</source>
        <translation>%1：无法连接 %2：%3</translation>
    </message>
    <message>
        <source>%1: Log Service's answer was cut off (%2 of %3 bytes).</source>
        <translation>%1：日志服务的响应被截断（只收到 %3 字节中的 %2 字节）。</translation>
    </message>
    <message>
        <source>%1: Log Service's answer is not the expected JSON array (%2 at byte %3).</source>
        <translation>%1：日志服务的响应不是预期的 JSON 数组（第 %3 字节处：%2）。</translation>
    </message>
    <message>
        <source>%1: Log Service's answer was still incomplete after %2 tries; narrow the time range or the search.</source>
        <translation>%1：尝试 %2 次后日志服务的响应仍不完整；请缩小时间范围或查询范围。</translation>
    </message>
</context>
<context>
    <name>SlsConfig</name>
    <message>
        <source>China (Hangzhou)</source>
        <translation>华东1（杭州）</translation>
    </message>
    <message>
        <source>China (Shanghai)</source>
        <translation>华东2（上海）</translation>
    </message>
    <message>
        <source>China (Qingdao)</source>
        <translation>华北1（青岛）</translation>
    </message>
    <message>
        <source>China (Beijing)</source>
        <translation>华北2（北京）</translation>
    </message>
    <message>
        <source>China (Zhangjiakou)</source>
        <translation>华北3（张家口）</translation>
    </message>
    <message>
        <source>China (Hohhot)</source>
        <translation>华北5（呼和浩特）</translation>
    </message>
    <message>
        <source>China (Ulanqab)</source>
        <translation>华北6（乌兰察布）</translation>
    </message>
    <message>
        <source>China (Shenzhen)</source>
        <translation>华南1（深圳）</translation>
    </message>
    <message>
        <source>China (Heyuan)</source>
        <translation>华南2（河源）</translation>
    </message>
    <message>
        <source>China (Guangzhou)</source>
        <translation>华南3（广州）</translation>
    </message>
    <message>
        <source>China (Chengdu)</source>
        <translation>西南1（成都）</translation>
    </message>
    <message>
        <source>China (Hong Kong)</source>
        <translation>中国香港</translation>
    </message>
    <message>
        <source>Singapore</source>
        <translation>新加坡</translation>
    </message>
    <message>
        <source>Malaysia (Kuala Lumpur)</source>
        <translation>马来西亚（吉隆坡）</translation>
    </message>
    <message>
        <source>Indonesia (Jakarta)</source>
        <translation>印度尼西亚（雅加达）</translation>
    </message>
    <message>
        <source>Philippines (Manila)</source>
        <translation>菲律宾（马尼拉）</translation>
    </message>
    <message>
        <source>Thailand (Bangkok)</source>
        <translation>泰国（曼谷）</translation>
    </message>
    <message>
        <source>Japan (Tokyo)</source>
        <translation>日本（东京）</translation>
    </message>
    <message>
        <source>South Korea (Seoul)</source>
        <translation>韩国（首尔）</translation>
    </message>
    <message>
        <source>Germany (Frankfurt)</source>
        <translation>德国（法兰克福）</translation>
    </message>
    <message>
        <source>UK (London)</source>
        <translation>英国（伦敦）</translation>
    </message>
    <message>
        <source>US (Silicon Valley)</source>
        <translation>美国（硅谷）</translation>
    </message>
    <message>
        <source>US (Virginia)</source>
        <translation>美国（弗吉尼亚）</translation>
    </message>
    <message>
        <source>UAE (Dubai)</source>
        <translation>阿联酋（迪拜）</translation>
    </message>
    <message>
        <source>Saudi Arabia (Riyadh)</source>
        <translation>沙特（利雅得）</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” uses the %2 mode, which Audit Console cannot use: choose a profile in AK or StsToken mode, or set the credentials in the environment.</source>
        <translation>aliyun CLI 配置“%1”使用 %2 模式，审计控制台无法使用：请选择 AK 或 StsToken 模式的配置，或在环境变量中设置凭证。</translation>
    </message>
    <message>
        <source>typed in</source>
        <translation>手动输入</translation>
    </message>
    <message>
        <source>environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>aliyun CLI profile “%1”</source>
        <translation>aliyun CLI 配置“%1”</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>%1, no key</source>
        <translation>%1，无 AccessKey</translation>
    </message>
    <message>
        <source>%1, key …%2</source>
        <translation>%1，AccessKey …%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at offset %3</source>
        <translation>%1 不是有效的 JSON：%2（偏移量 %3）</translation>
    </message>
    <message>
        <source>%1 is not an aliyun CLI configuration: it has no list of profiles</source>
        <translation>%1 不是 aliyun CLI 配置文件：其中没有配置（profiles）列表</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” cannot be read: %2</source>
        <translation>无法读取 aliyun CLI 配置“%1”：%2</translation>
    </message>
    <message>
        <source>The aliyun CLI configuration has no profile “%1”.</source>
        <translation>aliyun CLI 配置文件中没有配置“%1”。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” has no AccessKey ID or AccessKey secret.</source>
        <translation>aliyun CLI 配置“%1”中没有 AccessKey ID 或 AccessKey Secret。</translation>
    </message>
    <message>
        <source>The aliyun CLI profile “%1” is in StsToken mode but has no STS token.</source>
        <translation>aliyun CLI 配置“%1”为 StsToken 模式，但没有 STS Token。</translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message>
        <source>No audit events could be loaded.</source>
        <translation>未能加载任何审计事件。</translation>
    </message>
    <message>
        <source>A Log Service source needs an endpoint, a project and a logstore.</source>
        <translation>日志服务数据源需要服务入口、Project 和 Logstore。</translation>
    </message>
    <message>
        <source>A ClickHouse source needs a URL, a database and a table.</source>
        <translation>ClickHouse 数据源需要地址、数据库和表。</translation>
    </message>
</context>
<context>
    <name>ac::AlertsController</name>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1: notification delivered</source>
        <translation>%1：通知已送达</translation>
    </message>
    <message numerus="yes">
        <source>%1: the notification failed after %n attempt(s): %2</source>
        <translation><numerusform>%1：尝试 %n 次后通知仍发送失败：%2</numerusform></translation>
    </message>
    <message>
        <source>Live evaluation stopped: another source was opened.</source>
        <translation>实时跟踪已停止：打开了另一个数据源。</translation>
    </message>
    <message>
        <source>The rules run when asked: Alerts ▸ Run Rules.</source>
        <translation>规则按需运行：告警 ▸ 运行规则。</translation>
    </message>
    <message>
        <source>Open an audit log first: the rules run over it.</source>
        <translation>请先打开审计日志：规则会在其上运行。</translation>
    </message>
    <message>
        <source>The run was cancelled.</source>
        <translation>已取消运行。</translation>
    </message>
    <message>
        <source>The rules could not run: %1</source>
        <translation>规则无法运行：%1</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>全部数据</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) from %1 rules over %2</source>
        <translation><numerusform>%n 条告警结果，来自 %1 条规则，范围：%2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not run here in full: %1</source>
        <translation><numerusform>%n 条规则在此无法完整运行：%1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) switched off</source>
        <translation><numerusform>%n 条规则已关闭</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s) could not be read</source>
        <translation><numerusform>%n 条规则无法读取</numerusform></translation>
    </message>
    <message>
        <source>Live evaluation stopped.</source>
        <translation>实时跟踪已停止。</translation>
    </message>
    <message>
        <source>Open an audit log first: live evaluation follows it.</source>
        <translation>请先打开审计日志：实时跟踪会跟踪它。</translation>
    </message>
    <message numerus="yes">
        <source>Following %n source(s) for new lines…</source>
        <translation><numerusform>正在跟踪 %n 个数据源的新行…</numerusform></translation>
    </message>
    <message>
        <source>Polling %1 for new events…</source>
        <translation>正在轮询 %1 的新事件…</translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s) raised live</source>
        <translation><numerusform>实时产生了 %n 条新告警结果</numerusform></translation>
    </message>
    <message>
        <source>Audit Console</source>
        <translation>审计控制台</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… 还有 %n 个</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new finding(s)</source>
        <translation><numerusform>%n 条新告警结果</numerusform></translation>
    </message>
    <message>
        <source>The system keychain could not be read: %1</source>
        <translation>无法读取系统钥匙串：%1</translation>
    </message>
    <message>
        <source>Live evaluation starts when the rules have run over what was loaded.</source>
        <translation>规则对已加载的数据运行完毕后，开始实时跟踪。</translation>
    </message>
</context>
<context>
    <name>ac::CasePanel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>告警结果</translation>
    </message>
    <message>
        <source>Case title, e.g. INC-2041 deleted deployment</source>
        <translation>案例标题，例如 INC-2041 deployment 被删除</translation>
    </message>
    <message>
        <source>Notes for the case: timeline, conclusions, follow-ups</source>
        <translation>案例备注：时间线、结论、后续事项</translation>
    </message>
    <message>
        <source>Double-click a view to show it; its command line is in the tooltip</source>
        <translation>双击视图即可显示；其命令行见工具提示</translation>
    </message>
    <message>
        <source>Bookmarks</source>
        <translation>书签</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>告警结果</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Copy Command</source>
        <translation>复制命令</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>auditID %1
%2, line %3</source>
        <translation>auditID %1
%2，第 %3 行</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>编辑备注</translation>
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
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2 requests</source>
        <translation>%1：%2 个请求</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 requests · %2 succeeded · %3 failed</source>
        <translation>%1 个请求 · %2 个成功 · %3 个失败</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>%1 %2 · %3 succeeded · %4 failed</source>
        <translation>%1 %2 · %3 个成功 · %4 个失败</translation>
    </message>
    <message>
        <source>Time on %1 (%2)</source>
        <translation>时间：%1（%2）</translation>
    </message>
    <message>
        <source>Time, %1 – %2 (%3)</source>
        <translation>时间：%1 – %2（%3）</translation>
    </message>
    <message>
        <source>Time in %1 (%2)</source>
        <translation>时间：%1 年（%2）</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation><numerusform>… 还有 %n 个</numerusform></translation>
    </message>
</context>
<context>
    <name>ac::ClickHouseConnectDialog</name>
    <message>
        <source>Connect to ClickHouse</source>
        <translation>连接到 ClickHouse</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Forget Stored Password</source>
        <translation>忘记已保存的密码(&amp;F)</translation>
    </message>
    <message>
        <source>Reads an audit table that “audit-console ingest” filled (see docs/clickhouse.md). The server does the counting; only figures and the rows shown are sent back.</source>
        <translation>读取由“audit-console ingest”导入的审计表（参阅 docs/clickhouse.md）。统计由服务器完成，只传回数字和显示的行。</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8123</source>
        <translation>http://127.0.0.1:8123</translation>
    </message>
    <message>
        <source>https:// is verified against the system's certificates; plain HTTP only when you write http://.</source>
        <translation>https:// 会用系统证书校验；只有写明 http:// 时才使用明文 HTTP。</translation>
    </message>
    <message>
        <source>empty: none, or AUDIT_CONSOLE_CLICKHOUSE_PASSWORD</source>
        <translation>留空：无密码，或使用 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD</translation>
    </message>
    <message>
        <source>AUDIT_CONSOLE_CLICKHOUSE_PASSWORD is set: it is used while this field is empty.</source>
        <translation>已设置 AUDIT_CONSOLE_CLICKHOUSE_PASSWORD：此栏为空时使用它。</translation>
    </message>
    <message>
        <source>Kept per user and URL; never in the settings file</source>
        <translation>按用户和地址保存；从不写入设置文件</translation>
    </message>
    <message>
        <source>This build has no system keychain.</source>
        <translation>此版本不支持系统钥匙串。</translation>
    </message>
    <message>
        <source>Remove the stored password for this user and URL from the system keychain</source>
        <translation>从系统钥匙串中删除此用户和地址保存的密码</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Table:</source>
        <translation>表(&amp;T)：</translation>
    </message>
    <message>
        <source>U&amp;ser:</source>
        <translation>用户(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the URL, the database and the table.</source>
        <translation>请输入地址、数据库和表。</translation>
    </message>
    <message>
        <source>A password for %1@%2 is stored in the system keychain.</source>
        <translation>系统钥匙串中保存有 %1@%2 的密码。</translation>
    </message>
    <message>
        <source>The password could not be remembered: %1

It is used for this connection only.</source>
        <translation>无法记住密码：%1

它只用于这一次连接。</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name the server (the user and password go in their own fields), such as http://127.0.0.1:8123.</source>
        <translation>地址必须以 http:// 或 https:// 开头并写明服务器（用户和密码写在各自的栏中），例如 http://127.0.0.1:8123。</translation>
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
    <message>
        <source>Success rate: the share of requests whose final status code is below 400, of the requests that have one. A 404 from an existence check counts as a failure.</source>
        <translation>成功率：在有状态码的请求中，最终状态码低于 400 的请求所占的比例。存在性检查返回的 404 也算作失败。</translation>
    </message>
</context>
<context>
    <name>ac::DryRunPane</name>
    <message>
        <source>Running %1…</source>
        <translation>正在运行 %1…</translation>
    </message>
    <message>
        <source>Dry run cancelled.</source>
        <translation>试运行已取消。</translation>
    </message>
    <message>
        <source>The dry run failed: %1</source>
        <translation>试运行失败：%1</translation>
    </message>
    <message>
        <source>all the data</source>
        <translation>全部数据</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n finding(s) over %2 in %3 s</source>
        <translation><numerusform>%1：%n 条告警结果，范围：%2，用时 %3 秒</numerusform></translation>
    </message>
    <message>
        <source>(the first %1 listed)</source>
        <translation>（列出前 %1 条）</translation>
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
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
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
    <message>
        <source>newest first</source>
        <translation>最新的在前</translation>
    </message>
    <message>
        <source>oldest first</source>
        <translation>最早的在前</translation>
    </message>
    <message>
        <source>by %1, descending</source>
        <translation>按%1降序</translation>
    </message>
    <message>
        <source>by %1, ascending</source>
        <translation>按%1升序</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching request(s), %1; select one to see the whole event</source>
        <translation><numerusform>%Ln 个匹配的请求，%1；选中一个以查看完整事件</numerusform></translation>
    </message>
    <message>
        <source>&amp;Matching Requests</source>
        <translation>匹配的请求(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;SQL Result</source>
        <translation>SQL 结果(&amp;S)</translation>
    </message>
    <message>
        <source>The SQL part could not be run: %1</source>
        <translation>SQL 部分无法执行：%1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) from the SQL part: %1</source>
        <translation><numerusform>SQL 部分返回 %Ln 行：%1</numerusform></translation>
    </message>
</context>
<context>
    <name>ac::FigureCard</name>
    <message>
        <source>Succeeded: final status code below 400. Failed: 400 or above (a 404 existence check counts as failed). Click either to list them.</source>
        <translation>成功：最终状态码低于 400。失败：400 及以上（存在性检查返回的 404 也算失败）。点击任一项即可列出对应请求。</translation>
    </message>
    <message>
        <source>&lt;a href="ok" style="text-decoration:none"&gt;%1 succeeded&lt;/a&gt; · &lt;a href="failed" style="text-decoration:none;%3"&gt;%2 failed&lt;/a&gt;</source>
        <translation>&lt;a href="ok" style="text-decoration:none"&gt;%1 个成功&lt;/a&gt; · &lt;a href="failed" style="text-decoration:none;%3"&gt;%2 个失败&lt;/a&gt;</translation>
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
    <message>
        <source>%1 — not applied: the figures below are not filtered by a search</source>
        <translation>%1 — 未应用：下面的数据未按查询语句过滤</translation>
    </message>
    <message>
        <source>%1 — not applied: the figures below use the last valid search “%2”</source>
        <translation>%1 — 未应用：下面的数据使用上一次有效的查询“%2”</translation>
    </message>
    <message>
        <source>Times in %1</source>
        <translation>时间以 %1 表示</translation>
    </message>
    <message>
        <source>last 15 minutes</source>
        <translation>最近 15 分钟</translation>
    </message>
    <message>
        <source>last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>last day</source>
        <translation>最近 1 天</translation>
    </message>
    <message>
        <source>last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <source>last 30 days</source>
        <translation>最近 30 天</translation>
    </message>
    <message>
        <source>a chosen range</source>
        <translation>自定义时间范围</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作账号</translation>
    </message>
    <message numerus="yes">
        <source>%Ln matching request(s) outside this range</source>
        <translation><numerusform>此范围之外还有 %Ln 个匹配的请求</numerusform></translation>
    </message>
    <message>
        <source>show all time</source>
        <translation>显示全部时间</translation>
    </message>
    <message>
        <source>Every operator: users, service accounts, nodes, RAM sub-accounts</source>
        <translation>所有操作账号：用户、服务账号、节点、RAM 子账号</translation>
    </message>
    <message>
        <source>RAM sub-accounts (numeric ids) only; the menu can list every operator</source>
        <translation>只列出 RAM 子账号（数字 ID）；菜单中可改为列出所有操作账号</translation>
    </message>
</context>
<context>
    <name>ac::FindingsModel</name>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公网</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私网</translation>
    </message>
    <message>
        <source>Time (%1)</source>
        <translation>时间（%1）</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>操作账号</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>次数</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详情</translation>
    </message>
    <message>
        <source>Window %1</source>
        <translation>时间窗口 %1</translation>
    </message>
    <message>
        <source>%1 request(s)</source>
        <translation>%1 个请求</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 个失败</translation>
    </message>
    <message>
        <source>%1 distinct</source>
        <translation>%1 个不同值</translation>
    </message>
</context>
<context>
    <name>ac::FindingsPage</name>
    <message>
        <source>&amp;Run Rules</source>
        <translation>运行规则(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Follow &amp;Live</source>
        <translation>实时跟踪(&amp;L)</translation>
    </message>
    <message>
        <source>Sho&amp;w Events</source>
        <translation>显示事件(&amp;W)</translation>
    </message>
    <message>
        <source>&amp;Open Event</source>
        <translation>打开事件(&amp;O)</translation>
    </message>
    <message>
        <source>Select a finding to see it whole.</source>
        <translation>选择一条告警结果以查看完整内容。</translation>
    </message>
    <message>
        <source>List the requests behind this finding on the Events page (double-click a row)</source>
        <translation>在“事件”页列出此告警结果涉及的请求（也可双击某一行）</translation>
    </message>
    <message>
        <source>Show the one request this finding is about on the Events page</source>
        <translation>在“事件”页显示此告警结果所指的那个请求</translation>
    </message>
    <message>
        <source>Running the rules…</source>
        <translation>正在运行规则…</translation>
    </message>
    <message>
        <source>Run the rules that are switched on over the whole source (Alerts ▸ Run Rules)</source>
        <translation>在整个数据源上运行已开启的规则（告警 ▸ 运行规则）</translation>
    </message>
    <message>
        <source>%v of %m rules</source>
        <translation>%v / %m 条规则</translation>
    </message>
    <message>
        <source>Run the rules on what is appended to the files, or poll the remote source, and raise each new finding once</source>
        <translation>对追加到文件中的内容运行规则，或轮询远程数据源，每条新的告警结果只产生一次</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Export Findings as &amp;CSV…</source>
        <translation>导出告警结果为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Findings as &amp;JSON…</source>
        <translation>导出告警结果为 JSON(&amp;J)…</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>See, switch off, write and try out rules</source>
        <translation>查看、关闭、编写和试运行规则</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Where live findings are sent: DingTalk, a webhook, the desktop</source>
        <translation>实时告警结果的发送目标：钉钉、Webhook、桌面</translation>
    </message>
    <message>
        <source>All severities</source>
        <translation>所有严重程度</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>低及以上</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>中及以上</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>高及以上</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>仅严重</translation>
    </message>
    <message>
        <source>Search findings: operator, object, IP, message…</source>
        <translation>查询告警结果：操作账号、对象、IP、消息…</translation>
    </message>
    <message>
        <source>Severit&amp;y:</source>
        <translation>严重程度(&amp;Y)：</translation>
    </message>
    <message>
        <source>Rul&amp;e:</source>
        <translation>规则(&amp;E)：</translation>
    </message>
    <message>
        <source>All rules</source>
        <translation>所有规则</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Notes (%1)</source>
        <translation>提示（%1）</translation>
    </message>
    <message>
        <source>The rules that could not run here in full, and rule files that could not be read</source>
        <translation>在此无法完整运行的规则，以及无法读取的规则文件</translation>
    </message>
    <message>
        <source>No findings match these filters.</source>
        <translation>没有符合这些筛选条件的告警结果。</translation>
    </message>
    <message>
        <source>Open an audit log: the rules run over it when it loads.</source>
        <translation>请打开审计日志：加载后规则会在其上运行。</translation>
    </message>
    <message>
        <source>The rules have not run over this source yet: Run Rules.</source>
        <translation>规则尚未在此数据源上运行：请点击“运行规则”。</translation>
    </message>
    <message>
        <source>No findings: none of the rules that are switched on matched.</source>
        <translation>没有告警结果：已开启的规则都没有匹配。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>时间窗口</translation>
    </message>
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
        <source>Object</source>
        <translation>对象</translation>
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
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Distinct</source>
        <translation>不同值数</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Audit ID</source>
        <translation>审计 ID</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1，第 %2 行</translation>
    </message>
    <message>
        <source>Raised live from lines appended after the load: reload the files to see its events.</source>
        <translation>由加载后追加的行实时产生：请重新加载文件以查看其事件。</translation>
    </message>
    <message>
        <source>Export Findings</source>
        <translation>导出告警结果</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
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
        <source>Findings</source>
        <translation>告警结果</translation>
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
    <name>ac::LiveAlerts</name>
    <message>
        <source>live alerting keeps the last %1 MiB of appended text: older lines are left out of the windows</source>
        <translation>实时告警只保留最近追加的 %1 MiB 文本：更早的行不计入时间窗口</translation>
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
    <message numerus="yes">
        <source>the files span %n day(s), more than the %1: showing all of them</source>
        <translation><numerusform>这些文件跨越 %n 天，超过了%1：显示全部时间</numerusform></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Audit &amp;Policy Workbench…</source>
        <translation>审计策略工作台(&amp;P)…</translation>
    </message>
    <message>
        <source>ACK's Default &amp;Audit Policy</source>
        <translation>ACK 默认审计策略(&amp;A)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Connected in %1 s; %2</source>
        <translation>连接用时 %1 秒；%2</translation>
    </message>
    <message>
        <source>Connect to &amp;Log Service…</source>
        <translation>连接日志服务(&amp;L)…</translation>
    </message>
    <message>
        <source>Log Service: %1</source>
        <translation>日志服务：%1</translation>
    </message>
    <message>
        <source>Connect to &amp;ClickHouse…</source>
        <translation>连接到 ClickHouse(&amp;C)…</translation>
    </message>
    <message>
        <source>ClickHouse: %1</source>
        <translation>ClickHouse：%1</translation>
    </message>
    <message>
        <source>Findings (%1)</source>
        <translation>告警结果（%1）</translation>
    </message>
    <message>
        <source>&amp;Alerts</source>
        <translation>告警(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Run Rules</source>
        <translation>运行规则(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Follow Live</source>
        <translation>实时跟踪(&amp;F)</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>&amp;Notifications…</source>
        <translation>通知(&amp;N)…</translation>
    </message>
    <message>
        <source>Export Findings as &amp;CSV…</source>
        <translation>导出告警结果为 CSV(&amp;C)…</translation>
    </message>
    <message>
        <source>Export Findings as &amp;JSON…</source>
        <translation>导出告警结果为 JSON(&amp;J)…</translation>
    </message>
</context>
<context>
    <name>ac::NotificationSettings</name>
    <message>
        <source>“%1” is not an http(s) URL.</source>
        <translation>“%1”不是 http(s) URL。</translation>
    </message>
    <message>
        <source>Show a desktop notification for each batch of live findings</source>
        <translation>每批实时告警结果都显示桌面通知</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>SEC…, when the robot signs (加签); empty: none</source>
        <translation>SEC…，机器人启用加签时填写；留空：不加签</translation>
    </message>
    <message>
        <source>sent as Authorization: Bearer …; empty: none</source>
        <translation>以 Authorization: Bearer … 发送；留空：不发送</translation>
    </message>
    <message>
        <source>This desktop has no system tray: nothing is shown there.</source>
        <translation>此桌面没有系统托盘：不会在托盘中显示任何内容。</translation>
    </message>
    <message>
        <source>Live findings below this severity are listed, not sent</source>
        <translation>低于此严重程度的实时告警结果只列出，不发送</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>测试(&amp;T)</translation>
    </message>
    <message>
        <source>T&amp;est</source>
        <translation>测试(&amp;E)</translation>
    </message>
    <message>
        <source>DingTalk</source>
        <translation>钉钉</translation>
    </message>
    <message>
        <source>Webhook</source>
        <translation>Webhook</translation>
    </message>
    <message>
        <source>%1: the test message was delivered.</source>
        <translation>%1：测试消息已送达。</translation>
    </message>
    <message numerus="yes">
        <source>%1: the test message failed after %n attempt(s): %2</source>
        <translation><numerusform>%1：尝试 %n 次后测试消息仍发送失败：%2</numerusform></translation>
    </message>
    <message>
        <source>DingTalk robot</source>
        <translation>钉钉机器人</translation>
    </message>
    <message>
        <source>&amp;Webhook URL:</source>
        <translation>Webhook URL(&amp;W)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>加签密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>地址(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Bearer token:</source>
        <translation>Bearer Token(&amp;B)：</translation>
    </message>
    <message>
        <source>The secret and the token are kept in the system keychain, never in the settings file.</source>
        <translation>加签密钥和 Token 保存在系统钥匙串中，从不写入设置文件。</translation>
    </message>
    <message>
        <source>This build has no system keychain: the secret and the token are kept for this session only and must be entered again after a restart.</source>
        <translation>此版本不支持系统钥匙串：加签密钥和 Token 只在本次会话中保留，重新启动后需要重新输入。</translation>
    </message>
    <message>
        <source>Send &amp;from:</source>
        <translation>发送的最低严重程度(&amp;F)：</translation>
    </message>
    <message>
        <source>Enter the URL first.</source>
        <translation>请先输入 URL。</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>正在发送测试消息…</translation>
    </message>
    <message>
        <source>The system keychain could not store it: %1

It is kept for this session only.</source>
        <translation>系统钥匙串无法保存：%1

它只在本次会话中保留。</translation>
    </message>
</context>
<context>
    <name>ac::ObjectHistoryView</name>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>%1 的历史</translation>
    </message>
    <message>
        <source>Only the requests that changed a field, e.g. spec.replicas</source>
        <translation>只显示更改了某个字段的请求，例如 spec.replicas</translation>
    </message>
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
        <source>Code</source>
        <translation>状态码</translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation>源地址</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>更改</translation>
    </message>
    <message>
        <source>Click a changed field to see who else changed it; double-click a request to open it</source>
        <translation>点击更改的字段可查看还有谁更改过它；双击请求即可打开</translation>
    </message>
    <message>
        <source>Changed field:</source>
        <translation>更改的字段：</translation>
    </message>
    <message>
        <source>&amp;Bookmark Request</source>
        <translation>为请求添加书签(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open Request</source>
        <translation>打开请求(&amp;O)</translation>
    </message>
    <message>
        <source>Who Changed %1</source>
        <translation>谁更改了 %1</translation>
    </message>
    <message>
        <source>Copy Field Path</source>
        <translation>复制字段路径</translation>
    </message>
    <message>
        <source>Copy Row</source>
        <translation>复制行</translation>
    </message>
    <message>
        <source>Reading every request on %1…</source>
        <translation>正在读取对 %1 的所有请求…</translation>
    </message>
    <message>
        <source>Stopped: the history of %1 was not read.</source>
        <translation>已停止：未读取 %1 的历史。</translation>
    </message>
    <message>
        <source>The history of %1 could not be read: %2</source>
        <translation>无法读取 %1 的历史：%2</translation>
    </message>
    <message>
        <source>read</source>
        <translation>读取</translation>
    </message>
    <message>
        <source>created</source>
        <translation>已创建</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>已更新</translation>
    </message>
    <message>
        <source>patched (%1)</source>
        <translation>已修补（%1）</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>failed: nothing changed</source>
        <translation>失败：没有更改</translation>
    </message>
    <message>
        <source>dry run: nothing changed</source>
        <translation>试运行：没有更改</translation>
    </message>
    <message>
        <source>change not recorded (level %1)</source>
        <translation>未记录更改（级别 %1）</translation>
    </message>
    <message>
        <source>patch as sent (%1)</source>
        <translation>按发送原样显示补丁（%1）</translation>
    </message>
    <message>
        <source>first known state</source>
        <translation>最早的已知状态</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>作用于 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s), newest first</source>
        <translation><numerusform>%1：%Ln 个请求，最新的在前</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln request(s) changed %2</source>
        <translation><numerusform>%1：%Ln 个请求更改了 %2</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln write(s)</source>
        <translation><numerusform>%Ln 次写入</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln change(s) the log does not show (logged at level Metadata)</source>
        <translation><numerusform>%Ln 次更改日志中看不到（以 Metadata 级别记录）</numerusform></translation>
    </message>
    <message>
        <source>only the newest requests are listed</source>
        <translation>只列出了最新的请求</translation>
    </message>
    <message>
        <source>%1, no field changed</source>
        <translation>%1，没有字段更改</translation>
    </message>
    <message>
        <source>added %1</source>
        <translation>新增 %1</translation>
    </message>
    <message>
        <source>removed (was %1)</source>
        <translation>已移除（原为 %1）</translation>
    </message>
    <message>
        <source>Click to see who changed %1</source>
        <translation>点击查看谁更改了 %1</translation>
    </message>
    <message>
        <source>Patch: %1</source>
        <translation>补丁：%1</translation>
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
    <message>
        <source>No RAM sub-accounts in these requests</source>
        <translation>这些请求中没有 RAM 子账号</translation>
    </message>
    <message>
        <source>No deletions in these requests</source>
        <translation>这些请求中没有删除操作</translation>
    </message>
    <message>
        <source>No public-network access in these requests</source>
        <translation>这些请求中没有公网访问</translation>
    </message>
</context>
<context>
    <name>ac::PolicyEventsModel</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Verb</source>
        <translation>动作</translation>
    </message>
    <message>
        <source>Resource or path</source>
        <translation>资源或路径</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Recorded at</source>
        <translation>记录级别</translation>
    </message>
    <message>
        <source>Policy gives</source>
        <translation>策略级别</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>no rule matches: None</source>
        <translation>没有规则匹配：None</translation>
    </message>
    <message>
        <source>rule %1 (line %2)</source>
        <translation>规则 %1（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>ac::PolicyWorkbench</name>
    <message>
        <source>&amp;Simulate</source>
        <translation>模拟(&amp;S)</translation>
    </message>
    <message>
        <source>Audit Policy Workbench</source>
        <translation>审计策略工作台</translation>
    </message>
    <message>
        <source>apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata</source>
        <translation>apiVersion: audit.k8s.io/v1
kind: Policy
rules:
  - level: Metadata</translation>
    </message>
    <message>
        <source>What the apiserver would reject (errors) and what loads but likely does not do what was meant (warnings); double-click to go there</source>
        <translation>API Server 会拒绝的内容（错误），以及能加载但很可能不符合本意的内容（警告）；双击即可跳转</translation>
    </message>
    <message>
        <source>Replay the policy over the loaded events (Ctrl+R)</source>
        <translation>用此策略重放已加载的事件（Ctrl+R）</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Compare with…</source>
        <translation>对比(&amp;C)…</translation>
    </message>
    <message>
        <source>A second policy, simulated beside this one</source>
        <translation>第二个策略，与此策略并列模拟</translation>
    </message>
    <message>
        <source>Only requests whose level changes</source>
        <translation>只显示级别会变化的请求</translation>
    </message>
    <message>
        <source>Open Audit Policy</source>
        <translation>打开审计策略</translation>
    </message>
    <message>
        <source>Audit policies (*.yaml *.yml *.json);;All files (*)</source>
        <translation>审计策略 (*.yaml *.yml *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Compare with Audit Policy</source>
        <translation>与审计策略对比</translation>
    </message>
    <message>
        <source>What the log keeps</source>
        <translation>日志保留的内容</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>请求数</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 — Audit Policy Workbench</source>
        <translation>%1 — 审计策略工作台</translation>
    </message>
    <message>
        <source>Comparing with %1: simulate to see both.</source>
        <translation>与 %1 对比：运行模拟即可同时查看两者。</translation>
    </message>
    <message>
        <source>%1:%2  %3: %4</source>
        <translation>%1:%2  %3：%4</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>未发现问题。</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s): the apiserver would refuse this policy; a simulation shows what its rules would do.</source>
        <translation><numerusform>%n 个错误：API Server 会拒绝此策略；模拟可以显示其规则的效果。</numerusform></translation>
    </message>
    <message>
        <source>Simulation is not supported by this source: it needs whole events (local files).</source>
        <translation>此数据源不支持模拟：模拟需要完整事件（本地文件）。</translation>
    </message>
    <message>
        <source>Open an audit log first: the policy is simulated over its events.</source>
        <translation>请先打开审计日志：策略会在其事件上模拟。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message numerus="yes">
        <source>Simulating over %n request(s)…</source>
        <translation><numerusform>正在对 %n 个请求进行模拟…</numerusform></translation>
    </message>
    <message>
        <source>Simulation cancelled.</source>
        <translation>模拟已取消。</translation>
    </message>
    <message>
        <source>This policy</source>
        <translation>此策略</translation>
    </message>
    <message>
        <source>Compared policy</source>
        <translation>对比策略</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Kept at %1</source>
        <translation>以 %1 级别保留</translation>
    </message>
    <message>
        <source>Kept at stage %1</source>
        <translation>在 %1 阶段保留</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>已记录</translation>
    </message>
    <message>
        <source>%1 requests · %2 records · %3</source>
        <translation>%1 个请求 · %2 条记录 · %3</translation>
    </message>
    <message>
        <source>Recorded in this log</source>
        <translation>此日志中已记录</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>%1: line, level, requests</source>
        <translation>%1：行、级别、请求数</translation>
    </message>
    <message>
        <source>line %1 · %2 · %3</source>
        <translation>第 %1 行 · %2 · %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>no rule matches: None · %1</source>
        <translation>没有规则匹配：None · %1</translation>
    </message>
    <message>
        <source>%1 of %2 requests kept, %3 of %4 recorded.</source>
        <translation>保留 %2 个请求中的 %1 个，%4 中的 %3。</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) would be logged above the level they were recorded at: this log cannot show the bodies the policy would add.</source>
        <translation><numerusform>有 %n 个请求会以高于其记录时的级别记录：此日志无法显示策略会增加的请求体。</numerusform></translation>
    </message>
    <message>
        <source>The apiserver would refuse this policy as written (see the errors).</source>
        <translation>API Server 会拒绝按此编写的策略（见错误）。</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s); the apiserver would load this policy.</source>
        <translation><numerusform>%n 条规则；API Server 能加载此策略。</numerusform></translation>
    </message>
    <message>
        <source>%1 records · %2</source>
        <translation>%1 条记录 · %2</translation>
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
    <message>
        <source>Cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>Exporting events…</source>
        <translation>正在导出事件…</translation>
    </message>
    <message>
        <source>Exporting events… %1</source>
        <translation>正在导出事件… %1</translation>
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
    <message>
        <source>%1 · %2 failed</source>
        <translation>%1 · %2 个失败</translation>
    </message>
    <message>
        <source>%1 requests · %2 succeeded · %3 failed — double-click to list them</source>
        <translation>%1 个请求 · %2 个成功 · %3 个失败 — 双击即可列出</translation>
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
    <name>ac::ReviewController</name>
    <message>
        <source>Case</source>
        <translation>案例</translation>
    </message>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print Report…</source>
        <translation>打印报告(&amp;P)…</translation>
    </message>
    <message>
        <source>Export E&amp;vidence…</source>
        <translation>导出证据包(&amp;V)…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>案例(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New Case</source>
        <translation>新建案例(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open Case…</source>
        <translation>打开案例(&amp;O)…</translation>
    </message>
    <message>
        <source>Open Case</source>
        <translation>打开案例</translation>
    </message>
    <message>
        <source>Audit Console cases (*.accase *.json);;All files (*)</source>
        <translation>审计控制台案例 (*.accase *.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Case</source>
        <translation>保存案例</translation>
    </message>
    <message>
        <source>Audit Console cases (*.accase)</source>
        <translation>审计控制台案例 (*.accase)</translation>
    </message>
    <message>
        <source>&amp;Save Case</source>
        <translation>保存案例(&amp;S)</translation>
    </message>
    <message>
        <source>Save Case &amp;As…</source>
        <translation>案例另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Bookmark Event…</source>
        <translation>为事件添加书签(&amp;B)…</translation>
    </message>
    <message>
        <source>Bookmark Event</source>
        <translation>为事件添加书签</translation>
    </message>
    <message>
        <source>Select an event on the Events page (or open one from a list) first.</source>
        <translation>请先在“事件”页选择一个事件（或从列表中打开一个事件）。</translation>
    </message>
    <message>
        <source>Note on %1:</source>
        <translation>%1 的备注：</translation>
    </message>
    <message>
        <source>Note on &amp;Finding…</source>
        <translation>为告警结果添加备注(&amp;F)…</translation>
    </message>
    <message>
        <source>Note on Finding</source>
        <translation>为告警结果添加备注</translation>
    </message>
    <message>
        <source>Select a finding on the Findings page first.</source>
        <translation>请先在“告警结果”页选择一条告警结果。</translation>
    </message>
    <message>
        <source>Save &amp;View…</source>
        <translation>保存视图(&amp;V)…</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>保存视图</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>视图名称：</translation>
    </message>
    <message>
        <source>Copy View as &amp;Command Line</source>
        <translation>将视图复制为命令行(&amp;C)</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>已复制：%1</translation>
    </message>
    <message>
        <source>Object &amp;History…</source>
        <translation>对象历史(&amp;H)…</translation>
    </message>
    <message>
        <source>Object History</source>
        <translation>对象历史</translation>
    </message>
    <message>
        <source>Select a request on an object (one with a name) on the Events page, or search for it: objectRef.namespace: x and objectRef.name: y.</source>
        <translation>请先在“事件”页选择一个针对某个对象（有名称的对象）的请求，或查询该对象：objectRef.namespace: x and objectRef.name: y。</translation>
    </message>
    <message>
        <source>Show Case &amp;Panel</source>
        <translation>显示案例面板(&amp;P)</translation>
    </message>
    <message>
        <source>The case was made on %1. Open it?</source>
        <translation>此案例基于 %1 创建。要打开吗？</translation>
    </message>
    <message>
        <source>The case has changes that are not saved. Save them?</source>
        <translation>案例有未保存的更改。要保存吗？</translation>
    </message>
    <message>
        <source>Show View</source>
        <translation>显示视图</translation>
    </message>
    <message>
        <source>Case notes</source>
        <translation>案例备注</translation>
    </message>
    <message>
        <source>Audit Console</source>
        <translation>审计控制台</translation>
    </message>
    <message>
        <source>Open audit logs first.</source>
        <translation>请先打开审计日志。</translation>
    </message>
    <message>
        <source>Gathering the reports…</source>
        <translation>正在收集报表数据…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Writing the evidence…</source>
        <translation>正在写入证据包…</translation>
    </message>
    <message>
        <source>The audit overview and the resource operations come first, under the filters now set. Add the detail of these resources:</source>
        <translation>审计中心概览和资源操作概览排在最前面，按当前设置的筛选条件生成。另外添加以下资源的详细列表：</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>PDF document (*.pdf);;Web page (*.html)</source>
        <translation>PDF 文档 (*.pdf);;网页 (*.html)</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Export Evidence</source>
        <translation>导出证据包</translation>
    </message>
    <message>
        <source>Export Evidence into a Folder</source>
        <translation>将证据包导出到文件夹</translation>
    </message>
    <message>
        <source>Evidence written to %1</source>
        <translation>证据包已写入 %1</translation>
    </message>
    <message>
        <source>Print Report</source>
        <translation>打印报告</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>%1 · auditID %2</source>
        <translation>%1 · auditID %2</translation>
    </message>
</context>
<context>
    <name>ac::RuleEditor</name>
    <message>
        <source>A rule of your own; the built-in rules show every key.</source>
        <translation>您自己的规则；内置规则中列出了所有的键。</translation>
    </message>
    <message>
        <source>&amp;New Rule</source>
        <translation>新建规则(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>创建副本(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Alert Rules</source>
        <translation>告警规则</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>规则</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Tick the rules to run; built-in rules are read-only, Duplicate makes an editable copy</source>
        <translation>勾选要运行的规则；内置规则只读，“创建副本”可生成可编辑的副本</translation>
    </message>
    <message>
        <source>Click the line and column to go there</source>
        <translation>点击行号和列号即可跳转到该处</translation>
    </message>
    <message>
        <source>Write the rule to your rule folder (Ctrl+S)</source>
        <translation>把规则写入您的规则文件夹（Ctrl+S）</translation>
    </message>
    <message>
        <source>Run the rule at the cursor over the open source, without keeping its findings (Ctrl+Return)</source>
        <translation>在已打开的数据源上试运行光标所在的规则，不保留其告警结果（Ctrl+Return）</translation>
    </message>
    <message>
        <source>Copy the rule at the cursor as a rule of your own, to change it</source>
        <translation>把光标所在的规则复制为您自己的规则，以便修改</translation>
    </message>
    <message>
        <source>&amp;Folder…</source>
        <translation>文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>The folder your rules are read from and saved to</source>
        <translation>读取和保存您的规则的文件夹</translation>
    </message>
    <message>
        <source>Dry Run shows what the rule at the cursor finds in the open source.</source>
        <translation>“试运行”显示光标所在的规则在已打开的数据源中得到的告警结果。</translation>
    </message>
    <message>
        <source>Built-in rules (read-only)</source>
        <translation>内置规则（只读）</translation>
    </message>
    <message>
        <source>Your rules in %1</source>
        <translation>您的规则（%1）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Rule Folder</source>
        <translation>规则文件夹</translation>
    </message>
    <message>
        <source>Built-in rule from %1, read-only: Duplicate makes a copy you can change.</source>
        <translation>来自 %1 的内置规则，只读：“创建副本”可生成可修改的副本。</translation>
    </message>
    <message>
        <source>A new rule, not saved yet: Save writes it to %1.</source>
        <translation>新规则，尚未保存：“保存”会把它写入 %1。</translation>
    </message>
    <message>
        <source>Discard the changes to this rule?</source>
        <translation>放弃对此规则的更改吗？</translation>
    </message>
    <message>
        <source>new rule</source>
        <translation>新规则</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s), no errors.</source>
        <translation><numerusform>%n 条规则，没有错误。</numerusform></translation>
    </message>
    <message>
        <source>No rule in this text yet.</source>
        <translation>此文本中还没有规则。</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more)</source>
        <translation><numerusform>（还有 %n 个）</numerusform></translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
    <message>
        <source>A copy of %1 as %2: change it, then Save.</source>
        <translation>已将 %1 复制为 %2：修改后请保存。</translation>
    </message>
    <message>
        <source>Built-in rules are read-only: Duplicate makes a copy you can change.</source>
        <translation>内置规则只读：“创建副本”可生成可修改的副本。</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Not saved: the text holds no rule.</source>
        <translation>未保存：文本中没有规则。</translation>
    </message>
    <message>
        <source>Not saved: %1 is the id of a built-in rule. Choose another id, or add “override: true” to replace the built-in rule.</source>
        <translation>未保存：%1 是内置规则的 id。请换一个 id，或加上“override: true”以替换该内置规则。</translation>
    </message>
    <message>
        <source>Not saved: cannot create the folder %1.</source>
        <translation>未保存：无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Not saved: %1 exists already (another rule with this id?).</source>
        <translation>未保存：%1 已存在（已有使用此 id 的规则？）。</translation>
    </message>
    <message>
        <source>Not saved: cannot write %1: %2</source>
        <translation>未保存：无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Delete Rule</source>
        <translation>删除规则</translation>
    </message>
    <message>
        <source>Delete %1? Every rule in this file goes with it.</source>
        <translation>删除 %1 吗？此文件中的所有规则都会一并删除。</translation>
    </message>
    <message>
        <source>Cannot delete %1.</source>
        <translation>无法删除 %1。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>已删除 %1。</translation>
    </message>
    <message>
        <source>Cancel Dry Run</source>
        <translation>取消试运行</translation>
    </message>
    <message>
        <source>Dry Run</source>
        <translation>试运行</translation>
    </message>
    <message>
        <source>No rule to run.</source>
        <translation>没有可运行的规则。</translation>
    </message>
    <message>
        <source>Fix the errors first.</source>
        <translation>请先修正错误。</translation>
    </message>
    <message>
        <source>Open an audit log first: the dry run uses its events.</source>
        <translation>请先打开审计日志：试运行会使用其中的事件。</translation>
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
    <message>
        <source>Search (Ctrl+F)</source>
        <translation>查询（Ctrl+F）</translation>
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
    <message>
        <source>Local time (%1)</source>
        <translation>本地时间（%1）</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>How the window shows times; exports and the command line always use UTC</source>
        <translation>窗口中时间的显示方式；导出和命令行始终使用 UTC</translation>
    </message>
    <message>
        <source>&amp;Times:</source>
        <translation>时间(&amp;T)：</translation>
    </message>
</context>
<context>
    <name>ac::SlsConnectDialog</name>
    <message>
        <source>Connect to Log Service</source>
        <translation>连接日志服务</translation>
    </message>
    <message>
        <source>A cluster of Container Service for Kubernetes (ACK) with auditing on keeps its audit log in Log Service: project k8s-log-&lt;cluster ID&gt;, logstore audit-&lt;cluster ID&gt;.</source>
        <translation>开启了集群审计的容器服务 Kubernetes 版（ACK）集群把审计日志保存在日志服务中：Project 为 k8s-log-&lt;集群ID&gt;，Logstore 为 audit-&lt;集群ID&gt;。</translation>
    </message>
    <message>
        <source>Optional: fills in the project and logstore</source>
        <translation>可选：用于自动填写 Project 和 Logstore</translation>
    </message>
    <message>
        <source>Custom endpoint…</source>
        <translation>自定义服务入口…</translation>
    </message>
    <message>
        <source>A region's endpoint is used over HTTPS; a custom endpoint may name its scheme, an IP address and a port, such as http://127.0.0.1:8080</source>
        <translation>地域的服务入口（Endpoint）通过 HTTPS 访问；自定义服务入口可以指定协议、IP 地址和端口，例如 http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Cluster &amp;ID:</source>
        <translation>集群ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地域(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>服务入口(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>Project(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Logstore:</source>
        <translation>Logstore(&amp;L)：</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>访问凭证</translation>
    </message>
    <message>
        <source>From the en&amp;vironment (ALIBABA_CLOUD_ACCESS_KEY_ID…)</source>
        <translation>从环境变量读取（ALIBABA_CLOUD_ACCESS_KEY_ID…）(&amp;V)</translation>
    </message>
    <message>
        <source>aliyun CLI pr&amp;ofile:</source>
        <translation>aliyun CLI 配置(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Access key</source>
        <translation>AccessKey(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;member in the system keychain</source>
        <translation>保存到系统钥匙串(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Forget</source>
        <translation>清除(&amp;F)</translation>
    </message>
    <message>
        <source>ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET are not set.</source>
        <translation>未设置 ALIBABA_CLOUD_ACCESS_KEY_ID 和 ALIBABA_CLOUD_ACCESS_KEY_SECRET。</translation>
    </message>
    <message>
        <source>Profiles in AK or StsToken mode from %1</source>
        <translation>%1 中 AK 或 StsToken 模式的配置</translation>
    </message>
    <message>
        <source>Optional: for temporary STS credentials</source>
        <translation>可选：用于 STS 临时凭证</translation>
    </message>
    <message>
        <source>Kept per endpoint and project; never in the settings file</source>
        <translation>按服务入口和 Project 分别保存；不会写入设置文件</translation>
    </message>
    <message>
        <source>This build has no system keychain.</source>
        <translation>此版本不支持系统钥匙串。</translation>
    </message>
    <message>
        <source>Remove the stored key for this endpoint and project from the system keychain</source>
        <translation>从系统钥匙串中删除为此服务入口和 Project 保存的 AccessKey</translation>
    </message>
    <message>
        <source>AccessKey I&amp;D:</source>
        <translation>AccessKey ID(&amp;D)：</translation>
    </message>
    <message>
        <source>AccessKey &amp;Secret:</source>
        <translation>AccessKey Secret(&amp;S)：</translation>
    </message>
    <message>
        <source>STS &amp;token:</source>
        <translation>STS Token(&amp;T)：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 has no profiles.</source>
        <translation>%1 中没有任何配置。</translation>
    </message>
    <message>
        <source>No profile in %1 is in AK or StsToken mode with its keys.</source>
        <translation>%1 中没有带 AccessKey 的 AK 或 StsToken 模式配置。</translation>
    </message>
    <message>
        <source>e.g. http://127.0.0.1:8080 or cn-hangzhou-intranet.log.aliyuncs.com</source>
        <translation>例如 http://127.0.0.1:8080 或 cn-hangzhou-intranet.log.aliyuncs.com</translation>
    </message>
    <message>
        <source>Choose an aliyun CLI profile.</source>
        <translation>请选择 aliyun CLI 配置。</translation>
    </message>
    <message>
        <source>Enter the AccessKey ID and the AccessKey secret.</source>
        <translation>请输入 AccessKey ID 和 AccessKey Secret。</translation>
    </message>
    <message>
        <source>Stored in the system keychain (key …%1): leave the fields empty to use it.</source>
        <translation>已保存在系统钥匙串中（AccessKey …%1）：留空即可使用。</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>已保存在系统钥匙串中</translation>
    </message>
    <message>
        <source>Enter the endpoint, the project and the logstore.</source>
        <translation>请输入服务入口、Project 和 Logstore。</translation>
    </message>
    <message>
        <source>The access key could not be remembered: %1

It is used for this connection only.</source>
        <translation>无法保存 AccessKey：%1

它只用于本次连接。</translation>
    </message>
</context>
</TS>