/**
 * The `google.script.run` the sandbox gives the sidebar: same chainable API as Google's
 * (withSuccessHandler, withFailureHandler, withUserObject), each call POSTed to the sandbox,
 * which runs the function of the real Code.js in one emulated execution.
 */
export const GOOGLE_SCRIPT_SHIM = `<script>
(function () {
  function runner(success, failure, userObject) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (f) { return runner(f, failure, userObject); };
        if (name === 'withFailureHandler') return function (f) { return runner(success, f, userObject); };
        if (name === 'withUserObject') return function (o) { return runner(success, failure, o); };
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ args: args }),
          })
            .then(function (r) { return r.json(); })
            .then(function (out) {
              if (out.ok) { if (success) success(out.value, userObject); }
              else if (failure) { var e = new Error(out.error); e.name = 'ScriptError'; failure(e, userObject); }
            })
            .catch(function (e) { if (failure) failure(e, userObject); })
            .finally(function () { window.sandboxCallsSettled.push(name); });
        };
      },
    });
  }
  // For tests: the names of the calls whose handler has run, in order (a response seen by the page).
  window.sandboxCallsSettled = [];
  window.google = { script: { run: runner(null, null, undefined), host: { close: function () {}, setHeight: function () {}, setWidth: function () {} } } };
})();
</script>`;
