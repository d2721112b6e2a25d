// The remix composer (frame picker, caption preview, submit through the API) and the live
// status cards of jobs (updates from /ws/me/ via app.js, with polling as the fallback).
import { api, busy } from "./api.js";
import { toast } from "./toast.js";

const FINISHED = new Set(["published", "rejected", "failed", "cancelled", "removed"]);

function jobCard(job) {
  const card = document.createElement("article");
  card.className = "card remix-job";
  card.id = `job-${job.id}`;
  card.dataset.job = job.id;
  card.innerHTML = `
    <p class="muted" data-job-summary></p>
    <p><span class="badge" data-job-status></span> <span data-job-stage></span></p>
    <p class="muted" data-job-queue hidden></p>
    <progress max="100" value="0" data-job-progress aria-label="Progress"></progress>
    <p data-job-reason hidden></p>
    <p data-job-done hidden></p>
    <figure class="comment-image" data-job-image hidden><img alt=""></figure>
    <button type="button" class="button button-secondary button-small" data-job-cancel="${job.id}">Cancel</button>`;
  // What was asked, so that several cards on one page can be told apart (text, not markup).
  const asked = [job.prompt && `“${job.prompt}”`, job.caption && `caption “${job.caption}”`];
  card.querySelector("[data-job-summary]").textContent = asked.filter(Boolean).join(" · ");
  return card;
}

function render(job) {
  const card = document.getElementById(`job-${job.id}`);
  if (!card) return;
  card.dataset.status = job.status;
  card.querySelector("[data-job-status]").textContent = job.status_label;
  const stage = card.querySelector("[data-job-stage]");
  if (stage) stage.textContent = FINISHED.has(job.status) ? "" : job.stage || "";
  const queue = card.querySelector("[data-job-queue]");
  if (queue) {
    queue.hidden = !job.queue_position;
    queue.textContent = job.queue_position ? `Position in the queue: ${job.queue_position}` : "";
  }
  const progress = card.querySelector("[data-job-progress]");
  if (progress) {
    progress.value = job.progress;
    progress.hidden = FINISHED.has(job.status) || job.status === "in_review";
  }
  const reason = card.querySelector("[data-job-reason]");
  if (reason) {
    reason.hidden = !job.reason;
    reason.textContent = job.reason || "";
  }
  const done = card.querySelector("[data-job-done]");
  if (done && job.status === "published" && job.video_id) {
    done.hidden = false;
    const href = `/v/${job.video_id}#comment-${job.comment_id}`;
    // A published job is rendered again by the event, the API and the poll: a link already
    // there stays, or a keyboard user who has tabbed to it would lose their focus.
    if (done.querySelector("a")?.getAttribute("href") !== href) {
      done.innerHTML = "";
      const link = document.createElement("a");
      link.href = href;
      link.textContent = "Published: see it in the comments";
      done.append(link);
    }
  } else if (done && job.status === "in_review") {
    done.hidden = false;
    done.textContent = "Waiting for approval before it appears.";
  }
  const image = card.querySelector("[data-job-image]");
  if (image && job.status === "published" && job.image_url) {
    image.hidden = false;
    const img = image.querySelector("img");
    if (job.clip_url && img) {
      // A voice remix plays when tapped, never on its own.
      const clip = document.createElement("video");
      clip.className = "comment-clip";
      clip.src = job.clip_url;
      clip.poster = job.image_url;
      clip.controls = true;
      clip.playsInline = true;
      clip.preload = "none";
      clip.setAttribute("aria-label", "Your voice remix");
      img.replaceWith(clip);
    } else if (img) {
      img.src = job.image_url;
      img.alt = "Your remix";
    }
  }
  if (FINISHED.has(job.status)) card.querySelector("[data-job-cancel]")?.remove();
}

// Polling, in case the socket is down; stops when the job has finished.
async function follow(jobId) {
  for (let delay = 1000; ; delay = Math.min(delay * 1.5, 5000)) {
    await new Promise((resolve) => setTimeout(resolve, delay));
    try {
      const job = await api("GET", `remix/jobs/${jobId}`);
      render(job);
      if (FINISHED.has(job.status) || job.status === "in_review") return;
    } catch {
      return;
    }
  }
}

document.addEventListener("clipmix:me", async (event) => {
  if (event.detail.type !== "remix.updated") return;
  const job = event.detail.job;
  render(job);
  // The event is brief; the API has the rest of a published job, its image among it.
  if (job.status === "published" && document.getElementById(`job-${job.id}`)) {
    try {
      render(await api("GET", `remix/jobs/${job.id}`));
    } catch {
      // The card already says it is published, with its link.
    }
  }
});

document.addEventListener("click", async (event) => {
  const cancel = event.target.closest("[data-job-cancel]");
  const retry = event.target.closest("[data-job-retry]");
  try {
    if (cancel) render(await api("POST", `remix/jobs/${cancel.dataset.jobCancel}/cancel`));
    if (retry) {
      const job = await api("POST", `remix/jobs/${retry.dataset.jobRetry}/retry`);
      const card = jobCard(job);
      retry.closest("[data-job]").before(card);
      render(job);
      follow(job.id);
    }
  } catch (error) {
    toast(error.message, "error");
  }
});

const form = document.querySelector("[data-remix-composer]");
if (form) {
  const preview = form.querySelector("[data-remix-preview]");
  const moment = form.querySelector("[data-moment]");
  const momentLabel = form.querySelector("[data-moment-label]");
  const captionInput = form.querySelector("[data-caption-input]");
  const captionPreview = form.querySelector("[data-caption-preview]");
  const error = form.querySelector("[data-remix-error]");
  const frames = [...form.querySelectorAll("input[name=frame]")];

  // A remix of a remix starts from its parent's picture: no moment to pick, nothing to analyse.
  const parent = form.dataset.parent ? Number(form.dataset.parent) : null;
  const showMoment = () => {
    if (momentLabel) momentLabel.textContent = `${Number(moment.value).toFixed(1)} s`;
  };
  const pick = (frame) => {
    preview.src = frame.dataset.frameSrc;
    moment.value = frame.value;
    showMoment();
  };
  for (const frame of frames) frame.addEventListener("change", () => pick(frame));
  // A thumbnail chosen before this script ran (or kept by the browser on reload) counts too.
  const chosen = frames.find((frame) => frame.checked);
  if (chosen) pick(chosen);
  moment.addEventListener("input", () => {
    showMoment();
    // Show the nearest thumbnail while scrubbing.
    let nearest = frames[0];
    for (const frame of frames) {
      if (Math.abs(frame.value - moment.value) < Math.abs(nearest.value - moment.value)) nearest = frame;
    }
    if (nearest) { nearest.checked = true; preview.src = nearest.dataset.frameSrc; }
  });
  captionInput.addEventListener("input", () => { captionPreview.textContent = captionInput.value; });

  // What the engine finds at the chosen moment: the faces and the person drawn over the frame,
  // and for each kind that could not be made here, why (asked again after each pick, debounced).
  const overlay = form.querySelector("[data-analysis-overlay]");
  const summary = form.querySelector("[data-analysis-summary]");
  const reasons = form.querySelector("[data-analysis-reasons]");
  const SVG = "http://www.w3.org/2000/svg";
  const shape = (tag, attributes) => {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    return node;
  };
  const points = (outline) => outline.map(([x, y]) => `${x},${y}`).join(" ");
  const labels = Object.fromEntries(
    [...form.querySelectorAll("input[name=kind]")].map((input) => [input.value, input.parentElement.textContent.trim()]),
  );
  let asked = 0;
  let timer = null;
  const analyse = async () => {
    const mine = ++asked;
    summary.textContent = "Looking for faces and people…";
    try {
      const found = await api(
        "GET", `remix/videos/${form.dataset.video}/analysis?at_seconds=${Number(moment.value)}`,
      );
      if (mine !== asked) return;
      overlay.replaceChildren();
      for (const outline of found.person_outlines) {
        overlay.append(shape("polygon", { class: "person", points: points(outline) }));
      }
      for (const face of found.faces) {
        overlay.append(shape("polygon", { class: "face", points: points(face.outline) }));
        for (const [x, y] of [face.right_eye, face.left_eye, face.nose, face.mouth]) {
          overlay.append(shape("circle", { class: "landmark", cx: x, cy: y, r: 0.008 }));
        }
      }
      const faces = found.faces.length;
      summary.textContent = `Found ${faces === 1 ? "1 face" : `${faces} faces`}` +
        (found.person_outlines.length ? " and a person." : " and no person.");
      summary.dataset.faces = faces;
      reasons.replaceChildren();
      for (const kind of found.kinds) {
        if (kind.usable) continue;
        const item = document.createElement("li");
        item.dataset.analysisReason = kind.kind;
        item.textContent = `${labels[kind.kind] || kind.kind}: ${kind.reason}`;
        reasons.append(item);
      }
    } catch (failure) {
      if (mine !== asked) return;
      overlay.replaceChildren();
      summary.textContent = failure.message;
      reasons.replaceChildren();
    }
  };
  const analyseSoon = () => { clearTimeout(timer); timer = setTimeout(analyse, 300); };
  if (parent === null) {
    for (const frame of frames) frame.addEventListener("change", analyseSoon);
    moment.addEventListener("change", analyseSoon);
    analyseSoon();
  }
  // A voice remix can be heard before it is asked for: a short preview of the effect on the
  // chosen moment, fetched and played only when the button is tapped (never on its own).
  const voiceBox = form.querySelector("[data-voice-preview]");
  const voiceButton = form.querySelector("[data-voice-preview-button]");
  const voiceAudio = form.querySelector("[data-voice-preview-audio]");
  const voiceNote = form.querySelector("[data-voice-preview-note]");
  const showVoice = () => {
    const kind = form.querySelector("input[name=kind]:checked")?.value;
    voiceBox.hidden = kind !== "voice";
    if (voiceBox.hidden) voiceAudio.pause();
  };
  for (const input of form.querySelectorAll("input[name=kind]")) input.addEventListener("change", showVoice);
  showVoice();
  const voiceNoteText = voiceNote.textContent;
  let voiceUrl = null;
  voiceButton.addEventListener("click", async () => {
    const done = busy(voiceButton);
    const query = new URLSearchParams({
      at_seconds: Number(moment.value),
      prompt: form.querySelector("textarea[name=prompt]").value,
    });
    try {
      const response = await fetch(`/api/v1/remix/videos/${form.dataset.video}/voice-preview?${query}`, {
        credentials: "same-origin", headers: { Accept: "audio/wav, application/json" },
      });
      if (!response.ok) {
        const body = await response.json().catch(() => ({}));
        throw new Error(body.message || `Request failed (${response.status})`);
      }
      if (voiceUrl) URL.revokeObjectURL(voiceUrl);
      voiceUrl = URL.createObjectURL(await response.blob());
      voiceAudio.src = voiceUrl;
      voiceAudio.hidden = false;
      voiceAudio.dataset.previewAt = query.get("at_seconds");
      voiceNote.textContent = voiceNoteText;
      // The tap that asked for it plays it; if the browser still holds it back, the controls do.
      voiceAudio.play().catch(() => {});
    } catch (failure) {
      voiceAudio.hidden = true;
      voiceNote.textContent = failure.message;
    } finally {
      done();
    }
  });

  form.addEventListener("click", (event) => {
    const example = event.target.closest("[data-example]");
    if (!example) return;
    form.querySelector("textarea[name=prompt]").value = example.dataset.example;
    const kind = form.querySelector(`input[name=kind][value="${example.dataset.exampleKind}"]`);
    // A kind the creator does not allow stays greyed out, whatever the example says.
    if (kind && !kind.disabled) kind.checked = true;
    showVoice();
  });

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const button = form.querySelector("button[type=submit]");
    const done = busy(button);
    error.hidden = true;
    try {
      const job = await api("POST", "remix/jobs", {
        video_id: Number(form.dataset.video),
        at_seconds: Number(moment.value),
        ...(parent === null ? {} : { parent_remix_id: parent }),
        kind: form.querySelector("input[name=kind]:checked")?.value ?? "",
        prompt: form.querySelector("textarea[name=prompt]").value,
        caption: captionInput.value,
      });
      const status = document.querySelector("[data-remix-status]");
      const card = jobCard(job);
      status.prepend(card);
      render(job);
      // On a phone the card sits below the form: bring the progress into sight.
      card.scrollIntoView({ block: "center" });
      if (!FINISHED.has(job.status) && job.status !== "in_review") follow(job.id);
    } catch (failure) {
      error.textContent = failure.message;
      error.hidden = false;
      // The reason sits beside the button that was pressed; keep it in sight.
      error.scrollIntoView({ block: "nearest" });
    } finally {
      done();
    }
  });
  // Until now a press of Remix posts the form without this script (the server's answer is
  // the "My remixes" page); from now on it goes through the API with the live status card.
  form.dataset.ready = "true";
}
