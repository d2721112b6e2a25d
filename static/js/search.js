// Search as you type in the header: a combobox (WAI-ARIA 1.2 pattern) whose listbox offers
// people and hashtags from the search API, then "Search for …". Arrow keys move through the
// options (aria-activedescendant keeps focus in the field), Enter opens one, Escape closes the
// list. Recent searches live in this browser only (localStorage), never on the server.
const RECENT_KEY = "clipmix:recent-searches";
const RECENT_MAX = 8;
const DEBOUNCE_MS = 200;
const PER_KIND = 5;

function recentSearches() {
  try {
    const stored = JSON.parse(localStorage.getItem(RECENT_KEY) || "[]");
    return Array.isArray(stored) ? stored.filter((item) => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function rememberSearch(text) {
  const query = text.trim();
  if (!query) return;
  const recent = [query, ...recentSearches().filter((item) => item !== query)];
  try {
    localStorage.setItem(RECENT_KEY, JSON.stringify(recent.slice(0, RECENT_MAX)));
  } catch {
    // Storage full or disabled: searching works without remembering.
  }
}

function searchUrl(text) {
  return `/search?${new URLSearchParams({ q: text })}`;
}

function setUp(form) {
  const input = form.querySelector("[role=combobox]");
  const listbox = document.getElementById(input.getAttribute("aria-controls"));
  const status = form.querySelector("[data-search-status]");
  let options = [];
  let active = -1;
  let timer = null;
  let controller = null;

  function close() {
    listbox.hidden = true;
    input.setAttribute("aria-expanded", "false");
    input.removeAttribute("aria-activedescendant");
    active = -1;
  }

  function activate(index) {
    options.forEach((option, i) => option.element.setAttribute("aria-selected", String(i === index)));
    active = index;
    if (index < 0) {
      input.removeAttribute("aria-activedescendant");
      return;
    }
    input.setAttribute("aria-activedescendant", options[index].element.id);
    options[index].element.scrollIntoView({ block: "nearest" });
  }

  function open(items, heading) {
    listbox.replaceChildren();
    options = items.map((item, index) => {
      const element = document.createElement("li");
      element.id = `${listbox.id}-${index}`;
      element.setAttribute("role", "option");
      element.setAttribute("aria-selected", "false");
      element.className = "site-search-option";
      element.textContent = item.label;
      if (item.detail) {
        const detail = document.createElement("span");
        detail.className = "muted";
        detail.textContent = ` ${item.detail}`;
        element.append(detail);
      }
      element.addEventListener("mousedown", (event) => event.preventDefault()); // keep focus
      element.addEventListener("click", () => go(item));
      listbox.append(element);
      return { ...item, element };
    });
    if (!options.length) {
      close();
      status.textContent = "";
      return;
    }
    listbox.setAttribute("aria-label", heading);
    listbox.hidden = false;
    input.setAttribute("aria-expanded", "true");
    active = -1;
    status.textContent = `${options.length} suggestion${options.length === 1 ? "" : "s"}.`;
  }

  function go(item) {
    rememberSearch(item.remember ?? input.value);
    window.location.assign(item.href);
  }

  function showRecent() {
    const recent = recentSearches().map((text) => ({ label: text, href: searchUrl(text), remember: text }));
    open(recent, "Recent searches");
  }

  async function suggest(text) {
    controller?.abort();
    controller = new AbortController();
    const { signal } = controller;
    const ask = async (type) => {
      const url = `/api/v1/search/?${new URLSearchParams({ q: text, type })}`;
      try {
        const response = await fetch(url, { signal, headers: { Accept: "application/json" } });
        // Refused (stop words, rate limit): no suggestions, the plain search option stays.
        return response.ok ? (await response.json()).results.slice(0, PER_KIND) : [];
      } catch {
        return [];
      }
    };
    const [people, hashtags] = await Promise.all([ask("people"), ask("hashtags")]);
    if (signal.aborted || input.value.trim() !== text) return;
    open(
      [
        ...people.map((person) => ({
          label: `@${person.handle}`,
          detail: person.display_name,
          href: `/@${encodeURIComponent(person.handle)}`,
        })),
        ...hashtags.map((tag) => ({
          label: `#${tag.name}`,
          detail: `${tag.videos_count} video${tag.videos_count === 1 ? "" : "s"}`,
          href: `/tags/${encodeURIComponent(tag.name)}`,
        })),
        { label: `Search for “${text}”`, href: searchUrl(text), remember: text },
      ],
      "Suggestions",
    );
  }

  input.addEventListener("input", () => {
    clearTimeout(timer);
    const text = input.value.trim();
    if (!text) {
      controller?.abort();
      showRecent();
      return;
    }
    timer = setTimeout(() => suggest(text), DEBOUNCE_MS);
  });

  input.addEventListener("focus", () => {
    if (!input.value.trim()) showRecent();
  });

  input.addEventListener("blur", () => close());

  input.addEventListener("keydown", (event) => {
    const expanded = !listbox.hidden && options.length > 0;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!expanded) {
        if (input.value.trim()) suggest(input.value.trim());
        else showRecent();
        return;
      }
      const step = event.key === "ArrowDown" ? 1 : -1;
      const next = active + step;
      activate(next >= options.length ? 0 : next < 0 ? options.length - 1 : next);
    } else if (event.key === "Enter" && expanded && active >= 0) {
      event.preventDefault();
      go(options[active]);
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        close();
      } else {
        input.value = "";
      }
    }
  });

  form.addEventListener("submit", () => rememberSearch(input.value));
}

for (const form of document.querySelectorAll("[data-site-search]")) setUp(form);
