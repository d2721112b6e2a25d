// Short messages in the page's live region, read out by screen readers; with a url, the text
// is a link there.
export function toast(text, kind = "info", url = "") {
  const region = document.getElementById("toasts");
  if (!region) return;
  const item = document.createElement("p");
  item.className = `toast toast-${kind}`;
  if (url) {
    const link = document.createElement("a");
    link.href = url;
    link.textContent = text;
    item.append(link);
  } else {
    item.textContent = text;
  }
  region.append(item);
  setTimeout(() => item.remove(), 6000);
}
