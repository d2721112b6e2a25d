// Upload with a progress bar, and an early "too large" before sending anything.
const form = document.querySelector("[data-upload-form]");

function showError(message) {
  const field = form.querySelector("input[type=file]").closest(".field");
  field.querySelectorAll(".error").forEach((node) => node.remove());
  const error = document.createElement("p");
  error.className = "error";
  error.setAttribute("role", "alert");
  error.textContent = message;
  field.append(error);
}

if (form) {
  form.addEventListener("submit", (event) => {
    const input = form.querySelector("input[type=file]");
    const file = input.files[0];
    const maxBytes = Number(form.dataset.maxBytes);
    if (file && file.size > maxBytes) {
      event.preventDefault();
      showError(`The video is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
      return;
    }
    if (!file) return; // the server explains what is missing
    event.preventDefault();
    const progress = form.querySelector("progress");
    const button = form.querySelector("button[type=submit]");
    progress.hidden = false;
    button.disabled = true;
    button.textContent = "Uploading…";
    const request = new XMLHttpRequest();
    request.open("POST", form.action || location.href);
    request.upload.addEventListener("progress", (progressEvent) => {
      if (progressEvent.lengthComputable) progress.value = (100 * progressEvent.loaded) / progressEvent.total;
    });
    // Asked for JSON, success answers where the video is (201) instead of a redirect this
    // request would follow, which would spend the page's confirmation message.
    request.setRequestHeader("Accept", "application/json");
    request.addEventListener("load", () => {
      if (request.status === 201) {
        location.assign(JSON.parse(request.responseText).location);
        return;
      }
      // A refusal comes back as the form with its errors.
      if (request.status < 400 && request.responseURL && !request.responseURL.endsWith("/upload")) {
        location.assign(request.responseURL);
        return;
      }
      const page = new DOMParser().parseFromString(request.responseText, "text/html");
      const returned = page.querySelector("[data-upload-form]");
      if (returned) {
        form.innerHTML = returned.innerHTML;
      } else {
        button.disabled = false;
        button.textContent = "Post";
        progress.hidden = true;
        showError(page.querySelector("p")?.textContent || `The upload failed (${request.status}).`);
      }
    });
    request.addEventListener("error", () => {
      button.disabled = false;
      button.textContent = "Post";
      progress.hidden = true;
      showError("The upload was interrupted. Check your connection and try again.");
    });
    request.send(new FormData(form));
  });
}
