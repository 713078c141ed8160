// MathJax 3 configuration for pymdownx.arithmatex (generic mode), self-hosted.
// The page is typeset once by MathJax's own start-up: the site does not use Material's
// instant navigation, so there is no document$ re-typesetting (that typeset every formula twice).

// An inline formula wider than its paragraph can't wrap (MathJax 3 has no line breaking), so on a
// phone it would widen the whole page. Such formulas get the class "wide": extra.css lets them
// scroll inside their own box instead.
function markWideInlineFormulas() {
  for (const formula of document.querySelectorAll("span.arithmatex > mjx-container")) {
    formula.classList.remove("wide");
    const block = formula.parentElement.closest("p, li, td, th, dd, div");
    if (block && formula.getBoundingClientRect().width > block.clientWidth) {
      formula.classList.add("wide");
    }
  }
}

window.MathJax = {
  tex: {
    inlineMath: [["\\(", "\\)"]],
    displayMath: [["\\[", "\\]"]],
    processEscapes: true,
    processEnvironments: true,
  },
  svg: {
    fontCache: "global",
  },
  options: {
    ignoreHtmlClass: ".*|",
    processHtmlClass: "arithmatex",
  },
  startup: {
    pageReady() {
      return MathJax.startup.defaultPageReady().then(() => {
        markWideInlineFormulas();
        window.addEventListener("resize", markWideInlineFormulas);
      });
    },
  },
};
