// The feed: more items as you scroll, and videos that play (muted) while on screen.

const playing = new IntersectionObserver((entries) => {
  for (const entry of entries) {
    const video = entry.target;
    if (entry.isIntersecting && entry.intersectionRatio > 0.6) {
      video.play().catch(() => {}); // autoplay may be refused; the poster stays
    } else {
      video.pause();
    }
  }
}, { threshold: [0, 0.6, 1] });

function watchVideos(root) {
  if (matchMedia("(prefers-reduced-motion: reduce)").matches) return;
  for (const video of root.querySelectorAll("video[data-autoplay]")) playing.observe(video);
}

async function loadMore(sentinel, observer) {
  observer.unobserve(sentinel);
  const link = sentinel.querySelector("a");
  link.textContent = "Loading…";
  try {
    const response = await fetch(sentinel.dataset.moreUrl, { credentials: "same-origin" });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    const fragment = document.createRange().createContextualFragment(await response.text());
    const feed = sentinel.parentElement;
    sentinel.remove();
    const added = [...fragment.children];
    feed.append(...added);
    for (const element of added) {
      watchVideos(element);
      if (element.matches("[data-more-url]")) observer.observe(element);
    }
  } catch {
    link.textContent = "Couldn't load more. Try again";
    observer.observe(sentinel);
  }
}

const feed = document.querySelector("[data-feed]");
if (feed) {
  watchVideos(feed);
  const observer = new IntersectionObserver((entries) => {
    for (const entry of entries) if (entry.isIntersecting) loadMore(entry.target, observer);
  }, { rootMargin: "600px" });
  const sentinel = feed.querySelector("[data-more-url]");
  if (sentinel) observer.observe(sentinel);
}
