// The result and sent pages work without this. Folded rule groups are unfolded for printing (the
// print stylesheet does this too where the browser supports ::details-content), then folded back.
(function () {
  'use strict';
  var folded = [];
  window.addEventListener('beforeprint', function () {
    folded = Array.prototype.filter.call(document.querySelectorAll('details.rule-group'), function (d) {
      return !d.open;
    });
    folded.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    folded.forEach(function (d) { d.open = false; });
    folded = [];
  });
})();
