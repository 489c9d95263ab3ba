// The demo's "pretend today is" control: moves every timeline on the page to that day.
const input = document.querySelector<HTMLInputElement>('#today');
input?.addEventListener('change', () => {
  for (const element of document.querySelectorAll('evolaq-project, evolaq-timeline')) {
    element.setAttribute('now', input.value);
  }
});
