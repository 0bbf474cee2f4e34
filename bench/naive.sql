-- bench/naive.sql — the reference for `rapport status`: the health signals
-- of every engagement computed from scratch in one SQL statement, as a
-- straightforward aggregate over all the records would do it, with no kept
-- results.  bench/run times it with the sqlite3 command-line tool on the
-- benchmark's database:
--
--   sqlite3 -batch -cmd ".parameter set @today \"'2026-03-02'\"" DB ".read bench/naive.sql"
--
-- @today is the day the data set is dated around (today's date if unset).
-- The thresholds are the workspace's defaults: requests answered within 48
-- hours unless the engagement says otherwise, bad news told within 2 days,
-- 80% of the last 90 days' interactions ours, items waiting on the client
-- for at most 7 days, changes decided within 7 days and adding at most 20%,
-- reviews within 7 days unless agreed otherwise, the non-renewal deadline
-- watched from 60 days before.  Weights as in the table of checks.
--
-- One row per engagement, the worst score first: slug, client, state,
-- score, the signals that fired.  On the engagements under health
-- monitoring it agrees with the checks, but where a month is added to a day
-- the next month lacks: date() overflows into the month after it, the
-- library stays in the month.

WITH
p AS (
	SELECT t AS today, julianday(t) AS jtoday, date(t, '-90 days') AS since90,
	       date(t, '-2 days') AS before2, date(t, '-7 days') AS before7
	FROM (SELECT coalesce(@today, date('now')) AS t)
),
-- per engagement, the aggregates each signal needs
act AS (
	SELECT engagement_id AS eid,
	       min(CASE WHEN state = 'open' AND waiting_on IS NULL THEN due END) AS first_due,
	       min(CASE WHEN state = 'open' AND waiting_on IS NOT NULL THEN waiting_since END)
		       AS first_waiting
	FROM action_item
	GROUP BY engagement_id
),
ia AS (
	SELECT engagement_id AS eid,
	       max(CASE WHEN channel = 'report' THEN date END) AS last_report,
	       max(CASE WHEN channel <> 'note' THEN date END) AS last_real,
	       sum(channel <> 'note' AND date > p.since90 AND date <= p.today) AS recent,
	       sum(channel <> 'note' AND date > p.since90 AND date <= p.today
		   AND initiated_by = 'us') AS recent_ours,
	       max(CASE WHEN lower(topic) = 'renewal'
			     OR (channel IN ('meeting', 'call') AND summary LIKE '%renew%')
			THEN date END) AS last_renewal_talk
	FROM interaction, p
	GROUP BY engagement_id
),
req AS (
	SELECT engagement_id AS eid, min(received_at) AS first_open
	FROM client_request
	WHERE state = 'open'
	GROUP BY engagement_id
),
prm AS (
	SELECT engagement_id AS eid, min(due) AS first_due
	FROM commitment
	WHERE state = 'open'
	GROUP BY engagement_id
),
rsk AS (
	SELECT engagement_id AS eid,
	       min(CASE WHEN state = 'open' THEN found_on END) AS first_open,
	       sum(state = 'disclosed' AND (alternatives IS NULL OR alternatives = '[]'))
		       AS without_alternative
	FROM risk
	GROUP BY engagement_id
),
dlv AS (
	SELECT engagement_id AS eid, min(submitted_on) AS first_submitted
	FROM deliverable
	WHERE state = 'submitted'
	GROUP BY engagement_id
),
pay AS (
	SELECT engagement_id AS eid,
	       min(CASE WHEN state = 'invoiced' THEN due_on END) AS first_invoice_due,
	       min(CASE WHEN state = 'due' THEN triggered_on
			WHEN state = 'scheduled' AND "trigger" LIKE 'date:%'
			THEN substr("trigger", 6) END) AS first_fell_due
	FROM payment
	GROUP BY engagement_id
),
chg AS (
	SELECT engagement_id AS eid,
	       min(CASE WHEN state = 'proposed' THEN proposed_on END) AS first_proposed,
	       sum(CASE WHEN state = 'approved' THEN coalesce(cost, 0) ELSE 0 END) AS approved
	FROM change_request
	GROUP BY engagement_id
),
cls AS (
	SELECT engagement_id AS eid, count(*) AS risky
	FROM clause
	WHERE state = 'undiscussed' AND risk = 'high'
	GROUP BY engagement_id
),
-- an engagement's terms, a cadence as a date modifier
eng AS (
	SELECT e.id, e.slug, c.slug AS client, e.state, e.value, e.baseline_end, e.forecast_end,
	       coalesce(e.kicked_off_on, e.baseline_start, e.created_on) AS start,
	       coalesce(e.rfi_hours, 48) AS rfi_hours, coalesce(e.review_days, 7) AS review_days,
	       coalesce(e.payment_terms_days, 0) AS terms,
	       CASE substr(e.report_every, -1)
		       WHEN 'd' THEN '+' || substr(e.report_every, 1, length(e.report_every) - 1) || ' days'
		       WHEN 'w' THEN '+' || (7 * substr(e.report_every, 1, length(e.report_every) - 1)) || ' days'
		       WHEN 'm' THEN '+' || substr(e.report_every, 1, length(e.report_every) - 1) || ' months'
		       WHEN 'y' THEN '+' || substr(e.report_every, 1, length(e.report_every) - 1) || ' years'
		       ELSE '+' || e.report_every || ' days' END AS report_mod,
	       CASE substr(e.meet_every, -1)
		       WHEN 'd' THEN '+' || substr(e.meet_every, 1, length(e.meet_every) - 1) || ' days'
		       WHEN 'w' THEN '+' || (7 * substr(e.meet_every, 1, length(e.meet_every) - 1)) || ' days'
		       WHEN 'm' THEN '+' || substr(e.meet_every, 1, length(e.meet_every) - 1) || ' months'
		       WHEN 'y' THEN '+' || substr(e.meet_every, 1, length(e.meet_every) - 1) || ' years'
		       ELSE '+' || e.meet_every || ' days' END AS meet_mod,
	       CASE WHEN e.renewal IN ('auto', 'manual') AND e.renewal_date IS NOT NULL
			 AND e.notice_given IS NULL
		    THEN date(e.renewal_date, '-' || coalesce(e.notice_days, 0) || ' days') END
		       AS renewal_deadline,
	       e.renewal_date
	FROM engagement e
	JOIN client c ON c.workspace_id = e.workspace_id AND c.id = e.client_id
),
-- the signals, 1 when they fire
sig AS (
	SELECT e.id, e.slug, e.client, e.state,
	       coalesce(julianday(req.first_open) + e.rfi_hours / 24.0 < p.jtoday, 0)
		       AS h_request,
	       coalesce(e.report_mod IS NOT NULL
			AND date(max(coalesce(ia.last_report, e.start), e.start), e.report_mod)
			    < p.today, 0) AS h_report,
	       coalesce(e.meet_mod IS NOT NULL
			AND date(max(coalesce(ia.last_real, e.start), e.start), e.meet_mod,
				 e.meet_mod) < p.today, 0) AS h_silence,
	       coalesce(ia.recent > 0 AND ia.recent_ours * 100 < 80 * ia.recent, 0) AS h_proactive,
	       coalesce(rsk.first_open < p.before2 OR rsk.without_alternative > 0, 0)
		       AS h_badnews,
	       coalesce(prm.first_due < p.today, 0) AS h_promise,
	       coalesce(act.first_due < p.today
			OR act.first_waiting < p.before7, 0) AS h_overdue,
	       coalesce(date(dlv.first_submitted, '+' || e.review_days || ' days') < p.today, 0)
		       AS h_signoff,
	       coalesce(pay.first_invoice_due < p.today
			OR date(pay.first_fell_due, '+' || e.terms || ' days') < p.today, 0)
		       AS h_payment,
	       coalesce(chg.first_proposed < p.before7
			OR (e.value > 0 AND chg.approved * 100 > e.value * 20), 0) AS h_scope,
	       coalesce(e.forecast_end > e.baseline_end, 0) AS h_slip,
	       coalesce(p.today <= e.renewal_deadline
			AND julianday(e.renewal_deadline) - p.jtoday <= 60
			AND NOT coalesce(ia.last_renewal_talk >= date(e.renewal_date, '-365 days'), 0),
			0) AS h_renewal,
	       coalesce(cls.risky > 0, 0) AS h_clause
	FROM eng e
	CROSS JOIN p
	LEFT JOIN act ON act.eid = e.id
	LEFT JOIN ia ON ia.eid = e.id
	LEFT JOIN req ON req.eid = e.id
	LEFT JOIN prm ON prm.eid = e.id
	LEFT JOIN rsk ON rsk.eid = e.id
	LEFT JOIN dlv ON dlv.eid = e.id
	LEFT JOIN pay ON pay.eid = e.id
	LEFT JOIN chg ON chg.eid = e.id
	LEFT JOIN cls ON cls.eid = e.id
)
SELECT slug, client, state,
       max(0, 100 - (15 * h_request + 10 * h_report + 15 * h_silence + 10 * h_proactive
		     + 20 * h_badnews + 10 * h_promise + 10 * h_overdue + 10 * h_signoff
		     + 15 * h_payment + 10 * h_scope + 10 * h_slip + 15 * h_renewal
		     + 5 * h_clause)) AS score,
       trim(iif(h_request, 'H-REQUEST ', '') || iif(h_report, 'H-REPORT ', '')
	    || iif(h_silence, 'H-SILENCE ', '') || iif(h_proactive, 'H-PROACTIVE ', '')
	    || iif(h_badnews, 'H-BADNEWS ', '') || iif(h_promise, 'H-PROMISE ', '')
	    || iif(h_overdue, 'H-OVERDUE ', '') || iif(h_signoff, 'H-SIGNOFF ', '')
	    || iif(h_payment, 'H-PAYMENT ', '') || iif(h_scope, 'H-SCOPE ', '')
	    || iif(h_slip, 'H-SLIP ', '') || iif(h_renewal, 'H-RENEWAL ', '')
	    || iif(h_clause, 'H-CLAUSE', '')) AS signals
FROM sig
ORDER BY score, id;
