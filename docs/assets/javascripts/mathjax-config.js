// MathJax 3 configuration for pymdownx.arithmatex (generic mode), self-hosted.
// The page is typeset once by MathJax's own start-up: the site does not use Material's
// instant navigation, so there is no document$ re-typesetting (that typeset every formula twice).
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
};
