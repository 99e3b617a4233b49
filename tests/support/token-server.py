#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
"""Token endpoint for the token-auth test registry (the distribution token specification).

Run with /usr/bin/python3: it needs Debian's python3-jwt and python3-cryptography, which a
python3 earlier on PATH may not see. services.sh starts it; tests talk to it over HTTP:

  GET  /token?service=S&scope=repository:NAME:pull,push[&scope=...]   [Authorization: Basic]
  POST /token   (form: grant_type=password, username, password, service, scope
                [, access_type=offline -> the reply also holds a "refresh_token"])
  POST /token   (form: grant_type=refresh_token, refresh_token, service, scope): the OAuth2
                refresh grant Docker's identity tokens use; 400 invalid_grant for a token
                this server did not issue.
        200 {"token", "access_token", "expires_in", "issued_at"}: an RS256 JWT whose header
            carries the signing certificate (x5c), which the registry's rootcertbundle trusts.
        401 for a wrong user or password (anonymous requests always get a token).
        Grants: anonymous -> pull on repositories under public/; the test user -> pull and
        push on every repository, and registry:catalog:*. What is not granted is left out of
        the token's access list (as the specification says), it is not an error.
  GET  /stats          {"issued": N, "requests": [last requests: account, scopes, granted, status]}
  POST /stats/reset    counters back to zero
  POST /settings       JSON {"expires_in": SECONDS}: the lifetime of the next tokens (tests that
                       watch a refresh shorten it, then set it back); answers the settings.
  GET  /healthz        200 "ok"
"""

import argparse
import base64
import binascii
import datetime
import hmac
import json
import secrets
import sys
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import jwt  # python3-jwt
from cryptography import x509  # python3-cryptography
from cryptography.hazmat.primitives import serialization

KEEP_REQUESTS = 100
MAX_BODY = 64 * 1024
ALLOWED_USER_ACTIONS = {"pull", "push"}


class State:
    def __init__(self, args):
        with open(args.key, "rb") as f:
            self.key = serialization.load_pem_private_key(f.read(), password=None)
        with open(args.cert, "rb") as f:
            cert = x509.load_pem_x509_certificate(f.read())
        self.x5c = [base64.b64encode(cert.public_bytes(serialization.Encoding.DER)).decode()]
        with open(args.user_file, encoding="utf-8") as f:
            self.user = f.read().strip()
        with open(args.password_file, encoding="utf-8") as f:
            self.password = f.read().strip()
        self.issuer = args.issuer
        self.service = args.service
        self.expires_in = args.expires_in
        self.lock = threading.Lock()
        self.issued = 0
        self.requests = []
        self.refresh_tokens = {}  # refresh token -> account

    def record(self, entry, issued):
        with self.lock:
            if issued:
                self.issued += 1
            self.requests.append(entry)
            del self.requests[:-KEEP_REQUESTS]

    def stats(self):
        with self.lock:
            return {"issued": self.issued, "requests": list(self.requests),
                    "expires_in": self.expires_in}


def parse_scope(text):
    """'repository:NAME:pull,push' -> (type, name, [actions]); None when malformed."""
    first = text.find(":")
    last = text.rfind(":")
    if first <= 0 or last == first:
        return None
    kind = text[:first]
    name = text[first + 1:last]
    actions = [a for a in text[last + 1:].split(",") if a]
    if not name:
        return None
    return kind, name, actions


def grant(account, kind, name, actions):
    """The subset of actions this account gets on the resource."""
    # "repository(plugin)" style class suffixes are treated as their base type.
    base = kind.split("(", 1)[0]
    if base == "repository":
        if account is None:
            allowed = {"pull"} if name.startswith("public/") else set()
        else:
            allowed = ALLOWED_USER_ACTIONS
    elif base == "registry" and name == "catalog":
        allowed = {"*"} if account is not None else set()
    else:
        allowed = set()
    return [a for a in actions if a in allowed]


class Handler(BaseHTTPRequestHandler):
    server_version = "wharf-test-token-server/1"
    protocol_version = "HTTP/1.1"

    @property
    def state(self):
        return self.server.state

    def log_message(self, fmt, *args):
        sys.stderr.write("%s token-server: %s\n" % (
            datetime.datetime.now().isoformat(timespec="seconds"), fmt % args))

    def reply(self, status, body, headers=None, content_type="application/json"):
        data = body if isinstance(body, bytes) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.send_header("Cache-Control", "no-store")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)

    def read_body(self):
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if length < 0 or length > MAX_BODY:
            self.reply(413, {"errors": [{"code": "TOO_LARGE", "message": "body too large"}]})
            return None
        return self.rfile.read(length) if length else b""

    def unauthorized(self, message, service, scopes):
        self.state.record({"time": int(time.time()), "account": None, "service": service,
                           "scopes": scopes, "granted": [], "status": 401}, issued=False)
        self.reply(401, {"errors": [{"code": "UNAUTHORIZED", "message": message}]},
                   {"WWW-Authenticate": 'Basic realm="wharf-test-token-server"'})

    def basic_account(self):
        """(ok, account): account None is anonymous; ok False means bad credentials."""
        header = self.headers.get("Authorization")
        if not header:
            return True, None
        scheme, _, value = header.partition(" ")
        if scheme.lower() != "basic":
            return False, None
        try:
            decoded = base64.b64decode(value.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False, None
        user, sep, password = decoded.partition(":")
        return self.check_password(user, password) if sep else (False, None)

    def check_password(self, user, password):
        # Constant-time comparisons: a habit worth keeping even in a test server.
        ok = hmac.compare_digest(user.encode(), self.state.user.encode()) and \
            hmac.compare_digest(password.encode(), self.state.password.encode())
        return (True, user) if ok else (False, None)

    def issue(self, account, service, scopes, offline=False):
        state = self.state
        access = []
        granted = []
        for scope in scopes:
            # One scope parameter may hold several scopes separated by spaces (OAuth2 style).
            for text in scope.split():
                parsed = parse_scope(text)
                if parsed is None:
                    self.reply(400, {"errors": [{"code": "INVALID_SCOPE",
                                                 "message": "malformed scope: " + text[:200]}]})
                    return
                kind, name, actions = parsed
                allowed = grant(account, kind, name, actions)
                if allowed:
                    access.append({"type": kind.split("(", 1)[0], "name": name, "actions": allowed})
                    granted.append("%s:%s:%s" % (kind, name, ",".join(allowed)))
        now = int(time.time())
        with state.lock:
            expires_in = state.expires_in
        claims = {
            "iss": state.issuer,
            "sub": account or "",
            "aud": service or state.service,
            "exp": now + expires_in,
            "nbf": now - 1,
            "iat": now,
            "jti": secrets.token_hex(16),
            "access": access,
        }
        token = jwt.encode(claims, state.key, algorithm="RS256", headers={"x5c": state.x5c})
        if isinstance(token, bytes):
            token = token.decode()
        issued_at = datetime.datetime.fromtimestamp(now, datetime.timezone.utc)
        state.record({"time": now, "account": account, "service": service, "scopes": scopes,
                      "granted": granted, "status": 200}, issued=True)
        body = {"token": token, "access_token": token, "expires_in": expires_in,
                "issued_at": issued_at.strftime("%Y-%m-%dT%H:%M:%SZ")}
        if offline and account is not None:
            refresh = secrets.token_urlsafe(32)
            with state.lock:
                state.refresh_tokens[refresh] = account
            body["refresh_token"] = refresh
        self.reply(200, body)

    def do_GET(self):
        url = urllib.parse.urlsplit(self.path)
        query = urllib.parse.parse_qs(url.query, keep_blank_values=True)
        if url.path == "/healthz":
            self.reply(200, b"ok\n", content_type="text/plain")
        elif url.path == "/stats":
            self.reply(200, self.state.stats())
        elif url.path == "/token":
            scopes = query.get("scope", [])
            service = (query.get("service") or [""])[0]
            ok, account = self.basic_account()
            if not ok:
                self.unauthorized("wrong user name or password", service, scopes)
                return
            self.issue(account, service, scopes)
        else:
            self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such endpoint"}]})

    do_HEAD = do_GET

    def do_POST(self):
        url = urllib.parse.urlsplit(self.path)
        body = self.read_body()
        if body is None:
            return
        if url.path == "/stats/reset":
            with self.state.lock:
                self.state.issued = 0
                self.state.requests = []
            self.reply(200, self.state.stats())
        elif url.path == "/settings":
            try:
                settings = json.loads(body or b"{}")
                expires_in = int(settings.get("expires_in", self.state.expires_in))
                if expires_in < 1 or expires_in > 86400:
                    raise ValueError("expires_in out of range")
            except (ValueError, AttributeError, TypeError) as error:
                self.reply(400, {"errors": [{"code": "BAD_REQUEST", "message": str(error)}]})
                return
            with self.state.lock:
                self.state.expires_in = expires_in
            self.reply(200, {"expires_in": expires_in})
        elif url.path == "/token":
            # The OAuth2 password grant some clients use instead of GET with Basic.
            form = urllib.parse.parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
            scopes = form.get("scope", [])
            grant_type = (form.get("grant_type") or [""])[0]
            service = (form.get("service") or [""])[0]
            if grant_type == "refresh_token":
                with self.state.lock:
                    account = self.state.refresh_tokens.get((form.get("refresh_token") or [""])[0])
                if account is None:
                    self.state.record({"time": int(time.time()), "account": None, "service": service,
                                       "scopes": scopes, "granted": [], "status": 400}, issued=False)
                    self.reply(400, {"error": "invalid_grant"})
                    return
                self.issue(account, service, scopes)
                return
            if grant_type != "password":
                self.reply(400, {"error": "unsupported_grant_type"})
                return
            ok, account = self.check_password((form.get("username") or [""])[0],
                                              (form.get("password") or [""])[0])
            if not ok:
                self.unauthorized("wrong user name or password", service, scopes)
                return
            self.issue(account, service, scopes,
                       offline=(form.get("access_type") or [""])[0] == "offline")
        else:
            self.reply(404, {"errors": [{"code": "NOT_FOUND", "message": "no such endpoint"}]})


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", required=True, help="127.0.0.1:PORT")
    parser.add_argument("--key", required=True, help="PEM RSA private key that signs tokens")
    parser.add_argument("--cert", required=True, help="PEM certificate of that key (sent as x5c)")
    parser.add_argument("--issuer", required=True)
    parser.add_argument("--service", required=True)
    parser.add_argument("--user-file", required=True)
    parser.add_argument("--password-file", required=True)
    parser.add_argument("--expires-in", type=int, default=60, help="token lifetime in seconds")
    args = parser.parse_args()
    host, _, port = args.listen.rpartition(":")
    server = ThreadingHTTPServer((host, int(port)), Handler)
    server.daemon_threads = True
    server.state = State(args)
    sys.stderr.write("token-server: listening on %s\n" % args.listen)
    sys.stderr.flush()
    server.serve_forever()


if __name__ == "__main__":
    main()
