import { expect } from '@open-wc/testing';
import '../src/index.js';
import type { EvolaqElement } from '../src/elements/base.js';
import { highlightChannels } from '../src/elements/shared/selection.js';
import { countFetches, demoData, nextEvent, settled, useLanguage } from './support/helpers.js';

/** Counts what is added and not taken away again while `run` runs: window listeners and observers. */
async function leftBehind(run: () => Promise<void>) {
  const listeners = new Map<string, number>();
  let observing = 0;
  const add = window.addEventListener;
  const remove = window.removeEventListener;
  const observe = MutationObserver.prototype.observe;
  const disconnect = MutationObserver.prototype.disconnect;
  const active = new WeakSet<MutationObserver>();
  window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    listeners.set(type, (listeners.get(type) ?? 0) + 1);
    return (add as (...args: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.addEventListener;
  window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
    listeners.set(type, (listeners.get(type) ?? 0) - 1);
    return (remove as (...args: unknown[]) => void).call(this, type, ...rest);
  } as typeof window.removeEventListener;
  MutationObserver.prototype.observe = function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
    if (!active.has(this)) observing++;
    active.add(this);
    return observe.apply(this, args);
  };
  MutationObserver.prototype.disconnect = function (this: MutationObserver) {
    if (active.has(this)) observing--;
    active.delete(this);
    return disconnect.apply(this);
  };
  try {
    await run();
  } finally {
    window.addEventListener = add;
    window.removeEventListener = remove;
    MutationObserver.prototype.observe = observe;
    MutationObserver.prototype.disconnect = disconnect;
  }
  return { listeners: [...listeners].filter(([, count]) => count !== 0), observing };
}

describe('lifecycle', () => {
  beforeEach(() => useLanguage('en'));

  it('leaves no listener or observer behind after 1,000 attach and detach cycles', async () => {
    const data = await demoData();
    const element = document.createElement('evolaq-project');
    element.setAttribute('now', '2017-04-20');
    element.data = data;
    document.body.append(element);
    await settled(element);
    element.remove();
    const left = await leftBehind(async () => {
      for (let i = 0; i < 1000; i++) {
        document.body.append(element);
        if (i % 100 === 0) await settled(element);
        element.remove();
      }
    });
    expect(left).to.deep.equal({ listeners: [], observing: 0 });
  });

  it('does not keep detached elements listening to language changes', async () => {
    const data = await demoData();
    const detached: EvolaqElement[] = [];
    for (let i = 0; i < 200; i++) {
      const element = document.createElement('evolaq-timeline');
      element.data = data;
      document.body.append(element);
      detached.push(element);
    }
    await Promise.all(detached.map((element) => settled(element)));
    detached.forEach((element) => element.remove());
    let updates = 0;
    for (const element of detached) {
      const original = element.requestUpdate.bind(element);
      element.requestUpdate = (...args: Parameters<typeof original>) => {
        updates++;
        original(...args);
      };
    }
    await useLanguage('lv');
    expect(updates).to.equal(0);
  });

  it('aborts a shared fetch only when the last element waiting for it leaves', async () => {
    const url = `/demo/evolaq.json?abort=${Math.random()}`;
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      if (String(input).includes('abort=')) signals.push(init!.signal!);
      return original(input, init);
    };
    try {
      const elements = [0, 1, 2].map(() => {
        const element = document.createElement('evolaq-summary');
        element.src = url;
        document.body.append(element);
        return element;
      });
      await Promise.all(elements.map((element) => element.updateComplete));
      expect(signals).to.have.length(1);
      elements[0].remove();
      elements[1].remove();
      expect(signals[0].aborted).to.equal(false);
      elements[2].remove();
      await new Promise((r) => setTimeout(r));
      expect(signals[0].aborted).to.equal(true);
    } finally {
      window.fetch = original;
    }
  });

  it('keeps its fetch when a theme moves it while it loads', async () => {
    const [from, to] = [document.createElement('aside'), document.createElement('main')];
    document.body.append(from, to);
    try {
      const fetches = await countFetches(async () => {
        const element = document.createElement('evolaq-summary');
        element.src = `/test-api/slow?ms=300&moved=${Math.random()}`;
        from.append(element);
        await new Promise((r) => setTimeout(r, 50));
        to.append(element);
        await nextEvent(element, 'evolaq-load');
        expect(element.shadowRoot!.querySelector('h2')!.textContent).to.contain('Late');
      });
      expect(fetches).to.have.length(1);
    } finally {
      from.remove();
      to.remove();
    }
  });

  it('shows the language chosen while it was out of the page once it is back', async () => {
    const element = document.createElement('evolaq-timeline');
    element.data = await demoData();
    document.body.append(element);
    try {
      await settled(element);
      element.remove();
      await useLanguage('lv');
      document.body.append(element);
      await settled(element);
      expect(element.shadowRoot!.querySelector('h2')!.textContent!.trim()).to.equal('Partneru sanāksmes');
    } finally {
      element.remove();
    }
  });

  it('sends the events of data given while it was out of the page once it is back', async () => {
    const data = await demoData();
    const element = document.createElement('evolaq-summary');
    element.data = data;
    document.body.append(element);
    const heard: string[] = [];
    const listen = (event: Event) => heard.push(event.type);
    document.addEventListener('evolaq-load', listen);
    document.addEventListener('evolaq-problems', listen);
    try {
      await settled(element);
      await new Promise((r) => setTimeout(r));
      heard.length = 0;
      element.remove();
      const changed = structuredClone(data);
      changed.partners[0].country = 'XX';
      element.data = changed;
      await settled(element);
      await new Promise((r) => setTimeout(r));
      document.body.append(element);
      expect(heard).to.deep.equal(['evolaq-load', 'evolaq-problems']);
    } finally {
      document.removeEventListener('evolaq-load', listen);
      document.removeEventListener('evolaq-problems', listen);
      element.remove();
    }
  });

  it('keeps no highlight channel of an element that is gone', async () => {
    const data = await demoData();
    const before = highlightChannels();
    for (let i = 0; i < 20; i++) {
      const element = document.createElement('evolaq-map');
      element.data = data;
      document.body.append(element);
      await settled(element);
      element.remove();
    }
    expect(highlightChannels()).to.equal(before);
  });

  it('answers updateComplete read through a Proxy of the element, as Lit does (a test spy, a state library)', async () => {
    const element = document.createElement('evolaq-timeline');
    element.data = await demoData();
    document.body.append(element);
    try {
      expect(await new Proxy(element, {}).updateComplete).to.equal(true);
      expect(element.shadowRoot!.querySelectorAll('li.meeting')).to.have.length(9);
    } finally {
      element.remove();
    }
  });

  it('resolves reload() once the new data is shown and evolaq-load has fired', async () => {
    const element = document.createElement('evolaq-summary');
    element.src = '/test-api/slow?ms=50&reload';
    let loads = 0;
    element.addEventListener('evolaq-load', () => loads++);
    document.body.append(element);
    try {
      await element.reload();
      expect(loads).to.equal(1);
      expect(element.shadowRoot!.querySelector('h2')!.textContent).to.contain('Late');
      await element.reload();
      expect(loads).to.equal(2);
    } finally {
      element.remove();
    }
  });

  it('fetches src again on reload(), keeping what is shown meanwhile', async () => {
    const element = document.createElement('evolaq-summary');
    element.src = '/demo/evolaq.json';
    document.body.append(element);
    try {
      await element.reload();
      await settled(element);
      const calls: string[] = [];
      const original = window.fetch;
      window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
        calls.push(String(input));
        return original(input, init);
      };
      try {
        const done = element.reload();
        expect(element.shadowRoot!.querySelector('h2')).to.exist;
        await done;
      } finally {
        window.fetch = original;
      }
      expect(calls).to.have.length(1);
    } finally {
      element.remove();
    }
  });
});
