// Submit a report: it is coded and stored by POST /api/v1/documents, and
// the page opens the stored document beside its events.

import { ApiFailure, api } from '../api.js';
import { h, replace } from '../dom.js';
import { go, type Route } from '../router.js';
import { forgetDocument } from './document-view.js';

export async function submitView(root: HTMLElement, _route: Route): Promise<void> {
  const text = h('textarea', { name: 'text', rows: 12, required: true, placeholder: 'Paste the report text here.', 'aria-label': 'report text' });
  const title = h('input', { name: 'title', size: 40, 'aria-label': 'title' });
  const source = h('input', { name: 'source', size: 20, 'aria-label': 'source' });
  const date = h('input', { name: 'date', type: 'date', 'aria-label': 'publication date' });
  const message = h('p', { class: 'message', role: 'status' });
  const button = h('button', { type: 'submit' }, 'Code and store');
  const form = h(
    'form',
    { class: 'submit-form' },
    h('label', { class: 'wide' }, 'Report text', text),
    h('div', { class: 'row' }, h('label', {}, 'Title ', title), h('label', {}, 'Source ', source), h('label', {}, 'Published ', date)),
    h('p', { class: 'muted' }, 'Relative dates ("on Monday") resolve against the publication date. The text is stored with its events.'),
    button,
    message,
  );
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    button.disabled = true;
    message.textContent = 'Coding…';
    message.className = 'message';
    try {
      const report: { text: string; title?: string; source?: string; publishedAt?: string } = { text: text.value };
      if (title.value.trim() !== '') report.title = title.value.trim();
      if (source.value.trim() !== '') report.source = source.value.trim();
      if (date.value !== '') report.publishedAt = date.value;
      const result = await api.submit(report);
      forgetDocument();
      message.textContent = result.inserted ? `Stored with ${result.events.length} event(s).` : 'This report was already stored.';
      go(`/documents/${encodeURIComponent(result.document.id)}`);
    } catch (error) {
      message.className = 'message error';
      message.textContent = error instanceof ApiFailure ? `Not stored: ${error.message}` : `Not stored: ${String(error)}`;
    } finally {
      button.disabled = false;
    }
  });
  replace(root, h('section', { class: 'view view-submit' }, h('h2', {}, 'Submit a report'), form));
}
