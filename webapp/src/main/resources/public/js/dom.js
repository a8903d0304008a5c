// Builds DOM nodes; text is always set as text, never parsed as HTML, so call data cannot inject markup.
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (name.startsWith('on')) {
      el.addEventListener(name.slice(2), value);
    } else if (value !== null && value !== undefined && value !== false) {
      el.setAttribute(name, value === true ? '' : value);
    }
  }
  for (const child of children.flat()) {
    if (child !== null && child !== undefined) {
      el.append(child instanceof Node ? child : String(child));
    }
  }
  return el;
}

/**
 * A table whose header cells are i18n keys; rows are arrays of cells (text or nodes);
 * `rowAttributes(i)` gives the attributes of the i-th row (a class, a data- name).
 */
export function table(headerKeys, rows, numeric = [], wide = [], rowAttributes = () => ({})) {
  const cls = i => [numeric.includes(i) ? 'num' : '', wide.includes(i) ? 'wide' : ''].join(' ').trim() || null;
  return h('div', { class: 'scroll' }, h('table', {},
    h('thead', {}, h('tr', {}, headerKeys.map((k, i) => h('th', { 'data-i18n': k, class: cls(i) }, k)))),
    h('tbody', {}, rows.map((row, r) => row instanceof Node ? row
      : h('tr', rowAttributes(r), row.map((c, i) => h('td', { class: cls(i) }, c)))))));
}

export function localTime(iso) {
  return new Date(iso).toLocaleString();
}

/**
 * Runs a change the operator asked for and says in `message` how it went: the text
 * `done` makes from the answer, or the server's reason in the error style.
 */
export async function tell(message, change, done, errorPrefix) {
  try {
    const answer = await change();
    message.classList.remove('error');
    message.textContent = done(answer);
  } catch (e) {
    message.classList.add('error');
    message.textContent = `${errorPrefix} ${e.status ?? ''}: ${e.message}`;
  }
}
