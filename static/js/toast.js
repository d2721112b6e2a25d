// Short messages in the page's live region, read out by screen readers.
export function toast(text, kind = "info") {
  const region = document.getElementById("toasts");
  if (!region) return;
  const item = document.createElement("p");
  item.className = `toast toast-${kind}`;
  item.textContent = text;
  region.append(item);
  setTimeout(() => item.remove(), 6000);
}
