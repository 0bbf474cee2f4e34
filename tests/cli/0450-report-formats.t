The progress report of a typical engagement, end to end: built from the
records by "rapport report progress" and drawn by each renderer.  The
engagement (tests/report/typical-engagement.sh on fixtures/active.sh) has
three deliverables, ten action items, two changes and three payments, two
weeks after its kickoff.

  $ . "$TESTDIR/fixtures/active.sh"
  $ . "$TESTDIR/../report/typical-engagement.sh"

Plain text, for a terminal or an e-mail: 78 columns at most, tables in
aligned columns, long cells wrapped within their column.

  $ rapport --today 2026-03-16 report progress shop --to 1
  Progress report
  ===============
  
  Engagement  Shop relaunch
  Client      Acme Corp
  Period      2026-03-02 to 2026-03-16
  Date        2026-03-16
  To          Ana Lima
  From        Northwind Consulting
  
  1 of 3 deliverables accepted; 8 action items open.
  
  The work is on schedule to end on 2026-07-05.
  
  Accomplished since the last report
  ----------------------------------
  
  What                                                         Date
  -----------------------------------------------------------  ----------
  Action item 1 'Set up the staging shop' done                 2026-03-06
  Deliverable 1 'New checkout' submitted for review            2026-03-12
  Deliverable 1 'New checkout' accepted by Ana Lima            2026-03-13
  Action item 3 'Checkout: address form with validation' done  2026-03-13
  
  Current action items
  --------------------
  
  Action item                Owner            Status            Expected    Done
  -------------------------  ---------------  ----------------  ----------  ----
  Import the product         Northwind        in progress       2026-03-20  60%
  catalogue                  Consulting
  
  Checkout: payment          Northwind        in progress       2026-03-27  30%
  provider integration       Consulting
  
  Send the payment provider  Acme Corp        waiting for       2026-03-13  0%
  keys                                        input
  
  Approve the new checkout   Acme Corp        waiting for an    2026-03-18  0%
  wording                                     approval
  
  Product pages: image       Northwind        in progress       2026-04-10  10%
  pipeline                   Consulting
  
  Load test with 500 orders  Northwind        not started       2026-04-03  0%
  a minute                   Consulting
  
  Review the staging shop    Acme Corp        waiting for a     2026-03-19  0%
                                              review
  
  Dashboard: order database  Acme Corp        waiting for a     2026-03-25  0%
  access                                      resource
  
  What we are waiting for
  -----------------------
  
  Acme Corp: 5 items; Northwind Consulting: 1 item.
  
  What                                              From              Since
  ------------------------------------------------  ----------------  ----------
  Input for action item 5 'Send the payment         Acme Corp         2026-03-04
  provider keys'
  
  Approval for action item 6 'Approve the new       Acme Corp         2026-03-04
  checkout wording'
  
  Review for action item 9 'Review the staging      Acme Corp         2026-03-06
  shop'
  
  A resource for action item 10 'Dashboard: order   Acme Corp         2026-03-06
  database access'
  
  Decision on change 2 'Gift cards'                 Acme Corp         2026-03-14
  
  Our answer to request 1 'Which browsers must the  Northwind         2026-03-15
  checkout support?'                                Consulting
  
  Schedule
  --------
  
  Approved changes move the end by +5 days, to 2026-07-05.
  
  Milestone              Baseline    Forecast    Status
  ---------------------  ----------  ----------  ----------------------
  New checkout           2026-04-30  2026-03-13  accepted on 2026-03-13
  Product pages          2026-06-15  2026-06-15  in progress
  Order dashboard        2026-06-20  2026-06-20  planned
  End of the engagement  2026-06-30  2026-07-05  on schedule
  
  Scope changes
  -------------
  
  Approved changes in total: +1,500.00 EUR, +5 days.
  
  1 change awaits a decision.
  
  Change                  Cost           Days  Decision
  ----------------------  -------------  ----  ---------------------------------
  PayPal in the checkout  +1,500.00 EUR  +5    approved by Ana Lima on
                                               2026-03-11
  
  Gift cards              +2,000.00 EUR  +10   awaiting a decision since
                                               2026-03-14
  
  Invoices
  --------
  
  Invoiced and not yet paid: 8,000.00 EUR.
  
  Still to invoice: 6,000.00 EUR.
  
  Payment                   Amount        Status                      Due
  ------------------------  ------------  --------------------------  ----------
  Upfront payment:          6,000.00 EUR  invoice INV-001 paid on     2026-04-01
  2026-03-02                              2026-03-02
  
  Milestone payment: New    8,000.00 EUR  invoice INV-002 sent on     2026-04-12
  checkout                                2026-03-13
  
  Final payment: Product    6,000.00 EUR  scheduled
  pages
  
  Other issues
  ------------
  
  Issue                                 Alternatives we propose
  ------------------------------------  ----------------------------------------
  The payment provider changes its API  Pin the API version; Switch to another
  in May                                provider
  
  Is there anything else we should discuss?

Markdown (GitHub's flavour): the same content as headings, a list, pipe
tables and paragraphs.

  $ rapport --today 2026-03-16 report progress shop --to 1 --format md
  # Progress report
  
  - **Engagement:** Shop relaunch
  - **Client:** Acme Corp
  - **Period:** 2026-03-02 to 2026-03-16
  - **Date:** 2026-03-16
  - **To:** Ana Lima
  - **From:** Northwind Consulting
  
  1 of 3 deliverables accepted; 8 action items open.
  
  The work is on schedule to end on 2026-07-05.
  
  ## Accomplished since the last report
  
  | What | Date |
  | --- | --- |
  | Action item 1 'Set up the staging shop' done | 2026-03-06 |
  | Deliverable 1 'New checkout' submitted for review | 2026-03-12 |
  | Deliverable 1 'New checkout' accepted by Ana Lima | 2026-03-13 |
  | Action item 3 'Checkout: address form with validation' done | 2026-03-13 |
  
  ## Current action items
  
  | Action item | Owner | Status | Expected | Done |
  | --- | --- | --- | --- | --- |
  | Import the product catalogue | Northwind Consulting | in progress | 2026-03-20 | 60% |
  | Checkout: payment provider integration | Northwind Consulting | in progress | 2026-03-27 | 30% |
  | Send the payment provider keys | Acme Corp | waiting for input | 2026-03-13 | 0% |
  | Approve the new checkout wording | Acme Corp | waiting for an approval | 2026-03-18 | 0% |
  | Product pages: image pipeline | Northwind Consulting | in progress | 2026-04-10 | 10% |
  | Load test with 500 orders a minute | Northwind Consulting | not started | 2026-04-03 | 0% |
  | Review the staging shop | Acme Corp | waiting for a review | 2026-03-19 | 0% |
  | Dashboard: order database access | Acme Corp | waiting for a resource | 2026-03-25 | 0% |
  
  ## What we are waiting for
  
  Acme Corp: 5 items; Northwind Consulting: 1 item.
  
  | What | From | Since |
  | --- | --- | --- |
  | Input for action item 5 'Send the payment provider keys' | Acme Corp | 2026-03-04 |
  | Approval for action item 6 'Approve the new checkout wording' | Acme Corp | 2026-03-04 |
  | Review for action item 9 'Review the staging shop' | Acme Corp | 2026-03-06 |
  | A resource for action item 10 'Dashboard: order database access' | Acme Corp | 2026-03-06 |
  | Decision on change 2 'Gift cards' | Acme Corp | 2026-03-14 |
  | Our answer to request 1 'Which browsers must the checkout support?' | Northwind Consulting | 2026-03-15 |
  
  ## Schedule
  
  Approved changes move the end by +5 days, to 2026-07-05.
  
  | Milestone | Baseline | Forecast | Status |
  | --- | --- | --- | --- |
  | New checkout | 2026-04-30 | 2026-03-13 | accepted on 2026-03-13 |
  | Product pages | 2026-06-15 | 2026-06-15 | in progress |
  | Order dashboard | 2026-06-20 | 2026-06-20 | planned |
  | End of the engagement | 2026-06-30 | 2026-07-05 | on schedule |
  
  ## Scope changes
  
  Approved changes in total: +1,500.00 EUR, +5 days.
  
  1 change awaits a decision.
  
  | Change | Cost | Days | Decision |
  | --- | --- | --- | --- |
  | PayPal in the checkout | +1,500.00 EUR | +5 | approved by Ana Lima on 2026-03-11 |
  | Gift cards | +2,000.00 EUR | +10 | awaiting a decision since 2026-03-14 |
  
  ## Invoices
  
  Invoiced and not yet paid: 8,000.00 EUR.
  
  Still to invoice: 6,000.00 EUR.
  
  | Payment | Amount | Status | Due |
  | --- | --- | --- | --- |
  | Upfront payment: 2026-03-02 | 6,000.00 EUR | invoice INV-001 paid on 2026-03-02 | 2026-04-01 |
  | Milestone payment: New checkout | 8,000.00 EUR | invoice INV-002 sent on 2026-03-13 | 2026-04-12 |
  | Final payment: Product pages | 6,000.00 EUR | scheduled |  |
  
  ## Other issues
  
  | Issue | Alternatives we propose |
  | --- | --- |
  | The payment provider changes its API in May | Pin the API version; Switch to another provider |
  
  Is there anything else we should discuss?

HTML: a whole page with its style sheet (tests/golden/report-*.html show
it) and a policy that allows no script; here its head without the style
sheet, and its body.

  $ rapport --today 2026-03-16 report progress shop --to 1 --format html > progress.html
  $ sed -n '1,/<style>/p' progress.html
  <!doctype html>
  <html lang="en">
  <head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>Progress report: Shop relaunch</title>
  <style>
  $ sed -n '/<body/,$p' progress.html
  <body class="report-progress">
  <main>
  <header>
  <p class="sender">Northwind Consulting</p>
  <h1>Progress report</h1>
  <p class="subject">Shop relaunch</p>
  <dl class="meta">
  <div><dt>Client</dt><dd>Acme Corp</dd></div>
  <div><dt>Period</dt><dd>2026-03-02 &ndash; 2026-03-16</dd></div>
  <div><dt>Date</dt><dd>2026-03-16</dd></div>
  <div><dt>To</dt><dd>Ana Lima</dd></div>
  </dl>
  </header>
  <section class="summary">
  <p>1 of 3 deliverables accepted; 8 action items open.</p>
  <p>The work is on schedule to end on 2026-07-05.</p>
  </section>
  <section id="accomplished">
  <h2>Accomplished since the last report</h2>
  <table>
  <thead>
  <tr><th class="c-what nw">What</th><th class="c-when nw">Date</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-what">Action item 1 &#39;Set up the staging shop&#39; done</td><td class="c-when nw">2026-03-06</td></tr>
  <tr><td class="c-what">Deliverable 1 &#39;New checkout&#39; submitted for review</td><td class="c-when nw">2026-03-12</td></tr>
  <tr><td class="c-what">Deliverable 1 &#39;New checkout&#39; accepted by Ana Lima</td><td class="c-when nw">2026-03-13</td></tr>
  <tr><td class="c-what">Action item 3 &#39;Checkout: address form with validation&#39; done</td><td class="c-when nw">2026-03-13</td></tr>
  </tbody>
  </table>
  </section>
  <section id="actions">
  <h2>Current action items</h2>
  <table>
  <thead>
  <tr><th class="c-item nw">Action item</th><th class="c-owner nw">Owner</th><th class="c-status nw">Status</th><th class="c-due nw">Expected</th><th class="c-done nw">Done</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-item">Import the product catalogue</td><td class="c-owner">Northwind Consulting</td><td class="c-status nw">in progress</td><td class="c-due nw">2026-03-20</td><td class="c-done nw">60%</td></tr>
  <tr><td class="c-item">Checkout: payment provider integration</td><td class="c-owner">Northwind Consulting</td><td class="c-status nw">in progress</td><td class="c-due nw">2026-03-27</td><td class="c-done nw">30%</td></tr>
  <tr><td class="c-item">Send the payment provider keys</td><td class="c-owner nw">Acme Corp</td><td class="c-status">waiting for input</td><td class="c-due nw">2026-03-13</td><td class="c-done nw">0%</td></tr>
  <tr><td class="c-item">Approve the new checkout wording</td><td class="c-owner nw">Acme Corp</td><td class="c-status">waiting for an approval</td><td class="c-due nw">2026-03-18</td><td class="c-done nw">0%</td></tr>
  <tr><td class="c-item">Product pages: image pipeline</td><td class="c-owner">Northwind Consulting</td><td class="c-status nw">in progress</td><td class="c-due nw">2026-04-10</td><td class="c-done nw">10%</td></tr>
  <tr><td class="c-item">Load test with 500 orders a minute</td><td class="c-owner">Northwind Consulting</td><td class="c-status nw">not started</td><td class="c-due nw">2026-04-03</td><td class="c-done nw">0%</td></tr>
  <tr><td class="c-item">Review the staging shop</td><td class="c-owner nw">Acme Corp</td><td class="c-status">waiting for a review</td><td class="c-due nw">2026-03-19</td><td class="c-done nw">0%</td></tr>
  <tr><td class="c-item">Dashboard: order database access</td><td class="c-owner nw">Acme Corp</td><td class="c-status">waiting for a resource</td><td class="c-due nw">2026-03-25</td><td class="c-done nw">0%</td></tr>
  </tbody>
  </table>
  </section>
  <section id="missing">
  <h2>What we are waiting for</h2>
  <p>Acme Corp: 5 items; Northwind Consulting: 1 item.</p>
  <table>
  <thead>
  <tr><th class="c-what nw">What</th><th class="c-from nw">From</th><th class="c-since nw">Since</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-what">Input for action item 5 &#39;Send the payment provider keys&#39;</td><td class="c-from nw">Acme Corp</td><td class="c-since nw">2026-03-04</td></tr>
  <tr><td class="c-what">Approval for action item 6 &#39;Approve the new checkout wording&#39;</td><td class="c-from nw">Acme Corp</td><td class="c-since nw">2026-03-04</td></tr>
  <tr><td class="c-what">Review for action item 9 &#39;Review the staging shop&#39;</td><td class="c-from nw">Acme Corp</td><td class="c-since nw">2026-03-06</td></tr>
  <tr><td class="c-what">A resource for action item 10 &#39;Dashboard: order database access&#39;</td><td class="c-from nw">Acme Corp</td><td class="c-since nw">2026-03-06</td></tr>
  <tr><td class="c-what">Decision on change 2 &#39;Gift cards&#39;</td><td class="c-from nw">Acme Corp</td><td class="c-since nw">2026-03-14</td></tr>
  <tr><td class="c-what">Our answer to request 1 &#39;Which browsers must the checkout support?&#39;</td><td class="c-from">Northwind Consulting</td><td class="c-since nw">2026-03-15</td></tr>
  </tbody>
  </table>
  </section>
  <section id="schedule">
  <h2>Schedule</h2>
  <p>Approved changes move the end by +5 days, to 2026-07-05.</p>
  <table>
  <thead>
  <tr><th class="c-milestone nw">Milestone</th><th class="c-baseline nw">Baseline</th><th class="c-forecast nw">Forecast</th><th class="c-status nw">Status</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-milestone nw">New checkout</td><td class="c-baseline nw">2026-04-30</td><td class="c-forecast nw">2026-03-13</td><td class="c-status">accepted on 2026-03-13</td></tr>
  <tr><td class="c-milestone nw">Product pages</td><td class="c-baseline nw">2026-06-15</td><td class="c-forecast nw">2026-06-15</td><td class="c-status nw">in progress</td></tr>
  <tr><td class="c-milestone nw">Order dashboard</td><td class="c-baseline nw">2026-06-20</td><td class="c-forecast nw">2026-06-20</td><td class="c-status nw">planned</td></tr>
  <tr><td class="c-milestone">End of the engagement</td><td class="c-baseline nw">2026-06-30</td><td class="c-forecast nw">2026-07-05</td><td class="c-status nw">on schedule</td></tr>
  </tbody>
  </table>
  </section>
  <section id="changes">
  <h2>Scope changes</h2>
  <p>Approved changes in total: +1,500.00 EUR, +5 days.</p>
  <p>1 change awaits a decision.</p>
  <table>
  <thead>
  <tr><th class="c-change nw">Change</th><th class="c-cost nw">Cost</th><th class="c-days nw">Days</th><th class="c-decision nw">Decision</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-change">PayPal in the checkout</td><td class="c-cost nw">+1,500.00 EUR</td><td class="c-days nw">+5</td><td class="c-decision">approved by Ana Lima on 2026-03-11</td></tr>
  <tr><td class="c-change nw">Gift cards</td><td class="c-cost nw">+2,000.00 EUR</td><td class="c-days nw">+10</td><td class="c-decision">awaiting a decision since 2026-03-14</td></tr>
  </tbody>
  </table>
  </section>
  <section id="invoices">
  <h2>Invoices</h2>
  <p>Invoiced and not yet paid: 8,000.00 EUR.</p>
  <p>Still to invoice: 6,000.00 EUR.</p>
  <table>
  <thead>
  <tr><th class="c-payment nw">Payment</th><th class="c-amount nw">Amount</th><th class="c-status nw">Status</th><th class="c-due nw">Due</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-payment">Upfront payment: 2026-03-02</td><td class="c-amount nw">6,000.00 EUR</td><td class="c-status">invoice INV-001 paid on 2026-03-02</td><td class="c-due nw">2026-04-01</td></tr>
  <tr><td class="c-payment">Milestone payment: New checkout</td><td class="c-amount nw">8,000.00 EUR</td><td class="c-status">invoice INV-002 sent on 2026-03-13</td><td class="c-due nw">2026-04-12</td></tr>
  <tr><td class="c-payment">Final payment: Product pages</td><td class="c-amount nw">6,000.00 EUR</td><td class="c-status nw">scheduled</td><td class="c-due"></td></tr>
  </tbody>
  </table>
  </section>
  <section id="issues">
  <h2>Other issues</h2>
  <table>
  <thead>
  <tr><th class="c-issue nw">Issue</th><th class="c-alternatives">Alternatives we propose</th></tr>
  </thead>
  <tbody>
  <tr><td class="c-issue">The payment provider changes its API in May</td><td class="c-alternatives">Pin the API version; Switch to another provider</td></tr>
  </tbody>
  </table>
  </section>
  <footer>
  <p class="closing">Is there anything else we should discuss?</p>
  </footer>
  </main>
  </body>
  </html>

The text of a close-out report, whose tables are wider.

  $ rapport --today 2026-03-16 report closeout shop --to 1 | sed -n '/^Required/,/^Budget/p'
  Required and delivered
  ----------------------
  
  1 of 3 deliverables accepted.
  
  Deliverable      Acceptance criteria      Outcome             Signed off
  ---------------  -----------------------  ------------------  ----------------
  New checkout     Orders complete in       accepted on         Ana Lima on
                   three steps              2026-03-13          2026-03-13
  
  Product pages    Pages render under one   not delivered
                   second
  
  Order dashboard  Orders of the day on     not delivered
                   one screen
  
  Timeline
  --------
  
  Approved changes moved the planned end by +5 days, to 2026-07-05; against it
  the work ended 111 days early.
  
  Milestone        Baseline    Actual         Difference
  ---------------  ----------  -------------  --------------
  Start            2026-02-02  2026-03-02     28 days late
  New checkout     2026-04-30  2026-03-13     48 days early
  Product pages    2026-06-15  not delivered
  Order dashboard  2026-06-20  not delivered
  End              2026-06-30  2026-03-16     106 days early
  
  Budget
