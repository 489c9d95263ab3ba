/*
 * Navigation probe, the same script on the widget page and on the static page: waits until the
 * last meeting is in the DOM (for the widget: every element rendered), then for the frame that
 * paints it, and records `performance.now()` (0 is the start of the navigation) in `window.benchNavigation`,
 * with the largest contentful paint (presentation time; it sees into shadow roots) for comparison.
 */
(async () => {
  let lcp;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) lcp = entry.renderTime || entry.startTime;
  }).observe({ type: 'largest-contentful-paint', buffered: true });
  const host = document.querySelector('evolaq-project');
  const lastId = document.body.dataset.benchLast;
  // The custom elements in the widget's shadow trees (not the timeline's: it holds none, and it is big).
  const nested = (element, found = []) => {
    if (!element.shadowRoot || element.localName === 'evolaq-timeline') return found;
    for (const child of element.shadowRoot.querySelectorAll('*')) {
      if ('updateComplete' in child) found.push(child, ...nested(child));
    }
    return found;
  };
  const lastMeeting = () =>
    host.shadowRoot
      ?.querySelector('[part="timeline"]')
      ?.shadowRoot?.getElementById(`evolaq-meeting-${lastId}`)
      ?.textContent.trim();
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(undefined);
    });

  let found = false;
  for (let frame = 0; frame < 600 && !found; frame++) {
    if ('updateComplete' in host) {
      for (let round = 0; round < 10; round++) {
        const elements = [host, ...nested(host)];
        if ((await Promise.all(elements.map((el) => el.updateComplete))).every(Boolean)) break;
      }
    }
    found = Boolean(lastMeeting());
    // No shadow root after a second: the script defined no element; give up rather than wait.
    if (!found && frame > 60 && !host.shadowRoot) break;
    if (!found) await nextFrame();
  }
  // The frame after the last meeting exists paints it; the task after that frame sees it painted.
  await nextFrame();
  await afterFrame();
  const painted = performance.now();
  // LCP entries arrive after the frame is presented; give them a moment (not counted in `painted`).
  await new Promise((resolve) => setTimeout(resolve, 150));
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  // The widget page marks its script tag (fetched, compiled and run by `scriptEnd`) and `evolaq-load` (data read).
  const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
  window.benchNavigation = {
    painted,
    found,
    fcp,
    lcp,
    scriptStart: mark('bench-script-start'),
    scriptEnd: mark('bench-script-end'),
    dataRead: mark('bench-data-read'),
    // [start, duration] of each task over 50 ms, from the observer in the page's head.
    longTasks: window.benchLongTasks ?? [],
  };
  // The harness waits for this message rather than polling the page: a poll's script, evaluated on the main thread
  // while the page loads, delayed the very frame measured.
  console.debug('bench-navigation', JSON.stringify(window.benchNavigation));
})();
