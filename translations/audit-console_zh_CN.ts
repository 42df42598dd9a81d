<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start time (RFC 3339 or YYYY-MM-DD[ HH:MM], UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End time, exclusive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the last 15m, 1h, 1d, 7d, 30d, any &lt;n&gt;m|h|d, or all, back from the newest event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log Service search statement, e.g. &apos;verb: create and objectRef.subresource: exec&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this namespace (repeatable, or comma-separated).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this operator: a RAM sub-account id or any user (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this status code or class, e.g. 403 or 4xx (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out nodes, service accounts and control-plane components.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loader threads (default: one per core).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search statement: %1
  %2
  %3^
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read --last &quot;%1&quot;: use 15m, 1h, 1d, 7d, 30d, &lt;n&gt;m|h|d or all
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the time &quot;%1&quot;
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the analytic part after &apos;|&apos; runs only on Log Service and was not run here: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no audit events could be loaded
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints an ACK audit report of Kubernetes API-server audit logs.
Reports: overview, resources, detail (with --resource).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overview | resources | detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log files or folders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text, json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource of the detail report (plural, e.g. deployments, pods/exec, aliyunlogconfigs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries in each top list (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations listed by the detail report (default 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: audit-console report overview|resources|detail [options] FILE|DIR...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown report &quot;%1&quot;: use overview, resources or detail
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the detail report needs --resource, e.g. --resource deployments
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use text, json or csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prints the audit records that match a search, in time order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>jsonl (the raw events) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most this many records (default: all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: audit-console events [--query STATEMENT] [--format jsonl|csv] [--limit N] FILE|DIR...
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown format &quot;%1&quot;: use jsonl or csv
</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n matching record(s)
</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ac::ChartPanel</name>
    <message>
        <source>No matching requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requests (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2: %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3 requests</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::DetailPage</name>
    <message>
        <source>Resource, e.g. deployments, pods/exec, aliyunlogconfigs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any resource in its plural form; CRDs too (type it if it is not listed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests on this resource — click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with a final code below 400 — click to list the failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations, newest first (the first 5,000)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace distribution of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::EventDetailView</name>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the event as JSON or YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the event (Ctrl+Shift+C)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stages of this request; select one to show it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see it whole.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — code %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2 · auditID %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::EventTableModel</name>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TTY / stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tty, stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stdin</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::EventsPage</name>
    <message numerus="yes">
        <source>%n matching request(s), newest first; select one to see the whole event</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::FilterBar</name>
    <message>
        <source>Hide system components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RAM sub-account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave out nodes, service accounts, the API server, scheduler and controller manager (the ACK documentation&apos;s query)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measured back from the newest event loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part after &apos;|&apos; runs only on Log Service: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every operator, not only RAM sub-accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no values under the current filters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… %n more: type them in the search box</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(cluster-scoped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom Time Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system components hidden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filtered: %1; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::KeyCountModel</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 requests (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::MainWindow</name>
    <message>
        <source>Audit Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an audit log: File ▸ Open, or drop files here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n files</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lines and files that could not be loaded, with file, line and reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records · %2 requests · %3 file(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loaded in %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Audit Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Audit Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit logs (*.log *.json *.jsonl *.gz *.audit *.log.*);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Folder of Audit Logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Charts as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search &amp;Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search Syntax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The Log Service search statement, as in the ACK console:&lt;/p&gt;&lt;ul&gt;&lt;li&gt;&lt;code&gt;verb: create&lt;/code&gt; — a token of the field&apos;s value&lt;/li&gt;&lt;li&gt;&lt;code&gt;objectRef.name: nginx-*&lt;/code&gt; — wildcards &lt;code&gt;*&lt;/code&gt; and &lt;code&gt;?&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;responseStatus.code &amp;gt;= 400&lt;/code&gt;, &lt;code&gt;latencyMs &amp;gt; 1000&lt;/code&gt;, &lt;code&gt;responseStatus.code: 4xx&lt;/code&gt;&lt;/li&gt;&lt;li&gt;&lt;code&gt;and&lt;/code&gt;, &lt;code&gt;or&lt;/code&gt;, &lt;code&gt;not&lt;/code&gt;, parentheses; terms side by side mean &lt;code&gt;and&lt;/code&gt;&lt;/li&gt;&lt;li&gt;a bare word or a quoted phrase searches the whole event&lt;/li&gt;&lt;li&gt;derived fields: &lt;code&gt;operator&lt;/code&gt;, &lt;code&gt;accountType&lt;/code&gt;, &lt;code&gt;sourceScope&lt;/code&gt;, &lt;code&gt;category&lt;/code&gt;, &lt;code&gt;operation&lt;/code&gt;&lt;/li&gt;&lt;/ul&gt;&lt;p&gt;Up and Down recall earlier searches; Escape clears.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Audit Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Audit Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Audit Console %1&lt;/h3&gt;&lt;p&gt;Kubernetes API-server audit logs with the reports of ACK cluster auditing.&lt;/p&gt;&lt;p&gt;Qt %2 · syntax highlighting: %3 · GeoIP: %4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libmaxminddb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not built in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoIP database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Clear Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) or item(s) skipped; everything else loaded. At most 200 are listed per file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Charts to Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chart(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ac::OverviewPage</name>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All requests (one per auditID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests whose first source IP is public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unauthorized (401/403)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests that ended in 401 or 403</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with verb create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests with verb delete or deletecollection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command executions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods/exec: commands run in containers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pods/attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get, list or watch on secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — click to list them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations by RAM sub-account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations by operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions by resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public-network access by source IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit Overview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::ReportTable</name>
    <message>
        <source>Export Table as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::ResourceOpsModel</name>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::ResourcesPage</name>
    <message>
        <source>%1 resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource Operations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::SearchBox</name>
    <message>
        <source>Search, e.g. verb: delete and objectRef.namespace: prod-*   (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ac::Session</name>
    <message>
        <source>Loading cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit events could be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Loaded %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ac::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoLite2-City.mmdb or any MaxMind-format database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoIP Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MaxMind databases (*.mmdb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country and region of public source IPs on the overview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This build has no libmaxminddb: GeoIP is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 47.96.0.0/16, 2408:4000::/20</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your VPC ranges: source IPs in them count as private, not as public-network access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;GeoIP database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Private ranges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an address range such as 10.0.0.0/8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the GeoIP database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when Audit Console starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
