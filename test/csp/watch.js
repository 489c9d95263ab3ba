// Loaded first on the strict-CSP test page (an external file, as the policy allows no inline
// script): records every policy violation and every error, for the test to read.
window.__violations = [];
window.__errors = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`);
});
window.addEventListener('error', (event) => window.__errors.push(String(event.message)));
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.__errors.push(args.map(String).join(' '));
  consoleError(...args);
};
