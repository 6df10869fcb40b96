// Log entry forms: keep what is typed in the browser as well as in the server's draft, so that a lost connection
// loses nothing. Progressive only: the form works without this file.
(() => {
  const FIELDS = ["date", "did", "happened", "learned", "nextStep"];
  const storageKey = (key) => "samla." + key;

  const read = (key) => {
    try {
      const stored = window.localStorage.getItem(storageKey(key));
      return stored ? JSON.parse(stored) : null;
    } catch (unavailable) {
      return null;
    }
  };
  const write = (key, value) => {
    try {
      window.localStorage.setItem(storageKey(key), JSON.stringify(value));
    } catch (unavailable) {
      // Private mode or full storage: the server draft is all there is.
    }
  };
  const remove = (key) => {
    try {
      window.localStorage.removeItem(storageKey(key));
    } catch (unavailable) {
      // Nothing stored.
    }
  };

  document.addEventListener("DOMContentLoaded", () => {
    // After a successful save the page names the draft to forget.
    document.querySelectorAll("[data-draft-clear]").forEach((marker) => remove(marker.dataset.draftClear));

    const form = document.querySelector("form[data-draft-key]");
    if (!form) {
      return;
    }
    const key = form.dataset.draftKey;
    const status = document.getElementById("draft-status");
    const values = () => {
      const result = {};
      FIELDS.forEach((name) => {
        const field = form.elements.namedItem(name);
        if (field) {
          result[name] = field.value;
        }
      });
      return result;
    };
    const differs = (stored) => FIELDS.some((name) => stored[name] !== undefined && stored[name] !== values()[name]);

    const stored = read(key);
    const offer = document.querySelector("[data-local-restore]");
    if (stored && offer && differs(stored)) {
      offer.hidden = false;
      offer.querySelector("[data-local-restore-button]").addEventListener("click", () => {
        FIELDS.forEach((name) => {
          const field = form.elements.namedItem(name);
          if (field && stored[name] !== undefined) {
            field.value = stored[name];
          }
        });
        offer.hidden = true;
        form.dispatchEvent(new Event("input", { bubbles: true }));
        const first = form.elements.namedItem("did");
        if (first) {
          first.focus();
        }
      });
      offer.querySelector("[data-local-discard-button]").addEventListener("click", () => {
        remove(key);
        offer.hidden = true;
      });
    }

    form.addEventListener("input", () => write(key, values()));
    // The autosave did not reach the server (or was refused): say so, the text stays in the browser.
    const failed = () => {
      if (status) {
        status.textContent = form.dataset.localFailed;
      }
    };
    form.addEventListener("htmx:sendError", failed);
    form.addEventListener("htmx:timeout", failed);
    form.addEventListener("htmx:responseError", (event) => {
      // A refused draft answers with its own message; anything else is "not saved".
      if (event.detail.xhr.status !== 422) {
        failed();
      } else if (status) {
        status.innerHTML = event.detail.xhr.responseText;
      }
    });
  });
})();
