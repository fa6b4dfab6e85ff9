// Import and export of everything the user set, as one JSON file. The host validates an import
// whole before changing anything; its message (naming the field) is shown as it is.
import { ask } from '../ui/ask.js';
import { h } from '../ui/dom.js';

function download(filename, text) {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = h('a', { href: url, download: filename });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function settingsFile({ onImported }) {
  const message = h('p', { class: 'message', id: 'file-message', role: 'status', hidden: true });
  const say = (text, isError = false) => {
    message.hidden = false;
    message.textContent = text;
    message.classList.toggle('error', isError);
  };

  async function exportSettings() {
    try {
      const settings = await ask('export-settings');
      const day = new Date().toISOString().slice(0, 10);
      download(`consentry-settings-${day}.json`, `${JSON.stringify(settings, null, 2)}\n`);
      say('Exported your settings.');
    } catch (error) {
      say(`Export failed: ${error.message}`, true);
    }
  }

  async function importSettings(event) {
    const [file] = event.target.files;
    event.target.value = '';
    if (!file) return;
    let settings;
    try {
      settings = JSON.parse(await file.text());
    } catch (error) {
      say(`${file.name} is not a JSON file: ${error.message}`, true);
      return;
    }
    try {
      await ask('import-settings', { settings });
      say(`Imported ${file.name}.`);
      onImported();
    } catch (error) {
      say(`Nothing was changed: ${error.message}`, true);
    }
  }

  return h('div', {},
    h('div', { class: 'toolbar' },
      h('button', { type: 'button', id: 'export-settings', onclick: exportSettings }, 'Export settings…'),
      h('label', { for: 'import-settings', class: 'file-label' }, 'Import settings:'),
      h('input', { type: 'file', id: 'import-settings', accept: '.json,application/json', onchange: importSettings })),
    h('p', { class: 'hint' }, 'The file holds everything you set: defaults, choices per site and the cookies you always keep.'),
    message);
}
