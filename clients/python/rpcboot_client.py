#!/usr/bin/env python3
"""Calls rpcboot services from Python, with the standard library only (urllib, json).

The client reads the server's OpenAPI document ({path}/openapi.json, served with
rpc.server.openapi.enabled=true) to learn which operations exist and which arguments each takes,
then calls them over rpcboot's wire protocol:

    POST {base_url}{path}/{service}/{method}   Content-Type: application/json
    body: the arguments as a JSON array (positional) or a JSON object (by parameter name)
    200: the result as JSON; 204: a void method returned
    4xx/5xx: application/problem+json with "code" (and "exception" for a declared one)

Use it as a module:

    client = RpcbootClient("http://localhost:18080")
    book = client.call("Bookstore", "book", "978-0134685991")          # positional
    hits = client.call("Bookstore", "search", text="java", limit=1)     # named
    try:
        client.call("Bookstore", "order", "978-0321349606", 50)
    except RpcError as error:
        print(error.code, error.status, error.exception, error.detail)

or run it against the demo server (java -jar demo-server/target/demo-server-*-exec.jar):

    python3 clients/python/rpcboot_client.py http://localhost:18080

Documentation: docs/other-languages.md.
"""

import json
import sys
import urllib.error
import urllib.request

__all__ = ["RpcbootClient", "Operation", "RpcError"]

JSON = "application/json"
PROBLEM_JSON = "application/problem+json"


class RpcError(Exception):
    """An error answer: the protocol's code, the HTTP status, the detail and, for an exception
    the method declares, its Java class name."""

    def __init__(self, status, code, detail, exception=None):
        super().__init__(f"{code} ({status}): {detail}")
        self.status = status
        self.code = code
        self.detail = detail
        self.exception = exception


class Operation:
    """One wire method as the OpenAPI document describes it: POST {path}/{service}/{method}, with
    one or more signatures (overloads share a path and differ in arity)."""

    def __init__(self, service, method, path, operation, components):
        self.service = service
        self.method = method
        self.path = path
        self.summary = operation.get("summary", "")
        self.signatures = []  # one list of (name, type) per overload, in declaration order
        body = operation.get("requestBody", {}).get("content", {}).get(JSON, {}).get("schema", {})
        shapes = body.get("oneOf") or body.get("anyOf") or [body]
        for shape in shapes:
            if _types(shape) == ["object"]:
                self.signatures.append([(name, _describe(schema, components))
                                        for name, schema in shape.get("properties", {}).items()])
        if not self.signatures:
            self.signatures.append([])

    def accepts(self, args, kwargs):
        """Whether some signature takes these arguments: by count if positional, by names if named."""
        if kwargs:
            return any(set(kwargs) <= {name for name, _ in signature} for signature in self.signatures)
        return any(len(signature) == len(args) for signature in self.signatures)

    def __str__(self):
        return " | ".join(f"{self.service}.{self.method}("
                          + ", ".join(f"{name}: {kind}" for name, kind in signature) + ")"
                          for signature in self.signatures)


class RpcbootClient:
    """A client for every operation a server's OpenAPI document lists."""

    def __init__(self, base_url, path="/rpc", timeout=10.0):
        """base_url: scheme, host, port and context path of the server; path: its rpc.server.path."""
        self.base_url = base_url.rstrip("/")
        self.path = "/" + path.strip("/")
        self.timeout = timeout
        self.document_url = f"{self.base_url}{self.path}/openapi.json"
        with urllib.request.urlopen(self.document_url, timeout=timeout) as response:
            self.document = json.load(response)
        components = self.document.get("components", {}).get("schemas", {})
        self.operations = {}
        for path, item in self.document.get("paths", {}).items():
            if "post" not in item or not path.startswith(self.path + "/"):
                continue
            service, method = path[len(self.path) + 1:].split("/")
            self.operations[(service, method)] = Operation(service, method, path, item["post"], components)

    def call(self, service, method, *args, **kwargs):
        """Calls service.method with positional or named arguments (not both); returns the decoded
        result, None for a void method; raises RpcError for an error answer."""
        if args and kwargs:
            raise TypeError("pass the arguments either by position or by name, not both")
        operation = self.operations.get((service, method))
        if operation is None:
            raise LookupError(f"{service}.{method} is not in {self.document_url}")
        if not operation.accepts(args, kwargs):
            raise TypeError(f"{operation} does not take {list(args) or kwargs}")
        body = json.dumps(kwargs if kwargs else list(args)).encode("utf-8")
        request = urllib.request.Request(self.base_url + operation.path, data=body, method="POST",
                                         headers={"Content-Type": JSON, "Accept": JSON,
                                                  "Rpc-Timeout-Ms": str(int(self.timeout * 1000))})
        try:
            with urllib.request.urlopen(request, timeout=self.timeout) as response:
                content = response.read()
                return json.loads(content) if response.status != 204 and content else None
        except urllib.error.HTTPError as answer:
            raise _error(answer) from None


def _error(answer):
    content = answer.read()
    if answer.headers.get_content_type() == PROBLEM_JSON:
        problem = json.loads(content)
        return RpcError(answer.code, problem.get("code", "unknown"), problem.get("detail", ""),
                        problem.get("exception"))
    return RpcError(answer.code, "unknown", content.decode("utf-8", "replace")[:200])


def _types(schema):
    kind = schema.get("type", [])
    return [kind] if isinstance(kind, str) else list(kind)


def _describe(schema, components):
    """A schema as a short type name: string, integer, Book, Book[], string|null."""
    if "$ref" in schema:
        return schema["$ref"].rsplit("/", 1)[-1]
    for combined in ("anyOf", "oneOf"):
        if combined in schema:
            return "|".join(_describe(part, components) for part in schema[combined])
    kinds = _types(schema)
    if kinds == ["array"]:
        return _describe(schema.get("items", {}), components) + "[]"
    return "|".join(kinds) or "any"


def _demo(base_url):
    """Calls the demo server's Bookstore every way the protocol allows and prints what came back."""
    client = RpcbootClient(base_url)
    print(f"{client.document_url}: OpenAPI {client.document['openapi']}, {len(client.operations)} operations")
    for key in sorted(client.operations):
        print(f"  {client.operations[key]}")

    book = client.call("Bookstore", "book", "978-0134685991")
    print(f"book positional -> {book['title']} by {book['author']}, {book['price']['cents']} {book['price']['currency']}")
    hits = client.call("Bookstore", "search", text="java", limit=1)
    print(f"search named (text, limit) -> {[hit['title'] for hit in hits]}")
    hits = client.call("Bookstore", "search", "java")
    print(f"search positional (text) -> {[hit['title'] for hit in hits]}")
    print(f"review named -> {client.call('Bookstore', 'review', isbn='978-0134685991', stars=5)}")
    order = client.call("Bookstore", "order", isbn="978-1617294945", quantity=2)
    print(f"order named -> {order['id']}: {order['quantity']} x {order['isbn']}, {order['total']['cents']} cents")
    print(f"stock no arguments -> {sorted(client.call('Bookstore', 'stock').items())}")
    for label, call in (("order too many", lambda: client.call("Bookstore", "order", "978-0321349606", 50)),
                        ("book unknown isbn", lambda: client.call("Bookstore", "book", "0")),
                        ("order wrong type", lambda: client.call("Bookstore", "order", "978-0321349606", "x"))):
        try:
            call()
            print(f"{label} -> no error")
        except RpcError as error:
            print(f"{label} -> {error.code} {error.status} exception={error.exception} detail={error.detail}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(f"usage: {sys.argv[0]} BASE_URL   (e.g. http://localhost:18080)")
    _demo(sys.argv[1])
