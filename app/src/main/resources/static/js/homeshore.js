// Small behaviours shared by every page. No inline scripts: the Content-Security-Policy forbids them.
document.addEventListener("change", (e) => {
  if (e.target.matches("[data-autosubmit]")) e.target.form.requestSubmit();
});
// htmx requests carry the CSRF token like forms do.
document.addEventListener("htmx:configRequest", (e) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) e.detail.headers[header.content] = token.content;
});
// Confirm destructive actions with the message the button carries.
document.addEventListener("submit", (e) => {
  const message = e.target.getAttribute("data-confirm");
  if (message && !window.confirm(message)) e.preventDefault();
});
