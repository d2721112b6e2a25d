// Keyboard shortcuts on a case, for people who work the queue all day: a / r / e choose
// approve / reject / escalate, n opens the next case, Ctrl+Enter (or Cmd+Enter) saves and
// opens the next one. Keys typed into a field are left alone.
const form = document.querySelector(".moderation-decision");

function choose(value) {
  const radio = form?.querySelector(`input[name=decision][value=${value}]`);
  if (!radio) return;
  radio.checked = true;
  radio.dispatchEvent(new Event("change", { bubbles: true }));
  (value === "reject" ? form.querySelector("select[name=rule]") : radio).focus();
}

document.addEventListener("keydown", (event) => {
  if ((event.ctrlKey || event.metaKey) && event.key === "Enter" && form) {
    event.preventDefault();
    form.querySelector("[data-save-next]")?.click();
    return;
  }
  if (event.ctrlKey || event.metaKey || event.altKey) return;
  const typing = event.target.closest("input:not([type=radio]):not([type=checkbox]), textarea, select");
  if (typing) return;
  const actions = { a: "approve", r: "reject", e: "escalate" };
  if (actions[event.key]) {
    event.preventDefault();
    choose(actions[event.key]);
  } else if (event.key === "n") {
    const next = document.querySelector("[data-next-case]");
    if (next) location.assign(next.href);
  }
});
