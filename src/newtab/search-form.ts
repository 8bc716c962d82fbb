import type { SearchResults } from '../platform/search';
import { t } from '../ui/i18n';
import { element, setText } from './dom';

export interface SearchForm {
  form: HTMLFormElement;
  /** Says the browser couldn't search; `false` clears it. */
  showProblem(problem: boolean): void;
}

/** Enter searches in this tab; with Alt, Ctrl or ⌘ (as in the address bar) in a new one. */
const inNewTab = (event: KeyboardEvent | MouseEvent): boolean => event.altKey || event.ctrlKey || event.metaKey;

/**
 * The search field: the words go to the browser's own search, in this tab or a new one. Nothing
 * focuses it on load (the address bar keeps focus); it keeps its height with or without a problem
 * to report, so nothing around it moves.
 */
export function createSearchForm(onSearch: (text: string, results: SearchResults) => void): SearchForm {
  const form = element('form', 'newtab__search');
  form.setAttribute('role', 'search');
  const label = element('label', 'visually-hidden');
  label.htmlFor = 'newtab-search';
  label.textContent = t('newTabSearchLabel');
  const row = element('div', 'newtab__search-row');
  const input = element('input');
  input.id = 'newtab-search';
  input.type = 'search';
  input.name = 'q';
  input.autocomplete = 'off';
  input.enterKeyHint = 'search';
  input.placeholder = t('newTabSearchPlaceholder');
  const hint = element('p', 'newtab__search-hint muted');
  hint.id = 'newtab-search-hint';
  hint.textContent = t('newTabSearchHint');
  const problem = element('p', 'newtab__search-problem');
  problem.id = 'newtab-search-problem';
  problem.setAttribute('role', 'status');
  input.setAttribute('aria-describedby', `${hint.id} ${problem.id}`);
  const button = element('button', 'quiet');
  button.type = 'submit';
  button.textContent = t('newTabSearchButton');
  row.append(input, button);
  form.append(label, row, hint, problem);

  const search = (results: SearchResults) => {
    const text = input.value.trim();
    if (!text) return input.focus();
    onSearch(text, results);
    // The results open elsewhere: this page goes back to how it was.
    if (results === 'new-tab') input.value = '';
  };
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter' || event.isComposing || !inNewTab(event)) return;
    event.preventDefault();
    search('new-tab');
  });
  button.addEventListener('click', (event) => {
    if (!inNewTab(event)) return;
    event.preventDefault();
    search('new-tab');
  });
  // A middle click on the button opens the results in a new tab, as it would a link.
  button.addEventListener('auxclick', (event) => {
    if (event.button === 1) search('new-tab');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    search('this-tab');
  });

  return {
    form,
    showProblem: (shown) => setText(problem, shown ? t('newTabSearchProblem') : ''),
  };
}
