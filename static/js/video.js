// The video page: like in place, comment and reply through the API, and live comments.
import { api, busy } from "./api.js";
import { toast } from "./toast.js";

const page = document.querySelector("[data-video-page]");
const videoId = page?.dataset.videoId;
const me = document.body.dataset.user || null;

// --- Processing: wait for the video to be ready, then reload.
if (page && page.dataset.status === "processing") {
  const poll = setInterval(async () => {
    try {
      const video = await api("GET", `videos/${videoId}/`);
      if (video.status !== "processing") {
        clearInterval(poll);
        location.reload();
      }
    } catch { /* keep waiting */ }
  }, 2000);
}

// --- Likes
const likeForm = document.querySelector("[data-like-form]");
likeForm?.addEventListener("submit", async (event) => {
  const intent = likeForm.querySelector("input[name=intent]");
  if (!intent) return;
  event.preventDefault();
  const button = likeForm.querySelector("button");
  const like = intent.value === "like";
  const done = busy(button);
  try {
    const state = await api(like ? "POST" : "DELETE", `videos/${videoId}/like/`);
    intent.value = state.liked ? "unlike" : "like";
    button.setAttribute("aria-pressed", String(state.liked));
    button.classList.toggle("button-liked", state.liked);
    button.classList.toggle("button-secondary", !state.liked);
    button.querySelector("[data-like-label]").textContent = state.liked ? "Liked" : "Like";
    button.querySelector("[data-likes-count]").textContent = state.likes_count;
  } catch (error) {
    toast(error.message, "error");
  } finally {
    done();
  }
});

// --- Comments
const panel = document.querySelector("[data-comments]");
const list = panel?.querySelector("[data-comment-list]");
const form = panel?.querySelector("[data-comment-form]");
const template = document.getElementById("comment-template");
const videoOwner = page?.dataset.owner;

function setCount(delta) {
  const count = panel.querySelector("[data-comments-count]");
  const value = Math.max(0, Number(count.textContent) + delta);
  count.textContent = value;
  count.nextSibling.textContent = value === 1 ? " comment" : " comments";
}

function renderComment(comment) {
  const node = template.content.firstElementChild.cloneNode(true);
  node.id = `comment-${comment.id}`;
  node.dataset.commentId = comment.id;
  const author = node.querySelector(".comment-author");
  author.href = `/@${comment.author.handle}`;
  author.textContent = `@${comment.author.handle}`;
  node.querySelector("time").dateTime = comment.created_at;
  const body = node.querySelector(".comment-body");
  if (comment.body) body.textContent = comment.body; else body.remove();
  if (comment.image_url) {
    const figure = node.querySelector(".comment-image");
    figure.hidden = false;
    const img = figure.querySelector("img");
    if (comment.clip_url) {
      // Tap to play, never on its own: a changed voice is heard only when asked for.
      const clip = document.createElement("video");
      clip.className = "comment-clip";
      clip.src = comment.clip_url;
      clip.poster = comment.image_url;
      clip.controls = true;
      clip.playsInline = true;
      clip.preload = "none";
      clip.setAttribute("aria-label", `${comment.image_label} by @${comment.author.handle}`);
      img.replaceWith(clip);
    } else {
      img.src = comment.image_url;
      img.alt = `${comment.image_label} by @${comment.author.handle}`;
    }
    figure.querySelector(".badge-ai").textContent = comment.image_label;
    if (comment.credentials_url) {
      const badge = document.createElement("a");
      badge.className = "badge badge-cr";
      badge.href = comment.credentials_url;
      badge.title = "Content Credentials: who made this and how";
      badge.setAttribute("aria-label", "Content Credentials");
      badge.textContent = "CR";
      figure.querySelector("figcaption").append(" ", badge);
    }
  }
  const actions = node.querySelector(".comment-actions");
  if (me && comment.remix_url) {
    const remix = document.createElement("a");
    remix.className = "link-button";
    remix.href = comment.remix_url;
    remix.dataset.remixRemix = "";
    remix.textContent = "Remix this remix";
    actions.append(remix);
  }
  if (me && !comment.parent && form) {
    actions.append(actionButton("Reply", { replyTo: comment.id, replyHandle: comment.author.handle }));
  }
  if (me && (me === comment.author.handle || me === videoOwner)) {
    actions.append(actionButton("Delete", { deleteComment: comment.id }, "danger"));
  } else if (me) {
    actions.append(actionButton("Report", { reportComment: comment.id }, "muted"));
  }
  if (comment.parent) node.querySelector(".replies").remove();
  else node.querySelector(".replies").dataset.repliesOf = comment.id;
  return node;
}

function actionButton(label, data, extraClass = "") {
  const button = document.createElement("button");
  button.type = "button";
  button.className = `link-button ${extraClass}`.trim();
  button.textContent = label;
  Object.assign(button.dataset, data);
  return button;
}

// AI remixes the viewer's filter hides arrive without their image or text (remix_hidden):
// consecutive ones are one line, "N AI remixes hidden · show", in their place.
const hiddenTemplate = document.getElementById("hidden-remixes-template");
// "show" reveals them for this page view: the page again with ?remixes=all.
const remixesAsked = ["all", "following", "hidden"].find(
  (choice) => choice === new URLSearchParams(location.search).get("remixes"),
) || "";

function hiddenText(count) {
  return count === 1 ? "1 AI remix hidden" : `${count} AI remixes hidden`;
}

function placeHidden(container, comment, where) {
  // Joins the neighbouring line when there is one without replies, else starts a new one.
  const neighbour = where === "prepend" ? container.firstElementChild : container.lastElementChild;
  if (neighbour?.matches("[data-hidden-remixes]") && !neighbour.querySelector(".replies")) {
    const count = Number(neighbour.dataset.hiddenRemixes) + 1;
    neighbour.dataset.hiddenRemixes = count;
    neighbour.dataset.hiddenIds += `,${comment.id}`;
    neighbour.querySelector("[data-hidden-remixes-text]").textContent = hiddenText(count);
    return neighbour;
  }
  const node = hiddenTemplate.content.firstElementChild.cloneNode(true);
  node.dataset.hiddenIds = String(comment.id);
  node.querySelector("[data-hidden-remixes-text]").textContent = hiddenText(1);
  node.querySelector("[data-show-remixes]").href = `?remixes=all#comments`;
  container[where](node);
  return node;
}

function hiddenLineOf(commentId) {
  return [...list.querySelectorAll("[data-hidden-ids]")].find((line) =>
    line.dataset.hiddenIds.split(",").includes(String(commentId)));
}

// Older threads, a page at a time, below the ones shown.
async function showOlder(button) {
  const done = busy(button);
  try {
    const asked = remixesAsked ? `&remixes=${encodeURIComponent(remixesAsked)}` : "";
    const page = await api("GET", `videos/${videoId}/comments/?before=${button.dataset.moreComments}${asked}`);
    for (const thread of page.results) {
      if (document.getElementById(`comment-${thread.id}`) || hiddenLineOf(thread.id)) continue;
      let replies;
      if (thread.remix_hidden) {
        const line = placeHidden(list, thread, "append");
        if (thread.replies.length) {
          replies = document.createElement("ul");
          replies.className = "replies";
          replies.dataset.repliesOf = thread.id;
          line.append(replies);
        }
      } else {
        const node = renderComment(thread);
        list.append(node);
        replies = node.querySelector(".replies");
      }
      for (const reply of thread.replies) {
        if (reply.remix_hidden) placeHidden(replies, reply, "append");
        else replies.append(renderComment(reply));
      }
    }
    if (page.next_before) button.dataset.moreComments = page.next_before;
    else button.remove();
  } catch (error) {
    toast(error.message, "error");
  } finally {
    done();
  }
}

function addComment(comment) {
  if (!list || document.getElementById(`comment-${comment.id}`) || hiddenLineOf(comment.id)) return; // already shown
  const container = comment.parent ? list.querySelector(`[data-replies-of="${comment.parent}"]`) : list;
  if (!container) return;
  if (comment.remix_hidden) {
    placeHidden(container, comment, comment.parent ? "append" : "prepend");
  } else if (comment.parent) {
    container.append(renderComment(comment));
  } else {
    container.prepend(renderComment(comment));
  }
  panel.querySelector("[data-no-comments]")?.remove();
  setCount(1);
}

function removeComment(commentId) {
  const node = document.getElementById(`comment-${commentId}`);
  if (!node) {
    // A hidden remix taken down: one fewer on its line (the line goes with the last one).
    const line = hiddenLineOf(commentId);
    if (!line) return;
    const ids = line.dataset.hiddenIds.split(",").filter((id) => id !== String(commentId));
    const removed = 1 + line.querySelectorAll(".replies .comment").length;
    if (ids.length && !line.querySelector(".replies")) {
      line.dataset.hiddenIds = ids.join(",");
      line.dataset.hiddenRemixes = ids.length;
      line.querySelector("[data-hidden-remixes-text]").textContent = hiddenText(ids.length);
      setCount(-1);
    } else {
      line.remove();
      setCount(-removed);
    }
    return;
  }
  const removed = 1 + node.querySelectorAll(".replies .comment").length;
  node.remove();
  setCount(-removed);
}

// The quick switch "AI remixes in comments" saves as soon as it changes.
panel?.querySelector("[data-remix-filter] select")?.addEventListener("change", (event) => {
  event.target.form.requestSubmit();
});

function replyTo(commentId, handle) {
  form.querySelector("input[name=parent]").value = commentId || "";
  const replying = form.querySelector(".replying");
  replying.hidden = !commentId;
  replying.querySelector("[data-replying-handle]").textContent = handle ? `@${handle}` : "";
  if (commentId) form.querySelector("textarea").focus();
}

form?.addEventListener("submit", async (event) => {
  event.preventDefault();
  const textarea = form.querySelector("textarea");
  const error = form.querySelector("[data-comment-error]");
  const button = form.querySelector("button[type=submit]");
  const parentInput = form.querySelector("input[name=parent]");
  const parent = parentInput.value;
  const body = textarea.value;
  const done = busy(button);
  error.hidden = true;
  try {
    const comment = await api("POST", `videos/${videoId}/comments/`, {
      body,
      parent: parent ? Number(parent) : null,
    });
    if (comment.notice) toast(comment.notice);
    else addComment(comment);
    // What the person typed or chose while the comment was on its way is theirs to keep: clear
    // the box and the reply only if they are still the ones just posted.
    if (textarea.value === body) textarea.value = "";
    if (parentInput.value === parent) replyTo(null, null);
  } catch (failure) {
    error.textContent = failure.message;
    error.hidden = false;
  } finally {
    done();
  }
});

panel?.addEventListener("click", async (event) => {
  const target = event.target.closest("button");
  if (!target) return;
  if (target.dataset.moreComments) {
    showOlder(target);
  } else if (target.dataset.replyTo) {
    replyTo(target.dataset.replyTo, target.dataset.replyHandle);
  } else if (target.dataset.cancelReply !== undefined) {
    // Focus goes back to the Reply button the reply started from (this one is about to hide).
    const parent = form.querySelector("input[name=parent]").value;
    replyTo(null, null);
    list.querySelector(`[data-reply-to="${parent}"]`)?.focus();
  } else if (target.dataset.deleteComment) {
    if (!confirm("Delete this comment?")) return;
    try {
      await api("DELETE", `comments/${target.dataset.deleteComment}/`);
      removeComment(target.dataset.deleteComment);
    } catch (error) { toast(error.message, "error"); }
  } else if (target.dataset.reportComment) {
    // The report form: a guideline category, an optional note, then a confirmation.
    location.assign(`/comments/${target.dataset.reportComment}/report`);
  }
});

// Delete buttons rendered by the server post a form; with JavaScript they go through the API.
panel?.addEventListener("submit", async (event) => {
  const deleteForm = event.target.closest("[data-delete-comment]");
  if (!deleteForm) return;
  event.preventDefault();
  if (!confirm("Delete this comment?")) return;
  const commentId = deleteForm.closest("[data-comment-id]").dataset.commentId;
  try {
    await api("DELETE", `comments/${commentId}/`);
    removeComment(commentId);
  } catch (error) { toast(error.message, "error"); }
});

// --- Live: comments from everyone else arrive over the video's socket.
function listen(delay = 1000) {
  const scheme = location.protocol === "https:" ? "wss" : "ws";
  const asked = remixesAsked ? `?remixes=${encodeURIComponent(remixesAsked)}` : "";
  const socket = new WebSocket(`${scheme}://${location.host}/ws/videos/${videoId}/${asked}`);
  // data-live says whether new comments arrive by themselves (tests wait for "open").
  socket.addEventListener("open", () => { delay = 1000; panel.dataset.live = "open"; });
  socket.addEventListener("message", (message) => {
    const event = JSON.parse(message.data);
    if (event.type === "comment.created") addComment(event.comment);
    if (event.type === "comment.removed") removeComment(event.comment_id);
  });
  socket.addEventListener("close", (close) => {
    panel.dataset.live = "closed";
    if (close.code === 4403 || close.code === 4400) return; // not allowed, or a bad ?remixes=
    setTimeout(() => listen(Math.min(delay * 2, 30000)), delay);
  });
}
if (panel && videoId) listen();
