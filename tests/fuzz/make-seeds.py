#!/usr/bin/env python3
"""Writes the seed corpora in corpus/<target>/ (checked in; run again after changing this file).

The events follow tests/testutil.h (eventLine) and the cases of tests/tst_loader.cpp; the
searches are from tests/tst_search.cpp and the ACK documentation; the Log Service answers are
shaped like tests/sls/sls_server.py's, the ClickHouse ones like FORMAT JSONCompact answers.
Binary seeds (gzip, UTF-16, NUL bytes) are made here so that they are reproducible.
"""
import gzip
import json
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")


def event(n, verb, resource, time, code=200, stage="ResponseComplete", user="alice", ip="10.0.0.1", **extra):
    """A compact v1 audit event, as testutil::eventLine writes it."""
    e = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata",
         "auditID": "00000000-0000-4000-8000-%012d" % n, "stage": stage, "requestURI": "/api/v1/" + resource,
         "verb": verb, "user": {"username": user, "groups": ["system:authenticated"]}, "sourceIPs": [ip],
         "objectRef": {"resource": resource, "namespace": "default", "name": "x"},
         "responseStatus": {"metadata": {}, "code": code}, "requestReceivedTimestamp": time, "stageTimestamp": time}
    e.update(extra)
    return e


def compact(v):
    return json.dumps(v, separators=(",", ":"), ensure_ascii=False)


E1 = event(1, "create", "pods", "2026-11-28T10:00:00.000001Z", code=201)
E1_RECEIVED = event(1, "create", "pods", "2026-11-28T10:00:00.000001Z", stage="RequestReceived")
E2 = event(2, "get", "secrets", "2026-11-28T10:00:01Z", user="kubernetes-admin", ip="8.8.8.8",
           impersonatedUser={"username": "system:serviceaccount:kube-system:default"},
           annotations={"authorization.k8s.io/decision": "allow",
                        "authorization.k8s.io/reason": 'RBAC: allowed by ClusterRoleBinding "b" of ClusterRole '
                                                      '"cluster-admin" to User "28736472837465"'})
E3 = event(3, "delete", "configmaps", "2026-11-28T10:00:02+08:00", code=403,
           annotations={"authorization.k8s.io/decision": "forbid"})
E_EXEC = event(4, "create", "pods", "2026-11-28T10:00:03.5Z", user="system:node:n1", ip="fe80::1",
               objectRef={"resource": "pods", "subresource": "exec", "namespace": "kube-system", "name": "etcd-0",
                          "apiGroup": ""})


def small(n, verb, resource, time, stage="ResponseComplete", user="bob"):
    """A short event, for the documents that hold several."""
    return {"kind": "Event", "auditID": "00000000-0000-4000-8000-%012d" % n, "stage": stage, "verb": verb,
            "user": {"username": user}, "objectRef": {"resource": resource, "namespace": "ns"},
            "requestReceivedTimestamp": time}


S1 = small(11, "list", "pods", "2026-11-28T11:00:00Z")
S2 = small(12, "patch", "deployments", "2026-11-28T11:00:01.25Z", user="system:serviceaccount:kube-system:x")
S2_RECEIVED = small(12, "patch", "deployments", "2026-11-28T11:00:01.25Z", stage="RequestReceived")
LEGACY = ('{"kind":"Event","level":"Request","auditID":"a1","verb":"create","user":{"username":"minikube-user"},'
          '"objectRef":{"resource":"namespaces","name":"foo"},"responseStatus":{"code":201},'
          '"timestamp":"2018-10-26T13:38:34Z","stage":"ResponseComplete"}')
BETA = ('{"kind":"Event","apiVersion":"audit.k8s.io/v1beta1","auditID":"b2","verb":"get","stage":"ResponseComplete",'
        '"user":{"username":"u"},"requestReceivedTimestamp":"2019-01-01T00:00:00.5Z",'
        '"stageTimestamp":"2019-01-01T00:00:01.5Z","timestamp":"2018-01-01T00:00:00Z"}')
# Lines the loader rejects, each for another reason (tst_loader's "rejects" cases).
REJECTS = "\n".join([
    '{"kind":"Status","apiVersion":"v1"}',
    '{"kind":"Event","verb":"get"}',
    '{"kind":"Event","verb":"get","requestReceivedTimestamp":"soon"}',
    '{"kind":"Event","verb":5,"requestReceivedTimestamp":"2026-11-28T10:00:00Z"}',
    '{"kind":"Event","verb":"get","responseStatus":{"code":1000},"requestReceivedTimestamp":"2026-11-28T10:00:00Z"}',
    '{"kind":"Event","verb":"get","sourceIPs":"10.0.0.9","requestReceivedTimestamp":"2026-11-28T10:00:00Z"}',
    compact(S1) + compact(S2),
    compact(S1)[:-40],
    "not json at all",
    "[1,2,3]",
    compact(S2),
]) + "\n"


def lines(*events):
    return "".join((e if isinstance(e, str) else compact(e)) + "\n" for e in events)


def aks(*events, pretty=False):
    records = [{"category": "kube-audit", "properties": {"log": compact(e) + "\n", "stream": "stdout"}}
               for e in events]
    return json.dumps({"records": records}, indent=2 if pretty else None,
                      separators=None if pretty else (",", ":"), ensure_ascii=False)


def event_list(*events, pretty=False):
    doc = {"kind": "EventList", "apiVersion": "audit.k8s.io/v1", "metadata": {}, "items": list(events)}
    return json.dumps(doc, indent=4) + "\n" if pretty else compact(doc) + "\n"


def audit_documents():
    """The inputs both event targets start from: every layout the loader reads."""
    pretty_list = event_list(S1, S2, S2_RECEIVED, pretty=True)
    broken_item = json.dumps([S1, S2, S1], indent=2).replace('"verb": "patch"', '"verb": "patch\n  ', 1)
    return {
        "lines.jsonl": lines(E1_RECEIVED, E1, E2),
        "legacy.log": lines(LEGACY, BETA),
        "rejects.log": REJECTS,
        "crlf.log": lines(S1, S2).replace("\n", "\r\n"),
        "bom-lines.log": "\ufeff" + lines(S2_RECEIVED, S2),
        "eventlist-line.json": event_list(S1, S2),
        "eventlist-pretty.json": pretty_list,
        "array-line.json": compact([S1, S2]) + "\n",
        "array-pretty.json": json.dumps([S1, S2], indent=2) + "\n",
        "array-bad-item.json": "[" + compact(S1) + ",42," + compact(S2) + "]\n",
        "broken-item.json": broken_item,
        "truncated.json": pretty_list[: len(pretty_list) * 2 // 3],
        "concatenated-pretty.json": json.dumps(S1, indent=2) + "\n" + json.dumps(S2, indent=2) + "\n",
        "aks.json": aks(S1, S2),
        "aks-pretty.json": "\ufeff" + aks(S2, pretty=True),
        "aks-line-in-lines.jsonl": lines(S1) + aks(S2) + "\n",
        "nested-aks-in-list.json": compact([json.loads(aks(S1)), json.loads(event_list(S2))]) + "\n",
        "nul-block.log": lines(S1) + "\0" * 64 + compact(S2) + "\n" + "\0" * 16,
        "single-event.json": compact(E_EXEC),
    }


def loader_only():
    """Encodings and framing that Loader handles before the parser sees the text."""
    text = lines(S1, S2)
    buf = bytearray()
    buf += gzip.compress(lines(S1).encode(), mtime=0)
    buf += gzip.compress(lines(E2).encode(), mtime=0)
    return {
        "gzip-lines.log.gz": gzip.compress(text.encode(), mtime=0),
        "gzip-two-members.gz": bytes(buf),
        "gzip-truncated.gz": gzip.compress(text.encode(), mtime=0)[:-20],
        "gzip-eventlist.json.gz": gzip.compress(event_list(S1, S2, pretty=True).encode(), mtime=0),
        "utf16le-bom.log": b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le"),
        "utf16be-bom.log": b"\xfe\xff" + lines(S2).encode("utf-16-be"),
        "cr-only.log": text.replace("\n", "\r"),
        "binary.bin": bytes(range(256)),
        "blank.log": "\n \n\t\n",
    }


SEARCHES = {
    "ack-exec.txt": 'verb : create and objectRef.subresource:exec and stage:  ResponseStarted | SELECT auditID as '
                    '"事件ID", date_format(from_unixtime(__time__), \'%Y-%m-%d %T\' ) as "操作时间" limit 100',
    "ack-hide-system.txt": "NOT user.username: node NOT user.username: serviceaccount NOT user.username: apiserver "
                           "NOT user.username: kube-scheduler NOT user.username: kube-controller-manager",
    "precedence.txt": "verb: get AnD verb: list oR Not verb: watch",
    "groups.txt": "(verb: get or verb: list) and not (objectRef.resource: pods or objectRef.resource: secrets)",
    "time.txt": 'timestamp >= 2026-11-28T10:00:00Z and requestReceivedTimestamp < "2026-11-29T00:00:00.5+08:00"',
    "numbers.txt": "responseStatus.code >= 400 and latencyMs > 1e3 and responseStatus.code != 404",
    "code-class.txt": "responseStatus.code: 4xx or responseStatus.code = 500",
    "serviceaccount.txt": "user.username: system:serviceaccount:kube-system:* and impersonatedUser.username: \"\"",
    "quoted.txt": 'objectRef.name: "say \\"hi\\"" and "annotations.authorization.k8s.io/decision": forbid',
    "wildcards.txt": "objectRef.name: nginx-* and objectRef.namespace: prod-?? and userAgent: kubectl*linux*",
    "exact.txt": 'objectRef.subresource = "" and verb = get and user.groups: system:masters',
    "full-text.txt": '"cat /etc/passwd" and exec forbid',
    "derived.txt": "operator: alice and accountType: RamSubAccount and sourceScope: Public and category: Compute "
                   "and operation: Delete",
    "keywords.txt": '"and" or "not" or "OR"',
    "errors.txt": "verb ! get",
    "unclosed.txt": "(verb: get or (objectRef.name: \"x",
    "unicode.txt": "中文 and user.username: 张三 and objectRef.name: \"é\"",
    "matcher-pair.txt": "nginx-*-7f?c\nNGINX-deploy-7f9c, nginx-7f9c",
    "token-pair.txt": "system:serviceaccount:kube-*\nuser system:serviceaccount:kube-system:default ok",
}


def sls_row(e):
    """A Log Service raw-log row: flat strings, nested objects as JSON text (as ACK ships them)."""
    row = {"__time__": "1795860000", "__source__": "127.0.0.1", "__topic__": ""}
    for k, v in e.items():
        row[k] = v if isinstance(v, str) else compact(v)
    return row


SLS = {
    "raw-logs.json": json.dumps([sls_row(E1), sls_row(E2), sls_row(E3)], ensure_ascii=False),
    "legacy-row.json": json.dumps([sls_row(json.loads(LEGACY))]),
    "sql-rows.json": '[{"k0":"create","b":"1795860000000000","n":"3","f":"0","w":"3","d":"1","g":"2","t":"5"},'
                     '{"k0":"get","b":"1795860000000000","n":"2","f":"1","w":"2","d":"1","g":"2","t":"5"}]',
    "sql-key-order.json": '[ {"z":"1", "a\\"b":"2", "\\u00e9":"3", "n":null, "x":{"y":[1,{"z":"}"}]}, "k":[]} ]',
    "duplicate-keys.json": '[{"n":"1","n":"2"}]',
    "empty.json": "[]",
    "not-objects.json": '[1,"two",[3]]',
    "error.json": '{"errorCode":"SignatureNotMatch","errorMessage":"signature mismatch"}',
    "v2.json": json.dumps({"meta": {"progress": "Complete", "count": 1, "keys": ["verb"]},
                           "data": [sls_row(E_EXEC)]}),
    "bom.json": "\ufeff" + json.dumps([{"k0": "a"}]),
}

CH_ANSWER = {"meta": [{"name": "k0", "type": "String"}, {"name": "n", "type": "UInt64"},
                      {"name": "t", "type": "UInt64"}],
             "data": [["create", "3", "5"], ["get", "2", "5"]], "totals": ["", "5", "5"], "rows": 2,
             "rows_before_limit_at_least": 2,
             "statistics": {"elapsed": 0.000412, "rows_read": 5, "bytes_read": 240}}
CH_EVENTS = {"meta": [{"name": "rid", "type": "String"}, {"name": "t", "type": "Int64"},
                      {"name": "ev", "type": "String"}],
             "data": [["00000000-0000-4000-8000-000000000001", "1795860000000001", compact(E1)]], "rows": 1}
CH = {
    "answer.json": json.dumps(CH_ANSWER),
    "answer.json.gz": gzip.compress(json.dumps(CH_ANSWER).encode(), mtime=0),
    "events.json.gz": gzip.compress(json.dumps(CH_EVENTS).encode(), mtime=0),
    "gzip-truncated.gz": gzip.compress(json.dumps(CH_EVENTS).encode(), mtime=0)[:-12],
    "streaming-error.txt": json.dumps(CH_ANSWER)[:60] + "\nCode: 241. DB::Exception: Memory limit (for query) "
                           "exceeded: would use 9.31 GiB. (MEMORY_LIMIT_EXCEEDED) (version 23.8.2.7)\n",
    "exception-in-json.json": '{"meta":[],"data":[],"exception":"Code: 60. DB::Exception: Table default.x does not '
                              'exist. (UNKNOWN_TABLE)"}',
    "old-error.txt": "Code: 60, e.displayText() = DB::Exception: Table default.audit_events doesn't exist., "
                     "e.what() = DB::Exception\n",
    "numbers.json": '{"meta":[{"name":"lo","type":"Int64"},{"name":"hi","type":"Int64"},{"name":"n","type":"UInt64"}],'
                    '"data":[[-9223372036854775808,9223372036854775807,1.5e300]],"rows":1}',
}


def write(target, files):
    folder = os.path.join(CORPUS, target)
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for name, content in files.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(content if isinstance(content, bytes) else content.encode("utf-8"))


def main():
    docs = audit_documents()
    write("lines", docs)
    write("loader", {**docs, **loader_only()})
    write("search", SEARCHES)
    write("sls_response", SLS)
    write("clickhouse_response", CH)
    for target in sorted(os.listdir(CORPUS)):
        folder = os.path.join(CORPUS, target)
        names = os.listdir(folder)
        size = sum(os.path.getsize(os.path.join(folder, n)) for n in names)
        print("%-20s %3d files %7d bytes" % (target, len(names), size))


if __name__ == "__main__":
    main()
