"""The Content Security Policy on every page: crawled as a visitor, a creator and an admin.

Each HTML response must carry the header, its ``script-src`` must not allow inline scripts,
and the page must not need them: no ``<script>`` without ``src`` (JSON data blocks aside, which
never run), no ``on*=`` handler attributes, no ``javascript:`` links. The crawl starts from
every page address the URL resolver serves (so a new page is crawled without being listed)
and from the admin and API docs, and follows every same-site link from there.
"""

from collections import Counter, deque
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from django.test import Client
from django.urls import Resolver404, resolve

from tests.security.addresses import PAGES

# Non-executable script types: data for scripts, read with JSON.parse or similar.
DATA_SCRIPT_TYPES = {"application/json", "application/ld+json", "importmap"}
# Not pages: files, and JSON APIs (but their docs pages are). Log-out takes only a POST, so
# following its address is harmless.
SKIPPED_PREFIXES = ("/media/", "/static/", "/api/")
DOCS_PAGES = ["/api/v1/docs/", "/api/v1/remix/docs"]
# Pages whose content depends on a query (the crawl follows their tabs and links from there).
QUERY_PAGES = ["/search?q=sunset"]
MAX_PAGES_PER_ROLE = 600
PER_PATTERN = 3


class _ScriptAudit(HTMLParser):
    """Links to follow, and whatever on the page would need ``'unsafe-inline'``."""

    def __init__(self, nonces: frozenset[str] = frozenset()) -> None:
        super().__init__(convert_charrefs=True)
        self.nonces = nonces  # an inline script carrying one of these is allowed by the header
        self.links: list[str] = []
        self.problems: list[str] = []
        self._inline_script: str | None = None
        self._script_body: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        for name, value in values.items():
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...> (inline event handler)")
            if name in {"href", "src", "action", "formaction"} and value.strip().lower().startswith(
                "javascript:"
            ):
                self.problems.append(f"<{tag} {name}={value!r}>")
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag == "script" and not values.get("src"):
            kind = values.get("type", "").strip().lower()
            if kind not in DATA_SCRIPT_TYPES and values.get("nonce") not in self.nonces:
                self._inline_script = f"<script type={kind!r}>"
                self._script_body = []

    def handle_data(self, data: str) -> None:
        if self._inline_script is not None:
            self._script_body.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._inline_script is not None:
            body = "".join(self._script_body).strip()
            if body:
                self.problems.append(f"{self._inline_script} inline: {body[:80]!r}")
            self._inline_script = None


def _directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        if part.strip():
            name, *sources = part.split()
            directives[name.lower()] = sources
    return directives


@dataclass
class Crawl:
    pages: dict[str, int] = field(default_factory=dict)  # path -> status
    # URL name (or route) -> (status, whether HTML) of each of its pages fetched
    answers: dict[str, set[tuple[int, bool]]] = field(default_factory=dict)
    problems: dict[str, list[str]] = field(default_factory=dict)


def _page_key(path: str) -> str | None:
    try:
        match = resolve(urlsplit(path).path)
    except Resolver404:
        return None
    return match.view_name or match.route


def _crawl(client: Client, seeds: list[str]) -> Crawl:
    """Breadth first from the seeds; at most a few pages per URL pattern, so that the crawl
    grows with the site's addresses, not with its data."""
    crawl = Crawl()
    queue = deque(seeds)
    seen = set(seeds)
    per_pattern: Counter[str | None] = Counter(_page_key(seed) for seed in seeds)
    while queue:
        path = queue.popleft()
        assert len(crawl.pages) < MAX_PAGES_PER_ROLE, "the crawl is running away; bound it"
        response = client.get(path)
        crawl.pages[path] = response.status_code
        html = response["Content-Type"].startswith("text/html")
        crawl.answers.setdefault(_page_key(path) or path, set()).add((response.status_code, html))
        links = [response["Location"]] if response.status_code in {301, 302} else []
        if html:
            audit = _ScriptAudit(_nonces(response))
            audit.feed(response.content.decode())
            problems = audit.problems + _header_problems(response)
            if problems:
                crawl.problems[path] = problems
            links += audit.links
        for link in links:
            target = _same_site(path, link)
            if target and target not in seen and per_pattern[_page_key(target)] < PER_PATTERN:
                seen.add(target)
                per_pattern[_page_key(target)] += 1
                queue.append(target)
    return crawl


def _nonces(response) -> frozenset[str]:
    sources = _directives(response.get("Content-Security-Policy", "")).get("script-src", [])
    return frozenset(
        source[len("'nonce-") : -1] for source in sources if source.startswith("'nonce-")
    )


def _header_problems(response) -> list[str]:
    header = response.get("Content-Security-Policy")
    if not header:
        return ["no Content-Security-Policy header"]
    directives = _directives(header)
    scripts = directives.get("script-src", directives.get("default-src"))
    if scripts is None:
        return ["no script-src nor default-src"]
    return [f"script-src allows {source}" for source in scripts if source in {"'unsafe-inline'"}]


def _same_site(base: str, link: str) -> str | None:
    url = urlsplit(urljoin(base, urldefrag(link).url))
    if url.scheme not in {"", "http"} or url.netloc not in {"", "testserver"}:
        return None
    if url.path.startswith(SKIPPED_PREFIXES) and url.path not in DOCS_PAGES:
        return None
    # Admin's list filters and sort orders are one page each, many times over.
    query = "" if url.path.startswith("/admin/") else url.query
    return url.path + (f"?{query}" if query else "")


@pytest.fixture
def seeds(sample_path):
    """Every page address the resolver serves, with real objects, and the documentation."""
    pages = [sample_path(address) for address in PAGES]
    return ["/", *(path for path in pages if _same_site("/", path)), *DOCS_PAGES, *QUERY_PAGES]


@pytest.fixture
def superuser(user_factory):
    return user_factory(username="root", is_staff=True, is_superuser=True)


@pytest.mark.parametrize("role", ["anonymous", "creator", "requester"])
def test_every_page_has_a_script_policy_without_unsafe_inline_and_needs_none(
    role, client_as, seeds
):
    crawl = _crawl(client_as(role), seeds)

    assert crawl.problems == {}
    assert 500 not in crawl.pages.values()


def test_every_admin_page_has_the_policy_and_needs_no_inline_script(superuser, seeds):
    client = Client()
    client.force_login(superuser)

    crawl = _crawl(client, ["/admin/", *seeds])

    assert crawl.problems == {}
    assert 500 not in crawl.pages.values()
    admin_pages = {path for path in crawl.pages if path.startswith("/admin/")}
    assert len(admin_pages) > 50, "the crawl reached admin's model pages"


def test_the_crawl_audits_every_page_the_resolver_serves(client_as, seeds, sample_path):
    """A check on the crawl and its data: each page address rendered a page for someone, or
    is POST only (405), or is not a page at all (a file, the health check)."""
    answers: dict[str, set[tuple[int, bool]]] = {}
    for role in ("anonymous", "creator", "requester"):
        for key, seen in _crawl(client_as(role), seeds).answers.items():
            answers.setdefault(key, set()).update(seen)

    def accounted(key: str) -> bool:
        seen = answers.get(key, set())
        return (200, True) in seen or any(status == 405 or not html for status, html in seen)

    files = {address.key for address in PAGES if not _same_site("/", sample_path(address))}
    assert files == {"media"}
    assert [a.key for a in PAGES if a.key not in files and not accounted(a.key)] == []
    assert (200, True) in answers["remix:credentials"]  # the world has a published remix


def test_error_pages_carry_the_policy_too(client_as):
    client = client_as("creator", enforce_csrf_checks=True)

    for response in (client.get("/no-such-page"), client.post("/settings/profile")):
        assert response.status_code in {403, 404}
        assert _header_problems(response) == []
        audit = _ScriptAudit()
        audit.feed(response.content.decode())
        assert audit.problems == []


def test_the_audit_finds_what_would_need_unsafe_inline():
    page = (
        '<script>alert(1)</script><a href="/x" onclick="go()">x</a><a href="javascript:go()">y'
        '</a><script type="module" src="/static/js/app.js"></script>'
        '<script type="application/json">{"data": 1}</script>'
    )
    audit = _ScriptAudit()
    audit.feed(page)

    assert len(audit.problems) == 3
    with_nonce = _ScriptAudit(_nonces({"Content-Security-Policy": "script-src 'nonce-abc'"}))
    with_nonce.feed('<script nonce="abc">ok()</script><script nonce="xyz">no()</script>')
    assert with_nonce.problems == ["<script type=''> inline: 'no()'"]
    assert audit.links == ["/x", "javascript:go()"]
    assert _header_problems({"Content-Security-Policy": "script-src 'self' 'unsafe-inline'"})
    assert _header_problems({"Content-Security-Policy": "default-src 'unsafe-inline'"})
    assert _header_problems({}) == ["no Content-Security-Policy header"]
