// Enhances the wizard; every page works without it. Shows and hides questions whose "when"
// condition changes, keeps the joint counts live and moves focus to the error summary.
(function () {
  'use strict';
  document.documentElement.classList.add('js');
  var form = document.querySelector('.step-form');

  function answerOf(itemId) {
    var inputs = form.querySelectorAll('[name="' + itemId + '"]');
    var values = [];
    inputs.forEach(function (input) {
      if ((input.type === 'radio' || input.type === 'checkbox') ? input.checked : input.value.trim() !== '') {
        values.push(input.value);
      }
    });
    return values;
  }

  function holds(el) {
    var values = answerOf(el.dataset.whenItem);
    switch (el.dataset.whenOp) {
      case 'eq': return values.indexOf(el.dataset.whenValue) >= 0;
      case 'ne': return values.length > 0 && values.indexOf(el.dataset.whenValue) < 0;
      case 'any': return values.length > 0;
      case 'none': return values.length === 0;
      default: return true;
    }
  }

  function refresh() {
    form.querySelectorAll('[data-when-item]').forEach(function (el) {
      el.hidden = !holds(el);
    });
    form.querySelectorAll('[data-count-for]').forEach(function (el) {
      var n = answerOf(el.dataset.countFor).length;
      var template = el.dataset.template || '';
      el.textContent = template.replace('{n}', n);
    });
  }

  // The joint pictures mirror their checkbox lists: a tap toggles the box, a box redraws the picture.
  function paintJoints() {
    document.querySelectorAll('[data-joints]').forEach(function (box) {
      var itemId = box.dataset.joints;
      box.querySelectorAll('[data-joint]').forEach(function (spot) {
        var checkbox = document.getElementById(itemId + '-' + spot.dataset.joint);
        spot.classList.toggle('selected', !!(checkbox && checkbox.checked));
      });
    });
  }
  document.querySelectorAll('[data-joints]').forEach(function (box) {
    box.querySelectorAll('[data-joint]').forEach(function (spot) {
      spot.addEventListener('click', function () {
        var checkbox = document.getElementById(box.dataset.joints + '-' + spot.dataset.joint);
        if (checkbox) {
          checkbox.checked = !checkbox.checked;
          checkbox.dispatchEvent(new Event('change', { bubbles: true }));
        }
      });
    });
  });

  // With the picture to tap, the joint lists fold away under a summary, ticked or not: the picture
  // shows the ticks (without a script a list that holds a tick stays open; so does one whose
  // question has an error to show).
  document.querySelectorAll('[data-joint-list]').forEach(function (list) {
    if (!list.closest('.has-error')) {
      list.open = false;
    }
  });

  if (form) {
    form.addEventListener('change', paintJoints);
    paintJoints();
    form.addEventListener('change', refresh);
    form.addEventListener('input', refresh);
    refresh();
  }
  var summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
})();
