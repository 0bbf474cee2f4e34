The Markdown of a hostile model, read by a GitHub-flavoured Markdown parser
(cmark-gfm with GitHub's extensions, raw HTML let through as GitHub lets
<br> through), makes no markup of a user string: the page it yields has only
the elements the renderer writes, and each table row one cell per column
(4 rows of 2, 2 of 2, 1 of 3).  The report-render helper of the build tree
renders the hand-made models of tests/report.

  $ render=$(dirname "$(command -v rapport)")/../tests/unit/report-render &&
  > "$render" md "$TESTDIR/../report/hostile.json" >hostile.md &&
  > "$render" md "$TESTDIR/../report/typical.json" >typical.md
  $ cmark-gfm --unsafe -e table -e strikethrough -e autolink -e tagfilter hostile.md >hostile.html
  $ grep -o '<[a-z0-9]\+' hostile.html | sort | uniq -c | sed 's/^ *//'
  1 <a
  8 <br
  1 <em
  1 <h1
  4 <h2
  6 <li
  6 <p
  6 <strong
  3 <table
  3 <tbody
  15 <td
  7 <th
  3 <thead
  10 <tr
  1 <ul

The one link is GitHub's autolink of a plain URL, which no escape prevents
(cmark-gfm links the text after unescaping it): it goes where its text says.

  $ grep -o '<a href="[^"]*">[^<]*</a>' hostile.html | sed 's/a-path-segment-without-spaces/.../g'
  <a href="https://example.com/.../.../.../.../.../.../.../.../.../.../.../.../.../.../.../.../">https://example.com/.../.../.../.../.../.../.../.../.../.../.../.../.../.../.../.../</a>

What the strings said comes out as text.

  $ grep -F -e '&lt;script&gt;' -e 'pipes |' hostile.html | cut -c1-72
  <h1>&lt;script&gt;alert(1)&lt;/script&gt; report</h1>
  <li><strong>Engagement:</strong> | pipes | *stars* _under_ `ticks` [link
  <p>Paragraph with &lt;script&gt;alert('x')&lt;/script&gt; and &quot;quot
  <td>&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;&lt;script&gt;alert(1)&lt;/scrip

The typical report's seven tables come through whole: 26 rows, 103 cells.

  $ cmark-gfm --unsafe -e table typical.md | grep -c '<table>'
  7
  $ cmark-gfm --unsafe -e table typical.md | grep -c '<td>'
  103
