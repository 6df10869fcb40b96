// Progressive enhancements only: every page works without this file.
document.addEventListener("DOMContentLoaded", () => {
  // After a failed submit, focus the error summary so that screen readers announce it.
  const summary = document.querySelector(".error-summary");
  if (summary) {
    // List the errors in the order of the fields on the page (the server sends them unordered).
    const list = summary.querySelector("ul");
    const targetOf = (item) => {
      const link = item.querySelector("a[href^='#']");
      return link ? document.getElementById(link.getAttribute("href").substring(1)) : null;
    };
    Array.from(list ? list.children : [])
      .sort((a, b) => {
        const first = targetOf(a);
        const second = targetOf(b);
        if (!first || !second) {
          return 0;
        }
        return first.compareDocumentPosition(second) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
      })
      .forEach((item) => list.appendChild(item));
    summary.focus();
    // A link in the summary moves focus to its field, not just the scroll position.
    summary.querySelectorAll("a[href^='#']").forEach((link) => {
      link.addEventListener("click", (event) => {
        const field = document.getElementById(link.getAttribute("href").substring(1));
        if (field) {
          event.preventDefault();
          const target = field.matches("input, select, textarea")
            ? field
            : field.querySelector("input, select, textarea") || field;
          target.focus();
        }
      });
    });
  }
});

// After htmx swaps in new content (moving an agenda item), keep keyboard focus where the server marks it.
document.addEventListener("htmx:afterSwap", () => {
  const target = document.querySelector("[data-focus-after-swap]");
  if (target) {
    target.removeAttribute("data-focus-after-swap");
    target.focus();
  }
});

// Copy buttons next to read-only fields (the calendar feed address). Hidden without JavaScript, where the
// field can still be selected and copied by hand.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("[data-copy-target]").forEach((button) => {
    const field = document.getElementById(button.dataset.copyTarget);
    const status = document.querySelector("[data-copy-status]");
    if (!field || !navigator.clipboard) {
      return;
    }
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(field.value).then(() => {
        if (status) {
          status.textContent = button.dataset.copied;
        }
      });
    });
  });
});
