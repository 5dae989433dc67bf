import { startPopup } from '../../lib/ui/popup';

// Opened with ?tab=<id> (the tests open the popup page in a tab of its own),
// the page must not close itself after sending focus to the article.
void startPopup({ closeOnFocus: !new URLSearchParams(location.search).has('tab') });
