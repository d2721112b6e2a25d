"""Every address the URL resolver serves, walked from the root, and concrete paths for them:
the lists the security tests sweep, so that an address added later is swept too."""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern

ADMIN_PREFIX = "admin/"
API_PREFIX = "api/v1/"


@dataclass(frozen=True)
class Address:
    route: str
    name: str | None
    callback: Callable[..., Any]
    pieces: tuple[Any, ...]

    @property
    def key(self) -> str:
        """The URL name where there is one, else the route as written."""
        return self.name or self.route

    @property
    def is_admin(self) -> bool:
        return self.route.startswith(ADMIN_PREFIX)

    @property
    def is_api(self) -> bool:
        return self.route.startswith(API_PREFIX)


def _addresses(
    patterns: list[Any], pieces: tuple[Any, ...] = (), namespace: str = ""
) -> Iterator[Address]:
    for pattern in patterns:
        route_pieces = (*pieces, pattern.pattern)
        if isinstance(pattern, URLResolver):
            inner = ":".join(part for part in (namespace, pattern.namespace or "") if part)
            yield from _addresses(pattern.url_patterns, route_pieces, inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}:{pattern.name}" if namespace and pattern.name else pattern.name
            route = "".join(str(piece) for piece in route_pieces)
            yield Address(route, name, pattern.callback, route_pieces)


def _reachable(addresses: Iterator[Address]) -> list[Address]:
    """The first pattern of each route: Ninja lists a path once per operation, and the
    resolver only ever reaches the first (which serves all its methods)."""
    seen: dict[str, Address] = {}
    for address in addresses:
        seen.setdefault(address.route, address)
    return list(seen.values())


ALL_ADDRESSES = _reachable(_addresses(get_resolver().url_patterns))
PAGES = [a for a in ALL_ADDRESSES if not a.is_admin and not a.is_api]
ADMIN = [a for a in ALL_ADDRESSES if a.is_admin]
API = [a for a in ALL_ADDRESSES if a.is_api]

ROUTE_PARAMETER = re.compile(r"<(?:\w+:)?(\w+)>")


def _regex_fill(regex: str, values: Callable[[str], str]) -> str:
    """A concrete path from a regex pattern: each named group replaced by a sample value."""
    out, index = [], 0
    while (start := regex.find("(?P<", index)) >= 0:
        out.append(regex[index:start])
        name = regex[start + 4 : regex.index(">", start)]
        depth, cursor = 0, start
        while True:
            char = regex[cursor]
            if char == "\\":
                cursor += 2
                continue
            depth += {"(": 1, ")": -1}.get(char, 0)
            cursor += 1
            if depth == 0:
                break
        out.append(values(name))
        index = cursor
    out.append(regex[index:])
    return "".join(out).lstrip("^").rstrip("$")


def address_path(address: Address, values: Callable[[str], str]) -> str:
    parts = []
    for piece in address.pieces:
        text = str(piece)
        if isinstance(piece, RegexPattern):
            parts.append(_regex_fill(text, values))
        else:
            parts.append(ROUTE_PARAMETER.sub(lambda match: values(match.group(1)), text))
    return "/" + "".join(parts)
