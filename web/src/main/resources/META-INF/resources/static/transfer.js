// Import and export: say at once when a file is over the import limit, before sending it (the server checks too).
(function () {
  var form = document.getElementById('import-form');
  if (!form) { return; }
  var problem = document.getElementById('import-client-problem');
  form.addEventListener('submit', function (event) {
    var input = form.querySelector('input[type=file]');
    var file = input && input.files && input.files[0];
    if (file && file.size > Number(form.dataset.maxBytes)) {
      event.preventDefault();
      problem.textContent = form.dataset.tooLarge;
      problem.hidden = false;
      input.focus();
    } else {
      problem.hidden = true;
    }
  });
})();
