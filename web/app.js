/* app.js — niceties on top of pages that work without it:
 * - ask before a destructive button (data-confirm on the form or button);
 * - one verb form open at a time, closed by Escape or a click elsewhere. */
'use strict';
document.addEventListener('submit', function (ev) {
	var b = ev.submitter;
	var msg = (b && b.dataset.confirm) || ev.target.dataset.confirm;
	if (msg && !window.confirm(msg)) {
		ev.preventDefault();
	}
});
function closeVerbs(except) {
	document.querySelectorAll('details.verb[open]').forEach(function (d) {
		if (d !== except) {
			d.open = false;
		}
	});
}
document.addEventListener('toggle', function (ev) {
	var d = ev.target;
	if (d.matches && d.matches('details.verb') && d.open) {
		closeVerbs(d);
		var first = d.querySelector('input, select, textarea');
		if (first) {
			first.focus();
		}
	}
}, true);
document.addEventListener('click', function (ev) {
	if (!ev.target.closest('details.verb')) {
		closeVerbs(null);
	}
});
document.addEventListener('keydown', function (ev) {
	if (ev.key === 'Escape') {
		closeVerbs(null);
	}
});
