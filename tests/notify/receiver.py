#!/usr/bin/env python3
"""Test double of a DingTalk custom robot and of a generic webhook, for tst_notify.

    python3 receiver.py --log FILE [--access-token T] [--secret S] [--token T] [--fail N]
        [--ratelimit N] [--status CODE] [--delay SECONDS] [--exit-on-stdin-eof]

Standard library only. Prints "PORT <n>" on stdout's first line once it listens on 127.0.0.1.
  POST /robot/send  as DingTalk: access_token, then (with --secret) timestamp and sign checked as
                    DingTalk documents; the markdown body; answers {"errcode":0,"errmsg":"ok"}.
  POST /hook        a webhook: the bearer token (with --token), a JSON body; answers 200.
Faults: --fail N answers the first N requests with HTTP 500; --ratelimit N the first N robot
requests with errcode 130101; --status CODE every request with that status; --delay sleeps
before answering. Every request is appended to the --log file as one JSON line before the
answer goes out, so a client that has its answer can read what arrived.
"""

import argparse, base64, hashlib, hmac, json, os, signal, sys, threading, time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, quote_plus, unquote_plus, urlsplit

LOGGED_HEADERS = ("content-type", "authorization", "content-length", "user-agent")


def dingtalk_sign(timestamp, secret):
    """The `sign` query value exactly as DingTalk's Python sample computes it."""
    string_to_sign = "{}\n{}".format(timestamp, secret)
    digest = hmac.new(secret.encode("utf-8"), string_to_sign.encode("utf-8"), digestmod=hashlib.sha256).digest()
    return quote_plus(base64.b64encode(digest))


class Receiver(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False  # a --delay answer still sleeping must not hold up the exit

    def __init__(self, args):
        super().__init__(("127.0.0.1", 0), Handler)
        self.args = args
        self.lock = threading.Lock()
        self.requests = 0
        self.robot_requests = 0


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, fmt, *a):  # quiet: the log file says what arrived
        pass

    def do_GET(self):
        self.handle_request()

    def do_POST(self):
        self.handle_request()

    def answer(self, status, obj):
        data = json.dumps(obj).encode("utf-8")
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (its timeout)

    def handle_request(self):
        srv = self.server
        args = srv.args
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length) if length > 0 else b""
        parts = urlsplit(self.path)
        # keep_blank_values: an empty sign is still a sign that was sent
        query = dict(parse_qsl(parts.query, keep_blank_values=True))
        try:
            body = json.loads(raw.decode("utf-8")) if raw else None
        except (UnicodeDecodeError, ValueError):
            body = None
        with srv.lock:
            srv.requests += 1
            number = srv.requests
            if parts.path == "/robot/send":
                srv.robot_requests += 1
            robot_number = srv.robot_requests
            entry = {
                "n": number,
                "method": self.command,
                "path": parts.path,
                "rawQuery": parts.query,
                "query": query,
                "headers": {h: self.headers.get(h) for h in LOGGED_HEADERS if self.headers.get(h) is not None},
                "body": body,
                "rawBody": raw.decode("utf-8", "replace") if body is None else None,
            }
            with open(args.log, "a", encoding="utf-8") as f:
                f.write(json.dumps(entry, ensure_ascii=False) + "\n")
                f.flush()

        if args.delay > 0:
            time.sleep(args.delay)
        if args.status:
            return self.answer(args.status, {"error": "status %d as asked" % args.status})
        if number <= args.fail:
            return self.answer(500, {"error": "injected failure %d of %d" % (number, args.fail)})
        if self.command != "POST":
            return self.answer(405, {"error": "POST only"})
        if parts.path == "/robot/send":
            return self.robot(query, body, robot_number)
        if parts.path == "/hook":
            return self.hook(body)
        return self.answer(404, {"error": "no such path"})

    def robot(self, query, body, robot_number):
        args = self.server.args
        # DingTalk answers its errors with HTTP 200 and an errcode.
        if query.get("access_token") != args.access_token:
            return self.answer(200, {"errcode": 300001, "errmsg": "token is not exist"})
        if args.secret is not None:
            ts, sign = query.get("timestamp"), query.get("sign")
            if not ts or sign is None:
                return self.answer(200, {"errcode": 310000, "errmsg": "sign not match, missing timestamp or sign"})
            try:
                skew = abs(time.time() * 1000 - int(ts))
            except ValueError:
                return self.answer(200, {"errcode": 310000, "errmsg": "sign not match, bad timestamp"})
            if skew > 3600 * 1000:
                return self.answer(200, {"errcode": 310000, "errmsg": "sign not match, timestamp is out of range"})
            # parse_qsl decoded the value: a '+' the client left unescaped arrives as a space and fails
            # here, as it does at DingTalk.
            if sign != unquote_plus(dingtalk_sign(ts, args.secret)):
                return self.answer(200, {"errcode": 310000, "errmsg": "sign not match"})
        ctype = (self.headers.get("Content-Type") or "").lower()
        if not ctype.startswith("application/json"):
            return self.answer(200, {"errcode": 43004, "errmsg": "invalid content-type"})
        md = body.get("markdown") if isinstance(body, dict) else None
        if (not isinstance(body, dict) or body.get("msgtype") != "markdown" or not isinstance(md, dict)
                or not isinstance(md.get("title"), str) or not md.get("title")
                or not isinstance(md.get("text"), str) or not md.get("text")):
            return self.answer(200, {"errcode": 40035, "errmsg": "missing parameter: markdown title and text"})
        if robot_number <= args.ratelimit:
            return self.answer(200, {"errcode": 130101, "errmsg": "send too fast, exceed 20 times per minute"})
        return self.answer(200, {"errcode": 0, "errmsg": "ok"})

    def hook(self, body):
        args = self.server.args
        if args.token is not None and self.headers.get("Authorization") != "Bearer " + args.token:
            return self.answer(401, {"error": "bad or missing bearer token"})
        if not isinstance(body, dict):
            return self.answer(400, {"error": "the body is not a JSON object"})
        return self.answer(200, {"ok": True})


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--log", required=True, help="append every request here, one JSON line each")
    ap.add_argument("--access-token", default="test-access-token")
    ap.add_argument("--secret", help="the robot's signing secret (SEC...); without it no signature is checked")
    ap.add_argument("--token", help="the webhook's bearer token; without it none is checked")
    ap.add_argument("--fail", type=int, default=0, help="answer the first N requests with HTTP 500")
    ap.add_argument("--ratelimit", type=int, default=0, help="answer the first N robot requests with errcode 130101")
    ap.add_argument("--status", type=int, default=0, help="answer every request with this HTTP status")
    ap.add_argument("--delay", type=float, default=0.0, help="seconds to sleep before answering")
    ap.add_argument("--exit-on-stdin-eof", action="store_true", help="stop when stdin reaches EOF")
    args = ap.parse_args()

    srv = Receiver(args)
    print("PORT %d" % srv.server_address[1], flush=True)

    def stop(*_):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, stop)
    if args.exit_on_stdin_eof:
        # A test runner that dies without stopping us closes our stdin.
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


if __name__ == "__main__":
    main()
