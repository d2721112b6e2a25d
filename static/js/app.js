import { api, busy } from "./api.js";
import { toast } from "./toast.js";

// Follow buttons work as plain forms; with JavaScript they update in place.
function enhanceFollowForms() {
  for (const form of document.querySelectorAll("[data-follow-form]")) {
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      const handle = form.dataset.handle;
      const intent = form.querySelector("input[name=intent]");
      const button = form.querySelector("button");
      const follow = intent.value === "follow";
      const done = busy(button);
      try {
        await api(follow ? "POST" : "DELETE", `accounts/${handle}/follow/`);
        intent.value = follow ? "unfollow" : "follow";
        button.textContent = follow ? "Following" : "Follow";
        button.setAttribute("aria-pressed", String(follow));
        button.classList.toggle("button-secondary", follow);
        const count = document.querySelector("[data-followers-count]");
        if (count) {
          const followers = Number(count.textContent.replace(/\D/g, "")) + (follow ? 1 : -1);
          count.textContent = followers.toLocaleString();
          count.nextSibling.textContent = followers === 1 ? " follower" : " followers";
        }
      } catch (error) {
        toast(error.message, "error");
      } finally {
        done();
      }
    });
  }
}

// The navigation's unread badge and the link's accessible name ("Notifications, 3 unread").
function showUnread(count) {
  for (const badge of document.querySelectorAll("[data-unread-count]")) {
    badge.textContent = String(count);
    badge.hidden = count === 0;
  }
  for (const label of document.querySelectorAll("[data-unread-label]")) {
    label.textContent = count ? `, ${count} unread` : "";
  }
}

// Events for the logged-in user (new followers, notifications), reconnecting with a growing
// delay.
function listenForMyEvents(delay = 1000) {
  if (!document.body.dataset.user) return;
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const socket = new WebSocket(`${scheme}://${location.host}/ws/me/`);
  socket.addEventListener("open", () => { delay = 1000; });
  socket.addEventListener("message", (message) => {
    const event = JSON.parse(message.data);
    // Page scripts (remix.js) follow their own events from here.
    document.dispatchEvent(new CustomEvent("clipmix:me", { detail: event }));
    if (event.type === "follow.created") toast(`@${event.follower} followed you`);
    if (event.type === "notification.created") {
      toast(event.notification.text, "info", event.notification.url);
      showUnread(event.unread);
    }
    if (event.type === "notification.read") showUnread(event.unread);
  });
  socket.addEventListener("close", (close) => {
    if (close.code === 4401) return; // logged out: nothing to listen to
    setTimeout(() => listenForMyEvents(Math.min(delay * 2, 30000)), delay);
  });
}

// Forms that destroy something ask first.
document.addEventListener("submit", (event) => {
  const message = event.target.dataset?.confirm;
  if (message && !confirm(message)) event.preventDefault();
});

// Messages from the server fade like the ones made here.
for (const message of document.querySelectorAll("#toasts .toast")) {
  setTimeout(() => message.remove(), 6000);
}

// A stored image (under /media/) that cannot be loaded (its storage is unreachable, the file
// is gone) becomes a placeholder that says what it was, instead of a broken-image icon.
const isMedia = (image) => new URL(image.src, location.href).pathname.startsWith("/media/");
function placeholderFor(image) {
  const placeholder = document.createElement("span");
  placeholder.className = "media-placeholder";
  placeholder.setAttribute("role", "img");
  placeholder.setAttribute("aria-label", image.alt);
  placeholder.textContent = image.alt;
  image.replaceWith(placeholder);
}
document.addEventListener(
  "error",
  (event) => {
    if (event.target instanceof HTMLImageElement && isMedia(event.target)) {
      placeholderFor(event.target);
    }
  },
  true,
);
for (const image of document.images) {
  if (image.getAttribute("src") && isMedia(image) && image.complete && !image.naturalWidth) {
    placeholderFor(image);
  }
}

enhanceFollowForms();
listenForMyEvents();
