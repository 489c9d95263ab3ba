/*
 * Serialises a rendered element, shadow roots included, as declarative shadow DOM: each shadow root
 * becomes `<template shadowrootmode="open">` holding its adopted stylesheets as `<style>` elements
 * followed by its content. Parsing the result gives the same DOM with the same styles, and no script.
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['style', 'script']);

const escapeText = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\u00a0/g, '&nbsp;');
const escapeAttribute = (text) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/\u00a0/g, '&nbsp;');

function styleText(root) {
  return (root.adoptedStyleSheets ?? [])
    .map((sheet) => `<style>${[...sheet.cssRules].map((rule) => rule.cssText).join('\n')}</style>`)
    .join('');
}

/**
 * `rename(localName)` may give custom elements other tag names, so that the copy does not
 * upgrade into the widget when the widget's script is on the same page.
 */
export function serialize(node, { rename = (name) => name } = {}) {
  const out = [];
  const children = (parent, raw) => {
    for (const child of parent.childNodes) visit(child, raw);
  };
  const visit = (current, raw = false) => {
    switch (current.nodeType) {
      case Node.TEXT_NODE:
        out.push(raw ? current.data : escapeText(current.data));
        return;
      case Node.COMMENT_NODE:
        out.push(`<!--${current.data}-->`);
        return;
      case Node.ELEMENT_NODE: {
        const name = current.localName.includes('-') ? rename(current.localName) : current.localName;
        out.push(`<${name}`);
        for (const attribute of current.attributes) out.push(` ${attribute.name}="${escapeAttribute(attribute.value)}"`);
        out.push('>');
        if (VOID.has(name)) return;
        if (current.shadowRoot) {
          out.push('<template shadowrootmode="open">', styleText(current.shadowRoot));
          children(current.shadowRoot);
          out.push('</template>');
        }
        if (current.localName === 'template') children(current.content);
        else children(current, RAW_TEXT.has(name));
        out.push(`</${name}>`);
        return;
      }
      default:
        return;
    }
  };
  visit(node);
  return out.join('');
}
