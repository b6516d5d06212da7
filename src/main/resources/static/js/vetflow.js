// Behaviour every page shares, kept in a file because the Content-Security-Policy forbids inline script.
document.addEventListener('DOMContentLoaded', function () {
  // A rejected form: screen readers announce the error summary and keyboard users start from it.
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }

  // A table wider than the screen scrolls inside its box: make that box reachable and named for keyboard
  // and screen-reader users (WCAG 2.1.1), only while it actually scrolls.
  var scrollLabel = document.body.getAttribute('data-scroll-label') || '';
  function nameOf(region) {
    var table = region.querySelector('table');
    if (table && table.caption && table.caption.textContent.trim()) {
      return table.caption.textContent.trim();
    }
    var previous = region.previousElementSibling;
    while (previous && !/^H[1-6]$/.test(previous.tagName)) {
      previous = previous.querySelector('h1,h2,h3,h4,h5,h6') || previous.previousElementSibling;
    }
    return previous ? previous.textContent.trim() : document.title;
  }
  function markScrollingTables() {
    document.querySelectorAll('.table-responsive').forEach(function (region) {
      // The same test axe-core makes: any overflow, however small, in either direction, can be scrolled.
      if (region.scrollWidth > region.clientWidth || region.scrollHeight > region.clientHeight) {
        region.setAttribute('tabindex', '0');
        region.setAttribute('role', 'region');
        region.setAttribute('aria-label', nameOf(region) + ' (' + scrollLabel + ')');
      } else if (region.getAttribute('role') === 'region') {
        region.removeAttribute('tabindex');
        region.removeAttribute('role');
        region.removeAttribute('aria-label');
      }
    });
  }
  markScrollingTables();
  window.addEventListener('resize', markScrollingTables);
  // Late web fonts or content can make a table outgrow its box after this ran: watch the boxes themselves.
  if (window.ResizeObserver) {
    var observer = new ResizeObserver(markScrollingTables);
    document.querySelectorAll('.table-responsive').forEach(function (region) {
      observer.observe(region);
      var table = region.querySelector('table');
      if (table) {
        observer.observe(table);
      }
    });
  }
});
