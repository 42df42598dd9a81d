#!/usr/bin/env python3
"""Test double of Alibaba Cloud Log Service (SLS) for the Audit Console's SLS client tests.

Serves GetLogs / GetHistograms / GetLogsV2 over a Kubernetes audit dataset, verifies every
request's V1 signature, evaluates the search statement in Python and the SQL part in SQLite
(with the Presto / Log Service functions the console uses), and injects faults on request.

    python3 sls_server.py --data EVENTS.jsonl --access-key-id ID --access-key-secret SECRET \
        [--security-token TOKEN] --project P --logstore L [--port 0]
        [--exit-on-stdin-eof]
    python3 sls_server.py --selftest              # signature test vector
    python3 sls_server.py --smoke [EVENTS.jsonl]  # end-to-end check with its own client

Standard library only. Prints "PORT <n>" on stdout once it listens. Unsigned test hooks:
POST /__control {"faults": [{"kind": ..., "count": N, ...}], "reset": bool} and GET /__stats.
Query strings are form-decoded: a client must send a literal '+' as %2B (a bare '+' is a space).
"""

import argparse, array, base64, calendar, email.utils, functools, gzip, hashlib, hmac
import http.client, json, mmap, os, re, signal, socket, sqlite3, sys, threading, time, uuid
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote, unquote, urlsplit

# ---------------------------------------------------------------------------------------------
# The logstore index (ACK's audit logstore). Fixed, so SQL never fails on a dataset lacking one.
INDEX_FIELDS = [
    "verb", "stage", "level", "auditID", "requestURI", "userAgent", "requestReceivedTimestamp",
    "stageTimestamp", "timestamp", "sourceIPs", "user.username", "user.uid", "user.groups",
    "impersonatedUser.username", "objectRef.resource", "objectRef.subresource",
    "objectRef.namespace", "objectRef.name", "objectRef.apiGroup", "objectRef.apiVersion",
    "responseStatus.code", "responseStatus.message", "responseStatus.reason",
    "annotations.authorization.k8s.io/decision", "annotations.authorization.k8s.io/reason",
]
META_FIELDS = ["__time__", "__source__", "__topic__"]
ALL_COLUMNS = META_FIELDS + INDEX_FIELDS          # what `SELECT *` on `log` shows
KNOWN_KEYS = set(ALL_COLUMNS)
INTEGER_COLUMNS = {"__time__", "responseStatus.code"}
SOURCE_IP = "127.0.0.1"
STORED_COLUMNS = ["__time__"] + INDEX_FIELDS      # __source__ / __topic__ are constants


def column_sql(name):
    """SQL for a column of log_all; the two constant meta fields are not stored (start-up time)."""
    return {"__source__": "'%s'" % SOURCE_IP, "__topic__": "''"}.get(name) or qident(name)


_compact = json.JSONEncoder(separators=(",", ":"), ensure_ascii=False).encode


def as_text(v):
    """Field text the way ACK's shipper writes it: strings as is, everything else as JSON."""
    return v if type(v) is str else _compact(v)


_quote = json.encoder.encode_basestring      # the C quoting json.dumps itself uses (non-ASCII kept)


def json_list(v):
    """Compact JSON of a list, fast when it holds only strings (sourceIPs, user.groups)."""
    try:
        return "[" + ",".join(map(_quote, v)) + "]"
    except TypeError:
        return _compact(v)


def extract_row(d, _e={}):
    """Values of INDEX_FIELDS, in that order. Hand-unrolled and call-free as far as possible:
    this runs 300k times at start-up. The two arrays every event has become JSON text here,
    so that the generic per-row fix-up in Dataset._rows stays the rare case."""
    g = d.get
    u, iu, o, r, a = g("user", _e), g("impersonatedUser", _e), g("objectRef", _e), g("responseStatus", _e), g("annotations", _e)
    u, iu, o, r, a = [x if type(x) is dict else _e for x in (u, iu, o, r, a)]
    ips, groups = g("sourceIPs"), u.get("groups")
    return (g("verb"), g("stage"), g("level"), g("auditID"), g("requestURI"), g("userAgent"),
            g("requestReceivedTimestamp"), g("stageTimestamp"), g("timestamp"),
            json_list(ips) if type(ips) is list else ips,
            u.get("username"), u.get("uid"), json_list(groups) if type(groups) is list else groups,
            iu.get("username"), o.get("resource"), o.get("subresource"), o.get("namespace"),
            o.get("name"), o.get("apiGroup"), o.get("apiVersion"), r.get("code"), r.get("message"),
            r.get("reason"), a.get("authorization.k8s.io/decision"), a.get("authorization.k8s.io/reason"))


# Ints may go to SQLite as they are (TEXT affinity turns them into their decimal text);
# bools, floats, objects and arrays must become their JSON text first.
_PLAIN = {str, int, type(None)}

# ---------------------------------------------------------------------------------------------
# Time
_TS_RE = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:[.,](\d{1,9}))?)?"
                    r"([Zz]|[+-]\d\d(?::?\d\d)?)?)?$")
_day_cache, _hour_cache = {}, {}


def epoch_fast(s):
    """Whole unix seconds of an RFC 3339 time; the common UTC spelling takes a cached shortcut."""
    if type(s) is str and len(s) >= 20 and s[-1] == "Z" and s[16] == ":" and (len(s) == 20 or s[19] == "."):
        base = _hour_cache.get(s[:14])
        mi, ss = s[14:16], s[17:19]
        if base is not None and mi.isdigit() and ss.isdigit():
            return base + int(mi) * 60 + int(ss)
        t = parse_rfc3339(s)
        if t is not None:
            _hour_cache[s[:14]] = t[0] - int(mi) * 60 - int(ss)
        return t and t[0]
    t = parse_rfc3339(s)
    return t and t[0]


def parse_rfc3339(s):
    """(unix seconds, microseconds) or None. Days are cached: start-up parses 300k of these."""
    m = _TS_RE.match(s.strip()) if type(s) is str else None
    if not m:
        return None
    y, mo, d, hh, mi, ss, frac, tz = m.groups()
    day = _day_cache.get((y, mo, d))
    if day is None:
        day = _day_cache[(y, mo, d)] = calendar.timegm((int(y), int(mo), int(d), 0, 0, 0))
    sec = day + int(hh or 0) * 3600 + int(mi or 0) * 60 + int(ss or 0)
    if tz and tz not in "Zz":
        off = int(tz[1:3]) * 3600 + (int(tz[-2:]) * 60 if len(tz) > 3 else 0)
        sec -= off if tz[0] == "+" else -off
    return sec, int((frac or "0")[:6].ljust(6, "0"))


# ---------------------------------------------------------------------------------------------
# Tokens: SLS splits text at these delimiters. In search values `?` is a wildcard instead.
_DELIMS = r",'\";=()\[\]{}?@&<>/: \t\r\n"
_FIELD_TOKEN_RE = re.compile("[^" + _DELIMS + "]+")
_VALUE_TOKEN_RE = re.compile("[^" + _DELIMS.replace("?", "") + "]+")


@functools.lru_cache(maxsize=1 << 17)
def field_tokens(text):
    return tuple(_FIELD_TOKEN_RE.findall(text.lower()))


class TokenMatcher:
    """Value tokens that must occur as consecutive tokens of a field (case-insensitive)."""

    def __init__(self, value):
        toks = _VALUE_TOKEN_RE.findall(value.lower())
        while len(toks) > 1 and toks[-1] == "*":      # "a/b/*": anything may follow
            toks.pop()
        self.parts = [re.compile("".join(".*" if c == "*" else "." if c == "?" else re.escape(c)
                                         for c in t), re.S) if ("*" in t or "?" in t) else t
                      for t in toks]
        # Longest literal run: a cheap necessary condition checked on the raw JSON line.
        lits = [p for t in toks for p in re.split(r"[*?]", t)
                if p and p.isascii() and p.isprintable() and "\\" not in p]
        self.hint = max(lits, key=len) if lits else None
        self.hint_bytes = self.hint and self.hint.encode()

    def match(self, toks):
        parts, n = self.parts, len(self.parts)
        if n == 0:
            return False
        if n == 1 and type(parts[0]) is str:
            return parts[0] in toks
        for i in range(len(toks) - n + 1):
            for j, p in enumerate(parts):
                t = toks[i + j]
                if not (p == t if type(p) is str else p.fullmatch(t)):
                    break
            else:
                return True
        return False


# ---------------------------------------------------------------------------------------------
# The search statement: a recursive-descent parser producing a small AST
#   ("all",) ("none",) ("and"|"or", a, b) ("not", a) ("field", key, value) ("exists", key)
#   ("cmp", key, op, number) ("range", key, lo, hi, lo_incl, hi_incl) ("text", value)
class SearchError(ValueError):
    pass


class SearchParser:
    _STOP = set(" \t\r\n()\":<>=[]")

    def __init__(self, text):
        self.s, self.i, self.n = text, 0, len(text)

    def fail(self, msg, pos=None):
        raise SearchError("%s at position %d of the search statement" % (msg, (self.i if pos is None else pos) + 1))

    def ws(self):
        while self.i < self.n and self.s[self.i].isspace():
            self.i += 1

    def keyword(self):
        """'and' / 'or' / 'not' when the next bare word is one (any case), else None."""
        self.ws()
        for kw in ("and", "or", "not"):
            end = self.i + len(kw)
            if self.s[self.i:end].lower() == kw and (end == self.n or self.s[end] in self._STOP):
                return kw
        return None

    def parse(self):
        self.ws()
        if self.i == self.n:
            return ("all",)
        node = self.parse_or()
        self.ws()
        if self.i < self.n:
            self.fail("unexpected %r" % self.s[self.i])
        return node

    def parse_or(self):
        node = self.parse_and()
        while self.keyword() == "or":
            self.i += 2
            node = ("or", node, self.parse_and())
        return node

    def parse_and(self):
        node = self.parse_not()
        while True:
            self.ws()
            kw = self.keyword()
            if self.i == self.n or self.s[self.i] == ")" or kw == "or":
                return node
            if kw == "and":
                self.i += 3
            node = ("and", node, self.parse_not())   # side by side = and

    def parse_not(self):
        if self.keyword() == "not":
            self.i += 3
            return ("not", self.parse_not())
        return self.parse_primary()

    def parse_primary(self):
        self.ws()
        if self.i == self.n:
            self.fail("a term is missing")
        c = self.s[self.i]
        if c == "(":
            self.i += 1
            node = self.parse_or()
            self.ws()
            if self.i == self.n or self.s[self.i] != ")":
                self.fail("')' expected")
            self.i += 1
            return node
        kw = self.keyword()
        if kw in ("and", "or"):
            self.fail("unexpected '%s'" % kw)
        start = self.i
        atom, quoted = self.atom()
        after = self.i
        self.ws()
        nxt = self.s[self.i] if self.i < self.n else ""
        if nxt == ":":
            self.i += 1
            self.ws()
            if self.i < self.n and self.s[self.i] == '"':
                value, vq = self.quoted(), True
            else:
                v0 = self.i
                while self.i < self.n and not self.s[self.i].isspace() and self.s[self.i] not in '()"':
                    self.i += 1
                value, vq = self.s[v0:self.i], False
                if not value:
                    self.fail("value missing after '%s:'" % atom)
            if atom not in KNOWN_KEYS:
                return ("none",)
            return ("exists", atom) if value == "*" and not vq else ("field", atom, value)
        if nxt in ("<", ">", "="):
            op = self.s[self.i:self.i + 2] if self.s[self.i:self.i + 2] in ("<=", ">=") else nxt
            self.i += len(op)
            x = self.number()
            return ("cmp", atom, op, x) if atom in KNOWN_KEYS else ("none",)
        if self.s[self.i:self.i + 2].lower() == "in" and not quoted:
            save = self.i
            self.i += 2
            self.ws()
            if self.i < self.n and self.s[self.i] in "[(":
                lo_incl = self.s[self.i] == "["
                self.i += 1
                lo, hi = self.number(), self.number()
                self.ws()
                if self.i == self.n or self.s[self.i] not in "])":
                    self.fail("']' or ')' expected")
                hi_incl = self.s[self.i] == "]"
                self.i += 1
                return ("range", atom, lo, hi, lo_incl, hi_incl) if atom in KNOWN_KEYS else ("none",)
            self.i = save
        self.i = after
        if not quoted and atom == "*":
            return ("all",)
        if not atom and not quoted:
            self.fail("unexpected %r" % self.s[start], start)
        return ("text", atom)

    def atom(self):
        if self.i < self.n and self.s[self.i] == '"':
            return self.quoted(), True
        start = self.i
        while self.i < self.n and self.s[self.i] not in self._STOP:
            self.i += 1
        return self.s[start:self.i], False

    def quoted(self):
        start, out = self.i, []
        self.i += 1
        while self.i < self.n:
            c = self.s[self.i]
            if c == "\\" and self.i + 1 < self.n and self.s[self.i + 1] in '"\\':
                out.append(self.s[self.i + 1])
                self.i += 2
            elif c == '"':
                self.i += 1
                return "".join(out)
            else:
                out.append(c)
                self.i += 1
        self.fail("unterminated quoted string", start)

    def number(self):
        self.ws()
        start = self.i
        while self.i < self.n and self.s[self.i] not in self._STOP:
            self.i += 1
        try:
            return float(self.s[start:self.i])
        except ValueError:
            self.fail("number expected", start)


def split_query(q):
    """(search statement, SQL or None): the first '|' outside a double-quoted string."""
    quote_open, i = False, 0
    while i < len(q):
        c = q[i]
        if c == "\\" and quote_open:
            i += 1
        elif c == '"':
            quote_open = not quote_open
        elif c == "|" and not quote_open:
            return q[:i].strip(), q[i + 1:].strip()
        i += 1
    return q.strip(), None


def qident(name):
    return "`" + name.replace("`", "``") + "`"


class CompiledSearch:
    """The search AST as an SQL boolean expression over log_all. Terms call Python functions
    registered on the request's connection; every one answers 0/1, never NULL, so NOT works."""

    def __init__(self, ast, dataset):
        self.ds, self.terms, self.texts, self.nums = dataset, [], [], []
        self.sql = self.emit(ast)

    def emit(self, n):
        k = n[0]
        if k == "all":
            return "1"
        if k == "none":
            return "0"
        if k in ("and", "or"):
            return "(%s %s %s)" % (self.emit(n[1]), k.upper(), self.emit(n[2]))
        if k == "not":
            return "(NOT %s)" % self.emit(n[1])
        if k == "exists":
            return "(%s IS NOT NULL AND %s <> '')" % (column_sql(n[1]), column_sql(n[1]))
        if k == "field":
            self.terms.append(TokenMatcher(n[2]))
            return "sls_term(%d, %s)" % (len(self.terms) - 1, column_sql(n[1]))
        if k == "text":
            self.texts.append(TokenMatcher(n[1]))
            return "sls_text(%d, __rowid__)" % (len(self.texts) - 1)
        if k == "cmp":
            op, x = n[2], n[3]
            test = {"<": lambda v: v < x, "<=": lambda v: v <= x, ">": lambda v: v > x,
                    ">=": lambda v: v >= x, "=": lambda v: v == x}[op]
        else:
            lo, hi, li, hi_i = n[2:]
            test = lambda v: (v >= lo if li else v > lo) and (v <= hi if hi_i else v < hi)
        self.nums.append(test)
        return "sls_num(%d, %s)" % (len(self.nums) - 1, column_sql(n[1]))

    def register(self, conn):
        def term(k, v):
            return 0 if v is None else int(self.terms[k].match(field_tokens(v if type(v) is str else str(v))))

        def text(k, rowid):
            m = self.texts[k]
            if m.hint is not None and not self.ds.raw_may_contain(rowid, m.hint_bytes):
                return 0
            return int(any(m.match(_FIELD_TOKEN_RE.findall(v)) for v in self.ds.texts_lower(rowid)
                           if m.hint is None or m.hint in v))

        def num(k, v):
            try:
                return int(v is not None and self.nums[k](float(v)))
            except (TypeError, ValueError):
                return 0
        conn.create_function("sls_term", 2, term, deterministic=True)
        conn.create_function("sls_text", 2, text, deterministic=True)
        conn.create_function("sls_num", 2, num, deterministic=True)


# ---------------------------------------------------------------------------------------------
# Presto / Log Service functions for SQLite. A UDF failing makes SQLite say only "user-defined
# function raised exception"; the real reason is kept per thread for the error message.
_udf_error = threading.local()
_regex_cache = {}


def _rx(p):
    r = _regex_cache.get(p)
    if r is None:
        r = _regex_cache[p] = re.compile(p)
    return r


def udf(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        try:
            return fn(*args)
        except Exception as e:
            _udf_error.msg = "%s: %s" % (fn.__name__, e)
            raise
    return wrapper


def regexp_like(s, p):
    return None if s is None or p is None else int(_rx(p).search(str(s)) is not None)


def regexp_extract(s, p, group=0):
    if s is None or p is None:
        return None
    m = _rx(p).search(str(s))
    return m.group(int(group)) if m else None


def regexp_replace(s, p, repl=""):
    if s is None or p is None:
        return None
    return _rx(p).sub(re.sub(r"\$(\d+)", r"\\g<\1>", repl or ""), str(s))   # Java $1 -> \g<1>


def strpos(s, sub):
    return None if s is None or sub is None else str(s).find(str(sub)) + 1


def split_part(s, delim, n):
    if s is None or delim is None or n is None:
        return None
    if int(n) < 1:
        raise ValueError("Index must be greater than zero")
    parts = str(s).split(delim) if delim else [str(s)]
    return parts[int(n) - 1] if int(n) <= len(parts) else None


def starts_with(s, prefix):
    return None if s is None or prefix is None else int(str(s).startswith(str(prefix)))


_JSON_PATH_RE = re.compile(r"""\.([^.\[]+)|\[\s*(\d+)\s*\]|\[\s*"((?:[^"\\]|\\.)*)"\s*\]|\[\s*'([^']*)'\s*\]""")


def _json_path(path):
    if not path.startswith("$"):
        raise ValueError("Invalid JSON path: '%s'" % path)
    steps, i = [], 1
    while i < len(path):
        m = _JSON_PATH_RE.match(path, i)
        if not m:
            raise ValueError("Invalid JSON path: '%s'" % path)
        name, idx, dq, sq = m.groups()
        steps.append(int(idx) if idx is not None else json.loads('"%s"' % dq) if dq is not None else name if name is not None else sq)
        i = m.end()
    return steps


def _json_walk(doc, path):
    if doc is None or path is None:
        return False, None
    steps = _json_path(path)
    try:
        v = json.loads(doc if isinstance(doc, str) else str(doc))
    except ValueError:
        return False, None
    for st in steps:
        if isinstance(st, int) and type(v) is list and st < len(v):
            v = v[st]
        elif isinstance(st, str) and type(v) is dict and st in v:
            v = v[st]
        else:
            return False, None
    return True, v


def json_extract_scalar(doc, path):
    found, v = _json_walk(doc, path)
    if not found or v is None or type(v) in (dict, list):
        return None
    return v if type(v) is str else _compact(v)


def json_extract(doc, path):
    found, v = _json_walk(doc, path)
    return _compact(v) if found else None


def json_array_length(doc):
    try:
        v = json.loads(doc) if isinstance(doc, str) else None
    except ValueError:
        return None
    return len(v) if type(v) is list else None


def from_iso8601_timestamp(s):
    if s is None:
        return None
    t = parse_rfc3339(s)
    if t is None:
        raise ValueError("Invalid format: \"%s\"" % s)
    return t[0] + t[1] / 1e6


def concat(*args):
    return None if any(a is None for a in args) else "".join(str(a) for a in args)


def greatest(*args):
    return None if any(a is None for a in args) else max(args)


def least(*args):
    return None if any(a is None for a in args) else min(args)


def _order_key(v):
    # SQLite's cross-type order (numbers < text < blobs), so mixed columns do not raise.
    return (0, v) if isinstance(v, (int, float)) else (1, v) if isinstance(v, str) else (2, bytes(v))


class _Agg:
    """Base of the aggregates: step() updates self.v, finalize() answers it."""

    def __init__(self):
        self.v = self.key = None

    def finalize(self):
        return self.v


class _MaxBy(_Agg):
    better = staticmethod(lambda a, b: a > b)

    def step(self, x, y):
        if y is not None and (self.key is None or self.better(_order_key(y), self.key)):
            self.key, self.v = _order_key(y), x


class _MinBy(_MaxBy):
    better = staticmethod(lambda a, b: a < b)


class _CountIf(_Agg):
    def step(self, cond):
        self.v = (self.v or 0) + (1 if cond else 0)

    def finalize(self):
        return self.v or 0


class _Arbitrary(_Agg):
    def step(self, x):
        self.v = x if self.v is None else self.v


class _ApproxDistinct(_Agg):          # exact, which is within any approximation
    def step(self, x):
        self.key = self.key or set()
        if x is not None:
            self.key.add(x)

    def finalize(self):
        return len(self.key or ())


class _ApproxPercentile(_Agg):        # nearest rank
    def step(self, x, p):
        self.key = self.key or []
        if x is not None:
            self.key.append(x)
            self.v = p

    def finalize(self):
        if not self.key or self.v is None:
            return None
        vals = sorted(self.key, key=_order_key)
        return vals[min(len(vals) - 1, max(0, round(float(self.v) * (len(vals) - 1))))]


def from_base(s, radix):
    """Presto's from_base(string, radix): the number, or an error for a bad digit (NULL stays NULL)."""
    if s is None or radix is None:
        return None
    return int(str(s), int(radix))


SCALARS = [("from_base", 2, from_base), ("regexp_like", 2, regexp_like), ("regexp_extract", 2, regexp_extract),
           ("regexp_extract", 3, regexp_extract), ("regexp_replace", 2, regexp_replace),
           ("regexp_replace", 3, regexp_replace), ("strpos", 2, strpos), ("split_part", 3, split_part),
           ("starts_with", 2, starts_with), ("json_extract_scalar", 2, json_extract_scalar),
           ("json_extract", 2, json_extract), ("json_array_length", 1, json_array_length),
           ("from_iso8601_timestamp", 1, from_iso8601_timestamp), ("to_unixtime", 1, lambda x: x),
           ("concat", -1, concat), ("greatest", -1, greatest), ("least", -1, least)]
AGGREGATES = [("max_by", 2, _MaxBy), ("min_by", 2, _MinBy), ("count_if", 1, _CountIf),
              ("arbitrary", 1, _Arbitrary), ("approx_distinct", 1, _ApproxDistinct),
              ("approx_percentile", 2, _ApproxPercentile)]


# ---------------------------------------------------------------------------------------------
# Presto SQL -> SQLite SQL, on tokens (so string literals are never touched).
class SqlError(ValueError):
    pass


_SQL_TOKEN_RE = re.compile(r"""
    (?P<ws>\s+) | (?P<comment>--[^\n]*|/\*.*?\*/)
  | (?P<str>'(?:[^']|'')*') | (?P<qid>"(?:[^"]|"")*") | (?P<bq>`(?:[^`]|``)*`)
  | (?P<num>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?) | (?P<word>[^\W\d]\w*)
  | (?P<op>\|\||<=|>=|<>|!=|==|.)""", re.S | re.X)
_CAST_TYPES = {"varchar": "TEXT", "char": "TEXT", "string": "TEXT", "bigint": "INTEGER",
               "integer": "INTEGER", "int": "INTEGER", "smallint": "INTEGER", "tinyint": "INTEGER",
               "double": "REAL", "real": "REAL", "decimal": "REAL", "boolean": "INTEGER"}
_CLAUSES = {"WHERE", "GROUP", "HAVING", "ORDER", "LIMIT", "WINDOW", "OFFSET"}
_SETOPS = {"UNION", "INTERSECT", "EXCEPT"}
_NOT_ALIAS = {"END", "NULL", "TRUE", "FALSE", "AND", "OR", "NOT", "IS", "LIKE", "IN", "BETWEEN",
              "THEN", "ELSE", "WHEN", "CASE", "AS", "DISTINCT", "ALL", "SELECT", "ESCAPE", "FROM"}


def sql_tokens(sql):
    toks = []
    for m in _SQL_TOKEN_RE.finditer(sql):
        kind, text = m.lastgroup, m.group()
        if kind == "op" and text in ("'", '"', "`"):
            raise SqlError("unterminated quoted text starting at character %d" % (m.start() + 1))
        toks.append([kind, text])
    return toks


def _up(tok):
    return tok[1].upper() if tok[0] == "word" else None


def rewrite_sql(sql):
    toks = sql_tokens(sql)
    while toks and (toks[-1][0] in ("ws", "comment") or toks[-1][1] == ";"):
        toks.pop()
    if not toks:
        raise SqlError("the SQL part is empty")
    # Like Log Service, the SQL sees only `log`: the records the search matched in the range.
    if any(t[0] in ("word", "qid", "bq") and t[1].strip('"`').lower() == "log_all" for t in toks):
        raise SqlError("no such table: log_all (the logstore is the table log)")
    sig = lambda lst: [i for i, t in enumerate(lst) if t[0] not in ("ws", "comment")]
    # 1. "ident" -> `ident`: SQLite would read an unknown "name" as a string, Presto fails.
    #    Presto-only spellings: if() -> iif(), try_cast -> CAST, type names in CAST.
    s = sig(toks)
    casts = []              # paren depth of each open CAST(
    depth = 0
    for n, i in enumerate(s):
        kind, text = toks[i]
        nxt = toks[s[n + 1]][1] if n + 1 < len(s) else ""
        if kind == "qid":
            toks[i] = ["bq", qident(text[1:-1].replace('""', '"'))]
        elif text == "(":
            depth += 1
        elif text == ")":
            if casts and casts[-1] == depth:
                casts.pop()
            depth -= 1
        elif kind == "word":
            up = text.upper()
            if up in ("CAST", "TRY_CAST") and nxt == "(":
                toks[i][1] = "CAST"
                casts.append(depth + 1)
            elif up == "IF" and nxt == "(":
                toks[i][1] = "iif"
            elif (casts and casts[-1] == depth and n > 0 and _up(toks[s[n - 1]]) == "AS"
                  and text.lower() in _CAST_TYPES):
                toks[i][1] = _CAST_TYPES[text.lower()]
    # Depth of every token: a paren has its outer depth, its content one more.
    depths, depth = [], 0
    for t in toks:
        if t[1] == ")":
            depth -= 1
        depths.append(depth)
        if t[1] == "(":
            depth += 1
    if depth != 0:
        raise SqlError("unbalanced parentheses")
    s = sig(toks)
    # FROM that starts a FROM clause (not the one of `a IS DISTINCT FROM b`)
    froms = {i for n, i in enumerate(s) if _up(toks[i]) == "FROM"
             and not (n >= 2 and _up(toks[s[n - 1]]) == "DISTINCT" and _up(toks[s[n - 2]]) == "IS")}
    inserts = []            # (token index, order among those at one index, tokens to insert)
    # Python aggregates answer NULL over no rows; Presto's counting ones answer 0.
    for n, i in enumerate(s[:-1]):
        if _up(toks[i]) in ("COUNT_IF", "APPROX_DISTINCT") and toks[s[n + 1]][1] == "(":
            k = s[n + 1]
            j = next(j for j in range(k + 1, len(toks)) if toks[j][1] == ")" and depths[j] == depths[k])
            after = [x for x in s if x > j]
            if not (after and _up(toks[after[0]]) == "OVER"):
                inserts.append((i, -1, [["word", "coalesce"], ["op", "("]]))
                inserts.append((j + 1, -1, [["op", ","], ["num", " 0"], ["op", ")"]]))
    # 2. Log Service lets a SELECT omit FROM: add "FROM log" to each SELECT that has none.
    for n, i in enumerate(s):
        if _up(toks[i]) != "SELECT":
            continue
        d, has_from, clause, last = depths[i], False, None, i
        for m in range(n + 1, len(s)):
            j = s[m]
            if depths[j] < d or (depths[j] == d and (_up(toks[j]) in _SETOPS or toks[j][1] == ";")):
                break
            last = j
            if depths[j] != d:
                continue
            up = _up(toks[j])
            if j in froms:
                has_from = True
                break
            if up in _CLAUSES and clause is None:
                clause = j
        if not has_from:
            at = clause if clause is not None else last + 1
            inserts.append((at, 1, [["ws", " "], ["word", "FROM"], ["ws", " "], ["word", "log"], ["ws", " "]]))
    top = [i for i in s if depths[i] == 0]
    # 3. Presto names unaliased expressions _col0, _col1...: alias them so SQLite does too.
    selects = [i for i in top if _up(toks[i]) == "SELECT"]
    if len(selects) == 1 and not any(_up(toks[i]) in _SETOPS for i in top):
        items, cur = [], []
        rest = s[s.index(selects[0]) + 1:]
        if rest and _up(toks[rest[0]]) in ("DISTINCT", "ALL"):
            rest = rest[1:]
        for i in rest:
            if depths[i] == 0 and (i in froms or _up(toks[i]) in _CLAUSES):
                break
            if depths[i] == 0 and toks[i][1] == ",":
                items.append(cur)
                cur = []
            else:
                cur.append(i)
        items.append(cur)
        if items and all(items) and not any(toks[it[-1]][1] == "*" for it in items):
            for col, it in enumerate(items):
                lastk, prev = toks[it[-1]], toks[it[-2]] if len(it) > 1 else None
                is_name = lastk[0] in ("word", "bq") and lastk[1].upper() not in _NOT_ALIAS
                if len(it) == 1 and is_name:
                    continue                                   # a plain column
                if len(it) == 3 and is_name and toks[it[1]][1] == "." and toks[it[0]][0] in ("word", "bq"):
                    continue                                   # t.column
                if is_name and prev is not None and (prev[1] == ")" or prev[0] in ("word", "bq", "num", "str")) \
                        and (prev[0] != "word" or prev[1].upper() not in _NOT_ALIAS - {"AS"}):
                    continue                                   # expr [AS] alias
                inserts.append((it[-1] + 1, 0, [["ws", " "], ["word", "AS"], ["ws", " "], ["word", "_col%d" % col]]))
    # 4. Without a LIMIT of its own the outermost query returns at most 100 rows.
    if not any(_up(toks[i]) == "LIMIT" for i in top):
        inserts.append((s[-1] + 1, 2, [["ws", " "], ["word", "LIMIT"], ["ws", " "], ["num", "100"]]))
    for at, _, new in sorted(inserts, key=lambda x: x[:2], reverse=True):
        toks[at:at] = new
    return "".join(t[1] for t in toks)


# ---------------------------------------------------------------------------------------------
class Dataset:
    """The records: indexed fields in a shared in-memory SQLite table (one connection per
    request, so concurrent requests never share temp objects), raw lines left in the mmapped
    file (parsed again only when a request needs all fields)."""

    def __init__(self, path):
        self.uri = "file:sls_%d_%x?mode=memory&cache=shared" % (os.getpid(), id(self))
        self.keeper = sqlite3.connect(self.uri, uri=True, check_same_thread=False)  # keeps the DB alive
        cols = ", ".join("%s %s" % (qident(c), "INTEGER" if c in INTEGER_COLUMNS else "TEXT") for c in STORED_COLUMNS)
        self.keeper.execute("CREATE TABLE log_all (__rowid__ INTEGER PRIMARY KEY, %s)" % cols)
        self.starts, self.ends, self.skipped = array.array("q"), array.array("q"), 0
        with open(path, "rb") as f:
            if f.read(2) == b"\x1f\x8b":             # gzipped: keep the text in memory instead
                f.seek(0)
                self.mm = gzip.decompress(f.read())
            else:                                    # the mapping outlives the closed file
                self.mm = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) if os.fstat(f.fileno()).st_size else b""
        import gc
        gc.disable()        # millions of short-lived containers: the cyclic GC only slows this down
        try:
            with self.keeper:
                self._load()
            self.keeper.execute("CREATE INDEX log_time ON log_all(__time__)")
        finally:
            gc.enable()
        self.count = len(self.starts)

    def _load(self):
        # Streamed: a list of 300k rows would cost more in allocation than the parsing itself.
        # (Parsing half the file in a forked child was tried: unpickling its rows ate the gain.)
        insert = "INSERT INTO log_all VALUES (%s)" % ",".join("?" * (len(STORED_COLUMNS) + 1))
        self.keeper.executemany(insert, self._number(self._parse(0, len(self.mm))))

    def _number(self, recs):
        """Rows with their rowid; records the line of each (None = a skipped line)."""
        for rec in recs:
            if rec is None:
                self.skipped += 1
                continue
            self.starts.append(rec[0])
            self.ends.append(rec[1])
            yield (len(self.starts) - 1,) + rec[2:]

    def _parse(self, pos, end):
        """(line start, line end, __time__, *indexed values) per line; None for a bad line."""
        mm, loads = self.mm, json.loads
        while pos < end:
            nl = mm.find(b"\n", pos, end)
            nl = end if nl < 0 else nl
            line, start, pos = mm[pos:nl], pos, nl + 1
            try:
                d = loads(line)
                if type(d) is not dict:
                    raise ValueError("not a JSON object")
            except ValueError as e:
                if line.strip():                     # blank lines are no records, and no error
                    print("sls_server: skipping line at byte %d: %s" % (start, e), file=sys.stderr)
                    yield None
                continue
            g = d.get
            t = epoch_fast(g("requestReceivedTimestamp"))
            if t is None:
                t = epoch_fast(g("timestamp"))
                t = epoch_fast(g("stageTimestamp")) if t is None else t
            row = extract_row(d)
            if not _PLAIN.issuperset(map(type, row)):
                row = tuple(v if type(v) in _PLAIN else _compact(v) for v in row)
            yield (start, nl, t or 0) + row

    def connect(self):
        conn = sqlite3.connect(self.uri, uri=True, isolation_level=None, check_same_thread=False)
        for name, nargs, fn in SCALARS:
            conn.create_function(name, nargs, udf(fn), deterministic=True)
        for name, nargs, cls in AGGREGATES:
            conn.create_aggregate(name, nargs, cls)
        conn.execute("PRAGMA case_sensitive_like = ON")    # Presto's LIKE is case-sensitive
        return conn

    def raw(self, rowid):
        return self.mm[self.starts[rowid]:self.ends[rowid]]

    def raw_may_contain(self, rowid, hint):
        line = self.raw(rowid)
        return b"\\u" in line or hint in line.lower()       # escapes hide text: then look closer

    def fields(self, rowid):
        return {k: as_text(v) for k, v in json.loads(self.raw(rowid)).items()}

    @functools.lru_cache(maxsize=50000)
    def texts_lower(self, rowid):
        return [v.lower() for v in self.fields(rowid).values()]


# ---------------------------------------------------------------------------------------------
class ApiError(Exception):
    def __init__(self, status, code, message):
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


FAULT_KINDS = {"status", "slow", "truncated", "badjson", "badsignature", "incomplete", "error"}
STATUS_CODES = {500: "InternalServerError", 502: "BadGateway", 503: "ServerBusy", 429: "ReadQuotaExceed"}


class SlsServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, port, dataset, key_id, key_secret, token, project, logstore):
        super().__init__(("127.0.0.1", port), Handler)
        self.ds, self.key_id, self.key_secret = dataset, key_id, key_secret
        self.token, self.project, self.logstore = token, project, logstore
        self.lock = threading.Lock()
        self.faults = deque()           # [fault dict, remaining count]
        self.reset_stats()

    def reset_stats(self):
        self.requests, self.by_kind, self.by_status, self.last_queries = 0, {}, {}, deque(maxlen=50)

    def take_fault(self, kind, query):
        with self.lock:
            self.requests += 1
            self.by_kind[kind] = self.by_kind.get(kind, 0) + 1
            if query is not None:
                self.last_queries.append(query)
            while self.faults and self.faults[0][1] <= 0:
                self.faults.popleft()
            if not self.faults:
                return None
            self.faults[0][1] -= 1
            return self.faults[0][0]


def sign(secret, method, md5, ctype, date, headers, path, params):
    """V1 signature over the string-to-sign (sls-api.md). headers: {name: value} as sent."""
    canon = sorted((k.lower(), v) for k, v in headers.items() if k.lower().startswith(("x-log-", "x-acs-")))
    resource = path + ("?" + "&".join("%s=%s" % kv for kv in sorted(params)) if params else "")
    text = "\n".join([method, md5, ctype, date] + ["%s:%s" % kv for kv in canon] + [resource])
    return base64.b64encode(hmac.new(secret.encode(), text.encode(), hashlib.sha1).digest()).decode()


def _int_param(value, name, default=None, lo=None, hi=None):
    if value in (None, ""):
        if default is None:
            raise ApiError(400, "ParameterInvalid", "parameter %s is missing" % name)
        return default
    try:
        v = int(value)
    except (TypeError, ValueError):
        raise ApiError(400, "ParameterInvalid", "parameter %s is not an integer: %r" % (name, value))
    if (lo is not None and v < lo) or (hi is not None and v > hi):
        raise ApiError(400, "ParameterInvalid", "parameter %s=%d is out of range [%s, %s]" % (name, v, lo, hi))
    return v


def sql_value(v):
    return "null" if v is None else v if type(v) is str else str(v) if type(v) in (int, float) \
        else bytes(v).decode("utf-8", "replace")


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"       # keep-alive, as the SDKs' HTTP clients expect
    server_version = "sls-test-server"

    def log_message(self, fmt, *args):  # the default line would carry the full query string
        pass

    def do_GET(self):
        self.dispatch()

    def do_POST(self):
        self.dispatch()

    # -- plumbing ----------------------------------------------------------------------------
    def send(self, status, body, headers=(), truncate=False):
        self.send_response(status)
        for k, v in headers:
            self.send_header(k, v)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            if truncate:                 # the full length announced, half sent, then hang up
                self.wfile.write(body[:len(body) // 2])
                self.wfile.flush()
                self.close_connection = True
                self.connection.shutdown(socket.SHUT_WR)
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError, OSError):
            self.close_connection = True   # the client gave up (e.g. after a slow fault)

    def dispatch(self):
        t0 = time.monotonic()
        n = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(n) if n > 0 else b""
        url = urlsplit(self.path)
        if url.path in ("/__control", "/__stats"):
            return self.control(url.path, body)
        srv, rid = self.server, uuid.uuid4().hex[:24].upper()
        params = parse_qsl(url.query, keep_blank_values=True)
        qd = dict(params)
        kind = ("GetLogsV2" if self.command == "POST" and url.path.endswith("/logs") else
                {"log": "GetLogs", "histogram": "GetHistograms"}.get(qd.get("type"), "Other"))
        query = qd.get("query")
        if kind == "GetLogsV2":
            try:
                query = json.loads(body).get("query", "")
            except Exception:
                query = None
        fault = srv.take_fault(kind, query)
        fkind = fault["kind"] if fault else None
        has_sql = query is not None and split_query(query)[1] is not None
        truncate, extra = False, [("x-log-requestid", rid)]
        try:
            if fkind == "slow":
                time.sleep(float(fault.get("seconds", 1)))
            if fkind == "status":
                code = int(fault.get("code", 500))
                raise ApiError(code, fault.get("errorCode", STATUS_CODES.get(code, "RequestError")),
                               "injected fault: HTTP %d" % code)
            if fkind == "error":
                raise ApiError(int(fault.get("code", 400)), fault.get("errorCode", "InjectedError"),
                               fault.get("errorMessage", "injected error"))
            if fkind == "badjson":
                status, out, hdrs = 200, b'[{"verb": "get"', []
            else:
                self.authenticate(url, params, body, fkind == "badsignature")
                store = self.route(url)
                status, out, hdrs = self.api(kind, store, qd, body, fkind == "incomplete", t0)
                truncate = fkind == "truncated"
        except ApiError as e:
            status, hdrs = e.status, []
            out = json.dumps({"errorCode": e.code, "errorMessage": e.message}).encode()
        except Exception as e:                       # a server bug: say so, keep serving
            import traceback
            traceback.print_exc()
            status, hdrs = 500, []
            out = json.dumps({"errorCode": "InternalServerError", "errorMessage": repr(e)}).encode()
        with srv.lock:
            srv.by_status[str(status)] = srv.by_status.get(str(status), 0) + 1
        self.send(status, out, extra + hdrs, truncate)
        print("sls_server: %s %s %s sql=%s fault=%s -> %d (%d ms)" % (
            self.command, url.path, kind, "yes" if has_sql else "no", fkind or "-", status,
            (time.monotonic() - t0) * 1000), file=sys.stderr, flush=True)

    def control(self, path, body):
        srv = self.server
        if path == "/__stats":
            with srv.lock:
                out = {"requests": srv.requests, "byKind": dict(srv.by_kind), "byStatus": dict(srv.by_status),
                       "lastQueries": list(srv.last_queries),
                       "pendingFaults": [dict(f, remaining=c) for f, c in srv.faults if c > 0]}
            return self.send(200, json.dumps(out).encode())
        try:
            req = json.loads(body or b"{}")
            faults = req.get("faults") or []
            for f in faults:
                if f.get("kind") not in FAULT_KINDS:
                    raise ValueError("unknown fault kind %r" % f.get("kind"))
        except Exception as e:
            return self.send(400, json.dumps({"ok": False, "error": str(e)}).encode())
        with srv.lock:
            if req.get("reset"):
                srv.faults.clear()
                srv.reset_stats()
            for f in faults:
                srv.faults.append([f, int(f.get("count", 1))])
        self.send(200, b'{"ok":true}')

    # -- checks ------------------------------------------------------------------------------
    def authenticate(self, url, params, body, force_bad):
        srv, h = self.server, self.headers

        def refuse(code, msg):
            raise ApiError(401, code, msg)
        auth = h.get("Authorization")
        if not auth:
            refuse("Unauthorized", "the Authorization header is missing")
        m = re.fullmatch(r"LOG ([^:\s]+):(\S+)", auth.strip())
        if not m:
            refuse("Unauthorized", "the Authorization header is not 'LOG <id>:<signature>'")
        if h.get("x-log-apiversion") != "0.6.0":
            refuse("Unauthorized", "x-log-apiversion must be 0.6.0")
        if (h.get("x-log-signaturemethod") or "").lower() != "hmac-sha1":
            refuse("Unauthorized", "x-log-signaturemethod must be hmac-sha1")
        if not re.fullmatch(r"\d+", h.get("x-log-bodyrawsize") or ""):
            refuse("Unauthorized", "x-log-bodyrawsize is missing or not a number")
        date = h.get("Date")
        try:
            when = email.utils.parsedate_to_datetime(date).timestamp()
        except Exception:
            refuse("Unauthorized", "the Date header is missing or not an RFC 1123 date: %r" % date)
        if abs(time.time() - when) > 15 * 60:
            refuse("RequestTimeTooSkewed", "the Date header is more than 15 minutes from the server time")
        md5 = h.get("Content-MD5") or ""
        if (body or md5) and md5 != hashlib.md5(body).hexdigest().upper():
            refuse("SignatureNotMatch", "Content-MD5 is missing or is not the uppercase hex MD5 of the body")
        if m.group(1) != srv.key_id:
            refuse("InvalidAccessKeyId.NotFound", "the AccessKeyId is not found")
        if srv.token is not None:
            sent = h.get("x-acs-security-token")
            if sent is None:
                refuse("Unauthorized", "x-acs-security-token is required for these credentials")
            if sent != srv.token:
                refuse("SecurityTokenExpired", "the security token is expired or not valid")
        hdrs = {}
        for k, v in h.items():
            hdrs.setdefault(k.lower(), v)
        want = sign(srv.key_secret, self.command, md5, h.get("Content-Type") or "", date, hdrs,
                    unquote(url.path), params)
        if force_bad or not hmac.compare_digest(want, m.group(2)):
            refuse("SignatureNotMatch", "the signature of the request does not match")

    def route(self, url):
        host = self.headers.get("Host") or ""
        if host.split(".", 1)[0] != self.server.project:
            raise ApiError(404, "ProjectNotExist", "project %s does not exist" % host.split(".", 1)[0])
        m = re.fullmatch(r"/logstores/([^/]+)(/logs)?", url.path)
        if not m:
            raise ApiError(404, "RequestNotSupported", "no such API: %s %s" % (self.command, url.path))
        store = unquote(m.group(1))
        if store != self.server.logstore:
            raise ApiError(404, "LogStoreNotExist", "logstore %s does not exist" % store)
        return store

    # -- the APIs ----------------------------------------------------------------------------
    def api(self, kind, store, qd, body, incomplete, t0):
        if kind == "GetLogsV2":
            try:
                req = json.loads(body)
                if type(req) is not dict:
                    raise ValueError("not a JSON object")
            except ValueError as e:
                raise ApiError(400, "ParameterInvalid", "the request body is not valid JSON: %s" % e)
            rev = req.get("reverse", False)
            qd = {"from": req.get("from"), "to": req.get("to"), "line": req.get("line"), "offset": req.get("offset"),
                  "query": req.get("query") or "", "reverse": str(rev).lower()}
        elif kind == "Other":
            raise ApiError(400, "ParameterInvalid", "parameter type must be log or histogram")
        frm = _int_param(qd.get("from"), "from")
        to = _int_param(qd.get("to"), "to")
        if frm > to:
            raise ApiError(400, "ParameterInvalid", "from must not be later than to")
        search, sql = split_query(qd.get("query") or "")
        if kind == "GetHistograms":
            if sql is not None:
                raise ApiError(400, "ParameterInvalid", "GetHistograms takes no SQL part")
            interval = _int_param(qd.get("interval"), "interval", max(1, -(-(to - frm) // 60)), 1)
            if (to - frm) / interval > 100000:
                raise ApiError(400, "ParameterInvalid", "interval too small for this time range")
        else:
            line = _int_param(qd.get("line"), "line", 100, 0, 100)
            offset = _int_param(qd.get("offset"), "offset", 0, 0)
            reverse = str(qd.get("reverse") or "false").lower() == "true"
        try:
            compiled = CompiledSearch(SearchParser(search).parse(), self.server.ds)
        except SearchError as e:
            raise ApiError(400, "ParameterInvalid", str(e))
        meta = {"progress": "Complete", "count": 0, "hasSQL": sql is not None}
        rows, keys = [], None
        if not incomplete:
            conn = self.server.ds.connect()
            try:
                compiled.register(conn)
                where = "__time__ >= %d AND __time__ < %d AND %s" % (frm, to, compiled.sql)
                processed = conn.execute("SELECT count(*) FROM log_all WHERE __time__ >= ? AND __time__ < ?",
                                         (frm, to)).fetchone()[0]
                if kind == "GetHistograms":
                    counts = dict(conn.execute("SELECT (__time__ - %d) / %d, count(*) FROM log_all WHERE %s GROUP BY 1"
                                               % (frm, interval, where)))
                    rows = [{"from": b, "to": min(to, b + interval), "count": counts.get(k, 0), "progress": "Complete"}
                            for k, b in enumerate(range(frm, to, interval))]
                    meta["count"] = sum(counts.values())
                elif sql is None:
                    order = "DESC" if reverse else "ASC"
                    ids = conn.execute("SELECT __rowid__, __time__ FROM log_all WHERE %s ORDER BY __time__ %s, "
                                       "__rowid__ %s LIMIT %d OFFSET %d" % (where, order, order, line, offset)).fetchall()
                    for rowid, t in ids:
                        rec = {"__time__": str(t), "__source__": SOURCE_IP, "__topic__": ""}
                        rec.update(self.server.ds.fields(rowid))
                        rows.append(rec)
                else:
                    rows, keys = self.run_sql(conn, where, sql)
            finally:
                conn.close()
            meta.update(count=len(rows) if kind != "GetHistograms" else meta["count"], processedRows=processed)
        else:
            meta.update(progress="Incomplete", processedRows=0)
        meta["elapsedMillisecond"] = int((time.monotonic() - t0) * 1000)
        headers = [("x-log-progress", meta["progress"]), ("x-log-count", str(meta["count"])),
                   ("x-log-processed-rows", str(meta["processedRows"])),
                   ("x-log-has-sql", "True" if meta["hasSQL"] else "False"),
                   ("x-log-elapsed-millisecond", str(meta["elapsedMillisecond"]))]
        if kind == "GetLogsV2":
            meta.update(isAccurate=True, powerSql=False, keys=keys or [])
            out = {"meta": meta, "data": rows}
        else:
            out = rows
        data = json.dumps(out, ensure_ascii=False).encode()
        return 200, data, headers + [("x-log-bodyrawsize", str(len(data)))]

    def run_sql(self, conn, where, sql):
        try:
            sqlite_sql = rewrite_sql(sql)
        except SqlError as e:
            raise ApiError(400, "ParameterInvalid", "SQL: %s" % e)
        cols = ", ".join("%s AS %s" % (column_sql(c), qident(c)) for c in ALL_COLUMNS)
        conn.execute("CREATE TEMP VIEW log AS SELECT %s FROM main.log_all WHERE %s" % (cols, where))

        def readonly(action, *_):          # the console only reads; nobody drops the shared table
            return sqlite3.SQLITE_OK if action in (sqlite3.SQLITE_SELECT, sqlite3.SQLITE_READ,
                                                   sqlite3.SQLITE_FUNCTION, sqlite3.SQLITE_RECURSIVE) else sqlite3.SQLITE_DENY
        conn.set_authorizer(readonly)
        _udf_error.msg = None
        try:
            cur = conn.execute(sqlite_sql)
            names = [c[0] for c in cur.description or []]
            rows = [{n: sql_value(v) for n, v in zip(names, r)} for r in cur.fetchall()]
        except sqlite3.Error as e:
            msg = str(e)
            if "user-defined" in msg and getattr(_udf_error, "msg", None):
                msg = _udf_error.msg
            elif msg == "not authorized":
                msg = "not authorized: the SQL may only read"
            raise ApiError(400, "ParameterInvalid", msg)
        return rows, names


# ---------------------------------------------------------------------------------------------
def selftest():
    got = sign("mockAccessKeySecret", "GET", "", "", "Mon, 3 Jan 2010 08:33:47 GMT",
               {"x-log-apiversion": "0.6.0", "x-log-bodyrawsize": "0", "x-log-signaturemethod": "hmac-sha1"},
               "/logstores", [])
    ok = got == "Rwm6cTKzoti4HWoe+GKcb6Kv07E="
    print("selftest: signature %s -> %s" % (got, "OK" if ok else "FAILED"))
    return ok


def serve(args):
    t0 = time.monotonic()
    ds = Dataset(args.data)
    srv = SlsServer(args.port, ds, args.access_key_id, args.access_key_secret, args.security_token,
                    args.project, args.logstore)
    print("sls_server: %d records loaded in %.2f s (%d lines skipped)" % (ds.count, time.monotonic() - t0, ds.skipped),
          file=sys.stderr, flush=True)
    print("PORT %d" % srv.server_address[1], flush=True)

    def stop(*_):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    if args.exit_on_stdin_eof:
        # Opt-in: a test runner that dies without killing us closes our stdin. Not the default,
        # because CI may start us with no stdin at all (immediate EOF).
        def watch():
            while sys.stdin.buffer.read(4096):
                pass
            os.kill(os.getpid(), signal.SIGTERM)
        threading.Thread(target=watch, daemon=True).start()
    try:
        srv.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        srv.server_close()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data")
    ap.add_argument("--access-key-id")
    ap.add_argument("--access-key-secret")
    ap.add_argument("--security-token")
    ap.add_argument("--project")
    ap.add_argument("--logstore")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--exit-on-stdin-eof", action="store_true", help="stop when stdin reaches EOF")
    ap.add_argument("--selftest", action="store_true")
    ap.add_argument("--smoke", nargs="?", const="", metavar="EVENTS.jsonl")
    args = ap.parse_args()
    if args.selftest:
        sys.exit(0 if selftest() else 1)
    if args.smoke is not None:
        sys.exit(smoke(args.smoke or None))
    missing = [n for n in ("data", "access_key_id", "access_key_secret", "project", "logstore") if not getattr(args, n)]
    if missing:
        ap.error("missing: " + ", ".join("--" + n.replace("_", "-") for n in missing))
    serve(args)


# ---------------------------------------------------------------------------------------------
# Smoke test: the server in a thread, a client with its own request signing.
def _smoke_events(path):
    """A small realistic dataset: 40 events, one every 30 s from 2026-11-28T10:00:00Z."""
    users = ["system:serviceaccount:kube-system:x", "kubernetes-admin", "1234567890123456-1764320000",
             "system:node:cn-hangzhou.192.168.0.47"]
    verbs, nss = ["list", "get", "get", "watch", "create", "delete", "update", "patch"], ["default", "kube-system", "prod"]
    with open(path, "w") as f:
        for i in range(40):
            ts = "2026-11-28T10:%02d:%02d.%06dZ" % (i // 2, (i % 2) * 30, 123456 + i)
            code = 403 if i % 10 == 7 else 201 if verbs[i % 8] == "create" else 200
            ev = {"kind": "Event", "apiVersion": "audit.k8s.io/v1", "level": "Metadata",
                  "auditID": "0000-%04d" % i, "stage": "ResponseComplete", "verb": verbs[i % 8],
                  "requestURI": "/api/v1/namespaces/%s/pods" % nss[i % 3],
                  "user": {"username": users[i % 4], "groups": ["system:serviceaccounts", "system:authenticated"]},
                  "sourceIPs": ["10.0.0.%d" % (i % 5)], "userAgent": "kubectl/v1.28 (linux/amd64)",
                  "objectRef": {"resource": "pods", "namespace": nss[i % 3], "name": "web-%d" % (i % 4), "apiVersion": "v1"},
                  "responseStatus": {"metadata": {}, "code": code}, "requestReceivedTimestamp": ts,
                  "stageTimestamp": ts[:20] + "%06dZ" % (150000 + i * 1000),
                  "annotations": {"authorization.k8s.io/decision": "forbid" if code == 403 else "allow",
                                  "authorization.k8s.io/reason": 'RBAC: allowed by ClusterRoleBinding "x" of '
                                                                 'ClusterRole "y" to User "%s"' % ("alice", "bob")[i % 2]}}
            f.write(json.dumps(ev) + "\n")


def smoke(events=None):
    if events is None:
        events = "/tmp/sls_smoke_events.jsonl"
        _smoke_events(events)
    evs = [json.loads(l) for l in open(events, "rb") if l.strip()]
    ts = [parse_rfc3339(e.get("requestReceivedTimestamp"))[0] for e in evs]
    frm, to = min(ts), max(ts) + 1
    t0 = time.monotonic()
    srv = SlsServer(0, Dataset(events), "ak", "sk", "tok", "proj", "audit")
    print("smoke: %d events loaded in %.2f s" % (srv.ds.count, time.monotonic() - t0))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    port, failures = srv.server_address[1], []

    def call(method, path, params=(), body=None, signed=True, project="proj", token="tok", timeout=20):
        params = [(k, str(v)) for k, v in params]
        h = {"x-log-apiversion": "0.6.0", "x-log-signaturemethod": "hmac-sha1", "x-log-bodyrawsize": str(len(body or b"")),
             "Date": email.utils.formatdate(usegmt=True), "x-acs-security-token": token}
        md5 = hashlib.md5(body).hexdigest().upper() if body else ""
        if body:
            h.update({"Content-MD5": md5, "Content-Type": "application/json"})
        if signed:
            h["Authorization"] = "LOG ak:" + sign("sk", method, md5, h.get("Content-Type", ""), h["Date"], h, path, params)
        h["Host"] = "%s.127.0.0.1:%d" % (project, port)
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        qs = "&".join("%s=%s" % (quote(k, safe=""), quote(v, safe="")) for k, v in params)
        conn.request(method, path + ("?" + qs if qs else ""), body=body, headers=h)
        r = conn.getresponse()
        data = r.read()
        conn.close()
        return r.status, r, data

    def get_logs(query, line=100, offset=0, reverse=False, **kw):
        return call("GET", "/logstores/audit", [("type", "log"), ("from", frm), ("to", to), ("query", query),
                                                ("line", line), ("offset", offset), ("reverse", str(reverse).lower())], **kw)

    def check(name, cond, detail=""):
        print("smoke: %-58s %s %s" % (name, "ok" if cond else "FAILED", "" if cond else detail))
        if not cond:
            failures.append(name)

    def rows(query, **kw):
        st, r, data = get_logs(query, **kw)
        if st != 200:
            check("query %r" % query, False, data[:300])
            return []
        return json.loads(data)

    def control(obj):
        c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        c.request("POST", "/__control", body=json.dumps(obj).encode())
        return json.loads(c.getresponse().read())

    check("selftest signature vector", selftest())
    st, _, data = call("GET", "/logstores/audit", [("type", "log"), ("from", frm), ("to", to)], signed=False)
    check("unsigned request -> 401", st == 401 and b"Unauthorized" in data, data)
    st, _, data = get_logs("*", token="wrong")
    check("wrong security token -> 401", st == 401, data)
    check("unknown project -> 404", get_logs("*", project="nope")[0] == 404)
    st, _, _ = call("GET", "/logstores/zzz", [("type", "log"), ("from", frm), ("to", to)])
    check("unknown logstore -> 404", st == 404)
    st, r, data = get_logs("* | SELECT count(*) AS c")
    check("count(*)", st == 200 and json.loads(data) == [{"c": str(len(evs))}] and r.getheader("x-log-has-sql") == "True", data)
    check("unaliased count(*) is _col0", rows("* | select count(*)") == [{"_col0": str(len(evs))}])
    want = {}
    for e in evs:
        if e.get("verb") == "get":
            ns = (e.get("objectRef") or {}).get("namespace")
            want[ns] = want.get(ns, 0) + 1
    got = rows('verb: get | SELECT "objectRef.namespace" AS ns, count(*) AS c GROUP BY ns ORDER BY c DESC')
    check("search + GROUP BY namespace", {(g["ns"] if g["ns"] != "null" else None): int(g["c"]) for g in got} == want
          and [int(g["c"]) for g in got] == sorted(want.values(), reverse=True), got)
    last = max(range(len(evs)), key=lambda i: (ts[i], i))
    got = rows('* | SELECT max_by("user.username", __time__) AS u, count_if("responseStatus.code" >= 400) AS bad')
    want_bad = sum(1 for e in evs if (e.get("responseStatus") or {}).get("code", 0) >= 400)
    tie = sum(1 for t in ts if t == ts[last]) > 1
    check("max_by / count_if", got and got[0]["bad"] == str(want_bad) and (tie or got[0]["u"] == evs[last]["user"]["username"]), got)
    got = rows("* | SELECT regexp_extract(\"annotations.authorization.k8s.io/reason\", 'to User \"([^\"]+)\"', 1) AS who, "
               "count(*) OVER () AS total, \"user.username\" LIMIT 3")
    check("regexp_extract + count(*) OVER () + LIMIT", len(got) == min(3, len(evs)) and
          all(g["total"] == str(len(evs)) for g in got), got)
    got = rows("* | SELECT json_extract_scalar(\"user.groups\", '$[0]') AS g0, json_array_length(sourceIPs) AS n, "
               "to_unixtime(from_iso8601_timestamp(requestReceivedTimestamp)) AS t, split_part(\"user.username\", ':', 2) AS p2, "
               "strpos(verb, 'e') AS sp, CAST(\"responseStatus.code\" AS varchar) || '!' AS codes ORDER BY __time__ LIMIT 1")
    first = min(range(len(evs)), key=lambda i: (ts[i], i))
    check("json/time/string functions", got and got[0]["g0"] == evs[first]["user"]["groups"][0] and got[0]["n"] == "1"
          and abs(float(got[0]["t"]) - from_iso8601_timestamp(evs[first]["requestReceivedTimestamp"])) < 1e-6, got)
    check("count_if / approx_distinct over no rows -> 0",
          rows("verb: nosuchverb | SELECT count_if(verb = 'get') AS a, approx_distinct(verb) AS b") == [{"a": "0", "b": "0"}])
    check("the unfiltered table is not reachable", get_logs("* | SELECT count(*) FROM log_all")[0] == 400)
    check("no explicit LIMIT -> at most 100 rows", len(rows("* | SELECT verb")) == min(100, len(evs)))
    check("SQL string literal with quotes untouched",
          rows("* | SELECT 'it''s \"x\" from log' AS s LIMIT 1") == [{"s": "it's \"x\" from log"}])
    # Raw logs: paging and ordering.
    page1, page2 = rows("*", line=2, offset=0), rows("*", line=2, offset=2)
    allr = rows("*", line=4)
    check("raw paging with line/offset", [p["auditID"] for p in page1 + page2] == [p["auditID"] for p in allr], allr)
    rev = rows("*", line=3, reverse=True)
    check("raw reverse order", [int(p["__time__"]) for p in rev] == sorted(ts, reverse=True)[:3])
    check("raw record fields are strings", allr and all(type(v) is str for v in allr[0].values())
          and allr[0]["__source__"] == "127.0.0.1" and json.loads(allr[0]["user"]) == evs[first]["user"])
    check("line > 100 -> 400", get_logs("*", line=101)[0] == 400)
    # The search statement, against a brute-force count.
    def f(e, top, sub=None):
        v = e.get(top)
        return v.get(sub) if sub and type(v) is dict else None if sub else v

    def has_seq(text, seq):       # an independent spelling of the token rule, for brute force
        t = [x for x in re.split(r"[,'\";=()\[\]{}?@&<>/:\s]+", text.lower()) if x]
        return any(t[i:i + len(seq)] == seq for i in range(len(t)))
    code = lambda e: f(e, "responseStatus", "code") or 0
    for q, pred in [("verb: get", lambda e: f(e, "verb") == "get"),
                    ("not verb: get", lambda e: f(e, "verb") != "get"),
                    ("verb: get or verb: list and not objectRef.namespace: default",
                     lambda e: f(e, "verb") == "get" or (f(e, "verb") == "list" and f(e, "objectRef", "namespace") != "default")),
                    ('"user.username": "system:serviceaccount:kube-system:*"',
                     lambda e: (f(e, "user", "username") or "").startswith("system:serviceaccount:kube-system:")),
                    ("responseStatus.code >= 400", lambda e: code(e) >= 400),
                    ("responseStatus.code: 403", lambda e: code(e) == 403),
                    ("responseStatus.code in [200 201]", lambda e: code(e) in (200, 201)),
                    ("objectRef.subresource: *", lambda e: bool(f(e, "objectRef", "subresource"))),
                    ("requestURI: /api/v1/namespaces/default", lambda e: has_seq(e["requestURI"], ["api", "v1", "namespaces", "default"])),
                    ("Forbid", lambda e: any(has_seq(as_text(v), ["forbid"]) for v in e.values())),
                    ("nosuchfield: x", lambda e: False)]:
        got = rows(q + " | SELECT count(*) AS c")
        want = sum(1 for e in evs if pred(e))
        check("search %s" % q[:48], got == [{"c": str(want)}], "got %s want %d" % (got, want))
    st, _, data = get_logs("verb: (get")
    check("bad search statement -> 400", st == 400 and b"ParameterInvalid" in data, data)
    st, _, data = get_logs("* | SELECT nosuchcol")
    check("bad SQL -> 400 with SQLite's message", st == 400 and b"no such column" in data, data)
    st, _, data = get_logs('* | SELECT "objectRef.namspace" AS typo')
    check("unknown quoted column is an error, not a string", st == 400, data)
    st, r, data = call("GET", "/logstores/audit", [("type", "histogram"), ("from", frm), ("to", to), ("query", "*")])
    check("histogram", st == 200 and sum(b["count"] for b in json.loads(data)) == len(evs) and len(json.loads(data)) <= 60, data[:200])
    st, _, _ = call("GET", "/logstores/audit", [("type", "histogram"), ("from", frm), ("to", to), ("query", "* | select 1")])
    check("histogram with SQL -> 400", st == 400)
    body = json.dumps({"from": frm, "to": to, "line": 5, "offset": 0, "reverse": True, "query": "* | select count(*) as c",
                       "powerSql": False}).encode()
    st, _, data = call("POST", "/logstores/audit/logs", body=body)
    check("GetLogsV2", st == 200 and json.loads(data)["data"] == [{"c": str(len(evs))}] and json.loads(data)["meta"]["hasSQL"], data)
    # Concurrency: the same statement from several threads at once.
    results = []
    ths = [threading.Thread(target=lambda q=q: results.append(rows(q + " | SELECT count(*) AS c")))
           for q in ["verb: get", "verb: list", "*", "not verb: get"] * 3]
    [t.start() for t in ths]
    [t.join() for t in ths]
    check("12 concurrent SQL requests", len(results) == 12 and all(r and "c" in r[0] for r in results), results)
    # Faults.
    control({"reset": True, "faults": [{"kind": "status", "code": 503, "count": 2}]})
    a, b, c = get_logs("*")[0], get_logs("*")[0], get_logs("*")[0]
    check("fault status 503 x2 then normal", (a, b, c) == (503, 503, 200))
    control({"faults": [{"kind": "slow", "seconds": 1.5, "count": 1}]})
    try:
        get_logs("*", timeout=0.5)
        check("fault slow -> client timeout", False)
    except (socket.timeout, TimeoutError):
        check("fault slow -> client timeout", True)
    check("after slow: normal", get_logs("*")[0] == 200)
    control({"faults": [{"kind": "truncated", "count": 1}]})
    try:
        get_logs("*")
        check("fault truncated -> IncompleteRead", False)
    except http.client.IncompleteRead:
        check("fault truncated -> IncompleteRead", True)
    control({"faults": [{"kind": "badjson", "count": 1}]})
    st, _, data = get_logs("*")
    try:
        json.loads(data)
        check("fault badjson", False)
    except ValueError:
        check("fault badjson", st == 200)
    control({"faults": [{"kind": "badsignature", "count": 1}]})
    check("fault badsignature -> 401", get_logs("*")[0] == 401)
    control({"faults": [{"kind": "incomplete", "count": 2}]})
    outs = [get_logs("*")[1:] for _ in range(3)]
    check("fault incomplete x2 then Complete", [r.getheader("x-log-progress") for r, _ in outs] == ["Incomplete", "Incomplete", "Complete"]
          and outs[0][1] == b"[]")
    control({"faults": [{"kind": "error", "code": 400, "errorCode": "X", "errorMessage": "Y", "count": 1}]})
    st, _, data = get_logs("*")
    check("fault error", st == 400 and json.loads(data) == {"errorCode": "X", "errorMessage": "Y"}, data)
    c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    c.request("GET", "/__stats")
    stats = json.loads(c.getresponse().read())
    check("stats count API requests since reset", stats["requests"] == 12 and len(stats["lastQueries"]) == 12, stats)
    srv.shutdown()
    print("smoke: %s (%d failures)" % ("PASSED" if not failures else "FAILED", len(failures)))
    return 1 if failures else 0


if __name__ == "__main__":
    main()
