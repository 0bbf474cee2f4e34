/* app.js — small niceties on top of pages that work without it: confirm
 * before destructive buttons (data-confirm). */
'use strict';
document.addEventListener('submit', function (ev) {
	var b = ev.submitter;
	var msg = (b && b.dataset.confirm) || ev.target.dataset.confirm;
	if (msg && !window.confirm(msg)) {
		ev.preventDefault();
	}
});
